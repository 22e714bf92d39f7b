/*
 * Pages into the document model.  Each page's characters and rules
 * become its items (tables, and the lines left over) in reading order;
 * then page numbers and running headers are dropped, a table that goes
 * on at the top of the next page with the same columns is joined to the
 * one before (a repeated header dropped, cells cut by the page break
 * joined), and lines run on into paragraphs, across page breaks too.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "norm.h"
#include "pdf_internal.h"
#include "schema.h"

/* ------------------------------------------------------------------ */
/* the items of a page                                                 */

void xg_pdf_page_free(page_data *pd)
{
    size_t i;

    for (i = 0; i < pd->nitems; i++)
        if (pd->items[i].is_table)
            xg_pdf_jtable_free(pd->items[i].table);
    free(pd->items);
    xg_pdf_lines_free(pd->lines, pd->nlines);
    free(pd->flow);
    free(pd->chars);
    free(pd->rl.h);
    free(pd->rl.v);
    memset(pd, 0, sizeof *pd);
}

static int cmp_item(const void *a, const void *b)
{
    const pitem *p = a, *q = b;

    return p->y0 < q->y0 ? -1 : p->y0 > q->y0;
}

/* The tables of page PD (with rules RL), its flow lines, its items in
 * reading order. */
int xg_pdf_page_structure(page_data *pd, const rules *rl,
                          const page_data *prev, xg_error *err)
{
    const jtable *last = NULL;
    unsigned char *taken = NULL;
    jtable **tables = NULL;
    size_t ntables = 0, captables = 0, i;
    int rc = XG_OK;

    /* the table that ends the page before (only its foot, a page number,
     * after it), when it has no rules */
    if (prev != NULL && prev->no == pd->no - 1) {
        size_t k = prev->nitems;

        while (k > 0 && !prev->items[k - 1].is_table &&
               prev->items[k - 1].y0 > prev->h * 0.88)
            k--;
        if (k > 0 && prev->items[k - 1].is_table &&
            prev->items[k - 1].table->aligned)
            last = prev->items[k - 1].table;
    }

    taken = calloc(pd->nchars + 1, 1);
    if (taken == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    if (xg_pdf_ruled_tables(pd, rl, taken, &tables, &ntables,
                            &captables) != 0 ||
        xg_pdf_aligned_tables(pd, rl, last, taken, &tables, &ntables,
                              &captables) != 0) {
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
    if (xg_pdf_group_lines(pd->flow, pd->nflow, &pd->lines,
                           &pd->nlines) != 0) {
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

        if (!xg_pdf_line_has_ink(&pd->lines[i]))
            continue;
        it = &pd->items[pd->nitems++];
        it->line = &pd->lines[i];
        it->y0 = pd->lines[i].y0;
    }
    qsort(pd->items, pd->nitems, sizeof *pd->items, cmp_item);
out:
    for (i = 0; i < ntables; i++)
        xg_pdf_jtable_free(tables[i]);
    free(tables);
    free(taken);
    return rc;
}

/* ------------------------------------------------------------------ */
/* page numbers and running headers                                    */

/* -1-, — 2 —, 3, 第3页, 第 3 页 共 5 页, 3/5, Page 3 */
static int is_page_number(const pline *l)
{
    size_t i;
    int digits = 0, other = 0;

    for (i = 0; i < l->n; i++) {
        uint32_t c = l->chars[i]->cp;

        if (l->chars[i]->space || xg_pdf_dash_cp(c))
            continue;
        if (xg_pdf_digit_cp(c))
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
        if (!l->chars[i]->space && !xg_pdf_digit_cp(l->chars[i]->cp) &&
            xg_buf_put_cp(out, l->chars[i]->cp) != 0)
            return -1;
    return 0;
}

static int in_margin(const page_data *pd, const pline *l)
{
    return l->y1 < pd->h * 0.10 || l->y0 > pd->h * 0.90;
}

/* Is L where a running header or footer stands: the outer tenth of its
 * page, or, on a page wider than high, as much of its height as an inch
 * is of an A4 page's width, 595 points (a landscape A4 page: a header
 * under a margin of 45 points and the header's own spacing ends 70
 * points down, below its tenth; on the same page printed larger, all
 * of it larger), or as an inch is of an A4 page's height, 842 points,
 * of its longer side (the same page with its boxes cut shorter, the
 * footer 68 points up, its content as it was), or six of L's heights
 * up to 0.15 of the page's height (a landscape page cut shorter both
 * ways: its text keeps its size, where on a page printed smaller it is
 * smaller; so too cut, then printed larger)? */
static int in_running_band(const page_data *pd, const pline *l)
{
    double band = fmax(pd->h * 0.10, fmin(pd->w, pd->h) * (72.0 / 595.0));

    band = fmax(band, fmax(pd->w, pd->h) * (72.0 / 842.0));
    band = fmax(band, fmin(pd->h * 0.15, 6.0 * l->h));

    return l->y1 < band || l->y0 > pd->h - band;
}

/* The number a page number line L holds (its first run of digits), -1
 * if more than 6 digits; *BARE set when digits are all it holds (3, not
 * -3- or 第3页). */
static long page_number_value(const pline *l, int *bare)
{
    size_t i;
    long v = -1;
    int digits = 0, ended = 0;

    *bare = 1;
    for (i = 0; i < l->n; i++) {
        uint32_t c = l->chars[i]->cp;

        if (l->chars[i]->space)
            continue;
        if (!xg_pdf_digit_cp(c)) {
            *bare = 0;
            ended = v >= 0;
            continue;
        }
        if (ended || ++digits > 6)
            continue;
        v = (v < 0 ? 0 : v * 10) + (long)(c >= 0xFF10 ? c - 0xFF10 : c - '0');
    }
    return digits <= 6 ? v : -1;
}

/* A line of digits alone near the top or the foot of a page, which may be
 * its page number. */
typedef struct {
    pline *l;
    size_t page;
    long v;
} bare_number;

/* The most lines of digits alone near a page's top or foot that may hold
 * its number: more are a table's (and the search stays bounded). */
#define MAX_BARE_PER_PAGE 4

/* Is candidate I of C (NC) borne out by another, on another page, as
 * high within two line heights, whose number is as far apart as the
 * pages are?  A number alone at a page's foot may be a table's tail (2987
 * over 3, the last line of the page). */
static int page_number_borne_out(const bare_number *c, size_t nc, size_t i)
{
    size_t j;

    for (j = 0; j < nc; j++)
        if (c[j].page != c[i].page &&
            fabs(c[j].l->y0 - c[i].l->y0) < 2 * c[i].l->h &&
            c[j].v - c[i].v == (long)c[j].page - (long)c[i].page)
            return 1;
    return 0;
}

/* Mark page numbers (in the top or bottom margin; digits alone only
 * where another page bears them out, or in the outer tenth of a page of
 * one) and lines repeated in the margins of at least half of three or
 * more pages. */
int xg_pdf_drop_furniture(page_data *pages, size_t np)
{
    size_t p, i, q, j, nc = 0;
    bare_number *c = np > 0 ? malloc(np * MAX_BARE_PER_PAGE * sizeof *c) : NULL;

    if (np > 0 && c == NULL)
        return -1;
    for (p = 0; p < np; p++) {
        size_t first = nc, bare_lines = 0;

        for (i = 0; i < pages[p].nlines; i++) {
            pline *l = &pages[p].lines[i];
            int bare;
            long v;

            if (!(l->y1 < pages[p].h * 0.12 || l->y0 > pages[p].h * 0.85) ||
                !is_page_number(l))
                continue;
            v = page_number_value(l, &bare);
            if (!bare || (np == 1 && in_margin(&pages[p], l)))
                l->dropped = 1;
            else if (v >= 0 && bare_lines++ < MAX_BARE_PER_PAGE)
                c[nc++] = (bare_number){l, p, v};
        }
        if (bare_lines > MAX_BARE_PER_PAGE)
            nc = first;     /* a table's numbers: none is the page's */
    }
    for (i = 0; i < nc; i++)
        if (page_number_borne_out(c, nc, i))
            c[i].l->dropped = 1;
    free(c);
    if (np < 3)
        return 0;
    for (p = 0; p < np; p++)
        for (i = 0; i < pages[p].nlines; i++) {
            pline *l = &pages[p].lines[i];
            xg_buf key = {0};
            size_t count = 0;

            if (l->dropped || !in_running_band(&pages[p], l))
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

                    if (!in_running_band(&pages[q], m) ||
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
 * among the other's?  Without rules, B may lack A's first column and no
 * other: a group's label that spans the rows (三、本年度办理结果) stands on
 * A alone, and B's column lines are A's from the second on. */
static int same_columns(const jtable *a, const jtable *b)
{
    size_t i;
    int a_in_b = 1, b_in_a = 1;

    if (fabs(a->xs[0] - b->xs[0]) > CONT_X_TOL) {
        if (!a->aligned || !b->aligned || b->nxs + 1 != a->nxs)
            return 0;
        for (i = 0; i < b->nxs; i++)
            if (fabs(a->xs[i + 1] - b->xs[i]) > CONT_X_TOL)
                return 0;
        return 1;
    }
    if (fabs(a->xs[a->nxs - 1] - b->xs[b->nxs - 1]) > CONT_X_TOL)
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
 * whose cells match A's first rows cell for cell; -1 when memory runs
 * out. */
static int repeated_header(const jtable *a, const jtable *b)
{
    int k, best = 0;
    size_t *top = malloc((a->n + 1) * sizeof *top), ntop = 0, i;

    /* A's cells that may be header rows, so that a long table does not
     * cost its cells times the header's */
    if (top == NULL)
        return -1;
    for (i = 0; i < a->n; i++)
        if (a->cells[i].row < 6)
            top[ntop++] = i;
    for (k = 1; k < b->nrows && k < a->nrows && k <= 6; k++) {
        size_t j, nb = 0, na = 0;
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
            for (j = 0; j < ntop && !found; j++) {
                const tcell *ca = &a->cells[top[j]];

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
        for (j = 0; j < ntop; j++)
            if (a->cells[top[j]].row < k)
                na++;
        if (!all || na != nb)
            break;
        if (any_text)
            best = k;
    }
    free(top);
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

/* Does the text begin a new item of a list: 1. 2、 (二) （三） 三、? */
static int starts_item(const xg_buf *text)
{
    return xg_pdf_starts_item(xg_buf_str(text));
}

/* Is the text of the cell a number (or a dash or slash for none)? */
static int numeric_text(const xg_buf *text)
{
    const unsigned char *p = (const unsigned char *)xg_buf_str(text);
    int digit = 0;

    while (*p != '\0') {
        uint32_t c = *p;
        int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4, k;

        if (n > 1)
            c &= 0x3f >> (n - 1);
        for (k = 1; k < n && (p[k] & 0xc0) == 0x80; k++)
            c = c << 6 | (p[k] & 0x3f);
        p += k;
        if ((c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19))
            digit = 1;
        else if (!(c == ',' || c == '.' || c == '-' || c == '/' || c == ' ' ||
                   c == '\n' || c == '%' || c == 0xff0c || c == 0xff0e ||
                   c == 0xff0d || c == 0x2014 || c == 0x2013 || c == 0x3000))
            return 0;
    }
    return digit;
}

/* Does the text of B, under A, go on A's: A's text ends on a full line
 * (within two characters and a half of its cell's right edge), and B's
 * begins no new item?  A label that ends short, then text, is two. */
static int text_goes_on(const tcell *a, const tcell *b)
{
    return a->has_text && !starts_item(&b->text) &&
           a->last_x1 >= a->xr - 2.5 * a->last_h;
}

/* The same, both texts no number: the rest of A's label. */
static int label_goes_on(const tcell *a, const tcell *b)
{
    return text_goes_on(a, b) && !numeric_text(&a->text) &&
           !numeric_text(&b->text);
}

/* The cell of A ending on its last row (among IA, NA) over the columns
 * of CB, a cell of B's first row; NULL if none. */
static const tcell *above(const jtable *a, const size_t *ia, size_t na,
                          const tcell *cb)
{
    const tcell *pa = NULL;
    size_t j;

    for (j = 0; j < na; j++) {
        const tcell *ca = &a->cells[ia[j]];

        if (ca->row + ca->rowspan == a->nrows &&
            fabs(ca->xl - cb->xl) <= CONT_X_TOL &&
            fabs(ca->xr - cb->xr) <= CONT_X_TOL)
            pa = ca;
    }
    return pa;
}

/* The numbers-below case of append_table: A's last row (cells IA, NA)
 * and B's first row (IB, NB). */
static int numbers_below(const jtable *a, const size_t *ia, size_t na,
                         const jtable *b, const size_t *ib, size_t nb)
{
    size_t i;
    int a_label = 0, b_numbers = 0;

    for (i = 0; i < na; i++) {
        const tcell *ca = &a->cells[ia[i]];

        if (ca->row + ca->rowspan != a->nrows || !ca->has_text)
            continue;
        if (numeric_text(&ca->text))
            return 0;
        if (ca->row == a->nrows - 1)
            a_label = 1;
    }
    for (i = 0; i < nb; i++) {
        const tcell *cb = &b->cells[ib[i]];
        const tcell *pa = NULL;

        if (!cb->has_text)
            continue;
        pa = above(a, ia, na, cb);
        if (numeric_text(&cb->text)) {
            /* under an empty cell of the label's row: under header text
             * (结果维持 over the appeals' numbers) they are a row of
             * their own */
            if (pa != NULL && pa->has_text)
                return 0;
            b_numbers = 1;
            continue;
        }
        if (pa == NULL || !text_goes_on(pa, cb))
            return 0;
    }
    return a_label && b_numbers;
}

/* Does A's last row (cells IA, NA) hold a label of its own: text that is
 * not a number, in a cell that begins on that row? */
static int last_row_label(const jtable *a, const size_t *ia, size_t na)
{
    size_t i;

    for (i = 0; i < na; i++) {
        const tcell *ca = &a->cells[ia[i]];

        if (ca->row == a->nrows - 1 && ca->has_text &&
            !numeric_text(&ca->text))
            return 1;
    }
    return 0;
}

/* The split-numbers case of append_table: the break fell between the
 * paragraphs of a row's cells (an empty paragraph above the number in
 * some, below it in others), so some numbers stayed on A and the others
 * went to B.  B's first row holds numbers, each under an empty cell of
 * A's last row, which has a label: B's numbers fill A's gaps.  Text of B
 * that is not a number goes on the text above it (the tail of the label,
 * under a label whose bottom line is full, not beginning a new item). */
static int numbers_split(const jtable *a, const size_t *ia, size_t na,
                         const jtable *b, const size_t *ib, size_t nb)
{
    size_t i;
    int a_label = last_row_label(a, ia, na), b_numbers = 0;

    for (i = 0; i < nb; i++) {
        const tcell *cb = &b->cells[ib[i]];
        const tcell *pa = NULL;

        if (!cb->has_text)
            continue;
        pa = above(a, ia, na, cb);
        if (pa == NULL)
            return 0;
        if (numeric_text(&cb->text)) {
            if (pa->has_text)
                return 0;
            b_numbers = 1;
        } else if (!label_goes_on(pa, cb)) {
            return 0;
        }
    }
    return a_label && b_numbers;
}

/* Is A the first lines of a grouped number the page break cut (its last
 * group short of three digits: "34,4", "190,") and B its tail, the two
 * one grouped number ("34,4" and "71": 34,471)? */
static int grouping_cut(const xg_buf *a, const xg_buf *b)
{
    const char *p = xg_buf_str(a), *q = xg_buf_str(b);
    size_t lead = 0, group = 0, i;
    int comma = 0;

    for (i = 0; p[i] != '\0'; i++) {
        if (p[i] >= '0' && p[i] <= '9') {
            if (comma)
                group++;
            else
                lead++;
        } else if (p[i] == ',' && lead > 0 && (!comma || group == 3)) {
            comma = 1;
            group = 0;
        } else {
            return 0;
        }
    }
    if (!comma || lead > 3 || group >= 3)
        return 0;
    /* the tail: the rest of that group, then whole groups */
    for (i = 0; q[i] != '\0'; i++) {
        if (q[i] >= '0' && q[i] <= '9')
            group++;
        else if (q[i] == ',' && group == 3)
            group = 0;
        else
            return 0;
    }
    return i > 0 && group == 3;
}

/* How many digits (xg_pdf_digit_cp: 0-9, or full width) TEXT holds; 0
 * when ONLY and TEXT holds anything else. */
static size_t digits_in(const char *text, int only)
{
    size_t len = strlen(text), i, adv, n = 0;

    for (i = 0; i < len; i += adv) {
        if (xg_pdf_digit_cp(xg_utf8_decode(text + i, len - i, &adv)))
            n++;
        else if (only)
            return 0;
    }
    return n;
}

/* Is B the tail of A's number, set over lines of digits that fill its
 * cell (run_digits) and cut by the page break: B one line of digits
 * alone, no more than A's lines hold; the two no more than a wrapped
 * number holds (37 98 36 at a page's foot, 8 atop the next: 3798368)?
 * B's lines, were there several, might come in Poppler's order, bottom
 * to top (xg_pdf_cell_text).  Between rules only: with none, digits atop
 * a page may as well be the first line of the next row's number (11 over
 * （六）其他处理 84 over 0, under 18 44 at the last page's foot). */
static int stack_cut(const tcell *a, const tcell *b)
{
    size_t run = (size_t)a->run_digits, line, total;

    if (run == 0 || b->text.len == 0)
        return 0;
    total = digits_in(xg_buf_str(&a->text), 0);
    line = digits_in(xg_buf_str(&b->text), 1);
    return line > 0 && line <= run && total + line <= XG_WRAPPED_DIGITS_MAX;
}

/* The grouped-tails case of append_table: A's last row holds a label and
 * numbers cut by the page break in their last group of digits, the rest
 * of each on B's first row, numbers alone, each under the number it ends
 * (grouping_cut), or under the lines of digits that fill its cell
 * (stack_cut).  Digits wrapped out of narrow cells, their first lines
 * on one page and their tails on the next.  Between rules, B's row may
 * hold the rest of A's label too, under it, its bottom line full, and
 * beginning no item (5.要求行政机关确认或重新出具已 5142 … at a page's
 * foot, 获取信息 9 … atop the next), and numbers under empty cells of
 * A's row, whose cells the break cut between their paragraphs (2,64 at
 * the foot, 2 under it and 502 beside atop the next page). */
static int grouped_tails(const jtable *a, const size_t *ia, size_t na,
                         const jtable *b, const size_t *ib, size_t nb)
{
    size_t i;
    int a_label = last_row_label(a, ia, na), tails = 0, rest = 0;
    /* rows between rules: ruled cells, or bands between rules across */
    int ruled = (!a->aligned || a->banded) && (!b->aligned || b->banded);

    for (i = 0; i < nb; i++) {
        const tcell *cb = &b->cells[ib[i]];
        const tcell *pa;

        if (!cb->has_text)
            continue;
        pa = above(a, ia, na, cb);
        if (pa == NULL || pa->row != a->nrows - 1 || pa->rowspan != 1)
            return 0;
        /* a number under an empty cell of the row: the break fell
         * between the paragraphs of that cell (numbers_split) */
        if (ruled && !pa->has_text && numeric_text(&cb->text))
            continue;
        if (ruled && rest == 0 && label_goes_on(pa, cb)) {
            rest = 1;
            continue;
        }
        if (!(grouping_cut(&pa->text, &cb->text) || (ruled && stack_cut(pa, cb))))
            return 0;
        tails++;
    }
    return a_label && tails > 0;
}

/* Does B's first row (cells IB, NB) hold text in one cell alone, open
 * at its top, under two numbers or more of A's last row (IA, NA), its
 * first line numbers alone?  The next page's part drawn with no rules
 * between its columns: those numbers may be the tails of A's (1871 1577
 * … at a page's foot, 8 2 … atop the next, in a frame around 四、结转…
 * too).  Beside a label cell of B's own, they are that row's. */
static int numbers_across(const jtable *a, const size_t *ia, size_t na,
                          const jtable *b, const size_t *ib, size_t nb)
{
    size_t i, j, with_text = 0;

    for (i = 0; i < nb; i++)
        with_text += b->cells[ib[i]].has_text != 0;
    for (i = 0; i < nb && with_text == 1; i++) {
        const tcell *cb = &b->cells[ib[i]];
        const char *p = xg_buf_str(&cb->text);
        int under = 0, digit = 0;

        if (!cb->has_text || cb->top_real)
            continue;
        for (; *p != '\0' && *p != '\n'; p++) {
            if (*p >= '0' && *p <= '9')
                digit = 1;
            else if (*p != ' ' && *p != ',')
                break;
        }
        if (!digit || (*p != '\0' && *p != '\n'))
            continue;
        for (j = 0; j < na; j++) {
            const tcell *ca = &a->cells[ia[j]];
            double mid = 0.5 * (ca->xl + ca->xr);

            under += ca->row + ca->rowspan == a->nrows && ca->has_text &&
                     numeric_text(&ca->text) && mid > cb->xl && mid < cb->xr;
        }
        if (under >= 2)
            return 1;
    }
    return 0;
}

/* Does line L hold a digit cut at the page's edge (pchar.cut)? */
static int any_cut(const pline *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space && l->chars[i]->cut)
            return 1;
    return 0;
}

/* Mark the cells of T that reach into row ROW as maybe cut off, HOW
 * (xg_cell.cut_off). */
static void mark_cut_off(jtable *t, int row, int how)
{
    size_t i;

    for (i = 0; i < t->n; i++)
        if (t->cells[i].row <= row && row < t->cells[i].row + t->cells[i].rowspan &&
            t->cells[i].cut_off == 0)
            t->cells[i].cut_off = how;
}

/* Is item I of PD its last but dropped lines (page numbers, running
 * footers)? */
static int last_item(const page_data *pd, size_t i)
{
    size_t k;

    for (k = i + 1; k < pd->nitems; k++)
        if (pd->items[k].is_table || !pd->items[k].line->dropped)
            return 0;
    return 1;
}

/* Append B (a continuation on the next page) to A.  Cells of A's last
 * row and B's first row are joined when the page break cut them: both
 * edges open, or (both ruled) A's row has only labels and B's only
 * values. */
static int append_table(jtable *a, jtable *b)
{
    int drop = repeated_header(a, b), offset, row_cut = 0, glue = 0;
    size_t *ia = NULL, *ib = NULL, na = 0, nbb = 0, i, j;
    size_t *merged_into = NULL;
    double *xs;
    int rc = -1;

    a->cut |= b->cut;
    ia = malloc((a->n + 1) * sizeof *ia);
    ib = malloc((b->n + 1) * sizeof *ib);
    merged_into = malloc((b->n + 1) * sizeof *merged_into);
    if (drop < 0 || ia == NULL || ib == NULL || merged_into == NULL)
        goto out;
    for (i = 0; i < b->n; i++)
        merged_into[i] = SIZE_MAX;
    cell_range_in_row(a, a->nrows - 1, 0, &ia, &na);
    cell_range_in_row(b, drop, 1, &ib, &nbb);
    if (numbers_across(a, ia, na, b, ib, nbb))
        mark_cut_off(a, a->nrows - 1, XG_CUT_BREAK);
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
    /* the numbers-below case: the break cut a row after the first lines
     * of its label, its numbers (and the rest of its label, if any) on
     * B: A's last row has a label and no number, B's first row numbers;
     * every B cell of text lies under an A cell of text whose bottom line
     * is full, and B's label does not begin a new item (1. (二) 三、): a
     * row of A with no numbers at all followed by a new row is two
     * rows */
    /* the grouped-tails case (grouped_tails): each tail goes on its
     * number, on the same line */
    if (!row_cut && na > 0 && nbb > 0)
        glue = row_cut = grouped_tails(a, ia, na, b, ib, nbb);
    if (!row_cut && na > 0 && nbb > 0)
        row_cut = numbers_below(a, ia, na, b, ib, nbb) ||
                  numbers_split(a, ia, na, b, ib, nbb);
    if (!row_cut && na > 0 && nbb > 0) {
        int under_empty = 0, ok = 1, b_text = 0;

        for (i = 0; i < nbb && ok; i++) {
            const tcell *cb = &b->cells[ib[i]];
            const tcell *pa = above(a, ia, na, cb);

            if (pa == NULL)
                ok = 0;
            else if (cb->has_text) {
                ok = text_goes_on(pa, cb);
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
            /* open edges join a cell the break cut; edges are open all
             * over a table without rules, where only a cut row joins.  A
             * merged cell that goes on down B (a group label) joins the
             * cell above it when the break cut its text: the bottom line
             * on A full, B's text no new item */
            if ((!ca->bottom_real && !cb->top_real && !a->aligned &&
                 !b->aligned) ||
                (row_cut && ca->row + ca->rowspan == a->nrows) ||
                (cb->rowspan > 1 && ca->row + ca->rowspan == a->nrows &&
                 cb->has_text && label_goes_on(ca, cb))) {
                if (cb->text.len &&
                    ((ca->text.len && !glue && xg_buf_putc(&ca->text, '\n')) ||
                     xg_buf_append(&ca->text, cb->text.data, cb->text.len)))
                    goto out;
                /* a stack's lines, on both pages, make one number */
                if (glue && ca->run_digits > 0 && xg_pdf_join_lines(&ca->text) &&
                    ca->first_digits == 0)
                    ca->first_digits = ca->run_digits;
                ca->run_digits = 0;
                ca->has_text = ca->text.len > 0;
                if (cb->ocr && (!ca->ocr || cb->conf < ca->conf))
                    ca->conf = cb->conf;
                ca->ocr |= cb->ocr;
                if (ca->cut_off == 0)
                    ca->cut_off = cb->cut_off;
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
        cn = xg_pdf_jtable_add(a);
        if (cn == NULL)
            goto out;
        *cn = *cb;
        cn->row = cb->row + offset;
        memset(&cb->text, 0, sizeof cb->text);    /* moved to A */
    }
    a->nrows = b->nrows + offset;
    /* the union of the column lines */
    xs = xg_pdf_reallocarray(a->xs, a->nxs + b->nxs, sizeof *xs);
    if (xs == NULL)
        goto out;
    a->xs = xs;
    for (i = 0; i < b->nxs; i++)
        if (!near_x(a->xs, a->nxs, b->xs[i]))
            a->xs[a->nxs++] = b->xs[i];
    qsort(a->xs, a->nxs, sizeof *a->xs, xg_pdf_cmp_double);
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
    if (rc == XG_OK && t->cells[0].ocr)
        xg_doc_mark_ocr(doc);
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
    if (t->aligned)
        xg_table_set_open(xt);
    if (t->cut)
        xg_table_set_cut(xt);
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
        if (c->ocr)
            xg_table_mark_ocr(xt, c->row, c0, c->conf);
        if (c->open_top)
            xg_table_mark_open_top(xt, c->row, c0, c->open_top);
        if (c->first_digits > 0)
            xg_table_mark_first_digits(xt, c->row, c0, c->first_digits);
        if (c->cut_off)
            xg_table_mark_cut_off(xt, c->row, c0, c->cut_off);
    }
    xg_doc_drop_empty_table(doc);
    return XG_OK;
}

/* Characters after which, and before which, a line break inside a
 * paragraph needs a space: Latin letters and digits on both sides. */
static int is_latin_cp(uint32_t c)
{
    return c < 0x2e80 && c > ' ' && c != 0xa0;
}

/* Paragraph being built from lines, possibly across a page break. */
typedef struct para {
    xg_buf text;
    xg_geom geom;
    int open;
    double last_x1, last_h, last_y1, left, right;
    uint32_t last_cp;
    int ocr;                /* some of its lines recognised by OCR */
    int last_numbers;       /* its last line holds numbers alone */
    int last_row;           /* or numbers in a row (a table's) */
    int last_heading;       /* its last line a part's whole heading */
} para;

static int para_flush(para *p, xg_doc *doc, xg_error *err)
{
    int rc = XG_OK;

    if (p->open && p->text.len > 0) {
        rc = xg_doc_add_paragraph(doc, p->text.data, p->text.len, &p->geom,
                                  err);
        if (rc == XG_OK && p->ocr)
            xg_doc_mark_ocr(doc);
    }
    xg_buf_reset(&p->text);
    p->open = 0;
    p->ocr = 0;
    return rc;
}

/* The value most of V (N values) lie near (within 2 points), or the
 * FALLBACK when there are none. */
static double common_value(double *v, size_t n, double fallback)
{
    size_t i, j = 0, best = 0, best_n = 0;

    if (n == 0)
        return fallback;
    qsort(v, n, sizeof *v, xg_pdf_cmp_double);
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

/* The lowest value at least MIN of V (N values) lie within 2 points of,
 * with how many do (*COUNT); else the value most lie near, with 0; else
 * the FALLBACK. */
static double first_shared(double *v, size_t n, size_t min, double fallback,
                           int *count)
{
    size_t i, j;

    *count = 0;
    if (n == 0)
        return fallback;
    qsort(v, n, sizeof *v, xg_pdf_cmp_double);
    for (i = 0; i < n; i = j) {
        for (j = i; j < n && v[j] - v[i] <= 2.0; j++)
            ;
        if (j - i >= min) {
            *count = (int)(j - i);
            return v[i];
        }
    }
    return common_value(v, n, fallback);
}

/* A page's text margins and usual line gap; BLOCK: bits 1 and 2 where
 * LEFT and RIGHT are the text block's edges over all pages of its width
 * (block_edges), -1 before they are sought. */
typedef struct margins {
    double left, right, gap;
    int right_n;            /* long lines ending at RIGHT, on the page */
    int block;
} margins;

/* Text margins of a page and its usual line gap, so an indent, a short
 * line or a wider gap can be seen: the leftmost edge three lines or more
 * start at and the rightmost edge three long lines or more end at
 * (continued lines of justified text), with how many end there
 * (RIGHT_N; 0 where no edge is shared so: then the edges most lines
 * share), and the median gap between one line and the next.  An odd line
 * out (a page number, a long link) does not move them. */
static void page_margins(const page_data *pd, margins *m)
{
    double *left = &m->left, *right = &m->right, *gap = &m->gap;
    int left_n, *right_n = &m->right_n;
    double *v = malloc((pd->nlines + 1) * sizeof *v), lo = 1e300, hi = -1e300;
    size_t i, n = 0;
    const pline *prev = NULL;

    *left = 1e300;
    *right = -1e300;
    *right_n = 0;
    *gap = 1e300;
    for (i = 0; i < pd->nlines; i++) {
        const pline *l = &pd->lines[i];

        if (l->dropped || !xg_pdf_line_has_ink(l))
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
        if (!pd->lines[i].dropped && xg_pdf_line_has_ink(&pd->lines[i]))
            v[n++] = pd->lines[i].x0;
    *left = first_shared(v, n, 3, lo, &left_n);
    n = 0;
    for (i = 0; i < pd->nlines; i++)
        if (!pd->lines[i].dropped && xg_pdf_line_has_ink(&pd->lines[i]) &&
            pd->lines[i].x1 - pd->lines[i].x0 > 0.5 * (hi - lo))
            v[n++] = -pd->lines[i].x1;
    *right = -first_shared(v, n, 3, -hi, right_n);
    n = 0;
    for (i = 0; i < pd->nlines; i++) {
        const pline *l = &pd->lines[i];

        if (l->dropped || !xg_pdf_line_has_ink(l))
            continue;
        if (prev != NULL && l->y0 - prev->y1 >= 0 && l->y0 - prev->y1 < 3 * l->h)
            v[n++] = l->y0 - prev->y1;
        prev = l;
    }
    if (n > 0) {
        qsort(v, n, sizeof *v, xg_pdf_cmp_double);
        *gap = v[n / 2];
    }
    free(v);
}

/* Does line L hold three numbers or more one after another, each set
 * apart from the one before by a space or a gap (3789 9004 6953: a
 * table's row run into one line), not words between them? */
static int numbers_in_a_row(const pline *l)
{
    size_t i;
    int apart = 0, in_digits = 0, after_space = 0;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];
        int gap = i > 0 && c->x0 - l->chars[i - 1]->x1 > 0.25 * l->h;

        if (c->space) {
            after_space = in_digits;
            in_digits = 0;
            continue;
        }
        if (xg_pdf_digit_cp(c->cp)) {
            if ((after_space || (in_digits && gap)) && ++apart >= 2)
                return 1;
            in_digits = 1;
        } else {
            in_digits = 0;
            apart = 0;
        }
        after_space = 0;
    }
    return 0;
}

/* Where the line after line I of page PD starts, if line I ends on no
 * punctuation (a paragraph's line wrapped: 中心工 over 作，); -1 if not,
 * or no line follows. */
static double wrapped_to(const page_data *pd, size_t i)
{
    static const uint32_t stops[] = {
        0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0xFF0C, 0x3001, 0x201D, 0xFF09,
        '.', '!', '?', ';', ':', ',', ')'
    };
    const pline *l = &pd->lines[i];
    size_t k, j = i + 1;
    uint32_t last = 0;

    for (k = l->n; k-- > 0;)
        if (!l->chars[k]->space) {
            last = l->chars[k]->cp;
            break;
        }
    for (k = 0; k < sizeof stops / sizeof stops[0]; k++)
        if (last == stops[k])
            return -1;
    while (j < pd->nlines && (pd->lines[j].dropped || !xg_pdf_line_has_ink(&pd->lines[j])))
        j++;
    return last != 0 && j < pd->nlines ? pd->lines[j].x0 : -1;
}

/* The text block's edges on pages of width W (PAGES, NP): the leftmost
 * edge three lines or more start at, and the rightmost edge that three
 * long lines or more end at or within a character's height of (the
 * lines continued in justified text, or in text set ragged those ending
 * nearest the margin), over all those pages.  A page of one-line
 * paragraphs, each indented and ending short, shows neither edge of its
 * own.  Bit 1: *LEFT found, bit 2: *RIGHT; 0 where there are no such
 * lines, or memory ran out (the pages' own margins do). */
static int block_edges(const page_data *pages, size_t np, double w,
                       double *left, double *right)
{
    size_t pi, i, k, n = 0, nr = 0, cap = 0;
    double *xl, *xr, *hs, widest = 0, wrap_x1 = 0, wrap_next_x0 = -1;
    int pass, found = 0, count;

    for (pi = 0; pi < np; pi++)
        if (fabs(pages[pi].w - w) <= 1.0)
            cap += pages[pi].nlines;
    if (cap == 0)
        return 0;
    xl = malloc(cap * sizeof *xl);
    xr = malloc(cap * sizeof *xr);
    hs = malloc(cap * sizeof *hs);
    if (xl == NULL || xr == NULL || hs == NULL)
        goto out;
    /* lines of text, not a table's (numbers alone or in a row, or a gap
     * two characters wide): their left ends, and their right ends and
     * heights kept for those over half as wide as the widest */
    for (pi = 0; pi < np; pi++) {
        const page_data *pd = &pages[pi];

        if (fabs(pd->w - w) > 1.0)
            continue;
        for (i = 0; i < pd->nlines; i++) {
            const pline *l = &pd->lines[i];
            chunk ch[2];

            if (l->dropped || !xg_pdf_line_has_ink(l) ||
                xg_pdf_numbers_alone(l) || numbers_in_a_row(l) ||
                xg_pdf_line_chunks_gap(l, ch, 2, 2.0) > 1)
                continue;
            if (l->x1 - l->x0 > widest) {
                widest = l->x1 - l->x0;
                wrap_x1 = l->x1;
                wrap_next_x0 = wrapped_to(pd, i);
            }
            hs[n] = l->h;
            xr[n] = l->x1;
            xl[n++] = l->x0;
        }
    }
    for (i = 0; i < n; i++)
        if (xr[i] - xl[i] > 0.5 * widest) {
            hs[nr] = hs[i];
            xr[nr++] = -xr[i];
        }
    *left = first_shared(xl, n, 3, 0, &count);
    if (count > 0)
        found |= 1;
    if (nr > 0) {
        double h;

        qsort(hs, nr, sizeof *hs, xg_pdf_cmp_double);
        h = hs[nr / 2];
        qsort(xr, nr, sizeof *xr, xg_pdf_cmp_double);     /* rightmost first */
        /* near the longest line's end (an edge further left is where
         * short lines end, one after another): three lines ending
         * together (justified), else three, else two, within a
         * character's height (set ragged) */
        for (pass = 0; pass < 3 && !(found & 2); pass++)
            for (i = 0; i < nr && xr[i] - xr[0] <= 3 * h && !(found & 2); i++) {
                for (k = i; k < nr && xr[k] - xr[i] <= (pass == 0 ? 2.0 : h); k++)
                    ;
                if (k - i >= (pass == 2 ? 2u : 3u)) {
                    *right = -xr[i];
                    found |= 2;
                }
            }
        /* else the widest line's end, where its paragraph goes on at
         * the left edge on the next line and it ends on no punctuation
         * (wrapped there: 中心工 over 作，): a document of one-line
         * paragraphs but for one that wrapped, whose short lines alike
         * would be taken for the edge */
        if (!(found & 2) && (found & 1) && wrap_next_x0 >= 0 &&
            fabs(wrap_next_x0 - *left) <= 0.5 * h) {
            *right = wrap_x1;
            found |= 2;
        }
    }
out:
    free(xl);
    free(xr);
    free(hs);
    return found;
}

/* Does T begin with a part's numbering (一、 … 十、)? */
static int numbered_as_part(const char *t)
{
    size_t n = xg_numeral_run(t);

    return n > 0 && (unsigned char)t[0] > 0x7F && strncmp(t + n, "\xE3\x80\x81", 3) == 0;
}

/* Does line text T (of a line that ends short) begin with a heading's
 * numbering (一、 … 十、), the line before ending a sentence (LAST) or
 * holding a table's row of numbers (AFTER_ROW)?  A heading of its own
 * then, though the line before ran to the margin (…年度工作报告。 over
 * 一、总体情况; 四、结转下年度继续办理 7980 5007 … over 四、政府信息公开
 * 行政复议、行政诉讼情况). */
static int heading_after_sentence(const char *t, uint32_t last, int after_row)
{
    if (last != 0x3002 && last != 0xFF01 && last != 0xFF1F && !after_row)
        return 0;
    return numbered_as_part(t);
}

/* Is T, a paragraph's one line, a part's whole heading, numbered and
 * ending as the template's do (三、收到和处理政府信息公开申请情况): the line
 * after it begins another paragraph, however short the lines around it
 * (a document of one-line paragraphs gives no right edge to end it at). */
static int whole_heading(const char *t)
{
    return numbered_as_part(t) && xg_heading_end(t) && xg_match_part_heading_text(t) > 0;
}

static int add_line(para *p, const page_data *pd, const pline *l,
                    double left, double right, double gap, int new_page,
                    xg_doc *doc, xg_error *err)
{
    int fresh, rc;
    xg_buf lt = {0};
    uint32_t first = 0;
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space) {
            first = l->chars[i]->cp;
            break;
        }
    if (xg_pdf_line_text(l, &lt) != 0)
        return xg_error_nomem(err);
    /* a new paragraph: an indented line, a bullet, a line after a short
     * one, a gap wider than the page's usual one, a change of type size,
     * a short line numbered as a heading after a sentence's end, a line
     * after a part's whole heading */
    if (gap > 2 * l->h)
        gap = 0.5 * l->h;
    fresh = !p->open || l->x0 > left + 0.8 * l->h || first == 0x2022 ||
            first == 0x25cf || first == 0x25aa || first == 0x25a0 ||
            first == 0x25c6 ||
            p->last_x1 < p->right - 1.5 * p->last_h ||
            fabs(l->h - p->last_h) > 0.25 * p->last_h ||
            (!new_page && l->y0 - p->last_y1 > gap + 0.7 * l->h) ||
            p->last_numbers || p->last_heading ||
            (l->x1 < right - 1.5 * l->h && heading_after_sentence(xg_buf_str(&lt), p->last_cp, p->last_row));
    if (fresh) {
        rc = para_flush(p, doc, err);
        if (rc != XG_OK) {
            xg_buf_free(&lt);
            return rc;
        }
        p->open = 1;
        p->geom.page = pd->no;
        p->geom.x0 = l->x0;
        p->geom.y0 = l->y0;
        p->geom.x1 = l->x1;
        p->geom.y1 = l->y1;
    } else {
        if (is_latin_cp(p->last_cp) && is_latin_cp(first) &&
            xg_buf_putc(&p->text, ' ') != 0) {
            xg_buf_free(&lt);
            return xg_error_nomem(err);
        }
        if (p->geom.page == pd->no) {
            if (l->x0 < p->geom.x0) p->geom.x0 = l->x0;
            if (l->x1 > p->geom.x1) p->geom.x1 = l->x1;
            if (l->y1 > p->geom.y1) p->geom.y1 = l->y1;
        }
    }
    if (xg_buf_append(&p->text, xg_buf_str(&lt), lt.len) != 0) {
        xg_buf_free(&lt);
        return xg_error_nomem(err);
    }
    xg_buf_free(&lt);
    for (i = 0; i < l->n; i++)
        p->ocr |= l->chars[i]->ocr;
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
    p->last_numbers = xg_pdf_numbers_alone(l);
    p->last_row = numbers_in_a_row(l);
    p->last_heading = fresh && whole_heading(xg_buf_str(&p->text));
    return XG_OK;
}

/* Emit the document: items in page order; a table at the top of a page
 * continuing the table that ended the page before is joined to it. */
int xg_pdf_assemble(page_data *pages, size_t np, xg_doc *doc,
                    xg_error *err)
{
    para p;
    jtable *open_table = NULL;  /* borrowed from its page's item */
    size_t pi, i;
    double left = 0, right = 0, gap = 0;
    margins *m = NULL;
    int rc = XG_OK;

    memset(&p, 0, sizeof p);
    m = calloc(np + 1, sizeof *m);
    if (m == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (pi = 0; pi < np; pi++) {
        page_margins(&pages[pi], &m[pi]);
        m[pi].block = -1;
    }
    /* the text block's edges, once for each page width */
    for (pi = 0; pi < np; pi++) {
        double bl = 0, br = 0;
        int found;
        size_t q;

        if (m[pi].block >= 0)
            continue;
        found = block_edges(pages, np, pages[pi].w, &bl, &br);
        for (q = pi; q < np; q++)
            if (fabs(pages[q].w - pages[pi].w) <= 1.0) {
                m[q].block = found;
                if (found & 1)
                    m[q].left = bl;
                if (found & 2)
                    m[q].right = br;
            }
    }
    for (pi = 0; pi < np; pi++) {
        page_data *pd = &pages[pi];
        int first_item = 1, cut_marked = 0;

        /* a line whose boxes run past the page's top or foot, its
         * origins inside, is text cut there too (the 3 of 38517, most
         * of it above the top), a running header too: what stood
         * beyond it is not known */
        for (i = 0; i < pd->nlines; i++) {
            pd->off_top |= pd->lines[i].y0 < -0.5;
            pd->off_foot |= pd->lines[i].y1 > pd->h + 0.5;
        }

        /* a page with a line or two (the end of a paragraph) shows no
         * margins of its own: keep the last page's.  Where no page shows
         * the block's right edge, nor does a page whose long lines do
         * not share one (a page of tables with a heading or two between
         * them: a heading is not the margin), unless it is the first */
        if (pd->nlines >= 3 || pi == 0) {
            left = m[pi].left;
            gap = m[pi].gap;
            if ((m[pi].block & 2) || m[pi].right_n >= 3 || pi == 0)
                right = m[pi].right;
        }
        for (i = 0; i < pd->nitems; i++) {
            pitem *it = &pd->items[i];

            if (!it->is_table && it->line->dropped)
                continue;
            /* atop a page whose text runs past its top (nothing before
             * but lines of digits cut there), the last row of the table
             * going on from the page before may have lost lines past the
             * break (44932 as 4493 at a page's foot, its 2 cut off the
             * next page's top) */
            if (pd->off_top && first_item && open_table != NULL &&
                open_table->last_page == pd->no - 1 && !cut_marked) {
                mark_cut_off(open_table, open_table->nrows - 1, XG_CUT_EDGE);
                cut_marked = 1;
            }
            if (it->is_table) {
                it->table->cut |= pd->offpage;
                /* the first table of a page whose text runs past its top,
                 * the last of one whose text runs past its foot: the rows
                 * there may have lost lines off the page */
                if (pd->off_top && first_item)
                    mark_cut_off(it->table, 0, XG_CUT_EDGE);
                if (pd->off_foot && last_item(pd, i))
                    mark_cut_off(it->table, it->table->nrows - 1, XG_CUT_EDGE);
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
            /* a line with digits cut at the top (the 3 of 38517, most
             * of it past the top; 5.属于三类… ��� …) is of the rows cut
             * there: the table under it still opens the page */
            if (it->is_table || !pd->off_top || !any_cut(it->line))
                first_item = 0;
        }
    }
    if (open_table != NULL)
        rc = emit_table(open_table, doc, err);
    if (rc == XG_OK)
        rc = para_flush(&p, doc, err);
out:
    free(m);
    xg_buf_free(&p.text);
    return rc;
}
