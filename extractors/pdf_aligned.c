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
#include "schema.h"

/* The digits of a line right of the labels, by column: how many (at
 * most 255), with the grouping commas and points among them (W), and
 * where they begin and end. */
typedef struct {
    unsigned char n[MAX_CHUNKS + 1], w[MAX_CHUNKS + 1];
    double e0[MAX_CHUNKS + 1], e1[MAX_CHUNKS + 1];
} col_digits;

/* Which column of BOUNDS (NB boundaries) holds x? */
static int column_of(const double *bounds, size_t nb, double x)
{
    size_t c;

    for (c = 0; c + 2 < nb; c++)
        if (x < bounds[c + 1])
            return (int)c;
    return (int)nb - 2;
}

/* Set BIT in COLS[c] for each column c right of the labels' (of BOUNDS,
 * NB bounds) where line L has a digit. */
static void digit_columns(const pline *l, const double *bounds, size_t nb,
                          unsigned char *cols, unsigned char bit)
{
    size_t i;

    for (i = 0; i < l->n; i++) {
        int col = column_of(bounds, nb, ch_cx(l->chars[i]));

        if (col > 0 && xg_pdf_digit_cp(l->chars[i]->cp))
            cols[col] |= bit;
    }
}

/* Do lines A and B have digits in one column right of the labels' (or
 * are there too many columns to tell)? */
static int shared_digit_column(const pline *a, const pline *b,
                               const double *bounds, size_t nb)
{
    unsigned char cols[MAX_CHUNKS + 1] = {0};
    size_t c;

    if (nb - 1 > MAX_CHUNKS + 1)
        return 1;
    digit_columns(a, bounds, nb, cols, 1);
    digit_columns(b, bounds, nb, cols, 2);
    for (c = 0; c + 1 < nb; c++)
        if (cols[c] == 3)
            return 1;
    return 0;
}

/* Add to COUNTS[c] (at most 255) the digits line L has in each column c
 * right of the labels' (as digit_columns). */
static void digit_counts(const pline *l, const double *bounds, size_t nb,
                         unsigned char *counts)
{
    size_t i;

    for (i = 0; i < l->n; i++) {
        int col = column_of(bounds, nb, ch_cx(l->chars[i]));

        if (col > 0 && xg_pdf_digit_cp(l->chars[i]->cp) && counts[col] < 255)
            counts[col]++;
    }
}

static size_t first_value(const double *bounds, size_t nb,
                          double value_start);

/* Does each of chunks CH (N of them) of line L hold two characters or
 * more: words, not a word's characters? */
static int two_chars_each(const pline *l, const chunk *ch, size_t n)
{
    size_t m, i;

    for (m = 0; m < n; m++) {
        size_t in = 0;

        for (i = 0; i < l->n; i++)
            in += !l->chars[i]->space && l->chars[i]->x0 >= ch[m].x0 &&
                  l->chars[i]->x1 <= ch[m].x1;
        if (in < 2)
            return 0;
    }
    return 1;
}

/* Are the characters of each of chunks CH (N) of line L set solid, no
 * two of them further apart than GAP character heights (words of a
 * header, not two run into one chunk: 社会公法律服, 1.5 points apart)? */
static int set_solid(const pline *l, const chunk *ch, size_t n, double gap)
{
    size_t i, m = 0;
    const pchar *prev = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space)
            continue;
        for (; m < n && c->x0 > ch[m].x1; m++)
            prev = NULL;
        if (prev != NULL && c->x0 - prev->x1 > gap * l->h)
            return 0;
        prev = c;
    }
    return 1;
}

/* The chunks of line L for finding columns (xg_pdf_line_columns_gap:
 * split between digits DIGIT_GAP character heights apart), into CH
 * (MAX_CHUNKS).  A line of words with no digit whose words, set a
 * half character height apart or more, are each two characters or more
 * is split there: the stacked words of a header of narrow columns
 * (结果 结果 其他 尚未 over their numbers) stand closer than the gap
 * that splits words, and each is a column's.  So is it where its words
 * stand at other heights, a third of a character apart (自然人 商业企业
 * 科研机, each centred in its cell, run into one line): each is a cell's
 * text.  FINE_WORDS: where its words stand a third of a character apart,
 * each set solid, too (商业企业 科研机 6.4 points apart at 12, a line 17
 * high). */
static size_t column_chunks(const pline *l, double digit_gap, int fine_words,
                            chunk *ch)
{
    chunk words[MAX_CHUNKS];
    size_t n = xg_pdf_line_columns_gap(l, ch, MAX_CHUNKS, digit_gap);
    size_t nw, i;

    for (i = 0; i < l->n; i++)
        if (xg_pdf_digit_cp(l->chars[i]->cp))
            return n;
    /* at other heights, or half a character apart; else half apart */
    nw = xg_pdf_line_chunks_heights(l, words, MAX_CHUNKS, 0.5, 0.25);
    if (nw <= n || nw == MAX_CHUNKS || !two_chars_each(l, words, nw))
        nw = xg_pdf_line_chunks_gap(l, words, MAX_CHUNKS, 0.5);
    if (nw > n && nw < MAX_CHUNKS && two_chars_each(l, words, nw)) {
        memcpy(ch, words, nw * sizeof *words);
        n = nw;
    }
    if (fine_words) {
        nw = xg_pdf_line_chunks_gap(l, words, MAX_CHUNKS, 0.3);
        if (nw > n && nw < MAX_CHUNKS && two_chars_each(l, words, nw) &&
            set_solid(l, words, nw, 0.1)) {
            memcpy(ch, words, nw * sizeof *words);
            n = nw;
        }
    }
    return n;
}

static int numeric_cp(uint32_t c);
static int digit_right_of(const pline *l, double x);

/* What chunk C of line L holds: 1 a number (numeric characters only, a
 * digit among them), 0 no digit, -1 digits among other text. */
static int chunk_number(const pline *l, const chunk *c)
{
    size_t i;
    int digit = 0, other = 0;

    for (i = 0; i < l->n; i++) {
        const pchar *ch = l->chars[i];

        if (ch->space || ch->dup || ch->x0 < c->x0 || ch->x1 > c->x1)
            continue;
        if (xg_pdf_digit_cp(ch->cp))
            digit = 1;
        else if (!numeric_cp(ch->cp))
            other = 1;
    }
    return digit ? (other ? -1 : 1) : 0;
}

/* Is line K of LINES (NL), with up to three lines right under it set
 * into one another (header words centred in their cells at several
 * heights: 本年收费金额 over 信息内容 over （单位：万元）), words with no
 * digit, each over one cell of the line after them, chunk for chunk: a
 * header over its one row?  The row is numbers only (结果维持 结果纠正
 * 其他结果 尚未审结 总计 over 251 60064 …, each word centred over its
 * number, three or more), or a label under the header's first word, then
 * numbers (信息内容 本年收费金额（单位：万元） over 行政事业性收费 5.25).
 * The header's words may stand closer than the gap that splits words, a
 * quarter of a character apart or more; those of its lines one over
 * another are one word where they overlap.  How many words, else 0;
 * *ROW (may be NULL) gets the row's line. */
size_t xg_pdf_header_over_numbers(const pline *lines, size_t nl, size_t k,
                                  size_t *row)
{
    chunk h[MAX_CHUNKS], v[MAX_CHUNKS], one[MAX_CHUNKS];
    size_t nh = 0, nv, m, d, j;
    int label;

    for (d = k; d < nl && d < k + 4; d++) {
        size_t n;

        if (digit_right_of(&lines[d], -1e300))
            break;
        if (d > k && (lines[d].y0 > lines[d - 1].y1 - 0.25 * lines[d].h ||
                      fabs(lines[d].h - lines[k].h) > 0.25 * lines[k].h))
            return 0;
        n = xg_pdf_line_chunks_gap(&lines[d], one, MAX_CHUNKS, 0.25);
        if (!two_chars_each(&lines[d], one, n) || nh + n >= MAX_CHUNKS)
            return 0;
        /* each word of a line after the first joins the one it overlaps */
        for (m = 0; m < n; m++) {
            for (j = 0; j < nh; j++)
                if (one[m].x0 < h[j].x1 && one[m].x1 > h[j].x0)
                    break;
            if (j < nh) {
                if (one[m].x0 < h[j].x0) h[j].x0 = one[m].x0;
                if (one[m].x1 > h[j].x1) h[j].x1 = one[m].x1;
            } else {
                h[nh++] = one[m];
            }
        }
    }
    if (d == k || d >= nl || lines[d].y0 - lines[d - 1].y1 > lines[d].h ||
        fabs(lines[k].h - lines[d].h) > 0.25 * lines[k].h)
        return 0;
    /* the words left to right, none overlapping another */
    for (m = 1; m < nh; m++)
        for (j = m; j > 0 && h[j].x0 < h[j - 1].x0; j--) {
            chunk t = h[j];

            h[j] = h[j - 1];
            h[j - 1] = t;
        }
    for (m = 1; m < nh; m++)
        if (h[m].x0 < h[m - 1].x1)
            return 0;
    nv = xg_pdf_line_columns(&lines[d], v, MAX_CHUNKS);
    if (nv < 2 || nv == MAX_CHUNKS)
        return 0;
    label = chunk_number(&lines[d], &v[0]) == 0;
    for (m = label; m < nv; m++)
        if (chunk_number(&lines[d], &v[m]) != 1)
            return 0;
    /* lines set into one another only over a label and one number (信息内容
     * between 本年收费金额 and （单位：万元）): a wider header's lines are
     * the run's as they come */
    if (nv < 3 - (size_t)label || nh != nv || (d > k + 1 && !(label && nv == 2)))
        return 0;
    for (m = 0; m < nv; m++) {
        double cx = (v[m].x0 + v[m].x1) / 2;

        /* the label set left in its cell, under the header's first word
         * centred in it, and clear of the second */
        if (m == 0 && label ? v[0].x1 <= h[0].x0 || v[0].x0 >= h[0].x1 || v[0].x1 >= h[1].x0
                            : cx < h[m].x0 || cx > h[m].x1)
            return 0;
    }
    if (row != NULL)
        *row = d;
    return nh;
}

/* The chunks of line K of a run ending at END for finding columns:
 * column_chunks', or a header's words over their numbers
 * (xg_pdf_header_over_numbers), each its column's. */
static size_t run_chunks(const pline *lines, size_t end, size_t k,
                         double digit_gap, double min_gap, int fine_words,
                         chunk *ch)
{
    size_t row;

    if (xg_pdf_header_over_numbers(lines, end, k, &row) > 0 && row == k + 1) {
        size_t n = xg_pdf_line_chunks_gap(&lines[k], ch, MAX_CHUNKS, 0.25), m;

        for (m = 1; m < n && ch[m].x0 - ch[m - 1].x1 >= min_gap; m++)
            ;
        if (m == n)
            return n;
    }
    return column_chunks(&lines[k], digit_gap, fine_words, ch);
}

/* Column separators of lines [START, END): the x ranges that none of
 * their chunks covers (chunks of lines with more than half as many as the
 * fullest line, split by column_chunks at DIGIT_GAP), at least MIN_GAP
 * points wide, measured in steps of 1/RES point (a chunk covers each
 * step it touches: at 1, a gap of 4.4 points measures 3).  *BOUNDS
 * (owned) gets the outer edges and the middle of each gap, *NB their
 * count.  Returns -1 when memory runs out. */
static int column_bounds(const pline *lines, size_t start, size_t end,
                         double value_start, double digit_gap, double min_gap,
                         double res, int fine_words, double **bounds,
                         size_t *nbout)
{
    double rx0 = 1e300, rx1 = -1e300, gap0 = 0, gap1 = 0;
    size_t lab = 1;
    unsigned char *cov;
    size_t k, nbins, b, nb = 0, maxc = 0, right;
    chunk ch[MAX_CHUNKS];
    int in_gap = 0, seen = 0;

    *bounds = NULL;
    *nbout = 0;
    for (k = start; k < end; k++) {
        if (lines[k].x0 < rx0) rx0 = lines[k].x0;
        if (lines[k].x1 > rx1) rx1 = lines[k].x1;
    }
    if (!(rx1 > rx0) || rx1 - rx0 > 1e5)
        return 0;
    nbins = (size_t)((rx1 - rx0) * res) + 2;
    cov = calloc(nbins, 1);
    *bounds = malloc((nbins + 2) * sizeof **bounds);
    if (cov == NULL || *bounds == NULL) {
        free(cov);
        free(*bounds);
        *bounds = NULL;
        return -1;
    }
    for (k = start; k < end; k++) {
        size_t nchk = run_chunks(lines, end, k, digit_gap, min_gap, fine_words, ch);

        if (nchk > maxc)
            maxc = nchk;
    }
    for (k = start; k < end; k++) {
        size_t nchk = run_chunks(lines, end, k, digit_gap, min_gap, fine_words, ch);
        size_t m;

        /* a line with at most half the chunks of the fullest is a header
         * spanning columns or a label alone (or its words are set close
         * together): it does not hide the separators of the rows */
        if (2 * nchk <= maxc)
            continue;
        for (m = 0; m < nchk; m++)
            for (b = (size_t)((ch[m].x0 - rx0) * res);
                 b <= (size_t)((ch[m].x1 - rx0) * res) && b < nbins; b++)
                cov[b] = 1;
    }
    /* a chunk of the other lines standing four points clear right of
     * every column so found is a column of its own: one whose cells all
     * stand at other heights than the fullest lines' (a total's 814
     * centred over 4 beside a row's numbers of one line, its header word
     * 总计 on a line of few words).  Between columns, such a chunk may be
     * a number set left in a wide cell under a header centred in it */
    for (b = nbins; b > 0 && (cov[b - 1] & 1) == 0; b--)
        ;
    right = b;
    for (k = start; k < end; k++) {
        size_t nchk = column_chunks(&lines[k], digit_gap, fine_words, ch);
        size_t m;

        if (2 * nchk > maxc)
            continue;
        for (m = 0; m < nchk; m++) {
            size_t b0 = ch[m].x0 - rx0 > 4.0 ? (size_t)((ch[m].x0 - rx0 - 4.0) * res) : 0;
            size_t b1 = (size_t)((ch[m].x1 - rx0 + 4.0) * res);
            int clear = b0 >= right;

            for (b = b0; b <= b1 && b < nbins && clear; b++)
                clear = (cov[b] & 1) == 0;
            for (b = (size_t)((ch[m].x0 - rx0) * res);
                 clear && b <= (size_t)((ch[m].x1 - rx0) * res) && b < nbins; b++)
                cov[b] |= 2;
        }
    }
    (*bounds)[nb++] = rx0 - 1;
    for (b = 0; b < nbins; b++) {
        /* in a table with no labels (its numbers begin in the first
         * column), room left of every column narrower than a character
         * and a half is a margin, not a separator: the first column's
         * header words reach left of its numbers */
        if (cov[b] == 0 && !in_gap && !seen) {
            size_t e = b;

            while (e < nbins && cov[e] == 0)
                e++;
            if ((double)(e - b) / res < 1.5 * lines[start].h &&
                value_start < rx0 + (double)e / res + lines[start].h) {
                b = e - 1;
                seen = 1;
                continue;
            }
        }
        seen = 1;
        if (cov[b] == 0 && !in_gap) {
            in_gap = 1;
            gap0 = rx0 + (double)b / res;
        } else if (cov[b] != 0 && in_gap) {
            in_gap = 0;
            if (rx0 + (double)b / res - gap0 >= min_gap) {
                /* the gap after the labels' last column (LAB): its end */
                if (nb == 1 || (gap0 + rx0 + (double)b / res) / 2 < value_start) {
                    gap1 = rx0 + (double)b / res;
                    lab = nb;
                }
                (*bounds)[nb++] = (gap0 + rx0 + (double)b / res) / 2;
            }
        }
    }
    (*bounds)[nb++] = rx1 + 1;
    free(cov);
    /* the labels' column ends past a label alone on its line that runs
     * into the gap after it (一、本年新收政府信息公开申请数量 longer than
     * the header's words over it), where the gap leaves room: the
     * label's words are not cut, nor the row's cells joined under it.
     * The labels' last column, where the groups' names stand in a column
     * of their own before the items' (三、本年度办理结果 beside
     * （二）部分公开（区分处理的，只计这一情 over 354 …) */
    for (k = start; nb >= 3 && gap1 > 0 && k < end; k++) {
        size_t nchk = column_chunks(&lines[k], digit_gap, fine_words, ch), m;

        for (m = 0; 2 * nchk <= maxc && m < nchk; m++)
            if (ch[m].x0 < (*bounds)[lab] && ch[m].x1 > (*bounds)[lab] &&
                ch[m].x1 + 4.0 <= gap1)
                (*bounds)[lab] = (ch[m].x1 + gap1) / 2;
    }
    *nbout = nb;
    return 0;
}

/* Does line L hold a digit right of X? */
static int digit_right_of(const pline *l, double x)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (ch_cx(l->chars[i]) > x && xg_pdf_digit_cp(l->chars[i]->cp))
            return 1;
    return 0;
}

/* Which columns of BOUNDS (NB bounds) line L has a digit or a mark
 * standing for none (－ /) in, right of VALUE_START, in HAS. */
static void value_columns(const pline *l, const double *bounds, size_t nb,
                          double value_start, unsigned char *has)
{
    size_t i;

    memset(has, 0, MAX_CHUNKS);
    for (i = 0; i < l->n; i++) {
        const pchar *ch = l->chars[i];

        if (ch_cx(ch) > value_start && !ch->space &&
            (xg_pdf_digit_cp(ch->cp) || xg_pdf_none_mark_cp(ch->cp)))
            has[column_of(bounds, nb, ch_cx(ch))] = 1;
    }
}

/* Is line K of [START, END), short of numbers in some columns, a line
 * of numbers wrapped in their cells: right under or over a line set
 * close (less than 0.8 of a line between) that has numbers in more
 * columns, among them every column K has one in (1 09 53 under 68153
 * 7572 83821 …)?  HAS is K's columns (value_columns). */
static int wrap_line(const pline *lines, size_t start, size_t end, size_t k,
                     const double *bounds, size_t nb, double value_start,
                     const unsigned char *has)
{
    unsigned char other[MAX_CHUNKS];
    size_t side, c;

    for (side = 0; side < 2; side++) {
        /* the line over K, then the one under it */
        size_t j = side == 0 ? k - 1 : k + 1, over, under;
        int more = 0, all = 1;

        if ((side == 0 && k == start) || (side == 1 && j >= end))
            continue;
        over = side == 0 ? j : k;
        under = side == 0 ? k : j;
        if (lines[under].y0 - lines[over].y1 >= 0.8 * lines[under].h)
            continue;
        value_columns(&lines[j], bounds, nb, value_start, other);
        for (c = 0; c + 1 < nb; c++) {
            if (has[c] && !other[c])
                all = 0;
            if (other[c] && !has[c])
                more = 1;
        }
        if (all && more)
            return 1;
    }
    return 0;
}

/* How the lines of [START, END) with a digit right of VALUE_START fill
 * the columns of values of BOUNDS (NB bounds), each with a digit or a
 * mark standing for none (－ /): no line of numbers (FILL_NONE), every
 * line each column (FILL_EVERY), or lines lacking some, only lines of
 * numbers wrapped in their cells (FILL_WRAPPED: wrap_line) or others too
 * (FILL_SHORT: empty cells, numbers set at other heights). */
enum { FILL_NONE, FILL_EVERY, FILL_WRAPPED, FILL_SHORT };

static int value_fill(const pline *lines, size_t start, size_t end,
                      const double *bounds, size_t nb, double value_start)
{
    unsigned char has[MAX_CHUNKS];
    size_t k, c, first = first_value(bounds, nb, value_start);
    int fill = FILL_NONE;

    if (nb - 1 > MAX_CHUNKS)
        return FILL_NONE;
    for (k = start; k < end; k++) {
        if (!digit_right_of(&lines[k], value_start))
            continue;
        if (fill == FILL_NONE)
            fill = FILL_EVERY;
        value_columns(&lines[k], bounds, nb, value_start, has);
        for (c = first; c + 1 < nb; c++)
            if (!has[c]) {
                if (!wrap_line(lines, start, end, k, bounds, nb, value_start,
                               has))
                    return FILL_SHORT;
                fill = FILL_WRAPPED;
                break;
            }
    }
    return fill;
}

/* Do each two neighbouring columns of values of BOUNDS (NB bounds) hold
 * numbers together on some line of [START, END)?  Two that never do may
 * be one column whose numbers stand at other places in their cells (848
 * left, 0 right on the line over it, nothing between them), the bound
 * between them a gap of no line's. */
static int neighbours_together(const pline *lines, size_t start,
                               size_t end, const double *bounds, size_t nb,
                               double value_start)
{
    unsigned char has[MAX_CHUNKS], both[MAX_CHUNKS] = {0};
    size_t k, c, first = first_value(bounds, nb, value_start);

    if (nb - 1 > MAX_CHUNKS)
        return 0;
    for (k = start; k < end; k++) {
        value_columns(&lines[k], bounds, nb, value_start, has);
        for (c = first; c + 2 < nb; c++)
            if (has[c] && has[c + 1])
                both[c] = 1;
    }
    for (c = first; c + 2 < nb; c++)
        if (!both[c])
            return 0;
    return 1;
}

/* Does a line of [START, END) hold two numbers, split between digits a
 * third of a character height apart, right of VALUE_START in one column
 * of BOUNDS (NB bounds)?  Columns so split do not part that line's
 * numbers (482 and 1 in one, the next bound not found): no better than
 * the first found. */
static int two_in_a_column(const pline *lines, size_t start, size_t end,
                           const double *bounds, size_t nb, double value_start)
{
    chunk ch[MAX_CHUNKS];
    size_t k, m;

    for (k = start; k < end; k++) {
        size_t n = xg_pdf_line_columns_gap(&lines[k], ch, MAX_CHUNKS, 0.3);
        int last = -1;

        for (m = 0; m < n; m++) {
            double cx = (ch[m].x0 + ch[m].x1) / 2;
            int col;

            if (cx <= value_start)
                continue;
            col = column_of(bounds, nb, cx);
            if (col == last)
                return 1;
            last = col;
        }
    }
    return 0;
}

/* Join to a neighbour each column of bounds FINE (*NF) narrower than a
 * character (HM high) that begins left of VALUE_START: among the labels,
 * a gap between a label's characters (三 and 、 at the labels' left edge)
 * makes no column.  It joins the label column before it, or, first, the
 * one after it where that is a label's too.  Returns 0 where it cannot (a
 * first column of values that narrow: the quarter's split is kept). */
static int join_narrow_labels(double *fine, size_t *nf, double value_start,
                              double hm)
{
    size_t i = 1, drop;

    while (i < *nf && fine[i - 1] < value_start) {
        if (fine[i] - fine[i - 1] >= hm) {
            i++;
            continue;
        }
        if (fine[i] >= value_start)
            return 0;
        if (i >= 2)
            drop = i - 1;
        else if (i + 1 < *nf && fine[i + 1] <= value_start)
            drop = i;
        else
            return 0;
        memmove(&fine[drop], &fine[drop + 1], (*nf - drop - 1) * sizeof *fine);
        (*nf)--;
        i = drop > 1 ? drop : 1;
    }
    return 1;
}

/* Columns of a tight table: numbers of neighbouring columns set closer
 * than half a character height (no padding in the cells, numbers that
 * fill them) are one chunk for column_bounds, and the table's columns
 * are not found (105592 beside 21036, 4.4 points apart at 10.5 points;
 * 4409 beside 1309, 4.6 apart at 15.6).  Split at a quarter of a
 * character height between digits (no number is written with that room
 * between two of its digits), with gaps of 3 points kept, measured to
 * a quarter point (3.6 points between numbers set at 8.4 points, a
 * table of 10.5 printed at 0.8, measure 2 or 3 whole points), and of
 * less in a table set smaller than 13 points a line (HM, the height of
 * its lines: 2.4 at 10.4), the lines may show more columns: they
 * replace *BOUNDS (*NB) when every line of numbers then has one in each
 * column of values (value_fill).
 * Where some lines lack some, they do when no line's two numbers then
 * stand in one column (two_in_a_column), and, unless only lines of
 * numbers wrapped in their cells lack some, each two neighbouring
 * columns hold numbers together on some line (neighbours_together).
 * Lines lacking numbers in some columns (empty cells, numbers wrapped
 * and set at other heights in their cells) find their rows as in any
 * table.  Otherwise the columns found are kept.
 * Tighter still first: a fifth of a character height between digits,
 * gaps of 2.4 points (54 beside 518, 2.9 points apart at 12.7, under
 * 结果 其他 of the appeals header, its fifteen columns found from their
 * numbers), and before it 0.15 of a height, gaps of 1.8 points (numbers
 * set left, centred or right in their cells at random, one right beside
 * the next column's set left: 792 beside 607, 2.8 points apart on lines
 * 15.6 high); in these two, gaps between a label's characters are no
 * columns (join_narrow_labels), and where they cannot be told from a
 * first column of values that narrow, the split is not taken.  *GAP gets
 * the split used, for join_crossed (0.25 where none took).  FINE_WORDS:
 * header words split finer (column_chunks). */
static int tight_columns(const pline *lines, size_t start, size_t end,
                         double value_start, double hm, int fine_words, double **bounds,
                         size_t *nb, double *gap)
{
    static const double gaps[3] = {0.15, 0.2, 0.25}, mins[3] = {1.8, 2.4, 3.0};
    size_t pass;

    *gap = 0.25;
    for (pass = 0; pass < 3; pass++) {
        double *fine;
        size_t nf;
        int take = 0, fill;

        if (column_bounds(lines, start, end, value_start, gaps[pass],
                          hm < 13.0 ? mins[pass] * hm / 13.0 : mins[pass], 4.0,
                          fine_words, &fine, &nf) != 0)
            return -1;
        if ((pass == 2 || join_narrow_labels(fine, &nf, value_start, hm)) &&
            nf > *nb && nf >= 3) {
            fill = value_fill(lines, start, end, fine, nf, value_start);
            take = fill == FILL_EVERY ||
                   (fill != FILL_NONE &&
                    !two_in_a_column(lines, start, end, fine, nf, value_start) &&
                    (fill == FILL_WRAPPED ||
                     neighbours_together(lines, start, end, fine, nf,
                                         value_start)));
        }
        if (take) {
            free(*bounds);
            *bounds = fine;
            *nb = nf;
            *gap = gaps[pass];
            return 0;
        }
        free(fine);
    }
    return 0;
}

/* Does a vertical rule of RL stand between X0 and X1 over Y0 to Y1? */
static int rule_between(const rules *rl, double x0, double x1, double y0,
                        double y1)
{
    size_t i;

    for (i = 0; i < rl->nv; i++)
        if (rl->v[i].pos >= x0 && rl->v[i].pos <= x1 && rl->v[i].a < y1 &&
            rl->v[i].b > y0)
            return 1;
    return 0;
}

/* The gap at separator BOUNDS[J] (of NB) in lines [START, END): from
 * the right of the text of column J - 1 to the left of column J's (a
 * line whose text runs across the separator, set close, is left out).
 * A side with no such text ends at the column's far bound.  Returns whether
 * a line has text apart in both. */
static int gap_at(const pline *lines, size_t start, size_t end,
                  const double *bounds, size_t nb, size_t j, double *left,
                  double *right)
{
    size_t k, q;
    int both = 0;

    *left = -1e300;
    *right = 1e300;
    for (k = start; k < end; k++) {
        double l1 = -1e300, r0 = 1e300;

        for (q = 0; q < lines[k].n; q++) {
            const pchar *c = lines[k].chars[q];
            int col = column_of(bounds, nb, ch_cx(c));

            if (c->space)
                continue;
            if (col == (int)j - 1 && c->x1 > l1)
                l1 = c->x1;
            else if (col == (int)j && c->x0 < r0)
                r0 = c->x0;
        }
        if (l1 > -1e300 && r0 < 1e300) {
            if (r0 - l1 >= 0.3 * lines[k].h)
                both = 1;
            continue;
        }
        if (l1 > *left) *left = l1;
        if (r0 < *right) *right = r0;
    }
    /* a side no line has text on alone: the gap ends at the far edge of
     * that column, not past the table (a rule down its edge is not
     * between the two) */
    if (*left == -1e300) *left = bounds[j - 1];
    if (*right == 1e300) *right = bounds[j + 1];
    return both;
}

/* A table drawn with rules down its columns and none across (too few to
 * make a lattice): two neighbouring columns of BOUNDS (NB) that no line
 * of [START, END) uses both of, with no rule between their text where
 * the table draws rules between others, are one column.  A header
 * centred in its cell and numbers set left in it leave a gap between
 * them inside one ruled cell; read by the gaps, the numbers stood apart
 * from their header. */
static void join_unruled(const pline *lines, size_t start, size_t end,
                         const rules *rl, double *bounds, size_t *nb)
{
    double y0 = 1e300, y1 = -1e300, left, right;
    size_t j, k;
    int ruled = 0;

    for (k = start; k < end; k++) {
        if (lines[k].y0 < y0) y0 = lines[k].y0;
        if (lines[k].y1 > y1) y1 = lines[k].y1;
    }
    for (j = 1; j + 1 < *nb && !ruled; j++) {
        gap_at(lines, start, end, bounds, *nb, j, &left, &right);
        ruled = left <= right &&
                rule_between(rl, left - 1, right + 1, y0, y1);
    }
    if (!ruled)
        return;
    for (j = 1; j + 1 < *nb && *nb > 3;) {
        if (gap_at(lines, start, end, bounds, *nb, j, &left, &right) ||
            left > right || rule_between(rl, left - 1, right + 1, y0, y1)) {
            j++;
            continue;
        }
        memmove(&bounds[j], &bounds[j + 1], (*nb - j - 1) * sizeof *bounds);
        (*nb)--;
    }
}

/* Mark in JOINED[c] the column separators BOUNDS[c + 1] (of NB bounds)
 * that the text of line L runs across: a character over the separator, or
 * two characters set close (less than GAP of the height apart: the split
 * the columns were found at, a quarter or a fifth) on either side of it.
 * Words that merely sit close in neighbouring columns leave a wider gap
 * there.  A word's first or last character over the
 * separator by a quarter of its width or less only nicks the other column
 * (商业企 over 业, centred in its cell above numbers set right, its 商 a
 * point into the column of the numbers before): it stands in the column
 * of its centre. */
static void join_crossed(const pline *l, const double *bounds, size_t nb,
                         double gap, unsigned char *joined)
{
    size_t i, c;
    const pchar *prev = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *ch = l->chars[i], *next = NULL;
        double in0 = 0, in1 = 0;
        size_t j;
        int close;

        if (ch->space || ch->dup)
            continue;
        for (j = i + 1; j < l->n && next == NULL; j++)
            if (!l->chars[j]->space && !l->chars[j]->dup)
                next = l->chars[j];
        close = prev != NULL && ch->x0 - prev->x1 < gap * l->h;
        /* a word's first or last character over a separator by no more
         * than a quarter of its width only nicks the next column */
        if (!close)
            in0 = 0.25 * (ch->x1 - ch->x0);
        if (next == NULL || next->x0 - ch->x1 >= 0.25 * l->h)
            in1 = 0.25 * (ch->x1 - ch->x0);
        for (c = 0; c + 2 < nb; c++) {
            double x = bounds[c + 1];

            if ((ch->x0 + in0 < x && ch->x1 - in1 > x) ||
                (close && prev->x1 <= x && ch->x0 >= x))
                joined[c] = 1;
        }
        prev = ch;
    }
}

/* Does label TEXT begin a new item: 1. 三、 （二） (3)?  A bracket that
 * opens a remark (（区分处理的，…）) goes on the label above. */
static int begins_item(const char *text)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六",
                                           "七", "八", "九", "十"};
    size_t k, skip = strncmp(text, "（", 3) == 0 ? 3 : text[0] == '(' ? 1 : 0;

    if (skip == 0)
        return xg_pdf_starts_item(text);
    if (text[skip] >= '0' && text[skip] <= '9')
        return 1;
    for (k = 0; k < sizeof numerals / sizeof numerals[0]; k++)
        if (strncmp(text + skip, numerals[k], 3) == 0)
            return 1;
    return 0;
}

/* Does a number W wide of N characters in column C fill its cell: is
 * it as wide as the widest number of its column (NX: number_extents, NB
 * bounds), within half a character? */
static int fills_width(double w, size_t n, const double *nx, size_t nb,
                       size_t c)
{
    return n > 0 && w >= nx[nb + c] - nx[c] - 0.5 * w / (double)n;
}

/* How many digits the characters SEL (NS) of column C hold when they are
 * one line of digits alone that fills its cell (fills_width); else 0. */
static int full_digits(pchar *const *sel, size_t ns, const double *nx,
                       size_t nb, size_t c)
{
    double x0 = 1e300, x1 = -1e300;
    const pchar *first = NULL;
    size_t i, n = 0;

    for (i = 0; i < ns; i++) {
        if (sel[i]->space)
            continue;
        if (first == NULL)
            first = sel[i];
        if (!xg_pdf_digit_cp(sel[i]->cp) ||
            fabs(sel[i]->y0 - first->y0) > 0.5 * (first->y1 - first->y0))
            return 0;
        if (sel[i]->x0 < x0) x0 = sel[i]->x0;
        if (sel[i]->x1 > x1) x1 = sel[i]->x1;
        n++;
    }
    return fills_width(x1 - x0, n, nx, nb, c) ? (int)n : 0;
}

/* Does every number of line L right of column FIRST (of BOUNDS, NB)
 * fill its cell (fills_width)? */
static int full_line(const pline *l, const double *bounds, size_t nb,
                     size_t first, const double *nx)
{
    size_t i = 0, any = 0;

    while (i < l->n) {
        int col = column_of(bounds, nb, ch_cx(l->chars[i]));
        double x0 = 1e300, x1 = -1e300;
        size_t n = 0;

        for (; i < l->n && column_of(bounds, nb, ch_cx(l->chars[i])) == col;
             i++) {
            const pchar *ch = l->chars[i];

            if (ch->space)
                continue;
            if (ch->x0 < x0) x0 = ch->x0;
            if (ch->x1 > x1) x1 = ch->x1;
            n++;
        }
        if (n == 0 || (size_t)col < first)
            continue;
        if (!fills_width(x1 - x0, n, nx, nb, (size_t)col))
            return 0;
        any = 1;
    }
    return any;
}

/* Is line L, set right under line ABOVE of the same row, the digits of
 * ABOVE's numbers wrapped out of their cells ("3982" over "9" in a narrow
 * column, "843285" as "8432" over "85" in every column)?  Right of
 * where ABOVE's numbers begin L holds digits only, each in a column where
 * ABOVE has a digit.  Left of it L holds nothing, or the next line of
 * ABOVE's label: ABOVE's label runs to the edge of its column (within a
 * character and a half) and L's does not begin a new item (1. （二）
 * 三、).  Labels that end short are rows of their own (规章 15 483 118
 * over 行政规范性文件 785 405 147).  Text left of where ABOVE's label
 * begins is a group label in a column of its own, whatever it says
 * (（三）不 beside the tails of "4.保护第三方合法权益 3475 6109"): L is then
 * the tails when each of its columns holds at most half as many digits as
 * ABOVE's (四、结转下年度继续办理 200 233, its label ending where
 * （七）总计 3784 3370's begins, is the next row).
 * The row's cells then hold both lines, and a cell of two lines of
 * digits is not read as a number. */
static int wrapped_digits(const pline *above, const pline *l,
                          const double *bounds, size_t nb, int cell,
                          size_t values, const double *nx)
{
    unsigned char n_above[MAX_CHUNKS] = {0}, n_tail[MAX_CHUNKS] = {0};
    /* digits after a grouping comma in ABOVE's column (0: no comma) */
    unsigned char grouped[MAX_CHUNKS] = {0};
    double ax0[MAX_CHUNKS], ax1[MAX_CHUNKS];
    int full = nx != NULL, group;
    /* the columns that may hold values: from VALUES in one CELL (a
     * table with no labels has them from its first column on), else
     * right of the first, or from VALUES where the labels take more
     * columns than the first (the 1. of 1.本机关不掌握…, right of its
     * group's （四）无, is an item's mark, not a digit over tails) */
    int lo = cell >= 0 || values > 1 ? (int)values : 1;
    size_t i, n_l = 0, first = SIZE_MAX;
    double label_x1 = -1e300, label_x0 = 1e300, l_label_x1 = -1e300;
    double l_label_x0 = 1e300;
    int shorter = 1;
    const pchar *prev_label = NULL, *l_prev = NULL;
    int label_col = -1, ok = 1, has_label = 0, new_item = 0;
    size_t last_col = SIZE_MAX;
    xg_buf label = {0};

    if (nb - 1 > MAX_CHUNKS || l->y0 - above->y1 >= 0.8 * l->h)
        return 0;
    for (i = 0; i < above->n; i++) {
        uint32_t cp = above->chars[i]->cp;
        int col = column_of(bounds, nb, ch_cx(above->chars[i]));

        if (col >= lo && (cp == ',' || cp == 0xFF0C) && (cell < 0 || col == cell))
            grouped[col] = 1;
        if (col >= lo && xg_pdf_digit_cp(cp) && (cell < 0 || col == cell)) {
            if (grouped[col] > 0 && grouped[col] < 255)
                grouped[col]++;
            if (n_above[col] == 0 || above->chars[i]->x0 < ax0[col])
                ax0[col] = above->chars[i]->x0;
            if (n_above[col] == 0 || above->chars[i]->x1 > ax1[col])
                ax1[col] = above->chars[i]->x1;
            if (n_above[col] < 255)
                n_above[col]++;
            if ((size_t)col < first)
                first = (size_t)col;
        }
    }
    if (first == SIZE_MAX)
        return 0;
    if (cell >= 0)
        first = values;
    for (i = 0; i < above->n; i++) {
        const pchar *ch = above->chars[i];
        int col = column_of(bounds, nb, ch_cx(ch));

        if (ch->space || (size_t)col >= first)
            continue;
        if (ch->x1 > label_x1) {
            label_x1 = ch->x1;
            label_col = col;
        }
        /* where the last piece of the label begins: "（四）无" and
         * "1.本机关不掌握" are a group's label and its item's */
        if (prev_label == NULL || ch->x0 - prev_label->x1 >= 0.3 * l->h)
            label_x0 = ch->x0;
        prev_label = ch;
    }
    for (i = 0; i < l->n && ok; i++) {
        const pchar *ch = l->chars[i];
        size_t col = (size_t)column_of(bounds, nb, ch_cx(ch));

        if (ch->space)
            continue;
        if (col < first) {
            /* each label column's text on its own: 理结果 （二）部分公开;
             * so each piece a gap apart in one column (办理结果 （二）部
             * 分公开（区, a group's label and an item's run into one) */
            if ((col != last_col ||
                 (l_prev != NULL && ch->x0 - l_prev->x1 >= 0.3 * l->h)) &&
                label.len > 0) {
                new_item |= begins_item(xg_buf_str(&label));
                xg_buf_reset(&label);
            }
            l_prev = ch;
            last_col = col;
            has_label = 1;
            if (ch->x1 > l_label_x1)
                l_label_x1 = ch->x1;
            if (ch->x0 < l_label_x0)
                l_label_x0 = ch->x0;
            if (label.len < 64 && xg_buf_put_cp(&label, ch->cp) != 0)
                ok = 0;
            continue;
        }
        if (cell >= 0 && col != (size_t)cell)
            continue;       /* another cell's number, at another height */
        if (!xg_pdf_digit_cp(ch->cp) || n_above[col] == 0)
            ok = 0;
        else if (2 * ++n_tail[col] > n_above[col])
            shorter = 0;
        n_l++;
    }
    if (label.len > 0)
        new_item |= begins_item(xg_buf_str(&label));
    /* each of L's numbers under one of ABOVE's as wide as the widest of
     * its column (NX: number_extents), which fills its cell, and no
     * longer: what wrapping leaves */
    for (i = (size_t)lo; full && i + 1 < nb && i < MAX_CHUNKS; i++)
        if (n_tail[i] > 0)
            full = n_tail[i] <= n_above[i] &&
                   fills_width(ax1[i] - ax0[i], n_above[i], nx, nb, i);
    group = label_col >= 0 && l_label_x1 <= label_x0 + 0.25 * l->h;
    xg_buf_free(&label);
    if (!ok || n_l == 0)
        return 0;
    /* a number whose last group after its grouping comma is whole (2,076)
     * ends there: digits under it are no tail of it (４７ over the next
     * row's ７, 477, under 2,076 in a row's cell set at its foot) */
    for (i = (size_t)lo; i + 1 < nb && i < MAX_CHUNKS; i++)
        if (n_tail[i] > 0 && grouped[i] == 4)
            return 0;
    /* tails each as wide as their column's widest number are the first
     * lines of the next row's numbers, set above its label (9307 4460
     * under 3.其他's 8138 343, over （七）总计), not tails: a number
     * twice as long as its cell is wide is not one a report holds */
    if (nx != NULL && cell < 0 && full_line(l, bounds, nb, first, nx))
        return 0;
    /* digits under a number narrower than its column's widest are not its
     * tail: it did not fill its cell (65 over the next row's 0, set
     * close under it in a cell of two paragraphs, is not 650) */
    if (nx != NULL && !full)
        return 0;
    /* in one CELL (the lines share a row between rules across) L's label
     * may also go on where ABOVE's last piece begins (三、本 over 年度办,
     * a group's label wrapped in its merged cell) */
    if (!has_label ||
        (shorter && label_col >= 0 &&
         (group || (cell >= 0 && !new_item &&
                    fabs(l_label_x0 - label_x0) <= 0.5 * l->h))))
        return 1;
    if (label_col >= 0 && label_x1 >= bounds[label_col + 1] - 1.5 * l->h &&
        !new_item)
        return 1;
    /* a group's label going on (no new item: 法提供, 予公开) left of
     * ABOVE's, a character clear of it, beside tails of more than half
     * their numbers' digits, each under a number that fills its cell
     * (法提供 beside 52 57 37 217 under 1105 4398 7787 6516).  Where it
     * begins an item (（三）不 beside 48 436 under 2123 8998) the line may
     * as well be the next row (（七）总计 under 3.其他 whose numbers fill
     * their cells): a row of its own, and the layout, seeing numbers
     * beside a group's label, reads neither */
    if (full && group && !new_item && l_label_x1 <= label_x0 - l->h)
        return 1;
    return 0;
}

/* Is L the tail of one or two of ABOVE's numbers wrapped out of their
 * cells (wrapped_digits, under numbers that fill their cells by NX):
 * digits in under half of ABOVE's columns of digits, each at most half
 * as many as the number above it ("12" over "7" in a narrow cell)?
 * Lines of a row set at several heights hold numbers as long as the ones
 * above them. */
static int tail_of(const pline *above, const pline *l, const double *bounds,
                   size_t nb, double value_start, const double *nx)
{
    unsigned char na[MAX_CHUNKS + 1] = {0}, nt[MAX_CHUNKS + 1] = {0};
    size_t c, cols_a = 0, cols_t = 0;

    if (nb - 1 > MAX_CHUNKS ||
        !wrapped_digits(above, l, bounds, nb, -1,
                        first_value(bounds, nb, value_start), nx))
        return 0;
    digit_counts(above, bounds, nb, na);
    digit_counts(l, bounds, nb, nt);
    for (c = 0; c < nb; c++) {
        cols_a += na[c] > 0;
        cols_t += nt[c] > 0;
        if (nt[c] > 0 && 2 * nt[c] > na[c])
            return 0;
    }
    return cols_t > 0 && 2 * cols_t < cols_a;
}

static int line_label(const pline *l, const double *bounds, size_t nb,
                      double value_start, double *x0, double *x1);
static size_t value_digits(const pline *l, const double *bounds, size_t nb,
                           double value_start, col_digits *d);
static int fills_cell(const col_digits *d, size_t c, const double *nx,
                      size_t nb);
static int clear_of_item(const pline *l, double x1, const double *bounds,
                         size_t nb, double value_start);

/* Is L the tails of numbers of line A wrapped out of their cells, with
 * line M set into both between them: a row's numbers centred in their
 * cells, those of one line beside M, those of two lines around it (7778
 * over 一、本年新收… 395 over 0: 77780 and 395)?  Each of A's numbers
 * fills its cell (NX) and has under it a shorter tail (in digits and
 * grouping commas: 175, over 344), where M has none; A and L hold
 * nothing else right of the labels.  Their labels,
 * if any, are a group's, a character clear left of the item M's label
 * begins (（三）不 beside tails), or the item's label wrapped around M
 * (理结果（二）部分公开（…只计这一情 over numbers alone over 形，不计其他情形）),
 * no new item below. */
static int centred_tails(const pline *a, const pline *m, const pline *l,
                         const double *bounds, size_t nb, double value_start,
                         const double *nx)
{
    col_digits da, dm, dl;
    double ax0, ax1, mx0, mx1, lx0, lx1, h = m->h;
    const pline *item;
    size_t c, tails = 0;
    int l_item;

    if (nb - 1 > MAX_CHUNKS || nx == NULL ||
        !(m->y0 < a->y1 - 0.1 * h && l->y0 < m->y1 - 0.1 * h) ||
        value_digits(a, bounds, nb, value_start, &da) > 0 ||
        value_digits(l, bounds, nb, value_start, &dl) > 0)
        return 0;
    value_digits(m, bounds, nb, value_start, &dm);
    for (c = 1; c + 1 < nb; c++) {
        if (da.n[c] == 0 && dl.n[c] == 0)
            continue;
        if (da.n[c] == 0 || dl.n[c] == 0 || dm.n[c] > 0 ||
            dl.w[c] >= da.w[c] || !fills_cell(&da, c, nx, nb) ||
            dl.e0[c] < da.e0[c] - 0.5 * h || dl.e1[c] > da.e1[c] + 0.5 * h)
            return 0;
        tails++;
    }
    if (tails == 0)
        return 0;
    line_label(a, bounds, nb, value_start, &ax0, &ax1);
    line_label(m, bounds, nb, value_start, &mx0, &mx1);
    l_item = line_label(l, bounds, nb, value_start, &lx0, &lx1);
    item = mx1 > mx0 ? m : a;
    if (item == m && !clear_of_item(m, ax1, bounds, nb, value_start))
        return 0;
    return !l_item || clear_of_item(item, lx1, bounds, nb, value_start);
}

static int label_column(const double *bounds, size_t nb, double x,
                        double value_start);
static int numbers_only(const pline *l);
static int numbers_after_label(const pline *l);
static double item_start(const pline *l, const double *bounds, size_t nb,
                         double value_start);
static int begins_item_line(const pline *l, const double *bounds, size_t nb,
                            double value_start);
static int has_value_digit(const pline *l, const double *bounds, size_t nb,
                           double value_start);

/* Does line L hold a piece of a label alone, no item begun (予公开, a
 * group's label centred in its merged cell; 获取信息)? */
static int label_piece(const pline *l, const double *bounds, size_t nb,
                       double value_start)
{
    size_t i;
    int ink = 0;

    for (i = 0; i < l->n; i++) {
        if (l->chars[i]->space)
            continue;
        if (!label_column(bounds, nb, ch_cx(l->chars[i]), value_start))
            return 0;
        ink = 1;
    }
    return ink && !begins_item_line(l, bounds, nb, value_start);
}

/* Are lines [FROM, TO) (pieces of labels alone, label_piece) a group's
 * label: each ends a character left of where the item begins on the next
 * line holding a label (before END)? */
static int group_pieces(const pline *lines, size_t from, size_t to,
                        size_t end, const double *bounds, size_t nb,
                        double value_start)
{
    size_t j, m;

    for (j = from; j < to; j++) {
        double x0, x1, item;

        line_label(&lines[j], bounds, nb, value_start, &x0, &x1);
        for (m = j + 1; m < end; m++) {
            double y0, y1;

            line_label(&lines[m], bounds, nb, value_start, &y0, &y1);
            if (y1 > y0)
                break;
        }
        if (m == end)
            return 0;
        item = item_start(&lines[m], bounds, nb, value_start);
        if (item >= 1e300 || x1 > item - lines[j].h)
            return 0;
    }
    return 1;
}

/* Rows of a table set with room between its rows and none between the
 * lines of a row (labels and header cells wrapped in their cells): the
 * gaps between consecutive lines then fall into two sizes, and the wide
 * ones part the rows; the tail of a wrapped number (tail_of, by NX)
 * stays with the line above.  Fills ROW_OF and returns 1 when they do, and no
 * row so made has numbers in one column on two of its lines (two rows
 * then, whatever the gaps say); returns 0 otherwise. */
/* Has line L text (not spaces) where the labels stand, left of
 * VALUE_START (label_column)? */
static int has_label_text(const pline *l, const double *bounds, size_t nb,
                          double value_start)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space &&
            label_column(bounds, nb, ch_cx(l->chars[i]), value_start))
            return 1;
    return 0;
}

/* Is line K set into the line after it (before END), which holds a
 * label: a number of that row set a little higher than its label (a cell
 * of two paragraphs: 756, then 4 set into 3.危及…'s line), not the tail
 * of a number above, which wraps onto a line of its own? */
static int set_into_label(const pline *lines, size_t k, size_t end,
                          const double *bounds, size_t nb, double value_start)
{
    return k + 1 < end && lines[k + 1].y0 < lines[k].y1 - 0.2 * lines[k].h &&
           has_label_text(&lines[k + 1], bounds, nb, value_start);
}

/* Is line K set into the line after it, which begins an item beside
 * numbers, and that one into the line after it, which holds digits: the
 * item's label centred in its row of two lines, line K the row's first
 * (904 over 0, then 3.补正后申请内容仍不明确 set half a line lower, then 0
 * half a line lower still: the 0 begins that row, no tail of 904)? */
static int centred_item_over(const pline *lines, size_t k, size_t end,
                             const double *bounds, size_t nb,
                             double value_start)
{
    const pline *m;

    if (k == 0 || k + 2 >= end || !set_into_label(lines, k, end, bounds, nb, value_start))
        return 0;
    m = &lines[k + 1];
    /* one line high, half a line under K (which stands a line under the
     * line before it), half a line over the line after */
    return begins_item_line(m, bounds, nb, value_start) &&
           has_value_digit(m, bounds, nb, value_start) &&
           m->y1 - m->y0 < 1.5 * m->h &&
           fabs(2 * (m->y0 - lines[k].y0) - (lines[k].y0 - lines[k - 1].y0)) < 0.3 * m->h &&
           fabs((lines[k].y0 + lines[k + 2].y0) / 2 - m->y0) < 0.15 * m->h &&
           has_value_digit(&lines[k + 2], bounds, nb, value_start);
}

/* Does a piece of line L (its characters apart at a third of a character
 * height) begin an item (1. （二） 三、), wherever it stands? */
static int holds_item(const pline *l)
{
    xg_buf piece = {0};
    const pchar *prev = NULL;
    size_t i;
    int yes = 0;

    for (i = 0; i <= l->n && !yes; i++) {
        const pchar *c = i < l->n ? l->chars[i] : NULL;

        if (c != NULL && c->space)
            continue;
        if (c == NULL || (prev != NULL && c->x0 - prev->x1 >= 0.3 * l->h)) {
            yes = piece.len > 0 && begins_item(xg_buf_str(&piece));
            xg_buf_reset(&piece);
        }
        if (c != NULL && piece.len < 64 && xg_buf_put_cp(&piece, c->cp) != 0)
            break;
        prev = c;
    }
    xg_buf_free(&piece);
    return yes;
}

/* Do the labels of lines [START, END) stand under their numbers: is a
 * label's beginning alone on its line set into a line of numbers alone
 * over it (numbers set at the top of their cells, the labels lower: 186
 * 395 290, then 规章 half a line lower, then 1802 1609 1290 a line under
 * those, then 行政规范性文件), twice or more, and never clear of the line
 * over it and set into the line of numbers under it?  LABEL_RIGHT: where
 * the block's labels end furthest right. */
static int labels_under_numbers(const pline *lines, size_t start, size_t end,
                                const double *bounds, size_t nb,
                                double value_start, double label_right)
{
    size_t k, i, under = 0;
    double last_x1 = -1e300;
    int numbered = 0;

    for (k = start; k < end; k++)
        numbered |= holds_item(&lines[k]);
    for (k = start; k < end; k++) {
        const pline *l = &lines[k];
        double x1 = -1e300;
        int into_above, into_below, begins, words = 0;

        for (i = 0; i < l->n; i++) {
            const pchar *c = l->chars[i];

            if (c->space)
                continue;
            if (label_column(bounds, nb, ch_cx(c), value_start))
                x1 = c->x1;
            else
                words |= !xg_pdf_number_cp(c->cp);
        }
        if (words)
            last_x1 = -1e300;       /* a header's line */
        if (words || x1 <= -1e300)
            continue;
        /* a label's beginning: an item's, or where no label is
         * numbered (规章, 行政规范性文件) after one that ended short of its
         * column's edge (not the rest of one wrapped, 版物 of
         * 3.要求提供公开出版物) */
        begins = begins_item_line(l, bounds, nb, value_start) ||
                 (!numbered && last_x1 < label_right - 1.2 * l->h);
        last_x1 = x1;
        if (k == start || !begins || has_value_digit(l, bounds, nb, value_start))
            continue;
        into_above = has_value_digit(&lines[k - 1], bounds, nb, value_start) &&
                     !has_label_text(&lines[k - 1], bounds, nb, value_start) &&
                     l->y0 < lines[k - 1].y1 - 0.2 * l->h;
        into_below = k + 1 < end &&
                     has_value_digit(&lines[k + 1], bounds, nb, value_start) &&
                     lines[k + 1].y0 < l->y1 - 0.2 * l->h;
        if (into_below && !into_above)
            return 0;
        under += into_above && !into_below;
    }
    return under >= 2;
}

/* Are the digits of line K (of lines up to END) the first lines of the
 * next row's numbers, set over its label line in cells of several
 * paragraphs: the line after K begins an item and holds digits in every
 * column holding values (from VALUE_START, of BOUNDS, NB bounds) but
 * those where K holds them (770 over the 0 of 2.没有现成信息需要另行制作
 * 0 794 0 439 252 _ 1485, the 0 where that row has none: not 7700)? */
static int completes_next_row(const pline *lines, size_t start, size_t k,
                              size_t end, const double *bounds, size_t nb,
                              double value_start)
{
    unsigned char cols[MAX_CHUNKS + 1] = {0};
    size_t c, values = first_value(bounds, nb, value_start), cols_l = 0,
           cols_n = 0;

    if (k + 1 >= end || nb - 1 > MAX_CHUNKS || values == 0 ||
        k == start || !numbers_only(&lines[k]) ||
        !has_label_text(&lines[k - 1], bounds, nb, value_start) ||
        !has_value_digit(&lines[k - 1], bounds, nb, value_start) ||
        !begins_item_line(&lines[k + 1], bounds, nb, value_start))
        return 0;
    digit_columns(&lines[k], bounds, nb, cols, 1);
    digit_columns(&lines[k + 1], bounds, nb, cols, 2);
    for (c = values; c + 1 < nb; c++) {
        if (cols[c] != 1 && cols[c] != 2)
            return 0;
        cols_l += cols[c] == 1;
        cols_n += cols[c] == 2;
    }
    /* no closer to the line above than to the next (6 set into the
     * line of 3.其他 … 68 is 686's tail, clear over （七）总计 13 30 …) */
    if (lines[k].y0 - lines[k - 1].y1 <
        lines[k + 1].y0 - lines[k].y1 - 0.2 * lines[k].h)
        return 0;
    return cols_l > 0 && cols_l < cols_n;
}

static int rows_by_gaps(const pline *lines, size_t start, size_t end,
                        const double *bounds, size_t nb, double value_start,
                        const double *nx, int *row_of)
{
    size_t n = end - start, k, i, best = 0, below = 0, ref = start;
    double *g, h = 0, cut, jump = -1;
    /* BARE: the row so far is an item begun with no numbers beside it
     * (1), holds numbers (-1), or neither yet (0) */
    int row = 0, around, past, item, digits, bare = 0;
    unsigned char *used;

    if (n < 4)
        return 0;
    g = malloc(n * sizeof *g);
    if (g == NULL)
        return 0;       /* the line-by-line rows then */
    for (k = start; k < end; k++)
        h += lines[k].h;
    h /= (double)n;
    for (k = start + 1; k < end; k++)
        g[k - start - 1] = lines[k].y0 - lines[k - 1].y1;
    qsort(g, n - 1, sizeof *g, xg_pdf_cmp_double);
    /* the widest gaps are the rows': the first jump from the top between
     * two sizes of gap, leaving at least two gaps above it */
    for (i = n - 2; i-- > 0;) {
        if (g[i + 1] - g[i] >= 0.3 * h && n - 2 - i >= 2) {
            jump = g[i + 1] - g[i];
            best = i;
            break;
        }
    }
    cut = jump > 0 ? (g[best] + g[best + 1]) / 2 : 0;
    free(g);
    if (!(jump > 0))
        return 0;
    for (k = start + 1; k < end; k++)
        if (lines[k].y0 - lines[k - 1].y1 < cut)
            below++;
    if (below < 1)
        return 0;
    used = calloc(nb, 1);
    if (used == NULL)
        return 0;       /* the line-by-line rows then */
    for (k = start; k < end; k++) {
        /* the tail of a number wrapped out of its cell is its row's,
         * however close the rows are set */
        if (k > start && tail_of(&lines[k - 1], &lines[k], bounds, nb, value_start, nx) &&
            !set_into_label(lines, k, end, bounds, nb, value_start) &&
            !completes_next_row(lines, start, k, end, bounds, nb, value_start)) {
            row_of[k - start] = row;
            continue;
        }
        /* a piece of a label alone on its line (予公开, a group's
         * centred in its merged cell; 申请, an item's last) may be set
         * into the lines of two rows: it does not join to the row before
         * a line beginning an item, nor one of numbers alone (not tails
         * of that row's) beside a group's piece left of the next item */
        item = begins_item_line(&lines[k], bounds, nb, value_start);
        digits = has_value_digit(&lines[k], bounds, nb, value_start);
        past = ref + 1 < k &&
               (item ||
                (numbers_only(&lines[k]) &&
                 !tail_of(&lines[ref], &lines[k], bounds, nb, value_start, nx) &&
                 group_pieces(lines, ref + 1, k, end, bounds, nb,
                              value_start)));
        /* an item begun on lines of its own, no numbers beside them,
         * goes on with the next line but another item's (1.申请人无正当
         * 理由逾期不, then 补正、行政机关不再处理 beside 308 …, set as far
         * apart as rows) */
        if (k > start && lines[k].y0 - lines[past ? ref : k - 1].y1 >= cut &&
            !(bare == 1 && !item)) {
            row++;
            memset(used, 0, nb);
            bare = 0;
        }
        /* numbers on two lines of a row stand in different columns (a
         * total set at the top of its cell, the others centred): the
         * row's columns so far (bit 1), the line's (bit 2); but for the
         * tails of numbers wrapped around a line set into both (bit 4) */
        around = k >= start + 2 && row_of[k - 2 - start] == row &&
                 row_of[k - 1 - start] == row &&
                 centred_tails(&lines[k - 2], &lines[k - 1], &lines[k],
                               bounds, nb, value_start, nx);
        if (around)
            digit_columns(&lines[k - 2], bounds, nb, used, 4);
        digit_columns(&lines[k], bounds, nb, used, 2);
        for (i = 0; i < nb; i++) {
            /* (digits of labels, 4.保护… and 5.属于…, are no numbers) */
            if (used[i] == 3 && i + 1 < nb && bounds[i + 1] > value_start) {
                free(used);
                return 0;
            }
            if (used[i] & 2)
                used[i] = 1;
            used[i] &= 3;
        }
        row_of[k - start] = row;
        /* (nor a label alone set into the line above, which has one
         * too: a group's numbering centred in its merged cell, （三
         * between 3.危及… 1921 … and 4.保护… 104 …) */
        if (!label_piece(&lines[k], bounds, nb, value_start) &&
            !(k > start && lines[k].y0 < lines[k - 1].y1 &&
              !digits && !numbers_only(&lines[k - 1])))
            ref = k;
        if (digits)
            bare = -1;
        else if (bare == 0 && item)
            bare = 1;
    }
    free(used);
    return 1;
}

/* Is the row's one number so far (VCOLS bit 2) in the last column of the
 * block's numbers (bit 1), a total set at the top of its cell, and do the
 * line's (bit 4) fill every other column?  Cells wrapped at several
 * heights ("5939 5935 3109" over "3007 2600") do not complete a row. */
static int complements(const unsigned char *vcols, size_t nb)
{
    size_t i, last = 0;

    for (i = 0; i < nb; i++)
        if (vcols[i] & 1)
            last = i;
    if (last == 0 || (vcols[last] & 6) != 2)
        return 0;
    for (i = 0; i < last; i++)
        if ((vcols[i] & 1) && (vcols[i] & 6) != 4)
            return 0;
    return 1;
}

/* Do the row's numbers so far (VCOLS bit 2) and the line's (bit 4) stand
 * in the block's columns of numbers (bit 1), each in its own, the two
 * together in all of them? */
static int completes_row(const unsigned char *vcols, size_t nb)
{
    size_t i, any = 0;

    for (i = 0; i < nb; i++) {
        if (!(vcols[i] & 1))
            continue;
        if ((vcols[i] & 6) != 2 && (vcols[i] & 6) != 4)
            return 0;
        any = 1;
    }
    return any;
}

/* Is x in a column of labels: the first, or one that ends before
 * VALUE_START, where the table's numbers begin (the column of the items'
 * labels after a narrow one of 三、本年度办理结果)? */
static int label_column(const double *bounds, size_t nb, double x,
                        double value_start)
{
    int col = column_of(bounds, nb, x);

    return col == 0 || bounds[col + 1] <= value_start;
}

/* Where the last piece of line L's label (its columns left of
 * VALUE_START) begins when it begins an item (1. （二） 三、); 1e300 when
 * it does not. */
static double item_start(const pline *l, const double *bounds, size_t nb,
                         double value_start)
{
    xg_buf label = {0};
    size_t i;
    double x0 = 1e300, r = 1e300;
    const pchar *prev = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || !label_column(bounds, nb, ch_cx(c), value_start))
            continue;
        if (prev == NULL || c->x0 - prev->x1 >= 0.3 * l->h) {
            xg_buf_reset(&label);
            x0 = c->x0;
        }
        prev = c;
        if (label.len < 64 && xg_buf_put_cp(&label, c->cp) != 0)
            break;
    }
    if (label.len > 0 && begins_item(xg_buf_str(&label)))
        r = x0;
    xg_buf_free(&label);
    return r;
}

/* Does the label of line L begin a new item, in its last piece
 * ("予处理 4.无正当理由" does: a group's line beside it)? */
static int begins_item_line(const pline *l, const double *bounds, size_t nb,
                            double value_start)
{
    return item_start(l, bounds, nb, value_start) < 1e300;
}

static int numeric_cp(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19) ||
           c == ',' || c == '.' || c == 0xff0c || c == 0xff0e || c == '%' ||
           c == '-' || c == 0x2014 || c == 0x2013 || c == 0xff0d || c == '/';
}

/* Where the numbers of each column of BOUNDS (NB bounds) begin and end
 * over lines [START, END): NX0[c] and NX1[c] span every piece of a line
 * in column c made of number characters only (nothing there: NX0[c] >
 * NX1[c]).  With no rule down a column these are the nearest thing to its
 * cells' edges: a number as wide as the widest in its column fills its
 * cell, and digits under it in its row are its own, wrapped (5957 over
 * 10 is 595710; 7965 beside them is a number of its own). */
static void number_extents(const pline *lines, size_t start, size_t end,
                           const double *bounds, size_t nb, double *nx0,
                           double *nx1)
{
    size_t k, i, c;

    for (c = 0; c + 1 < nb; c++) {
        nx0[c] = 1e300;
        nx1[c] = -1e300;
    }
    for (k = start; k < end; k++) {
        const pline *l = &lines[k];

        for (i = 0; i < l->n;) {
            int col = column_of(bounds, nb, ch_cx(l->chars[i]));
            double x0 = 1e300, x1 = -1e300;
            int numeric = 1, ink = 0;

            for (; i < l->n &&
                   column_of(bounds, nb, ch_cx(l->chars[i])) == col; i++) {
                const pchar *ch = l->chars[i];

                if (ch->space || ch->dup)
                    continue;
                ink = 1;
                numeric &= xg_pdf_number_cp(ch->cp);
                if (ch->x0 < x0) x0 = ch->x0;
                if (ch->x1 > x1) x1 = ch->x1;
            }
            if (ink && numeric) {
                if (x0 < nx0[col]) nx0[col] = x0;
                if (x1 > nx1[col]) nx1[col] = x1;
            }
        }
    }
}

/* The first column of BOUNDS (NB bounds) holding values, with the
 * numbers beginning at VALUE_START: the first, in a table with no
 * labels (the appeals table's one row of numbers), else the first right
 * of where the numbers begin and never the first. */
static size_t first_value(const double *bounds, size_t nb, double value_start)
{
    size_t values = 1;

    if (value_start < bounds[1])
        return 0;
    while (values + 2 < nb && bounds[values + 1] <= value_start)
        values++;
    return values;
}

/* Has line L a character other than a space in column C of BOUNDS? */
static int ink_in_column(const pline *l, const double *bounds, size_t nb,
                         size_t c)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space && column_of(bounds, nb, ch_cx(l->chars[i])) == (int)c)
            return 1;
    return 0;
}

/* Does the nearest line above line K (of those from START) with text in
 * column C, a line of numbers alone (right of VALUE_START), stand right
 * on it, with as many digits there as K has: the number of K, wrapped,
 * may begin on it (18 over 75 over 5 in a cell wrapped to three lines,
 * 18 taken for a row of its own), so K's two lines are not known to be
 * all of it?  A line with a label is its row's own. */
static int begun_above(const pline *lines, size_t start, size_t k,
                       const double *bounds, size_t nb, size_t c,
                       double value_start)
{
    unsigned char na[MAX_CHUNKS + 1] = {0}, nk[MAX_CHUNKS + 1] = {0};
    size_t a;

    if (nb - 1 > MAX_CHUNKS + 1)
        return 1;
    for (a = k; a-- > start;) {
        if (!ink_in_column(&lines[a], bounds, nb, c))
            continue;
        if (lines[k].y0 - lines[a].y1 >= 0.5 * lines[k].h)
            return 0;
        if (has_label_text(&lines[a], bounds, nb, value_start))
            return 0;
        digit_counts(&lines[a], bounds, nb, na);
        digit_counts(&lines[k], bounds, nb, nk);
        return nk[c] > 0 && na[c] >= nk[c];
    }
    return 0;
}

/* Do line A and the NBL lines from B hold digits in every value column
 * of BOUNDS (NB bounds, the numbers beginning at VALUE_START), in none
 * both, and A in fewer than B's (a few of a row's cells set apart, not
 * tails of most)?  Then B's lines hold a digit right of the labels. */
static int fills_holes(const pline *a, const pline *b, size_t nbl_lines,
                       const double *bounds, size_t nb, double value_start)
{
    unsigned char cols[MAX_CHUNKS + 1] = {0};
    size_t c, k, na = 0, nbl = 0;

    if (nb - 1 > MAX_CHUNKS + 1)
        return 0;
    digit_columns(a, bounds, nb, cols, 1);
    for (k = 0; k < nbl_lines; k++)
        digit_columns(&b[k], bounds, nb, cols, 2);
    for (c = first_value(bounds, nb, value_start); c + 1 < nb; c++) {
        if (cols[c] != 1 && cols[c] != 2)
            return 0;
        na += cols[c] == 1;
        nbl += cols[c] == 2;
    }
    return na < nbl;
}

/* Is line K (before END) right over the next row's line of label and
 * numbers, that row having no ink in column C of BOUNDS (NB) on any of
 * its lines and, on them together, digits in every other value column
 * where line K has none: a number there may be that row's, set a line
 * higher than its others (a cell of two paragraphs, the number and an
 * empty one, set at the foot: 31 between 5260 and 二、上年结转… 14 4306 …),
 * as much as the tail of the number above it?  Whatever label stands
 * beside it: a piece of a group's (10 49 beside 无法提, between 947 861
 * and 3.补正后… 0 0 0 15 158), or a group's numbering, which begins no
 * row there (0 beside （四）, under 4838 beside 1.本机关不掌握…, over
 * 2.没有现成… 92 324, then 0 558 0 … 2391: cells of several paragraphs
 * centred at different heights).  (6 5 4 beside （五, under 81 87 32,
 * over ）不 29 67 82 90, then 3.要求提供… 5 61, are tails: that row has
 * ink under the 6, a line lower.) */
static int over_hole_below(const pline *lines, size_t start, size_t k,
                           size_t end, const int *row_of,
                           const double *bounds, size_t nb, size_t c,
                           double value_start)
{
    size_t e;

    if (!(k + 1 < end && row_of[k + 1 - start] != row_of[k - start] &&
          lines[k + 1].y0 - lines[k].y1 < 0.5 * lines[k].h &&
          has_label_text(&lines[k + 1], bounds, nb, value_start)))
        return 0;
    for (e = k + 1; e < end && row_of[e - start] == row_of[k + 1 - start]; e++)
        if (ink_in_column(&lines[e], bounds, nb, c))
            return 0;
    return fills_holes(&lines[k], &lines[k + 1], e - (k + 1), bounds, nb, value_start);
}

/* Is line K the first of row R (ROW_OF from START)? */
static int row_opens_at(const int *row_of, size_t start, size_t k, int r)
{
    return row_of[k - start] == r && (k == start || row_of[k - 1 - start] != r);
}

/* *PART: the characters of line L in column C (of BOUNDS, NB bounds), a
 * run of L's (0 when they are not one run, or none) */
static int cell_part(const pline *l, const double *bounds, size_t nb,
                     size_t c, pline *part)
{
    size_t i, from = l->n, to = 0;

    for (i = 0; i < l->n; i++)
        if ((size_t)column_of(bounds, nb, ch_cx(l->chars[i])) == c) {
            if (from == l->n)
                from = i;
            else if (to != i)
                return 0;
            to = i + 1;
        }
    if (from == l->n)
        return 0;
    *part = *l;
    part->chars = l->chars + from;
    part->n = to - from;
    part->x0 = l->chars[from]->x0;
    part->x1 = l->chars[to - 1]->x1;
    return 1;
}

/* The mean height of the middles of line L's characters in column C of
 * BOUNDS (NB), which holds some. */
static double column_cy(const pline *l, const double *bounds, size_t nb,
                        size_t c)
{
    double y = 0;
    size_t i, n = 0;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space &&
            column_of(bounds, nb, ch_cx(l->chars[i])) == (int)c) {
            y += (l->chars[i]->y0 + l->chars[i]->y1) / 2;
            n++;
        }
    return n > 0 ? y / (double)n : 0;
}

/* Does DL's number in column C stand under DA's as its tail, wrapped
 * out of its cell: no more digits nor number characters, within its
 * extent (half a line H either side)? */
static int tail_fits(const col_digits *da, const col_digits *dl, size_t c,
                     double h)
{
    return dl->n[c] <= da->n[c] && dl->w[c] <= da->w[c] &&
           dl->e0[c] >= da->e0[c] - 0.5 * h && dl->e1[c] <= da->e1[c] + 0.5 * h;
}

/* Is L, digits alone, the tail of numbers of line ABOVE wrapped around
 * its middle: in each column where L has digits, ABOVE's stand half a
 * line or so over the rest of ABOVE (its label, its other numbers) and L
 * as far under it, no wider and within their extent (845 over 行政复议
 * 235 6 72 5 over 268, one line for Poppler with 845 in it: 845268)?
 * The tail may then be as long as its first line.  Not a digit a line
 * (a number set down a narrow column: 5 over 7 over 9).
 *
 * With NX, the mirror: L holds the row's label beside the tails, ABOVE
 * digits alone, each line half a line from the middle of the item's
 * label (797 295 over 一、本年新收… 167 164: 797167); each number with a
 * tail fills its cell (NX), ABOVE's others fit theirs (106 beside 299
 * over 7: numbers set at the top of their cells). */
static int wrapped_around(const pline *above, const pline *l,
                          const double *bounds, size_t nb, double value_start,
                          const double *nx)
{
    col_digits da, dl;
    const pline *mid = nx != NULL ? l : above;      /* the label's line */
    double rest = 0, h = above->h, item = 1e300;
    size_t c, i, nrest = 0, cols = 0;

    if (nb - 1 > MAX_CHUNKS ||
        value_digits(l, bounds, nb, value_start, &dl) > 0 ||
        (value_digits(above, bounds, nb, value_start, &da) > 0 && nx != NULL) ||
        line_label(nx != NULL ? above : l, bounds, nb, value_start,
                   &(double){0}, &(double){0}))
        return 0;
    /* the middle of the rest of ABOVE; of the item's label on L (of the
     * whole label where it begins no item: a group's label may stand at
     * any height) */
    if (nx != NULL)
        item = item_start(l, bounds, nb, value_start);
    for (i = 0; i < mid->n; i++) {
        const pchar *q = mid->chars[i];
        int col = column_of(bounds, nb, ch_cx(q));

        if (q->space || (nx == NULL && col > 0 && dl.n[col] > 0) ||
            (nx != NULL && (!label_column(bounds, nb, ch_cx(q), value_start) ||
                            (item < 1e300 && q->x0 < item - 0.1 * h))))
            continue;
        rest += (q->y0 + q->y1) / 2;
        nrest++;
    }
    if (nrest == 0)
        return 0;
    rest /= (double)nrest;
    for (c = 1; c + 1 < nb; c++) {
        double ya, yl;

        if (dl.n[c] == 0)
            continue;
        if (da.n[c] < 2 || !tail_fits(&da, &dl, c, h) ||
            (nx != NULL && !fills_cell(&da, c, nx, nb)))
            return 0;
        ya = column_cy(above, bounds, nb, c);
        yl = column_cy(l, bounds, nb, c);
        if (ya > rest - 0.25 * h || fabs((ya + yl) / 2 - rest) > 0.15 * h ||
            (nx != NULL && (yl < rest + 0.25 * h || yl - ya > 1.6 * h)))
            return 0;
        cols++;
    }
    return cols > 0;
}

/* In a table that sets its numbers at the foot of their cells (FOOTS of
 * tops_aligned), is L, the line of its row's label, the last line of the
 * numbers of line ABOVE, digits alone right over it (4452 over 一、本年新
 * 收… 8278 03 8655: 445203)?  Each of ABOVE's numbers fills its cell (NX)
 * and stands over one of L no wider, within its extent. */
static int foot_tails(const pline *above, const pline *l,
                      const double *bounds, size_t nb, double value_start,
                      const double *nx)
{
    col_digits da, dl;
    double h = l->h;
    size_t c, cols = 0;

    if (nb - 1 > MAX_CHUNKS || nx == NULL || l->y0 - above->y1 >= 0.8 * h ||
        value_digits(above, bounds, nb, value_start, &da) > 0 ||
        value_digits(l, bounds, nb, value_start, &dl) > 0 ||
        line_label(above, bounds, nb, value_start, &(double){0}, &(double){0}) ||
        !line_label(l, bounds, nb, value_start, &(double){0}, &(double){0}))
        return 0;
    for (c = 1; c + 1 < nb; c++) {
        if (da.n[c] == 0)
            continue;
        if (dl.n[c] == 0 || !tail_fits(&da, &dl, c, h) ||
            !fills_cell(&da, c, nx, nb))
            return 0;
        cols++;
    }
    return cols > 0;
}

/* How close two lines of lines [START, END) with digits right of where
 * the labels end stand, one right under the other, the nearest of them
 * but line SKIP and the one under it (1e300: none)? */
static double closest_numbers(const pline *lines, size_t start, size_t end,
                              const double *bounds, size_t nb,
                              double value_start, size_t skip)
{
    double best = 1e300;
    size_t k;

    for (k = start + 1; k < end; k++)
        if (k - 1 != skip && lines[k].y0 - lines[k - 1].y0 < best &&
            has_value_digit(&lines[k - 1], bounds, nb, value_start) &&
            has_value_digit(&lines[k], bounds, nb, value_start))
            best = lines[k].y0 - lines[k - 1].y0;
    return best;
}

/* May the cell of row R in column C (of BOUNDS, NB bounds) over lines
 * [START, END) hold one number wrapped onto a second line: it has text on
 * exactly two lines, the second the first's digits wrapped out of their
 * cells (wrapped_digits: no new item's label beside it; RULED: the row is
 * a band between rules across)?  Between rules
 * across, a band missing the rule between two rows holds both: 4981 over
 * 二、上年结转… 85 is two numbers, not 498185.  PITCH: how far apart the
 * table's labels wrap in their cells (label_pitch; 0: not known). */
static int wrapped_cell(const pline *lines, size_t start, size_t end,
                        const int *row_of, int r, const double *bounds,
                        size_t nb, size_t c, int ruled, int foots,
                        double value_start, const double *nx, double pitch)
{
    size_t k, n = 0, at[2] = {0, 0}, values = first_value(bounds, nb,
                                                             value_start);

    for (k = start; k < end; k++) {
        if (row_of[k - start] != r || !ink_in_column(&lines[k], bounds, nb, c))
            continue;
        if (n == 2)
            return 0;
        at[n++] = k;
    }
    if (n == 2 && begun_above(lines, start, at[0], bounds, nb, c, value_start))
        return 0;
    if (n == 2 && ruled && at[1] == at[0] + 1 &&
        row_opens_at(row_of, start, at[0], r) && numbers_only(&lines[at[0]])) {
        pline part;

        /* between rules across, the band's first line, numbers alone,
         * over a line beside the row's own label, centred in its cell
         * (29 16 over 7.属于行政执法案卷 95 52 15 …, the 52 unwrapped
         * beside the label): the label begins no new row, and the cell's
         * two lines are asked about on their own */
        return cell_part(&lines[at[1]], bounds, nb, c, &part) &&
               wrapped_digits(&lines[at[0]], &part, bounds, nb, (int)c,
                              values, nx);
    }
    if (n == 2 && !ruled &&
        over_hole_below(lines, start, at[1], end, row_of, bounds, nb, c,
                        value_start))
        return 0;
    if (n == 2 && !ruled && at[1] == at[0] + 2 && row_of[at[0] + 1 - start] == r &&
        centred_tails(&lines[at[0]], &lines[at[0] + 1], &lines[at[1]], bounds,
                      nb, value_start, nx))
        return 1;       /* the two lines around the row's middle one */
    if (n == 2 && !ruled && at[1] == at[0] + 1 &&
        wrapped_around(&lines[at[0]], &lines[at[1]], bounds, nb, value_start,
                       NULL))
        return 1;       /* the two lines around the row's middle */
    if (n == 2 && !ruled && foots && at[1] == at[0] + 1 &&
        foot_tails(&lines[at[0]], &lines[at[1]], bounds, nb, value_start, nx))
        return 1;       /* numbers set at the foot, over the label's line */
    if (n == 2 && !ruled && at[1] == at[0] + 1 && nx != NULL &&
        wrapped_around(&lines[at[0]], &lines[at[1]], bounds, nb, value_start,
                       nx))
        return 1;       /* the two lines around the label's middle */
    /* digits closer under a number than the lines of a label wrapped in
     * its cell (PITCH), and than any other two lines of numbers of the
     * table, one under the other, are no tail of it (755 then 266 two
     * thirds of a line under it, in a table whose labels wrap at twice a
     * line's height, its rows as far apart: the next row's number, set
     * higher than its label).  Where numbers elsewhere wrap as close, the
     * table sets its numbers closer than its labels */
    if (n == 2 && !ruled && pitch > 0 &&
        lines[at[1]].y0 - lines[at[0]].y0 < pitch - 0.25 * lines[at[1]].h &&
        closest_numbers(lines, start, end, bounds, nb, value_start, at[0]) >
            lines[at[1]].y0 - lines[at[0]].y0 + 0.25 * lines[at[1]].h)
        return 0;
    return n == 2 &&
           wrapped_digits(&lines[at[0]], &lines[at[1]], bounds, nb,
                          ruled || values == 0 ? (int)c : -1, values, nx);
}

/* How far apart the lines of a label wrapped in its cell stand, the
 * least over lines [START, END): a line with text in the last column of
 * labels that begins no item, right under one with text there too; 0
 * when no label wraps. */
static double label_pitch(const pline *lines, size_t start, size_t end,
                          const double *bounds, size_t nb, double value_start)
{
    size_t k, i, values = first_value(bounds, nb, value_start);
    double pitch = 0;
    int prev = 0;

    for (k = start; k < end && values > 0; k++) {
        int item = 0;

        for (i = 0; i < lines[k].n && !item; i++)
            item = !lines[k].chars[i]->space &&
                   column_of(bounds, nb, ch_cx(lines[k].chars[i])) == (int)values - 1;
        if (item && prev && !begins_item_line(&lines[k], bounds, nb, value_start) &&
            lines[k].y0 - lines[k - 1].y0 > 0.5 * lines[k].h &&
            (pitch == 0 || lines[k].y0 - lines[k - 1].y0 < pitch))
            pitch = lines[k].y0 - lines[k - 1].y0;
        prev = item;
    }
    return pitch;
}

/* Where the label of row R stands, over lines [START, END): from the
 * top of its characters in the last column of labels that holds some
 * (the item's, not its group's, which may stand at any height) to their
 * foot, in *Y0 and *Y1; 0 when the row has no label. */
static int item_label_extent(const pline *lines, size_t start, size_t end,
                             const int *row_of, int r, const double *bounds,
                             size_t nb, double value_start, double *y0,
                             double *y1)
{
    size_t k, i;
    int last = -1;

    *y0 = *y1 = 0;
    for (k = start; k < end; k++)
        for (i = 0; i < lines[k].n && row_of[k - start] == r; i++) {
            const pchar *ch = lines[k].chars[i];
            int col = column_of(bounds, nb, ch_cx(ch));

            if (ch->space || !label_column(bounds, nb, ch_cx(ch), value_start) ||
                col < last)
                continue;
            if (col > last) {
                last = col;
                *y0 = ch->y0;
                *y1 = ch->y1;
            }
            if (ch->y0 < *y0) *y0 = ch->y0;
            if (ch->y1 > *y1) *y1 = ch->y1;
        }
    return last >= 0 && *y1 > *y0;
}

/* May the cell of row R in column C (of BOUNDS, NB bounds), a band
 * between rules across, hold one number set over two lines or more (a
 * column so narrow that 8357 prints as 8 over 3 over 5 over 7), where
 * wrapped_cell did not find it?  Each of its lines holds digits alone,
 * right under the one before (within a line's height and a fifth, as far
 * as the first two lines stand apart: cells of double line spacing);
 * each but the last holds as many digits as the first and fills the
 * column (fills_width by NX), the last no more; together no more than a
 * wrapped number holds; and the band has a label.  A band holds one row:
 * two_items_in_band made the rows go by lines otherwise.  Not in the
 * first band of the page's table (it may hold the last lines of a row
 * cut by the page break), nor in the last (NROWS) unless its last line is
 * short (the row may go on over the break).  Lines Poppler reads bottom
 * to top stay apart (xg_pdf_cell_text).
 *
 * With CENTRED, a row made of lines, no rules across: three lines or
 * more, their middle within a quarter of a line of the middle of the
 * row's item label (72 over 51 over 7 around 一、本年新收政府信息公 over
 * 开申请数量: 72517); a number shorter beside it stands on the label's
 * lines.  The caller asks it only of a cell not open at its top (a first
 * line that may be the row before's). */
static int stacked_cell(const pline *lines, size_t start, size_t end,
                        const int *row_of, int r, int nrows,
                        const double *bounds, size_t nb, size_t c,
                        double value_start, const double *nx, int centred)
{
    xg_pdf_stack st = {0};
    size_t k, i;
    double prev_w = 0, top = 0, foot = 0, h = 0;
    int label = 0;

    if (r == 0 || c < first_value(bounds, nb, value_start))
        return 0;
    for (k = start; k < end; k++) {
        pline part;
        double y0 = 1e300, y1 = -1e300;
        size_t digits = 0;

        if (row_of[k - start] != r)
            continue;
        label |= has_label_text(&lines[k], bounds, nb, value_start);
        if (!ink_in_column(&lines[k], bounds, nb, c))
            continue;
        if (!cell_part(&lines[k], bounds, nb, c, &part))
            return 0;
        for (i = 0; i < part.n; i++) {
            const pchar *ch = part.chars[i];

            if (ch->space)
                continue;
            if (!xg_pdf_digit_cp(ch->cp) || ch->dup)
                return 0;
            digits++;
            if (ch->y0 < y0) y0 = ch->y0;
            if (ch->y1 > y1) y1 = ch->y1;
        }
        if (digits == 0 || (st.n > 0 && !fills_width(prev_w, st.last, nx, nb, c)))
            return 0;
        if (st.n == 0) {
            top = y0;
            h = y1 - y0;
        }
        foot = y1;
        xg_pdf_stack_line(&st, digits, y0, y1);
        if (!st.even || !st.shaped)
            return 0;
        prev_w = part.x1 - part.x0;
    }
    if (centred) {
        double ly0, ly1;

        if (st.n < 3 || !item_label_extent(lines, start, end, row_of, r, bounds,
                                           nb, value_start, &ly0, &ly1) ||
            fabs((ly0 + ly1) / 2 - (top + foot) / 2) >= 0.25 * h)
            return 0;
    }
    return st.n >= 2 && st.total <= XG_WRAPPED_DIGITS_MAX && label &&
           (r < nrows - 1 || st.last < st.first);
}

/* Does line L hold a digit right of where the labels end? */
static int has_value_digit(const pline *l, const double *bounds, size_t nb,
                           double value_start)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (xg_pdf_digit_cp(l->chars[i]->cp) &&
            !label_column(bounds, nb, ch_cx(l->chars[i]), value_start))
            return 1;
    return 0;
}

typedef struct {
    int band;
    double x, h;
} band_item;

static int cmp_band_item(const void *a, const void *b)
{
    const band_item *p = a, *q = b;

    if (p->band != q->band)
        return (p->band > q->band) - (p->band < q->band);
    return (p->x > q->x) - (p->x < q->x);
}

/* Do two lines of one band (ROW_OF) each hold numbers beside an item's
 * label begun in the same column?  -1 when memory runs out. */
static int two_items_in_band(const pline *lines, size_t start, size_t end,
                             const int *row_of, const double *bounds,
                             size_t nb, double value_start)
{
    band_item *it = malloc((end - start + 1) * sizeof *it);
    size_t k, n = 0;
    int r = 0;

    if (it == NULL)
        return -1;
    for (k = start; k < end; k++) {
        double x = item_start(&lines[k], bounds, nb, value_start);

        if (x < 1e300 && has_value_digit(&lines[k], bounds, nb, value_start)) {
            it[n].band = row_of[k - start];
            it[n].x = x;
            it[n].h = lines[k].h;
            n++;
        }
    }
    qsort(it, n, sizeof *it, cmp_band_item);
    for (k = 1; k < n && !r; k++)
        r = it[k].band == it[k - 1].band &&
            it[k].x - it[k - 1].x <= 0.5 * it[k].h;
    free(it);
    return r;
}

/* Where line L's label ends (-1e300: it has none) and starts, and does
 * its text begin an item? */
static int line_label(const pline *l, const double *bounds, size_t nb,
                      double value_start, double *x0, double *x1)
{
    xg_buf label = {0};
    size_t i;
    int item = 0;

    *x0 = 1e300;
    *x1 = -1e300;
    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || !label_column(bounds, nb, ch_cx(c), value_start))
            continue;
        if (c->x0 < *x0) *x0 = c->x0;
        if (c->x1 > *x1) *x1 = c->x1;
        if (label.len < 64 && xg_buf_put_cp(&label, c->cp) != 0)
            break;
    }
    if (label.len > 0)
        item = begins_item(xg_buf_str(&label));
    xg_buf_free(&label);
    return item;
}

/* Fill D from line L (columns of BOUNDS, NB of them, at most MAX_CHUNKS
 * + 1; labels left of VALUE_START); returns how many other characters
 * than those of numbers (digits, grouping commas, points) and spaces
 * stand right of the labels. */
static size_t value_digits(const pline *l, const double *bounds, size_t nb,
                           double value_start, col_digits *d)
{
    size_t i, other = 0;

    memset(d->n, 0, sizeof d->n);
    memset(d->w, 0, sizeof d->w);
    for (i = 0; i < l->n; i++) {
        const pchar *ch = l->chars[i];
        int col = column_of(bounds, nb, ch_cx(ch));

        if (ch->space || label_column(bounds, nb, ch_cx(ch), value_start))
            continue;
        if (xg_pdf_number_cp(ch->cp) && d->w[col] < 255)
            d->w[col]++;
        if (!xg_pdf_digit_cp(ch->cp)) {
            other += !xg_pdf_number_cp(ch->cp);
            continue;
        }
        if (d->n[col] == 0 || ch->x0 < d->e0[col])
            d->e0[col] = ch->x0;
        if (d->n[col] == 0 || ch->x1 > d->e1[col])
            d->e1[col] = ch->x1;
        if (d->n[col] < 255)
            d->n[col]++;
    }
    return other;
}

/* Does D's number in column C fill its cell (fills_width)? */
static int fills_cell(const col_digits *d, size_t c, const double *nx,
                      size_t nb)
{
    return fills_width(d->e1[c] - d->e0[c], d->n[c], nx, nb, c);
}

/* Does some number of line L stand right under one of line A's as wide
 * as the widest of its column (NX) and shorter: the tail of a number
 * wrapped out of its cell? */
static int wrap_under(const pline *a, const pline *l, const double *bounds,
                      size_t nb, double value_start, const double *nx)
{
    col_digits da, dl;
    size_t c;

    if (nb - 1 > MAX_CHUNKS || l->y0 - a->y1 >= 0.8 * l->h)
        return 0;
    value_digits(a, bounds, nb, value_start, &da);
    value_digits(l, bounds, nb, value_start, &dl);
    for (c = 1; c + 1 < nb; c++)
        if (dl.n[c] > 0 && da.n[c] > dl.n[c] && fills_cell(&da, c, nx, nb))
            return 1;
    return 0;
}

/* Is line K (of lines from START, rows ROW_OF) the tails of the numbers
 * of line K - 2, the last of row ROW - 1, with line K - 1 a label alone
 * that began row ROW set into both: a label centred between its row's
 * numbers and their tails?  Labels beside the numbers and the tails stand
 * a character clear left of it (a group's label, 予处理 no new item),
 * and each tail is digits under a number as wide as its column's widest
 * (NX) and no longer. */
static int centred_label(const pline *lines, size_t start, size_t k,
                         const int *row_of, int row, const double *bounds,
                         size_t nb, double value_start, const double *nx)
{
    const pline *a, *m, *l;
    double mx0, mx1, ax0, ax1, lx0, lx1, h;
    col_digits da, dl;
    size_t c;

    if (k < start + 2 || nb - 1 > MAX_CHUNKS ||
        row_of[k - 2 - start] != row - 1 || row_of[k - 1 - start] != row)
        return 0;
    a = &lines[k - 2];
    m = &lines[k - 1];
    l = &lines[k];
    h = l->h;
    if (!(m->y0 < a->y1 - 0.1 * h && l->y0 < m->y1 - 0.1 * h) ||
        has_value_digit(m, bounds, nb, value_start))
        return 0;
    line_label(m, bounds, nb, value_start, &mx0, &mx1);
    line_label(a, bounds, nb, value_start, &ax0, &ax1);
    if (!(mx1 > mx0) || ax1 > mx0 - h ||
        line_label(l, bounds, nb, value_start, &lx0, &lx1) || lx1 > mx0 - h)
        return 0;
    if (value_digits(a, bounds, nb, value_start, &da) > 0 ||
        value_digits(l, bounds, nb, value_start, &dl) > 0)
        return 0;
    for (c = 1; c + 1 < nb; c++)
        if (dl.n[c] > 0 &&
            (dl.n[c] > da.n[c] || !fills_cell(&da, c, nx, nb)))
            return 0;
    return 1;
}

/* Do a row's labels, ending at X1 (-1e300: the row has none), stand a
 * character clear left of the item line L begins (a group's label)? */
static int clear_of_item(const pline *l, double x1, const double *bounds,
                         size_t nb, double value_start)
{
    double item;

    if (x1 <= -1e300)
        return 1;
    item = item_start(l, bounds, nb, value_start);
    return item < 1e300 && x1 <= item - l->h;
}

static int numbers_only(const pline *l);

/* Does a band (ROW_OF) hold a line of numbers only under a line of words
 * in two or more of the value columns (of BOUNDS, NB; VALUE_START), with
 * no digit: a header over its numbers, the rule between them missing (an
 * appeals table boxed by its outer borders only)? */
static int words_over_numbers(const pline *lines, size_t start, size_t end,
                              const int *row_of, const double *bounds,
                              size_t nb, double value_start)
{
    size_t k, i;
    int band = -1;

    for (k = start; k < end; k++) {
        const pline *l = &lines[k];
        int cols = 0, last = -1, digit = 0;

        if (numbers_only(l) && row_of[k - start] == band)
            return 1;
        for (i = 0; i < l->n && !digit; i++) {
            const pchar *c = l->chars[i];
            int col = column_of(bounds, nb, ch_cx(c));

            if (c->space || c->dup)
                continue;
            digit = xg_pdf_digit_cp(c->cp);
            if (!label_column(bounds, nb, ch_cx(c), value_start) &&
                col != last) {
                cols++;
                last = col;
            }
        }
        if (!digit && cols >= 2)
            band = row_of[k - start];
    }
    return 0;
}

/* Rows for lines [START, END) of an aligned table, in ROW_OF.  Where
 * horizontal rules cross the block (a table ruled only across), the
 * bands between them are the rows.  Where the gaps between lines come in
 * two sizes, the wide ones part the rows (rows_by_gaps).  Otherwise each
 * line is a row, except
 * that a line with values only joins a row with a label only (a label
 * whose numbers sit on a line of their own), and a line with a label only
 * joins the row above when that row's label ran to the column's edge (a
 * label wrapped onto the next line).  A line of numbers also joins a row
 * that holds only its total so far (the last column's number, set at the
 * top of its cell, the others centred) when it holds all the others and
 * has no label and is set into the row's last line, or its label goes on
 * the row's.  BANDED is set for rows between rules, BY_LINES for rows
 * made of lines this way: their bounds are guessed. */
static int aligned_rows(const pline *lines, size_t start, size_t end,
                        const double *bounds, size_t nb, const rules *rl,
                        double value_start, const double *nx, int *row_of,
                        int *banded, int *by_lines)
{
    double *cuts = NULL, x0 = bounds[0], x1 = bounds[nb - 1];
    double label_right = -1e300;
    size_t ncuts = 0, i, k;
    int row = -1, row_has_values = 0;
    int row_set_into = 0;               /* its first line set into the line before */
    double row_label_x1 = -1e300;       /* the row's labels' right end */
    double last_label_x1 = 0, last_y1 = 0;
    size_t values_line = start, head_line = start;
    size_t join_until = SIZE_MAX;       /* lines up to it join the row begun */
    int under;
    size_t values = first_value(bounds, nb, value_start);
    int head_row = -1;
    unsigned char *vcols;
    double item_x0 = -1e300;
    double items_x0 = 1e300;            /* where the leftmost item begins */

    *banded = 0;
    *by_lines = 0;

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
            /* a band holding two rows (two lines with numbers beside
             * items' labels begun in one column: the rules between rows
             * missing, a table boxed by its outer rules only) is no
             * row: the rows then go by lines */
            switch (two_items_in_band(lines, start, end, row_of, bounds, nb,
                                      value_start)) {
            case 0:
                /* nor is one band holding every line (a box round the
                 * table: its rules say where it ends, not where its rows
                 * do), nor a header over its numbers */
                if (row_of[0] == row_of[end - 1 - start] ||
                    words_over_numbers(lines, start, end, row_of, bounds, nb,
                                       value_start)) {
                    free(cuts);
                    goto by_lines;
                }
                break;
            case 1:
                free(cuts);
                goto by_lines;
            default:
                free(cuts);
                return -1;
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
            *banded = 1;
            return 0;
        }
        free(cuts);
    }
by_lines:
    if (rows_by_gaps(lines, start, end, bounds, nb, value_start, nx, row_of))
        return 0;
    *by_lines = 1;
    /* value columns: those of the block's numbers (VCOLS bit 1), the row's
     * so far (bit 2), the line's (bit 4) */
    vcols = calloc(nb, 1);
    if (vcols == NULL)
        return -1;
    for (k = start; k < end; k++)
        digit_columns(&lines[k], bounds, nb, vcols, 1);
    for (k = start; k < end; k++)
        for (i = 0; i < lines[k].n; i++) {
            const pchar *c = lines[k].chars[i];

            if (!c->space && label_column(bounds, nb, ch_cx(c), value_start) &&
                c->x1 > label_right)
                label_right = c->x1;
        }
    under = labels_under_numbers(lines, start, end, bounds, nb, value_start,
                                 label_right);
    for (k = start; k < end; k++) {
        double x = item_start(&lines[k], bounds, nb, value_start);

        if (x < items_x0)
            items_x0 = x;
    }
    for (k = start; k < end; k++) {
        int has_label = 0, has_values = 0, numbers = 1, centred, heads, fresh;
        double lx1 = 0, piece_x0 = 0, lx0 = 0;

        for (i = 0; i < lines[k].n; i++) {
            const pchar *c = lines[k].chars[i];

            if (c->space)
                continue;
            if (label_column(bounds, nb, ch_cx(c), value_start)) {
                /* where the label's last piece begins: "（六）其" and
                 * "1.申请人" are a group's label and its item's */
                if (!has_label || c->x0 - lx1 >= 0.3 * lines[k].h)
                    piece_x0 = c->x0;
                if (!has_label)
                    lx0 = c->x0;
                has_label = 1;
                lx1 = c->x1;
            } else {
                has_values = 1;
                numbers &= numeric_cp(c->cp);
            }
        }
        for (i = 0; i < nb; i++)
            vcols[i] &= 3;
        digit_columns(&lines[k], bounds, nb, vcols, 4);
        /* digits under a row's numbers as wrapped_digits finds them, but
         * beginning a row whose label is centred in it */
        centred = row >= 0 && has_values && row_has_values && values_line + 1 == k &&
                  centred_item_over(lines, k, end, bounds, nb, value_start) &&
                  wrapped_digits(&lines[values_line], &lines[k], bounds, nb, -1,
                                 values, nx);
        /* numbers alone, the label under them set into their line: a
         * row's first line, where labels stand under their numbers; so
         * too numbers beside a piece of a group's label alone, left of
         * where any item begins (予公 891 212 … over 5.属于三类内部事务
         * 信息, the group's name 不予公开 set down its own column); and
         * numbers alone in the very columns the next row's line leaves
         * empty (completes_next_row), unless the row so far leaves them
         * empty too (0 692 0 under 4.保护第三方合法权益 741 0 445 … 1878,
         * over 5.属于三类内部事务信息 279 41 403 … 1220, cells of two
         * paragraphs: either row's they may be, and stand alone) */
        heads = (under && has_values &&
                 (!has_label || lx1 < items_x0 - 0.25 * lines[k].h) &&
                 set_into_label(lines, k, end, bounds, nb, value_start) &&
                 !has_value_digit(&lines[k + 1], bounds, nb, value_start)) ||
                (!has_label && has_values &&
                 !(row >= 0 && row_has_values && completes_row(vcols, nb)) &&
                 completes_next_row(lines, start, k, end, bounds, nb,
                                    value_start));
        fresh = 0;
        if (join_until != SIZE_MAX && k <= join_until) {
            /* the item's label centred in its row of two lines, and the
             * row's second line; a label under its numbers */
            if (has_label)
                last_label_x1 = lx1;
            row_has_values |= has_values;
        } else if (centred || heads) {
            fresh = 1;
        } else if (row >= 1 && has_values && values_line + 2 == k &&
            centred_label(lines, start, k, row_of, row, bounds, nb,
                          value_start, nx)) {
            /* a label centred between its row's numbers and their tails,
             * its line set into both (6554 6107 over
             * 8.属于行政查询事项 over 7 388; （五）不 7516 4270 over
             * 1.信访举报投诉类申请 over 予处理 687 62): the numbers above
             * are this row's */
            row--;
            row_of[k - 1 - start] = row;
            row_has_values = 1;
        } else if (row >= 0 && !has_label && has_values && !row_has_values) {
            row_has_values = 1;             /* numbers below their label */
        } else if (row >= 0 && has_label && has_values &&
                   clear_of_item(&lines[k], row_label_x1, bounds, nb,
                                 value_start) &&
                   values_line + 1 == k &&
                   wrap_under(&lines[k - 1], &lines[k], bounds, nb,
                              value_start, nx)) {
            /* a label with numbers right under a row of numbers alone,
             * some of them the tails of numbers above that fill their
             * cells (8302 over 8.属于行政查询事项 … 4 …): the numbers above
             * may be this row's or a row's the page or a lost label cut
             * off; one row, its cells of two numbers unreadable.  So
             * too beside a group's label alone, left of this item's
             * （四）无 7325 3139 over 法提供 1.本机关不掌握… 0 8 0) */
        } else if (row >= 0 && has_values && row_has_values &&
                   complements(vcols, nb) &&
                   ((!has_label && lines[k].y0 < last_y1 - 0.25 * lines[k].h) ||
                    (has_label && last_label_x1 >= label_right - 1.2 * lines[k].h &&
                     !begins_item_line(&lines[k], bounds, nb, value_start) &&
                     lines[k].y0 - last_y1 < 0.8 * lines[k].h))) {
            /* the rest of the row's numbers */
            if (has_label)
                last_label_x1 = lx1;
        } else if (row >= 0 && has_values && row_has_values &&
                   values_line + 1 == k &&
                   (wrapped_digits(&lines[values_line], &lines[k], bounds,
                                   nb, -1, values, nx) ||
                    /* under the row's first numbers, past a line of
                     * the row's others set at another height (not past
                     * tails in its columns: 246 over 4 over 635 is the
                     * next row's 635 set above its label, as 6354) */
                    (head_row == row && head_line != values_line &&
                     !shared_digit_column(&lines[values_line], &lines[k],
                                          bounds, nb) &&
                     wrapped_digits(&lines[head_line], &lines[k], bounds,
                                    nb, -1, values, nx)) ||
                    wrapped_around(&lines[values_line], &lines[k], bounds, nb,
                                   value_start, NULL))) {
            /* digits wrapped out of their cells, under a wrapped label
             * or none */
            if (has_label)
                last_label_x1 = lx1;
        } else if (row >= 0 && has_label &&
                   (!has_values || (numbers && !row_has_values)) &&
                   last_label_x1 >= label_right - 1.2 * lines[k].h &&
                   lines[k].y0 - last_y1 < 0.8 * lines[k].h &&
                   !begins_item_line(&lines[k], bounds, nb, value_start) &&
                   !(piece_x0 == lx0 && lx0 < item_x0 - 0.5 * lines[k].h &&
                     lx1 > item_x0 + 0.5 * lines[k].h)) {
            /* a wrapped label (not one run of text over the group's
             * column and the items', 第二十条第（五）项); a group's label
             * beside it, left of where
             * the row's item label begins, does not end the item's; the
             * row's numbers may stand beside its last line (set at the
             * foot of the cell), not a header's words */
            if (lx1 > item_x0 - 0.25 * lines[k].h)
                last_label_x1 = lx1;
            if (has_values)
                row_has_values = 1;
        } else if (row >= 0 && has_values && row_has_values &&
                   row_label_x1 <= -1e300 && !row_set_into &&
                   lines[k].y0 < last_y1 - 0.25 * lines[k].h) {
            /* numbers set into a line of numbers with no label above
             * them, which stands clear of the row before: one row's
             * cells centred at several heights (8940 over 9288 over
             * 二、上年结转… 5994 … 279), not a row of numbers under no
             * label and another.  A line of numbers set into the row
             * before may be that row's (its numbers centred around its
             * label's first line) */
            if (has_label)
                last_label_x1 = lx1;
        } else if (row >= 0 && has_values && row_has_values &&
                   !has_label && row_label_x1 > -1e300 &&
                   lines[k].y0 < last_y1 - 0.25 * lines[k].h &&
                   k + 1 < end &&
                   lines[k + 1].y0 - lines[k].y1 >= 0.5 * lines[k].h &&
                   begins_item_line(&lines[k + 1], bounds, nb, value_start)) {
            /* numbers alone set into the line of the row's label, half a
             * line clear over the next item: the row's, its cells of
             * several lines set at several heights (57 3102 638 637 into
             * （七）总计 57 8146 74, over 四、结转下年度继续办理 702 288
             * 961 a line lower), even where a number of the row's stands
             * over one of them (3131 over that 57: a cell of two lines) */
        } else {
            fresh = 1;
        }
        if (fresh) {
            row++;
            join_until = centred ? k + 2 : heads ? k + 1 : SIZE_MAX;
            row_set_into = k > start && lines[k].y0 < last_y1 - 0.25 * lines[k].h;
            row_has_values = has_values;
            last_label_x1 = has_label ? lx1 : 0;
            row_label_x1 = -1e300;
            item_x0 = has_label ? piece_x0 : -1e300;
            for (i = 0; i < nb; i++)
                vcols[i] &= 5;
        }
        for (i = 0; i < nb; i++)
            if (vcols[i] & 4)
                vcols[i] |= 2;
        if (has_label && has_values)
            last_label_x1 = lx1;
        if (has_label && lx1 > row_label_x1)
            row_label_x1 = lx1;
        if (has_values)
            values_line = k;
        if (has_values && head_row != row) {
            head_row = row;
            head_line = k;
        }
        last_y1 = lines[k].y1;
        row_of[k - start] = row;
    }
    free(vcols);
    return 0;
}

static int cmp_char_x0(const void *a, const void *b)
{
    const pchar *p = *(pchar *const *)a, *q = *(pchar *const *)b;

    return (p->x0 > q->x0) - (p->x0 < q->x0);
}

/* The text of the label column's cell of a row: CHARS (N, reordered)
 * split where a channel of white at least half a character wide runs
 * down through all its lines (a group label beside its item, each wrapped
 * in a column of its own with no rule between), each side's lines read on
 * their own, left to right.  Read across, the lines of the two would
 * interleave.  A character's size is the smaller of the Chinese
 * characters' mean width and all characters' mean height: a font's boxes
 * may stand half as tall again as its characters are wide, and the
 * padding between two columns (7 points for 11-point characters in boxes
 * 16 points tall) be no wider.  Letters, digits and punctuation are
 * narrower, and a space between words as wide as half of one. */
static int label_text(pchar **chars, size_t n, xg_buf *out, double *last_x1,
                      double *last_h)
{
    size_t i, from = 0;
    double reach = -1e300, h = 0, w = 0;
    size_t nh = 0, nw = 0;

    for (i = 0; i < n; i++)
        if (!chars[i]->space) {
            h += ch_h(chars[i]);
            nh++;
            if (chars[i]->cp >= 0x2e80) {
                w += chars[i]->x1 - chars[i]->x0;
                nw++;
            }
        }
    if (nh == 0)
        return xg_pdf_chars_text(chars, n, 0, 0, out, last_x1, last_h);
    h /= (double)nh;
    if (nw > 0 && w / (double)nw < h)
        h = w / (double)nw;
    qsort(chars, n, sizeof *chars, cmp_char_x0);
    for (i = 0; i <= n; i++) {
        if (i < n && chars[i]->space)
            continue;
        if (i == n || (i > from && chars[i]->x0 - reach >= 0.5 * h)) {
            if (from > 0 && out->len > 0 && xg_buf_putc(out, '\n') != 0)
                return -1;
            if (xg_pdf_chars_text(chars + from, i - from, 0, 0, out,
                                  last_x1, last_h) != 0)
                return -1;
            from = i;
        }
        if (i < n && chars[i]->x1 > reach)
            reach = chars[i]->x1;
    }
    return 0;
}

/* Is L, read by OCR, what a rule left of a line it runs through (a
 * header's second line struck through by the rule under the cells
 * beside it, read as a line of half characters): its ink ends on a
 * horizontal rule of RL (sorted by position) across it, within CUT_TOL
 * points (the rule's erased ink, and its width)? */
#define CUT_TOL 2.0

static int cut_by_rule(const pline *l, const rules *rl)
{
    size_t i, lo = 0, hi = rl->nh;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->ocr)
            return 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (rl->h[mid].pos < l->y0 - CUT_TOL)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = lo; i < rl->nh && rl->h[i].pos <= l->y1 + CUT_TOL; i++) {
        const rule *r = &rl->h[i];

        if (r->a < l->x1 && r->b > l->x0 &&
            (fabs(r->pos - l->y0) <= CUT_TOL || fabs(r->pos - l->y1) <= CUT_TOL))
            return 1;
    }
    return 0;
}

/* The first line of row R (ROW_OF, lines [START, END)) from line FROM
 * on where the row's item begins (1. （二） 三、), *ITEM where it begins
 * across; SIZE_MAX when none does. */
static size_t item_line(const pline *lines, size_t start, size_t end,
                        const int *row_of, int r, size_t from,
                        const double *bounds, size_t nb, double value_start,
                        double *item)
{
    size_t m;

    for (m = from; m < end && row_of[m - start] == r; m++)
        if ((*item = item_start(&lines[m], bounds, nb, value_start)) < 1e300)
            return m;
    return SIZE_MAX;
}

/* Widen *Y0 .. *Y1 to the heights of the item's label on line L, from
 * where it begins at ITEM; 1 when L holds any of it. */
static int item_label_span(const pline *l, double item, const double *bounds,
                           size_t nb, double value_start, double *y0, double *y1)
{
    size_t i;
    int any = 0;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || c->x0 < item - 0.1 * l->h ||
            !label_column(bounds, nb, ch_cx(c), value_start))
            continue;
        if (c->y0 < *y0) *y0 = c->y0;
        if (c->y1 > *y1) *y1 = c->y1;
        any = 1;
    }
    return any;
}

/* Does every number of row R (ROW_OF, lines [START, END)) found on line
 * M, where its item begins at ITEM, or under it begin as high as the
 * item's label? */
static int top_from_item(const pline *lines, size_t start, size_t end,
                         const int *row_of, int r, size_t m, double item,
                         const double *bounds, size_t nb, double value_start)
{
    double top[MAX_CHUNKS + 1], label_y0 = 1e300, label_y1 = -1e300;
    size_t values = first_value(bounds, nb, value_start), i, j;

    for (i = 0; i < nb; i++)
        top[i] = 1e300;
    item_label_span(&lines[m], item, bounds, nb, value_start, &label_y0, &label_y1);
    for (j = m; j < end && row_of[j - start] == r; j++)
        for (i = 0; i < lines[j].n; i++) {
            const pchar *c = lines[j].chars[i];
            int col = column_of(bounds, nb, ch_cx(c));

            if (col >= 0 && (size_t)col >= values && xg_pdf_digit_cp(c->cp) &&
                c->y0 < top[col])
                top[col] = c->y0;
        }
    for (i = values; i + 1 < nb; i++)
        if (top[i] < 1e300 && top[i] > label_y0 + 0.25 * lines[m].h)
            return 0;
    return label_y0 < 1e300;
}

/* Does line K of row R (ROW_OF, lines [START, END)) stand above the line
 * where the row's item begins (1. （二） 三、), beside no label or a
 * group's piece clear left of the item (理 beside 74, over
 * 2.其他法律… 0), and right under a line of a number in column COL that
 * holds as many digits as K there, or one fewer (53 over 74; LibreOffice
 * breaks a number too wide for its cell after its first digit as well:
 * 6 over 47), and is every number of the row from its item's line down
 * set at the top of its cell (top_from_item)?  K's digits there may then
 * as well be that number's tail, wrapped, the row's bound found between
 * them.  Under a line shorter still (6, the last of 8446 wrapped, over
 * 44) they are not, nor where a number of the row begins under its
 * item's line (705 over 二、上年结转… 676 over 78: 70578 centred on it). */
static int above_item(const pline *lines, size_t start, size_t end,
                      const int *row_of, int r, size_t k, size_t col,
                      const double *bounds, size_t nb, double value_start)
{
    unsigned char here[MAX_CHUNKS + 1] = {0}, above[MAX_CHUNKS + 1];
    size_t m, j;
    double item = 1e300, x0, x1;

    if (nb - 1 > MAX_CHUNKS || col >= nb)
        return 0;
    m = item_line(lines, start, end, row_of, r, k, bounds, nb, value_start, &item);
    if (m == k || m == SIZE_MAX)
        return 0;
    line_label(&lines[k], bounds, nb, value_start, &x0, &x1);
    if (x1 >= x0 && x1 > item - lines[k].h)
        return 0;
    digit_counts(&lines[k], bounds, nb, here);
    for (j = k; j-- > start;) {
        memset(above, 0, sizeof above);
        digit_counts(&lines[j], bounds, nb, above);
        if (above[col] > 0)
            return here[col] > 0 && above[col] + 1 >= here[col] &&
                   top_from_item(lines, start, end, row_of, r, m, item,
                                 bounds, nb, value_start);
    }
    return 0;
}

/* Does the text of a cell in column COL of row R (ROW_OF, lines [START,
 * END)), its first character TOP_CH, begin lower than the row's item
 * label, all on one line, and as far under the label's top as the digits
 * nearest over it in its column stand over it (8 half a line under
 * （一）予以公开 4 2 35 86 90, 93 half a line over it)?  The two are then
 * one number centred on the label (938), though the row's bound was
 * found between them (93 beside 量, the end of the row before's label). */
static int below_item(const pline *lines, size_t start, size_t end,
                      const int *row_of, int r, size_t col, const pchar *top_ch,
                      const double *bounds, size_t nb, double value_start)
{
    size_t k, m, j, i;
    double item = 1e300, label_y0 = 1e300, label_y1 = -1e300, x0, x1;

    for (k = start; k < end && row_of[k - start] != r; k++)
        ;
    m = item_line(lines, start, end, row_of, r, k, bounds, nb, value_start, &item);
    if (m == SIZE_MAX)
        return 0;
    for (j = m + 1; j < end && row_of[j - start] == r; j++) {
        line_label(&lines[j], bounds, nb, value_start, &x0, &x1);
        if (x1 >= x0 && x1 > item)
            return 0;       /* the label goes on: a number centred on it */
    }
    item_label_span(&lines[m], item, bounds, nb, value_start, &label_y0, &label_y1);
    if (label_y0 >= 1e300 || top_ch->y0 <= label_y0 + 0.25 * lines[m].h)
        return 0;
    for (j = k; j-- > start;)
        for (i = 0; i < lines[j].n; i++) {
            const pchar *c = lines[j].chars[i];

            if (xg_pdf_digit_cp(c->cp) && column_of(bounds, nb, ch_cx(c)) == (int)col)
                return fabs(c->y0 + top_ch->y0 - 2 * label_y0) <= 0.25 * lines[m].h;
        }
    return 0;
}

/* The height the digits of line L right of VALUE_START span: *Y0 to *Y1
 * (*Y1 < *Y0: none). */
static void digits_span(const pline *l, double value_start, double *y0, double *y1)
{
    size_t i;

    *y0 = 1e300;
    *y1 = -1e300;
    for (i = 0; i < l->n; i++)
        if (ch_cx(l->chars[i]) > value_start && xg_pdf_digit_cp(l->chars[i]->cp)) {
            if (l->chars[i]->y0 < *y0) *y0 = l->chars[i]->y0;
            if (l->chars[i]->y1 > *y1) *y1 = l->chars[i]->y1;
        }
}

/* Is line L's digits (right of VALUE_START) set close under ABOVE's
 * (less than 0.8 of a line between), and closer, by a tenth of a line,
 * than the digits of NEXT are under L's? */
static int close_under(const pline *above, const pline *l, const pline *next,
                       double value_start)
{
    double ay0, ay1, ly0, ly1, ny0, ny1;

    digits_span(above, value_start, &ay0, &ay1);
    digits_span(l, value_start, &ly0, &ly1);
    digits_span(next, value_start, &ny0, &ny1);
    return ay1 > ay0 && ly1 > ly0 && ny1 > ny0 && ly0 - ay1 < 0.8 * l->h &&
           ly0 - ay1 + 0.1 * l->h < ny0 - ly1;
}

/* Are numbers set at the top of their cells in the rows made of lines
 * (ROW_OF, lines [START, END)): of the numbers that reach higher or lower
 * than their row's label, do more begin where the row's item begins (835
 * beside 2.其他法律…, over 3) than elsewhere (centred on it, or ending at
 * its foot)?  A line of digits over a row's item is then no first line of
 * that row's numbers (above_item).  *FOOTS: do more end where the row's
 * label ends than elsewhere (at its foot: a line over the item is its
 * row's own). */
static int tops_aligned(const pline *lines, size_t start, size_t end,
                        const int *row_of, const double *bounds, size_t nb,
                        double value_start, int *foots)
{
    double top[MAX_CHUNKS + 1], foot[MAX_CHUNKS + 1];
    unsigned char amb[MAX_CHUNKS + 1];
    size_t values = first_value(bounds, nb, value_start), k = start, m, j, i;
    size_t at_top = 0, at_foot = 0, other = 0;

    if (nb - 1 > MAX_CHUNKS)
        return 0;
    while (k < end) {
        size_t row_end = k;
        double item = 1e300, label_y0 = 1e300, label_y1 = -1e300, h = 0;
        int r = row_of[k - start];

        while (row_end < end && row_of[row_end - start] == r)
            row_end++;
        m = item_line(lines, start, end, row_of, r, k, bounds, nb, value_start, &item);
        if (m == SIZE_MAX)
            m = row_end;
        for (i = 0; i < nb; i++) {
            top[i] = 1e300;
            foot[i] = -1e300;
        }
        /* the item's label: from where it begins on line M, and on the
         * lines under it that reach past that */
        for (j = m; j < row_end; j++) {
            double x0, x1;

            line_label(&lines[j], bounds, nb, value_start, &x0, &x1);
            if (j > m && !(x1 >= x0 && x1 > item))
                continue;
            if (item_label_span(&lines[j], item, bounds, nb, value_start,
                                &label_y0, &label_y1))
                h = lines[j].h;
        }
        /* the row's first line, over its item, digits alone in columns
         * where the line over it has digits, set closer to that line
         * than to the next line of digits: the tails of the row before
         * as well, taken for this row's (6 over 47 beside 、 of 三、本年
         * 度办理结果, then 5 906 … beside （二）部分公开, the cells set at
         * their top: 647), tell nothing of how the table sets its
         * numbers, and would show them set at the foot */
        memset(amb, 0, sizeof amb);
        for (j = k + 1; j < end && !digit_right_of(&lines[j], value_start); j++)
            ;
        if (k > start && m > k && m < row_end && j < end &&
            close_under(&lines[k - 1], &lines[k], &lines[j], value_start)) {
            unsigned char a[MAX_CHUNKS + 1] = {0}, b[MAX_CHUNKS + 1] = {0};
            int under = 1;

            digit_counts(&lines[k - 1], bounds, nb, a);
            digit_counts(&lines[k], bounds, nb, b);
            for (i = values; i + 1 < nb; i++)
                if (b[i] > 0 && a[i] == 0)
                    under = 0;
            for (i = values; under && i + 1 < nb; i++)
                amb[i] = b[i] > 0;
        }
        for (j = k; j < row_end && m < row_end; j++)
            for (i = 0; i < lines[j].n; i++) {
                const pchar *c = lines[j].chars[i];
                int col = column_of(bounds, nb, ch_cx(c));

                if (col < 0 || (size_t)col < values || !xg_pdf_digit_cp(c->cp) ||
                    amb[col])
                    continue;
                if (c->y0 < top[col]) top[col] = c->y0;
                if (c->y1 > foot[col]) foot[col] = c->y1;
            }
        for (i = values; i + 1 < nb && m < row_end && label_y1 > label_y0; i++) {
            if (top[i] >= 1e300 || (top[i] >= label_y0 - 0.25 * h &&
                                    foot[i] <= label_y1 + 0.25 * h))
                continue;
            if (fabs(top[i] - label_y0) <= 0.25 * h)
                at_top++;
            else if (fabs(foot[i] - label_y1) <= 0.25 * h)
                at_foot++;
            else
                other++;
        }
        k = row_end;
    }
    *foots = at_foot > at_top + other;
    return at_top > other + at_foot;
}

/* Tables ruled across come as bands of horizontal rules: BAND[k] gets the
 * band line K lies in (-1: none).  A rule goes on the band of the rule
 * before when the lines between them look like the band's rows: set in
 * the same size as its lines so far (a heading between two tables is
 * larger; what OCR read of ink a rule cut, CUT[k] (cut_by_rule), says
 * nothing of the size and is left out when lower).  A run of aligned
 * lines does not go from one band into another or out of one: the text
 * after a ruled table is not its rows. */
static void rule_bands(const pline *lines, size_t nl, const rules *rl,
                       int *band, unsigned char *cut)
{
    size_t i, k, n = 0;
    double hsum = 0, prev = 0, x0 = 0, x1 = 0;
    int cur = -1, nband = 0;

    for (k = 0; k < nl; k++)
        band[k] = -1;
    if (nl == 0 || rl->nh < 2)
        return;
    for (k = 0; k < nl; k++) {
        hsum += lines[k].h;
        cut[k] = (unsigned char)cut_by_rule(&lines[k], rl);
    }
    for (i = 0; i < rl->nh; i++) {
        const rule *r = &rl->h[i];
        int joins = n > 0, any = 0;
        double bh = 0;
        size_t m = 0;

        if (r->b - r->a < 10 * hsum / (double)nl)
            continue;               /* too short to rule a table */
        /* the lines between the previous rule and this one */
        for (k = 0; k < nl && joins; k++) {
            double cy = (lines[k].y0 + lines[k].y1) / 2;

            if (band[k] == cur && cur >= 0 && !cut[k]) {
                bh += lines[k].h;
                m++;
            }
            if (cy > prev && cy < r->pos && lines[k].x1 > x0 &&
                lines[k].x0 < x1)
                any = 1;
        }
        if (joins && m > 0) {
            bh /= (double)m;
            for (k = 0; k < nl; k++) {
                double cy = (lines[k].y0 + lines[k].y1) / 2;

                if (cy > prev && cy < r->pos && lines[k].x1 > x0 &&
                    lines[k].x0 < x1 && fabs(lines[k].h - bh) > 0.25 * bh &&
                    !(cut[k] && lines[k].h < bh))
                    joins = 0;
            }
        }
        if (!joins) {
            cur = nband++;
            x0 = r->a;
            x1 = r->b;
            n = 0;
        } else {
            x0 = r->a < x0 ? r->a : x0;
            x1 = r->b > x1 ? r->b : x1;
        }
        if (n > 0 && any)
            for (k = 0; k < nl; k++) {
                double cy = (lines[k].y0 + lines[k].y1) / 2;

                if (cy > prev && cy < r->pos && lines[k].x1 > x0 &&
                    lines[k].x0 < x1)
                    band[k] = cur;
            }
        prev = r->pos;
        n++;
    }
}

/* Does line L hold grouping commas alone (，,), one or more? */
static int marks_only(const pline *l)
{
    size_t i, marks = 0;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || c->dup)
            continue;
        if (c->cp != ',' && c->cp != 0xFF0C)
            return 0;
        marks++;
    }
    return marks > 0;
}

/* Does line L hold numbers and nothing else? */
static int numbers_only(const pline *l)
{
    size_t i, digits = 0;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || c->dup)
            continue;
        if (!numeric_cp(c->cp))
            return 0;
        digits += xg_pdf_digit_cp(c->cp);
    }
    return digits > 0;
}

/* Does line L hold two numbers or more, each a chunk of its own at the
 * gaps that part numbers (xg_pdf_line_columns), after its first chunk? */
static int numbers_after_label(const pline *l)
{
    chunk c[MAX_CHUNKS];
    size_t n = xg_pdf_line_columns(l, c, MAX_CHUNKS), m, i, numbers = 0;

    for (m = 1; m < n; m++) {
        int digit = 0, other = 0;

        for (i = 0; i < l->n; i++) {
            const pchar *ch = l->chars[i];

            if (ch->space || ch->x0 < c[m].x0 || ch->x1 > c[m].x1)
                continue;
            if (xg_pdf_digit_cp(ch->cp))
                digit = 1;
            else if (!xg_pdf_number_cp(ch->cp))
                other = 1;
        }
        numbers += digit && !other;
    }
    return numbers >= 2;
}

/* Where the numbers of line L begin: the left of its first chunk (at gaps
 * of a character height) made of digits, or of a dash or slash standing
 * for an empty cell; far right when it has none (a header line). */
static double numbers_start(const pline *l)
{
    size_t i;
    const pchar *prev = NULL;
    int numeric = 0;
    double x0 = 0;

    for (i = 0; i <= l->n; i++) {
        const pchar *c = i < l->n ? l->chars[i] : NULL;

        if (c != NULL && (c->space || c->dup))
            continue;
        if (c == NULL || prev == NULL || c->x0 - prev->x1 > l->h) {
            if (prev != NULL && numeric)
                return x0;
            if (c == NULL)
                break;
            x0 = c->x0;
            numeric = 1;
        }
        if (!numeric_cp(c->cp))
            numeric = 0;
        prev = c;
    }
    return 1e300;
}

/* Is line L a part's heading (五、存在的主要问题及改进情况): no label of a
 * table's, though it stand left of where its values begin? */
static int part_heading(const pline *l)
{
    xg_buf text = {0};
    int yes = xg_pdf_line_text(l, &text) == 0 &&
              xg_match_part_heading_text(xg_buf_str(&text)) > 0;

    xg_buf_free(&text);
    return yes;
}

/* A line of one chunk that may belong to an aligned table: it ends left
 * of VALUE_START (where the table's values begin) and is set in the size
 * of the table's lines (height HM). */
static int label_line(const pline *l, double value_start, double hm)
{
    chunk ch[2];

    return xg_pdf_line_chunks(l, ch, 2) == 1 && l->x1 < value_start &&
           hm > 0 && fabs(l->h - hm) <= 0.25 * hm && xg_pdf_line_has_ink(l);
}

/* Is L, a line of one chunk, at most three digits set right under a
 * number of line ABOVE (within its extent and a character height either
 * side), the end of that number wrapped out of its cell? */
static int digits_under(const pline *above, const pline *l)
{
    chunk ch[MAX_CHUNKS];
    size_t n = xg_pdf_line_chunks(above, ch, MAX_CHUNKS), i, k, digits = 0;

    if (l->y0 - above->y1 >= 0.8 * l->h)
        return 0;
    for (i = 0; i < l->n; i++) {
        uint32_t cp = l->chars[i]->cp;

        if (l->chars[i]->space)
            continue;
        if (cp < '0' || cp > '9' || ++digits > 3)
            return 0;
    }
    if (digits == 0)
        return 0;
    for (k = 0; k < n; k++) {
        int all_digits = 1, any = 0;

        if (!(l->x0 >= ch[k].x0 - l->h && l->x1 <= ch[k].x1 + l->h))
            continue;
        for (i = 0; i < above->n; i++) {
            const pchar *c = above->chars[i];

            if (c->space || c->x1 <= ch[k].x0 || c->x0 >= ch[k].x1)
                continue;
            any = 1;
            if (c->cp < '0' || c->cp > '9')
                all_digits = 0;
        }
        if (any && all_digits)
            return 1;
    }
    return 0;
}

/* The nearest of lines [FROM, K) with ink over line K's extent (within a
 * character height either side); the line before K when none has. */
static const pline *ink_above(const pline *lines, size_t from, size_t k)
{
    const pline *l = &lines[k];
    size_t j, i;

    for (j = k; j-- > from;)
        for (i = 0; i < lines[j].n; i++) {
            const pchar *c = lines[j].chars[i];

            if (!c->space && c->x1 > l->x0 - l->h && c->x0 < l->x1 + l->h)
                return &lines[j];
        }
    return &lines[k - 1];
}

/* Is line START the first below the top margin? */
static int opens_page(const pline *lines, size_t start, double page_h)
{
    size_t k;

    for (k = 0; k < start; k++)
        if (lines[k].y1 > page_h * 0.12)
            return 0;
    return 1;
}

/* Does a cell of T hold a digit?  A table of header rows alone (its page
 * broke before its first row of numbers) found its columns from its
 * words, which may stand over two columns' numbers: a run of rows going
 * on after it finds its own. */
static int holds_digits(const jtable *t)
{
    size_t i, k;

    for (i = 0; i < t->n; i++)
        for (k = 0; k < t->cells[i].text.len; k++)
            if (t->cells[i].text.data[k] >= '0' && t->cells[i].text.data[k] <= '9')
                return 1;
    return 0;
}

/* Can lines [START, END) go on in the columns of PREV, the table without
 * rules that ended the page before?  Its columns are the gaps of that
 * page's rows; those of this page's rows alone would fall elsewhere (the
 * middle of a gap moves with the widest number of each column).  They
 * can when no run of characters crosses one of PREV's column bounds and
 * all lie within its outer ones.  FEW lines (too few for columns of their
 * own: the last rows of a table over the break) may have labels over
 * the bounds left of where the numbers begin. */
static int goes_on_in(const pline *lines, size_t start, size_t end,
                      const jtable *prev, int few)
{
    chunk ch[MAX_CHUNKS];
    size_t k, i, c, n;
    double tol, vstart = 1e300;

    if (prev == NULL || prev->nxs < 3)
        return 0;
    for (k = start; k < end && few; k++) {
        double v = numbers_start(&lines[k]);

        if (v < vstart)
            vstart = v;
    }
    for (k = start; k < end; k++) {
        tol = lines[k].h;
        if (lines[k].x0 < prev->xs[0] - tol ||
            lines[k].x1 > prev->xs[prev->nxs - 1] + tol)
            return 0;
        /* where the lines are too few for columns of their own, numbers
         * of neighbouring columns may be set close ("162 1129"), and a
         * label may run over the bound between a group's column and its
         * items' (（七）总计 under （六）其他处理's items) */
        n = few ? xg_pdf_line_columns(&lines[k], ch, MAX_CHUNKS)
                : xg_pdf_line_chunks_gap(&lines[k], ch, MAX_CHUNKS, 1.0);
        for (i = 0; i < n; i++)
            for (c = 1; c + 1 < prev->nxs; c++)
                if (ch[i].x0 < prev->xs[c] && ch[i].x1 > prev->xs[c] &&
                    (!few || ch[i].x1 >= vstart))
                    return 0;
    }
    return 1;
}

/* Do two or more vertical rules between X0 and X1 run down beside line
 * L (a table ruled down its columns)? */
static int ruled_down(const rules *rl, const pline *l, double x0, double x1)
{
    size_t i, n = 0;
    double last = -1e300;

    for (i = 0; i < rl->nv; i++) {
        const rule *r = &rl->v[i];

        if (r->pos > x0 && r->pos < x1 && r->a < l->y0 && r->b > l->y1 &&
            r->pos - last >= 4) {
            last = r->pos;
            n++;
        }
    }
    return n >= 2;
}

/* Column kinds for pair_header_columns. */
enum { COL_NUMBERS = 1, COL_HEAD = 2, COL_OTHER_TEXT = 4 };

/* Does every column of KIND (NCOLS) after merging at MERGE (a column c
 * joined with c + 1 where MERGE[c]) hold both numbers and a header's
 * words?  Columns before the first of numbers need not: the labels'
 * header (信息内容 centred over labels set left) may stand in a column of
 * its own. */
static int columns_whole(const unsigned char *kind, const unsigned char *merge,
                         size_t ncols)
{
    size_t c = 0, first = 0;

    while (first < ncols && !(kind[first] & COL_NUMBERS))
        first++;
    while (c < ncols) {
        unsigned char k = kind[c];

        while (c + 1 < ncols && merge[c])
            k |= kind[++c];
        if (k != 0 && (k & (COL_NUMBERS | COL_HEAD)) != (COL_NUMBERS | COL_HEAD) &&
            c >= first)
            return 0;
        c++;
    }
    return 1;
}

/* A table without rules whose headers are centred in their cells and
 * whose numbers are set right (or left) in them: a header's words and
 * its numbers stand apart, and the gaps between make two columns of
 * each (本年制发件数, then 96 under no header's words).  A column of
 * header words alone (words within one column, on lines that hold no
 * digit) and the column of numbers alone right of it, their right edges
 * in line, are one column, where every column then holds both numbers
 * and a header's words (columns of words beside numbers, labels, aside)
 * and pairing each header with the numbers left of it, their left edges
 * in line, would not make it so; or the other way round.  One spare
 * column of either kind, or numbers that do not line up (set at random,
 * or two of them run together), and the columns stay as found. */
static void pair_header_columns(const pline *lines, size_t start, size_t end,
                                double **bounds, size_t *nb)
{
    unsigned char kind[MAX_CHUNKS + 2] = {0}, right[MAX_CHUNKS + 2] = {0},
                  left[MAX_CHUNKS + 2] = {0};
    double e0[MAX_CHUNKS + 2][2], e1[MAX_CHUNKS + 2][2];
    size_t ncols = *nb - 1, k, c, i, npairs_r = 0, npairs_l = 0;
    chunk ch[MAX_CHUNKS];
    const unsigned char *merge;
    int whole_r, whole_l;

    if (ncols < 3 || ncols > MAX_CHUNKS + 1)
        return;
    for (c = 0; c < ncols; c++) {
        e0[c][0] = e1[c][0] = 1e300;
        e0[c][1] = e1[c][1] = -1e300;
    }
    for (k = start; k < end; k++) {
        size_t n = xg_pdf_line_columns_gap(&lines[k], ch, MAX_CHUNKS, 0.5), m;
        int digits = 0;

        for (i = 0; i < lines[k].n; i++)
            digits |= xg_pdf_digit_cp(lines[k].chars[i]->cp);
        for (m = 0; m < n; m++) {
            int c0 = column_of(*bounds, *nb, ch[m].x0 + 0.01);
            int c1 = column_of(*bounds, *nb, ch[m].x1 - 0.01);
            int numeric = 1, any = 0;

            if (c0 != c1)
                continue;
            for (i = 0; i < lines[k].n; i++) {
                const pchar *q = lines[k].chars[i];

                if (q->space || ch_cx(q) < ch[m].x0 || ch_cx(q) > ch[m].x1)
                    continue;
                any = 1;
                numeric &= numeric_cp(q->cp);
            }
            if (any)
                kind[c0] |= numeric ? COL_NUMBERS
                          : digits ? COL_OTHER_TEXT : COL_HEAD;
            if (any && numeric) {
                if (ch[m].x0 < e0[c0][0]) e0[c0][0] = ch[m].x0;
                if (ch[m].x0 > e0[c0][1]) e0[c0][1] = ch[m].x0;
                if (ch[m].x1 < e1[c0][0]) e1[c0][0] = ch[m].x1;
                if (ch[m].x1 > e1[c0][1]) e1[c0][1] = ch[m].x1;
            }
        }
    }
    for (c = 1; c + 1 < ncols; c++) {
        if (kind[c] == COL_HEAD && kind[c + 1] == COL_NUMBERS &&
            e1[c + 1][1] - e1[c + 1][0] <= 1.0 && !right[c - 1]) {
            right[c] = 1;
            npairs_r++;
        }
        if (kind[c] == COL_NUMBERS && kind[c + 1] == COL_HEAD &&
            e0[c][1] - e0[c][0] <= 1.0 && !left[c - 1]) {
            left[c] = 1;
            npairs_l++;
        }
    }
    /* the label columns (words beside numbers) take no part */
    for (c = 0; c < ncols; c++)
        if (kind[c] & COL_OTHER_TEXT)
            kind[c] = 0;
    whole_r = npairs_r > 0 && columns_whole(kind + 1, right + 1, ncols - 1);
    whole_l = npairs_l > 0 && columns_whole(kind + 1, left + 1, ncols - 1);
    if (whole_r == whole_l)
        return;
    merge = whole_r ? right : left;
    for (c = ncols; c-- > 1;)
        if (merge[c]) {
            memmove(&(*bounds)[c + 1], &(*bounds)[c + 2],
                    (*nb - c - 2) * sizeof **bounds);
            (*nb)--;
        }
}

/* The columns of the run of lines [START, END) (VALUE_START, HM as for
 * tight_columns; FINE_WORDS for column_chunks): *BOUNDS (owned, NULL
 * when none) and *NB, *GAP the split between digits used.  Returns -1
 * (*BOUNDS NULL) when memory runs out. */
static int find_columns(const pline *lines, size_t start, size_t end,
                        const rules *rl, double value_start, double hm,
                        int fine_words, double **bounds, size_t *nb, double *gap)
{
    if (column_bounds(lines, start, end, value_start, 0.5, 4.0, 1.0, fine_words,
                      bounds, nb) != 0 ||
        tight_columns(lines, start, end, value_start, hm, fine_words, bounds,
                      nb, gap) != 0) {
        free(*bounds);
        *bounds = NULL;
        return -1;
    }
    if (*nb >= 3) {
        join_unruled(lines, start, end, rl, *bounds, nb);
        pair_header_columns(lines, start, end, bounds, nb);
    }
    return 0;
}

/* Where columns *BOUNDS (*NB, *GAP) of lines [START, END) put two
 * numbers of a line in one column (two_in_a_column), the columns
 * find_columns finds (with FINE_WORDS) replace them where they are more
 * and part every line's numbers.  Returns -1 when memory runs out. */
static int parting_columns(const pline *lines, size_t start, size_t end,
                           const rules *rl, double value_start, double hm,
                           int fine_words, double **bounds, size_t *nb, double *gap)
{
    double *ob, ogap;
    size_t onb;

    if (!two_in_a_column(lines, start, end, *bounds, *nb, value_start))
        return 0;
    if (find_columns(lines, start, end, rl, value_start, hm, fine_words, &ob, &onb,
                     &ogap) != 0)
        return -1;
    if (onb > *nb && !two_in_a_column(lines, start, end, ob, onb, value_start)) {
        free(*bounds);
        *bounds = ob;
        *nb = onb;
        *gap = ogap;
    } else {
        free(ob);
    }
    return 0;
}

/* Look for runs of flow lines laid out in columns (a table drawn with no
 * vertical rules, or none at all) and turn each run into a table. */
int xg_pdf_aligned_tables(page_data *pd, const rules *rl, const jtable *prev,
                          unsigned char *taken, jtable ***tables,
                          size_t *ntables, size_t *captables)
{
    pline *lines = NULL;
    pchar **flow = NULL, **sel = NULL;
    size_t nl = 0, nflow = 0, i, start;
    chunk ch[MAX_CHUNKS];
    int *row_of = NULL, *band = NULL, rc = -1;
    jtable *t = NULL;
    double *bounds = NULL, *nx = NULL, gap = 0.25;
    unsigned char *joined = NULL, *cut = NULL;

    flow = malloc((pd->nchars + 1) * sizeof *flow);
    sel = malloc((pd->nchars + 1) * sizeof *sel);
    row_of = malloc((pd->nchars + 1) * sizeof *row_of);
    band = malloc((pd->nchars + 1) * sizeof *band);
    cut = malloc(pd->nchars + 1);
    if (flow == NULL || sel == NULL || row_of == NULL || band == NULL || cut == NULL)
        goto out;
    for (i = 0; i < pd->nchars; i++)
        if (!taken[i])
            flow[nflow++] = &pd->chars[i];
    if (xg_pdf_group_lines(flow, nflow, &lines, &nl) != 0)
        goto out;
    rule_bands(lines, nl, rl, band, cut);
    start = 0;
    while (start < nl) {
        size_t end = start, k, nmulti = 0, nb;
        int nrows, r, cont, banded = 0, by_lines = 0, tops, foots;
        double pitch;
        size_t top = 0;
        const pchar *top_ch = NULL;

        /* a run: lines with two or more chunks, and before, between and
         * after them lines of one chunk that stay left of where the
         * values begin (labels wrapped in their cells; the part of a row
         * cut by the page break), set close and in the same size */
        size_t m0 = start, singles = 0, run_from = start, pair = 0, hrow;
        size_t cstart;          /* the first line to find columns from */
        double value_start = 1e300, hm = 0;

        while (m0 < nl && xg_pdf_line_chunks(&lines[m0], ch, MAX_CHUNKS) < 2 &&
               xg_pdf_header_over_numbers(lines, nl, m0, NULL) == 0)
            m0++;
        if (m0 == nl)
            break;
        end = m0;
        while (end < nl) {
            size_t nc = xg_pdf_line_chunks(&lines[end], ch, MAX_CHUNKS);
            int numbers;

            /* a label that fills its cell, then numbers set close in
             * narrow cells (已 8742 8779 …): one chunk at a character
             * height's gap, a row of the run by its numbers */
            if (nc < 2 && end > m0 && numbers_after_label(&lines[end]))
                nc = 2;
            if (pair <= end && xg_pdf_header_over_numbers(lines, nl, end, &hrow) > 0)
                pair = hrow;
            if (nc < 2 && pair != 0 && end <= pair)
                nc = 2;

            if (band[end] != band[m0])
                break;
            /* a wide gap ends the run, but not between two rows of
             * numbers, nor inside a band of rules */
            if (end > m0 && lines[end].y0 - lines[end - 1].y1 >
                                1.5 * lines[end].h &&
                !(nc >= 2 && singles == 0) && band[m0] < 0)
                break;
            /* a gap of a line does end it where the lines' sizes differ
             * by a fifth or more: two tables set one under the other
             * (the second part of a table pasted in anew, in columns of
             * its own) */
            if (end > m0 && nc >= 2 && band[m0] < 0 &&
                lines[end].y0 - lines[end - 1].y1 > lines[end].h &&
                (lines[end].h > 1.2 * lines[end - 1].h ||
                 lines[end - 1].h > 1.2 * lines[end].h))
                break;
            if (nc >= 2) {
                double v = numbers_start(&lines[end]);

                nmulti++;
                singles = 0;
                if (v < value_start)
                    value_start = v;
                hm = lines[end].h;
                end++;
                continue;
            }
            /* digits wrapped out of a cell of the row above: under the
             * nearest line above with ink over them, which need not be
             * the line before (cells set at several heights in a row
             * drawn with rules across only); between rules across, any
             * line of numbers is the table's (the part of a wrapped
             * number set above the row's other lines) */
            numbers = numbers_only(&lines[end]);
            if (end > m0 &&
                ((singles == 0 &&
                  digits_under(ink_above(lines, m0, end), &lines[end])) ||
                 /* grouping commas alone, right of where the numbers
                  * begin: lines of numbers set a digit a line (2 over ,
                  * over 4 over 5 over 9) */
                 (marks_only(&lines[end]) &&
                  lines[end].x0 >= value_start - 0.5 * hm) ||
                 (numbers && (band[m0] >= 0 ||
                              ruled_down(rl, &lines[end], lines[m0].x0,
                                         lines[m0].x1))) ||
                 /* numbers of a row's cells set half a line lower than
                  * its others (centred beside numbers wrapped onto two
                  * lines: 9352 9033 between 2375 5478 and 3 12 05) */
                 (numbers && lines[end].x0 >= value_start - 0.5 * hm &&
                  lines[end].y0 < lines[end - 1].y1 - 0.25 * lines[end].h) ||
                 /* or half a line higher than its line of columns, set
                  * into it (7303 over 二、上年结转 6006 321, numbers
                  * wrapped around a label) */
                 (numbers && lines[end].x0 >= value_start - 0.5 * hm &&
                  end + 1 < nl && band[end + 1] == band[m0] &&
                  lines[end + 1].y0 < lines[end].y1 - 0.25 * lines[end].h &&
                  xg_pdf_line_chunks(&lines[end + 1], ch, MAX_CHUNKS) >= 2))) {
                end++;
                continue;
            }
            /* a line of numbers set close is one chunk too: it is not a
             * label, and digits wrapped out of its row may follow it */
            if (!label_line(&lines[end], value_start, hm) ||
                (!numbers && ++singles > 6) || part_heading(&lines[end]))
                break;
            end++;
        }
        /* trailing lines of one chunk: a row cut by the break, or labels
         * wrapped under the last numbers; more than six are text */
        if (singles > 6)
            end -= 6;
        /* leading lines of one chunk, only where the run opens the page
         * (the rest of a row cut by the break; between rules across, a
         * line of numbers set above its row's label; a label that fills
         * its cell, then numbers set close in narrow cells, as inside
         * the run, but its numbers, set closer than the columns' gaps,
         * do not say where the columns are: they are found from the
         * lines after it, from CSTART): text above a table is not its
         * rows */
        start = m0;
        cstart = SIZE_MAX;
        while (start > 0 && m0 - start < 6 && band[start - 1] == band[m0]) {
            int close = 0;

            if (!(label_line(&lines[start - 1], value_start, hm) &&
                  !part_heading(&lines[start - 1])) &&
                !(numbers_only(&lines[start - 1]) &&
                  (band[m0] >= 0 ||
                   lines[start - 1].x0 >= value_start - 0.5 * hm)) &&
                !(close = start > run_from && numbers_after_label(&lines[start - 1])))
                break;
            if (lines[start].y0 - lines[start - 1].y1 > 1.5 * lines[start].h)
                break;
            start--;
            if (close && cstart == SIZE_MAX)
                cstart = start + 1;
        }
        if (cstart == SIZE_MAX)
            cstart = start;
        for (k = 0; k < start; k++)
            if (lines[k].y1 > pd->h * 0.12)
                start = cstart = m0;
        /* a line of numbers over the first, set into it or nearly (a
         * row's numbers above its label, centred beside their tails:
         * 6554 6107 over 8.属于行政查询事项 7 388) is the run's wherever
         * it stands */
        if (start == m0 && m0 > run_from && band[m0 - 1] == band[m0] &&
            numbers_only(&lines[m0 - 1]) &&
            lines[m0 - 1].x0 >= value_start - 0.5 * hm &&
            lines[m0].y0 < lines[m0 - 1].y1 + 0.25 * lines[m0].h)
            start = cstart = m0 - 1;
        /* a run that opens the page in the columns of the table ending
         * the page before goes on with it, however few its rows (the
         * last two rows of a table over the break) */
        cont = opens_page(lines, start, pd->h) &&
               goes_on_in(lines, start, end, prev, nmulti < 3) &&
               (nmulti < 3 || holds_digits(prev));
        if (nmulti < 3 && !(cont && nmulti >= 1) && !(pair != 0 && nmulti >= 2)) {
            start = end > m0 ? end : m0 + 1;
            continue;
        }
        if (cont) {
            /* the columns of the table it continues */
            bounds = malloc(prev->nxs * sizeof *bounds);
            if (bounds == NULL)
                goto out;
            memcpy(bounds, prev->xs, prev->nxs * sizeof *bounds);
            nb = prev->nxs;
            gap = 0.25;
            /* unless they put two numbers of a line in one column where
             * the run's own part them (the row of an appeals table's
             * fifteen numbers atop a page, under the last line of its
             * header, whose words set close on the page before ran into
             * fewer columns: 结果维 持) */
            if (parting_columns(lines, cstart, end, rl, value_start, hm, 0,
                                &bounds, &nb, &gap) != 0)
                goto out;
        } else {
            if (find_columns(lines, cstart, end, rl, value_start, hm, 0, &bounds,
                             &nb, &gap) != 0)
                goto out;
            /* two numbers of a line in one column: where the gaps between
             * the header's words, split finer, part them, the header's
             * words say where the columns are (numbers set at random in
             * their cells leave no gap down the table) */
            if (nb >= 3 && parting_columns(lines, cstart, end, rl, value_start, hm, 1,
                                           &bounds, &nb, &gap) != 0)
                goto out;
        }
        if (nb < 3) {
            free(bounds);
            bounds = NULL;
            start = end;
            continue;
        }
        free(nx);
        nx = malloc(2 * nb * sizeof *nx);
        if (nx == NULL)
            goto out;
        number_extents(lines, start, end, bounds, nb, nx, nx + nb);
        if (aligned_rows(lines, start, end, bounds, nb, rl, value_start, nx,
                         row_of, &banded, &by_lines) != 0)
            goto out;
        nrows = row_of[end - 1 - start] + 1;
        foots = 0;
        tops = by_lines && tops_aligned(lines, start, end, row_of, bounds, nb,
                                        value_start, &foots);
        pitch = label_pitch(lines, start, end, bounds, nb, value_start);
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
        t->aligned = 1;
        t->banded = banded;
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
                    join_crossed(&lines[k], t->xs, nb, gap, joined);
            for (c = 0; c + 1 < nb; c = c1 + 1) {
                size_t ns = 0;
                int wraps, open, over;
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

                        if (col >= (int)c && col <= (int)c1) {
                            if (ns == 0) {
                                top = k;
                                top_ch = lines[k].chars[i];
                            }
                            sel[ns++] = lines[k].chars[i];
                        }
                    }
                }
                /* rows not between rules across: a line above the row's
                 * label may as well end the row before, and a number
                 * under it begin there (XG_OPEN_TOP).  Where the table
                 * sets its numbers neither at the top of their cells nor
                 * at their foot, the cell's first line above the label
                 * may as well be the tail of the number over it as its
                 * own first line (11 over 0 beside 6.属于四类过程性信…,
                 * under 61 over 50 beside 5.属于三类内部事务…: 615011,
                 * or 6150 and 110): XG_OPEN_TOP_LINE */
                open = r > 0 && ns > 0 && by_lines;
                over = open && !foots &&
                       above_item(lines, start, end, row_of, r, top, c, t->xs, nb,
                                  value_start);
                cell->open_top = (over && tops) ||
                                 (open && c >= first_value(t->xs, nb, value_start) &&
                                  below_item(lines, start, end, row_of, r, c, top_ch,
                                             t->xs, nb, value_start))
                                 ? XG_OPEN_TOP : over ? XG_OPEN_TOP_LINE : 0;
                wraps = c == c1 && (wrapped_cell(lines, start, end, row_of,
                                                 r, t->xs, nb, c, banded,
                                                 foots, value_start, nx, pitch) ||
                                    ((banded || !cell->open_top) &&
                                     stacked_cell(lines, start, end, row_of, r,
                                                  nrows, t->xs, nb, c,
                                                  value_start, nx, !banded)));
                /* no rules: the column bounds are not the cell's edges;
                 * a cell left of where the numbers begin is a label's
                 * (a column of header text may come before it), and the
                 * first column's unless the numbers begin in it (a table
                 * with no labels: 997 over 48 there is 99748) */
                if (((c == 0 && first_value(t->xs, nb, value_start) > 0) ||
                     t->xs[c1 + 1] <= value_start ? label_text(sel, ns, &cell->text,
                                         &cell->last_x1, &cell->last_h)
                            : xg_pdf_chars_text(sel, ns, wraps ? nx[c] : 0,
                                                wraps ? nx[nb + c] : 0,
                                                &cell->text,
                                                &cell->last_x1,
                                                &cell->last_h)) != 0)
                    goto out;
                cell->has_text = cell->text.len > 0;
                /* a number wrapped in a cell it fills, its lines joined:
                 * what its first line held */
                if (wraps && cell->has_text && memchr(cell->text.data, '\n', cell->text.len) == NULL) {
                    size_t digits;

                    if (xg_pdf_first_line_digits(sel, ns, &digits) != 0)
                        goto out;
                    cell->first_digits = (int)digits;
                }
                /* between rules across, one line of digits alone as
                 * wide as the widest number of its column may go on
                 * over the page break (append_table's to join) */
                if (banded && c == c1 && cell->has_text && !wraps)
                    cell->run_digits = full_digits(sel, ns, nx, nb, c);
                xg_pdf_note_ocr(sel, ns, &cell->ocr, &cell->conf);
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
    free(nx);
    xg_pdf_lines_free(lines, nl);
    free(flow);
    free(sel);
    free(joined);
    free(row_of);
    free(band);
    free(cut);
    return rc;
}
