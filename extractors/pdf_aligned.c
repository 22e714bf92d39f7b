/*
 * Tables from text alignment: runs of lines with wide gaps in them (a
 * table drawn with no vertical rules, or none at all).  Columns are the x
 * ranges no chunk of the run covers; rows are the bands between
 * horizontal rules where they cross the block, else lines, with wrapped
 * labels and numbers on their own line joined to their row.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_internal.h"

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
        size_t nchk = xg_pdf_line_chunks_gap(&lines[k], ch, MAX_CHUNKS, 1.0);

        if (nchk > maxc)
            maxc = nchk;
    }
    for (k = start; k < end; k++) {
        size_t nchk = xg_pdf_line_chunks_gap(&lines[k], ch, MAX_CHUNKS, 1.0);
        size_t m;

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
int xg_pdf_aligned_tables(page_data *pd, const rules *rl,
                          unsigned char *taken, jtable ***tables,
                          size_t *ntables, size_t *captables)
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
    if (xg_pdf_group_lines(flow, nflow, &lines, &nl) != 0)
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

            if (xg_pdf_line_chunks(&lines[end], ch, MAX_CHUNKS) >= 2) {
                nmulti++;
                end++;
                continue;
            }
            for (ahead = end + 1; nmulti > 0 && ahead < nl && ahead <= end + 2;
                 ahead++) {
                if (lines[ahead].y0 - lines[ahead - 1].y1 >
                    1.5 * lines[ahead].h)
                    break;
                if (xg_pdf_line_chunks(&lines[ahead], ch, MAX_CHUNKS) >= 2)
                    break;
            }
            if (nmulti > 0 && ahead < nl && ahead <= end + 2 &&
                lines[ahead].y0 - lines[ahead - 1].y1 <= 1.5 * lines[ahead].h &&
                xg_pdf_line_chunks(&lines[ahead], ch, MAX_CHUNKS) >= 2)
                end = ahead;
            else
                break;
        }
        while (end > start &&
               xg_pdf_line_chunks(&lines[end - 1], ch, MAX_CHUNKS) < 2)
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
                tcell *cell = xg_pdf_jtable_add(t);

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
                if (xg_pdf_chars_text(sel, ns, 0, 0, &cell->text,
                                      &cell->last_x1, &cell->last_h) != 0)
                    goto out;
                cell->has_text = cell->text.len > 0;
            }
        }
        for (k = start; k < end; k++)
            for (i = 0; i < lines[k].n; i++)
                taken[lines[k].chars[i] - pd->chars] = 1;
        if (xg_pdf_grow((void **)tables, captables, *ntables + 1,
                        sizeof **tables))
            goto out;
        (*tables)[(*ntables)++] = t;
        t = NULL;
        start = end;
    }
    rc = 0;
out:
    xg_pdf_jtable_free(t);
    free(bounds);
    xg_pdf_lines_free(lines, nl);
    free(flow);
    free(sel);
    free(joined);
    free(row_of);
    return rc;
}
