/*
 * Tables from rules.  Rules that touch form a connected set; each set
 * with both horizontal and vertical rules is a lattice: the distinct rule
 * positions are its grid lines, the boundaries really drawn (covered by
 * rules for at least half their length) separate cells, and a cell is a
 * maximal rule-free rectangle of lattice boxes.  Characters go into cells
 * by their centres.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_internal.h"

void xg_pdf_jtable_free(jtable *t)
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

tcell *xg_pdf_jtable_add(jtable *t)
{
    tcell *c;

    if (xg_pdf_grow((void **)&t->cells, &t->cap, t->n + 1, sizeof *t->cells))
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

/* The rules of one lattice, sorted by position, so that those along a
 * lattice line are found by binary search: a big lattice would cost its
 * boundaries times its rules otherwise. */
typedef struct pos_index {
    double pos;
    size_t i;               /* index in the page's rules of the kind */
} pos_index;

typedef struct line_rules {
    const rule *r;          /* all the rules of the kind */
    pos_index *by_pos;      /* the lattice's, by position */
    size_t n;
} line_rules;

static int cmp_pos_index(const void *a, const void *b)
{
    const pos_index *p = a, *q = b;

    if (p->pos != q->pos)
        return p->pos < q->pos ? -1 : 1;
    return (p->i > q->i) - (p->i < q->i);
}

static int cmp_size(const void *a, const void *b)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;

    return (i > j) - (i < j);
}

/* The rules R (N of them) whose MEMBER is COMP, by position. */
static int line_rules_build(line_rules *lr, const rule *r, size_t n,
                            const int *member, int comp)
{
    size_t i;

    lr->r = r;
    lr->n = 0;
    lr->by_pos = malloc((n + 1) * sizeof *lr->by_pos);
    if (lr->by_pos == NULL)
        return -1;
    for (i = 0; i < n; i++)
        if (member[i] == comp) {
            lr->by_pos[lr->n].pos = r[i].pos;
            lr->by_pos[lr->n++].i = i;
        }
    qsort(lr->by_pos, lr->n, sizeof *lr->by_pos, cmp_pos_index);
    return 0;
}

/* How much of [A, B] the rules at POS (within LINE_TOL) cover, summed in
 * the rules' own order.  WORK holds LR->n indices. */
static double coverage(const line_rules *lr, size_t *work, double pos,
                       double a, double b)
{
    double cov = 0;
    size_t lo = 0, hi = lr->n, i, k = 0;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (lr->by_pos[mid].pos < pos - LINE_TOL)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = lo; i < lr->n && lr->by_pos[i].pos <= pos + LINE_TOL; i++)
        if (fabs(lr->by_pos[i].pos - pos) <= LINE_TOL)
            work[k++] = lr->by_pos[i].i;
    if (k > 1)
        qsort(work, k, sizeof *work, cmp_size);
    for (i = 0; i < k; i++) {
        const rule *ru = &lr->r[work[i]];
        double l = ru->a > a ? ru->a : a;
        double h = ru->b < b ? ru->b : b;

        if (h > l)
            cov += h - l;
    }
    return b > a ? cov / (b - a) : 0;
}

/* The slot of V (N sorted bounds) that holds X: the first I with X below
 * V[I + 1], or the last slot. */
static int find_slot(const double *v, size_t n, double x)
{
    size_t lo = 0, hi = n - 1;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (x < v[mid + 1])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo + 1 < n ? (int)lo : (int)n - 2;
}

/* Do characters CHARS (N) set three or more lines of two or more chunks
 * (columns), or a header's words over their one line of numbers (行政复议
 * over 结果维持 … 总计 over 9 31 …, the appeals table as two tables, each
 * boxed), or, with SHORT_BOX, in a box of at most three lines, one (a
 * table's last row boxed alone at the top of the next page: LibreOffice
 * closes a table's outer border where the page breaks it)?  The aligned
 * reader then makes a table of them only where it goes on with one.  -1
 * when memory runs out. */
static int aligned_inside(pchar **chars, size_t n, int short_box)
{
    pline *lines;
    size_t nl, k, multi = 0;
    chunk ch[2];

    if (xg_pdf_group_lines(chars, n, &lines, &nl) != 0)
        return -1;
    for (k = 0; k < nl && multi < 3; k++) {
        if (xg_pdf_header_over_numbers(lines, nl, k, NULL) > 0) {
            /* a header over its one line of numbers: a table alone */
            multi = 3;
            break;
        }
        multi += xg_pdf_line_chunks(&lines[k], ch, 2) >= 2;
    }
    xg_pdf_lines_free(lines, nl);
    return multi >= 3 || (short_box && multi >= 1 && nl <= 3);
}

#define STACK_LINES_MAX 8      /* lines of one number set over several */
/* the widest padding a cell of such a number has, in points (250 twips,
 * LibreOffice's widest margins in our samples) */
#define STACK_PAD_MAX 12.5

/* The lines of a cell's characters CHARS (N) as digits set one line over
 * another, top to bottom, in *S, and the first line's width in *WIDTH;
 * no lines (S zeroed) where a line holds anything but digits, where one
 * as long as the first does not begin where it does, by a quarter of its
 * height (lines of one paragraph: 32 set over 40 and 04 from where it
 * begins, a number of the cell beside too long for its own), where
 * Poppler reads the lines bottom to top (glyphs turned a quarter), where
 * they stand apart unevenly or more than a line's height and a fifth
 * (xg_pdf_stack_line), or past STACK_LINES_MAX lines.  -1 when memory
 * runs out. */
static int digit_stack(pchar **chars, size_t n, xg_pdf_stack *s,
                       double *width)
{
    pline *lines;
    size_t nlines, i, k;
    size_t prev_seq = 0;
    double x0 = 0;

    memset(s, 0, sizeof *s);
    if (n == 0)
        return 0;
    if (xg_pdf_group_lines(chars, n, &lines, &nlines) != 0)
        return -1;
    for (i = 0; i < nlines; i++) {
        const pchar *first = NULL;
        double y0 = 1e300, y1 = -1e300;
        size_t d = 0;
        int ok = 1;

        if (!xg_pdf_line_has_ink(&lines[i]))
            continue;
        for (k = 0; k < lines[i].n; k++) {
            const pchar *c = lines[i].chars[k];

            if (c->space || c->dup)
                continue;
            ok &= xg_pdf_digit_cp(c->cp);
            if (first == NULL)
                first = c;
            if (c->y0 < y0) y0 = c->y0;
            if (c->y1 > y1) y1 = c->y1;
            d++;
        }
        if (!ok || first == NULL || s->n == STACK_LINES_MAX ||
            (s->n > 0 && (first->seq < prev_seq ||
                          (d == s->first &&
                           fabs(lines[i].x0 - x0) >= 0.25 * lines[i].h)))) {
            memset(s, 0, sizeof *s);
            break;
        }
        if (s->n == 0) {
            *width = lines[i].x1 - lines[i].x0;
            x0 = lines[i].x0;
        }
        xg_pdf_stack_line(s, d, y0, y1);
        if (!s->even) {
            memset(s, 0, sizeof *s);
            break;
        }
        prev_seq = first->seq;
    }
    xg_pdf_lines_free(lines, nlines);
    return 0;
}

typedef struct stack_col {
    double xl, xr;
    size_t widest;          /* the most digits on a line of the cell */
    size_t cell;
    double width;           /* its first line's */
} stack_col;

static int cmp_stack_col(const void *a, const void *b)
{
    const stack_col *p = a, *q = b;

    if (fabs(p->xl - q->xl) >= 0.5)
        return p->xl < q->xl ? -1 : 1;
    if (fabs(p->xr - q->xr) >= 0.5)
        return p->xr < q->xr ? -1 : 1;
    return (p->cell > q->cell) - (p->cell < q->cell);
}

/* Join the lines of digits of T's cells (MEMBERS, NMEM: their
 * characters; NR grid rows, INT_MAX where the table ends on its page)
 * that are one number set over several lines in a column too narrow
 * for more: each line as many digits as the
 * first, the last no more, and no line of any cell of the column holding
 * more than the first (a column of one digit a line: 8 over 3 over 5 over
 * 7 is 8357), at most XG_WRAPPED_DIGITS_MAX digits, in a cell ruled above
 * and below, too narrow for another digit beside the first line with
 * paddings of STACK_PAD_MAX (a wide cell holding a column's numbers one
 * over another, the rules between rows lost, is not one number).  Not in
 * the table's first row on the page (it may hold the last lines of a row
 * the page break cut), nor in its last unless the last line is short
 * (the row may go on over the break: run_digits marks it, and
 * append_table joins it with its tail atop the next page, if any). */
static int join_stacks(jtable *t, pchar **members[], const size_t *nmem,
                       int nr)
{
    stack_col *cols = malloc((t->n + 1) * sizeof *cols);
    xg_pdf_stack *stacks = malloc((t->n + 1) * sizeof *stacks);
    size_t i, j, k;
    int rc = -1;

    if (cols == NULL || stacks == NULL)
        goto out;
    for (i = 0; i < t->n; i++) {
        cols[i].width = 0;
        if (digit_stack(members[i], nmem[i], &stacks[i], &cols[i].width) != 0)
            goto out;
        cols[i].xl = t->cells[i].xl;
        cols[i].xr = t->cells[i].xr;
        cols[i].cell = i;
        cols[i].widest = stacks[i].widest;
    }
    qsort(cols, t->n, sizeof *cols, cmp_stack_col);
    for (i = 0; i < t->n; i = j) {
        size_t widest = 0;

        for (j = i; j < t->n && fabs(cols[j].xl - cols[i].xl) < 0.5 &&
                    fabs(cols[j].xr - cols[i].xr) < 0.5; j++)
            if (cols[j].widest > widest)
                widest = cols[j].widest;
        for (k = i; k < j; k++) {
            size_t c = cols[k].cell;
            const xg_pdf_stack *s = &stacks[c];
            tcell *cell = &t->cells[c];
            double room = cell->xr - cell->xl - cols[k].width;

            if (s->n < 2 || !s->shaped || s->first != widest ||
                s->total > XG_WRAPPED_DIGITS_MAX ||
                room >= 2 * STACK_PAD_MAX + cols[k].width / (double)s->first ||
                !cell->top_real || !cell->bottom_real || cell->row == 0 ||
                memchr(cell->text.data, '\n', cell->text.len) == NULL)
                continue;
            if (cell->row + cell->rowspan >= nr && s->last >= widest) {
                cell->run_digits = (int)widest;   /* append_table's to join */
                continue;
            }
            xg_pdf_join_lines(&cell->text);
            cell->first_digits = (int)widest;
        }
    }
    rc = 0;
out:
    free(cols);
    free(stacks);
    return rc;
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
    int *rmax = NULL, *cmax = NULL;
    line_rules hlr = {0}, vlr = {0};
    size_t *work = NULL;
    int nr, nc, rc = -1;
    pchar ***members = NULL;
    size_t *nmem = NULL, *capmem = NULL, nmembers = 0;
    int any_text = 0;
    jtable *t = NULL;
    double pad = -1;            /* the cells' padding: not known yet */

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
    qsort(xs, nx, sizeof *xs, xg_pdf_cmp_double);
    qsort(ys, ny, sizeof *ys, xg_pdf_cmp_double);
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
    if (line_rules_build(&vlr, rl->v, rl->nv, vcomp, comp) != 0 ||
        line_rules_build(&hlr, rl->h, rl->nh, hcomp, comp) != 0)
        goto out;
    work = malloc((rl->nh + rl->nv + 1) * sizeof *work);
    if (work == NULL)
        goto out;
    for (i = 0; i < (size_t)nr; i++)
        for (j = 0; j <= (size_t)nc; j++)
            vb[i * (nc + 1) + j] = coverage(&vlr, work, xs[j], ys[i],
                                            ys[i + 1]) >= 0.5;
    for (i = 0; i <= (size_t)nr; i++)
        for (j = 0; j < (size_t)nc; j++)
            hb[i * nc + j] = coverage(&hlr, work, ys[i], xs[j],
                                      xs[j + 1]) >= 0.5;
    for (i = 0; i < (size_t)nr * nc; i++)
        parent[i] = (int)i;
    for (i = 0; i < (size_t)nr; i++)
        for (j = 0; j < (size_t)nc; j++) {
            if (j + 1 < (size_t)nc && !vb[i * (nc + 1) + j + 1])
                xg_pdf_uf_union(parent, (int)(i * nc + j),
                                (int)(i * nc + j + 1));
            if (i + 1 < (size_t)nr && !hb[(i + 1) * nc + j])
                xg_pdf_uf_union(parent, (int)(i * nc + j),
                                (int)((i + 1) * nc + j));
        }
    /* each union must be a rectangle; one that is not (rules that stop
     * half way) falls back to its single boxes */
    {
        size_t ncell = (size_t)nr * nc;
        int *box = malloc(ncell * 5 * sizeof *box);

        if (box == NULL)
            goto out;
        for (i = 0; i < ncell; i++) {
            parent[i] = xg_pdf_uf_find(parent, (int)i);
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
    /* the bottom row and right column of each union, by its root */
    rmax = malloc((size_t)nr * nc * sizeof *rmax);
    cmax = malloc((size_t)nr * nc * sizeof *cmax);
    if (rmax == NULL || cmax == NULL)
        goto out;
    for (i = 0; i < (size_t)nr * nc; i++) {
        cellof[i] = -1;
        rmax[i] = (int)(i / nc);
        cmax[i] = (int)(i % nc);
    }
    for (i = 0; i < (size_t)nr * nc; i++) {
        int root = parent[i];

        if ((int)(i / nc) > rmax[root]) rmax[root] = (int)(i / nc);
        if ((int)(i % nc) > cmax[root]) cmax[root] = (int)(i % nc);
    }
    for (i = 0; i < (size_t)nr * nc; i++) {
        int root = parent[i], r, c, r1, c1;
        tcell *cell;

        if (cellof[root] >= 0) {
            cellof[i] = cellof[root];
            continue;
        }
        /* the root is the top-left box of its union */
        r = (int)(root / nc);
        c = (int)(root % nc);
        r1 = rmax[root];
        c1 = cmax[root];
        cell = xg_pdf_jtable_add(t);
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
    /* text that a drawn rule of the table runs through (the rule within
     * the middle half of a character's height) does not belong to the
     * cells the rules make: the text layer and the drawing disagree (a
     * damaged file), and reading it by the rules could put numbers on
     * another row's label, so this is no table */
    for (i = 0; i < pd->nchars; i++) {
        const pchar *ch = &pd->chars[i];
        double cx = ch_cx(ch), cy = ch_cy(ch), q = (ch->y1 - ch->y0) / 4;
        int r, c;

        if (taken[i] || ch->space || cx < bx0 || cx > bx1 || cy < by0 ||
            cy > by1)
            continue;
        r = find_slot(ys, ny, cy);
        c = find_slot(xs, nx, cx);
        if ((hb[(size_t)r * nc + c] && ys[r] > ch->y0 + q) ||
            (hb[(size_t)(r + 1) * nc + c] && ys[r + 1] < ch->y1 - q)) {
            rc = 0;
            goto out;
        }
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
        if (xg_pdf_grow((void **)&members[k], &capmem[k], nmem[k] + 1,
                        sizeof **members))
            goto out;
        members[k][nmem[k]++] = ch;
        taken[i] = 1;
    }
    /* the most the cells can be padded (a number wrapped in its cell
     * fills it up to there) */
    for (i = 0; i < t->n; i++)
        if (xg_pdf_cell_pad(members[i], nmem[i], t->cells[i].xl,
                            t->cells[i].xr, &pad) != 0)
            goto out;
    for (i = 0; i < t->n; i++) {
        if (xg_pdf_cell_text(members[i], nmem[i], t->cells[i].xl,
                             t->cells[i].xr, pad, &t->cells[i].text,
                             &t->cells[i].last_x1,
                             &t->cells[i].last_h,
                             &t->cells[i].run_digits) != 0)
            goto out;
        t->cells[i].has_text = t->cells[i].text.len > 0;
        xg_pdf_note_ocr(members[i], nmem[i], &t->cells[i].ocr, &t->cells[i].conf);
        if (t->cells[i].has_text)
            any_text = 1;
    }
    if (!any_text) {            /* rules with no text: a drawing */
        rc = 0;
        goto out;
    }
    /* a box round a table drawn without inner rules (a LibreOffice table
     * with its outer borders only): its lines of columns are the aligned
     * reader's, not one cell's text.  So are boxes one over another, the
     * rules across a table's parts only, where one holds three lines of
     * columns (one_big_table's active table: 第二十条第（一）项 over 信息内容
     * 本年制发件数 … over 规章 48 5885 …, boxed, then 第二十条第（五）项 …) */
    if (t->n == 1 || nc == 1) {
        int tab = 0;

        for (i = 0; i < t->n && tab == 0; i++)
            tab = aligned_inside(members[i], nmem[i], t->n == 1);
        if (tab < 0)
            goto out;
        if (tab) {
            for (j = 0; j < t->n; j++)
                for (i = 0; i < nmem[j]; i++)
                    taken[members[j][i] - pd->chars] = 0;
            rc = 0;
            goto out;
        }
    }
    {
        /* text right under the table (not a page's foot, set a margin
         * below): the table ends on this page, its last row whole */
        int ends = 0;

        for (i = 0; i < pd->nchars && !ends; i++) {
            const pchar *ch = &pd->chars[i];

            ends = !taken[i] && !ch->space && ch->y0 > by1 &&
                   ch->y0 - by1 < 2.5 * (ch->y1 - ch->y0);
        }
        if (join_stacks(t, members, nmem, ends ? INT_MAX : nr) != 0)
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
    xg_pdf_jtable_free(t);
    free(xs);
    free(ys);
    free(vb);
    free(hb);
    free(parent);
    free(cellof);
    free(rmax);
    free(cmax);
    free(hlr.by_pos);
    free(vlr.by_pos);
    free(work);
    return rc;
}

/* Connect rules that touch (a horizontal and a vertical crossing or
 * meeting within TOUCH_TOL); each connected set with both kinds is a
 * candidate table. */
int xg_pdf_ruled_tables(page_data *pd, const rules *rl,
                        unsigned char *taken, jtable ***tables,
                        size_t *ntables, size_t *captables)
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
                xg_pdf_uf_union(parent, (int)i, (int)(nh + j));
                seen[i] = seen[nh + j] = 1;
            }
        }
    for (i = 0; i < nh; i++)
        hcomp[i] = seen[i] ? xg_pdf_uf_find(parent, (int)i) : -1;
    for (j = 0; j < nv; j++)
        vcomp[j] = seen[nh + j] ? xg_pdf_uf_find(parent, (int)(nh + j)) : -1;
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
        if (xg_pdf_grow((void **)tables, captables, *ntables + 1,
                        sizeof **tables)) {
            xg_pdf_jtable_free(t);
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
