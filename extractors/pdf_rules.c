/*
 * Rules sifted, and rules from pixels.  The rules a page draws come from
 * its paths (pdf_core.cc) in pieces: a border drawn cell by cell is
 * joined into one rule here, and what is no table rule goes: glyph
 * strokes drawn as paths (一, ——) and underlines, told apart by the
 * characters around them.
 *
 * An image of a page (a scan, rendered) has no paths: its rules are found
 * in its pixels, long thin runs of dark pixels, horizontal and vertical;
 * runs on neighbouring pixel lines grow into strokes, strokes thin enough
 * are rules, then sifted the same way.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_internal.h"

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


int xg_pdf_cmp_rule(const void *a, const void *b)
{
    const rule *p = a, *q = b;

    if (p->pos != q->pos)
        return p->pos < q->pos ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

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

/* Which pixels of row Y of PIXELS (W pixels, STRIDE bytes a row; cairo's
 * RGB24 or, GRAY, a byte a pixel) are dark, into DARK. */
static void dark_row(const unsigned char *pixels, int stride, int w, int y,
                     int gray, unsigned char *dark)
{
    const unsigned char *g = pixels + (size_t)y * stride;
    const uint32_t *px = (const uint32_t *)(const void *)g;
    int x;

    for (x = 0; x < w; x++) {
        uint32_t v;

        /* paper, the common case: eight grey or four RGB pixels at a time */
        if (gray && x + 8 <= w) {
            uint64_t eight;

            memcpy(&eight, g + x, 8);
            if (eight == UINT64_MAX) {
                memset(dark + x, 0, 8);
                x += 7;
                continue;
            }
        } else if (!gray && x + 4 <= w) {
            uint64_t two[2];

            memcpy(two, px + x, 16);
            if (((two[0] & two[1]) & UINT64_C(0x00ffffff00ffffff)) ==
                UINT64_C(0x00ffffff00ffffff)) {
                memset(dark + x, 0, 4);
                x += 3;
                continue;
            }
        }
        if (gray) {
            dark[x] = g[x] < DARK_LUMA;
            continue;
        }
        v = px[x] & 0xffffff;
        if (v == 0xffffff) {
            dark[x] = 0;
        } else {
            unsigned r = v >> 16, gr = (v >> 8) & 0xff, b = v & 0xff;

            dark[x] = (r * 77 + gr * 150 + b * 29) >> 8 < DARK_LUMA;
        }
    }
}

/* Long dark runs of the map, horizontal (rows) or vertical (columns).
 * Both are found in one row-major pass, which keeps the cache happy: a
 * vertical run is open in its column until a light pixel closes it. */
static int find_runs(const unsigned char *pixels, int stride, int w, int h,
                     int gray, int minlen, run **hr, size_t *nh, run **vr,
                     size_t *nv)
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
            dark_row(pixels, stride, w, y, gray, dark);
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
                    if (xg_pdf_grow((void **)vr, &capv, *nv + 1, sizeof **vr))
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
                if (xg_pdf_grow((void **)hr, &caph, *nh + 1, sizeof **hr))
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
            if (xg_pdf_grow((void **)&segs, &cap, nseg + 1, sizeof *segs))
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
        if (xg_pdf_grow((void **)out, capout, *nout + 1, sizeof **out))
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
    qsort(r, *n, sizeof *r, xg_pdf_cmp_rule);
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

/* The rules of a rendered page: long thin dark runs, joined where a
 * border was drawn in pieces, without the glyph strokes and underlines
 * among them. */
static int rules_from(const unsigned char *pixels, int stride, int w, int h,
                      int gray, double scale, const page_data *pd, rules *rl)
{
    run *hr = NULL, *vr = NULL;
    size_t nhr = 0, nvr = 0;
    int rc = -1;

    if (find_runs(pixels, stride, w, h, gray, (int)(RULE_MIN_LEN * scale), &hr,
                  &nhr, &vr, &nvr) != 0 ||
        runs_to_rules(hr, nhr, scale, &rl->h, &rl->nh, &rl->caph) ||
        runs_to_rules(vr, nvr, scale, &rl->v, &rl->nv, &rl->capv))
        goto out;
    rc = xg_pdf_rules_finish(pd, rl);
out:
    free(hr);
    free(vr);
    return rc;
}

int xg_pdf_rules_from_image(const unsigned char *pixels, int stride, int w,
                            int h, double scale, const page_data *pd,
                            rules *rl)
{
    return rules_from(pixels, stride, w, h, 0, scale, pd, rl);
}

int xg_pdf_rules_from_gray(const unsigned char *pixels, int stride, int w,
                           int h, double scale, const page_data *pd, rules *rl)
{
    return rules_from(pixels, stride, w, h, 1, scale, pd, rl);
}

int xg_pdf_rules_finish(const page_data *pd, rules *rl)
{
    char_index ix;

    join_rules(rl->h, &rl->nh);
    join_rules(rl->v, &rl->nv);
    if (char_index_build(pd, &ix) != 0)
        return -1;
    drop_strokes(&ix, rl->h, &rl->nh, 0);
    drop_strokes(&ix, rl->v, &rl->nv, 1);
    char_index_free(&ix);
    return 0;
}
