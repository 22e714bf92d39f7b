/*
 * The DOCX extractor: WordprocessingML (word/document.xml, found through
 * _rels/.rels) to the document model.
 *
 * The archive and its XML are untrusted.  Every zip entry is read under a
 * byte cap that does not trust the entry's declared size (libzip checks it
 * only at the end of the entry); the XML parser never loads anything from
 * outside (no DTD, no entities, no XInclude, no network) and a document
 * type declaration, which OOXML never contains, stops the parse.  Every
 * libxml2 and libzip error is turned into an xg_error here: nothing prints.
 *
 * No tree is built.  The main part is read by SAX2 callbacks of our own:
 * a stack of the open elements, each classified once by namespace URI and
 * local name, and, inside each child of w:body, the elements as compact
 * tokens (kind, the one attribute the walk reads, where the content ends)
 * with the text of its w:t.  When a child of w:body ends, its tokens are
 * walked (in document order) and dropped: only one block of the body is
 * held at a time.  Holding the block, rather than acting on each event as
 * it comes, is what keeps Word's look-ahead semantics exact and cheap: an
 * mc:Choice is taken over an mc:Fallback wherever it stands, w:trPr and
 * w:tcPr are honoured wherever they stand in their row or cell, and a
 * text box's content is read after the paragraph anchoring it.  The bound
 * on XML nodes per block that limited the tree now bounds the tokens (20
 * bytes each, against some 140 a tree node cost), with the same count
 * and the same message.  One thing the tree builder did as a side effect
 * is gone: it checked xml:id values (an NCName, unique among the nodes
 * held); OOXML has no xml:id, and a well-formed part is not refused for
 * one any more.
 * Word's markup is read for its text only; formatting is ignored.
 * What the layout stage can count on:
 *  - body paragraphs are blocks (empty ones are not); a text box's
 *    paragraphs and tables follow the paragraph anchoring it; inside a
 *    table cell they are lines of that cell instead;
 *  - a table is a block created before its cells, so the tables nested in
 *    its cells come after it, in document order; the outer cell keeps only
 *    its own paragraphs;
 *  - the grid is Word's: gridBefore skips columns, gridSpan widens a cell,
 *    a vMerge continuation extends the cell starting at the same grid
 *    column in the row above, hMerge continuation widens the cell before;
 *  - text is as written: w:tab is '\t', a line break '\n', inserted text in,
 *    deleted text out, of mc:AlternateContent one branch only;
 *  - hidden text is out, as Word does not show it (and as the Word binary
 *    extractor drops it): a run whose w:rPr has w:vanish on, or, without
 *    w:vanish of its own, whose character style (w:rStyle) or paragraph
 *    style (w:pStyle) hides text (w:vanish in the style or the nearest
 *    style it is based on that says; the two toggle each other).  The
 *    styles are read from the part the main part's styles relationship
 *    names, when there is one.
 */
#include "extract.h"
#include "lines.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "buf.h"
#include "error.h"
#include "zipapi.h"

#define NS_W        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_MC       "http://schemas.openxmlformats.org/markup-compatibility/2006"

#define RELS_PART   "_rels/.rels"

/* Namespaces whose markup the walk reads well enough to prefer an
 * mc:Choice that requires them over its mc:Fallback: the shapes, groups
 * and canvases that hold text boxes, and Word 2010+ additions to the main
 * namespace.  An unknown one (w16se symbols, ink) selects the fallback,
 * which Word itself writes for readers like us. */
static const char *const understood_ns[] = {
    NS_W,
    NS_W_STRICT,
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",   /* wps */
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",   /* wpg */
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",  /* wpc */
    "http://schemas.microsoft.com/office/word/2010/wordml",                /* w14 */
    "http://schemas.microsoft.com/office/word/2012/wordml",                /* w15 */
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", /* wp14 */
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", /* wp */
    "http://schemas.openxmlformats.org/drawingml/2006/main",               /* a */
    "urn:schemas-microsoft-com:vml",                                       /* v */
};

/* ------------------------------------------------------------------ */
/* Messages                                                            */

/* Copy LEN bytes of S into OUT (of OUTSZ bytes) for use inside a
 * one-line message: line breaks and tabs become spaces, other control
 * characters '?', and what does not fit
 * is cut at a UTF-8 character boundary.  Part names come from the archive
 * and libxml2 messages end in a newline: neither may break the line. */
static void message_safe_n(const char *s, size_t len, char *out, size_t outsz)
{
    size_t i = 0, lead;

    while (i < len && i + 1 < outsz) {
        unsigned char c = (unsigned char)s[i];

        if (c == '\n' || c == '\r' || c == '\t')
            out[i++] = ' ';
        else
            out[i++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    out[i] = '\0';
    if (i == len)
        return;
    /* Cut short: drop a multi-byte sequence left incomplete at the end. */
    lead = i;
    while (lead > 0 && ((unsigned char)out[lead - 1] & 0xC0) == 0x80)
        lead--;
    if (lead > 0 && ((unsigned char)out[lead - 1] & 0xC0) == 0xC0) {
        unsigned char c = (unsigned char)out[lead - 1];
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

        if (i - (lead - 1) < need)
            out[lead - 1] = '\0';
    }
}

static void message_safe(const char *s, char *out, size_t outsz)
{
    message_safe_n(s, strlen(s), out, outsz);
}

/* ------------------------------------------------------------------ */
/* Zip entries                                                         */

/* zlib's Z_MEM_ERROR, as libzip reports it inside ZIP_ER_ZLIB (not
 * including zlib.h for one constant). */
#define ZLIB_MEM_ERROR (-4)

/* The most read_entry allocates before reading: real document.xml parts
 * are well under it, and a lying header costs no more than this. */
#define INITIAL_READ_ALLOC ((size_t)4 << 20)

/* Whether a libzip error is an allocation failure, its own or zlib's. */
static int zip_error_is_nomem(zip_error_t *ze)
{
    int code = xg_zip.zip_error_code_zip(ze);

    return code == ZIP_ER_MEMORY ||
           (code == ZIP_ER_ZLIB && xg_zip.zip_error_code_system(ze) == ZLIB_MEM_ERROR);
}

/* Read entry INDEX (called LABEL in messages) into a new buffer, at most
 * CAP bytes.  The declared size is checked first, and the bytes actually
 * inflated are counted as they come: a header that lies about the size
 * is caught by the count, not by libzip's check at the end. */
static int read_entry(zip_t *za, zip_uint64_t index, const char *label,
                      size_t cap, unsigned char **out, size_t *out_len,
                      xg_error *err)
{
    zip_stat_t st;
    zip_file_t *zf = NULL;
    unsigned char *data = NULL;
    size_t len = 0, alloc;
    int rc = XG_OK;

    *out = NULL;
    *out_len = 0;
    xg_zip.zip_stat_init(&st);
    if (xg_zip.zip_stat_index(za, index, 0, &st) != 0) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: cannot read entry: %s",
                          label, xg_zip.zip_strerror(za));
        goto done;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "%s: entry larger than %zu bytes",
                          label, cap);
        goto done;
    }
    /* Start from the declared size, but not trusting it with more than a
     * few megabytes before any byte is read; grow as the data comes: the
     * count decides. */
    alloc = (st.valid & ZIP_STAT_SIZE) ? (size_t)st.size + 1 : 65536;
    if (alloc > INITIAL_READ_ALLOC)
        alloc = INITIAL_READ_ALLOC;
    if (alloc > cap + 1)
        alloc = cap + 1;
    data = malloc(alloc);
    if (data == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    zf = xg_zip.zip_fopen_index(za, index, 0);
    if (zf == NULL) {
        int zcode = xg_zip.zip_error_code_zip(xg_zip.zip_get_error(za));

        if (zcode == ZIP_ER_NOPASSWD || zcode == ZIP_ER_WRONGPASSWD)
            rc = xg_error_set(err, XG_ERR_ENCRYPTED, "%s: entry is encrypted",
                              label);
        else if (zip_error_is_nomem(xg_zip.zip_get_error(za)))
            rc = xg_error_nomem(err);
        else if (zcode == ZIP_ER_COMPNOTSUPP || zcode == ZIP_ER_ENCRNOTSUPP)
            rc = xg_error_set(err, XG_ERR_UNSUPPORTED, "%s: cannot read entry: %s",
                              label, xg_zip.zip_strerror(za));
        else
            rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: cannot read entry: %s",
                              label, xg_zip.zip_strerror(za));
        goto done;
    }
    for (;;) {
        zip_int64_t n;

        if (len == alloc) {
            size_t grow = alloc < cap / 2 ? alloc * 2 : cap + 1;
            unsigned char *p;

            if (grow <= alloc) {
                /* Already holding cap + 1 bytes: the cap is passed. */
                rc = xg_error_set(err, XG_ERR_LIMIT,
                                  "%s: entry larger than %zu bytes", label, cap);
                goto done;
            }
            p = realloc(data, grow);
            if (p == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            data = p;
            alloc = grow;
        }
        n = xg_zip.zip_fread(zf, data + len, (zip_uint64_t)(alloc - len));
        if (n < 0) {
            if (zip_error_is_nomem(xg_zip.zip_file_get_error(zf)))
                rc = xg_error_nomem(err);
            else
                rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: cannot read entry: %s",
                                  label, xg_zip.zip_file_strerror(zf));
            goto done;
        }
        if (n == 0)
            break;
        len += (size_t)n;
        if (len > cap) {
            rc = xg_error_set(err, XG_ERR_LIMIT, "%s: entry larger than %zu bytes",
                              label, cap);
            goto done;
        }
    }
    *out = data;
    *out_len = len;
    data = NULL;
done:
    if (zf != NULL)
        xg_zip.zip_fclose(zf);
    free(data);
    return rc;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The index of entry NAME, compared exactly first and then ignoring case
 * (OPC part names are case-insensitive); -1 when absent.  A relationship
 * target is a URI, so a name with %XX escapes is also tried decoded. */
static zip_int64_t locate_entry(zip_t *za, const char *name)
{
    zip_int64_t i = xg_zip.zip_name_locate(za, name, 0);
    char *decoded;
    size_t r, o = 0;

    if (i < 0)
        i = xg_zip.zip_name_locate(za, name, ZIP_FL_NOCASE);
    if (i >= 0 || strchr(name, '%') == NULL)
        return i;
    decoded = malloc(strlen(name) + 1);
    if (decoded == NULL)
        return -1;
    for (r = 0; name[r] != '\0'; r++) {
        int hi, lo;

        if (name[r] == '%' && (hi = hex_digit(name[r + 1])) >= 0 &&
            (lo = hex_digit(name[r + 2])) >= 0 && (hi | lo) != 0) {
            decoded[o++] = (char)(hi * 16 + lo);
            r += 2;
        } else {
            decoded[o++] = name[r];
        }
    }
    decoded[o] = '\0';
    i = xg_zip.zip_name_locate(za, decoded, ZIP_FL_NOCASE);
    free(decoded);
    return i;
}

/* ------------------------------------------------------------------ */
/* The markup of one block                                             */

/* The elements the walk tells apart: w: is Word's main namespace,
 * transitional or strict, mc: markup compatibility.  Any other element is
 * K_OTHER: the walk skips it with its content, except inside a drawing,
 * where text boxes are looked for however deep. */
enum kind {
    K_OTHER,
    K_TEXT,             /* not an element: text or CDATA inside a w:t */
    K_ALTERNATE,        /* mc:AlternateContent */
    K_CHOICE,           /* mc:Choice */
    K_FALLBACK,         /* mc:Fallback */
    K_DOCUMENT,
    K_BODY,
    K_P,
    K_T,
    K_TAB,              /* w:tab, w:ptab */
    K_BR,
    K_CR,
    K_NO_BREAK_HYPHEN,
    K_RUN,              /* inline only: w:r, w:hyperlink, w:fldSimple, w:dir, w:bdo */
    K_WRAPPER,          /* inline or around blocks: w:smartTag, w:ins, w:moveTo */
    K_CUSTOM_XML,       /* inline, around blocks, rows or cells */
    K_SDT,
    K_SDT_CONTENT,
    K_RUBY,
    K_RUBY_BASE,
    K_PICTURE,          /* w:pict, w:drawing, w:object: may hold text boxes */
    K_TXBX_CONTENT,
    K_TBL,
    K_TR,
    K_TC,
    K_TR_PR,
    K_TC_PR,
    K_DEL,
    K_GRID_BEFORE,
    K_GRID_SPAN,
    K_VMERGE,
    K_HMERGE,
    K_PPR,
    K_RPR,
    K_VANISH,           /* mark: on */
    K_PSTYLE,           /* w:pStyle, w:rStyle; mark: the style hides text */
    K_RSTYLE
};

/* One element of the block being read, or one stretch of text in a w:t.
 * Tokens are in document order, each element followed by its content:
 * the children of token I run from I + 1 to t[I].end, each one starting
 * where the one before ends.  32-bit indices suffice: a part is at most
 * INT_MAX bytes, and neither tokens nor text outnumber its bytes. */
typedef struct tok {
    uint8_t kind;       /* enum kind */
    uint8_t mark;       /* w:br: it ends a line (no w:type, or textWrapping);
                         * w:vMerge, w:hMerge: w:val is "restart";
                         * w:vanish: on; w:pStyle, w:rStyle: a hiding style;
                         * mc:Choice: every namespace it requires is understood */
    uint8_t has_val;    /* w:gridSpan, w:gridBefore: w:val is a number */
    int val;            /* that number, clamped to int */
    uint32_t end;       /* one past the last token of the content */
    uint32_t off, len;  /* K_TEXT: the bytes, in the block's text */
} tok;

#define NO_TOK UINT32_MAX

/* A child of w:body, as the parser delivered it: its elements and the
 * text of its w:t, nothing else (attributes are read as the elements
 * start, into their tokens). */
typedef struct markup {
    tok *toks;
    uint32_t n, cap;
    xg_buf text;
} markup;

static void markup_free(markup *m)
{
    free(m->toks);
    xg_buf_free(&m->text);
    memset(m, 0, sizeof *m);
}

/* Append a token of KIND; its index, or NO_TOK when memory runs out. */
static uint32_t markup_push(markup *m, enum kind kind)
{
    tok *t;

    if (m->n == m->cap) {
        uint32_t cap = m->cap ? m->cap * 2 : 256;
        tok *toks;

        /* Keeps the size in 32 bits, so in size_t: some 100 million
         * tokens, far past the bound on nodes per block. */
        if (m->cap > UINT32_MAX / 2 / sizeof *toks)
            return NO_TOK;
        toks = realloc(m->toks, cap * sizeof *toks);
        if (toks == NULL)
            return NO_TOK;
        m->toks = toks;
        m->cap = cap;
    }
    t = &m->toks[m->n];
    memset(t, 0, sizeof *t);
    t->kind = (uint8_t)kind;
    t->end = m->n + 1;
    return m->n++;
}

/* The kind of a w: element, by local name. */
static enum kind w_kind(const char *name)
{
#define IS(s) (strcmp(name, s) == 0)
    switch (name[0]) {
    case 'b':
        return IS("br") ? K_BR : IS("body") ? K_BODY : IS("bdo") ? K_RUN : K_OTHER;
    case 'c':
        return IS("cr") ? K_CR : IS("customXml") ? K_CUSTOM_XML : K_OTHER;
    case 'd':
        return IS("del") ? K_DEL : IS("drawing") ? K_PICTURE
             : IS("document") ? K_DOCUMENT : IS("dir") ? K_RUN : K_OTHER;
    case 'f':
        return IS("fldSimple") ? K_RUN : K_OTHER;
    case 'g':
        return IS("gridSpan") ? K_GRID_SPAN : IS("gridBefore") ? K_GRID_BEFORE : K_OTHER;
    case 'h':
        return IS("hyperlink") ? K_RUN : IS("hMerge") ? K_HMERGE : K_OTHER;
    case 'i':
        return IS("ins") ? K_WRAPPER : K_OTHER;
    case 'm':
        return IS("moveTo") ? K_WRAPPER : K_OTHER;
    case 'n':
        return IS("noBreakHyphen") ? K_NO_BREAK_HYPHEN : K_OTHER;
    case 'o':
        return IS("object") ? K_PICTURE : K_OTHER;
    case 'p':
        return IS("p") ? K_P : IS("pict") ? K_PICTURE : IS("ptab") ? K_TAB
             : IS("pPr") ? K_PPR : IS("pStyle") ? K_PSTYLE : K_OTHER;
    case 'r':
        return IS("r") ? K_RUN : IS("ruby") ? K_RUBY : IS("rubyBase") ? K_RUBY_BASE
             : IS("rPr") ? K_RPR : IS("rStyle") ? K_RSTYLE : K_OTHER;
    case 's':
        return IS("sdt") ? K_SDT : IS("sdtContent") ? K_SDT_CONTENT
             : IS("smartTag") ? K_WRAPPER : K_OTHER;
    case 't':
        return IS("t") ? K_T : IS("tc") ? K_TC : IS("tr") ? K_TR : IS("tcPr") ? K_TC_PR
             : IS("trPr") ? K_TR_PR : IS("tab") ? K_TAB : IS("tbl") ? K_TBL
             : IS("txbxContent") ? K_TXBX_CONTENT : K_OTHER;
    case 'v':
        return IS("vMerge") ? K_VMERGE : IS("vanish") ? K_VANISH : K_OTHER;
    default:
        return K_OTHER;
    }
#undef IS
}

static enum kind mc_kind(const char *name)
{
    if (strcmp(name, "AlternateContent") == 0)
        return K_ALTERNATE;
    if (strcmp(name, "Choice") == 0)
        return K_CHOICE;
    if (strcmp(name, "Fallback") == 0)
        return K_FALLBACK;
    return K_OTHER;
}

static int is_w_uri(const xmlChar *uri)
{
    return strcmp((const char *)uri, NS_W) == 0 ||
           strcmp((const char *)uri, NS_W_STRICT) == 0;
}

/* The value of attribute NAME among the NB attributes of a SAX2 start
 * tag (five pointers each: local name, prefix, URI, value, end of value),
 * borrowed and not NUL-terminated: *LEN bytes; NULL when absent.  Word
 * qualifies its attributes (w:val); an unqualified one is accepted too,
 * as some generators write it; one with an undeclared prefix is neither. */
static const char *attr(const xmlChar **attrs, int nb, const char *name, size_t *len)
{
    int i;

    for (i = 0; i < nb; i++) {
        const xmlChar **a = attrs + 5 * i;

        if (strcmp((const char *)a[0], name) != 0)
            continue;
        if (a[1] != NULL && (a[2] == NULL || !is_w_uri(a[2])))
            continue;
        *len = (size_t)(a[4] - a[3]);
        return (const char *)a[3];
    }
    return NULL;
}

static int value_is(const char *v, size_t len, const char *s)
{
    return v != NULL && len == strlen(s) && memcmp(v, s, len) == 0;
}

/* Read a base-10 integer the way strtol does (leading white space, a
 * sign, digits; saturating), clamped to int.  Returns 0 when there are no
 * digits. */
static int parse_int(const char *s, size_t len, int *out)
{
    size_t i = 0;
    int neg = 0, any = 0;
    long long v = 0;

    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                       s[i] == '\v' || s[i] == '\f' || s[i] == '\r'))
        i++;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
        any = 1;
        if (v <= INT_MAX)
            v = v * 10 + (s[i] - '0');
    }
    if (!any)
        return 0;
    if (neg)
        v = -v;
    *out = v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
    return 1;
}

/* Whether namespace URI is one of understood_ns. */
static int understood(const xmlChar *uri)
{
    size_t i;

    for (i = 0; i < sizeof understood_ns / sizeof understood_ns[0]; i++)
        if (strcmp((const char *)uri, understood_ns[i]) == 0)
            return 1;
    return 0;
}

/* The namespace bound to PREFIX (LEN bytes) where the parser stands, from
 * its own table of the declarations in scope, innermost last; NULL when
 * none is. */
static const xmlChar *ns_in_scope(xmlParserCtxtPtr ctxt, const char *prefix, size_t len)
{
    int i;

    for (i = ctxt->nsNr - 2; i >= 0; i -= 2) {
        const xmlChar *p = ctxt->nsTab[i];

        if (p != NULL && strlen((const char *)p) == len && memcmp(p, prefix, len) == 0)
            return ctxt->nsTab[i + 1];
    }
    return NULL;
}

/* Whether every prefix in an mc:Choice's Requires list (REQ, LEN bytes)
 * names a namespace in understood_ns; decided as the element starts,
 * with the declarations then in scope. */
static int requires_understood(xmlParserCtxtPtr ctxt, const char *req, size_t len)
{
    size_t i = 0;
    int any = 0;

    if (req == NULL)
        return 0;
    while (i < len) {
        size_t n = 0;
        const xmlChar *uri;

        while (i < len && (req[i] == ' ' || req[i] == '\t' || req[i] == '\n' ||
                           req[i] == '\r'))
            i++;
        if (i == len)
            break;
        while (i + n < len && req[i + n] != ' ' && req[i + n] != '\t' &&
               req[i + n] != '\n' && req[i + n] != '\r')
            n++;
        /* A prefix this long was never looked up (the tree walk copied
         * prefixes into 64 bytes): still not understood. */
        if (n >= 64)
            return 0;
        uri = ns_in_scope(ctxt, req + i, n);
        if (uri == NULL || !understood(uri))
            return 0;
        any = 1;
        i += n;
    }
    return any;
}

/* ------------------------------------------------------------------ */
/* The walk                                                            */

typedef struct walk {
    xg_doc *doc;
    xg_error *err;
    int table_depth;    /* tables open around the current point */
    const tok *t;       /* the block being walked */
    const char *text;   /* its text */
} walk;

/* Where finished paragraphs go: the document, as blocks, or the text of
 * the table cell being read, as lines. */
typedef struct sink {
    xg_buf *cell;           /* NULL: the document */
    xg_cell_lines lines;    /* the lines in CELL */
} sink;

/* One paragraph being read: its text, and the text boxes anchored in it,
 * read after it. */
typedef struct para {
    xg_buf text;
    uint32_t *boxes;
    size_t nboxes, cap;
    int style_hides;    /* the paragraph's style hides its text */
} para;

static int walk_blocks(walk *w, uint32_t parent, sink *s);
static int walk_table(walk *w, uint32_t tbl);

/* The first child of N of KIND, or NO_TOK. */
static uint32_t child(const walk *w, uint32_t n, enum kind kind)
{
    uint32_t c;

    for (c = n + 1; c < w->t[n].end; c = w->t[c].end)
        if (w->t[c].kind == kind)
            return c;
    return NO_TOK;
}

/* The integer w:val of token N (NO_TOK: absent) clamped to [LO, HI];
 * DEFAULT when absent or not a number.  Clamping keeps later column
 * arithmetic in int range; a value at HI is then refused by the grid
 * limit. */
static int int_val(const walk *w, uint32_t n, int dflt, int lo, int hi)
{
    int v;

    if (n == NO_TOK || !w->t[n].has_val)
        return dflt;
    v = w->t[n].val;
    return v < lo ? lo : v > hi ? hi : v;
}

/* The one branch of an mc:AlternateContent to read: the first mc:Choice
 * we understand, else mc:Fallback, else none.  Reading both would give a
 * text box's text twice (DrawingML choice, VML fallback). */
static uint32_t mc_branch(const walk *w, uint32_t ac)
{
    uint32_t c, fallback = NO_TOK;

    for (c = ac + 1; c < w->t[ac].end; c = w->t[c].end) {
        if (w->t[c].kind == K_CHOICE && w->t[c].mark)
            return c;
        if (w->t[c].kind == K_FALLBACK && fallback == NO_TOK)
            fallback = c;
    }
    return fallback;
}

static int add_box(walk *w, para *p, uint32_t box)
{
    if (p->nboxes == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 4;
        uint32_t *b;

        if (cap > SIZE_MAX / sizeof *b)
            return xg_error_nomem(w->err);
        b = realloc(p->boxes, cap * sizeof *b);
        if (b == NULL)
            return xg_error_nomem(w->err);
        p->boxes = b;
        p->cap = cap;
    }
    p->boxes[p->nboxes++] = box;
    return XG_OK;
}

/* Inside a drawing or VML picture: find the text boxes' contents,
 * however deep the shapes and groups put them. */
static int find_boxes(walk *w, uint32_t parent, para *p)
{
    uint32_t n;
    int rc;

    for (n = parent + 1; n < w->t[parent].end; n = w->t[n].end) {
        switch (w->t[n].kind) {
        case K_TEXT:
            continue;
        case K_TXBX_CONTENT:
            rc = add_box(w, p, n);
            break;
        case K_ALTERNATE: {
            uint32_t branch = mc_branch(w, n);

            rc = branch != NO_TOK ? find_boxes(w, branch, p) : XG_OK;
            break;
        }
        default:
            rc = find_boxes(w, n, p);
            break;
        }
        if (rc != XG_OK)
            return rc;
    }
    return XG_OK;
}

static int put_text(walk *w, xg_buf *b, const char *s, size_t len)
{
    return xg_buf_append(b, s, len) == 0 ? XG_OK : xg_error_nomem(w->err);
}

/* Whether run N is hidden in paragraph P: its own w:vanish decides; else
 * its character style toggles the paragraph style's.  The other K_RUN
 * elements (w:hyperlink, w:fldSimple, ...) have no w:rPr: the runs they
 * hold decide for themselves. */
static int run_hidden(const walk *w, uint32_t n, const para *p)
{
    uint32_t rpr = child(w, n, K_RPR), c;

    if (rpr == NO_TOK)
        return p->style_hides && child(w, n, K_RUN) == NO_TOK;
    c = child(w, rpr, K_VANISH);
    if (c != NO_TOK)
        return w->t[c].mark;
    c = child(w, rpr, K_RSTYLE);
    return p->style_hides ^ (c != NO_TOK && w->t[c].mark);
}

/* The text of a paragraph's content: runs, and the inline wrappers
 * around them (hyperlinks, smart tags, custom XML, simple fields,
 * content controls, insertions), in order.  Deleted and moved-away text,
 * field instructions, symbols and properties are skipped by not being
 * listed. */
static int collect_inline(walk *w, uint32_t parent, para *p)
{
    uint32_t n, c;
    int rc = XG_OK;

    for (n = parent + 1; n < w->t[parent].end && rc == XG_OK; n = w->t[n].end) {
        switch (w->t[n].kind) {
        case K_ALTERNATE:
            c = mc_branch(w, n);
            if (c != NO_TOK)
                rc = collect_inline(w, c, p);
            break;
        case K_T:
            for (c = n + 1; c < w->t[n].end && rc == XG_OK; c = w->t[c].end)
                if (w->t[c].kind == K_TEXT)
                    rc = put_text(w, &p->text, w->text + w->t[c].off, w->t[c].len);
            break;
        case K_TAB:
            rc = put_text(w, &p->text, "\t", 1);
            break;
        case K_BR:
            /* Page and column breaks end a page, not a line of text. */
            if (w->t[n].mark)
                rc = put_text(w, &p->text, "\n", 1);
            break;
        case K_CR:
            rc = put_text(w, &p->text, "\n", 1);
            break;
        case K_NO_BREAK_HYPHEN:
            rc = put_text(w, &p->text, "-", 1);
            break;
        case K_RUN:
            if (!run_hidden(w, n, p))
                rc = collect_inline(w, n, p);
            break;
        case K_WRAPPER:
        case K_CUSTOM_XML:
            rc = collect_inline(w, n, p);
            break;
        case K_SDT:
            c = child(w, n, K_SDT_CONTENT);
            if (c != NO_TOK)
                rc = collect_inline(w, c, p);
            break;
        case K_RUBY:
            /* The base text; the guide text (w:rt, pinyin) is a gloss. */
            c = child(w, n, K_RUBY_BASE);
            if (c != NO_TOK)
                rc = collect_inline(w, c, p);
            break;
        case K_PICTURE:
            rc = find_boxes(w, n, p);
            break;
        default:
            break;
        }
    }
    return rc;
}


/* Hand one finished paragraph to the sink: a block of the document, or a
 * line of the cell being read. */
static int sink_line(walk *w, sink *s, const char *text, size_t len)
{
    if (s->cell == NULL) {
        if (len == 0)
            return XG_OK;
        return xg_doc_add_paragraph(w->doc, text, len, NULL, w->err);
    }
    if (xg_cell_lines_add(s->cell, &s->lines, text, len) != 0)
        return xg_error_nomem(w->err);
    return XG_OK;
}

/* A w:p: its text, then the text boxes anchored in it, which Word draws
 * near it and which belong with it in reading order. */
static int walk_paragraph(walk *w, uint32_t pnode, sink *s)
{
    para p;
    size_t i;
    int rc;
    uint32_t ppr = child(w, pnode, K_PPR), style;

    memset(&p, 0, sizeof p);
    style = ppr != NO_TOK ? child(w, ppr, K_PSTYLE) : NO_TOK;
    p.style_hides = style != NO_TOK && w->t[style].mark;
    rc = collect_inline(w, pnode, &p);
    if (rc == XG_OK)
        rc = sink_line(w, s, xg_buf_str(&p.text), p.text.len);
    for (i = 0; i < p.nboxes && rc == XG_OK; i++)
        rc = walk_blocks(w, p.boxes[i], s);
    xg_buf_free(&p.text);
    free(p.boxes);
    return rc;
}

/* One block-level node (of a body, a cell, a text box): a paragraph or a
 * table, or one of the block wrappers around them (content controls,
 * custom XML, insertions, alternate content).  Anything else, such as
 * w:sectPr or a deletion, holds no text of the document. */
static int walk_block(walk *w, uint32_t n, sink *s)
{
    uint32_t c;

    switch (w->t[n].kind) {
    case K_ALTERNATE:
        c = mc_branch(w, n);
        return c != NO_TOK ? walk_blocks(w, c, s) : XG_OK;
    case K_P:
        return walk_paragraph(w, n, s);
    case K_TBL:
        return walk_table(w, n);
    case K_SDT:
        c = child(w, n, K_SDT_CONTENT);
        return c != NO_TOK ? walk_blocks(w, c, s) : XG_OK;
    case K_CUSTOM_XML:
    case K_WRAPPER:
        return walk_blocks(w, n, s);
    default:
        return XG_OK;
    }
}

static int walk_blocks(walk *w, uint32_t parent, sink *s)
{
    uint32_t n;
    int rc = XG_OK;

    for (n = parent + 1; n < w->t[parent].end && rc == XG_OK; n = w->t[n].end)
        rc = walk_block(w, n, s);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

enum vmerge { VMERGE_NONE, VMERGE_RESTART, VMERGE_CONTINUE };

/* A cell of the row being read.  Cells are added to the model only when
 * the row is complete, because an old-style w:hMerge continuation widens
 * the cell before it. */
typedef struct row_cell {
    int col, span;
    enum vmerge vmerge;
    char *text;
    size_t len;
} row_cell;

typedef struct row_state {
    row_cell *cells;
    size_t ncells, cap;
    int col;                /* next free grid column */
} row_state;

typedef struct table_state {
    xg_table *table;
    int row;                /* grid row of the next row with cells */
} table_state;

static void row_state_free(row_state *r)
{
    size_t i;

    for (i = 0; i < r->ncells; i++)
        free(r->cells[i].text);
    free(r->cells);
    memset(r, 0, sizeof *r);
}

/* A w:tc: its span and merge marks from w:tcPr, its text from its
 * paragraphs (nested tables become blocks of their own as they are met). */
static int walk_cell(walk *w, row_state *r, uint32_t tc)
{
    uint32_t props = child(w, tc, K_TC_PR);
    uint32_t mark;
    enum vmerge vmerge = VMERGE_NONE;
    int span = 1, hmerge_continue = 0, rc;
    xg_buf text = {0};
    sink s;

    if (props != NO_TOK) {
        span = int_val(w, child(w, props, K_GRID_SPAN), 1, 1, XG_MAX_GRID_COLS + 1);
        mark = child(w, props, K_VMERGE);
        if (mark != NO_TOK)     /* a bare <w:vMerge/> means continue */
            vmerge = w->t[mark].mark ? VMERGE_RESTART : VMERGE_CONTINUE;
        mark = child(w, props, K_HMERGE);
        if (mark != NO_TOK)
            hmerge_continue = !w->t[mark].mark;
    }
    if (r->col > XG_MAX_GRID_COLS - span)
        return xg_error_set(w->err, XG_ERR_LIMIT, "table wider than %d columns",
                            XG_MAX_GRID_COLS);

    memset(&s, 0, sizeof s);
    s.cell = &text;
    rc = walk_blocks(w, tc, &s);
    if (rc != XG_OK)
        goto done;

    if (hmerge_continue && r->ncells > 0 &&
        r->cells[r->ncells - 1].col + r->cells[r->ncells - 1].span == r->col) {
        /* Continuation text is hidden by Word; only the width counts. */
        r->cells[r->ncells - 1].span += span;
        r->col += span;
        goto done;
    }
    if (r->ncells == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        row_cell *cells;

        if (cap > SIZE_MAX / sizeof *cells) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        cells = realloc(r->cells, cap * sizeof *cells);
        if (cells == NULL) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        r->cells = cells;
        r->cap = cap;
    }
    {
        row_cell *c = &r->cells[r->ncells];

        c->len = text.len;
        c->text = xg_buf_steal(&text);
        if (c->text == NULL) {
            rc = xg_error_nomem(w->err);
            goto done;
        }
        c->col = r->col;
        c->span = span;
        c->vmerge = vmerge;
        r->ncells++;
        r->col += span;
    }
done:
    xg_buf_free(&text);
    return rc;
}

/* The cells of a row, through content controls and custom XML that wrap
 * one or several cells. */
static int walk_cells(walk *w, row_state *r, uint32_t parent)
{
    uint32_t n, c;
    int rc = XG_OK;

    for (n = parent + 1; n < w->t[parent].end && rc == XG_OK; n = w->t[n].end) {
        switch (w->t[n].kind) {
        case K_TC:
            rc = walk_cell(w, r, n);
            break;
        case K_SDT:
            c = child(w, n, K_SDT_CONTENT);
            if (c != NO_TOK)
                rc = walk_cells(w, r, c);
            break;
        case K_CUSTOM_XML:
            rc = walk_cells(w, r, n);
            break;
        case K_ALTERNATE:
            c = mc_branch(w, n);
            if (c != NO_TOK)
                rc = walk_cells(w, r, c);
            break;
        default:
            break;
        }
    }
    return rc;
}

/* Put a finished row into the model.  A vMerge continuation extends the
 * cell that starts at the same grid column, with the same width, in the
 * row above; without one it is an ordinary cell, so no text is lost. */
static int commit_row(walk *w, table_state *t, row_state *r)
{
    size_t i;
    int rc = XG_OK;

    if (r->ncells == 0)
        return XG_OK;   /* no cells at all: no grid row either */
    for (i = 0; i < r->ncells && rc == XG_OK; i++) {
        const row_cell *c = &r->cells[i];

        if (c->vmerge == VMERGE_CONTINUE && t->row > 0) {
            const xg_cell *above = xg_table_cell_at(t->table, t->row - 1, c->col);

            if (above != NULL && above->col == c->col && above->colspan == c->span &&
                above->row + above->rowspan == t->row) {
                rc = xg_table_extend_down(t->table, above->row, above->col, w->err);
                continue;
            }
        }
        rc = xg_table_add_cell(t->table, t->row, c->col, 1, c->span, c->text,
                               c->len, NULL, w->err);
    }
    if (rc == XG_OK)
        t->row++;
    return rc;
}

/* A w:tr.  Grid columns skipped by w:gridBefore come first; w:gridAfter
 * only leaves the end of the row empty, which needs nothing.  A row
 * deleted with tracked changes is dropped like deleted text. */
static int walk_row(walk *w, table_state *t, uint32_t tr)
{
    uint32_t props = child(w, tr, K_TR_PR);
    row_state r;
    int rc;

    memset(&r, 0, sizeof r);
    if (props != NO_TOK) {
        if (child(w, props, K_DEL) != NO_TOK)
            return XG_OK;
        r.col = int_val(w, child(w, props, K_GRID_BEFORE), 0, 0, XG_MAX_GRID_COLS);
    }
    rc = walk_cells(w, &r, tr);
    if (rc == XG_OK)
        rc = commit_row(w, t, &r);
    row_state_free(&r);
    return rc;
}

/* The rows of a table, through content controls and custom XML that wrap
 * whole rows. */
static int walk_rows(walk *w, table_state *t, uint32_t parent)
{
    uint32_t n, c;
    int rc = XG_OK;

    for (n = parent + 1; n < w->t[parent].end && rc == XG_OK; n = w->t[n].end) {
        switch (w->t[n].kind) {
        case K_TR:
            rc = walk_row(w, t, n);
            break;
        case K_SDT:
            c = child(w, n, K_SDT_CONTENT);
            if (c != NO_TOK)
                rc = walk_rows(w, t, c);
            break;
        case K_CUSTOM_XML:
            rc = walk_rows(w, t, n);
            break;
        case K_ALTERNATE:
            c = mc_branch(w, n);
            if (c != NO_TOK)
                rc = walk_rows(w, t, c);
            break;
        default:
            break;
        }
    }
    return rc;
}

/* A w:tbl becomes a table block, created before its cells are read so
 * that tables nested in them follow it in the document. */
static int walk_table(walk *w, uint32_t tbl)
{
    table_state t;
    int rc;

    if (w->table_depth >= XG_MAX_NESTING)
        return xg_error_set(w->err, XG_ERR_LIMIT, "tables nested deeper than %d levels",
                            XG_MAX_NESTING);
    memset(&t, 0, sizeof t);
    t.table = xg_doc_add_table(w->doc, w->err);
    if (t.table == NULL)
        return XG_ERR_NOMEM;
    w->table_depth++;
    rc = walk_rows(w, &t, tbl);
    w->table_depth--;
    if (rc == XG_OK)
        xg_doc_drop_empty_table(w->doc);
    return rc;
}

/* A child of w:body, complete: walk it from its first token. */
static int walk_body_block(walk *w, const markup *m)
{
    sink s;

    w->t = m->toks;
    w->text = m->text.data;
    memset(&s, 0, sizeof s);
    return walk_block(w, 0, &s);
}
/* ------------------------------------------------------------------ */
/* XML parsing                                                         */

/* The parts read, each with its own start-tag handler. */
enum part { PART_RELS, PART_STYLES, PART_MAIN };

enum style_type { STYLE_OTHER, STYLE_PARAGRAPH, STYLE_CHARACTER };

/* A w:style of the styles part: its w:vanish (-1: none), and when
 * resolved, whether it hides text. */
typedef struct style_rec {
    char *id, *based;   /* owned; based may be NULL */
    int8_t type;        /* enum style_type */
    int8_t own;
    int8_t hides;
} style_rec;

/* The styles, sorted by id once read. */
typedef struct style_set {
    style_rec *s;
    size_t n, cap;
} style_set;

/* The namespaces whose elements the walk names. */
enum ns_class { NS_OTHER, NS_WORD, NS_COMPAT };

typedef struct open_element {
    uint32_t tok;       /* its token; NO_TOK outside the body's blocks */
    uint8_t kind;       /* enum kind */
} open_element;

typedef struct parse_state {
    int dtd_seen;       /* the internalSubset callback stopped the parse */
    int nomem;
    int too_deep;       /* libxml2's element depth limit was reached */
    int failed;         /* an error (not a warning) was reported */
    int line;
    char message[200];  /* the first error, trimmed to one line */
    size_t nodes;       /* nodes since the last block of the body ended */
    size_t max_nodes;
    int too_many;       /* max_nodes was passed */
    enum part part;
    /* The elements open around the parser's position, outermost first. */
    open_element *open;
    size_t depth, open_cap;
    /* The last namespace URI seen and whether it is w: or mc:.  libxml2
     * interns URIs in the parser's dictionary, which lives as long as
     * the parse: the same pointer is the same URI, and comparing
     * pointers spares a string comparison per element. */
    const xmlChar *last_uri;
    enum ns_class last_ns;
    /* PART_MAIN */
    int root_is_document;   /* the document element is w:document */
    int in_body;            /* the open child of the root is a w:body */
    markup block;           /* the child of w:body being read */
    uint32_t text_tok;      /* the K_TEXT token more characters extend */
    walk *walk;
    int block_rc;           /* what the walk of a block returned, if not XG_OK */
    const style_set *styles;    /* sorted and resolved; NULL: none */
    /* PART_RELS */
    const char *rel_suffix;     /* the end of the relationship type looked for */
    char *target;               /* its target (owned), once found */
    int target_absolute;        /* it started with '/' */
    /* PART_STYLES */
    style_set read;             /* the styles read */
    int in_style;               /* the open w:style is the last one read */
    int in_rpr;                 /* inside its w:rPr */
} parse_state;

static void parse_state_free(parse_state *ps)
{
    size_t i;

    free(ps->open);
    markup_free(&ps->block);
    free(ps->target);
    for (i = 0; i < ps->read.n; i++) {
        free(ps->read.s[i].id);
        free(ps->read.s[i].based);
    }
    free(ps->read.s);
}

/* The thread's structured error handler while we parse: the first error
 * is kept as the reason; warnings (such as a relative namespace URI) do
 * not make a part unreadable. */
static void xml_error_handler(void *data, xmlErrorPtr e)
{
    parse_state *xf = data;
    const char *m;
    size_t len;

    if (xf == NULL || e == NULL || e->level < XML_ERR_ERROR)
        return;
    if (e->code == XML_ERR_NO_MEMORY)
        xf->nomem = 1;
    if (xf->failed)
        return;
    /* libxml2 reports its depth bound as an internal error whose text
     * advises XML_PARSE_HUGE: say what it is instead. */
    if (e->code == XML_ERR_INTERNAL_ERROR && e->message != NULL &&
        strncmp(e->message, "Excessive depth in document", 27) == 0)
        xf->too_deep = 1;
    xf->failed = 1;
    xf->line = e->line;
    m = e->message ? e->message : "unknown error";
    while (*m == ' ' || *m == '\t' || *m == '\n' || *m == '\r')
        m++;
    len = strlen(m);
    while (len > 0 && (m[len - 1] == ' ' || m[len - 1] == '\t' ||
                       m[len - 1] == '\n' || m[len - 1] == '\r'))
        len--;
    message_safe_n(m, len, xf->message, sizeof xf->message);
}

/* Generic (unstructured) libxml2 messages would go to stderr: drop them.
 * Everything the parser reports reaches the structured handler anyway. */
static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* SAX internalSubset: called as soon as <!DOCTYPE name ...> is read,
 * before any declaration inside it.  OOXML forbids a DTD, and a DTD is
 * the only way to entities and external loads: stop right here. */
static void refuse_doctype(void *ctx, const xmlChar *name,
                           const xmlChar *external_id, const xmlChar *system_id)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *xf = ctxt->_private;

    (void)name;
    (void)external_id;
    (void)system_id;
    if (xf != NULL)
        xf->dtd_seen = 1;
    xmlStopParser(ctxt);
}

/* Stop the parse for want of memory. */
static void stop_nomem(xmlParserCtxtPtr ctxt)
{
    parse_state *ps = ctxt->_private;

    ps->nomem = 1;
    xmlStopParser(ctxt);
}

/* Count N more nodes (elements, namespace declarations, attributes, text,
 * comments, processing instructions) of the current block; past the
 * bound, stop the parse.  Nothing keeps a tree any more, but a block's
 * tokens and text are held until it ends: the count bounds them, and
 * keeps the limit the tree had, node for node. */
static int count_nodes(xmlParserCtxtPtr ctxt, size_t n)
{
    parse_state *ps = ctxt->_private;

    ps->nodes += n;
    if (ps->nodes <= ps->max_nodes)
        return 1;
    ps->too_many = 1;
    xmlStopParser(ctxt);
    return 0;
}

static int start_counted(xmlParserCtxtPtr ctxt, int nb_namespaces, int nb_attributes)
{
    return count_nodes(ctxt, 1 + (size_t)(nb_namespaces > 0 ? nb_namespaces : 0) +
                                 (size_t)(nb_attributes > 0 ? nb_attributes : 0));
}

/* The kind of an element in namespace URI (NULL: none) named LOCALNAME. */
static enum kind classify(parse_state *ps, const xmlChar *uri, const xmlChar *localname)
{
    if (uri == NULL)
        return K_OTHER;
    if (uri != ps->last_uri) {
        ps->last_uri = uri;
        ps->last_ns = is_w_uri(uri) ? NS_WORD
                    : strcmp((const char *)uri, NS_MC) == 0 ? NS_COMPAT : NS_OTHER;
    }
    if (ps->last_ns == NS_WORD)
        return w_kind((const char *)localname);
    if (ps->last_ns == NS_COMPAT)
        return mc_kind((const char *)localname);
    return K_OTHER;
}

/* An on/off property's w:val (V, LEN bytes; NULL: absent, which is on)
 * says off. */
static int toggle_off(const char *v, size_t len)
{
    return value_is(v, len, "false") || value_is(v, len, "0") || value_is(v, len, "off");
}

/* The style of id V (LEN bytes) in sorted SET, or NULL. */
static const style_rec *style_find(const style_set *set, const char *v, size_t len)
{
    size_t lo = 0, hi = set != NULL ? set->n : 0;

    if (v == NULL)
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *id = set->s[mid].id;
        int c = strncmp(id, v, len);

        if (c == 0 && id[len] != '\0')
            c = 1;
        if (c == 0)
            return &set->s[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Whether the style V of TYPE named by a w:pStyle or w:rStyle hides text. */
static int style_hides(const style_set *set, const char *v, size_t len, enum style_type type)
{
    const style_rec *r = style_find(set, v, len);

    return r != NULL && r->type == (int8_t)type && r->hides;
}

static int style_cmp(const void *a, const void *b)
{
    return strcmp(((const style_rec *)a)->id, ((const style_rec *)b)->id);
}

/* Sort the styles read and resolve each one's hiding: its own w:vanish,
 * or that of the nearest style it is based on (of its type) that has
 * one, at most XG_MAX_NESTING styles up. */
static void styles_resolve(style_set *set)
{
    size_t i, k;

    if (set->n > 1)
        qsort(set->s, set->n, sizeof *set->s, style_cmp);
    for (i = 0; i < set->n; i++) {
        const style_rec *r = &set->s[i];

        for (k = 0; r != NULL && r->own < 0 && k < XG_MAX_NESTING; k++) {
            const style_rec *b = r->based != NULL
                                 ? style_find(set, r->based, strlen(r->based)) : NULL;

            r = b != NULL && b->type == set->s[i].type ? b : NULL;
        }
        set->s[i].hides = r != NULL && r->own > 0;
    }
}

/* Record an element of a block, with what the walk needs of its
 * attributes; its token, or NO_TOK when memory runs out. */
static uint32_t record_element(xmlParserCtxtPtr ctxt, enum kind kind,
                               int nb_attributes, const xmlChar **attributes)
{
    parse_state *ps = ctxt->_private;
    uint32_t i = markup_push(&ps->block, kind);
    const char *v;
    size_t len = 0;
    tok *t;

    if (i == NO_TOK)
        return NO_TOK;
    t = &ps->block.toks[i];
    switch (kind) {
    case K_BR:
        v = attr(attributes, nb_attributes, "type", &len);
        t->mark = v == NULL || value_is(v, len, "textWrapping");
        break;
    case K_VMERGE:
    case K_HMERGE:
        v = attr(attributes, nb_attributes, "val", &len);
        t->mark = value_is(v, len, "restart");
        break;
    case K_GRID_SPAN:
    case K_GRID_BEFORE:
        v = attr(attributes, nb_attributes, "val", &len);
        t->has_val = v != NULL && parse_int(v, len, &t->val);
        break;
    case K_CHOICE:
        v = attr(attributes, nb_attributes, "Requires", &len);
        t->mark = requires_understood(ctxt, v, len);
        break;
    case K_VANISH:
        v = attr(attributes, nb_attributes, "val", &len);
        t->mark = !toggle_off(v, len);
        break;
    case K_PSTYLE:
    case K_RSTYLE:
        v = attr(attributes, nb_attributes, "val", &len);
        t->mark = style_hides(ps->styles, v, len,
                              kind == K_PSTYLE ? STYLE_PARAGRAPH : STYLE_CHARACTER);
        break;
    default:
        break;
    }
    return i;
}

/* SAX2 start tag of the main part.  Outside the body's children only the
 * nesting is followed; inside them each element becomes a token. */
static void main_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                       const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                       int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = ctxt->_private;
    enum kind kind;
    uint32_t index = NO_TOK;

    (void)prefix;
    (void)namespaces;
    (void)nb_defaulted;
    if (!start_counted(ctxt, nb_namespaces, nb_attributes))
        return;
    kind = classify(ps, uri, localname);
    if (ps->depth == 0) {
        ps->root_is_document = kind == K_DOCUMENT;
    } else if (ps->depth == 1) {
        ps->in_body = ps->root_is_document && kind == K_BODY;
    } else if (ps->in_body) {
        index = record_element(ctxt, kind, nb_attributes, attributes);
        if (index == NO_TOK) {
            stop_nomem(ctxt);
            return;
        }
    }
    if (ps->depth == ps->open_cap) {
        size_t cap = ps->open_cap ? ps->open_cap * 2 : 64;
        open_element *open;

        if (cap > SIZE_MAX / sizeof *open ||
            (open = realloc(ps->open, cap * sizeof *open)) == NULL) {
            stop_nomem(ctxt);
            return;
        }
        ps->open = open;
        ps->open_cap = cap;
    }
    ps->open[ps->depth].tok = index;
    ps->open[ps->depth].kind = (uint8_t)kind;
    ps->depth++;
    ps->text_tok = NO_TOK;
}

/* SAX2 end tag of the main part.  A child of w:body is complete: it is
 * walked, then forgotten; only one block is ever held, however long the
 * document. */
static void main_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                     const xmlChar *uri)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = ctxt->_private;
    open_element e;
    int rc;

    (void)localname;
    (void)prefix;
    (void)uri;
    if (ps->depth == 0)
        return;
    e = ps->open[--ps->depth];
    ps->text_tok = NO_TOK;
    if (e.tok != NO_TOK)
        ps->block.toks[e.tok].end = ps->block.n;
    if (ps->depth != 2 || !ps->in_body)
        return;
    rc = walk_body_block(ps->walk, &ps->block);
    ps->block.n = 0;
    xg_buf_reset(&ps->block.text);
    if (rc != XG_OK) {
        ps->block_rc = rc;
        xmlStopParser(ctxt);
        return;
    }
    ps->nodes = 0;
}

/* SAX2 characters, CDATA and ignorable white space of the main part:
 * only the text directly inside a w:t is kept. */
static void main_characters(void *ctx, const xmlChar *ch, int len)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = ctxt->_private;
    markup *m = &ps->block;

    if (!count_nodes(ctxt, 1))
        return;
    if (ps->depth < 3 || !ps->in_body || ps->open[ps->depth - 1].kind != K_T ||
        len <= 0)
        return;
    if (ps->text_tok == NO_TOK) {
        uint32_t i = markup_push(m, K_TEXT);

        if (i == NO_TOK) {
            stop_nomem(ctxt);
            return;
        }
        m->toks[i].off = (uint32_t)m->text.len;
        ps->text_tok = i;
    }
    if (xg_buf_append(&m->text, (const char *)ch, (size_t)len) != 0) {
        stop_nomem(ctxt);
        return;
    }
    m->toks[ps->text_tok].len += (uint32_t)len;
}

/* Comments and processing instructions count as nodes, nothing more. */
static void count_comment(void *ctx, const xmlChar *value)
{
    (void)value;
    (void)count_nodes(ctx, 1);
}

static void count_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    (void)target;
    (void)data;
    (void)count_nodes(ctx, 1);
}

static void count_characters(void *ctx, const xmlChar *ch, int len)
{
    (void)ch;
    (void)len;
    (void)count_nodes(ctx, 1);
}

/* A copy (*OUT, owned) of the value of attribute NAME among the NB
 * ATTRS of a start tag; *OUT is NULL when there is no such attribute.
 * libxml2 hands over '&' (from &amp; or &#38;) as "&#38;", for a tree
 * builder to decode: decoded here.  Returns -1 when memory runs out. */
static int attr_dup(const xmlChar **attrs, int nb, const char *name, char **out)
{
    size_t len = 0, i, o = 0;
    const char *v = attr(attrs, nb, name, &len);
    char *copy;

    *out = NULL;
    if (v == NULL)
        return 0;
    copy = malloc(len + 1);
    if (copy == NULL)
        return -1;
    for (i = 0; i < len; i++) {
        if (v[i] == '&' && len - i >= 5 && memcmp(v + i, "&#38;", 5) == 0) {
            copy[o++] = '&';
            i += 4;
        } else {
            copy[o++] = v[i];
        }
    }
    copy[o] = '\0';
    *out = copy;
    return 0;
}

/* A Relationship of a relationships part: if its type ends in the
 * suffix looked for (the package's officeDocument, the main part's
 * styles), keep its target, relative to the package root when it starts
 * with '/'.  The first one found wins. */
static void relationship(xmlParserCtxtPtr ctxt, int nb_attributes,
                         const xmlChar **attributes)
{
    parse_state *ps = ctxt->_private;
    const char *suffix = ps->rel_suffix;
    size_t slen = strlen(suffix);
    char *type = NULL, *target = NULL, *mode = NULL;
    const char *name;
    size_t tlen;

    if (attr_dup(attributes, nb_attributes, "Type", &type) != 0 ||
        attr_dup(attributes, nb_attributes, "Target", &target) != 0 ||
        attr_dup(attributes, nb_attributes, "TargetMode", &mode) != 0) {
        stop_nomem(ctxt);
        goto done;
    }
    if (type == NULL || target == NULL)
        goto done;
    if (mode != NULL && strcmp(mode, "External") == 0)
        goto done;
    tlen = strlen(type);
    if (tlen < slen || strcmp(type + tlen - slen, suffix) != 0)
        goto done;
    /* A leading '/' names the entry from the package root. */
    ps->target_absolute = target[0] == '/';
    name = target;
    while (*name == '/')
        name++;
    if (*name == '\0')
        goto done;
    memmove(target, name, strlen(name) + 1);
    ps->target = target;
    target = NULL;
done:
    free(type);
    free(target);
    free(mode);
}

/* SAX2 start tag of _rels/.rels: the root's Relationship children, in
 * any namespace or none, are read until the main part is found. */
static void rels_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                       const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                       int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = ctxt->_private;

    (void)namespaces;
    (void)nb_defaulted;
    if (!start_counted(ctxt, nb_namespaces, nb_attributes))
        return;
    /* An undeclared prefix leaves the name qualified: not "Relationship". */
    if (ps->depth == 1 && ps->target == NULL && !(prefix != NULL && uri == NULL) &&
        strcmp((const char *)localname, "Relationship") == 0)
        relationship(ctxt, nb_attributes, attributes);
    ps->depth++;
}

static void rels_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                     const xmlChar *uri)
{
    parse_state *ps = ((xmlParserCtxtPtr)ctx)->_private;

    (void)localname;
    (void)prefix;
    (void)uri;
    if (ps->depth > 0)
        ps->depth--;
}

/* SAX2 start tag of the styles part: each w:style child of the root, its
 * type, id and w:basedOn, and the w:vanish of its w:rPr. */
static void styles_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                         const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                         int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *ps = ctxt->_private;
    style_set *set = &ps->read;
    const char *name = (const char *)localname, *v;
    size_t len = 0;

    (void)prefix;
    (void)namespaces;
    (void)nb_defaulted;
    if (!start_counted(ctxt, nb_namespaces, nb_attributes))
        return;
    ps->depth++;
    if (uri == NULL || !is_w_uri(uri))
        return;
    if (ps->depth == 2 && strcmp(name, "style") == 0) {
        style_rec *r;

        ps->in_rpr = 0;
        ps->in_style = 0;
        if (set->n == set->cap) {
            size_t cap = set->cap ? set->cap * 2 : 64;

            if (cap > SIZE_MAX / sizeof *r ||
                (r = realloc(set->s, cap * sizeof *r)) == NULL) {
                stop_nomem(ctxt);
                return;
            }
            set->s = r;
            set->cap = cap;
        }
        r = &set->s[set->n];
        memset(r, 0, sizeof *r);
        r->own = -1;
        if (attr_dup(attributes, nb_attributes, "styleId", &r->id) != 0) {
            stop_nomem(ctxt);
            return;
        }
        if (r->id == NULL)
            return;     /* no id: no w:pStyle or w:rStyle can name it */
        v = attr(attributes, nb_attributes, "type", &len);
        r->type = value_is(v, len, "paragraph") ? STYLE_PARAGRAPH
                : value_is(v, len, "character") ? STYLE_CHARACTER : STYLE_OTHER;
        set->n++;
        ps->in_style = 1;
        return;
    }
    if (!ps->in_style)
        return;
    if (ps->depth == 3 && strcmp(name, "basedOn") == 0) {
        style_rec *r = &set->s[set->n - 1];

        if (r->based == NULL &&
            attr_dup(attributes, nb_attributes, "val", &r->based) != 0)
            stop_nomem(ctxt);
    } else if (ps->depth == 3 && strcmp(name, "rPr") == 0) {
        /* (the first w:rPr of a style; its w:rPrChange's is deeper) */
        ps->in_rpr = 1;
    } else if (ps->depth == 4 && ps->in_rpr && strcmp(name, "vanish") == 0) {
        v = attr(attributes, nb_attributes, "val", &len);
        set->s[set->n - 1].own = (int8_t)!toggle_off(v, len);
    }
}

static void styles_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                       const xmlChar *uri)
{
    parse_state *ps = ((xmlParserCtxtPtr)ctx)->_private;

    (void)localname;
    (void)prefix;
    (void)uri;
    if (ps->depth == 3)
        ps->in_rpr = 0;     /* the w:rPr (or another child) of a style ends */
    if (ps->depth == 2)
        ps->in_style = 0;
    if (ps->depth > 0)
        ps->depth--;
}

/* Parse DATA (part LABEL) with PS's handlers: PART_MAIN walks each child
 * of w:body as it ends, PART_RELS looks for the main part.  No tree is
 * built.  Any error, even one the parser could recover from, fails the
 * part. */
static int parse_part(const char *label, const unsigned char *data, size_t len,
                      parse_state *ps, xg_error *err)
{
    xmlStructuredErrorFunc saved_serror = xmlStructuredError;
    void *saved_serror_ctx = xmlStructuredErrorContext;
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_ctx = xmlGenericErrorContext;
    xmlParserCtxtPtr ctxt = NULL;
    int rc = XG_OK;

    if (len == 0)
        return xg_error_set(err, XG_ERR_CORRUPT, "%s: XML error: empty part", label);
    if (len > INT_MAX)
        return xg_error_set(err, XG_ERR_LIMIT, "%s: entry larger than %d bytes",
                            label, INT_MAX);
    xmlInitParser();
    /* Thread-local in libxml2: set for this parse, restored after, so a
     * caller's own handlers survive. */
    xmlSetStructuredErrorFunc(ps, xml_error_handler);
    xmlSetGenericErrorFunc(NULL, xml_silent);

    ctxt = xmlCreateMemoryParserCtxt((const char *)data, (int)len);
    if (ctxt == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    /* NONET only: never NOENT, DTDLOAD, XINCLUDE or HUGE (libxml2's
     * default limits on depth and text size stay in force). */
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    ps->text_tok = NO_TOK;
    ctxt->_private = ps;
    ctxt->sax->internalSubset = refuse_doctype;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->serror = NULL;   /* errors go to the thread handler above */
    /* The document itself (startDocument) is still libxml2's: an empty
     * xmlDoc, which tells a parse that started from one that did not. */
    if (ps->part == PART_MAIN) {
        ctxt->sax->startElementNs = main_start;
        ctxt->sax->endElementNs = main_end;
        ctxt->sax->characters = main_characters;
        ctxt->sax->ignorableWhitespace = main_characters;
        ctxt->sax->cdataBlock = main_characters;
    } else if (ps->part == PART_STYLES) {
        ctxt->sax->startElementNs = styles_start;
        ctxt->sax->endElementNs = styles_end;
        ctxt->sax->characters = count_characters;
        ctxt->sax->ignorableWhitespace = count_characters;
        ctxt->sax->cdataBlock = count_characters;
    } else {
        ctxt->sax->startElementNs = rels_start;
        ctxt->sax->endElementNs = rels_end;
        ctxt->sax->characters = count_characters;
        ctxt->sax->ignorableWhitespace = count_characters;
        ctxt->sax->cdataBlock = count_characters;
    }
    ctxt->sax->comment = count_comment;
    ctxt->sax->processingInstruction = count_pi;
    xmlParseDocument(ctxt);

    if (ps->dtd_seen)
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "%s: document type declaration not allowed", label);
    else if (ps->block_rc != XG_OK)
        rc = ps->block_rc;   /* ERR filled by the walk */
    else if (ps->nomem || ctxt->errNo == XML_ERR_NO_MEMORY)
        rc = xg_error_nomem(err);
    else if (ps->too_many)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "%s: more than %zu XML nodes in one block", label,
                          ps->max_nodes);
    else if (ps->too_deep)
        rc = xg_error_set(err, XG_ERR_LIMIT, "%s: XML nested deeper than %u levels",
                          label, xmlParserMaxDepth);
    else if (ps->failed)
        rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: XML error at line %d: %s",
                          label, ps->line, ps->message);
    else if (!ctxt->wellFormed || ctxt->myDoc == NULL)
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "%s: XML error: not well-formed", label);
done:
    if (ctxt != NULL) {
        if (ctxt->myDoc != NULL)
            xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
        xmlFreeParserCtxt(ctxt);
    }
    xmlSetStructuredErrorFunc(saved_serror_ctx, saved_serror);
    xmlSetGenericErrorFunc(saved_generic_ctx, saved_generic);
    return rc;
}
/* ------------------------------------------------------------------ */
/* The package                                                         */

/* NAME (owned) of the entry at TARGET relative to the folder of part MAIN
 * (".." is not followed: such a part is not found), or NULL when memory
 * runs out. */
static char *part_name(const char *main, const char *prefix, const char *target,
                       const char *suffix, int absolute)
{
    const char *slash = strrchr(main, '/');
    size_t dir = absolute || slash == NULL ? 0 : (size_t)(slash - main + 1);
    size_t np = strlen(prefix), nt = strlen(target), ns = strlen(suffix);
    char *name = malloc(dir + np + nt + ns + 1);

    if (name == NULL)
        return NULL;
    memcpy(name, main, dir);
    memcpy(name + dir, prefix, np);
    memcpy(name + dir + np, target, nt);
    memcpy(name + dir + np + nt, suffix, ns + 1);
    return name;
}

/* Read into STYLES the styles part of main part MAIN, named by MAIN's
 * relationships part (_rels/NAME.rels beside it).  No relationships part,
 * no styles relationship or no such entry: no styles, which is not an
 * error (a document may have none); a part that is there must parse. */
static int read_styles(zip_t *za, const char *main, size_t entry_cap, size_t max_nodes,
                       parse_state *styles, xg_error *err)
{
    const char *base = strrchr(main, '/');
    char *name, label[256];
    parse_state rels;
    unsigned char *bytes = NULL;
    size_t len = 0;
    zip_int64_t index;
    int rc;

    memset(&rels, 0, sizeof rels);
    rels.part = PART_RELS;
    rels.rel_suffix = "/styles";
    rels.max_nodes = max_nodes;
    name = part_name(main, "_rels/", base != NULL ? base + 1 : main, ".rels", 0);
    if (name == NULL)
        return xg_error_nomem(err);
    message_safe(name, label, sizeof label);
    index = locate_entry(za, name);
    free(name);
    rc = XG_OK;
    if (index >= 0) {
        rc = read_entry(za, (zip_uint64_t)index, label, entry_cap, &bytes, &len, err);
        if (rc == XG_OK)
            rc = parse_part(label, bytes, len, &rels, err);
        free(bytes);
        bytes = NULL;
    }
    if (rc != XG_OK || rels.target == NULL)
        goto done;
    name = part_name(main, "", rels.target, "", rels.target_absolute);
    if (name == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    message_safe(name, label, sizeof label);
    index = locate_entry(za, name);
    free(name);
    if (index >= 0) {
        rc = read_entry(za, (zip_uint64_t)index, label, entry_cap, &bytes, &len, err);
        if (rc == XG_OK)
            rc = parse_part(label, bytes, len, styles, err);
        free(bytes);
    }
done:
    parse_state_free(&rels);
    return rc;
}

int xg_extract_docx_capped(const unsigned char *data, size_t size,
                           size_t entry_cap, xg_doc *doc, xg_error *err)
{
    zip_error_t zerr;
    zip_source_t *src = NULL;
    zip_t *za = NULL;
    zip_int64_t nentries, index;
    unsigned char *bytes = NULL;
    size_t len = 0;
    char label[256];
    /* One node per 32 bytes of the cap (2097152 for 64 MiB): a real
     * document spends about 13 bytes a node, but this bounds the nodes of
     * one block of the body, and the biggest block of a real report (a
     * statistics table) has some 20000. */
    size_t max_nodes = entry_cap / 32 > 0 ? entry_cap / 32 : 1;
    parse_state rels, body, styles;
    walk w;
    int rc = XG_OK;

    memset(&rels, 0, sizeof rels);
    memset(&body, 0, sizeof body);
    memset(&styles, 0, sizeof styles);
    memset(&w, 0, sizeof w);
    rels.part = PART_RELS;
    rels.rel_suffix = "/officeDocument";
    rels.max_nodes = max_nodes;
    styles.part = PART_STYLES;
    styles.max_nodes = max_nodes;
    body.part = PART_MAIN;
    body.max_nodes = max_nodes;
    body.walk = &w;
    w.doc = doc;
    w.err = err;
    if ((rc = xg_zip_load(err)) != XG_OK)
        return rc;
    xg_zip.zip_error_init(&zerr);
    if (doc == NULL || (data == NULL && size != 0)) {
        rc = xg_error_set(err, XG_ERR_USAGE, "xg_extract_docx: invalid argument");
        goto done;
    }
    /* libzip opens zero bytes as an empty archive; an empty file is not
     * one. */
    if (size == 0) {
        rc = xg_error_set(err, XG_ERR_FORMAT, "not a zip archive");
        goto done;
    }
    src = xg_zip.zip_source_buffer_create(data, size, 0, &zerr);
    if (src == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    za = xg_zip.zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (za == NULL) {
        int zcode = xg_zip.zip_error_code_zip(&zerr);

        xg_zip.zip_source_free(src);   /* not taken over when the open fails */
        if (zcode == ZIP_ER_NOZIP)
            rc = xg_error_set(err, XG_ERR_FORMAT, "not a zip archive");
        else if (zcode == ZIP_ER_MEMORY)
            rc = xg_error_nomem(err);
        else
            rc = xg_error_set(err, XG_ERR_CORRUPT, "corrupt zip archive: %s",
                              xg_zip.zip_error_strerror(&zerr));
        goto done;
    }
    nentries = xg_zip.zip_get_num_entries(za, 0);
    if (nentries > XG_MAX_ZIP_ENTRIES) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "zip archive has more than %d entries",
                          XG_MAX_ZIP_ENTRIES);
        goto done;
    }

    index = locate_entry(za, RELS_PART);
    if (index < 0) {
        rc = xg_error_set(err, XG_ERR_FORMAT, "not a Word document: no " RELS_PART);
        goto done;
    }
    rc = read_entry(za, (zip_uint64_t)index, RELS_PART, entry_cap, &bytes, &len, err);
    if (rc == XG_OK)
        rc = parse_part(RELS_PART, bytes, len, &rels, err);
    if (rc != XG_OK)
        goto done;
    free(bytes);
    bytes = NULL;
    if (rels.target == NULL) {
        rc = xg_error_set(err, XG_ERR_FORMAT,
                          "not a Word document: no officeDocument relationship in "
                          RELS_PART);
        goto done;
    }
    message_safe(rels.target, label, sizeof label);

    rc = read_styles(za, rels.target, entry_cap, max_nodes, &styles, err);
    if (rc != XG_OK)
        goto done;
    styles_resolve(&styles.read);
    body.styles = &styles.read;

    index = locate_entry(za, rels.target);
    if (index < 0) {
        rc = xg_error_set(err, XG_ERR_CORRUPT,
                          "%s: main part named in " RELS_PART " is missing", label);
        goto done;
    }
    rc = read_entry(za, (zip_uint64_t)index, label, entry_cap, &bytes, &len, err);
    if (rc == XG_OK)
        rc = parse_part(label, bytes, len, &body, err);
    if (rc != XG_OK)
        goto done;

    /* The officeDocument of a spreadsheet or a presentation is not a
     * w:document: say so rather than return an empty document.  (The
     * body's blocks were walked as they were parsed.) */
    if (!body.root_is_document)
        rc = xg_error_set(err, XG_ERR_FORMAT,
                          "not a Word document: main part %s is not WordprocessingML",
                          label);
done:
    free(bytes);
    parse_state_free(&rels);
    parse_state_free(&body);
    parse_state_free(&styles);
    if (za != NULL)
        xg_zip.zip_discard(za);
    xg_zip.zip_error_fini(&zerr);
    return rc;
}

int xg_extract_docx(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err)
{
    return xg_extract_docx_capped(data, size, XG_MAX_ZIP_ENTRY, doc, err);
}
