/*
 * The Word binary extractor: Word 97-2003 documents ([MS-DOC]), and the
 * .wps files WPS Office saves in the same format, to the document model.
 * The container is a compound file (extractors/cfb.c): the WordDocument
 * stream holds the File Information Block (FIB), the text and the
 * formatted disk pages (FKPs) of character and paragraph properties; the
 * table stream (0Table or 1Table) the piece table and the other tables
 * the FIB points to; the Data stream paragraph properties too large for
 * an FKP.
 *
 * The model comes out as the DOCX extractor makes it from the same
 * document saved as DOCX (extractors/docx.c), so that both give the
 * same report:
 *  - the main document's paragraphs are blocks (empty ones are not); a
 *    text box's paragraphs follow the paragraph anchoring it, or are
 *    lines of the table cell anchoring it; headers, footers, footnotes,
 *    endnotes and comments are other stories and are not read;
 *  - a table is a block created at its first paragraph, before the
 *    tables nested in its cells; a cell's text is its paragraphs as
 *    lines;
 *  - the grid comes from each row's cell boundaries (sprmTDefTable, as
 *    later table sprms change them): every distinct boundary is a grid
 *    line, so a cell spans the grid columns between its edges; a cell
 *    merged horizontally into the one before it (Word 97's fMerged)
 *    widens that cell; a vertical merge continuation extends the cell
 *    above it with the same grid columns, as w:vMerge does;
 *  - text is as displayed: a field gives its result only (what lies
 *    between 0x14 and 0x15, not its code), deleted revisions are
 *    dropped, inserted ones kept, hidden text (sprmCFVanish, directly or
 *    through a style) dropped; a tab is '\t', a line break '\n', a
 *    non-breaking hyphen '-'; page and column breaks, pictures, drawn
 *    objects, optional hyphens, symbols and note references give no
 *    text.
 *
 * Paragraphs end where [MS-DOC] 2.4.2 says: at the end of a run of the
 * paragraph property FKPs, not at every 0x0D (LibreOffice writes 0x0D
 * inside form field results); a 0x0D that ends no paragraph is a line
 * break, kept only when text follows it.
 *
 * Damage that leaves the file readable but says no longer where cells
 * end or which characters show (an FKP whose run bounds do not ascend, a
 * cell mark that ends no paragraph or a paragraph run ending on no mark
 * inside a piece, a run bound inside a character, a row of more or fewer
 * cells than its definition) makes what it touches unreadable: every cell
 * of a table row holding such text, and of the row after a damaged row
 * end, is U+FFFD; every digit of such a paragraph outside tables is.
 *
 * The file is untrusted.  Every offset and count read from it is checked
 * against the stream it points into; the text is at most
 * XG_MAX_DOC_CHARS characters and no longer than the WordDocument
 * stream (each character is stored once); tables and fields nest at most
 * XG_MAX_NESTING deep; cells and grid columns are bounded by the model.
 */
#include "extract.h"
#include "lines.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cfb.h"
#include "decode.h"
#include "error.h"
#include "norm.h"

/* FIB: FibRgLw97 and FibRgFcLcb97 fields by index. */
#define LW_CCP_TEXT     3
#define LW_CCP_FTN      4
#define LW_CCP_HDD      5
#define LW_CCP_ATN      7
#define LW_CCP_EDN      8
#define LW_CCP_TXBX     9
#define FCLCB_STSHF     1
#define FCLCB_BTE_CHPX  12
#define FCLCB_BTE_PAPX  13
#define FCLCB_CLX       33
#define FCLCB_SPA_MOM   40
#define FCLCB_TXBX_TXT  56

#define FKP_SIZE        512
#define NONE            UINT32_MAX

/* Sprms read ([MS-DOC] 2.6). */
#define SPRM_C_RMARK_DEL    0x0800
#define SPRM_C_VANISH       0x083C
#define SPRM_C_SPEC         0x0855
#define SPRM_C_ISTD         0x4A30
#define SPRM_P_ISTD         0x4600
#define SPRM_P_IN_TABLE     0x2416
#define SPRM_P_TTP          0x2417
#define SPRM_P_ITAP         0x6649
#define SPRM_P_DTAP         0x664A
#define SPRM_P_INNER_CELL   0x244B
#define SPRM_P_INNER_TTP    0x244C
#define SPRM_P_HUGE_PAPX    0x6646
#define SPRM_P_CHG_TABS     0xC615
#define SPRM_T_DEF_TABLE    0xD608
#define SPRM_T_DEF_TABLE10  0xD606
#define SPRM_T_MERGE        0x5624
#define SPRM_T_SPLIT        0x5625
#define SPRM_T_VERT_MERGE   0xD62B
#define SPRM_T_INSERT       0x7621
#define SPRM_T_DELETE       0x5622
#define SPRM_T_DXA_COL      0x7623

/* Per character: direct formatting, resolved against the styles when
 * the paragraph is read. */
#define CH_DELETED      0x01    /* sprmCFRMarkDel */
#define CH_SPECIAL      0x02    /* sprmCFSpec */
#define CH_VANISH_MASK  0x0C    /* direct sprmCFVanish: */
#define CH_VANISH_ON    0x04
#define CH_VANISH_OFF   0x08
#define CH_VANISH_FLIP  0x0C    /*   the opposite of the style's */
#define CH_STYLE_VANISH 0x10    /* the character style hides it */
#define CH_UNSURE       0x20    /* in bytes a damaged FKP describes, or cut
                                 * by a character run's bound */

/* Cell merge bits of a TC (TCGRF), as Word writes them. */
#define TC_FIRST_MERGED 0x0001
#define TC_MERGED       0x0002
#define TC_VERT_MERGE   0x0020
#define TC_VERT_RESTART 0x0040

/* Boundaries closer than this (twips, 1/1440 inch) are one grid line:
 * rows whose edges differ by rounding share their columns. */
#define GRID_TOLERANCE  10

/* Most cells a row definition holds: itcMac is one byte. */
#define MAX_ROW_CELLS   255

typedef struct bytes {
    const unsigned char *p;
    size_t n;
} bytes;

typedef struct piece {
    uint32_t cp, cp_end;        /* characters [cp, cp_end) */
    uint32_t fc;                /* byte offset of the first in WordDocument */
    uint16_t prm;
    uint8_t compressed;         /* 8-bit characters */
} piece;

/* A run of an FKP: the bytes [fc, fc_end) of WordDocument and their
 * property modifiers (the grpprl at OFF, LEN bytes); ISTD is the style
 * of a paragraph run. */
typedef struct run {
    uint32_t fc, fc_end;
    uint32_t off;
    uint16_t len;
    uint16_t istd;
} run;

/* Bytes [fc, fc_end) of WordDocument whose properties are not known: an
 * FKP whose run boundaries are out of order, or runs that overlap. */
typedef struct fc_span {
    uint32_t fc, fc_end;
} fc_span;

/* The last character of a paragraph and the paragraph run holding it. */
typedef struct para_end {
    uint32_t cp;
    uint32_t papx;
} para_end;

typedef struct word {
    xg_doc *doc;
    xg_error *err;
    unsigned char *wd, *table, *data;       /* the streams */
    size_t wdlen, tablelen, datalen;
    piece *pieces;
    size_t npieces;
    bytes *prcs;                            /* the Clx's grpprls (Prm1) */
    size_t nprcs;
    run *chpx, *papx;
    size_t nchpx, npapx;
    para_end *ends;
    size_t nends, ends_cap;
    uint32_t ncp;                           /* characters decoded */
    char *text;                             /* their UTF-8 */
    uint32_t *start;                        /* where character i starts in TEXT */
    uint8_t *flags;                         /* CH_ flags of character i */
    uint32_t ccp_text;                      /* the main document */
    uint32_t txbx_start, txbx_end;          /* the text box story */
    uint32_t *spa_cp;                       /* anchors of shapes (PlcSpaMom) */
    const unsigned char *spa;               /* their FSPAs, 26 bytes each */
    size_t nspa;
    uint32_t *txbx_cp;                      /* text box story pieces */
    const unsigned char *txbx;              /* their FTXBXS, 22 bytes each */
    size_t ntxbx;
    uint8_t *style_vanish;                  /* per style: hides its text */
    size_t nstyles;
    fc_span *damaged;                       /* see fc_span */
    size_t ndamaged, damaged_cap;
} word;

static uint16_t le16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

/* Whether [OFF, OFF + LEN) lies within SIZE bytes. */
static int within(uint64_t off, uint64_t len, size_t size)
{
    return off <= size && len <= size - off;
}

/* ------------------------------------------------------------------ */
/* Sprms                                                               */

/* The next Prl of GRPPRL (LEN bytes) from *POS: its sprm and operand.
 * Returns 0 at the end, or where the rest is too short for the sprm it
 * starts with (a truncated grpprl ends there). */
static int next_sprm(const unsigned char *g, size_t len, size_t *pos,
                     unsigned *sprm, const unsigned char **op, size_t *oplen)
{
    size_t i = *pos, n;

    if (len < 2 || i > len - 2)
        return 0;
    *sprm = le16(g + i);
    i += 2;
    switch (*sprm >> 13) {
    case 0: case 1: n = 1; break;
    case 2: case 4: case 5: n = 2; break;
    case 3: n = 4; break;
    case 7: n = 3; break;
    default:
        if (i >= len)
            return 0;
        if (*sprm == SPRM_T_DEF_TABLE || *sprm == SPRM_T_DEF_TABLE10) {
            /* cb counts the operand after itself, plus one */
            if (i + 2 > len)
                return 0;
            n = (size_t)le16(g + i) + 1;
        } else if (*sprm == SPRM_P_CHG_TABS && g[i] == 255) {
            /* PChgTabsOperand with cb 255: sized by its two lists */
            size_t del, add;

            if (i + 2 > len)
                return 0;
            del = g[i + 1];
            if (i + 2 + 4 * del >= len)
                return 0;
            add = g[i + 2 + 4 * del];
            n = 3 + 4 * del + 3 * add;
        } else {
            n = (size_t)g[i] + 1;
        }
        break;
    }
    if (n > len - i)
        return 0;
    *op = g + i;
    *oplen = n;
    *pos = i + n;
    return 1;
}

/* A toggle operand ([MS-DOC] 2.9.329) as CH_VANISH_ bits: 0 off, 1 on,
 * 0x80 as the style says, 0x81 the opposite of the style. */
static uint8_t toggle_bits(unsigned v)
{
    return v == 0 ? CH_VANISH_OFF : v == 0x80 ? 0 : v == 0x81 ? CH_VANISH_FLIP
                                                              : CH_VANISH_ON;
}

/* Apply the character sprms of GRPPRL to the CH_ flags *F. */
static void chp_sprms(const word *w, const unsigned char *g, size_t len, uint8_t *f)
{
    const unsigned char *op;
    size_t pos = 0, oplen;
    unsigned sprm;

    while (next_sprm(g, len, &pos, &sprm, &op, &oplen)) {
        switch (sprm) {
        case SPRM_C_RMARK_DEL:
            /* no style deletes: 0x80 (as the style) is off, 0x81 on */
            *f = (uint8_t)(op[0] == 0 || op[0] == 0x80 ? *f & ~CH_DELETED
                                                        : *f | CH_DELETED);
            break;
        case SPRM_C_VANISH:
            *f = (uint8_t)((*f & ~CH_VANISH_MASK) | toggle_bits(op[0]));
            break;
        case SPRM_C_SPEC:
            *f = (uint8_t)(op[0] ? *f | CH_SPECIAL : *f & ~CH_SPECIAL);
            break;
        case SPRM_C_ISTD: {
            unsigned istd = le16(op);

            *f = (uint8_t)(istd < w->nstyles && w->style_vanish[istd]
                           ? *f | CH_STYLE_VANISH : *f & ~CH_STYLE_VANISH);
            break;
        }
        default:
            break;
        }
    }
}

/* The single sprm of a Prm0 ([MS-DOC] 2.9.215) that we read, or 0. */
static unsigned prm0_sprm(unsigned isprm)
{
    switch (isprm) {
    case 0x18: return SPRM_P_IN_TABLE;
    case 0x19: return SPRM_P_TTP;
    case 0x41: return SPRM_C_RMARK_DEL;
    case 0x5C: return SPRM_C_VANISH;
    default: return 0;
    }
}

/* The sprms a piece's Prm applies to its text, as a grpprl: a Prm1
 * points at a Prc of the Clx; a Prm0 holds one sprm and a one-byte
 * operand, written out into BUF. */
static bytes prm_grpprl(const word *w, uint16_t prm, unsigned char buf[3])
{
    bytes b = {NULL, 0};

    if (prm & 1) {
        size_t i = prm >> 1;

        if (i < w->nprcs)
            b = w->prcs[i];
    } else {
        unsigned sprm = prm0_sprm((prm >> 1) & 0x7F);

        if (sprm != 0) {
            buf[0] = (unsigned char)(sprm & 0xFF);
            buf[1] = (unsigned char)(sprm >> 8);
            buf[2] = (unsigned char)(prm >> 8);
            b.p = buf;
            b.n = 3;
        }
    }
    return b;
}

/* ------------------------------------------------------------------ */
/* The piece table and the text                                        */

static int read_pieces(word *w, const unsigned char *clx, size_t lcb)
{
    size_t i = 0, n, k, nprc = 0;
    const unsigned char *plc;
    uint32_t lcb_pcd;

    /* Prcs first: count them, then keep their grpprls. */
    while (i < lcb && clx[i] == 1) {
        if (i + 3 > lcb || (int16_t)le16(clx + i + 1) < 0 ||
            le16(clx + i + 1) > lcb - i - 3)
            return xg_error_set(w->err, XG_ERR_CORRUPT, "piece table (Clx) truncated");
        i += 3 + le16(clx + i + 1);
        nprc++;
    }
    if (nprc > 0) {
        w->prcs = malloc(nprc * sizeof *w->prcs);
        if (w->prcs == NULL)
            return xg_error_nomem(w->err);
        for (i = 0; w->nprcs < nprc; i += 3 + le16(clx + i + 1)) {
            w->prcs[w->nprcs].p = clx + i + 3;
            w->prcs[w->nprcs++].n = le16(clx + i + 1);
        }
    }
    if (i + 5 > lcb || clx[i] != 2)
        return xg_error_set(w->err, XG_ERR_CORRUPT, "piece table (Clx) without its Pcdt");
    lcb_pcd = le32(clx + i + 1);
    plc = clx + i + 5;
    if (lcb_pcd > lcb - i - 5 || lcb_pcd < 16 || (lcb_pcd - 4) % 12 != 0)
        return xg_error_set(w->err, XG_ERR_CORRUPT, "piece table (PlcPcd) malformed");
    n = (lcb_pcd - 4) / 12;
    w->pieces = malloc(n * sizeof *w->pieces);
    if (w->pieces == NULL)
        return xg_error_nomem(w->err);
    for (k = 0; k < n; k++) {
        piece *p = &w->pieces[k];
        const unsigned char *pcd = plc + 4 * (n + 1) + 8 * k;
        uint32_t fc = le32(pcd + 2);

        p->cp = le32(plc + 4 * k);
        p->cp_end = le32(plc + 4 * (k + 1));
        if (p->cp_end <= p->cp || (k == 0 && p->cp != 0))
            return xg_error_set(w->err, XG_ERR_CORRUPT,
                                "piece table: character positions out of order");
        p->compressed = (fc >> 30) & 1;
        p->fc = fc & 0x3FFFFFFF;
        if (p->compressed)
            p->fc /= 2;
        p->prm = le16(pcd + 6);
        if (!within(p->fc, (uint64_t)(p->cp_end - p->cp) * (p->compressed ? 1 : 2),
                    w->wdlen))
            return xg_error_set(w->err, XG_ERR_CORRUPT,
                                "piece table: text past the end of the WordDocument stream");
    }
    w->npieces = n;
    return XG_OK;
}

/* Decode the characters [0, w->ncp) into TEXT, with where each starts. */
static int decode_text(word *w)
{
    size_t k, len = 0;

    if ((uint64_t)w->ncp * 3 + 1 > SIZE_MAX / 2)
        return xg_error_nomem(w->err);
    w->text = malloc((size_t)w->ncp * 3 + 1);
    w->start = malloc(((size_t)w->ncp + 1) * sizeof *w->start);
    w->flags = calloc((size_t)w->ncp + 1, 1);
    if (w->text == NULL || w->start == NULL || w->flags == NULL)
        return xg_error_nomem(w->err);
    for (k = 0; k < w->npieces && w->pieces[k].cp < w->ncp; k++) {
        const piece *p = &w->pieces[k];
        uint32_t n = (p->cp_end < w->ncp ? p->cp_end : w->ncp) - p->cp;

        len += xg_decode_word_text(w->wd + p->fc, n, p->compressed, w->text + len,
                                   w->start + p->cp, (uint32_t)len);
    }
    w->start[w->ncp] = (uint32_t)len;
    w->text[len] = '\0';
    return XG_OK;
}

/* The piece holding character CP (the pieces cover [0, ncp)). */
static const piece *piece_at(const word *w, uint32_t cp)
{
    size_t lo = 0, hi = w->npieces;

    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;

        if (w->pieces[mid].cp <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return &w->pieces[lo];
}

/* ------------------------------------------------------------------ */
/* Formatted disk pages                                                */

static int run_cmp(const void *a, const void *b)
{
    const run *x = a, *y = b;

    return x->fc < y->fc ? -1 : x->fc > y->fc;
}

static int add_damaged(word *w, uint32_t fc, uint32_t fc_end)
{
    if (fc >= fc_end)
        return XG_OK;
    if (w->ndamaged == w->damaged_cap) {
        size_t cap = w->damaged_cap ? w->damaged_cap * 2 : 16;
        fc_span *d = realloc(w->damaged, cap * sizeof *d);

        if (d == NULL)
            return xg_error_nomem(w->err);
        w->damaged = d;
        w->damaged_cap = cap;
    }
    w->damaged[w->ndamaged].fc = fc;
    w->damaged[w->ndamaged++].fc_end = fc_end;
    return XG_OK;
}

/* An FKP's run bounds (rgfc), like the bin table's, MUST ascend without
 * duplicates ([MS-DOC] 2.8.6, 2.9.33, 2.9.177).  Where they do not, the
 * page is damaged: which bytes its runs cover there is not known, and a
 * reader that goes on anyway (ours sorting the runs, Word in a way no
 * one can tell) gives paragraphs and cells that end in the wrong place,
 * or shows text that is deleted or hidden: a number made of two cells, a
 * deleted digit read.
 *
 * Both bounds of a pair out of order are suspect.  A bound changed alone
 * lies, before and after the change, between the sound bounds around the
 * suspect ones (the bin table's for the page past its ends): those bytes
 * are damaged and the runs with a suspect bound, DROP, are not read.
 * When those sound bounds do not ascend either, more than one bound went:
 * *WHOLE says the whole page is damaged. */
static int fkp_damage(word *w, const uint32_t *fcs, unsigned nrun, uint32_t bte_fc,
                      uint32_t bte_end, uint8_t *drop, int *whole)
{
    unsigned j = 0, s, e, i;
    int rc = XG_OK;

    *whole = 0;
    while (j < nrun && rc == XG_OK) {
        uint32_t from, to;

        if (fcs[j] < fcs[j + 1]) {
            j++;
            continue;
        }
        /* suspect bounds s..e: grown while the pair after e, or after
         * e + 1, is out of order */
        s = j;
        e = j + 1;
        for (;;) {
            if (e < nrun && fcs[e] >= fcs[e + 1])
                e++;
            else if (e + 1 < nrun && fcs[e + 1] >= fcs[e + 2])
                e += 2;
            else
                break;
        }
        from = s > 0 ? fcs[s - 1] : bte_fc;
        to = e < nrun ? fcs[e + 1] : bte_end;
        if (from >= to) {
            *whole = 1;
            return XG_OK;
        }
        for (i = s > 0 ? s - 1 : 0; i <= e && i < nrun; i++)
            drop[i] = 1;
        rc = add_damaged(w, from, to);
        j = e + 1;
    }
    return rc;
}

/* Read the bin table PLC (LCB bytes) and its FKPs into *RUNS: character
 * runs, or with PAPX paragraph runs. */
static int read_fkps(word *w, const unsigned char *plc, size_t lcb, int papx,
                     run **runs, size_t *nruns)
{
    const char *what = papx ? "paragraph properties" : "character properties";
    size_t n, k, total = 0, cap = 0;
    run *r = NULL;
    int sorted = 1, rc;

    *runs = NULL;
    *nruns = 0;
    if (lcb == 0)
        return XG_OK;
    if (lcb < 12 || (lcb - 4) % 8 != 0)
        return xg_error_set(w->err, XG_ERR_CORRUPT, "%s: bin table malformed", what);
    n = (lcb - 4) / 8;
    for (k = 0; k < n; k++) {
        uint32_t pn = le32(plc + 4 * (n + 1) + 4 * k) & 0x3FFFFF;
        const unsigned char *page;
        unsigned crun, j, entry = papx ? 13 : 1;
        uint32_t bte_fc, bte_end, fcs[256];
        uint8_t drop[255];
        int clip;

        if (!within((uint64_t)pn * FKP_SIZE, FKP_SIZE, w->wdlen)) {
            rc = xg_error_set(w->err, XG_ERR_CORRUPT,
                              "%s: page past the end of the WordDocument stream", what);
            goto fail;
        }
        page = w->wd + (size_t)pn * FKP_SIZE;
        crun = page[FKP_SIZE - 1];
        if (4 * (crun + 1) + entry * crun > FKP_SIZE - 1) {
            rc = xg_error_set(w->err, XG_ERR_CORRUPT, "%s: page malformed", what);
            goto fail;
        }
        for (j = 0; j <= crun; j++)
            fcs[j] = le32(page + 4 * j);
        memset(drop, 0, crun);
        bte_fc = le32(plc + 4 * k);
        bte_end = le32(plc + 4 * (k + 1));
        rc = fkp_damage(w, fcs, crun, bte_fc, bte_end, drop, &clip);
        /* A page damaged whole: its bytes are those the bin table gives
         * it, its runs cut to them, so that a bound gone wild spoils no
         * other page's; without a range there, its bounds' whole range. */
        if (rc == XG_OK && clip) {
            uint32_t lo = fcs[0], hi = fcs[0];

            for (j = 1; j <= crun; j++) {
                lo = fcs[j] < lo ? fcs[j] : lo;
                hi = fcs[j] > hi ? fcs[j] : hi;
            }
            clip = bte_fc < bte_end;
            rc = clip ? add_damaged(w, bte_fc, bte_end) : add_damaged(w, lo, hi);
        }
        if (rc != XG_OK)
            goto fail;
        if (total + crun > cap) {
            size_t ncap = cap ? cap * 2 : 256;
            run *nr;

            while (ncap < total + crun)
                ncap *= 2;
            nr = realloc(r, ncap * sizeof *r);
            if (nr == NULL) {
                rc = xg_error_nomem(w->err);
                goto fail;
            }
            r = nr;
            cap = ncap;
        }
        for (j = 0; j < crun; j++) {
            run *x = &r[total];
            unsigned off = 2u * page[4 * (crun + 1) + entry * j];
            unsigned start = 0, len = 0;

            if (drop[j])
                continue;
            x->fc = fcs[j];
            x->fc_end = fcs[j + 1];
            if (clip) {
                x->fc = x->fc > bte_fc ? x->fc : bte_fc;
                x->fc_end = x->fc_end < bte_end ? x->fc_end : bte_end;
            }
            x->istd = 0;
            if (off != 0) {
                if (!papx) {
                    start = off + 1;
                    len = off < FKP_SIZE ? page[off] : 0;
                } else if (off < FKP_SIZE - 1 && page[off] != 0) {
                    start = off + 1;
                    len = 2u * page[off] - 1;
                } else if (off < FKP_SIZE - 1) {
                    start = off + 2;
                    len = 2u * page[off + 1];
                }
                if (start + len > FKP_SIZE - 1 || (papx && len < 2)) {
                    rc = xg_error_set(w->err, XG_ERR_CORRUPT, "%s: page malformed", what);
                    goto fail;
                }
                if (papx) {
                    x->istd = le16(page + start);
                    start += 2;
                    len -= 2;
                }
            }
            x->off = (uint32_t)((size_t)pn * FKP_SIZE + start);
            x->len = (uint16_t)len;
            if (x->fc_end <= x->fc)
                continue;       /* an empty run says nothing */
            if (total > 0 && x->fc < r[total - 1].fc_end)
                sorted = 0;
            total++;
        }
    }
    if (!sorted) {
        uint32_t claimed = 0;

        qsort(r, total, sizeof *r, run_cmp);
        for (k = 0; k < total; k++) {
            if (k > 0 && r[k].fc < claimed) {
                rc = add_damaged(w, r[k].fc, claimed);
                if (rc != XG_OK)
                    goto fail;
            }
            if (r[k].fc_end > claimed)
                claimed = r[k].fc_end;
        }
    }
    *runs = r;
    *nruns = total;
    return XG_OK;
fail:
    free(r);
    return rc;
}

/* The first of RUNS (N, sorted) that ends after FC. */
static size_t run_after(const run *runs, size_t n, uint32_t fc)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (runs[mid].fc_end <= fc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Character flags of [0, ncp): each piece's bytes through the character
 * runs over them, then the piece's own Prm. */
static void character_flags(word *w)
{
    size_t k;

    for (k = 0; k < w->npieces && w->pieces[k].cp < w->ncp; k++) {
        const piece *p = &w->pieces[k];
        unsigned b = p->compressed ? 1 : 2;
        uint32_t cp_end = p->cp_end < w->ncp ? p->cp_end : w->ncp;
        uint64_t fc_end = p->fc + (uint64_t)(cp_end - p->cp) * b;
        unsigned char buf[3];
        bytes prm = prm_grpprl(w, p->prm, buf);
        uint32_t cp = p->cp;
        size_t r = run_after(w->chpx, w->nchpx, p->fc);

        while (cp < cp_end) {
            uint64_t fc = p->fc + (uint64_t)(cp - p->cp) * b, until;
            uint32_t next;
            uint8_t f = 0;

            while (r < w->nchpx && w->chpx[r].fc_end <= fc)
                r++;
            if (r < w->nchpx && w->chpx[r].fc <= fc) {
                chp_sprms(w, w->wd + w->chpx[r].off, w->chpx[r].len, &f);
                until = w->chpx[r].fc_end;
            } else {
                until = r < w->nchpx ? w->chpx[r].fc : fc_end;
            }
            if (until > fc_end)
                until = fc_end;
            chp_sprms(w, prm.p, prm.n, &f);
            next = p->cp + (uint32_t)((until - p->fc + b - 1) / b);
            if (next <= cp)
                next = cp + 1;
            if (next > cp_end)
                next = cp_end;
            memset(w->flags + cp, f, next - cp);
            /* a run bound inside a character (bounds are offsets of
             * characters): which run that character is in, whether it
             * shows, is not known */
            if ((until - p->fc) % b != 0)
                w->flags[next - 1] |= CH_UNSURE;
            cp = next;
        }
    }
}

static int span_cmp(const void *a, const void *b)
{
    const fc_span *x = a, *y = b;

    return x->fc < y->fc ? -1 : x->fc > y->fc;
}

/* Mark the characters of [0, ncp) stored in damaged bytes CH_UNSURE:
 * the spans sorted and joined, then each piece's bytes against them. */
static void unsure_characters(word *w)
{
    size_t k, n = 0;

    if (w->ndamaged == 0)
        return;
    qsort(w->damaged, w->ndamaged, sizeof *w->damaged, span_cmp);
    for (k = 1; k < w->ndamaged; k++) {
        if (w->damaged[k].fc <= w->damaged[n].fc_end) {
            if (w->damaged[k].fc_end > w->damaged[n].fc_end)
                w->damaged[n].fc_end = w->damaged[k].fc_end;
        } else {
            w->damaged[++n] = w->damaged[k];
        }
    }
    w->ndamaged = n + 1;
    for (k = 0; k < w->npieces && w->pieces[k].cp < w->ncp; k++) {
        const piece *p = &w->pieces[k];
        unsigned b = p->compressed ? 1 : 2;
        uint32_t cp_end = p->cp_end < w->ncp ? p->cp_end : w->ncp;
        uint64_t fc_end = p->fc + (uint64_t)(cp_end - p->cp) * b;
        size_t lo = 0, hi = w->ndamaged;

        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;

            if (w->damaged[mid].fc_end <= p->fc)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < w->ndamaged && w->damaged[lo].fc < fc_end; lo++) {
            uint32_t a = w->damaged[lo].fc > p->fc ? w->damaged[lo].fc - p->fc : 0;
            uint64_t z = w->damaged[lo].fc_end < fc_end ? w->damaged[lo].fc_end : fc_end;
            uint32_t cp;

            for (cp = p->cp + a / b; cp < p->cp + (z - p->fc + b - 1) / b; cp++)
                w->flags[cp] |= CH_UNSURE;
        }
    }
}

static int add_end(word *w, uint32_t cp, uint32_t papx)
{
    if (w->nends > 0 && w->ends[w->nends - 1].cp >= cp)
        return XG_OK;   /* pieces out of stream order may repeat a run's end */
    if (w->nends == w->ends_cap) {
        size_t cap = w->ends_cap ? w->ends_cap * 2 : 256;
        para_end *e = realloc(w->ends, cap * sizeof *e);

        if (e == NULL)
            return xg_error_nomem(w->err);
        w->ends = e;
        w->ends_cap = cap;
    }
    w->ends[w->nends].cp = cp;
    w->ends[w->nends++].papx = papx;
    return XG_OK;
}

/* Where paragraphs end ([MS-DOC] 2.4.2): at each paragraph run's end
 * that falls inside a piece, on a character that can end a paragraph (a
 * paragraph, cell or row mark, or a section mark: the spec's MUST, which
 * a run ending on the last character of text a fast save appended does
 * not meet); a run that goes past its piece's end goes on in the next
 * piece. */
static int paragraph_ends(word *w)
{
    size_t k;
    int rc = XG_OK;

    for (k = 0; k < w->npieces && w->pieces[k].cp < w->ncp && rc == XG_OK; k++) {
        const piece *p = &w->pieces[k];
        unsigned b = p->compressed ? 1 : 2;
        uint32_t cp_end = p->cp_end < w->ncp ? p->cp_end : w->ncp;
        uint64_t fc_end = p->fc + (uint64_t)(cp_end - p->cp) * b;
        size_t r;

        for (r = run_after(w->papx, w->npapx, p->fc);
             r < w->npapx && w->papx[r].fc_end <= fc_end && rc == XG_OK; r++) {
            /* D >= 1: the run ends after the piece's first byte; CP holds
             * the run's last byte */
            uint32_t d = w->papx[r].fc_end - p->fc, cp = p->cp + (d - 1) / b;
            const char *c = w->text + w->start[cp];

            if (d % b == 0 && w->start[cp + 1] - w->start[cp] == 1 &&
                (*c == 0x0D || *c == 0x07 || *c == 0x0C))
                rc = add_end(w, cp, (uint32_t)r);
            else if (d % b != 0 || w->papx[r].fc_end < fc_end)
                /* a run that ends inside a character, or on one that
                 * is no mark inside a piece: a paragraph end lost (a
                 * mark changed into another character), its cells run
                 * into the next */
                w->flags[cp] |= CH_UNSURE;
        }
    }
    return rc;
}

/* ------------------------------------------------------------------ */
/* Styles: only whether each hides its text                            */

/* Whether the CHPX upx of a style hides its text: sprmCFVanish on or
 * off, else BASE (0x80, "as the base style", is not setting it). */
static uint8_t upx_vanish(const unsigned char *g, size_t len, uint8_t base)
{
    const unsigned char *op;
    size_t pos = 0, oplen;
    unsigned sprm;
    uint8_t v = base;

    while (next_sprm(g, len, &pos, &sprm, &op, &oplen))
        if (sprm == SPRM_C_VANISH)
            v = op[0] == 0 ? 0 : op[0] == 0x80 ? base : 1;
    return v;
}

/* The stylesheet (STSH, [MS-DOC] 2.9.271): for each style, whether its
 * character properties hide text, through its chain of base styles.  A
 * stylesheet we cannot read hides nothing. */
static int read_styles(word *w, const unsigned char *st, size_t lcb)
{
    size_t cb_stshi, pos, i, cstd, cb_base;
    unsigned char *own = NULL;
    uint16_t *base = NULL;
    int rc = XG_OK;

    if (lcb < 2)
        return XG_OK;
    cb_stshi = le16(st);
    if (cb_stshi < 4 || cb_stshi > lcb - 2)
        return XG_OK;
    cstd = le16(st + 2);
    cb_base = le16(st + 4);
    if (cstd == 0 || cb_base < 10)
        return XG_OK;
    w->style_vanish = calloc(cstd, 1);
    own = calloc(cstd, 1);
    base = malloc(cstd * sizeof *base);
    if (w->style_vanish == NULL || own == NULL || base == NULL) {
        rc = xg_error_nomem(w->err);
        goto done;
    }
    w->nstyles = cstd;
    /* Each style's own vanish (2: not set) and its base. */
    pos = 2 + cb_stshi;
    for (i = 0; i < cstd; i++) {
        size_t cb, end, p, upx, nupx, u;
        unsigned stk;

        base[i] = 0x0FFF;
        own[i] = 2;
        if (pos + 2 > lcb)
            break;
        cb = le16(st + pos);
        pos += 2;
        if (cb > lcb - pos)
            break;
        end = pos + cb;
        if (cb < cb_base) {
            pos = end;
            continue;
        }
        stk = st[pos + 2] & 0x0F;
        base[i] = le16(st + pos + 2) >> 4;
        nupx = st[pos + 4] & 0x0F;
        p = pos + cb_base;
        /* the name: cch, cch UTF-16 characters, a NUL */
        if (p + 2 > end || p + 2 + 2 * (size_t)le16(st + p) + 2 > end) {
            pos = end;
            continue;
        }
        p += 2 + 2 * (size_t)le16(st + p) + 2;
        /* The upxs: a paragraph style has its PAPX then its CHPX, a
         * character style its CHPX, a table style TAPX, PAPX, CHPX. */
        for (u = 0; u < nupx; u++) {
            int is_chpx = (stk == 1 && u == 1) || (stk == 2 && u == 0) ||
                          (stk == 3 && u == 2);

            if (p + 2 > end)
                break;
            upx = le16(st + p);
            p += 2;
            if (upx > end - p)
                break;
            if (is_chpx)
                own[i] = upx_vanish(st + p, upx, 2);
            p += upx + (upx & 1);
        }
        pos = end;
    }
    /* Resolve through base styles (a chain is at most cstd long). */
    for (i = 0; i < cstd; i++) {
        size_t s = i, hops = 0;
        uint8_t v = 0;

        while (s < cstd && own[s] == 2 && hops++ < cstd)
            s = base[s];
        if (s < cstd && own[s] != 2)
            v = own[s];
        w->style_vanish[i] = v;
    }
done:
    free(own);
    free(base);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Paragraph properties                                                */

enum para_kind { PARA_PLAIN, PARA_CELL_END, PARA_ROW_END };

typedef struct para_props {
    int depth;              /* tables around the paragraph */
    enum para_kind kind;
    uint16_t istd;
    bytes sprms[3];         /* the FKP's grpprl, the Data stream's, the piece's */
    unsigned char prm0[3];
} para_props;

/* The grpprl sprmPHugePapx points to in the Data stream. */
static bytes huge_papx(const word *w, uint32_t off)
{
    bytes b = {NULL, 0};

    if (within(off, 2, w->datalen) && within((uint64_t)off + 2, le16(w->data + off),
                                             w->datalen)) {
        b.p = w->data + off + 2;
        b.n = le16(w->data + off);
    }
    return b;
}

static int para_props_of(const word *w, const para_end *pe, para_props *pp)
{
    int in_table = 0, ttp = 0, inner_cell = 0, inner_ttp = 0, itap = -1, dtap = 0;
    char mark;
    int s;

    memset(pp, 0, sizeof *pp);
    if (pe == NULL)
        return XG_OK;
    mark = w->text[w->start[pe->cp]];
    if (pe->papx != NONE) {
        const run *r = &w->papx[pe->papx];

        pp->istd = r->istd;
        pp->sprms[0].p = w->wd + r->off;
        pp->sprms[0].n = r->len;
    }
    pp->sprms[2] = prm_grpprl(w, piece_at(w, pe->cp)->prm, pp->prm0);
    for (s = 0; s < 3; s++) {
        const unsigned char *op;
        size_t pos = 0, oplen;
        unsigned sprm;

        while (next_sprm(pp->sprms[s].p, pp->sprms[s].n, &pos, &sprm, &op, &oplen)) {
            switch (sprm) {
            case SPRM_P_IN_TABLE: in_table = op[0] != 0; break;
            case SPRM_P_TTP: ttp = op[0] != 0; break;
            case SPRM_P_INNER_CELL: inner_cell = op[0] != 0; break;
            case SPRM_P_INNER_TTP: inner_ttp = op[0] != 0; break;
            case SPRM_P_ITAP: itap = (int)le32(op); break;
            case SPRM_P_DTAP: dtap += (int)le32(op); break;
            case SPRM_P_ISTD: pp->istd = le16(op); break;
            case SPRM_P_HUGE_PAPX:
                if (s == 0)
                    pp->sprms[1] = huge_papx(w, le32(op));
                break;
            default: break;
            }
        }
    }
    if (in_table) {
        long depth = itap > 1 ? itap : 1;

        depth += dtap;
        if (depth > XG_MAX_NESTING)
            return xg_error_set(w->err, XG_ERR_LIMIT, "tables nested deeper than %d levels",
                                XG_MAX_NESTING);
        pp->depth = depth < 1 ? 1 : (int)depth;
    }
    if (pp->depth == 1)
        pp->kind = ttp ? PARA_ROW_END : mark == 0x07 ? PARA_CELL_END : PARA_PLAIN;
    else if (pp->depth > 1)
        pp->kind = inner_ttp ? PARA_ROW_END : inner_cell ? PARA_CELL_END : PARA_PLAIN;
    return XG_OK;
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

/* A row as its TTP defines it: cell boundaries (twips) and merge bits. */
typedef struct row_def {
    int ncells;                     /* -1: no sprmTDefTable */
    int bounds[MAX_ROW_CELLS + 1];
    uint16_t tc[MAX_ROW_CELLS];
} row_def;

typedef struct row_cell {
    char *text;
    size_t len;
} row_cell;

typedef struct table_row {
    row_cell *cells;
    size_t ncells, cap;
    int ndef;                       /* boundaries: ndef + 1, or -1 */
    int *bounds;
    uint16_t *tc;
    int deleted;
    int unsure;                     /* holds text of a damaged FKP */
} table_row;

typedef struct table_build {
    xg_table *table;
    table_row *rows;
    size_t nrows, cap;
    table_row cur;                  /* the row being read */
    xg_buf cell;                    /* the cell being read */
    xg_cell_lines lines;
} table_build;

static void table_row_free(table_row *r)
{
    size_t i;

    for (i = 0; i < r->ncells; i++)
        free(r->cells[i].text);
    free(r->cells);
    free(r->bounds);
    free(r->tc);
    memset(r, 0, sizeof *r);
}

static void table_build_free(table_build *t)
{
    size_t i;

    for (i = 0; i < t->nrows; i++)
        table_row_free(&t->rows[i]);
    free(t->rows);
    table_row_free(&t->cur);
    xg_buf_free(&t->cell);
    memset(t, 0, sizeof *t);
}

/* Insert COUNT cells of width WIDTH before cell AT. */
static void def_insert(row_def *d, int at, int count, int width)
{
    int i, base;

    if (at > d->ncells)
        at = d->ncells;
    if (count > MAX_ROW_CELLS - d->ncells)
        count = MAX_ROW_CELLS - d->ncells;
    if (count <= 0)
        return;
    for (i = d->ncells; i >= at; i--)
        d->bounds[i + count] = d->bounds[i] + count * width;
    for (i = d->ncells - 1; i >= at; i--)
        d->tc[i + count] = d->tc[i];
    base = d->bounds[at];
    for (i = 1; i <= count; i++) {
        d->bounds[at + i] = base + i * width;
        d->tc[at + i - 1] = 0;
    }
    d->ncells += count;
}

/* The table sprms of a TTP, applied in order ([MS-DOC] 2.6.3). */
static void row_def_apply(row_def *d, const unsigned char *g, size_t len)
{
    const unsigned char *op;
    size_t pos = 0, oplen;
    unsigned sprm;
    int i;

    while (next_sprm(g, len, &pos, &sprm, &op, &oplen)) {
        switch (sprm) {
        case SPRM_T_DEF_TABLE:
        case SPRM_T_DEF_TABLE10: {
            size_t tcsize = sprm == SPRM_T_DEF_TABLE ? 20 : 10, ntc;
            int n;

            if (oplen < 3)
                break;
            n = op[2];
            if (oplen < 3 + 2 * ((size_t)n + 1))
                break;
            d->ncells = n;
            for (i = 0; i <= n; i++)
                d->bounds[i] = (int16_t)le16(op + 3 + 2 * i);
            ntc = (oplen - 3 - 2 * ((size_t)n + 1)) / tcsize;
            for (i = 0; i < n; i++)
                d->tc[i] = (size_t)i < ntc ? le16(op + 3 + 2 * ((size_t)n + 1) + tcsize * (size_t)i)
                                           : 0;
            break;
        }
        case SPRM_T_MERGE:
        case SPRM_T_SPLIT:
            for (i = op[0]; i < op[1] && i < d->ncells; i++) {
                d->tc[i] &= (uint16_t)~(TC_FIRST_MERGED | TC_MERGED);
                if (sprm == SPRM_T_MERGE)
                    d->tc[i] |= i == op[0] ? TC_FIRST_MERGED : TC_MERGED;
            }
            break;
        case SPRM_T_VERT_MERGE:
            if (oplen >= 3 && op[1] < d->ncells)
                d->tc[op[1]] = (uint16_t)((d->tc[op[1]] & ~(TC_VERT_MERGE | TC_VERT_RESTART)) |
                                          (op[2] & 3) << 5);
            break;
        case SPRM_T_INSERT:
            if (d->ncells >= 0)
                def_insert(d, op[0], op[1], (int16_t)le16(op + 2));
            break;
        case SPRM_T_DELETE: {
            int first = op[0], lim = op[1] < d->ncells ? op[1] : d->ncells, gone;

            if (first >= lim)
                break;
            gone = d->bounds[lim] - d->bounds[first];
            for (i = lim; i <= d->ncells; i++)
                d->bounds[i - (lim - first)] = d->bounds[i] - gone;
            for (i = lim; i < d->ncells; i++)
                d->tc[i - (lim - first)] = d->tc[i];
            d->ncells -= lim - first;
            break;
        }
        case SPRM_T_DXA_COL: {
            int lim = op[1] < d->ncells ? op[1] : d->ncells, width = (int16_t)le16(op + 2);

            for (i = op[0]; i < lim; i++) {
                int shift = d->bounds[i] + width - d->bounds[i + 1], j;

                for (j = i + 1; j <= d->ncells; j++)
                    d->bounds[j] += shift;
            }
            break;
        }
        default:
            break;
        }
    }
}

static int row_add_cell(table_row *r, xg_buf *text, xg_error *err)
{
    if (r->ncells >= XG_MAX_GRID_COLS)
        return xg_error_set(err, XG_ERR_LIMIT, "table wider than %d columns",
                            XG_MAX_GRID_COLS);
    if (r->ncells == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        row_cell *c = realloc(r->cells, cap * sizeof *c);

        if (c == NULL)
            return xg_error_nomem(err);
        r->cells = c;
        r->cap = cap;
    }
    r->cells[r->ncells].len = text->len;
    r->cells[r->ncells].text = xg_buf_steal(text);
    if (r->cells[r->ncells].text == NULL)
        return xg_error_nomem(err);
    r->ncells++;
    return XG_OK;
}

/* End the cell being read: its text joins the row. */
static int end_cell(table_build *t, xg_error *err)
{
    memset(&t->lines, 0, sizeof t->lines);
    return row_add_cell(&t->cur, &t->cell, err);
}

/* End the row being read with the definition DEF (NULL: none) and add it
 * to the table's rows. */
static int end_row(table_build *t, const row_def *def, int deleted, xg_error *err)
{
    table_row *r = &t->cur;

    if (t->lines.started) {
        int rc = end_cell(t, err);

        if (rc != XG_OK)
            return rc;
    }
    r->ndef = -1;
    r->deleted = deleted;
    if (def != NULL && def->ncells >= 0) {
        r->bounds = malloc(((size_t)def->ncells + 1) * sizeof *r->bounds);
        r->tc = malloc(((size_t)def->ncells + 1) * sizeof *r->tc);
        if (r->bounds == NULL || r->tc == NULL)
            return xg_error_nomem(err);
        memcpy(r->bounds, def->bounds, ((size_t)def->ncells + 1) * sizeof *r->bounds);
        memcpy(r->tc, def->tc, (size_t)def->ncells * sizeof *r->tc);
        r->ndef = def->ncells;
    }
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        table_row *rows = realloc(t->rows, cap * sizeof *rows);

        if (rows == NULL)
            return xg_error_nomem(err);
        t->rows = rows;
        t->cap = cap;
    }
    t->rows[t->nrows++] = *r;
    memset(r, 0, sizeof *r);
    return XG_OK;
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;

    return x < y ? -1 : x > y;
}

/* The grid line of boundary X: its index among the distinct boundaries
 * XS (N, sorted), through LINE (the line of each). */
static int grid_line(const int *xs, const int *line, size_t n, int x)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n ? line[lo] : n > 0 ? line[n - 1] + 1 : 0;
}

/* Number the distinct boundaries XS (N, sorted; duplicates are dropped,
 * the count left is returned) with their grid lines in LINE: a boundary
 * within TOLERANCE of the first one of the line before is on that line. */
static size_t grid_lines(int *xs, int *line, size_t n, int tolerance)
{
    size_t k, u = 0;
    int first = 0;

    for (k = 0; k < n; k++) {
        if (u > 0 && xs[k] == xs[u - 1])
            continue;
        xs[u] = xs[k];
        if (u == 0 || xs[u] - first > tolerance) {
            line[u] = u == 0 ? 0 : line[u - 1] + 1;
            first = xs[u];
        } else {
            line[u] = line[u - 1];
        }
        u++;
    }
    return u;
}

/* Whether the lines make a cell of T, wider than nothing, span no column
 * (two real edges closer than the tolerance): the grid must then be the
 * exact boundaries. */
static int grid_collapses(const table_build *t, const int *xs, const int *line, size_t n)
{
    size_t i;
    int c;

    for (i = 0; i < t->nrows; i++)
        for (c = 0; c < t->rows[i].ndef; c++)
            if (t->rows[i].bounds[c + 1] > t->rows[i].bounds[c] &&
                grid_line(xs, line, n, t->rows[i].bounds[c + 1]) ==
                grid_line(xs, line, n, t->rows[i].bounds[c]))
                return 1;
    return 0;
}

/* Give the cells of no width (two equal boundaries, as Word writes a
 * cell squeezed to nothing) columns of their own, as Word's DOCX gives
 * them grid columns of no width: after the line of each place where a
 * row has such cells, as many lines more as the most any row has there.
 * The NX lines of LINE are numbered 0 to LINE[NX - 1]. */
static int zero_width_lines(word *w, const table_build *t, const int *xs, int *line, size_t nx)
{
    size_t nlines = nx > 0 ? (size_t)line[nx - 1] + 1 : 0, i, u;
    int *extra, zeros_line = -1, zeros = 0, shift = 0, g;
    int c;

    if (nlines == 0)
        return XG_OK;
    extra = calloc(nlines, sizeof *extra);
    if (extra == NULL)
        return xg_error_nomem(w->err);
    for (i = 0; i < t->nrows; i++) {
        zeros_line = -1;
        for (c = 0; c < t->rows[i].ndef; c++) {
            if (t->rows[i].bounds[c + 1] != t->rows[i].bounds[c])
                continue;
            g = grid_line(xs, line, nx, t->rows[i].bounds[c]);
            if (g >= (int)nlines)
                continue;
            zeros = g == zeros_line ? zeros + 1 : 1;
            zeros_line = g;
            if (zeros > extra[g])
                extra[g] = zeros;
        }
    }
    /* lines are numbered in order: shift each by the extra lines before it */
    for (u = 0, g = 0; u < nx; u++) {
        while (g < line[u])
            shift += extra[g++];
        line[u] += shift;
    }
    free(extra);
    return XG_OK;
}

/* The text of a paragraph outside tables that holds text a damaged FKP
 * describes (TEXT, LEN bytes; owned, NULL when out of memory): which of
 * its characters show is not known, so no number in it can be trusted:
 * its digits become U+FFFD, unreadable. */
static char *unsure_text(const char *text, size_t len, size_t *out_len)
{
    xg_buf out = {0};
    size_t i = 0, adv;
    int rc = 0;

    while (i < len && rc == 0) {
        unsigned f = xg_fold_cp(xg_utf8_decode(text + i, len - i, &adv));

        rc = f >= '0' && f <= '9' ? xg_buf_put_cp(&out, 0xFFFD)
                                  : xg_buf_append(&out, text + i, adv);
        i += adv;
    }
    if (rc != 0) {
        xg_buf_free(&out);
        return NULL;
    }
    *out_len = out.len;
    return xg_buf_steal(&out);
}

/* A cell placed in its row: grid columns [col, end). */
typedef struct placed {
    int col, end;
    int vcont;
    row_cell *cell;
} placed;

/* Put the rows of T into its model table.  The grid lines are the
 * distinct cell boundaries of all rows, those within GRID_TOLERANCE
 * of the one before counted as the same; a row without a definition, or
 * cells past its definition, take one column each after the cell before. */
static int build_grid(word *w, table_build *t)
{
    int *xs = NULL, *line = NULL;
    placed *pl = NULL;
    size_t nx = 0, i, total = 0, maxcells = 0;
    int row = 0, rc = XG_OK;
    uint8_t *row_unsure = NULL;     /* per grid row: from a damaged row */

    for (i = 0; i < t->nrows; i++) {
        if (t->rows[i].ndef > 0)
            total += (size_t)t->rows[i].ndef + 1;
        if (t->rows[i].ncells > maxcells)
            maxcells = t->rows[i].ncells;
    }
    xs = malloc((total + 1) * sizeof *xs);
    line = malloc((total + 1) * sizeof *line);
    pl = malloc((maxcells + 1) * sizeof *pl);
    row_unsure = calloc(t->nrows + 1, 1);
    if (xs == NULL || line == NULL || pl == NULL || row_unsure == NULL) {
        rc = xg_error_nomem(w->err);
        goto done;
    }
    for (i = 0; i < t->nrows; i++) {
        int j;

        for (j = 0; t->rows[i].ndef > 0 && j <= t->rows[i].ndef; j++)
            xs[nx++] = t->rows[i].bounds[j];
    }
    qsort(xs, nx, sizeof *xs, int_cmp);
    nx = grid_lines(xs, line, nx, GRID_TOLERANCE);
    if (grid_collapses(t, xs, line, nx))
        grid_lines(xs, line, nx, 0);
    rc = zero_width_lines(w, t, xs, line, nx);
    for (i = 0; i < t->nrows && rc == XG_OK; i++) {
        table_row *r = &t->rows[i];
        size_t c, np = 0;
        int next = 0;

        /* a row whose cells are not those its definition counts: a cell
         * mark made from another character, or one changed into a
         * paragraph mark; which cell is which is not known */
        if (r->ndef >= 0 && (size_t)r->ndef != r->ncells)
            r->unsure = 1;
        /* a damaged row stays, whatever its mark says: its values are
         * unreadable rather than gone */
        if (r->deleted && !r->unsure)
            continue;
        for (c = 0; c < r->ncells; c++) {
            int col = next, end = next + 1;
            uint16_t tc = (int)c < r->ndef ? r->tc[c] : 0;

            if ((int)c < r->ndef) {
                int a = grid_line(xs, line, nx, r->bounds[c]);
                int b = grid_line(xs, line, nx, r->bounds[c + 1]);

                /* after a cell of no width, the next starts past it */
                col = a > next ? a : next;
                end = b > col ? b : col + 1;
            }
            if ((tc & (TC_FIRST_MERGED | TC_MERGED)) == TC_MERGED && np > 0 &&
                pl[np - 1].end == col) {
                /* Word 97's horizontal merge: the continuation's text
                 * is hidden; only its width counts. */
                pl[np - 1].end = end;
                next = end;
                continue;
            }
            pl[np].col = col;
            pl[np].end = end;
            pl[np].vcont = (tc & (TC_VERT_MERGE | TC_VERT_RESTART)) == TC_VERT_MERGE;
            pl[np].cell = &r->cells[c];
            np++;
            next = end;
        }
        for (c = 0; c < np && rc == XG_OK; c++) {
            const placed *p = &pl[c];

            if (p->end > XG_MAX_GRID_COLS) {
                rc = xg_error_set(w->err, XG_ERR_LIMIT, "table wider than %d columns",
                                  XG_MAX_GRID_COLS);
                break;
            }
            /* a damaged row's cell goes down into no other row, nor
             * another's into it: the row it belongs with is not known
             * (a group label read from it named the rows below) */
            if (p->vcont && row > 0 && !r->unsure) {
                const xg_cell *above = xg_table_cell_at(t->table, row - 1, p->col);

                if (above != NULL && !row_unsure[above->row] && above->col == p->col &&
                    above->colspan == p->end - p->col && above->row + above->rowspan == row) {
                    rc = xg_table_extend_down(t->table, above->row, above->col, w->err);
                    continue;
                }
            }
            /* a damaged row's cells, labels too, are U+FFFD: where its
             * cells end, which of its characters show, is not known, so
             * neither are its numbers nor which column or row its words
             * would name (a header split in two names the wrong columns) */
            if (r->unsure)
                rc = xg_table_add_cell(t->table, row, p->col, 1, p->end - p->col,
                                       "\xEF\xBF\xBD", 3, NULL, w->err);
            else
                rc = xg_table_add_cell(t->table, row, p->col, 1, p->end - p->col,
                                       p->cell->text, p->cell->len, NULL, w->err);
        }
        if (np > 0)
            row_unsure[row++] = (uint8_t)r->unsure;
    }
done:
    free(xs);
    free(line);
    free(pl);
    free(row_unsure);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Reading a story                                                     */

/* Where a paragraph's text goes: a block of the document (TEXT NULL),
 * or a line of the cell whose text is TEXT. */
typedef struct sink {
    xg_buf *text;
    xg_cell_lines *lines;
} sink;

typedef struct walker {
    word *w;
    sink body;
    int boxes;                              /* text boxes are read */
    table_build tables[XG_MAX_NESTING];
    int depth;
    unsigned char field_code[XG_MAX_NESTING];   /* each open field: in its code */
    int nfields, codes;
} walker;

static int sink_line(walker *k, const sink *s, const char *text, size_t len)
{
    if (s->text == NULL)
        return len == 0 ? XG_OK
                        : xg_doc_add_paragraph(k->w->doc, text, len, NULL, k->w->err);
    return xg_cell_lines_add(s->text, s->lines, text, len) == 0 ? XG_OK
                                                                : xg_error_nomem(k->w->err);
}

static int open_table(walker *k)
{
    table_build *t = &k->tables[k->depth];

    memset(t, 0, sizeof *t);
    t->table = xg_doc_add_table(k->w->doc, k->w->err);
    if (t->table == NULL)
        return k->w->err != NULL ? k->w->err->code : XG_ERR_NOMEM;
    k->depth++;
    return XG_OK;
}

/* Close the innermost table: a row left without its end mark still
 * counts (its cells have no definition). */
static int close_table(walker *k)
{
    table_build *t = &k->tables[k->depth - 1];
    int rc = XG_OK;

    if (t->lines.started || t->cur.ncells > 0)
        rc = end_row(t, NULL, 0, k->w->err);
    if (rc == XG_OK)
        rc = build_grid(k->w, t);
    table_build_free(t);
    k->depth--;
    if (rc == XG_OK)
        xg_doc_drop_empty_table(k->w->doc);
    return rc;
}

/* Whether character CP is hidden in a paragraph of style ISTD. */
static int hidden(const word *w, uint32_t cp, uint16_t istd)
{
    uint8_t f = w->flags[cp];
    int style = (istd < w->nstyles && w->style_vanish[istd]) ^ !!(f & CH_STYLE_VANISH);

    switch (f & CH_VANISH_MASK) {
    case CH_VANISH_ON: return 1;
    case CH_VANISH_OFF: return 0;
    case CH_VANISH_FLIP: return !style;
    default: return style;
    }
}

/* The text box story range of the shape anchored at CP, if it has one:
 * its FSPA's shape id is the lid of an FTXBXS ([MS-DOC] 2.9.106). */
static int box_at(const word *w, uint32_t cp, uint32_t *from, uint32_t *to)
{
    size_t lo = 0, hi = w->nspa, i;
    uint32_t spid;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (w->spa_cp[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= w->nspa || w->spa_cp[lo] != cp)
        return 0;
    spid = le32(w->spa + 26 * lo);
    /* The last FTXBXS is never a text box. */
    for (i = 0; i + 1 < w->ntxbx; i++) {
        const unsigned char *f = w->txbx + 22 * i;

        if (le16(f + 8) == 0 && le32(f + 14) == spid) {
            uint64_t a = (uint64_t)w->txbx_start + w->txbx_cp[i];
            uint64_t b = (uint64_t)w->txbx_start + w->txbx_cp[i + 1];

            if (a >= b || b > w->txbx_end)
                return 0;
            *from = (uint32_t)a;
            *to = (uint32_t)b;
            return 1;
        }
    }
    return 0;
}

/* The text of [FROM, TO), the characters of a paragraph before its mark,
 * into LINE; the text boxes anchored in it into BOXES (pairs of CPs). */
static int para_text(walker *k, uint32_t from, uint32_t to, uint16_t istd,
                     xg_buf *line, uint32_t **boxes, size_t *nboxes)
{
    word *w = k->w;
    uint32_t cp, seg = from;    /* [seg, cp): visible text not yet copied */
    int pending_break = 0;

#define FLUSH()                                                         \
    do {                                                                \
        if (cp > seg) {                                                 \
            if (pending_break && line->len > 0 && xg_buf_putc(line, '\n') != 0) \
                return xg_error_nomem(w->err);                          \
            pending_break = 0;                                          \
            if (xg_buf_append(line, w->text + w->start[seg],            \
                              w->start[cp] - w->start[seg]) != 0)       \
                return xg_error_nomem(w->err);                          \
        }                                                               \
        seg = cp + 1;                                                   \
    } while (0)

    for (cp = from; cp < to; cp++) {
        uint32_t at = w->start[cp];
        unsigned char c = (unsigned char)w->text[at];
        int ascii = w->start[cp + 1] - at == 1;
        const char *put = NULL;

        if (ascii && c >= 0x13 && c <= 0x15) {
            FLUSH();
            if (c == 0x13) {
                if (k->nfields == XG_MAX_NESTING)
                    return xg_error_set(w->err, XG_ERR_LIMIT,
                                        "fields nested deeper than %d levels", XG_MAX_NESTING);
                k->field_code[k->nfields++] = 1;
                k->codes++;
            } else if (k->nfields > 0 && c == 0x14) {
                k->codes -= k->field_code[k->nfields - 1];
                k->field_code[k->nfields - 1] = 0;
            } else if (k->nfields > 0) {
                k->codes -= k->field_code[--k->nfields];
            }
            continue;
        }
        if (k->codes > 0 || (w->flags[cp] & CH_DELETED) || hidden(w, cp, istd)) {
            FLUSH();
            continue;
        }
        if (!ascii || (c >= 0x20 && !(c == 0x28 && (w->flags[cp] & CH_SPECIAL))))
            continue;   /* ordinary text: part of the seg */
        FLUSH();
        switch (c) {
        case 0x09: put = "\t"; break;
        case 0x0B: put = "\n"; break;
        case 0x1E: put = "-"; break;
        case 0x0D: case 0x07:
            pending_break = 1;      /* a mark that ends no paragraph */
            break;
        case 0x08:
            if (k->boxes && (w->flags[cp] & CH_SPECIAL)) {
                uint32_t a, b;

                if (box_at(w, cp, &a, &b)) {
                    uint32_t *nb = realloc(*boxes, (*nboxes + 1) * 2 * sizeof *nb);

                    if (nb == NULL)
                        return xg_error_nomem(w->err);
                    *boxes = nb;
                    nb[2 * *nboxes] = a;
                    nb[2 * *nboxes + 1] = b;
                    (*nboxes)++;
                }
            }
            break;
        default:
            break;          /* breaks, pictures, symbols, note marks */
        }
        if (put != NULL) {
            if (pending_break && line->len > 0 && xg_buf_putc(line, '\n') != 0)
                return xg_error_nomem(w->err);
            pending_break = 0;
            if (xg_buf_puts(line, put) != 0)
                return xg_error_nomem(w->err);
        }
    }
    FLUSH();
#undef FLUSH
    return XG_OK;
}

static int walk_range(word *w, uint32_t from, uint32_t to, const sink *body, int boxes);

/* Whether the paragraph [FROM, MARK) with its mark (none if !HAS_MARK)
 * holds a character a damaged FKP describes, or a cell mark (0x07) that
 * ends no paragraph: a cell end lost, so that the text of cells after
 * it, of this row and the next, runs together and each later cell of
 * the row holds what was another's. */
static int para_unsure(const word *w, uint32_t from, uint32_t mark, int has_mark)
{
    uint32_t cp;

    for (cp = from; cp < mark + (has_mark != 0); cp++)
        if ((w->flags[cp] & CH_UNSURE) ||
            (cp < mark && w->text[w->start[cp]] == 0x07 && w->start[cp + 1] - w->start[cp] == 1))
            return 1;
    return 0;
}

/* One paragraph: [FROM, MARK) and its end PE (NULL: a fragment without a
 * paragraph end, read as a body paragraph). */
static int paragraph(walker *k, uint32_t from, uint32_t mark, const para_end *pe)
{
    word *w = k->w;
    para_props pp;
    xg_buf line = {0};
    uint32_t *boxes = NULL;
    size_t nboxes = 0, i;
    table_build *t = NULL;
    sink s = k->body;
    int rc, unsure;

    rc = para_props_of(w, pe, &pp);
    while (rc == XG_OK && k->depth > pp.depth)
        rc = close_table(k);
    while (rc == XG_OK && k->depth < pp.depth)
        rc = open_table(k);
    if (rc == XG_OK)
        rc = para_text(k, from, mark, pp.istd, &line, &boxes, &nboxes);
    if (rc != XG_OK)
        goto done;
    unsure = para_unsure(w, from, mark, pe != NULL);
    if (pp.depth > 0) {
        t = &k->tables[pp.depth - 1];
        s.text = &t->cell;
        s.lines = &t->lines;
        t->cur.unsure |= unsure;
    } else if (unsure) {
        size_t len = 0;
        char *text = unsure_text(xg_buf_str(&line), line.len, &len);

        if (text == NULL) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        xg_buf_reset(&line);
        rc = xg_buf_append(&line, text, len) != 0 ? xg_error_nomem(w->err) : XG_OK;
        free(text);
        if (rc != XG_OK)
            goto done;
    }
    rc = sink_line(k, &s, xg_buf_str(&line), line.len);
    for (i = 0; i < nboxes && rc == XG_OK; i++)
        rc = walk_range(w, boxes[2 * i], boxes[2 * i + 1], &s, 0);
    if (rc != XG_OK || t == NULL)
        goto done;
    if (pp.kind == PARA_CELL_END) {
        rc = end_cell(t, w->err);
    } else if (pp.kind == PARA_ROW_END) {
        row_def def;
        int j;

        def.ncells = -1;
        for (j = 0; j < 3; j++)
            row_def_apply(&def, pp.sprms[j].p, pp.sprms[j].n);
        rc = end_row(t, &def, (w->flags[mark] & CH_DELETED) != 0, w->err);
        /* a row end that may not be one: the next row may begin with
         * the last cells of another, its first ones read into this */
        t->cur.unsure = unsure;
    }
done:
    xg_buf_free(&line);
    free(boxes);
    return rc;
}

/* Read the characters [FROM, TO) of a story: its paragraphs go to BODY,
 * its tables become blocks; text boxes are read where they are anchored
 * if BOXES. */
static int walk_range(word *w, uint32_t from, uint32_t to, const sink *body, int boxes)
{
    walker *k;
    size_t e, lo = 0, hi = w->nends;
    uint32_t p = from;
    int rc = XG_OK;

    k = calloc(1, sizeof *k);
    if (k == NULL)
        return xg_error_nomem(w->err);
    k->w = w;
    k->body = *body;
    k->boxes = boxes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (w->ends[mid].cp < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (e = lo; p < to && rc == XG_OK; e++) {
        if (e < w->nends && w->ends[e].cp < to) {
            rc = paragraph(k, p, w->ends[e].cp, &w->ends[e]);
            p = w->ends[e].cp + 1;
        } else {
            rc = paragraph(k, p, to, NULL);
            p = to;
        }
    }
    while (k->depth > 0 && rc == XG_OK)
        rc = close_table(k);
    while (k->depth > 0)
        table_build_free(&k->tables[--k->depth]);
    free(k);
    return rc;
}

/* ------------------------------------------------------------------ */
/* The document                                                        */

/* The (fc, lcb) pair INDEX of FibRgFcLcb: a range of the table stream,
 * or an empty one if the FIB does not have it or it is out of range.
 * REQUIRED ranges out of range are refused. */
static int fib_range(word *w, const unsigned char *blob, size_t nblob, size_t index,
                     const char *name, int required, bytes *out)
{
    uint32_t fc, lcb;

    out->p = NULL;
    out->n = 0;
    if (index >= nblob)
        return required ? xg_error_set(w->err, XG_ERR_CORRUPT, "FIB without %s", name)
                        : XG_OK;
    fc = le32(blob + 8 * index);
    lcb = le32(blob + 8 * index + 4);
    if (!within(fc, lcb, w->tablelen))
        return required ? xg_error_set(w->err, XG_ERR_CORRUPT,
                                       "%s past the end of the table stream", name)
                        : XG_OK;
    out->p = w->table + fc;
    out->n = lcb;
    return XG_OK;
}

/* Text boxes: the shapes anchored in the main document and the pieces
 * of the text box story.  Tables that do not parse leave text boxes
 * unread. */
static int read_boxes(word *w, bytes spa, bytes txbx)
{
    size_t i;

    if (w->txbx_end <= w->txbx_start)
        return XG_OK;
    if (spa.n >= 4 + 30 && (spa.n - 4) % 30 == 0) {
        w->nspa = (spa.n - 4) / 30;
        w->spa_cp = malloc(w->nspa * sizeof *w->spa_cp);
        if (w->spa_cp == NULL)
            return xg_error_nomem(w->err);
        for (i = 0; i < w->nspa; i++)
            w->spa_cp[i] = le32(spa.p + 4 * i);
        w->spa = spa.p + 4 * (w->nspa + 1);
    }
    if (txbx.n >= 4 + 26 && (txbx.n - 4) % 26 == 0) {
        w->ntxbx = (txbx.n - 4) / 26;
        w->txbx_cp = malloc((w->ntxbx + 1) * sizeof *w->txbx_cp);
        if (w->txbx_cp == NULL)
            return xg_error_nomem(w->err);
        for (i = 0; i <= w->ntxbx; i++)
            w->txbx_cp[i] = le32(txbx.p + 4 * i);
        w->txbx = txbx.p + 4 * (w->ntxbx + 1);
    }
    return XG_OK;
}

/* The one-line error for a compound file that is not a Word document. */
static int not_word(const xg_cfb *cfb, xg_error *err)
{
    if (xg_cfb_has_stream(cfb, "EncryptedPackage"))
        return xg_error_set(err, XG_ERR_ENCRYPTED,
                            "password-protected Office document (encrypted package): "
                            "remove the password and save it again");
    if (xg_cfb_has_stream(cfb, "Workbook") || xg_cfb_has_stream(cfb, "Book"))
        return xg_error_set(err, XG_ERR_FORMAT,
                            "Excel workbook (.xls), not a Word document");
    if (xg_cfb_has_stream(cfb, "PowerPoint Document"))
        return xg_error_set(err, XG_ERR_FORMAT,
                            "PowerPoint presentation (.ppt), not a Word document");
    if (xg_cfb_has_stream(cfb, "CONTENTS"))
        return xg_error_set(err, XG_ERR_UNSUPPORTED,
                            "Works or old WPS document (no WordDocument stream): "
                            "open it and save it as DOCX");
    return xg_error_set(err, XG_ERR_FORMAT,
                        "compound (OLE2) file without a WordDocument stream: "
                        "not a Word document");
}

static void word_free(word *w)
{
    free(w->wd);
    free(w->table);
    free(w->data);
    free(w->pieces);
    free(w->prcs);
    free(w->chpx);
    free(w->papx);
    free(w->ends);
    free(w->text);
    free(w->start);
    free(w->flags);
    free(w->spa_cp);
    free(w->txbx_cp);
    free(w->style_vanish);
    free(w->damaged);
}

int xg_extract_doc(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err)
{
    word w;
    xg_cfb *cfb = NULL;
    const unsigned char *lw, *blob;
    size_t csw, cslw, nblob, off;
    uint16_t nfib, flags;
    uint32_t ccp[11] = {0};
    bytes clx, chpx, papx, spa, txbx, stsh;
    sink body = {NULL, NULL};
    int rc, i;

    memset(&w, 0, sizeof w);
    w.doc = doc;
    w.err = err;
    rc = xg_cfb_open(data, size, &cfb, err);
    if (rc != XG_OK)
        goto done;
    if (!xg_cfb_has_stream(cfb, "WordDocument")) {
        rc = not_word(cfb, err);
        goto done;
    }
    rc = xg_cfb_read(cfb, "WordDocument", &w.wd, &w.wdlen, err);
    if (rc != XG_OK)
        goto done;
    if (w.wdlen < 34 || le16(w.wd) != 0xA5EC) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "WordDocument stream without a Word header (FIB)");
        goto done;
    }
    nfib = le16(w.wd + 2);
    flags = le16(w.wd + 10);
    if (nfib < 0xC0) {
        rc = xg_error_set(err, XG_ERR_UNSUPPORTED,
                          "Word 6.0/95 document or older: open it and save it as DOCX");
        goto done;
    }
    if (flags & 0x0100) {
        rc = xg_error_set(err, XG_ERR_ENCRYPTED, (flags & 0x8000)
                          ? "Word document obfuscated with a password (XOR): "
                            "remove the password and save it again"
                          : "password-protected Word document (encrypted): "
                            "remove the password and save it again");
        goto done;
    }
    rc = xg_cfb_read(cfb, (flags & 0x0200) ? "1Table" : "0Table", &w.table, &w.tablelen, err);
    if (rc == XG_OK && xg_cfb_has_stream(cfb, "Data"))
        rc = xg_cfb_read(cfb, "Data", &w.data, &w.datalen, err);
    if (rc != XG_OK)
        goto done;

    /* The FIB: FibBase, then csw 16-bit words, cslw 32-bit longs and
     * cbRgFcLcb (fc, lcb) pairs, each counted by the file. */
    csw = le16(w.wd + 32);
    off = 34 + 2 * csw;
    if (off + 2 > w.wdlen) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "FIB truncated");
        goto done;
    }
    cslw = le16(w.wd + off);
    lw = w.wd + off + 2;
    off += 2 + 4 * cslw;
    if (off + 2 > w.wdlen) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "FIB truncated");
        goto done;
    }
    nblob = le16(w.wd + off);
    blob = w.wd + off + 2;
    if (nblob > (w.wdlen - off - 2) / 8) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "FIB truncated");
        goto done;
    }
    for (i = 0; i < 11 && (size_t)i < cslw; i++)
        ccp[i] = le32(lw + 4 * i);
    rc = fib_range(&w, blob, nblob, FCLCB_CLX, "piece table (Clx)", 1, &clx);
    if (rc == XG_OK)
        rc = fib_range(&w, blob, nblob, FCLCB_BTE_CHPX, "character properties", 1, &chpx);
    if (rc == XG_OK)
        rc = fib_range(&w, blob, nblob, FCLCB_BTE_PAPX, "paragraph properties", 1, &papx);
    if (rc == XG_OK)
        rc = fib_range(&w, blob, nblob, FCLCB_SPA_MOM, "shapes", 0, &spa);
    if (rc == XG_OK)
        rc = fib_range(&w, blob, nblob, FCLCB_TXBX_TXT, "text boxes", 0, &txbx);
    if (rc == XG_OK)
        rc = fib_range(&w, blob, nblob, FCLCB_STSHF, "styles", 0, &stsh);
    if (rc == XG_OK)
        rc = read_pieces(&w, clx.p, clx.n);
    if (rc != XG_OK)
        goto done;

    /* The stories: the main document, then footnotes, headers,
     * comments, endnotes, and the text boxes. */
    w.ccp_text = ccp[LW_CCP_TEXT];
    {
        uint64_t s = (uint64_t)ccp[LW_CCP_TEXT] + ccp[LW_CCP_FTN] + ccp[LW_CCP_HDD] +
                     ccp[LW_CCP_ATN] + ccp[LW_CCP_EDN];
        uint32_t last = w.pieces[w.npieces - 1].cp_end;

        if (w.ccp_text > last) {
            rc = xg_error_set(err, XG_ERR_CORRUPT, "piece table shorter than the text");
            goto done;
        }
        w.ncp = w.ccp_text;
        if (ccp[LW_CCP_TXBX] > 0 && s + ccp[LW_CCP_TXBX] <= last) {
            w.txbx_start = (uint32_t)s;
            w.txbx_end = (uint32_t)(s + ccp[LW_CCP_TXBX]);
            w.ncp = w.txbx_end;
        }
    }
    /* Each character is stored once: pieces that share bytes to make
     * more text than the stream holds are not a document. */
    if (w.ncp > w.wdlen) {
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "piece table: more text than the WordDocument stream holds");
        goto done;
    }
    if (w.ncp > XG_MAX_DOC_CHARS) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "Word document text longer than %ld characters",
                          XG_MAX_DOC_CHARS);
        goto done;
    }
    rc = read_styles(&w, stsh.p, stsh.n);
    if (rc == XG_OK)
        rc = read_fkps(&w, chpx.p, chpx.n, 0, &w.chpx, &w.nchpx);
    if (rc == XG_OK)
        rc = read_fkps(&w, papx.p, papx.n, 1, &w.papx, &w.npapx);
    if (rc == XG_OK)
        rc = decode_text(&w);
    if (rc != XG_OK)
        goto done;
    character_flags(&w);
    unsure_characters(&w);
    rc = paragraph_ends(&w);
    if (rc == XG_OK)
        rc = read_boxes(&w, spa, txbx);
    if (rc == XG_OK)
        rc = walk_range(&w, 0, w.ccp_text, &body, 1);
done:
    word_free(&w);
    xg_cfb_free(cfb);
    return rc;
}
