/*
 * PDF extractor on Poppler's GLib API.
 *
 * Poppler gives us characters with boxes but no table structure and no
 * vector paths.  So each page goes through three steps:
 *
 *   1. characters: poppler_page_get_text and its layout, one box per
 *      character, kept with their geometry;
 *   2. rules: the page rendered with cairo at a low resolution and scanned
 *      for long thin runs of dark pixels, horizontal and vertical;
 *   3. structure: rules that touch form a lattice, the lattice becomes a
 *      grid of cells (a cell with no rule inside it spans grid lines), the
 *      characters fall into cells by their centres; runs of text lines
 *      aligned in columns with no vertical rules become tables too; what is
 *      left is paragraphs.
 *
 * Then the pages are put together: a table that goes on at the top of the
 * next page with the same columns is joined to the one before (a repeated
 * header dropped, cells cut by the page break joined), paragraphs run on
 * across page breaks, page numbers and running headers are dropped.
 *
 * Rendering costs more than everything else together, so only pages with
 * a line that has a wide gap in it (a table row) are rendered.  Poppler
 * gives the text layout and the rendering of a page with /Rotate both in
 * the turned, displayed space, so nothing is turned here.
 *
 * All state lives in the call; nothing static is written (Poppler itself is
 * not thread-safe anyway: parallelism means processes).
 */
#include "extract.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <poppler.h>

#include "buf.h"
#include "error.h"

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
    gunichar cp;
    double x0, y0, x1, y1;
    int space;              /* a space Poppler put in (or one in the PDF) */
    int dup;                /* a second copy drawn over the first (fake bold) */
    size_t seq;             /* position in Poppler's reading order */
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

/* A cell of a table block, in the block's own grid and in points. */
typedef struct tcell {
    int row, rowspan;
    double xl, xr;          /* left and right x: columns are found later */
    double y0, y1;
    int page;
    int top_real, bottom_real;  /* ruled edges (an open edge may continue) */
    xg_buf text;
    int has_text;
    double last_x1, last_h;     /* end and height of the bottom text line */
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
    pchar **flow;           /* characters outside tables */
    size_t nflow;
    pline *lines;           /* flow lines */
    size_t nlines;
    pitem *items;
    size_t nitems;
    int has_text;
    int tabular;            /* a line with a wide gap: worth rendering */
    int opens_tabular;      /* ... and the first line is one */
} page_data;

/* ------------------------------------------------------------------ */
/* small helpers                                                       */

static void *xreallocarray(void *p, size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size)
        return NULL;
    return realloc(p, n * size != 0 ? n * size : 1);
}

/* Grow *ARR (of *CAP elements of SIZE) to hold at least NEED. */
static int grow(void **arr, size_t *cap, size_t need, size_t size)
{
    size_t ncap;
    void *p;

    if (need <= *cap)
        return 0;
    ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return -1;
        ncap *= 2;
    }
    p = xreallocarray(*arr, ncap, size);
    if (p == NULL)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

static int is_space_cp(gunichar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 ||
           c == 0x3000 || c == 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

/* Characters after which, and before which, a line break inside a
 * paragraph needs a space: Latin letters and digits on both sides. */
static int is_latin_cp(gunichar c)
{
    return c < 0x2e80 && c > ' ' && c != 0xa0;
}

static double ch_h(const pchar *c)
{
    return c->y1 - c->y0;
}

static double ch_cx(const pchar *c)
{
    return (c->x0 + c->x1) / 2;
}

static double ch_cy(const pchar *c)
{
    return (c->y0 + c->y1) / 2;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return x < y ? -1 : x > y;
}

static int cmp_char_y(const void *a, const void *b)
{
    const pchar *p = *(pchar *const *)a, *q = *(pchar *const *)b;
    double x = ch_cy(p), y = ch_cy(q);

    if (x != y)
        return x < y ? -1 : 1;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

static int cmp_char_x(const void *a, const void *b)
{
    const pchar *p = *(pchar *const *)a, *q = *(pchar *const *)b;

    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

static int cmp_rule(const void *a, const void *b)
{
    const rule *p = a, *q = b;

    if (p->pos != q->pos)
        return p->pos < q->pos ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

static int uf_find(int *parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static void uf_union(int *parent, int a, int b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a != b)
        parent[a < b ? b : a] = a < b ? a : b;
}

/* ------------------------------------------------------------------ */
/* lines                                                               */

static void lines_free(pline *lines, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        free(lines[i].chars);
    free(lines);
}

static int cmp_height(const void *a, const void *b)
{
    return cmp_double(a, b);
}

/* Group characters into visual lines: sorted by vertical centre, a
 * character joins the current line when its box overlaps the line's band
 * by half of the smaller height.  Sorts CHARS in place. */
static int group_lines(pchar **chars, size_t n, pline **out, size_t *nout)
{
    pline *lines = NULL;
    size_t nl = 0, cap = 0, i, start = 0;
    double by0 = 0, by1 = 0;

    *out = NULL;
    *nout = 0;
    if (n == 0)
        return 0;
    qsort(chars, n, sizeof *chars, cmp_char_y);
    for (i = 0; i <= n; i++) {
        int join = 0;

        if (i < n && i > start) {
            double lo = chars[i]->y0 > by0 ? chars[i]->y0 : by0;
            double hi = chars[i]->y1 < by1 ? chars[i]->y1 : by1;
            double hmin = ch_h(chars[i]) < by1 - by0 ? ch_h(chars[i])
                                                      : by1 - by0;

            join = hi - lo >= 0.5 * hmin;
            /* stacked characters (a label written top to bottom) have
             * tall boxes that overlap: two characters on one line never
             * overlap left to right */
            if (join && !chars[i]->space && !chars[i]->dup &&
                i - start <= 256) {
                size_t k;

                for (k = start; k < i && join; k++) {
                    const pchar *o = chars[k];
                    double ox0 = o->x0 > chars[i]->x0 ? o->x0 : chars[i]->x0;
                    double ox1 = o->x1 < chars[i]->x1 ? o->x1 : chars[i]->x1;
                    double wmin = (o->x1 - o->x0) < (chars[i]->x1 - chars[i]->x0)
                                      ? o->x1 - o->x0 : chars[i]->x1 - chars[i]->x0;

                    if (!o->space && !o->dup && ox1 - ox0 > 0.5 * wmin &&
                        wmin > 0) {
                        double oy0 = o->y0 > chars[i]->y0 ? o->y0 : chars[i]->y0;
                        double oy1 = o->y1 < chars[i]->y1 ? o->y1 : chars[i]->y1;

                        if (o->cp == chars[i]->cp && ox1 - ox0 > 0.7 * wmin &&
                            oy1 - oy0 > 0.7 * ch_h(chars[i]))
                            chars[i]->dup = 1;
                        else if (fabs(ch_cy(o) - ch_cy(chars[i])) >
                                 0.25 * ch_h(chars[i]))
                            join = 0;   /* stacked, not squeezed punctuation */
                    }
                }
            }
        }
        if (i > start && (i == n || !join)) {
            pline *l;
            size_t k, m = i - start;
            double *hs;

            if (grow((void **)&lines, &cap, nl + 1, sizeof *lines) != 0)
                goto fail;
            l = &lines[nl];
            memset(l, 0, sizeof *l);
            l->chars = malloc(m * sizeof *l->chars);
            hs = malloc(m * sizeof *hs);
            if (l->chars == NULL || hs == NULL) {
                free(l->chars);
                free(hs);
                goto fail;
            }
            nl++;
            memcpy(l->chars, chars + start, m * sizeof *l->chars);
            l->n = m;
            qsort(l->chars, m, sizeof *l->chars, cmp_char_x);
            l->x0 = l->y0 = 1e300;
            l->x1 = l->y1 = -1e300;
            for (k = 0; k < m; k++) {
                const pchar *c = l->chars[k];

                hs[k] = ch_h(c);
                if (c->space)
                    continue;
                if (c->x0 < l->x0) l->x0 = c->x0;
                if (c->y0 < l->y0) l->y0 = c->y0;
                if (c->x1 > l->x1) l->x1 = c->x1;
                if (c->y1 > l->y1) l->y1 = c->y1;
            }
            if (l->x0 > l->x1) {        /* only spaces */
                l->x0 = chars[start]->x0;
                l->x1 = chars[start]->x1;
                l->y0 = chars[start]->y0;
                l->y1 = chars[start]->y1;
            }
            qsort(hs, m, sizeof *hs, cmp_height);
            l->h = hs[m / 2];
            free(hs);
            start = i;
        }
        if (i < n && (i == start || !join)) {
            by0 = chars[i]->y0;
            by1 = chars[i]->y1;
        } else if (i < n) {
            if (chars[i]->y0 < by0) by0 = chars[i]->y0;
            if (chars[i]->y1 > by1) by1 = chars[i]->y1;
        }
    }
    *out = lines;
    *nout = nl;
    return 0;
fail:
    lines_free(lines, nl);
    return -1;
}

/* Does the line hold anything but spaces? */
static int line_has_ink(const pline *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space && !l->chars[i]->dup)
            return 1;
    return 0;
}

/* Append the line's text: spaces collapsed and trimmed; a gap wider than
 * most of a character with no space in it gets one (cells drawn as
 * separate text runs). */
static int line_text(const pline *l, xg_buf *out)
{
    size_t i;
    int pending = 0, any = 0;
    const pchar *prev = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->dup)
            continue;
        if (c->space) {
            pending = 1;
            continue;
        }
        if (prev != NULL && c->x0 - prev->x1 > 0.8 * l->h)
            pending = 1;
        if (pending && any && xg_buf_putc(out, ' ') != 0)
            return -1;
        if (xg_buf_put_cp(out, c->cp) != 0)
            return -1;
        pending = 0;
        any = 1;
        prev = c;
    }
    return 0;
}

/* The single character of a line that holds one, or NULL. */
static const pchar *only_char(const pline *l)
{
    const pchar *found = NULL;
    size_t i;

    for (i = 0; i < l->n; i++) {
        if (l->chars[i]->space || l->chars[i]->dup)
            continue;
        if (found != NULL)
            return NULL;
        found = l->chars[i];
    }
    return found;
}

/* Is this a column of single characters that Poppler reads bottom to top
 * (glyphs turned a quarter left)?  Then the lines go out in reverse. */
static int reads_upward(const pline *lines, size_t nl)
{
    size_t i, ink = 0;
    const pchar *prev = NULL;

    for (i = 0; i < nl; i++) {
        const pchar *c;

        if (!line_has_ink(&lines[i]))
            continue;
        c = only_char(&lines[i]);
        if (c == NULL || (prev != NULL && c->seq >= prev->seq))
            return 0;
        prev = c;
        ink++;
    }
    return ink >= 2;
}

/* Is the line all of one number (digits, grouping commas, a point)?
 * *FIRST and *LAST get its first and last characters. */
static int numeric_line(const pline *l, const pchar **first,
                        const pchar **last)
{
    size_t i;

    *first = *last = NULL;
    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || c->dup)
            continue;
        if (!((c->cp >= '0' && c->cp <= '9') ||
              (c->cp >= 0xff10 && c->cp <= 0xff19) || c->cp == ',' ||
              c->cp == '.' || c->cp == 0xff0c || c->cp == 0xff0e))
            return 0;
        if (*first == NULL)
            *first = c;
        *last = c;
    }
    return *first != NULL;
}

/* Does a number run on from line A to line B of a cell between XL and XR
 * (a narrow column wrapped it: 16073 printed as 1607 over 3)?  Both lines
 * are number characters, B starts with a digit and is no wider than A,
 * and A is full: with the cell's padding taken as the same on both sides,
 * the room left beside A is narrower than B's first digit.  For a number
 * set left, right or centred alike that room is the difference of A's
 * gaps to the two edges. */
static int number_runs_on(const pline *a, const pline *b, double xl,
                          double xr)
{
    const pchar *af, *al, *bf, *bl;

    if (!(xr > xl) || !numeric_line(a, &af, &al) ||
        !numeric_line(b, &bf, &bl) ||
        !((bf->cp >= '0' && bf->cp <= '9') ||
          (bf->cp >= 0xff10 && bf->cp <= 0xff19)))
        return 0;
    if (b->x1 - b->x0 > a->x1 - a->x0 + 0.5)
        return 0;
    if (a->x0 < xl || a->x1 > xr)
        return 0;
    return fabs((a->x0 - xl) - (xr - a->x1)) < bf->x1 - bf->x0;
}

/* The text of a set of characters as visual lines joined by '\n' (a
 * number wrapped in its cell between XL and XR joined with nothing; XL >=
 * XR when the cell's edges are not known); where the bottom line ends and
 * its height in *LAST_X1 and *LAST_H (may be NULL). */
static int chars_text(pchar **chars, size_t n, double xl, double xr,
                      xg_buf *out, double *last_x1, double *last_h)
{
    pline *lines;
    const pline *prev = NULL;
    size_t nl, i, k;
    int first = 1, upward;

    if (group_lines(chars, n, &lines, &nl) != 0)
        return -1;
    /* where the bottom line ends: a cell cut by a page break has its
     * last line full, wrapped on into the next page */
    for (i = nl; i-- > 0 && last_x1 != NULL;)
        if (line_has_ink(&lines[i])) {
            *last_x1 = lines[i].x1;
            *last_h = lines[i].h;
            break;
        }
    upward = reads_upward(lines, nl);
    for (k = 0; k < nl; k++) {
        i = upward ? nl - 1 - k : k;
        if (!line_has_ink(&lines[i]))
            continue;
        if ((!first && !(!upward && number_runs_on(prev, &lines[i], xl, xr)) &&
             xg_buf_putc(out, '\n') != 0) ||
            line_text(&lines[i], out) != 0) {
            lines_free(lines, nl);
            return -1;
        }
        first = 0;
        prev = &lines[i];
    }
    lines_free(lines, nl);
    return 0;
}

/* ------------------------------------------------------------------ */
/* characters                                                          */

/* Read the page's characters with their boxes.  Poppler's text and its
 * layout correspond one to one, character by character; line breaks are
 * dropped, spaces kept (marked) for word separation. */
static int page_chars(PopplerPage *page, page_data *pd, int *has_text)
{
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nrects = 0, k = 0;
    const char *p;
    int rc = 0;

    if (text == NULL)
        return 0;
    if (!poppler_page_get_text_layout(page, &rects, &nrects))
        nrects = 0;
    pd->chars = malloc(((size_t)nrects + 1) * sizeof *pd->chars);
    if (pd->chars == NULL) {
        rc = -1;
        goto out;
    }
    for (p = text; *p != '\0' && k < nrects; p = g_utf8_next_char(p), k++) {
        gunichar cp = g_utf8_get_char_validated(p, -1);
        const PopplerRectangle *r = &rects[k];
        pchar *c;
        double x0, x1, y0, y1;

        if (cp == (gunichar)-1 || cp == (gunichar)-2)
            cp = 0xfffd;
        if (cp == '\n' || cp == '\r' || cp < 0x20)
            continue;
        x0 = r->x1 < r->x2 ? r->x1 : r->x2;
        x1 = r->x1 < r->x2 ? r->x2 : r->x1;
        y0 = r->y1 < r->y2 ? r->y1 : r->y2;
        y1 = r->y1 < r->y2 ? r->y2 : r->y1;
        if (!isfinite(x0) || !isfinite(x1) || !isfinite(y0) || !isfinite(y1))
            continue;
        if (y1 - y0 < 0.1)      /* a degenerate box still needs a height */
            y1 = y0 + 0.1;
        c = &pd->chars[pd->nchars++];
        memset(c, 0, sizeof *c);
        c->seq = k;
        c->cp = cp;
        c->x0 = x0;
        c->x1 = x1;
        c->y0 = y0;
        c->y1 = y1;
        c->space = is_space_cp(cp);
        if (!c->space)
            *has_text = 1;
    }
out:
    g_free(rects);
    g_free(text);
    return rc;
}

/* ------------------------------------------------------------------ */
/* rules                                                               */

typedef struct rules {
    rule *h, *v;
    size_t nh, nv, caph, capv;
} rules;

/* A dark run being grown into a rule across pixel rows (or columns). */
typedef struct run_seg {
    int first, last;        /* rows (for horizontal rules) */
    int a, b;               /* columns, inclusive */
} run_seg;

/* The page's characters sorted by x0 and by y0, with the widest and the
 * tallest, so the characters near a rule are found by binary search. */
typedef struct char_index {
    pchar **by_x, **by_y;
    size_t n;
    double max_w, max_h;
} char_index;

static int cmp_char_x0(const void *a, const void *b)
{
    const pchar *p = *(pchar *const *)a, *q = *(pchar *const *)b;

    return (p->x0 > q->x0) - (p->x0 < q->x0);
}

static int cmp_char_y0(const void *a, const void *b)
{
    const pchar *p = *(pchar *const *)a, *q = *(pchar *const *)b;

    return (p->y0 > q->y0) - (p->y0 < q->y0);
}

static void char_index_free(char_index *ix)
{
    free(ix->by_x);
    free(ix->by_y);
}

static int char_index_build(const page_data *pd, char_index *ix)
{
    size_t i;

    memset(ix, 0, sizeof *ix);
    ix->by_x = malloc((pd->nchars + 1) * sizeof *ix->by_x);
    ix->by_y = malloc((pd->nchars + 1) * sizeof *ix->by_y);
    if (ix->by_x == NULL || ix->by_y == NULL) {
        char_index_free(ix);
        return -1;
    }
    for (i = 0; i < pd->nchars; i++) {
        pchar *c = &pd->chars[i];

        if (c->space)
            continue;
        ix->by_x[ix->n] = ix->by_y[ix->n] = c;
        ix->n++;
        if (c->x1 - c->x0 > ix->max_w) ix->max_w = c->x1 - c->x0;
        if (c->y1 - c->y0 > ix->max_h) ix->max_h = c->y1 - c->y0;
    }
    if (ix->n > 0) {
        qsort(ix->by_x, ix->n, sizeof *ix->by_x, cmp_char_x0);
        qsort(ix->by_y, ix->n, sizeof *ix->by_y, cmp_char_y0);
    }
    return 0;
}

/* Is the rule a glyph stroke (一, ——, 十) rather than a table rule?  It
 * is mostly covered by character boxes and no longer than those
 * characters: a vertical stroke stays within one character's height, a
 * horizontal one within a few widths (a dash of two; the strokes of
 * 大量反 run into one another).  Length matters:
 * a table rule along the left edge of text set flush against it runs
 * through many boxes and is much longer than any of them. */
static int glyph_stroke(const char_index *ix, const rule *r, int vertical)
{
    double len = r->b - r->a, cov = 0, from, extent = 0;
    pchar **v = vertical ? ix->by_y : ix->by_x;
    size_t lo = 0, hi = ix->n, i;

    if (len <= 0)
        return 1;
    /* the first character that may reach the rule's start */
    from = r->a - (vertical ? ix->max_h : ix->max_w);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if ((vertical ? v[mid]->y0 : v[mid]->x0) < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = lo; i < ix->n; i++) {
        const pchar *c = v[i];
        double a, b;

        if (vertical) {
            if (c->y0 > r->b)
                break;
            if (r->pos < c->x0 || r->pos > c->x1)
                continue;
            a = c->y0 > r->a ? c->y0 : r->a;
            b = c->y1 < r->b ? c->y1 : r->b;
            if (b > a && c->y1 - c->y0 > extent)
                extent = c->y1 - c->y0;
        } else {
            if (c->x0 > r->b)
                break;
            if (r->pos < c->y0 || r->pos > c->y1)
                continue;
            a = c->x0 > r->a ? c->x0 : r->a;
            b = c->x1 < r->b ? c->x1 : r->b;
            if (b > a && c->x1 - c->x0 > extent)
                extent = c->x1 - c->x0;
        }
        if (b > a)
            cov += b - a;
    }
    return cov >= 0.6 * len && len <= (vertical ? 1.5 : 4.5) * extent;
}

/* Is the horizontal rule an underline?  It sits in the lower part of the
 * boxes of the characters above it, or just below them, and runs from the
 * first of them to the last and no further.  Text that fills its cell is
 * underlined up to the cell's side rules; taken for a border, the line
 * would cut the cell in two. */
static int underline(const char_index *ix, const rule *r)
{
    double cov = 0, x0 = 1e300, x1 = -1e300, from = r->a - ix->max_w;
    size_t lo = 0, hi = ix->n, i;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (ix->by_x[mid]->x0 < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = lo; i < ix->n; i++) {
        const pchar *c = ix->by_x[i];
        double h = c->y1 - c->y0, a, b;

        if (c->x0 > r->b)
            break;
        if (r->pos < c->y0 + 0.5 * h || r->pos > c->y1 + 0.4 * h)
            continue;
        a = c->x0 > r->a ? c->x0 : r->a;
        b = c->x1 < r->b ? c->x1 : r->b;
        if (b <= a)
            continue;
        cov += b - a;
        if (c->x0 < x0) x0 = c->x0;
        if (c->x1 > x1) x1 = c->x1;
    }
    return cov >= 0.7 * (r->b - r->a) && r->a >= x0 - 1.5 && r->b <= x1 + 1.5;
}

/* Drop the glyph strokes and underlines among rules. */
static void drop_strokes(const char_index *ix, rule *r, size_t *n,
                         int vertical)
{
    size_t i, m = 0;

    for (i = 0; i < *n; i++)
        if (!glyph_stroke(ix, &r[i], vertical) &&
            (vertical || !underline(ix, &r[i])))
            r[m++] = r[i];
    *n = m;
}

/* A dark run: on pixel line LINE (a row, or a column for vertical runs)
 * from A to B inclusive. */
typedef struct run {
    int line, a, b;
} run;

static int cmp_run(const void *x, const void *y)
{
    const run *p = x, *q = y;

    if (p->line != q->line)
        return p->line < q->line ? -1 : 1;
    return (p->a > q->a) - (p->a < q->a);
}

/* Long dark runs of the map, horizontal (rows) or vertical (columns).
 * Both are found in one row-major pass, which keeps the cache happy: a
 * vertical run is open in its column until a light pixel closes it. */
static int find_runs(const unsigned char *pixels, int stride, int w, int h,
                     int minlen, run **hr, size_t *nh, run **vr, size_t *nv)
{
    int *open = malloc(((size_t)w + 1) * sizeof *open);
    unsigned char *isopen = calloc((size_t)w + 8, 1);
    unsigned char *dark = malloc((size_t)w + 8);
    size_t caph = 0, capv = 0;
    int x, y;

    *hr = *vr = NULL;
    *nh = *nv = 0;
    if (open == NULL || isopen == NULL || dark == NULL) {
        free(open);
        free(isopen);
        free(dark);
        return -1;
    }
    for (x = 0; x < w; x++)
        open[x] = -1;
    for (y = 0; y <= h; y++) {
        const unsigned char *row = NULL;

        if (y < h) {
            const uint32_t *px = (const uint32_t *)(const void *)
                                     (pixels + (size_t)y * stride);

            for (x = 0; x < w; x++) {
                uint32_t v;

                /* paper, the common case: four pixels at a time */
                if (x + 4 <= w) {
                    uint64_t two[2];

                    memcpy(two, px + x, 16);
                    if (((two[0] & two[1]) & UINT64_C(0x00ffffff00ffffff)) ==
                        UINT64_C(0x00ffffff00ffffff)) {
                        memset(dark + x, 0, 4);
                        x += 3;
                        continue;
                    }
                }
                v = px[x] & 0xffffff;
                if (v == 0xffffff) {
                    dark[x] = 0;
                } else {
                    unsigned r = v >> 16, g = (v >> 8) & 0xff, b = v & 0xff;

                    dark[x] = (r * 77 + g * 150 + b * 29) >> 8 < DARK_LUMA;
                }
            }
            row = dark;
        }

        for (x = 0; x < w; x++) {
            int d;

            /* most of a page is paper: skip eight light, closed columns
             * at a time */
            if (x + 8 <= w) {
                uint64_t a = 0, b;

                if (row != NULL)
                    memcpy(&a, row + x, 8);
                memcpy(&b, isopen + x, 8);
                if ((a | b) == 0) {
                    x += 7;
                    continue;
                }
            }
            d = row != NULL && row[x];

            if (d && open[x] < 0) {
                open[x] = y;
                isopen[x] = 1;
            } else if (!d && open[x] >= 0) {
                isopen[x] = 0;
                if (y - open[x] >= minlen) {
                    if (grow((void **)vr, &capv, *nv + 1, sizeof **vr))
                        goto fail;
                    (*vr)[*nv].line = x;
                    (*vr)[*nv].a = open[x];
                    (*vr)[*nv].b = y - 1;
                    (*nv)++;
                }
                open[x] = -1;
            }
        }
        x = 0;
        while (row != NULL && x < w) {
            const unsigned char *p = memchr(row + x, 1, (size_t)(w - x));
            int x0;

            if (p == NULL)
                break;
            x0 = (int)(p - row);
            x = x0;
            while (x < w && row[x])
                x++;
            if (x - x0 >= minlen) {
                if (grow((void **)hr, &caph, *nh + 1, sizeof **hr))
                    goto fail;
                (*hr)[*nh].line = y;
                (*hr)[*nh].a = x0;
                (*hr)[*nh].b = x - 1;
                (*nh)++;
            }
        }
    }
    free(open);
    free(isopen);
    free(dark);
    if (*nv > 0)
        qsort(*vr, *nv, sizeof **vr, cmp_run);
    return 0;
fail:
    free(open);
    free(isopen);
    free(dark);
    free(*hr);
    free(*vr);
    *hr = *vr = NULL;
    return -1;
}

/* Grow runs (sorted by line) into rules: runs on neighbouring lines that
 * overlap are one stroke; strokes thin enough become rules. */
static int runs_to_rules(const run *runs, size_t nruns, double scale,
                         rule **out, size_t *nout, size_t *capout)
{
    run_seg *segs = NULL;
    size_t nseg = 0, cap = 0, active = 0, i, j;
    int rc = -1;

    for (i = 0; i < nruns; i++) {
        const run *r = &runs[i];
        int done = 0;

        while (active < nseg && segs[active].last < r->line - 1)
            active++;
        for (j = active; j < nseg; j++) {
            run_seg *s = &segs[j];
            int lo = s->a > r->a ? s->a : r->a;
            int hi = s->b < r->b ? s->b : r->b;
            int longer = (s->b - s->a) > (r->b - r->a) ? s->b - s->a
                                                       : r->b - r->a;

            /* the same stroke, one pixel line on: most of both runs
             * overlap.  A short glyph stroke touching a long rule is not
             * part of it (it would thicken the rule into a filled area) */
            if (s->last == r->line - 1 && hi - lo >= longer / 2) {
                s->last = r->line;
                if (r->a < s->a) s->a = r->a;
                if (r->b > s->b) s->b = r->b;
                done = 1;
                break;
            }
        }
        if (!done) {
            if (grow((void **)&segs, &cap, nseg + 1, sizeof *segs))
                goto out;
            segs[nseg].first = segs[nseg].last = r->line;
            segs[nseg].a = r->a;
            segs[nseg].b = r->b;
            nseg++;
        }
    }
    for (i = 0; i < nseg; i++) {
        const run_seg *s = &segs[i];
        rule ru;

        if ((s->last - s->first + 1) / scale > RULE_MAX_THICK)
            continue;
        ru.pos = (s->first + s->last + 1) / 2.0 / scale;
        ru.a = s->a / scale;
        ru.b = (s->b + 1) / scale;
        if (grow((void **)out, capout, *nout + 1, sizeof **out))
            goto out;
        (*out)[(*nout)++] = ru;
    }
    rc = 0;
out:
    free(segs);
    return rc;
}

/* Join collinear pieces of one rule (a border drawn cell by cell). */
static void join_rules(rule *r, size_t *n)
{
    size_t i, j, m = 0;

    if (*n == 0)
        return;
    qsort(r, *n, sizeof *r, cmp_rule);
    for (i = 0; i < *n; i++) {
        int merged = 0;

        for (j = m; j-- > 0;) {
            if (r[i].pos - r[j].pos > LINE_TOL)
                break;
            if (r[i].a <= r[j].b + RULE_JOIN_GAP &&
                r[j].a <= r[i].b + RULE_JOIN_GAP) {
                double l1 = r[j].b - r[j].a, l2 = r[i].b - r[i].a;

                r[j].pos = (r[j].pos * l1 + r[i].pos * l2) / (l1 + l2);
                if (r[i].a < r[j].a) r[j].a = r[i].a;
                if (r[i].b > r[j].b) r[j].b = r[i].b;
                merged = 1;
                break;
            }
        }
        if (!merged)
            r[m++] = r[i];
    }
    *n = m;
}

/* The image a page is rendered into, kept from page to page: pages of
 * one size (nearly all) reuse it. */
typedef struct canvas {
    cairo_surface_t *surf;
    int w, h;
} canvas;

static void canvas_free(canvas *cv)
{
    if (cv->surf != NULL)
        cairo_surface_destroy(cv->surf);
    memset(cv, 0, sizeof *cv);
}

/* Render the page and find its rules. */
static int page_rules(PopplerPage *page, const page_data *pd, canvas *cv,
                      rules *rl, xg_error *err)
{
    double scale = RENDER_SCALE;
    cairo_t *cr = NULL;
    int w, h, rc = XG_OK;
    run *hr = NULL, *vr = NULL;
    size_t nhr = 0, nvr = 0;
    char_index ix = {0};

    if (pd->w * scale > RENDER_MAX_SIDE)
        scale = RENDER_MAX_SIDE / pd->w;
    if (pd->h * scale > RENDER_MAX_SIDE)
        scale = RENDER_MAX_SIDE / pd->h;
    w = (int)ceil(pd->w * scale);
    h = (int)ceil(pd->h * scale);
    if (w < 1 || h < 1)
        return XG_OK;
    if (cv->surf == NULL || cv->w != w || cv->h != h) {
        canvas_free(cv);
        cv->surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
        if (cairo_surface_status(cv->surf) != CAIRO_STATUS_SUCCESS) {
            canvas_free(cv);
            return xg_error_nomem(err);
        }
        cv->w = w;
        cv->h = h;
    }
    cr = cairo_create(cv->surf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    poppler_page_render(page, cr);
    if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
        /* a page that will not draw has no rules we can see; its text
         * still comes out as paragraphs */
        goto out;
    }
    cairo_surface_flush(cv->surf);
    if (find_runs(cairo_image_surface_get_data(cv->surf),
                  cairo_image_surface_get_stride(cv->surf), w, h,
                  (int)(RULE_MIN_LEN * scale), &hr, &nhr, &vr, &nvr) != 0 ||
        char_index_build(pd, &ix) != 0 ||
        runs_to_rules(hr, nhr, scale, &rl->h, &rl->nh, &rl->caph) ||
        runs_to_rules(vr, nvr, scale, &rl->v, &rl->nv, &rl->capv)) {
        rc = xg_error_nomem(err);
        goto out;
    }
    join_rules(rl->h, &rl->nh);
    join_rules(rl->v, &rl->nv);
    drop_strokes(&ix, rl->h, &rl->nh, 0);
    drop_strokes(&ix, rl->v, &rl->nv, 1);
out:
    char_index_free(&ix);
    free(hr);
    free(vr);
    cairo_destroy(cr);
    return rc;
}

/* ------------------------------------------------------------------ */
/* tables                                                              */

static void jtable_free(jtable *t)
{
    size_t i;

    if (t == NULL)
        return;
    for (i = 0; i < t->n; i++)
        xg_buf_free(&t->cells[i].text);
    free(t->cells);
    free(t->xs);
    free(t);
}

static tcell *jtable_add(jtable *t)
{
    tcell *c;

    if (grow((void **)&t->cells, &t->cap, t->n + 1, sizeof *t->cells))
        return NULL;
    c = &t->cells[t->n++];
    memset(c, 0, sizeof *c);
    return c;
}

/* Cluster sorted values: members within TOL of the running cluster's
 * first value collapse to their mean.  Returns the count. */
static size_t cluster(double *v, size_t n, double tol)
{
    size_t i = 0, m = 0;

    while (i < n) {
        size_t j = i;
        double sum = 0;

        while (j < n && v[j] - v[i] <= tol)
            sum += v[j++];
        v[m++] = sum / (double)(j - i);
        i = j;
    }
    return m;
}

/* How much of [A, B] the rules at POS (within LINE_TOL) cover. */
static double coverage(const rule *r, size_t n, const int *member, int comp,
                       double pos, double a, double b)
{
    double cov = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        double lo, hi;

        if (member[i] != comp || fabs(r[i].pos - pos) > LINE_TOL)
            continue;
        lo = r[i].a > a ? r[i].a : a;
        hi = r[i].b < b ? r[i].b : b;
        if (hi > lo)
            cov += hi - lo;
    }
    return b > a ? cov / (b - a) : 0;
}

static int find_slot(const double *v, size_t n, double x)
{
    size_t i;

    for (i = 0; i + 1 < n; i++)
        if (x < v[i + 1])
            return (int)i;
    return (int)n - 2;
}

/* Build one table from a connected set of rules: the lattice lines, the
 * boundaries that are really drawn, cells as maximal rule-free unions of
 * lattice boxes, and the characters in them.  Characters taken are marked
 * in TAKEN.  *OUT is NULL when the rules make no more than one box (a
 * frame around text is not a table). */
static int lattice_table(page_data *pd, const rules *rl, const int *hcomp,
                         const int *vcomp, int comp, unsigned char *taken,
                         jtable **out)
{
    double *xs = NULL, *ys = NULL;
    size_t nx = 0, ny = 0, i, j;
    double bx0 = 1e300, bx1 = -1e300, by0 = 1e300, by1 = -1e300;
    int *vb = NULL, *hb = NULL, *parent = NULL, *cellof = NULL;
    int nr, nc, rc = -1;
    pchar ***members = NULL;
    size_t *nmem = NULL, *capmem = NULL, nmembers = 0;
    int any_text = 0;
    jtable *t = NULL;

    *out = NULL;
    xs = malloc((rl->nv + 2) * sizeof *xs);
    ys = malloc((rl->nh + 2) * sizeof *ys);
    if (xs == NULL || ys == NULL)
        goto out;
    for (i = 0; i < rl->nh; i++) {
        if (hcomp[i] != comp)
            continue;
        ys[ny++] = rl->h[i].pos;
        if (rl->h[i].a < bx0) bx0 = rl->h[i].a;
        if (rl->h[i].b > bx1) bx1 = rl->h[i].b;
        if (rl->h[i].pos < by0) by0 = rl->h[i].pos;
        if (rl->h[i].pos > by1) by1 = rl->h[i].pos;
    }
    for (i = 0; i < rl->nv; i++) {
        if (vcomp[i] != comp)
            continue;
        xs[nx++] = rl->v[i].pos;
        if (rl->v[i].a < by0) by0 = rl->v[i].a;
        if (rl->v[i].b > by1) by1 = rl->v[i].b;
        if (rl->v[i].pos < bx0) bx0 = rl->v[i].pos;
        if (rl->v[i].pos > bx1) bx1 = rl->v[i].pos;
    }
    /* open sides (a table cut by the page break, one drawn without side
     * borders) still bound the lattice */
    xs[nx++] = bx0;
    xs[nx++] = bx1;
    ys[ny++] = by0;
    ys[ny++] = by1;
    qsort(xs, nx, sizeof *xs, cmp_double);
    qsort(ys, ny, sizeof *ys, cmp_double);
    nx = cluster(xs, nx, LATTICE_MIN_GAP);
    ny = cluster(ys, ny, LATTICE_MIN_GAP);
    if (nx < 2 || ny < 2) {
        rc = 0;
        goto out;
    }
    xs[0] = bx0;
    xs[nx - 1] = bx1;
    ys[0] = by0;
    ys[ny - 1] = by1;
    nr = (int)ny - 1;
    nc = (int)nx - 1;
    if ((size_t)nr * (size_t)nc > XG_MAX_TABLE_CELLS) {
        rc = 0;
        goto out;
    }
    /* vb[r * (nc + 1) + k]: is a rule drawn along xs[k] in row r?
     * hb[k * nc + c]: along ys[k] in column c? */
    vb = calloc((size_t)nr * (nc + 1), sizeof *vb);
    hb = calloc((size_t)(nr + 1) * nc, sizeof *hb);
    parent = malloc((size_t)nr * nc * sizeof *parent);
    cellof = malloc((size_t)nr * nc * sizeof *cellof);
    if (vb == NULL || hb == NULL || parent == NULL || cellof == NULL)
        goto out;
    for (i = 0; i < (size_t)nr; i++)
        for (j = 0; j <= (size_t)nc; j++)
            vb[i * (nc + 1) + j] = coverage(rl->v, rl->nv, vcomp, comp, xs[j],
                                            ys[i], ys[i + 1]) >= 0.5;
    for (i = 0; i <= (size_t)nr; i++)
        for (j = 0; j < (size_t)nc; j++)
            hb[i * nc + j] = coverage(rl->h, rl->nh, hcomp, comp, ys[i],
                                      xs[j], xs[j + 1]) >= 0.5;
    for (i = 0; i < (size_t)nr * nc; i++)
        parent[i] = (int)i;
    for (i = 0; i < (size_t)nr; i++)
        for (j = 0; j < (size_t)nc; j++) {
            if (j + 1 < (size_t)nc && !vb[i * (nc + 1) + j + 1])
                uf_union(parent, (int)(i * nc + j), (int)(i * nc + j + 1));
            if (i + 1 < (size_t)nr && !hb[(i + 1) * nc + j])
                uf_union(parent, (int)(i * nc + j), (int)((i + 1) * nc + j));
        }
    /* each union must be a rectangle; one that is not (rules that stop
     * half way) falls back to its single boxes */
    {
        size_t ncell = (size_t)nr * nc;
        int *box = malloc(ncell * 5 * sizeof *box);

        if (box == NULL)
            goto out;
        for (i = 0; i < ncell; i++) {
            parent[i] = uf_find(parent, (int)i);
            box[i * 5] = nr;
            box[i * 5 + 1] = -1;
            box[i * 5 + 2] = nc;
            box[i * 5 + 3] = -1;
            box[i * 5 + 4] = 0;
        }
        for (i = 0; i < ncell; i++) {
            int *b = &box[parent[i] * 5], r = (int)(i / nc), c = (int)(i % nc);

            if (r < b[0]) b[0] = r;
            if (r > b[1]) b[1] = r;
            if (c < b[2]) b[2] = c;
            if (c > b[3]) b[3] = c;
            b[4]++;
        }
        for (i = 0; i < ncell; i++) {
            const int *b = &box[parent[i] * 5];

            if ((b[1] - b[0] + 1) * (b[3] - b[2] + 1) != b[4])
                cellof[i] = -2;     /* marks: stand alone */
            else
                cellof[i] = -1;
        }
        for (i = 0; i < ncell; i++)
            if (cellof[i] == -2)
                parent[i] = (int)i;
        free(box);
    }
    t = calloc(1, sizeof *t);
    if (t == NULL)
        goto out;
    t->xs = malloc(nx * sizeof *t->xs);
    if (t->xs == NULL)
        goto out;
    memcpy(t->xs, xs, nx * sizeof *xs);
    t->nxs = nx;
    t->nrows = nr;
    t->page = t->last_page = pd->no;
    t->x0 = bx0;
    t->x1 = bx1;
    t->y0 = by0;
    t->y1 = by1;
    for (i = 0; i < (size_t)nr * nc; i++)
        cellof[i] = -1;
    for (i = 0; i < (size_t)nr * nc; i++) {
        int root = parent[i], r, c, r1, c1;
        size_t k;
        tcell *cell;

        if (cellof[root] >= 0) {
            cellof[i] = cellof[root];
            continue;
        }
        /* the root is the top-left box of its union */
        r = (int)(root / nc);
        c = (int)(root % nc);
        r1 = r;
        c1 = c;
        for (k = (size_t)root; k < (size_t)nr * nc; k++)
            if (parent[k] == root) {
                if ((int)(k / nc) > r1) r1 = (int)(k / nc);
                if ((int)(k % nc) > c1) c1 = (int)(k % nc);
            }
        cell = jtable_add(t);
        if (cell == NULL)
            goto out;
        cell->row = r;
        cell->rowspan = r1 - r + 1;
        cell->xl = xs[c];
        cell->xr = xs[c1 + 1];
        cell->y0 = ys[r];
        cell->y1 = ys[r1 + 1];
        cell->page = pd->no;
        cell->top_real = hb[(size_t)r * nc + c] != 0;
        cell->bottom_real = hb[(size_t)(r1 + 1) * nc + c] != 0;
        cellof[root] = (int)(t->n - 1);
        cellof[i] = cellof[root];
    }
    /* characters by their centres */
    nmembers = t->n;
    members = calloc(t->n, sizeof *members);
    nmem = calloc(t->n, sizeof *nmem);
    capmem = calloc(t->n, sizeof *capmem);
    if (members == NULL || nmem == NULL || capmem == NULL)
        goto out;
    for (i = 0; i < pd->nchars; i++) {
        pchar *ch = &pd->chars[i];
        double cx = ch_cx(ch), cy = ch_cy(ch);
        int r, c, k;

        if (taken[i] || cx < bx0 || cx > bx1 || cy < by0 || cy > by1)
            continue;
        r = find_slot(ys, ny, cy);
        c = find_slot(xs, nx, cx);
        k = cellof[(size_t)r * nc + c];
        if (grow((void **)&members[k], &capmem[k], nmem[k] + 1,
                 sizeof **members))
            goto out;
        members[k][nmem[k]++] = ch;
        taken[i] = 1;
    }
    for (i = 0; i < t->n; i++) {
        if (chars_text(members[i], nmem[i], t->cells[i].xl, t->cells[i].xr,
                       &t->cells[i].text, &t->cells[i].last_x1,
                       &t->cells[i].last_h) != 0)
            goto out;
        t->cells[i].has_text = t->cells[i].text.len > 0;
        if (t->cells[i].has_text)
            any_text = 1;
    }
    if (!any_text) {            /* rules with no text: a drawing */
        rc = 0;
        goto out;
    }
    *out = t;
    t = NULL;
    rc = 0;
out:
    if (members)
        for (i = 0; i < nmembers; i++)
            free(members[i]);
    free(members);
    free(nmem);
    free(capmem);
    jtable_free(t);
    free(xs);
    free(ys);
    free(vb);
    free(hb);
    free(parent);
    free(cellof);
    return rc;
}

/* Connect rules that touch (a horizontal and a vertical crossing or
 * meeting within TOUCH_TOL); each connected set with both kinds is a
 * candidate table. */
static int ruled_tables(page_data *pd, const rules *rl, unsigned char *taken,
                        jtable ***tables, size_t *ntables, size_t *captables)
{
    size_t nh = rl->nh, nv = rl->nv, i, j;
    int *parent = NULL, *hcomp = NULL, *vcomp = NULL, rc = -1;
    unsigned char *seen = NULL;
    double *box = NULL;

    if (nh == 0 || nv == 0)
        return 0;
    parent = malloc((nh + nv) * sizeof *parent);
    hcomp = malloc(nh * sizeof *hcomp);
    vcomp = malloc(nv * sizeof *vcomp);
    seen = calloc(nh + nv, 1);
    if (parent == NULL || hcomp == NULL || vcomp == NULL || seen == NULL)
        goto out;
    for (i = 0; i < nh + nv; i++)
        parent[i] = (int)i;
    for (i = 0; i < nh; i++)
        for (j = 0; j < nv; j++) {
            const rule *h = &rl->h[i], *v = &rl->v[j];

            if (v->pos >= h->a - TOUCH_TOL && v->pos <= h->b + TOUCH_TOL &&
                h->pos >= v->a - TOUCH_TOL && h->pos <= v->b + TOUCH_TOL) {
                uf_union(parent, (int)i, (int)(nh + j));
                seen[i] = seen[nh + j] = 1;
            }
        }
    for (i = 0; i < nh; i++)
        hcomp[i] = seen[i] ? uf_find(parent, (int)i) : -1;
    for (j = 0; j < nv; j++)
        vcomp[j] = seen[nh + j] ? uf_find(parent, (int)(nh + j)) : -1;
    /* boxes of the components: one inside another (strokes of a big
     * glyph inside a cell) or too small to hold text is no table */
    box = malloc(nh * 4 * sizeof *box);
    if (box == NULL)
        goto out;
    for (i = 0; i < nh; i++) {
        box[i * 4] = box[i * 4 + 1] = 1e300;
        box[i * 4 + 2] = box[i * 4 + 3] = -1e300;
    }
    for (i = 0; i < nh + nv; i++) {
        int c = i < nh ? hcomp[i] : vcomp[i - nh];
        const rule *r = i < nh ? &rl->h[i] : &rl->v[i - nh];
        double x0 = i < nh ? r->a : r->pos, x1 = i < nh ? r->b : r->pos;
        double y0 = i < nh ? r->pos : r->a, y1 = i < nh ? r->pos : r->b;

        if (c < 0)
            continue;
        if (x0 < box[c * 4]) box[c * 4] = x0;
        if (y0 < box[c * 4 + 1]) box[c * 4 + 1] = y0;
        if (x1 > box[c * 4 + 2]) box[c * 4 + 2] = x1;
        if (y1 > box[c * 4 + 3]) box[c * 4 + 3] = y1;
    }
    for (i = 0; i < nh; i++) {
        jtable *t;
        const double *b = &box[i * 4];
        int inside = 0;

        if (hcomp[i] != (int)i)     /* each component once, by its root */
            continue;
        if (b[2] - b[0] < 10 || b[3] - b[1] < 8)
            continue;
        for (j = 0; j < nh && !inside; j++) {
            const double *o = &box[j * 4];

            inside = j != i && hcomp[j] == (int)j && o[0] <= b[0] + 1 &&
                     o[1] <= b[1] + 1 && o[2] >= b[2] - 1 && o[3] >= b[3] - 1 &&
                     (o[2] - o[0]) * (o[3] - o[1]) > (b[2] - b[0]) * (b[3] - b[1]);
        }
        if (inside)
            continue;
        if (lattice_table(pd, rl, hcomp, vcomp, (int)i, taken, &t) != 0)
            goto out;
        if (t == NULL)
            continue;
        if (grow((void **)tables, captables, *ntables + 1, sizeof **tables)) {
            jtable_free(t);
            goto out;
        }
        (*tables)[(*ntables)++] = t;
    }
    rc = 0;
out:
    free(parent);
    free(hcomp);
    free(vcomp);
    free(seen);
    free(box);
    return rc;
}

/* ------------------------------------------------------------------ */
/* tables from text alignment                                          */

/* A chunk of a line: characters separated from the next chunk by a gap
 * of at least GAP character heights (two for columns of a table). */
typedef struct chunk {
    double x0, x1;
} chunk;

static size_t line_chunks_gap(const pline *l, chunk *out, size_t max,
                              double gap)
{
    size_t i, n = 0;
    const pchar *prev = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space)
            continue;
        if (prev == NULL || c->x0 - prev->x1 > gap * l->h) {
            if (n == max)
                return n;
            out[n].x0 = c->x0;
            out[n++].x1 = c->x1;
        } else if (c->x1 > out[n - 1].x1) {
            out[n - 1].x1 = c->x1;
        }
        prev = c;
    }
    return n;
}

static size_t line_chunks(const pline *l, chunk *out, size_t max)
{
    return line_chunks_gap(l, out, max, 2.0);
}

#define MAX_CHUNKS 64

/* Which column of BOUNDS (NB boundaries) holds x? */
static int column_of(const double *bounds, size_t nb, double x)
{
    size_t c;

    for (c = 0; c + 2 < nb; c++)
        if (x < bounds[c + 1])
            return (int)c;
    return (int)nb - 2;
}

/* Column separators of lines [START, END): the x ranges that none of
 * their chunks covers (chunks of lines with more than half as many as the
 * fullest line, split at gaps of one character height), at least 4
 * points wide.  *BOUNDS (owned) gets the
 * outer edges and the middle of each gap, *NB their count.  Returns -1
 * when memory runs out. */
static int column_bounds(const pline *lines, size_t start, size_t end,
                         double **bounds, size_t *nbout)
{
    double rx0 = 1e300, rx1 = -1e300, gap0 = 0;
    unsigned char *cov;
    size_t k, nbins, b, nb = 0, maxc = 0;
    chunk ch[MAX_CHUNKS];
    int in_gap = 0;

    *bounds = NULL;
    *nbout = 0;
    for (k = start; k < end; k++) {
        if (lines[k].x0 < rx0) rx0 = lines[k].x0;
        if (lines[k].x1 > rx1) rx1 = lines[k].x1;
    }
    if (!(rx1 > rx0) || rx1 - rx0 > 1e5)
        return 0;
    nbins = (size_t)(rx1 - rx0) + 2;
    cov = calloc(nbins, 1);
    *bounds = malloc((nbins + 2) * sizeof **bounds);
    if (cov == NULL || *bounds == NULL) {
        free(cov);
        free(*bounds);
        *bounds = NULL;
        return -1;
    }
    for (k = start; k < end; k++) {
        size_t nchk = line_chunks_gap(&lines[k], ch, MAX_CHUNKS, 1.0);

        if (nchk > maxc)
            maxc = nchk;
    }
    for (k = start; k < end; k++) {
        size_t nchk = line_chunks_gap(&lines[k], ch, MAX_CHUNKS, 1.0), m;

        /* a line with at most half the chunks of the fullest is a header
         * spanning columns or a label alone (or its words are set close
         * together): it does not hide the separators of the rows */
        if (2 * nchk <= maxc)
            continue;
        for (m = 0; m < nchk; m++)
            for (b = (size_t)(ch[m].x0 - rx0);
                 b <= (size_t)(ch[m].x1 - rx0) && b < nbins; b++)
                cov[b] = 1;
    }
    (*bounds)[nb++] = rx0 - 1;
    for (b = 0; b < nbins; b++) {
        if (cov[b] == 0 && !in_gap) {
            in_gap = 1;
            gap0 = rx0 + (double)b;
        } else if (cov[b] != 0 && in_gap) {
            in_gap = 0;
            if (rx0 + (double)b - gap0 >= 4.0)
                (*bounds)[nb++] = (gap0 + rx0 + (double)b) / 2;
        }
    }
    (*bounds)[nb++] = rx1 + 1;
    free(cov);
    *nbout = nb;
    return 0;
}

/* Mark in JOINED[c] the column separators BOUNDS[c + 1] (of NB bounds)
 * that the text of line L runs across: a character over the separator, or
 * two characters set close (less than a quarter of the height apart) on
 * either side of it.  Words that merely sit close in neighbouring columns
 * leave a wider gap there. */
static void join_crossed(const pline *l, const double *bounds, size_t nb,
                         unsigned char *joined)
{
    size_t i, c;
    const pchar *prev = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *ch = l->chars[i];

        if (ch->space || ch->dup)
            continue;
        for (c = 0; c + 2 < nb; c++) {
            double x = bounds[c + 1];

            if ((ch->x0 < x && ch->x1 > x) ||
                (prev != NULL && prev->x1 <= x && ch->x0 >= x &&
                 ch->x0 - prev->x1 < 0.25 * l->h))
                joined[c] = 1;
        }
        prev = ch;
    }
}

/* Rows for lines [START, END) of an aligned table, in ROW_OF.  Where
 * horizontal rules cross the block (a table ruled only across), the
 * bands between them are the rows.  Otherwise each line is a row, except
 * that a line with values only joins a row with a label only (a label
 * whose numbers sit on a line of their own), and a line with a label only
 * joins the row above when that row's label ran to the column's edge (a
 * label wrapped onto the next line). */
static int aligned_rows(const pline *lines, size_t start, size_t end,
                        const double *bounds, size_t nb, const rules *rl,
                        int *row_of)
{
    double *cuts = NULL, x0 = bounds[0], x1 = bounds[nb - 1];
    double label_right = -1e300;
    size_t ncuts = 0, i, k;
    int row = -1, row_has_values = 0;
    double last_label_x1 = 0, last_y1 = 0;

    if (rl->nh > 0) {
        cuts = malloc(rl->nh * sizeof *cuts);
        if (cuts == NULL)
            return -1;
        for (i = 0; i < rl->nh; i++) {
            const rule *r = &rl->h[i];
            double lo = r->a > x0 ? r->a : x0, hi = r->b < x1 ? r->b : x1;

            if (hi - lo >= 0.6 * (x1 - x0) &&
                r->pos > lines[start].y0 - 2 * lines[start].h &&
                r->pos < lines[end - 1].y1 + 2 * lines[end - 1].h)
                cuts[ncuts++] = r->pos;
        }
        if (ncuts >= 2) {
            /* rules come sorted by position */
            for (k = start; k < end; k++) {
                double cy = (lines[k].y0 + lines[k].y1) / 2;
                int band = 0;

                for (i = 0; i < ncuts; i++)
                    if (cy > cuts[i])
                        band = (int)i + 1;
                row_of[k - start] = band;
            }
            /* number the bands that hold lines 0, 1, 2 ... */
            for (k = start, row = -1, i = (size_t)-1; k < end; k++) {
                if ((size_t)row_of[k - start] != i) {
                    i = (size_t)row_of[k - start];
                    row++;
                }
                row_of[k - start] = row;
            }
            free(cuts);
            return 0;
        }
        free(cuts);
    }
    for (k = start; k < end; k++)
        for (i = 0; i < lines[k].n; i++) {
            const pchar *c = lines[k].chars[i];

            if (!c->space && column_of(bounds, nb, ch_cx(c)) == 0 &&
                c->x1 > label_right)
                label_right = c->x1;
        }
    for (k = start; k < end; k++) {
        int has_label = 0, has_values = 0;
        double lx1 = 0;

        for (i = 0; i < lines[k].n; i++) {
            const pchar *c = lines[k].chars[i];

            if (c->space)
                continue;
            if (column_of(bounds, nb, ch_cx(c)) == 0) {
                has_label = 1;
                lx1 = c->x1;
            } else {
                has_values = 1;
            }
        }
        if (row >= 0 && !has_label && has_values && !row_has_values) {
            row_has_values = 1;             /* numbers below their label */
        } else if (row >= 0 && has_label && !has_values &&
                   last_label_x1 >= label_right - 3 * lines[k].h &&
                   lines[k].y0 - last_y1 < 0.8 * lines[k].h) {
            last_label_x1 = lx1;            /* a wrapped label */
        } else {
            row++;
            row_has_values = has_values;
            last_label_x1 = has_label ? lx1 : 0;
        }
        if (has_label && has_values)
            last_label_x1 = lx1;
        last_y1 = lines[k].y1;
        row_of[k - start] = row;
    }
    return 0;
}

/* Look for runs of flow lines laid out in columns (a table drawn with no
 * vertical rules, or none at all) and turn each run into a table. */
static int aligned_tables(page_data *pd, const rules *rl, unsigned char *taken,
                          jtable ***tables, size_t *ntables, size_t *captables)
{
    pline *lines = NULL;
    pchar **flow = NULL, **sel = NULL;
    size_t nl = 0, nflow = 0, i, start;
    chunk ch[MAX_CHUNKS];
    int *row_of = NULL, rc = -1;
    jtable *t = NULL;
    double *bounds = NULL;
    unsigned char *joined = NULL;

    flow = malloc((pd->nchars + 1) * sizeof *flow);
    sel = malloc((pd->nchars + 1) * sizeof *sel);
    row_of = malloc((pd->nchars + 1) * sizeof *row_of);
    if (flow == NULL || sel == NULL || row_of == NULL)
        goto out;
    for (i = 0; i < pd->nchars; i++)
        if (!taken[i])
            flow[nflow++] = &pd->chars[i];
    if (group_lines(flow, nflow, &lines, &nl) != 0)
        goto out;
    start = 0;
    while (start < nl) {
        size_t end = start, k, nmulti = 0, nb;
        int nrows, r;

        /* a run: lines with two or more chunks, allowing one or two
         * single-chunk lines between them (wrapped labels) when the lines
         * are set close */
        while (end < nl) {
            size_t ahead;

            if (line_chunks(&lines[end], ch, MAX_CHUNKS) >= 2) {
                nmulti++;
                end++;
                continue;
            }
            for (ahead = end + 1; nmulti > 0 && ahead < nl && ahead <= end + 2;
                 ahead++) {
                if (lines[ahead].y0 - lines[ahead - 1].y1 >
                    1.5 * lines[ahead].h)
                    break;
                if (line_chunks(&lines[ahead], ch, MAX_CHUNKS) >= 2)
                    break;
            }
            if (nmulti > 0 && ahead < nl && ahead <= end + 2 &&
                lines[ahead].y0 - lines[ahead - 1].y1 <= 1.5 * lines[ahead].h &&
                line_chunks(&lines[ahead], ch, MAX_CHUNKS) >= 2)
                end = ahead;
            else
                break;
        }
        while (end > start && line_chunks(&lines[end - 1], ch, MAX_CHUNKS) < 2)
            end--;
        if (nmulti < 3) {
            start = end > start ? end : start + 1;
            continue;
        }
        if (column_bounds(lines, start, end, &bounds, &nb) != 0)
            goto out;
        if (nb < 3) {
            free(bounds);
            bounds = NULL;
            start = end;
            continue;
        }
        if (aligned_rows(lines, start, end, bounds, nb, rl, row_of) != 0)
            goto out;
        nrows = row_of[end - 1 - start] + 1;
        t = calloc(1, sizeof *t);
        if (t == NULL)
            goto out;
        t->xs = bounds;
        t->nxs = nb;
        bounds = NULL;
        free(joined);
        joined = calloc(nb, 1);
        if (joined == NULL)
            goto out;
        t->nrows = nrows;
        t->page = t->last_page = pd->no;
        t->x0 = t->xs[0];
        t->x1 = t->xs[nb - 1];
        t->y0 = lines[start].y0;
        t->y1 = lines[end - 1].y1;
        for (r = 0; r < nrows; r++) {
            size_t c, c1;

            /* a run of characters that crosses a column separator (a
             * header spanning columns: 申请人情况, 行政诉讼) is one cell
             * over the columns it crosses */
            memset(joined, 0, nb);
            for (k = start; k < end; k++)
                if (row_of[k - start] == r)
                    join_crossed(&lines[k], t->xs, nb, joined);
            for (c = 0; c + 1 < nb; c = c1 + 1) {
                size_t ns = 0;
                tcell *cell = jtable_add(t);

                for (c1 = c; c1 + 2 < nb && joined[c1]; c1++)
                    ;
                if (cell == NULL)
                    goto out;
                cell->row = r;
                cell->rowspan = 1;
                cell->xl = t->xs[c];
                cell->xr = t->xs[c1 + 1];
                cell->page = pd->no;
                cell->y0 = 1e300;
                cell->y1 = -1e300;
                for (k = start; k < end; k++) {
                    if (row_of[k - start] != r)
                        continue;
                    if (lines[k].y0 < cell->y0) cell->y0 = lines[k].y0;
                    if (lines[k].y1 > cell->y1) cell->y1 = lines[k].y1;
                    for (i = 0; i < lines[k].n; i++) {
                        int col = column_of(t->xs, nb,
                                            ch_cx(lines[k].chars[i]));

                        if (col >= (int)c && col <= (int)c1)
                            sel[ns++] = lines[k].chars[i];
                    }
                }
                /* no rules: the column bounds are not the cell's edges */
                if (chars_text(sel, ns, 0, 0, &cell->text, &cell->last_x1,
                               &cell->last_h) != 0)
                    goto out;
                cell->has_text = cell->text.len > 0;
            }
        }
        for (k = start; k < end; k++)
            for (i = 0; i < lines[k].n; i++)
                taken[lines[k].chars[i] - pd->chars] = 1;
        if (grow((void **)tables, captables, *ntables + 1, sizeof **tables))
            goto out;
        (*tables)[(*ntables)++] = t;
        t = NULL;
        start = end;
    }
    rc = 0;
out:
    jtable_free(t);
    free(bounds);
    lines_free(lines, nl);
    free(flow);
    free(sel);
    free(joined);
    free(row_of);
    return rc;
}

/* ------------------------------------------------------------------ */
/* pages                                                               */

static void page_free(page_data *pd)
{
    size_t i;

    for (i = 0; i < pd->nitems; i++)
        if (pd->items[i].is_table)
            jtable_free(pd->items[i].table);
    free(pd->items);
    lines_free(pd->lines, pd->nlines);
    free(pd->flow);
    free(pd->chars);
    memset(pd, 0, sizeof *pd);
}

static int cmp_item(const void *a, const void *b)
{
    const pitem *p = a, *q = b;

    return p->y0 < q->y0 ? -1 : p->y0 > q->y0;
}

/* A page is worth rendering when some text line has a wide gap inside
 * it: rows of a table.  Prose pages skip the costly render.  Whether the
 * first line below the top margin is such a row matters for the page
 * before: a table that starts at its foot may show a single row there. */
static void page_looks_tabular(page_data *pd)
{
    pchar **all;
    pline *lines;
    size_t nl, i;
    int first = 1;
    chunk ch[MAX_CHUNKS];

    all = malloc((pd->nchars + 1) * sizeof *all);
    if (all == NULL) {          /* cannot judge: render */
        pd->tabular = pd->opens_tabular = 1;
        return;
    }
    for (i = 0; i < pd->nchars; i++)
        all[i] = &pd->chars[i];
    if (group_lines(all, pd->nchars, &lines, &nl) != 0) {
        free(all);
        pd->tabular = pd->opens_tabular = 1;
        return;
    }
    /* a gap of one character height: justified prose never has one,
     * table rows nearly always do */
    for (i = 0; i < nl; i++) {
        int gap;

        if (!line_has_ink(&lines[i]))
            continue;
        gap = line_chunks_gap(&lines[i], ch, MAX_CHUNKS, 1.0) >= 2;
        if (gap)
            pd->tabular = 1;
        if (first && lines[i].y0 > pd->h * 0.08) {
            pd->opens_tabular = gap;
            first = 0;
        }
    }
    lines_free(lines, nl);
    free(all);
}

/* The characters of one page and whether it looks tabular. */
static int read_chars(PopplerPage *page, page_data *pd, xg_error *err)
{
    poppler_page_get_size(page, &pd->w, &pd->h);
    if (page_chars(page, pd, &pd->has_text) != 0)
        return xg_error_nomem(err);
    if (pd->has_text)
        page_looks_tabular(pd);
    return XG_OK;
}

/* Everything else about one page, before pages are put together: rules
 * when RENDER, tables, flow lines, items in reading order. */
static int read_page(PopplerPage *page, page_data *pd, canvas *cv,
                     int render, xg_error *err)
{
    rules rl = {0};
    unsigned char *taken = NULL;
    jtable **tables = NULL;
    size_t ntables = 0, captables = 0, i;
    int rc = XG_OK;

    if (render) {
        rc = page_rules(page, pd, cv, &rl, err);
        if (rc != XG_OK)
            goto out;
    }
    taken = calloc(pd->nchars + 1, 1);
    if (taken == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    if (ruled_tables(pd, &rl, taken, &tables, &ntables, &captables) != 0 ||
        aligned_tables(pd, &rl, taken, &tables, &ntables, &captables) != 0) {
        rc = xg_error_nomem(err);
        goto out;
    }
    pd->flow = malloc((pd->nchars + 1) * sizeof *pd->flow);
    if (pd->flow == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < pd->nchars; i++)
        if (!taken[i])
            pd->flow[pd->nflow++] = &pd->chars[i];
    if (group_lines(pd->flow, pd->nflow, &pd->lines, &pd->nlines) != 0) {
        rc = xg_error_nomem(err);
        goto out;
    }
    /* items: each table, and each line (paragraphs are made across pages
     * later); sorted top to bottom */
    pd->items = calloc(ntables + pd->nlines + 1, sizeof *pd->items);
    if (pd->items == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < ntables; i++) {
        pitem *it = &pd->items[pd->nitems++];

        it->is_table = 1;
        it->table = tables[i];
        it->y0 = tables[i]->y0;
        tables[i] = NULL;
    }
    for (i = 0; i < pd->nlines; i++) {
        pitem *it;

        if (!line_has_ink(&pd->lines[i]))
            continue;
        it = &pd->items[pd->nitems++];
        it->line = &pd->lines[i];
        it->y0 = pd->lines[i].y0;
    }
    qsort(pd->items, pd->nitems, sizeof *pd->items, cmp_item);
out:
    for (i = 0; i < ntables; i++)
        jtable_free(tables[i]);
    free(tables);
    free(taken);
    free(rl.h);
    free(rl.v);
    return rc;
}

/* ------------------------------------------------------------------ */
/* page numbers and running headers                                    */

static int is_dash_cp(gunichar c)
{
    return c == '-' || c == 0x2010 || c == 0x2012 || c == 0x2013 ||
           c == 0x2014 || c == 0x2015 || c == 0xff0d || c == 0x2212 ||
           c == '~' || c == 0xff5e || c == 0x2500 || c == 0x30fc;
}

static int is_digit_cp(gunichar c)
{
    return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
}

/* -1-, — 2 —, 3, 第3页, 第 3 页 共 5 页, 3/5, Page 3 */
static int is_page_number(const pline *l)
{
    size_t i;
    int digits = 0, other = 0;

    for (i = 0; i < l->n; i++) {
        gunichar c = l->chars[i]->cp;

        if (l->chars[i]->space || is_dash_cp(c))
            continue;
        if (is_digit_cp(c))
            digits++;
        else if (c == 0x7b2c || c == 0x9875 || c == 0x5171 || c == '/' ||
                 c == 'P' || c == 'p' || c == 'a' || c == 'g' || c == 'e' ||
                 c == '.' || c == 0xb7)
            other++;
        else
            return 0;
    }
    return digits > 0 && digits <= 8 && other <= 6;
}

/* The line's text with digits and spaces removed: running headers and
 * footers repeat it on every page. */
static int line_key(const pline *l, xg_buf *out)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space && !is_digit_cp(l->chars[i]->cp) &&
            xg_buf_put_cp(out, l->chars[i]->cp) != 0)
            return -1;
    return 0;
}

static int in_margin(const page_data *pd, const pline *l)
{
    return l->y1 < pd->h * 0.08 || l->y0 > pd->h * 0.90;
}

/* Mark page numbers (in the top or bottom margin) and lines repeated in
 * the margins of at least half of three or more pages. */
static int drop_furniture(page_data *pages, size_t np)
{
    size_t p, i, q, j;

    for (p = 0; p < np; p++)
        for (i = 0; i < pages[p].nlines; i++) {
            pline *l = &pages[p].lines[i];

            if ((l->y1 < pages[p].h * 0.12 || l->y0 > pages[p].h * 0.85) &&
                is_page_number(l))
                l->dropped = 1;
        }
    if (np < 3)
        return 0;
    for (p = 0; p < np; p++)
        for (i = 0; i < pages[p].nlines; i++) {
            pline *l = &pages[p].lines[i];
            xg_buf key = {0};
            size_t count = 0;

            if (l->dropped || !in_margin(&pages[p], l))
                continue;
            if (line_key(l, &key) != 0)
                return -1;
            if (key.len == 0) {
                xg_buf_free(&key);
                continue;
            }
            for (q = 0; q < np; q++) {
                for (j = 0; j < pages[q].nlines; j++) {
                    const pline *m = &pages[q].lines[j];
                    xg_buf k2 = {0};
                    int same;

                    if (!in_margin(&pages[q], m) ||
                        fabs(m->y0 - l->y0) > 3 * l->h)
                        continue;
                    if (line_key(m, &k2) != 0) {
                        xg_buf_free(&key);
                        return -1;
                    }
                    same = k2.len == key.len &&
                           memcmp(k2.data, key.data, key.len) == 0;
                    xg_buf_free(&k2);
                    if (same) {
                        count++;
                        break;
                    }
                }
            }
            xg_buf_free(&key);
            if (count >= 3 && count * 2 >= np)
                l->dropped = 1;
        }
    return 0;
}

/* ------------------------------------------------------------------ */
/* putting pages together                                              */

static int near_x(const double *xs, size_t n, double x)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (fabs(xs[i] - x) <= CONT_X_TOL)
            return 1;
    return 0;
}

/* Does B continue A: same outer edges, and the column lines of one are
 * among the other's? */
static int same_columns(const jtable *a, const jtable *b)
{
    size_t i;
    int a_in_b = 1, b_in_a = 1;

    if (fabs(a->xs[0] - b->xs[0]) > CONT_X_TOL ||
        fabs(a->xs[a->nxs - 1] - b->xs[b->nxs - 1]) > CONT_X_TOL)
        return 0;
    for (i = 0; i < a->nxs; i++)
        if (!near_x(b->xs, b->nxs, a->xs[i]))
            a_in_b = 0;
    for (i = 0; i < b->nxs; i++)
        if (!near_x(a->xs, a->nxs, b->xs[i]))
            b_in_a = 0;
    return a_in_b || b_in_a;
}

/* Text equal but for white space. */
static int same_text(const xg_buf *a, const xg_buf *b)
{
    const char *p = xg_buf_str(a), *q = xg_buf_str(b);

    for (;;) {
        while (*p == ' ' || *p == '\n')
            p++;
        while (*q == ' ' || *q == '\n')
            q++;
        if (*p != *q)
            return 0;
        if (*p == '\0')
            return 1;
        p++;
        q++;
    }
}

/* Do the rows above K form a clean band (no cell crosses line K)? */
static int clean_cut(const jtable *t, int k)
{
    size_t i;

    for (i = 0; i < t->n; i++)
        if (t->cells[i].row < k && t->cells[i].row + t->cells[i].rowspan > k)
            return 0;
    return 1;
}

/* Rows of B at the top that repeat A's header: the largest clean band
 * whose cells match A's first rows cell for cell. */
static int repeated_header(const jtable *a, const jtable *b)
{
    int k, best = 0;

    for (k = 1; k < b->nrows && k < a->nrows && k <= 6; k++) {
        size_t i, j, nb = 0, na = 0;
        int all = 1, any_text = 0;

        if (!clean_cut(a, k) || !clean_cut(b, k))
            continue;
        for (i = 0; i < b->n; i++) {
            const tcell *cb = &b->cells[i];
            int found = 0;

            if (cb->row >= k)
                continue;
            nb++;
            if (cb->has_text)
                any_text = 1;
            for (j = 0; j < a->n && !found; j++) {
                const tcell *ca = &a->cells[j];

                found = ca->row == cb->row && ca->rowspan == cb->rowspan &&
                        fabs(ca->xl - cb->xl) <= CONT_X_TOL &&
                        fabs(ca->xr - cb->xr) <= CONT_X_TOL &&
                        same_text(&ca->text, &cb->text);
            }
            if (!found) {
                all = 0;
                break;
            }
        }
        for (i = 0; i < a->n; i++)
            if (a->cells[i].row < k)
                na++;
        if (!all || na != nb)
            break;
        if (any_text)
            best = k;
    }
    return best;
}

static void cell_range_in_row(const jtable *t, int row, int top,
                              size_t **idx, size_t *n)
{
    size_t i;

    *n = 0;
    for (i = 0; i < t->n; i++) {
        const tcell *c = &t->cells[i];

        if (top ? c->row == row : c->row + c->rowspan - 1 == row)
            (*idx)[(*n)++] = i;
    }
}

/* Append B (a continuation on the next page) to A.  Cells of A's last
 * row and B's first row are joined when the page break cut them: both
 * edges open, or (both ruled) A's row has only labels and B's only
 * values. */
static int append_table(jtable *a, jtable *b)
{
    int drop = repeated_header(a, b), offset, row_cut = 0;
    size_t *ia = NULL, *ib = NULL, na = 0, nbb = 0, i, j;
    size_t *merged_into = NULL;
    double *xs;
    int rc = -1;

    ia = malloc((a->n + 1) * sizeof *ia);
    ib = malloc((b->n + 1) * sizeof *ib);
    merged_into = malloc((b->n + 1) * sizeof *merged_into);
    if (ia == NULL || ib == NULL || merged_into == NULL)
        goto out;
    for (i = 0; i < b->n; i++)
        merged_into[i] = SIZE_MAX;
    cell_range_in_row(a, a->nrows - 1, 0, &ia, &na);
    cell_range_in_row(b, drop, 1, &ib, &nbb);
    /* the row-cut case: A's last row has text only left of B's first
     * row's text, and B's first row has none on the left */
    {
        double a_right = -1e300, b_left = 1e300;
        int a_any = 0, b_any = 0;

        for (i = 0; i < na; i++)
            if (a->cells[ia[i]].has_text && a->cells[ia[i]].row == a->nrows - 1) {
                a_any = 1;
                if (a->cells[ia[i]].xr > a_right)
                    a_right = a->cells[ia[i]].xr;
            }
        for (i = 0; i < nbb; i++)
            if (b->cells[ib[i]].has_text) {
                b_any = 1;
                if (b->cells[ib[i]].xl < b_left)
                    b_left = b->cells[ib[i]].xl;
            }
        row_cut = a_any && b_any && a_right <= b_left + CONT_X_TOL;
    }
    /* the row-split case: the page break cut a row whose long label
     * wrapped on; its start is on A (label and values), the rest of the
     * label on B with the values empty.  Every B cell with text lies
     * under an A cell with text whose bottom line is full, and some A
     * cell with text has an empty B cell under it.  A label that simply
     * ends short, then a row with no values, is two rows.  The tails on B
     * are fewer than the cells that ended on A: a B row as full as the A
     * row (a group label's empty continuation beside a row of values whose
     * narrow cells look full) is a row of its own. */
    if (!row_cut && na > 0 && nbb > 0) {
        int under_empty = 0, ok = 1, b_text = 0;

        for (i = 0; i < nbb && ok; i++) {
            const tcell *cb = &b->cells[ib[i]];
            const tcell *pa = NULL;

            for (j = 0; j < na; j++) {
                const tcell *ca = &a->cells[ia[j]];

                if (ca->row + ca->rowspan == a->nrows &&
                    fabs(ca->xl - cb->xl) <= CONT_X_TOL &&
                    fabs(ca->xr - cb->xr) <= CONT_X_TOL)
                    pa = ca;
            }
            if (pa == NULL)
                ok = 0;
            else if (cb->has_text) {
                ok = pa->has_text &&
                     pa->last_x1 >= pa->xr - 2.5 * pa->last_h;
                b_text++;
            } else if (pa->has_text && pa->row == a->nrows - 1)
                under_empty++;
        }
        row_cut = ok && under_empty > b_text;
    }
    for (i = 0; i < nbb; i++) {
        tcell *cb = &b->cells[ib[i]];

        for (j = 0; j < na; j++) {
            tcell *ca = &a->cells[ia[j]];

            if (fabs(ca->xl - cb->xl) > CONT_X_TOL ||
                fabs(ca->xr - cb->xr) > CONT_X_TOL)
                continue;
            if ((!ca->bottom_real && !cb->top_real) ||
                (row_cut && ca->row + ca->rowspan == a->nrows)) {
                if (cb->text.len &&
                    ((ca->text.len && xg_buf_putc(&ca->text, '\n')) ||
                     xg_buf_append(&ca->text, cb->text.data, cb->text.len)))
                    goto out;
                ca->has_text = ca->text.len > 0;
                ca->rowspan += cb->rowspan - 1;  /* the shared row counts once */
                merged_into[ib[i]] = ia[j];
            }
            break;
        }
    }
    /* rows of B go below A's.  When every cell of B's first row was
     * joined, that row is A's last row; otherwise B's rows are new and the
     * joined cells of A reach down over them. */
    {
        int joined = 0, all = 1;

        for (i = 0; i < nbb; i++) {
            if (merged_into[ib[i]] != SIZE_MAX)
                joined = 1;
            else if (b->cells[ib[i]].row == drop)
                all = 0;
        }
        if (joined && all) {
            offset = a->nrows - 1 - drop;
        } else {
            offset = a->nrows - drop;
            for (i = 0; i < b->n; i++)
                if (merged_into[i] != SIZE_MAX)
                    a->cells[merged_into[i]].rowspan += 1;
        }
    }
    for (i = 0; i < b->n; i++) {
        tcell *cb = &b->cells[i], *cn;

        if (cb->row < drop || merged_into[i] != SIZE_MAX)
            continue;
        cn = jtable_add(a);
        if (cn == NULL)
            goto out;
        *cn = *cb;
        cn->row = cb->row + offset;
        memset(&cb->text, 0, sizeof cb->text);    /* moved to A */
    }
    a->nrows = b->nrows + offset;
    /* the union of the column lines */
    xs = xreallocarray(a->xs, a->nxs + b->nxs, sizeof *xs);
    if (xs == NULL)
        goto out;
    a->xs = xs;
    for (i = 0; i < b->nxs; i++)
        if (!near_x(a->xs, a->nxs, b->xs[i]))
            a->xs[a->nxs++] = b->xs[i];
    qsort(a->xs, a->nxs, sizeof *a->xs, cmp_double);
    a->last_page = b->page;
    rc = 0;
out:
    free(ia);
    free(ib);
    free(merged_into);
    return rc;
}

static int nearest_x(const jtable *t, double x)
{
    size_t i, best = 0;

    for (i = 1; i < t->nxs; i++)
        if (fabs(t->xs[i] - x) < fabs(t->xs[best] - x))
            best = i;
    return (int)best;
}

/* A table of one cell is a frame around text (or the first row of a
 * table cut by the page break, when it was not joined): a paragraph, its
 * lines run together as in any paragraph. */
static int emit_frame(const jtable *t, xg_doc *doc, xg_error *err)
{
    const char *s = xg_buf_str(&t->cells[0].text);
    xg_buf out = {0};
    xg_geom g;
    int rc;

    for (; *s != '\0'; s++) {
        int ok;

        if (*s == '\n') {
            /* a space only between two Latin characters */
            ok = out.len == 0 || s[1] == '\0' ||
                 (unsigned char)out.data[out.len - 1] >= 0x80 ||
                 (unsigned char)s[1] >= 0x80 || xg_buf_putc(&out, ' ') == 0;
        } else {
            ok = xg_buf_putc(&out, *s) == 0;
        }
        if (!ok) {
            xg_buf_free(&out);
            return xg_error_nomem(err);
        }
    }
    g.page = t->page;
    g.x0 = t->x0;
    g.y0 = t->y0;
    g.x1 = t->x1;
    g.y1 = t->y1;
    rc = xg_doc_add_paragraph(doc, xg_buf_str(&out), out.len, &g, err);
    xg_buf_free(&out);
    return rc;
}

static int emit_table(const jtable *t, xg_doc *doc, xg_error *err)
{
    xg_table *xt;
    xg_error local = {0};
    size_t i;

    if (t->n == 1)
        return emit_frame(t, doc, err);
    xt = xg_doc_add_table(doc, err);
    if (xt == NULL)
        return err ? err->code : XG_ERR_NOMEM;
    for (i = 0; i < t->n; i++) {
        const tcell *c = &t->cells[i];
        int c0 = nearest_x(t, c->xl), c1 = nearest_x(t, c->xr), rc;
        xg_geom g;

        if (c1 <= c0)
            c1 = c0 + 1;
        g.page = c->page;
        g.x0 = c->xl;
        g.x1 = c->xr;
        g.y0 = c->y0;
        g.y1 = c->y1;
        rc = xg_table_add_cell(xt, c->row, c0, c->rowspan, c1 - c0,
                               xg_buf_str(&c->text), c->text.len, &g, &local);
        /* geometry that contradicts itself (a cell over another, after
         * columns were merged across pages) costs the cell its spans, or
         * the cell, never the document */
        if (rc == XG_ERR_CORRUPT && (c->rowspan > 1 || c1 - c0 > 1))
            rc = xg_table_add_cell(xt, c->row, c0, 1, 1, xg_buf_str(&c->text),
                                   c->text.len, &g, &local);
        if (rc == XG_ERR_CORRUPT)
            continue;
        if (rc != XG_OK) {
            if (err != NULL)
                *err = local;
            return rc;
        }
    }
    xg_doc_drop_empty_table(doc);
    return XG_OK;
}

/* Paragraph being built from lines, possibly across a page break. */
typedef struct para {
    xg_buf text;
    xg_geom geom;
    int open;
    double last_x1, last_h, last_y1, left, right;
    gunichar last_cp;
} para;

static int para_flush(para *p, xg_doc *doc, xg_error *err)
{
    int rc = XG_OK;

    if (p->open && p->text.len > 0)
        rc = xg_doc_add_paragraph(doc, p->text.data, p->text.len, &p->geom,
                                  err);
    xg_buf_reset(&p->text);
    p->open = 0;
    return rc;
}

/* The value most of V (N values) lie near (within 2 points), or the
 * FALLBACK when there are none. */
static double common_value(double *v, size_t n, double fallback)
{
    size_t i, j = 0, best = 0, best_n = 0;

    if (n == 0)
        return fallback;
    qsort(v, n, sizeof *v, cmp_double);
    for (i = 0; i < n; i++) {
        while (v[i] - v[j] > 2.0)
            j++;
        if (i - j + 1 > best_n) {
            best_n = i - j + 1;
            best = j;
        }
    }
    return v[best];
}

/* Text margins of a page and its usual line gap, so an indent, a short
 * line or a wider gap can be seen: the left edge most lines start at, the
 * right edge most long lines end at (justified text), the median gap
 * between one line and the next.  An odd line out (a page number, a long
 * link) does not move them. */
static void page_margins(const page_data *pd, double *left, double *right,
                         int *right_n, double *gap)
{
    double *v = malloc((pd->nlines + 1) * sizeof *v), lo = 1e300, hi = -1e300;
    size_t i, n = 0;
    const pline *prev = NULL;

    *left = 1e300;
    *right = -1e300;
    *right_n = 0;
    *gap = 1e300;
    for (i = 0; i < pd->nlines; i++) {
        const pline *l = &pd->lines[i];

        if (l->dropped || !line_has_ink(l))
            continue;
        if (l->x0 < lo) lo = l->x0;
        if (l->x1 > hi) hi = l->x1;
    }
    if (v == NULL || lo > hi) {
        *left = lo;
        *right = hi;
        free(v);
        return;
    }
    for (i = 0; i < pd->nlines; i++)
        if (!pd->lines[i].dropped && line_has_ink(&pd->lines[i]))
            v[n++] = pd->lines[i].x0;
    *left = common_value(v, n, lo);
    n = 0;
    for (i = 0; i < pd->nlines; i++)
        if (!pd->lines[i].dropped && line_has_ink(&pd->lines[i]) &&
            pd->lines[i].x1 - pd->lines[i].x0 > 0.5 * (hi - lo))
            v[n++] = -pd->lines[i].x1;  /* the rightmost of equals wins */
    *right = -common_value(v, n, -hi);
    for (i = 0; i < pd->nlines; i++)
        if (!pd->lines[i].dropped && line_has_ink(&pd->lines[i]) &&
            fabs(pd->lines[i].x1 - *right) <= 2.0)
            (*right_n)++;
    n = 0;
    for (i = 0; i < pd->nlines; i++) {
        const pline *l = &pd->lines[i];

        if (l->dropped || !line_has_ink(l))
            continue;
        if (prev != NULL && l->y0 - prev->y1 >= 0 && l->y0 - prev->y1 < 3 * l->h)
            v[n++] = l->y0 - prev->y1;
        prev = l;
    }
    if (n > 0) {
        qsort(v, n, sizeof *v, cmp_double);
        *gap = v[n / 2];
    }
    free(v);
}

static int add_line(para *p, const page_data *pd, const pline *l,
                    double left, double right, double gap, int new_page,
                    xg_doc *doc, xg_error *err)
{
    int fresh, rc;
    xg_buf lt = {0};
    gunichar first = 0;
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space) {
            first = l->chars[i]->cp;
            break;
        }
    /* a new paragraph: an indented line, a bullet, a line after a short
     * one, a gap wider than the page's usual one, a change of type size */
    if (gap > 2 * l->h)
        gap = 0.5 * l->h;
    fresh = !p->open || l->x0 > left + 0.8 * l->h || first == 0x2022 ||
            first == 0x25cf || first == 0x25aa || first == 0x25a0 ||
            first == 0x25c6 ||
            p->last_x1 < p->right - 1.5 * p->last_h ||
            fabs(l->h - p->last_h) > 0.25 * p->last_h ||
            (!new_page && l->y0 - p->last_y1 > gap + 0.7 * l->h);
    if (fresh) {
        rc = para_flush(p, doc, err);
        if (rc != XG_OK)
            return rc;
        p->open = 1;
        p->geom.page = pd->no;
        p->geom.x0 = l->x0;
        p->geom.y0 = l->y0;
        p->geom.x1 = l->x1;
        p->geom.y1 = l->y1;
    } else {
        if (is_latin_cp(p->last_cp) && is_latin_cp(first) &&
            xg_buf_putc(&p->text, ' ') != 0)
            return xg_error_nomem(err);
        if (p->geom.page == pd->no) {
            if (l->x0 < p->geom.x0) p->geom.x0 = l->x0;
            if (l->x1 > p->geom.x1) p->geom.x1 = l->x1;
            if (l->y1 > p->geom.y1) p->geom.y1 = l->y1;
        }
    }
    if (line_text(l, &lt) != 0 ||
        xg_buf_append(&p->text, xg_buf_str(&lt), lt.len) != 0) {
        xg_buf_free(&lt);
        return xg_error_nomem(err);
    }
    xg_buf_free(&lt);
    for (i = l->n; i-- > 0;)
        if (!l->chars[i]->space) {
            p->last_cp = l->chars[i]->cp;
            break;
        }
    p->last_x1 = l->x1;
    p->last_h = l->h;
    p->last_y1 = l->y1;
    p->left = left;
    p->right = right;
    return XG_OK;
}

/* Emit the document: items in page order; a table at the top of a page
 * continuing the table that ended the page before is joined to it. */
static int assemble(page_data *pages, size_t np, xg_doc *doc, xg_error *err)
{
    para p;
    jtable *open_table = NULL;  /* borrowed from its page's item */
    size_t pi, i;
    double left = 0, right = 0, gap = 0;
    int rc = XG_OK;

    memset(&p, 0, sizeof p);
    for (pi = 0; pi < np; pi++) {
        page_data *pd = &pages[pi];
        int first_item = 1;

        /* a page with a line or two (the end of a paragraph) shows no
         * margins of its own: keep the last page's.  Nor does a page
         * whose long lines do not share a right edge (a page of tables
         * with a heading or two between them: a heading is not the
         * margin), unless it is the first */
        if (pd->nlines >= 3 || pi == 0) {
            double pr;
            int pr_n;

            page_margins(pd, &left, &pr, &pr_n, &gap);
            if (pr_n >= 3 || pi == 0)
                right = pr;
        }
        for (i = 0; i < pd->nitems; i++) {
            pitem *it = &pd->items[i];

            if (!it->is_table && it->line->dropped)
                continue;
            if (it->is_table) {
                rc = para_flush(&p, doc, err);
                if (rc != XG_OK)
                    goto out;
                if (open_table != NULL && first_item &&
                    open_table->last_page == pd->no - 1 &&
                    same_columns(open_table, it->table)) {
                    if (append_table(open_table, it->table) != 0) {
                        rc = xg_error_nomem(err);
                        goto out;
                    }
                } else {
                    if (open_table != NULL) {
                        rc = emit_table(open_table, doc, err);
                        if (rc != XG_OK)
                            goto out;
                    }
                    open_table = it->table;
                }
            } else {
                if (open_table != NULL) {
                    rc = emit_table(open_table, doc, err);
                    if (rc != XG_OK)
                        goto out;
                    open_table = NULL;
                }
                rc = add_line(&p, pd, it->line, left, right, gap,
                              first_item && pi > 0, doc, err);
                if (rc != XG_OK)
                    goto out;
            }
            first_item = 0;
        }
    }
    if (open_table != NULL)
        rc = emit_table(open_table, doc, err);
    if (rc == XG_OK)
        rc = para_flush(&p, doc, err);
out:
    xg_buf_free(&p.text);
    return rc;
}

/* ------------------------------------------------------------------ */

int xg_extract_pdf(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err)
{
    GBytes *bytes = NULL;
    GError *gerr = NULL;
    PopplerDocument *pdoc = NULL;
    page_data *pages = NULL;
    canvas cv = {0};
    int npages, i, rc = XG_OK, has_text = 0;

    if (data == NULL || doc == NULL)
        return xg_error_set(err, XG_ERR_USAGE, "no input");
    bytes = g_bytes_new(data, size);
    pdoc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    if (pdoc == NULL) {
        if (gerr != NULL && gerr->domain == POPPLER_ERROR &&
            gerr->code == POPPLER_ERROR_ENCRYPTED)
            rc = xg_error_set(err, XG_ERR_ENCRYPTED,
                              "encrypted PDF: a password is required");
        else
            rc = xg_error_set(err, XG_ERR_CORRUPT, "%s",
                              gerr != NULL ? gerr->message
                                           : "not a readable PDF");
        goto out;
    }
    npages = poppler_document_get_n_pages(pdoc);
    if (npages > XG_MAX_PAGES) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "PDF has more than %d pages",
                          XG_MAX_PAGES);
        goto out;
    }
    if (npages <= 0) {
        rc = xg_error_set(err, XG_ERR_CORRUPT, "PDF has no pages");
        goto out;
    }
    pages = calloc((size_t)npages, sizeof *pages);
    if (pages == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    /* two passes: the text of every page first (cheap), so that the
     * costly render is spent only where a table may be */
    for (i = 0; i < npages; i++) {
        PopplerPage *page = poppler_document_get_page(pdoc, i);

        pages[i].no = i + 1;
        if (page == NULL)
            continue;
        rc = read_chars(page, &pages[i], err);
        g_object_unref(page);
        if (rc != XG_OK)
            goto out;
        has_text |= pages[i].has_text;
    }
    if (!has_text) {
        rc = xg_error_set(err, XG_ERR_NO_TEXT, "no text layer (scanned PDF?)");
        goto out;
    }
    for (i = 0; i < npages; i++) {
        PopplerPage *page;
        int render = pages[i].tabular ||
                     (i + 1 < npages && pages[i + 1].opens_tabular);

        if (!pages[i].has_text)
            continue;
        page = poppler_document_get_page(pdoc, i);
        if (page == NULL)
            continue;
        rc = read_page(page, &pages[i], &cv, render, err);
        g_object_unref(page);
        if (rc != XG_OK)
            goto out;
    }
    if (drop_furniture(pages, (size_t)npages) != 0) {
        rc = xg_error_nomem(err);
        goto out;
    }
    rc = assemble(pages, (size_t)npages, doc, err);
out:
    if (pages != NULL)
        for (i = 0; i < npages; i++)
            page_free(&pages[i]);
    free(pages);
    canvas_free(&cv);
    if (gerr != NULL)
        g_error_free(gerr);
    if (pdoc != NULL)
        g_object_unref(pdoc);
    if (bytes != NULL)
        g_bytes_unref(bytes);
    return rc;
}
