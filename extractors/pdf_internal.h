/*
 * The PDF extractor's private interface: the geometry every stage shares
 * and the entry points of the stages, one file each:
 *
 *   pdf.c          the document: the stages in order, which pages'
 *                  rules are looked at, the bounds of the whole;
 *   pdf_core.cc    Poppler's core interpreter: each page's characters and
 *                  the rules its paths draw, in one reading;
 *   pdf_lines.c    characters to visual lines and cell text;
 *   pdf_rules.c    rules joined and sifted (glyph strokes, underlines),
 *                  and rules from the pixels of an image of a page;
 *   pdf_lattice.c  tables from rules that touch (a lattice);
 *   pdf_aligned.c  tables from text aligned in columns;
 *   pdf_pages.c    page furniture, tables joined across page breaks,
 *                  paragraphs, the document model.
 *
 * Only pdf_core.cc knows Poppler; the stages after it work on plain geometry
 * (points, origin top-left, y down), so they can be driven by synthetic
 * pages (fuzz/fuzz_pdf.c) and by characters from another source than a
 * text layer.
 *
 * Ownership: a page_data owns its characters, rules, lines and items; a line
 * borrows its characters from the page; an item owns its table.
 */
#ifndef XG_PDF_INTERNAL_H
#define XG_PDF_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "../src/buf.h"
#include "../src/model.h"

/* Geometry constants, in points. */
#define RENDER_SCALE     1.5    /* pixels per point for rule detection */
#define RENDER_MAX_SIDE  3000   /* pixels: huge pages render coarser */
#define DARK_LUMA        185    /* 0..255: darker than this is ink */
#define RULE_MIN_LEN     7.0    /* shorter dark runs are glyph strokes */
#define RULE_MAX_THICK   3.5    /* thicker runs are filled areas */
#define RULE_JOIN_GAP    2.5    /* collinear pieces this close are one rule */
#define LINE_TOL         2.0    /* rules this close are one lattice line */
#define LATTICE_MIN_GAP  3.0    /* lattice lines closer than this merge */
#define TOUCH_TOL        3.0    /* a rule end this close to another touches */
#define CONT_X_TOL       4.0    /* column match across a page break */

/* One character of the text layer. */
typedef struct pchar {
    uint32_t cp;            /* a Unicode code point */
    double x0, y0, x1, y1;
    int space;              /* a space Poppler put in (or one in the PDF) */
    int dup;                /* a second copy drawn over the first (fake bold) */
    int cut;                /* a digit at the page's edge: digits past it lost */
    size_t seq;             /* position in Poppler's reading order */
    int ocr;                /* recognised by OCR (pdf_ocr.c), not a text layer's */
    float conf;             /* OCR: Tesseract's confidence, 0..100 */
} pchar;

/* A visual line: a run of characters (pointers into the page's array),
 * sorted left to right. */
typedef struct pline {
    pchar **chars;
    size_t n;
    double x0, y0, x1, y1;
    double h;               /* median character height */
    int dropped;            /* a page number or running header */
} pline;

/* A horizontal (pos = y, a..b = x) or vertical (pos = x, a..b = y) rule. */
typedef struct rule {
    double pos, a, b;
} rule;

/* The rules of one page, each kind sorted by position. */
typedef struct rules {
    rule *h, *v;
    size_t nh, nv, caph, capv;
} rules;

/* A cell of a table block, in the block's own grid and in points. */
typedef struct tcell {
    int row, rowspan;
    double xl, xr;          /* left and right x: columns are found later */
    double y0, y1;
    int page;
    int top_real, bottom_real;  /* ruled edges (an open edge may continue) */
    int open_top;               /* aligned: its top found from the text
                                   (xg_cell.open_top: XG_OPEN_TOP, _LINE) */
    int first_digits;           /* its number joined from lines: the first's digits */
    int run_digits;             /* its number set over lines of this many
                                   digits each, the last as full: it may
                                   go on over a page break (0: no) */
    int cut_off;                /* tails may be lost (xg_cell.cut_off) */
    xg_buf text;
    int has_text;
    double last_x1, last_h;     /* end and height of the bottom text line */
    int ocr;                    /* some of its text recognised by OCR ... */
    float conf;                 /* ... the lowest confidence of it */
} tcell;

/* A table as it is being put together, possibly from several pages. */
typedef struct jtable {
    tcell *cells;
    size_t n, cap;
    int nrows;
    double *xs;             /* column boundaries, sorted */
    size_t nxs;
    int page;
    double x0, y0, x1, y1;  /* box on its first page */
    int last_page;
    int aligned;            /* from text alignment: no rules, open edges */
    int banded;             /* aligned, its rows between rules across */
    int cut;                /* on a page with words begun off a side */
} jtable;

/* One block of a page before pages are put together. */
typedef struct pitem {
    int is_table;
    jtable *table;          /* owned when is_table */
    pline *line;            /* a line: borrowed from the page's lines */
    double y0;
} pitem;

typedef struct page_data {
    int no;                 /* 1-based */
    double w, h;
    pchar *chars;
    size_t nchars;
    rules rl;               /* the rules it draws, until it is structured */
    pchar **flow;           /* characters outside tables */
    size_t nflow;
    pline *lines;           /* flow lines */
    size_t nlines;
    pitem *items;
    size_t nitems;
    int has_text;
    int tabular;            /* a line with a wide gap: worth rendering */
    int opens_tabular;      /* ... and the first line is one */
    int ocr;                /* some of its characters and rules are OCR's */
    int offpage;            /* words begun off a side of it */
    int off_top, off_foot;  /* glyphs drawn past its top, its foot */
    int turned;             /* read turned from how it is displayed, so
                               that its text stands upright */
} page_data;

/* A chunk of a line: characters separated from the next chunk by a gap
 * of at least GAP character heights (two for columns of a table). */
typedef struct chunk {
    double x0, x1;
} chunk;

#define MAX_CHUNKS 64

static inline double ch_h(const pchar *c)
{
    return c->y1 - c->y0;
}

static inline double ch_cx(const pchar *c)
{
    return (c->x0 + c->x1) / 2;
}

static inline double ch_cy(const pchar *c)
{
    return (c->y0 + c->y1) / 2;
}

/* pdf.c: helpers every stage uses */
void *xg_pdf_reallocarray(void *p, size_t n, size_t size);
int xg_pdf_grow(void **arr, size_t *cap, size_t need, size_t size);
int xg_pdf_cmp_double(const void *a, const void *b);
int xg_pdf_uf_find(int *parent, int i);
void xg_pdf_uf_union(int *parent, int a, int b);

/* pdf_lines.c */
void xg_pdf_lines_free(pline *lines, size_t n);
int xg_pdf_group_lines(pchar **chars, size_t n, pline **out,
                       size_t *nout);
int xg_pdf_line_has_ink(const pline *l);
int xg_pdf_numbers_alone(const pline *l);
int xg_pdf_line_text(const pline *l, xg_buf *out);
int xg_pdf_chars_text(pchar **chars, size_t n, double xl, double xr,
                      xg_buf *out, double *last_x1, double *last_h);
int xg_pdf_cell_text(pchar **chars, size_t n, double xl, double xr,
                     double pad, xg_buf *out, double *last_x1,
                     double *last_h, int *run_digits);
int xg_pdf_cell_pad(pchar **chars, size_t n, double xl, double xr,
                    double *pad);
int xg_pdf_first_line_digits(pchar **chars, size_t n, size_t *digits);
int xg_pdf_join_lines(xg_buf *text);

/* Lines of digits one over another in a cell, taken top to bottom
 * (xg_pdf_stack_line from a zeroed one): may they be one number set over
 * several lines in a column too narrow for it? */
typedef struct xg_pdf_stack {
    size_t n;               /* lines taken */
    size_t first, last;     /* digits of the first and of the last line */
    size_t widest, total;   /* the most digits on a line, and all of them */
    double prev_y1, gap;    /* the last line's foot; the first two's gap */
    /* each line within a line's height and a fifth of the one before,
     * as far as the first two stand apart (cells of double spacing) */
    int even;
    /* each line but the last as many digits as the first, the last no
     * more */
    int shaped;
} xg_pdf_stack;

/* Take the next line down of S: DIGITS digits, its ink from Y0 to Y1. */
void xg_pdf_stack_line(xg_pdf_stack *s, size_t digits, double y0, double y1);
size_t xg_pdf_line_chunks_gap(const pline *l, chunk *out, size_t max,
                              double gap);
size_t xg_pdf_line_chunks(const pline *l, chunk *out, size_t max);
/* Chunks split at gaps wider than GAP character heights, and at any gap
 * between characters set HEIGHT character heights apart in height. */
size_t xg_pdf_line_chunks_heights(const pline *l, chunk *out, size_t max,
                                  double gap, double height);
/* An ASCII or full-width digit. */
int xg_pdf_digit_cp(uint32_t c);
/* A dash of any width (- － — ─ ~ …): page numbers' and empty cells'. */
int xg_pdf_dash_cp(uint32_t c);
/* A mark a cell holds for no number: a dash or a slash. */
int xg_pdf_none_mark_cp(uint32_t c);
int xg_pdf_number_cp(uint32_t c);
/* Does TEXT begin a new item of a label: 1. 2、 (一) （二） 三、? */
int xg_pdf_starts_item(const char *text);
/* Chunks that may be cells of neighbouring columns: split at gaps of a
 * character height, and of half of one between two digits. */
size_t xg_pdf_line_columns(const pline *l, chunk *out, size_t max);
size_t xg_pdf_line_columns_gap(const pline *l, chunk *out, size_t max,
                               double digit_gap);
/* Fold the OCR provenance of N characters into *OCR and *CONF (the lowest
 * confidence); characters of a text layer change nothing. */
void xg_pdf_note_ocr(pchar *const *chars, size_t n, int *ocr, float *conf);

/* pdf_rules.c: the rules of page PD from its rendering at SCALE pixels
 * per point, PIXELS of W x H in cairo's RGB24 format (STRIDE bytes a
 * row), added to RL.  Returns -1 when memory runs out. */
int xg_pdf_rules_from_image(const unsigned char *pixels, int stride, int w,
                            int h, double scale, const page_data *pd,
                            rules *rl);
/* The same from PIXELS of a byte a pixel (grey; a scan read by OCR). */
int xg_pdf_rules_from_gray(const unsigned char *pixels, int stride, int w,
                           int h, double scale, const page_data *pd, rules *rl);
/* Order of rules: by position, then start. */
int xg_pdf_cmp_rule(const void *a, const void *b);

/* pdf_ocr.c (a build with OCR only): OCR of REGION (x0, y0, x1, y1 in
 * points) of PAGE, a page rendered in grey at SCALE pixels per point:
 * straightened, its rules found, its ink recognised; the characters
 * (marked ocr) are added to PD's and the rules to RL, in page points.
 * When NEED_RULES, a region with no ruled lattice in it (a photograph, a
 * seal) is left alone.  DEADLINE_MS bounds the time (XG_ERR_LIMIT past
 * it).  A region that is the whole page takes PAGE's pixels (page->px is
 * then NULL, and freed here) rather than a copy: a page is 9 MB at 300
 * dpi. */
struct xg_ocr;
struct xg_gray;
int xg_pdf_ocr_region(struct xg_ocr *ocr, struct xg_gray *page,
                      double scale, const double region[4], int need_rules,
                      page_data *pd, rules *rl, long deadline_ms,
                      xg_error *err);

/* The rules found (from pixels or from paths), joined where a border
 * was drawn in pieces, without the glyph strokes and underlines among
 * them.  Returns -1 when memory runs out. */
int xg_pdf_rules_finish(const page_data *pd, rules *rl);

/* pdf_core.cc: the document as Poppler's core reads it.
 * xg_pdf_core_open keeps DATA (SIZE bytes), which must outlive the
 * handle; reading stops past CPU_LIMIT seconds of CPU from now (0: no
 * limit).  xg_pdf_core_read_page reads page PD->no (1-based): its size,
 * its characters (PD->chars, as poppler_page_get_text_layout gives them)
 * and, into RL, the dark thin bars its paths draw (unjoined). */
typedef struct xg_pdf_core xg_pdf_core;
int xg_pdf_core_open(const unsigned char *data, size_t size,
                     double cpu_limit, xg_pdf_core **out, xg_error *err);
int xg_pdf_core_npages(const xg_pdf_core *core);
int xg_pdf_core_read_page(xg_pdf_core *core, page_data *pd, rules *rl,
                          xg_error *err);
/* XG_OK, or XG_ERR_LIMIT once the CPU time given to xg_pdf_core_open is
 * spent: the later stages of a document check it page by page too. */
int xg_pdf_core_in_time(const xg_pdf_core *core, xg_error *err);
/* Give the document SECONDS more of CPU time: the time OCR took, which
 * has bounds of its own. */
void xg_pdf_core_extend(xg_pdf_core *core, double seconds);
void xg_pdf_core_close(xg_pdf_core *core);
/* Page PAGE_NO (1-based) rendered in grey at SCALE pixels per point, text
 * not drawn (only what a scan holds: pictures, paths), into *PX (owned,
 * *W x *H bytes, rows *W apart).  XG_ERR_LIMIT past XG_OCR_MAX_SIDE. */
int xg_pdf_core_render(xg_pdf_core *core, int page_no, double scale,
                       unsigned char **px, int *w, int *h, xg_error *err);
/* The boxes (x0, y0, x1, y1 in points) of the pictures drawn on page
 * PAGE_NO that cover a tenth of it or more, into BOXES (at most MAX);
 * their count in *N.  Only a page whose resources hold such a picture is
 * interpreted for it. */
int xg_pdf_core_pictures(xg_pdf_core *core, int page_no, double boxes[][4],
                         int max, int *n, xg_error *err);

/* pdf_lattice.c */
void xg_pdf_jtable_free(jtable *t);
tcell *xg_pdf_jtable_add(jtable *t);
int xg_pdf_ruled_tables(page_data *pd, const rules *rl, unsigned char *taken,
                        jtable ***tables, size_t *ntables, size_t *captables);

/* pdf_aligned.c.  PREV (may be NULL): the table that ended the page
 * before, whose columns a table opening this page may go on in. */
int xg_pdf_aligned_tables(page_data *pd, const rules *rl, const jtable *prev,
                          unsigned char *taken, jtable ***tables,
                          size_t *ntables, size_t *captables);
/* Is line K of LINES (NL), with the lines set into it under it, a
 * header's words over the cells of the next line, word for word (a table
 * of one row)?  How many words, else 0; *ROW (may be NULL) gets the
 * row's line. */
size_t xg_pdf_header_over_numbers(const pline *lines, size_t nl, size_t k,
                                  size_t *row);

/* pdf_pages.c */
void xg_pdf_page_free(page_data *pd);
/* The tables of page PD (with rules RL, possibly none), its flow lines,
 * its items in reading order.  PREV (may be NULL): the page before, whose
 * last table a table opening this page may continue. */
int xg_pdf_page_structure(page_data *pd, const rules *rl,
                          const page_data *prev, xg_error *err);
int xg_pdf_drop_furniture(page_data *pages, size_t np);
int xg_pdf_assemble(page_data *pages, size_t np, xg_doc *doc, xg_error *err);

#endif
