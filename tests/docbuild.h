/*
 * Word 97-2003 binary documents built in memory, for the unit tests of
 * extractors/cfb.c and extractors/doc.c: a compound file writer and a
 * writer of the Word streams, each choice [MS-DOC] allows made the way a
 * test asks (8-bit or UTF-16 pieces, the pieces in any order in the
 * stream as fast saves leave them, properties in the FKPs, in a piece's
 * Prm or in the Data stream).  Written for tests: allocation failures
 * abort.
 */
#ifndef XG_DOCBUILD_H
#define XG_DOCBUILD_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Bytes                                                               */

typedef struct db_bytes {
    unsigned char *p;
    size_t n, cap;
} db_bytes;

static void db_grow(db_bytes *b, size_t extra)
{
    if (b->n + extra > b->cap) {
        b->cap = (b->n + extra) * 2 + 64;
        b->p = realloc(b->p, b->cap);
        if (b->p == NULL)
            abort();
    }
}

static void db_put(db_bytes *b, const void *p, size_t n)
{
    db_grow(b, n);
    if (n > 0)
        memcpy(b->p + b->n, p, n);
    b->n += n;
}

static void db_u8(db_bytes *b, unsigned v)
{
    unsigned char c = (unsigned char)v;

    db_put(b, &c, 1);
}

static void db_u16(db_bytes *b, unsigned v)
{
    db_u8(b, v & 0xFF);
    db_u8(b, (v >> 8) & 0xFF);
}

static void db_u32(db_bytes *b, uint32_t v)
{
    db_u16(b, v & 0xFFFF);
    db_u16(b, v >> 16);
}

static void db_zero(db_bytes *b, size_t n)
{
    db_grow(b, n);
    memset(b->p + b->n, 0, n);
    b->n += n;
}

static void db_pad(db_bytes *b, size_t align)
{
    if (b->n % align)
        db_zero(b, align - b->n % align);
}

static void db_set16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

static void db_set32(unsigned char *p, uint32_t v)
{
    db_set16(p, v & 0xFFFF);
    db_set16(p + 2, v >> 16);
}

static uint32_t db_get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

/* ------------------------------------------------------------------ */
/* Compound file                                                       */

#define DB_END  0xFFFFFFFEu
#define DB_FREE 0xFFFFFFFFu
#define DB_FATSECT 0xFFFFFFFDu
#define DB_MAX_STREAMS 8

typedef struct db_stream {
    const char *name;
    const unsigned char *p;
    size_t n;
} db_stream;

/* A directory entry: NAME (ASCII), TYPE (2 stream, 5 root), sibling and
 * child links, first sector and size. */
static void db_dir_entry(unsigned char e[128], const char *name, int type, uint32_t left,
                         uint32_t right, uint32_t child, uint32_t start, uint32_t size)
{
    size_t j, nl = strlen(name);

    memset(e, 0, 128);
    for (j = 0; j < nl; j++)
        db_set16(e + 2 * j, (unsigned char)name[j]);
    db_set16(e + 64, (unsigned)(2 * nl + 2));
    e[66] = (unsigned char)type;
    e[67] = 1;
    db_set32(e + 68, left);
    db_set32(e + 72, right);
    db_set32(e + 76, child);
    db_set32(e + 116, start);
    db_set32(e + 120, size);
}

/* Where the writer put things, for tests that damage them. */
typedef struct db_layout {
    size_t fat;             /* file offset of the FAT (one sector) */
    size_t dir;             /* file offset of the directory */
    uint32_t first[DB_MAX_STREAMS];     /* each stream's first sector */
    int mini[DB_MAX_STREAMS];           /* in the mini stream */
} db_layout;

/* A version 3 compound file of the N streams at the root: 512-byte
 * sectors, one FAT sector, then the directory, the mini FAT and the mini
 * stream (streams under 4096 bytes unless NO_MINI), the other streams.
 * Sibling links chain the streams (a degenerate but valid tree). */
static unsigned char *db_cfb(const db_stream *s, size_t n, int no_mini, size_t *len,
                             db_layout *lay)
{
    db_bytes f = {0}, mini = {0}, minifat = {0};
    uint32_t fat[128], next = 1, dir_sect, minifat_sect = DB_END, mini_sect = DB_END;
    uint32_t nsect_dir, nsect, k, i;
    size_t total;
    db_layout l;

    memset(&l, 0, sizeof l);
    for (i = 0; i < 128; i++)
        fat[i] = DB_FREE;
    fat[0] = DB_FATSECT;
    /* mini stream contents */
    for (k = 0; k < n; k++) {
        if (no_mini || s[k].n >= 4096)
            continue;
        l.mini[k] = 1;
        l.first[k] = s[k].n ? (uint32_t)(mini.n / 64) : DB_END;
        for (i = 0; i < (s[k].n + 63) / 64; i++)
            db_u32(&minifat, i + 1 < (s[k].n + 63) / 64 ? (uint32_t)(mini.n / 64 + i + 1) : DB_END);
        db_put(&mini, s[k].p, s[k].n);
        db_pad(&mini, 64);
    }
    /* directory sectors */
    nsect_dir = (uint32_t)((n + 1) * 128 + 511) / 512;
    dir_sect = next;
    for (i = 0; i < nsect_dir; i++, next++)
        fat[next] = i + 1 < nsect_dir ? next + 1 : DB_END;
    if (minifat.n > 0) {
        db_pad(&minifat, 512);
        minifat_sect = next;
        for (i = 0; i < minifat.n / 512; i++, next++)
            fat[next] = i + 1 < minifat.n / 512 ? next + 1 : DB_END;
        mini_sect = next;
        nsect = (uint32_t)(mini.n + 511) / 512;
        for (i = 0; i < nsect; i++, next++)
            fat[next] = i + 1 < nsect ? next + 1 : DB_END;
    }
    for (k = 0; k < n; k++) {
        if (l.mini[k])
            continue;
        nsect = (uint32_t)(s[k].n + 511) / 512;
        l.first[k] = nsect ? next : DB_END;
        for (i = 0; i < nsect; i++, next++)
            fat[next] = i + 1 < nsect ? next + 1 : DB_END;
    }
    if (next > 128)
        abort();        /* one FAT sector: files up to 64 KB */
    /* header */
    db_put(&f, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    db_zero(&f, 16);
    db_u16(&f, 0x3E);
    db_u16(&f, 3);
    db_u16(&f, 0xFFFE);
    db_u16(&f, 9);
    db_u16(&f, 6);
    db_zero(&f, 6);
    db_u32(&f, 0);
    db_u32(&f, 1);              /* FAT sectors */
    db_u32(&f, dir_sect);
    db_u32(&f, 0);
    db_u32(&f, 4096);
    db_u32(&f, minifat_sect);
    db_u32(&f, (uint32_t)(minifat.n / 512));
    db_u32(&f, DB_END);
    db_u32(&f, 0);
    db_u32(&f, 0);              /* DIFAT[0]: the FAT */
    for (i = 1; i < 109; i++)
        db_u32(&f, DB_FREE);
    /* sector 0: FAT */
    l.fat = f.n;
    for (i = 0; i < 128; i++)
        db_u32(&f, fat[i]);
    /* directory */
    l.dir = f.n;
    for (k = 0; k <= n; k++) {
        unsigned char e[128];

        if (k == 0)
            db_dir_entry(e, "Root Entry", 5, DB_FREE, DB_FREE, n ? 1 : DB_FREE,
                         mini_sect, (uint32_t)mini.n);
        else
            db_dir_entry(e, s[k - 1].name, 2, DB_FREE, k == n ? DB_FREE : (uint32_t)k + 1,
                         DB_FREE, l.first[k - 1], (uint32_t)s[k - 1].n);
        db_put(&f, e, sizeof e);
    }
    db_pad(&f, 512);
    db_put(&f, minifat.p, minifat.n);
    db_put(&f, mini.p, mini.n);
    db_pad(&f, 512);
    for (k = 0; k < n; k++) {
        if (l.mini[k])
            continue;
        db_put(&f, s[k].p, s[k].n);
        db_pad(&f, 512);
    }
    total = f.n;
    free(mini.p);
    free(minifat.p);
    if (lay != NULL)
        *lay = l;
    *len = total;
    return f.p;
}

/* ------------------------------------------------------------------ */
/* Word document                                                       */

#define DB_MAX_RUNS 4096

/* A document under construction: the characters of all stories (the
 * main document, then the text box story), the character property runs
 * and the paragraph ends with their properties. */
typedef struct db_doc {
    uint16_t text[16384];
    uint32_t ncp;
    uint32_t ccp_text, ccp_txbx;
    uint32_t ccp_ftn, ccp_hdd;  /* footnote and header stories after the main
                                 * document, before the text boxes */
    struct { uint32_t cp; db_bytes g; } chp[DB_MAX_RUNS];   /* from cp on */
    size_t nchp;
    struct { uint32_t cp; unsigned istd; db_bytes g; } pap[DB_MAX_RUNS];
    size_t npap;
    db_bytes cur_chp;           /* properties of the characters added next */
    /* options */
    uint16_t nfib, fib_flags;   /* FibBase.nFib, flags ORed into FibBase */
    uint32_t piece_len;         /* split the text into pieces of this many characters */
    int compress;               /* 8-bit pieces where every character fits */
    int reverse;                /* pieces in reverse order in the stream */
    uint16_t prm;               /* every piece's Prm */
    db_bytes prcs;              /* the Clx's Prc entries, written as given */
    int huge_papx;              /* table sprms of row ends in the Data stream */
    int papx_piece_ends;        /* paragraph runs end at every piece's end too,
                                 * as after a fast save's appended text */
    int stale;                  /* after each piece, text no piece points at
                                 * (a fast save's deleted text: "9", a
                                 * paragraph mark, "8") with a paragraph
                                 * run ending after its mark */
    db_bytes spa, txbx, stsh;   /* table stream parts, as given */
    db_bytes data;              /* the Data stream */
} db_doc;

static db_doc *db_new(void)
{
    db_doc *d = calloc(1, sizeof *d);

    if (d == NULL)
        abort();
    d->nfib = 0x00C1;
    d->piece_len = 0;
    return d;
}

static void db_free(db_doc *d)
{
    size_t i;

    for (i = 0; i < d->nchp; i++)
        free(d->chp[i].g.p);
    for (i = 0; i < d->npap; i++)
        free(d->pap[i].g.p);
    free(d->cur_chp.p);
    free(d->prcs.p);
    free(d->spa.p);
    free(d->txbx.p);
    free(d->stsh.p);
    free(d->data.p);
    free(d);
}

/* Characters from here on get the sprms G (LEN bytes). */
static void db_chp(db_doc *d, const unsigned char *g, size_t len)
{
    d->cur_chp.n = 0;
    db_put(&d->cur_chp, g, len);
    if (d->nchp == DB_MAX_RUNS)
        abort();
    d->chp[d->nchp].cp = d->ncp;
    memset(&d->chp[d->nchp].g, 0, sizeof d->chp[d->nchp].g);
    db_put(&d->chp[d->nchp].g, g, len);
    d->nchp++;
}

static void db_char(db_doc *d, unsigned c)
{
    if (d->ncp == sizeof d->text / sizeof d->text[0])
        abort();
    d->text[d->ncp++] = (uint16_t)c;
}

/* Append UTF-8 text (BMP characters). */
static void db_text(db_doc *d, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    while (*p) {
        unsigned c = *p++;

        if (c >= 0xE0) {
            c = (c & 0x0F) << 12 | (p[0] & 0x3F) << 6 | (p[1] & 0x3F);
            p += 2;
        } else if (c >= 0xC0) {
            c = (c & 0x1F) << 6 | (p[0] & 0x3F);
            p += 1;
        }
        db_char(d, c);
    }
}

/* End a paragraph with the mark MARK (0x0D, 0x07, 0x0C) and the
 * paragraph sprms G (LEN bytes) of style ISTD. */
static void db_mark(db_doc *d, unsigned mark, unsigned istd, const unsigned char *g,
                    size_t len)
{
    db_char(d, mark);
    if (d->npap == DB_MAX_RUNS)
        abort();
    d->pap[d->npap].cp = d->ncp - 1;
    d->pap[d->npap].istd = istd;
    memset(&d->pap[d->npap].g, 0, sizeof d->pap[d->npap].g);
    db_put(&d->pap[d->npap].g, g, len);
    d->npap++;
}

static void db_para(db_doc *d, const char *text)
{
    db_text(d, text);
    db_mark(d, 0x0D, 0, NULL, 0);
}

/* Sprms for table paragraphs at DEPTH. */
static size_t db_table_sprms(unsigned char *g, int depth, int cell_end, int row_end)
{
    size_t n = 0;

    g[n++] = 0x16; g[n++] = 0x24; g[n++] = 1;                   /* sprmPFInTable */
    g[n++] = 0x49; g[n++] = 0x66;                               /* sprmPItap */
    db_set32(g + n, (uint32_t)depth);
    n += 4;
    if (depth == 1 && row_end) {
        g[n++] = 0x17; g[n++] = 0x24; g[n++] = 1;               /* sprmPFTtp */
    } else if (depth > 1 && row_end) {
        g[n++] = 0x4C; g[n++] = 0x24; g[n++] = 1;               /* sprmPFInnerTtp */
        g[n++] = 0x4B; g[n++] = 0x24; g[n++] = 1;               /* sprmPFInnerTableCell */
    } else if (depth > 1 && cell_end) {
        g[n++] = 0x4B; g[n++] = 0x24; g[n++] = 1;
    }
    return n;
}

/* A paragraph of a cell at DEPTH, ending the cell if CELL_END. */
static void db_cell_para(db_doc *d, int depth, const char *text, int cell_end)
{
    unsigned char g[32];
    size_t n = db_table_sprms(g, depth, cell_end, 0);

    db_text(d, text);
    db_mark(d, depth == 1 && cell_end ? 0x07 : 0x0D, 0, g, n);
}

static void db_cell(db_doc *d, int depth, const char *text)
{
    db_cell_para(d, depth, text, 1);
}

/* sprmTDefTable for NCELLS cells with boundaries BOUNDS (NCELLS + 1) and
 * TC flags TC (NULL: none), appended to G. */
static void db_tdef(db_bytes *g, int ncells, const int *bounds, const uint16_t *tc)
{
    int i;

    db_u16(g, 0xD608);
    db_u16(g, (unsigned)(1 + 2 * (ncells + 1) + 20 * ncells + 1));
    db_u8(g, (unsigned)ncells);
    for (i = 0; i <= ncells; i++)
        db_u16(g, (unsigned)bounds[i] & 0xFFFF);
    for (i = 0; i < ncells; i++) {
        db_u16(g, tc ? tc[i] : 0);
        db_zero(g, 18);
    }
}

/* The end of a row at DEPTH with the table sprms T (LEN bytes). */
static void db_row(db_doc *d, int depth, const unsigned char *t, size_t len)
{
    db_bytes g = {0};
    unsigned char s[32];
    size_t n = db_table_sprms(s, depth, 0, 1);

    db_put(&g, s, n);
    if (d->huge_papx) {
        /* sprmPHugePapx: the table sprms in the Data stream */
        db_u16(&g, 0x6646);
        db_u32(&g, (uint32_t)d->data.n);
        db_u16(&d->data, (unsigned)len);
        db_put(&d->data, t, len);
    } else {
        db_put(&g, t, len);
    }
    db_mark(d, depth == 1 ? 0x07 : 0x0D, 0, g.p, g.n);
    free(g.p);
}

/* A row at depth 1 of cells of equal width WIDTH starting at 0. */
static void db_simple_row(db_doc *d, const char *const *cells, int ncells, int width)
{
    int bounds[64], i;
    db_bytes t = {0};

    for (i = 0; i < ncells; i++)
        db_cell(d, 1, cells[i]);
    for (i = 0; i <= ncells; i++)
        bounds[i] = i * width;
    db_tdef(&t, ncells, bounds, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
}

/* The main document ends here; what follows is the text box story. */
static void db_end_main(db_doc *d)
{
    d->ccp_text = d->ncp;
}

/* One FKP page worth of runs (FCs [fc[i], fc[i+1])), each with a grpprl;
 * PAPX pages put the style first.  Returns the number of runs placed. */
static size_t db_fkp(db_bytes *wd, const uint32_t *fc, const db_bytes *const *g,
                     const unsigned *istd, size_t n, int papx)
{
    unsigned char page[512];
    size_t entry = papx ? 13 : 1, top = 511, m, k, at[128];

    memset(page, 0, sizeof page);
    for (m = 0; m < n && m < 100; m++) {
        size_t body = g[m]->n + (papx ? 2 : 0);
        size_t need = papx ? (body % 2 ? body + 1 : body + 2) : body + 1;
        size_t o;

        if (need > top)
            break;
        o = (top - need) & ~(size_t)1;
        if (4 * (m + 2) + entry * (m + 1) > o)
            break;
        top = o;
        at[m] = o;
        if (papx && body % 2) {
            page[o] = (unsigned char)((body + 1) / 2);
            db_set16(page + o + 1, istd[m]);
            if (g[m]->n)
                memcpy(page + o + 3, g[m]->p, g[m]->n);
        } else if (papx) {
            page[o] = 0;
            page[o + 1] = (unsigned char)(body / 2);
            db_set16(page + o + 2, istd[m]);
            if (g[m]->n)
                memcpy(page + o + 4, g[m]->p, g[m]->n);
        } else {
            page[o] = (unsigned char)g[m]->n;
            if (g[m]->n)
                memcpy(page + o + 1, g[m]->p, g[m]->n);
        }
    }
    for (k = 0; k <= m; k++)
        db_set32(page + 4 * k, fc[k]);
    for (k = 0; k < m; k++)
        page[4 * (m + 1) + entry * k] = (unsigned char)(at[k] / 2);
    page[511] = (unsigned char)m;
    db_put(wd, page, sizeof page);
    return m;
}

/* Write runs (N, FC ranges tiling the text) as FKP pages and their bin
 * table. */
static void db_fkps(db_bytes *wd, db_bytes *table, const uint32_t *fc,
                    const db_bytes *const *g, const unsigned *istd, size_t n, int papx)
{
    db_bytes firsts = {0}, pns = {0};
    size_t done = 0;

    while (done < n) {
        size_t m;

        db_pad(wd, 512);
        db_u32(&pns, (uint32_t)(wd->n / 512));
        db_u32(&firsts, fc[done]);
        m = db_fkp(wd, fc + done, g + done, istd ? istd + done : NULL, n - done, papx);
        done += m;
    }
    db_u32(&firsts, fc[n]);
    db_put(table, firsts.p, firsts.n);
    db_put(table, pns.p, pns.n);
    free(firsts.p);
    free(pns.p);
}

typedef struct db_piece {
    uint32_t cp, cp_end, fc;
    int compressed;
} db_piece;

static uint32_t db_fc_of(const db_piece *pc, size_t np, uint32_t cp)
{
    size_t i;

    for (i = 0; i < np; i++)
        if (cp >= pc[i].cp && cp < pc[i].cp_end)
            return pc[i].fc + (cp - pc[i].cp) * (pc[i].compressed ? 1u : 2u);
    abort();
}

static int db_fc_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

    return x < y ? -1 : x > y;
}

/* The whole document as a compound file (owned); *LEN its size. */
static unsigned char *db_build(db_doc *d, size_t *len)
{
    db_bytes wd = {0}, table = {0};
    db_piece pc[512];
    size_t np = 0, i, k, nb, nruns;
    uint32_t fclcb[94][2], *bounds, stale_end[512];
    const db_bytes **g;
    unsigned *istd;
    db_bytes empty = {0};
    unsigned char *out;
    db_stream s[3];
    size_t ns = 0;

    memset(fclcb, 0, sizeof fclcb);
    if (d->ccp_text == 0)
        d->ccp_text = d->ncp;
    d->ccp_txbx = d->ncp - d->ccp_text - d->ccp_ftn - d->ccp_hdd;
    /* pieces */
    for (i = 0; i < d->ncp; ) {
        uint32_t end = d->piece_len ? (uint32_t)i + d->piece_len : d->ncp;

        if (end > d->ncp)
            end = d->ncp;
        pc[np].cp = (uint32_t)i;
        pc[np].cp_end = end;
        pc[np].compressed = d->compress;
        for (k = i; k < end && d->compress; k++)
            if (d->text[k] > 0xFF)
                pc[np].compressed = 0;
        np++;
        i = end;
    }
    /* FIB placeholder, then the text of each piece */
    db_zero(&wd, 1024);
    for (k = 0; k < np; k++) {
        db_piece *p = &pc[d->reverse ? np - 1 - k : k];

        p->fc = (uint32_t)wd.n;
        for (i = p->cp; i < p->cp_end; i++) {
            if (p->compressed)
                db_u8(&wd, d->text[i]);
            else
                db_u16(&wd, d->text[i]);
        }
        for (i = 0; d->stale && i < 3; i++) {
            if (p->compressed)
                db_u8(&wd, "9\r8"[i]);
            else
                db_u16(&wd, (unsigned char)"9\r8"[i]);
            if (i == 1)
                stale_end[k] = (uint32_t)wd.n;
        }
    }
    /* character runs: the bytes of each piece through the runs over it */
    {
        uint32_t *fc = malloc((2 * DB_MAX_RUNS + 2 * np + 2) * sizeof *fc);
        size_t nfc = 0, r;

        g = malloc((2 * DB_MAX_RUNS + 2 * np + 2) * sizeof *g);
        if (fc == NULL || g == NULL)
            abort();
        for (k = 0; k < np; k++) {
            const db_piece *p = &pc[d->reverse ? np - 1 - k : k];
            unsigned b = p->compressed ? 1 : 2;
            uint32_t cp = p->cp;

            while (cp < p->cp_end) {
                uint32_t next = p->cp_end;
                const db_bytes *run = &empty;

                for (r = 0; r < d->nchp; r++) {
                    if (d->chp[r].cp <= cp)
                        run = &d->chp[r].g;
                    else if (d->chp[r].cp < next) {
                        next = d->chp[r].cp;
                        break;
                    }
                }
                fc[nfc] = p->fc + (cp - p->cp) * b;
                g[nfc++] = run;
                cp = next;
            }
        }
        fc[nfc] = (uint32_t)wd.n;
        fclcb[12][0] = (uint32_t)table.n;
        db_fkps(&wd, &table, fc, g, NULL, nfc, 0);
        fclcb[12][1] = (uint32_t)table.n - fclcb[12][0];
        free(fc);
        free(g);
    }
    /* paragraph runs: the stream tiled at each paragraph mark */
    bounds = malloc((d->npap + 2 * np + 2) * sizeof *bounds);
    g = malloc((d->npap + 2 * np + 2) * sizeof *g);
    istd = malloc((d->npap + 2 * np + 2) * sizeof *istd);
    if (bounds == NULL || g == NULL || istd == NULL)
        abort();
    nb = 0;
    for (i = 0; i < d->npap; i++) {
        uint32_t fc = db_fc_of(pc, np, d->pap[i].cp);
        size_t j;

        for (j = 0; j < np && !(d->pap[i].cp >= pc[j].cp && d->pap[i].cp < pc[j].cp_end); j++)
            ;
        bounds[nb++] = fc + (pc[j].compressed ? 1 : 2);
    }
    for (i = 0; d->papx_piece_ends && i < np; i++) {
        uint32_t end = pc[i].fc + (pc[i].cp_end - pc[i].cp) * (pc[i].compressed ? 1u : 2u);
        size_t j;

        for (j = 0; j < nb && bounds[j] != end; j++)
            ;
        if (j == nb)
            bounds[nb++] = end;
    }
    for (i = 0; d->stale && i < np; i++)
        bounds[nb++] = stale_end[i];
    qsort(bounds, nb, sizeof *bounds, db_fc_cmp);
    {
        uint32_t *fc = malloc((nb + 2) * sizeof *fc);
        size_t nfc = 0;

        if (fc == NULL)
            abort();
        fc[nfc] = 1024;
        for (i = 0; i < nb; i++) {
            size_t j;

            /* the paragraph whose mark ends this run */
            for (j = 0; j < d->npap; j++) {
                uint32_t f = db_fc_of(pc, np, d->pap[j].cp);
                size_t q;

                for (q = 0; q < np && !(d->pap[j].cp >= pc[q].cp && d->pap[j].cp < pc[q].cp_end); q++)
                    ;
                if (f + (pc[q].compressed ? 1u : 2u) == bounds[i])
                    break;
            }
            g[nfc] = j < d->npap ? &d->pap[j].g : &empty;
            istd[nfc] = j < d->npap ? d->pap[j].istd : 0;
            fc[++nfc] = bounds[i];
        }
        nruns = nfc;
        fclcb[13][0] = (uint32_t)table.n;
        db_fkps(&wd, &table, fc, g, istd, nruns, 1);
        fclcb[13][1] = (uint32_t)table.n - fclcb[13][0];
        free(fc);
    }
    free(bounds);
    free(g);
    free(istd);
    /* the piece table */
    fclcb[33][0] = (uint32_t)table.n;
    db_put(&table, d->prcs.p, d->prcs.n);
    db_u8(&table, 2);
    db_u32(&table, (uint32_t)(4 * (np + 1) + 8 * np));
    for (k = 0; k < np; k++)
        db_u32(&table, pc[k].cp);
    db_u32(&table, d->ncp);
    for (k = 0; k < np; k++) {
        db_u16(&table, 0);
        db_u32(&table, pc[k].compressed ? (pc[k].fc * 2) | 0x40000000u : pc[k].fc);
        db_u16(&table, d->prm);
    }
    fclcb[33][1] = (uint32_t)table.n - fclcb[33][0];
    if (d->stsh.n) {
        fclcb[1][0] = (uint32_t)table.n;
        db_put(&table, d->stsh.p, d->stsh.n);
        fclcb[1][1] = (uint32_t)d->stsh.n;
    }
    if (d->spa.n) {
        fclcb[40][0] = (uint32_t)table.n;
        db_put(&table, d->spa.p, d->spa.n);
        fclcb[40][1] = (uint32_t)d->spa.n;
    }
    if (d->txbx.n) {
        fclcb[56][0] = (uint32_t)table.n;
        db_put(&table, d->txbx.p, d->txbx.n);
        fclcb[56][1] = (uint32_t)d->txbx.n;
    }
    /* the FIB */
    {
        unsigned char *f = wd.p;
        size_t o;

        db_set16(f, 0xA5EC);
        db_set16(f + 2, d->nfib);
        db_set16(f + 6, 0x0804);
        db_set16(f + 10, (unsigned)(0x0200 | 0x1000 | d->fib_flags));
        db_set16(f + 12, 0x00BF);
        db_set16(f + 32, 14);
        o = 34 + 28;
        db_set16(f + o, 22);
        o += 2;
        db_set32(f + o + 4 * 3, d->ccp_text);
        db_set32(f + o + 4 * 4, d->ccp_ftn);
        db_set32(f + o + 4 * 5, d->ccp_hdd);
        db_set32(f + o + 4 * 9, d->ccp_txbx);
        o += 88;
        db_set16(f + o, 93);
        o += 2;
        for (k = 0; k < 93; k++) {
            db_set32(f + o + 8 * k, fclcb[k][0]);
            db_set32(f + o + 8 * k + 4, fclcb[k][1]);
        }
    }
    s[ns].name = "WordDocument";
    s[ns].p = wd.p;
    s[ns++].n = wd.n;
    s[ns].name = "1Table";
    s[ns].p = table.p;
    s[ns++].n = table.n;
    if (d->data.n) {
        s[ns].name = "Data";
        s[ns].p = d->data.p;
        s[ns++].n = d->data.n;
    }
    out = db_cfb(s, ns, 0, len, NULL);
    free(wd.p);
    free(table.p);
    return out;
}

#endif
