/*
 * Characters to visual lines, and the text of a set of characters (a
 * cell) line by line: characters whose boxes share a band are one line,
 * unless they are stacked (a label written top to bottom); a second copy
 * drawn over a character (fake bold) is marked and skipped; a column of
 * single characters Poppler reads bottom to top comes out in reverse; a
 * number wrapped in a narrow cell is joined again.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_internal.h"

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

void xg_pdf_lines_free(pline *lines, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        free(lines[i].chars);
    free(lines);
}

static int cmp_height(const void *a, const void *b)
{
    return xg_pdf_cmp_double(a, b);
}

/* Two digits side by side in CHARS (N, in order across), of one height,
 * whose baselines differ by more than a twentieth of it: drawn by two
 * texts (a text box's 13 right after a cell's 89, 1.1 points higher:
 * 8913), not one number; which digits are whose is not known, so both
 * are U+FFFD.  Digits of one text share their baseline. */
static void mark_shifted_digits(pchar **chars, size_t n)
{
    size_t i;

    for (i = 0; i + 1 < n; i++) {
        pchar *a = chars[i], *b = chars[i + 1];
        double h = ch_h(a);

        if (a->space || b->space || a->dup || b->dup ||
            !xg_pdf_digit_cp(a->cp) || !xg_pdf_digit_cp(b->cp) || h <= 0 ||
            b->x0 - a->x1 > 0.1 * h || fabs(ch_h(b) - h) > 0.05 * h)
            continue;
        if (fabs(b->y1 - a->y1) > 0.05 * h)
            a->cp = b->cp = 0xFFFD;
    }
}

/* Does character C overlap the band Y0 .. Y1 by SHARE of the smaller of
 * its height and the band's? */
static int band_overlap(const pchar *c, double y0, double y1, double share)
{
    double lo = c->y0 > y0 ? c->y0 : y0;
    double hi = c->y1 < y1 ? c->y1 : y1;
    double hmin = ch_h(c) < y1 - y0 ? ch_h(c) : y1 - y0;

    return hi - lo >= share * hmin;
}

/* Group characters into visual lines: sorted by vertical centre, a
 * character joins the current line when its box overlaps the line's band
 * by half of the smaller height.  Sorts CHARS in place. */
int xg_pdf_group_lines(pchar **chars, size_t n, pline **out,
                       size_t *nout)
{
    pline *lines = NULL;
    size_t nl = 0, cap = 0, i, start = 0;
    double by0 = 0, by1 = 0, dy0 = 1e300, dy1 = -1e300;
    size_t ndig = 0;

    *out = NULL;
    *nout = 0;
    if (n == 0)
        return 0;
    qsort(chars, n, sizeof *chars, cmp_char_y);
    for (i = 0; i <= n; i++) {
        int join = 0;

        if (i < n && i > start) {
            /* half or more, exactly half too: a number centred beside
             * a label of two lines stands exactly half a line off each,
             * and rounding (the page printed larger or smaller, turned)
             * must not decide which line it joins */
            join = band_overlap(chars[i], by0, by1, 0.5 * (1 - 1e-6));
            /* a digit joins a line of digits only beside them, not a
             * line away in a band grown by characters that reach into
             * both lines (三、 and （四） centred down their column
             * between 9 3 785, the tails of a row's numbers, and 783 667
             * … beside the next row's label: 783 and 667 were read as
             * the tails' line).  Half a line off, it still joins (a
             * number centred beside a label of two lines, by another's
             * two lines).  One digit is no line of digits: the 5 of
             * 5.属于三类内部… beside numbers centred a half line lower */
            if (join && ndig >= 2 && xg_pdf_digit_cp(chars[i]->cp))
                join = band_overlap(chars[i], dy0, dy1, 0.2);
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

                        int over = ox1 - ox0 > 0.7 * wmin &&
                                   oy1 - oy0 > 0.7 * ch_h(chars[i]);

                        if (o->cp == chars[i]->cp && over)
                            chars[i]->dup = 1;
                        else if (fabs(ch_cy(o) - ch_cy(chars[i])) >
                                 0.25 * ch_h(chars[i]))
                            join = 0;   /* stacked, not squeezed punctuation */
                        else if (over && !(xg_pdf_digit_cp(o->cp) &&
                                           xg_pdf_digit_cp(chars[i]->cp)) &&
                                 fabs(ch_cy(o) - ch_cy(chars[i])) >
                                     0.1 * ch_h(chars[i]))
                            /* two texts drawn over each other a little
                             * apart (a text box over a paragraph's line,
                             * 4 points lower): two lines, not one whose
                             * characters alternate (（注本：机本关…) */
                            join = 0;
                        else if (xg_pdf_digit_cp(o->cp) &&
                                 xg_pdf_digit_cp(chars[i]->cp))
                            /* two digits drawn in one place, or over
                             * half of one another (a damaged stream, a
                             * text layer over another): which is shown
                             * is not known, and read in turn they make
                             * another number (5 and 0 of 526: 5026; 115
                             * with 1335 drawn half a digit over it:
                             * 111533) */
                            chars[k]->cp = chars[i]->cp = 0xFFFD;
                    } else if (!o->space && !o->dup && wmin > 0 &&
                               ox1 - ox0 > 0.25 * wmin &&
                               xg_pdf_digit_cp(o->cp) &&
                               xg_pdf_digit_cp(chars[i]->cp) &&
                               fabs(ch_cy(o) - ch_cy(chars[i])) <=
                                   0.25 * ch_h(chars[i])) {
                        /* two digits at one height, a quarter of one
                         * over the other or more: set apart, digits
                         * abut or part; drawn over each other (a text
                         * box's 13 over the end of 6000, read 60001),
                         * neither is known */
                        chars[k]->cp = chars[i]->cp = 0xFFFD;
                    }
                }
            }
        }
        if (i > start && (i == n || !join)) {
            pline *l;
            size_t k, m = i - start;
            double *hs;

            if (xg_pdf_grow((void **)&lines, &cap, nl + 1, sizeof *lines) != 0)
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
            mark_shifted_digits(l->chars, m);
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
            dy0 = 1e300;
            dy1 = -1e300;
            ndig = 0;
        } else if (i < n) {
            if (chars[i]->y0 < by0) by0 = chars[i]->y0;
            if (chars[i]->y1 > by1) by1 = chars[i]->y1;
        }
        if (i < n && xg_pdf_digit_cp(chars[i]->cp) && !chars[i]->space) {
            ndig++;
            if (chars[i]->y0 < dy0) dy0 = chars[i]->y0;
            if (chars[i]->y1 > dy1) dy1 = chars[i]->y1;
        }
    }
    *out = lines;
    *nout = nl;
    return 0;
fail:
    xg_pdf_lines_free(lines, nl);
    return -1;
}

/* Does the line hold anything but spaces? */
int xg_pdf_line_has_ink(const pline *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (!l->chars[i]->space && !l->chars[i]->dup)
            return 1;
    return 0;
}

/* Append the line's text: spaces collapsed and trimmed; a gap wider than
 * most of a character with no space in it gets one (cells drawn as
 * separate text runs); a digit at the page's edge (cut) is U+FFFD. */
int xg_pdf_line_text(const pline *l, xg_buf *out)
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
        if (xg_buf_put_cp(out, c->cut ? 0xFFFD : c->cp) != 0)
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

        if (!xg_pdf_line_has_ink(&lines[i]))
            continue;
        c = only_char(&lines[i]);
        if (c == NULL || (prev != NULL && c->seq >= prev->seq))
            return 0;
        prev = c;
        ink++;
    }
    return ink >= 2;
}

int xg_pdf_digit_cp(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

int xg_pdf_dash_cp(uint32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2012 || c == 0x2013 ||
           c == 0x2014 || c == 0x2015 || c == 0xff0d || c == 0x2212 ||
           c == '~' || c == 0xff5e || c == 0x2500 || c == 0x30fc;
}

int xg_pdf_none_mark_cp(uint32_t c)
{
    return xg_pdf_dash_cp(c) || c == '/' || c == 0xff0f;
}

/* A character of a number: a digit, a grouping comma, a point. */
int xg_pdf_number_cp(uint32_t c)
{
    return xg_pdf_digit_cp(c) || c == ',' || c == '.' || c == 0xff0c ||
           c == 0xff0e;
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
        if (!xg_pdf_number_cp(c->cp))
            return 0;
        if (*first == NULL)
            *first = c;
        *last = c;
    }
    return *first != NULL;
}

/* The widest padding a cell has between its edge (a rule's middle) and
 * its text, in points: Word's and WPS's 0.19 cm, and half a thick rule. */
#define CELL_PAD_MAX 6.0

/* Does a number run on from line A to line B of a cell between XL and XR
 * (a narrow column wrapped it: 16073 printed as 1607 over 3)?  Both lines
 * are number characters, B starts with a digit and is no wider than A,
 * and A is full: with the cell's padding taken as the same on both sides,
 * the room left beside A is narrower than B's first digit.  For a number
 * set left or right that room is the difference of A's gaps to the two
 * edges; for a centred one that difference is nil, whatever the room, so
 * the gaps together must also leave no room for B's first digit beside
 * two paddings of at most CELL_PAD_MAX (a cell whose row rules a damaged
 * file lost holds its column's numbers one over another, centred: 0 over
 * 1 over 0 is not 10). */
/* The room a digit takes: B's first digit's width, or the pitch of A's
 * characters when wider (OCR boxes a digit by its ink, without the
 * space a font sets beside it; a text layer's pitch is its width). */
static double digit_pitch(const pline *a, const pchar *bf)
{
    size_t i, n = 0;
    double w = bf->x1 - bf->x0;

    for (i = 0; i < a->n; i++)
        n += !a->chars[i]->space && !a->chars[i]->dup;
    if (n > 0 && (a->x1 - a->x0) / (double)n > w)
        w = (a->x1 - a->x0) / (double)n;
    return w;
}

/* How many digits line L holds. */
static size_t line_digits(const pline *l)
{
    size_t i, n = 0;

    for (i = 0; i < l->n; i++)
        n += !l->chars[i]->dup && xg_pdf_digit_cp(l->chars[i]->cp);
    return n;
}

/* The digits of line L where it holds digits alone, none cut at the
 * page's edge; else 0. */
static size_t digits_alone(const pline *l)
{
    size_t i, n = 0;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];

        if (c->space || c->dup)
            continue;
        if (!xg_pdf_digit_cp(c->cp) || c->cut)
            return 0;
        n++;
    }
    return n;
}

/* Does line L hold numbers alone: number characters only (numeric_line),
 * a digit among them? */
int xg_pdf_numbers_alone(const pline *l)
{
    const pchar *first, *last;

    return numeric_line(l, &first, &last) && line_digits(l) > 0;
}

/* Is line A as full as a cell between XL and XR, padded at most PAD
 * (taken as CELL_PAD_MAX where smaller), lets a line be: the room left
 * beside it narrower than digit D (number_runs_on)? */
static int fills_cell(const pline *a, const pchar *d, double xl, double xr,
                      double pad)
{
    if (pad < CELL_PAD_MAX)
        pad = CELL_PAD_MAX;
    return fabs((a->x0 - xl) - (xr - a->x1)) < d->x1 - d->x0 &&
           (a->x0 - xl) + (xr - a->x1) < 2 * pad + digit_pitch(a, d);
}

static int number_runs_on(const pline *a, const pline *b, double xl,
                          double xr, double pad)
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
    /* no count of a report runs to eight digits: lines that would make
     * one are numbers of two rows (355913 over the next row's 52348, the
     * rule between them lost) */
    if (line_digits(a) + line_digits(b) > XG_WRAPPED_DIGITS_MAX)
        return 0;
    return fills_cell(a, bf, xl, xr, pad);
}

/* The most a cell between XL and XR holding CHARS (N) can be padded: the
 * smallest gap between one of its lines and the rule on either side,
 * kept in *PAD if smaller or *PAD is negative (none yet).  Over a table
 * this is its padding where some line is set flush against a side, and
 * at most half a character more where a line fills its cell. */
int xg_pdf_cell_pad(pchar **chars, size_t n, double xl, double xr,
                    double *pad)
{
    pline *lines;
    size_t nl, i;

    if (!(xr > xl) || n == 0)
        return 0;
    if (xg_pdf_group_lines(chars, n, &lines, &nl) != 0)
        return -1;
    for (i = 0; i < nl; i++) {
        double gl = lines[i].x0 - xl, gr = xr - lines[i].x1;
        double g = gl < gr ? gl : gr;

        if (xg_pdf_line_has_ink(&lines[i]) && (*pad < 0 || g < *pad))
            *pad = g;
    }
    xg_pdf_lines_free(lines, nl);
    return 0;
}

void xg_pdf_stack_line(xg_pdf_stack *s, size_t digits, double y0, double y1)
{
    if (s->n == 0) {
        s->first = digits;
        s->even = s->shaped = 1;
    } else {
        double g = y0 - s->prev_y1, h = y1 - y0;

        if (g >= 1.2 * h || (s->n > 1 && fabs(g - s->gap) >= 0.3 * h))
            s->even = 0;
        if (s->n == 1)
            s->gap = g;
        if (s->last != s->first || digits > s->first)
            s->shaped = 0;
    }
    if (digits > s->widest)
        s->widest = digits;
    s->total += digits;
    s->last = digits;
    s->prev_y1 = y1;
    s->n++;
}

/* The digits of the top line of CHARS (N, sorted in place) where they
 * stand on two visual lines or more, in *DIGITS; 0 on one line. */
int xg_pdf_first_line_digits(pchar **chars, size_t n, size_t *digits)
{
    pline *lines;
    size_t nl, i, inked = 0;

    *digits = 0;
    if (n == 0)
        return 0;
    if (xg_pdf_group_lines(chars, n, &lines, &nl) != 0)
        return -1;
    for (i = 0; i < nl; i++)
        if (xg_pdf_line_has_ink(&lines[i]) && inked++ == 0)
            *digits = line_digits(&lines[i]);
    if (inked < 2)
        *digits = 0;
    xg_pdf_lines_free(lines, nl);
    return 0;
}

/* Join the lines of TEXT into one (a number set over them); returns
 * whether there were several. */
int xg_pdf_join_lines(xg_buf *text)
{
    size_t l, len;

    for (l = 0, len = 0; l < text->len; l++)
        if (text->data[l] != '\n')
            text->data[len++] = text->data[l];
    if (len == text->len)
        return 0;
    text->len = len;
    text->data[len] = '\0';
    return 1;
}

/* The text of a set of characters as visual lines joined by '\n' (a
 * number wrapped in its cell between XL and XR joined with nothing; XL >=
 * XR when the cell's edges are not known); where the bottom line ends and
 * its height in *LAST_X1 and *LAST_H (may be NULL). */
int xg_pdf_chars_text(pchar **chars, size_t n, double xl, double xr,
                      xg_buf *out, double *last_x1, double *last_h)
{
    return xg_pdf_cell_text(chars, n, xl, xr, 0, out, last_x1, last_h, NULL);
}

/* xg_pdf_chars_text in a cell padded at most PAD (xg_pdf_cell_pad;
 * taken as CELL_PAD_MAX where smaller, or negative: not known).  Where
 * the text is one number run on over two lines or more, each of as many
 * digits (1607 over 3598), *RUN_DIGITS (may be NULL) gets their digits:
 * the number may go on past the cell's foot; else 0. */
int xg_pdf_cell_text(pchar **chars, size_t n, double xl, double xr,
                     double pad, xg_buf *out, double *last_x1,
                     double *last_h, int *run_digits)
{
    pline *lines;
    const pline *prev = NULL;
    const pchar *f, *l;
    size_t nl, i, k, run = 0, inked = 0;
    int first = 1, upward;

    if (xg_pdf_group_lines(chars, n, &lines, &nl) != 0)
        return -1;
    /* where the bottom line ends: a cell cut by a page break has its
     * last line full, wrapped on into the next page */
    for (i = nl; i-- > 0 && last_x1 != NULL;)
        if (xg_pdf_line_has_ink(&lines[i])) {
            *last_x1 = lines[i].x1;
            *last_h = lines[i].h;
            break;
        }
    upward = reads_upward(lines, nl);
    for (k = 0; k < nl; k++) {
        int runs_on;

        i = upward ? nl - 1 - k : k;
        if (!xg_pdf_line_has_ink(&lines[i]))
            continue;
        runs_on = !first && !upward &&
                  number_runs_on(prev, &lines[i], xl, xr, pad);
        if ((!first && !runs_on && xg_buf_putc(out, '\n') != 0) ||
            xg_pdf_line_text(&lines[i], out) != 0) {
            xg_pdf_lines_free(lines, nl);
            return -1;
        }
        /* lines of digits alone, each as many, run on */
        if (first)
            run = digits_alone(&lines[i]);
        else if (!runs_on || digits_alone(&lines[i]) != run)
            run = 0;
        inked++;
        first = 0;
        prev = &lines[i];
    }
    /* one line of digits alone that fills its cell may go on too, at
     * the foot of a page (3541 there, 1 atop the next: 35411) */
    if (run_digits != NULL)
        *run_digits = inked >= 2 || (inked == 1 && run > 0 && numeric_line(prev, &f, &l) &&
                                     prev->x0 >= xl && prev->x1 <= xr &&
                                     fills_cell(prev, f, xl, xr, pad))
                      ? (int)run : 0;
    xg_pdf_lines_free(lines, nl);
    return 0;
}


/* Does a number begin at L's character I, not an item's mark ("4.保护",
 * "2、")? */
static int number_at(const pline *l, size_t i)
{
    uint32_t c;

    while (i < l->n && xg_pdf_digit_cp(l->chars[i]->cp))
        i++;
    if (i + 1 >= l->n)
        return 1;
    c = l->chars[i]->cp;
    return !((c == '.' || c == 0x3001 || c == 0xff0e) &&
             !xg_pdf_digit_cp(l->chars[i + 1]->cp));
}

/* The chunks of L split at gaps wider than GAP character heights, and
 * wider than DIGIT_GAP (at most GAP) between two digits, or between text
 * set tight and a number after it (a label filling its cell, then the
 * next cell's number); with HEIGHT > 0, also at any gap between
 * characters set HEIGHT character heights apart in height or more. */
static size_t chunks_split(const pline *l, chunk *out, size_t max,
                           double gap, double digit_gap, double height)
{
    size_t i, n = 0;
    const pchar *prev = NULL, *before = NULL;

    for (i = 0; i < l->n; i++) {
        const pchar *c = l->chars[i];
        double g;

        if (c->space)
            continue;
        g = prev == NULL ? 0 : c->x0 - prev->x1;
        if (prev == NULL || g > gap * l->h ||
            (height > 0 && g > 0 && fabs(c->y0 - prev->y0) >= height * l->h) ||
            (g > digit_gap * l->h && xg_pdf_digit_cp(prev->cp) &&
             xg_pdf_digit_cp(c->cp)) ||
            (digit_gap < gap && g > 0.6 * digit_gap * l->h &&
             !xg_pdf_digit_cp(prev->cp) && xg_pdf_digit_cp(c->cp) &&
             before != NULL && prev->x0 - before->x1 < 0.1 * l->h &&
             number_at(l, i))) {
            if (n == max)
                return n;
            out[n].x0 = c->x0;
            out[n++].x1 = c->x1;
        } else if (c->x1 > out[n - 1].x1) {
            out[n - 1].x1 = c->x1;
        }
        before = prev;
        prev = c;
    }
    return n;
}

size_t xg_pdf_line_chunks_gap(const pline *l, chunk *out, size_t max,
                              double gap)
{
    return chunks_split(l, out, max, gap, gap, 0);
}

size_t xg_pdf_line_chunks_heights(const pline *l, chunk *out, size_t max,
                                  double gap, double height)
{
    return chunks_split(l, out, max, gap, gap, height);
}

size_t xg_pdf_line_chunks(const pline *l, chunk *out, size_t max)
{
    return xg_pdf_line_chunks_gap(l, out, max, 1.0);
}

/* Numbers in neighbouring columns of a tight table (Word's default cell
 * margins leave about a character height between a right-aligned number
 * and the next column's) are set apart by less than the gap that splits
 * words; no number is written with half a character height of room
 * between its digits. */
size_t xg_pdf_line_columns(const pline *l, chunk *out, size_t max)
{
    return chunks_split(l, out, max, 1.0, 0.5, 0);
}

/* The same, split between two digits at gaps wider than DIGIT_GAP
 * character heights (at most 1) */
size_t xg_pdf_line_columns_gap(const pline *l, chunk *out, size_t max,
                               double digit_gap)
{
    return chunks_split(l, out, max, 1.0, digit_gap, 0);
}

void xg_pdf_note_ocr(pchar *const *chars, size_t n, int *ocr, float *conf)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (!chars[i]->ocr)
            continue;
        if (!*ocr || chars[i]->conf < *conf)
            *conf = chars[i]->conf;
        *ocr = 1;
    }
}

/* Does the text begin a new item of a list: 1. 2、 (二) （三） 三、? */
int xg_pdf_starts_item(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t i = 0;

    while (p[i] == ' ' || p[i] == '\n')
        i++;
    if (p[i] >= '0' && p[i] <= '9') {
        while (p[i] >= '0' && p[i] <= '9')
            i++;
        /* . and 、 (E3 80 81), fullwidth ． (EF BC 8E) */
        return p[i] == '.' || (p[i] == 0xe3 && p[i + 1] == 0x80 && p[i + 2] == 0x81) ||
               (p[i] == 0xef && p[i + 1] == 0xbc && p[i + 2] == 0x8e);
    }
    /* ( or （ (EF BC 88) */
    if (p[i] == '(' || (p[i] == 0xef && p[i + 1] == 0xbc && p[i + 2] == 0x88))
        return 1;
    /* a numeral 一 … 十 then 、 */
    {
        static const char *const numerals[] = {"一", "二", "三", "四", "五", "六",
                                               "七", "八", "九", "十"};
        size_t k;

        for (k = 0; k < sizeof numerals / sizeof numerals[0]; k++)
            if (strncmp((const char *)p + i, numerals[k], 3) == 0 &&
                strncmp((const char *)p + i + 3, "、", 3) == 0)
                return 1;
    }
    return 0;
}
