/*
 * The image side of OCR: the threshold between ink and paper, the skew of
 * a page, and the segmentation of its ink into pieces to recognise one by
 * one (see ocr.h).  Plain C on grey pixels; no Tesseract, so the
 * geometry is tested in every build.
 *
 * Segmentation works on runs of ink (a row's dark pixels from x0 to x1):
 * rules are erased from the ink mask first, the remaining runs are joined
 * into connected components (8-connected), specks are dropped, and the
 * components are gathered into lines: a component joins the line it
 * overlaps most in height when no wide gap and no rule stands between
 * them.  Parts of one character stacked above each other (二, 三) start
 * lines of their own and are joined to their line by a second pass, in
 * which lines that overlap in height and stand close are one line.
 */
#include "ocr.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

/* In points (multiplied by the resolution). */
#define SPECK_SIDE      0.6     /* ink smaller than this square is noise */
#define TINY_PIECE      2.5     /* a piece this small both ways is noise */
#define RULE_LONG       100.0   /* a rule this long is a rule, not strokes in a row */
#define RULE_TOUCH      1.5     /* a rule ending this close to another meets it */
#define RULE_NEAR       3.0     /* ... this close, with pieces on its line */
#define RULE_MAX_HALF   2.5     /* half the thickest rule erased */
#define RULE_TWIN       2.0     /* a piece of rule this near a rule is one
                                   line of it (a double rule: the rule
                                   finder's LINE_TOL joins such) */
#define BIG_INK         60.0    /* ink this big both ways is a picture */
/* In heights of the line. */
#define LINE_GAP        1.0     /* a wider gap ends a piece */
#define MIN_OVERLAP     0.5     /* of the lower of two heights: same line */

#define MAX_RUNS        4000000 /* runs of ink on one page */
#define PI              3.14159265358979323846

int xg_gray_new(xg_gray *g, int w, int h, xg_error *err)
{
    memset(g, 0, sizeof *g);
    if (w <= 0 || h <= 0)
        return xg_error_set(err, XG_ERR_USAGE, "empty image");
    g->px = malloc((size_t)w * (size_t)h);
    if (g->px == NULL)
        return xg_error_nomem(err);
    g->w = w;
    g->h = h;
    g->stride = (size_t)w;
    return XG_OK;
}

/* ------------------------------------------------------------------ */
/* threshold                                                           */

static int otsu(const size_t hist[256])
{
    double total = 0, sum = 0, sum_b = 0, w_b = 0, best = -1;
    int t, best_t = 128;

    for (t = 0; t < 256; t++) {
        total += (double)hist[t];
        sum += (double)t * (double)hist[t];
    }
    if (total == 0)
        return 128;
    for (t = 0; t < 256; t++) {
        double w_f, m_b, m_f, between;

        w_b += (double)hist[t];
        if (w_b == 0)
            continue;
        w_f = total - w_b;
        if (w_f == 0)
            break;
        sum_b += (double)t * (double)hist[t];
        m_b = sum_b / w_b;
        m_f = (sum - sum_b) / w_f;
        between = w_b * w_f * (m_b - m_f) * (m_b - m_f);
        if (between > best) {
            best = between;
            best_t = t + 1;
        }
    }
    return best_t;
}

/* Otsu's threshold, kept within limits a page can have: a blank page's
 * noise must not become ink, nor grey text paper. */
int xg_ocr_threshold(const xg_gray *img)
{
    size_t hist[256] = {0};
    int x, y, t;

    for (y = 0; y < img->h; y++) {
        const unsigned char *row = img->px + (size_t)y * img->stride;

        for (x = 0; x < img->w; x++)
            hist[row[x]]++;
    }
    t = otsu(hist);
    if (t > 200)
        t = 200;
    if (t < 64)
        t = 64;
    return t;
}

/* ------------------------------------------------------------------ */
/* skew                                                                */

typedef struct point16 {
    uint16_t x, y;
} point16;

/* Sum of squares of the projection of POINTS along angle T (tangent):
 * sharpest when the lines of the page run along it. */
static double projection_score(const point16 *pts, size_t n, double t,
                               unsigned *bins, size_t nbins, double offset)
{
    double score = 0;
    size_t i;

    memset(bins, 0, nbins * sizeof *bins);
    for (i = 0; i < n; i++) {
        double b = pts[i].y - pts[i].x * t + offset;
        long k = (long)b;

        if (k >= 0 && (size_t)k < nbins)
            bins[k]++;
    }
    for (i = 0; i < nbins; i++)
        score += (double)bins[i] * bins[i];
    return score;
}

/* The image is reduced (darkest pixel of each block, so thin rules
 * survive) to about 1200 pixels across; its ink is projected along each
 * angle in steps of 0.1 degree, then 0.01 around the best. */
double xg_ocr_skew(const xg_gray *img)
{
    int f, w, h, x, y, t, k;
    point16 *pts = NULL;
    unsigned *bins = NULL;
    size_t n = 0, cap, nbins, step = 1, i, m;
    double offset, best = 0, best_score = -1, lo, span;
    int thresh = xg_ocr_threshold(img);

    f = img->w / 1200 + 1;
    w = img->w / f;
    h = img->h / f;
    if (w < 8 || h < 8 || w > 65535 || h > 65535)
        return 0;
    cap = 1 << 16;
    pts = malloc(cap * sizeof *pts);
    if (pts == NULL)
        return 0;
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++) {
            int dark = 0, dy, dx;

            for (dy = 0; dy < f && !dark; dy++) {
                const unsigned char *row = img->px + (size_t)(y * f + dy) * img->stride;

                for (dx = 0; dx < f; dx++)
                    if (row[x * f + dx] < thresh) {
                        dark = 1;
                        break;
                    }
            }
            if (!dark)
                continue;
            if (n == cap) {
                point16 *p = cap < (1u << 24) ? realloc(pts, 2 * cap * sizeof *pts) : NULL;

                if (p == NULL)
                    goto out;
                pts = p;
                cap *= 2;
            }
            pts[n].x = (uint16_t)x;
            pts[n].y = (uint16_t)y;
            n++;
        }
    if (n < 64)
        goto out;
    /* a page of solid ink has no lines to find; beyond 200000 points a
     * sample does as well */
    if (n > 200000)
        step = n / 200000 + 1;
    for (i = 0, m = 0; i < n; i += step)
        pts[m++] = pts[i];
    n = m;
    offset = w * tan(XG_OCR_MAX_SKEW * PI / 180) + 2;
    nbins = (size_t)(h + 2 * offset + 2);
    bins = malloc(nbins * sizeof *bins);
    if (bins == NULL)
        goto out;
    lo = -XG_OCR_MAX_SKEW;
    span = 2 * XG_OCR_MAX_SKEW;
    for (k = 0; k < 2; k++) {
        double stepdeg = k == 0 ? 0.1 : 0.01;
        int steps = (int)lround(span / stepdeg);

        for (t = 0; t <= steps; t++) {
            double a = lo + t * stepdeg, s;

            if (a < -XG_OCR_MAX_SKEW - 1e-9 || a > XG_OCR_MAX_SKEW + 1e-9)
                continue;
            s = projection_score(pts, n, tan(a * PI / 180), bins, nbins, offset);
            /* ties go to the angle nearest 0 */
            if (s > best_score * (1 + 1e-12) ||
                (s >= best_score * (1 - 1e-12) && fabs(a) < fabs(best))) {
                best_score = s;
                best = a;
            }
        }
        lo = best - 0.1;
        span = 0.2;
    }
out:
    free(pts);
    free(bins);
    return fabs(best) < 0.005 ? 0 : best;
}

/* Each pixel of the output samples the input where the skewed page has
 * it: turned by SKEW about the centre, bilinear between the four pixels
 * around; outside the input is paper. */
int xg_ocr_straighten(const xg_gray *src, double skew, xg_gray *out,
                      xg_error *err)
{
    double c = cos(skew * PI / 180), s = sin(skew * PI / 180);
    double cx = src->w / 2.0, cy = src->h / 2.0;
    int x, y;

    if (xg_gray_new(out, src->w, src->h, err) != XG_OK)
        return err != NULL ? err->code : XG_ERR_NOMEM;
    for (y = 0; y < out->h; y++) {
        unsigned char *dst = out->px + (size_t)y * out->stride;
        double dy = y + 0.5 - cy;

        for (x = 0; x < out->w; x++) {
            double dx = x + 0.5 - cx;
            double sx = cx + dx * c - dy * s - 0.5, sy = cy + dx * s + dy * c - 0.5;
            int x0 = (int)floor(sx), y0 = (int)floor(sy), i, j;
            double fx = sx - x0, fy = sy - y0, v = 0;

            for (j = 0; j < 2; j++)
                for (i = 0; i < 2; i++) {
                    int px = x0 + i, py = y0 + j;
                    double wgt = (i ? fx : 1 - fx) * (j ? fy : 1 - fy);
                    int g = px < 0 || py < 0 || px >= src->w || py >= src->h
                                ? 255 : src->px[(size_t)py * src->stride + px];

                    v += wgt * g;
                }
            dst[x] = (unsigned char)(v + 0.5);
        }
    }
    return XG_OK;
}

/* ------------------------------------------------------------------ */
/* segmentation                                                        */

typedef struct run {
    int y, x0, x1;          /* x1 exclusive */
} run;

typedef struct comp {
    int x0, y0, x1, y1;
    long area;
    int line;               /* -1: dropped */
} comp;

typedef struct line {
    int x0, y0, x1, y1;
    int parent;             /* union of lines; itself when a root */
} line;

struct xg_ocr_seg {
    const xg_gray *img;
    run *runs;
    size_t nruns;
    int *run_comp;          /* component of each run */
    comp *comps;
    size_t ncomps;
    xg_ocr_box *pieces;
    unsigned char *numeric;     /* each piece's ink looks like a number */
    size_t npieces;
    int *comp_piece;        /* piece of each component, -1 none */
    /* the rules kept as rules, in pixels, for the gap test */
    xg_ocr_rule *rules;
    int *rule_half;         /* half the band erased along each */
    size_t nrules;
    double px_per_pt;
    int thresh;             /* darker than this is ink */
};

static int grow(void **arr, size_t *cap, size_t need, size_t size)
{
    size_t n;
    void *p;

    if (need <= *cap)
        return 0;
    n = *cap ? *cap : 64;
    while (n < need) {
        if (n > SIZE_MAX / 2 / size)
            return -1;
        n *= 2;
    }
    p = realloc(*arr, n * size);
    if (p == NULL)
        return -1;
    *arr = p;
    *cap = n;
    return 0;
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
    if (a != b) {
        if (a < b)
            parent[b] = a;
        else
            parent[a] = b;
    }
}

/* Is the pixel of MASK at place ALONG of rule R, Q across it, ink? */
static int ink_at(const unsigned char *mask, int w, const xg_ocr_rule *r,
                  int along, int q)
{
    return mask[r->vertical ? (size_t)along * w + q : (size_t)q * w + along];
}

/* The ink of MASK nearest CENTRE across rule R at place ALONG, within
 * REACH pixels (on a tie, the one before); -1 when there is none, or
 * ALONG is off the page. */
static int nearest_ink(const unsigned char *mask, int w, int h,
                       const xg_ocr_rule *r, int along, int centre, int reach)
{
    int across_n = r->vertical ? w : h, d;

    if (along < 0 || along >= (r->vertical ? h : w))
        return -1;
    for (d = 0; d <= reach; d++) {
        if (centre - d >= 0 && centre - d < across_n && ink_at(mask, w, r, along, centre - d))
            return centre - d;
        if (centre + d >= 0 && centre + d < across_n && ink_at(mask, w, r, along, centre + d))
            return centre + d;
    }
    return -1;
}

/* Thickness of the dark band across rule R of MASK: the median over 31
 * places along it (at uneven steps: a table's rows are even, and steps
 * of a row would land on every crossing) of the places where the band
 * is there and ends (a crossing rule or a filled area has no thickness
 * to measure); 0 when fewer than three are, as for a rule the caller saw
 * that this threshold does not. */
static int rule_thickness(const unsigned char *mask, int w, int h,
                          const xg_ocr_rule *r, int maxhalf)
{
    int samples[31], ns = 0, k, i, j;

    for (k = 0; k < 31; k++) {
        int along = (int)(r->a + (r->b - r->a) * ((k + 0.5) / 31 + 0.0123 * (k % 7 - 3)));
        int c = (int)lround(r->pos), lo, hi;

        /* the dark pixel nearest the rule's centre line */
        lo = hi = nearest_ink(mask, w, h, r, along, c, maxhalf);
        if (lo < 0)
            continue;
        while (lo - 1 >= c - 2 * maxhalf) {
            int x = r->vertical ? lo - 1 : along, y = r->vertical ? along : lo - 1;

            if (x < 0 || y < 0 || x >= w || y >= h || !mask[(size_t)y * w + x])
                break;
            lo--;
        }
        while (hi + 1 <= c + 2 * maxhalf) {
            int x = r->vertical ? hi + 1 : along, y = r->vertical ? along : hi + 1;

            if (x < 0 || y < 0 || x >= w || y >= h || !mask[(size_t)y * w + x])
                break;
            hi++;
        }
        if (lo > c - 2 * maxhalf && hi < c + 2 * maxhalf)
            samples[ns++] = hi - lo + 1;
    }
    if (ns < 3)
        return 0;
    for (i = 1; i < ns; i++)
        for (j = i; j > 0 && samples[j - 1] > samples[j]; j--) {
            int t = samples[j];

            samples[j] = samples[j - 1];
            samples[j - 1] = t;
        }
    return samples[ns / 2];
}

/* Does end END of rule R meet a long rule across it, within TOL points? */
static int end_meets(const xg_ocr_rule *rules, size_t n, const xg_ocr_rule *r,
                     double end, double tol, double ppt)
{
    size_t j;

    tol *= ppt;
    for (j = 0; j < n; j++) {
        const xg_ocr_rule *o = &rules[j];

        if (o->vertical != r->vertical && o->b - o->a >= RULE_LONG * ppt &&
            fabs(end - o->pos) <= tol && r->pos >= o->a - tol && r->pos <= o->b + tol)
            return 1;
    }
    return 0;
}

/* Other short rules on the line of rule R (a column's sides found row by
 * row, when a scan's rule comes apart at every crossing). */
static int in_line(const xg_ocr_rule *rules, size_t n, size_t i, double ppt)
{
    const xg_ocr_rule *r = &rules[i];
    size_t j;
    int count = 0;

    for (j = 0; j < n; j++)
        if (j != i && rules[j].vertical == r->vertical &&
            fabs(rules[j].pos - r->pos) <= 0.5 * ppt &&
            (rules[j].a > r->b || rules[j].b < r->a))
            count++;
    return count;
}

/* Is short rule R of MASK crossed by other ink between its ends (beyond
 * RULE_TOUCH of them, where the borders it meets are): a place along it
 * where the dark band across it is CROSS_WIDE points wider than the
 * rule's thickness, and no long rule of RULES (N) crosses it?  A
 * vertical stroke of a character is crossed by its other strokes (扌 of
 * 护, 事); the side of a cell, or a piece of the second line of a double
 * rule, is not. */
#define CROSS_WIDE 1.0

static int crossed(const unsigned char *mask, int w, int h,
                   const xg_ocr_rule *rules, size_t n,
                   const xg_ocr_rule *r, int maxhalf, double ppt)
{
    size_t j;
    int across_n = r->vertical ? w : h, c = (int)lround(r->pos);
    int a = (int)ceil(r->a + RULE_TOUCH * ppt), b = (int)floor(r->b - RULE_TOUCH * ppt);
    int t = rule_thickness(mask, w, h, r, maxhalf), along;
    int wide = t + (int)ceil(CROSS_WIDE * ppt);

    if (t == 0)
        return 0;
    for (along = a; along <= b; along++) {
        int lo = nearest_ink(mask, w, h, r, along, c, maxhalf), hi = lo;

        if (lo < 0)
            continue;
        while (lo > 0 && ink_at(mask, w, r, along, lo - 1) && hi - lo < wide)
            lo--;
        while (hi + 1 < across_n && ink_at(mask, w, r, along, hi + 1) && hi - lo < wide)
            hi++;
        if (hi - lo < wide)
            continue;
        /* where a rule crosses it, it is wide */
        for (j = 0; j < n; j++)
            if (rules[j].vertical != r->vertical && fabs(rules[j].pos - along) <= maxhalf &&
                rules[j].a <= r->pos + maxhalf && rules[j].b >= r->pos - maxhalf &&
                rules[j].b - rules[j].a >= RULE_LONG * ppt)
                break;
        if (j == n)
            return 1;
    }
    return 0;
}

/* Is rule R a rule of the page, not the stroke of a character: long, or
 * running from one long rule to another (the side of a cell between two
 * borders; a stroke may come near one border, hardly two), or nearly so
 * (RULE_NEAR) where two more pieces stand on its line and no ink crosses
 * it (a stroke may come near two borders, hardly at the same place in
 * three rows; the label column's characters, set flush left in rows of
 * one height, do, and their strokes are crossed). */
static int real_rule(const unsigned char *mask, int w, int h,
                     const xg_ocr_rule *rules, size_t n, size_t i,
                     int maxhalf, double ppt)
{
    const xg_ocr_rule *r = &rules[i];

    if (r->b - r->a >= RULE_LONG * ppt)
        return 1;
    if (end_meets(rules, n, r, r->a, RULE_TOUCH, ppt) &&
        end_meets(rules, n, r, r->b, RULE_TOUCH, ppt))
        return 1;
    return end_meets(rules, n, r, r->a, RULE_NEAR, ppt) &&
           end_meets(rules, n, r, r->b, RULE_NEAR, ppt) && in_line(rules, n, i, ppt) >= 2 &&
           !crossed(mask, w, h, rules, n, r, maxhalf, ppt);
}

/* Is rule R, not a rule of the page itself, a line of one that is (the
 * second line of a double rule, which the rule finder joined to the
 * first where both are drawn and left apart where they part): beside it,
 * within RULE_TWIN, and within its length, and not a short one other
 * ink crosses (the left stroke of an 8 set against a cell's side, whose
 * erasure left a 3)? */
static int twin_rule(const unsigned char *mask, int w, int h,
                     const xg_ocr_rule *rules, size_t n,
                     const unsigned char *real, size_t i, int maxhalf, double ppt)
{
    const xg_ocr_rule *r = &rules[i];
    double tol = RULE_TOUCH * ppt;
    size_t j;

    if (real[i])
        return 0;
    for (j = 0; j < n; j++) {
        const xg_ocr_rule *o = &rules[j];

        if (real[j] && o->vertical == r->vertical &&
            fabs(o->pos - r->pos) <= RULE_TWIN * ppt &&
            r->a >= o->a - tol && r->b <= o->b + tol)
            return r->b - r->a >= RULE_LONG * ppt ||
                   !crossed(mask, w, h, rules, n, r, maxhalf, ppt);
    }
    return 0;
}

/* The lines a rule is drawn with, as offsets across it: the rule finder
 * gives a double rule, or two borders a pixel or two apart, as one rule,
 * and each of its lines is erased. */
typedef struct rule_line {
    int n;
    int lo[3], hi[3];
} rule_line;

/* The lines of rule R in MASK: the offsets across it (within SPAN of its
 * centre line) where ink runs along at least half of its length, in
 * bands of neighbouring offsets (at most three) into L. */
static void rule_lines(const unsigned char *mask, int w, int h,
                       const xg_ocr_rule *r, int span, rule_line *l)
{
    int across_n = r->vertical ? w : h, along_n = r->vertical ? h : w;
    int c = (int)lround(r->pos), a = (int)ceil(r->a), b = (int)floor(r->b);
    int d, in = 0;

    l->n = 0;
    if (a < 0) a = 0;
    if (b >= along_n) b = along_n - 1;
    if (b - a < 4)
        return;
    for (d = -span; d <= span + 1; d++) {
        int q = c + d, along, count = 0, inked = 0;

        if (d <= span && q >= 0 && q < across_n) {
            for (along = a; along <= b; along++)
                count += mask[r->vertical ? (size_t)along * w + q : (size_t)q * w + along];
            inked = 2 * count >= b - a + 1;
        }
        if (inked && !in && l->n < 3) {
            l->lo[l->n] = l->hi[l->n] = q;
            in = 1;
        } else if (inked && in) {
            l->hi[l->n] = q;
        } else if (!inked && in) {
            in = 0;
            l->n++;
        }
    }
}

/* At place ALONG of rule R, clear the run of ink across it nearest
 * CENTRE within REACH pixels, when no longer than MAXRUN (a rule is
 * thin; a scan's rule wanders a pixel or two off its line); a longer run
 * is a stroke of a character crossing the rule, or a crossing rule, of
 * which only FROM..TO goes. */
static void clear_across(unsigned char *mask, int w, int h,
                         const xg_ocr_rule *r, int along, int centre,
                         int reach, int from, int to, int maxrun)
{
    int across_n = r->vertical ? w : h, p = nearest_ink(mask, w, h, r, along, centre, reach);
    int top, bottom, q;

#define AT(q) mask[r->vertical ? (size_t)along * w + (q) : (size_t)(q) * w + along]
    if (p < 0)
        return;
    top = bottom = p;
    while (top > 0 && AT(top - 1) && bottom - top < maxrun)
        top--;
    while (bottom + 1 < across_n && AT(bottom + 1) && bottom - top < maxrun)
        bottom++;
    if (bottom - top >= maxrun) {
        top = from > 0 ? from : 0;
        bottom = to < across_n ? to : across_n - 1;
    }
    for (q = top; q <= bottom; q++)
        AT(q) = 0;
#undef AT
}

/* Clear rule R from MASK: at each place along it, the ink nearest its
 * line within REACH pixels (HALF either side of the line when that is a
 * stroke crossing it), and the same about each of its lines L. */
static void erase_rule(unsigned char *mask, int w, int h,
                       const xg_ocr_rule *r, int half, int reach, int maxrun,
                       const rule_line *l)
{
    int a = (int)floor(r->a) - 2, b = (int)ceil(r->b) + 2, along, k;
    int along_n = r->vertical ? h : w;
    int c = (int)lround(r->pos);

    if (a < 0) a = 0;
    if (b >= along_n) b = along_n - 1;
    for (along = a; along <= b; along++) {
        clear_across(mask, w, h, r, along, c, reach, c - half, c + half, maxrun);
        for (k = 0; k < l->n; k++)
            clear_across(mask, w, h, r, along, (l->lo[k] + l->hi[k]) / 2,
                         (l->hi[k] - l->lo[k]) / 2 + 1, l->lo[k] - 1, l->hi[k] + 1,
                         maxrun);
    }
}

/* Does a kept rule stand between boxes A and B (A left of B), across the
 * rows they share?  Vertical rules only: lines overlap in height, so a
 * horizontal rule cannot run between them. */
static int rule_between(const xg_ocr_seg *seg, int ax1, int bx0, int y0,
                        int y1)
{
    size_t i;
    int mid = (y0 + y1) / 2;

    for (i = 0; i < seg->nrules; i++) {
        const xg_ocr_rule *r = &seg->rules[i];

        if (r->vertical && r->pos > ax1 - 1 && r->pos < bx0 + 1 &&
            mid >= r->a - 1 && mid <= r->b + 1)
            return 1;
    }
    return 0;
}

static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }

/* Would boxes A and B (A starting left of B) be one line: they overlap in
 * height by half the lower one, the gap between them is under LINE_GAP
 * heights of the taller, and no rule parts them. */
static int same_line(const xg_ocr_seg *seg, int ax0, int ay0, int ax1,
                     int ay1, int bx0, int by0, int bx1, int by1)
{
    int ov = imin(ay1, by1) - imax(ay0, by0);
    int ha = ay1 - ay0, hb = by1 - by0, gap;

    if (ov <= 0 || ov < MIN_OVERLAP * imin(ha, hb))
        return 0;
    gap = bx0 > ax1 ? bx0 - ax1 : (ax0 > bx1 ? ax0 - bx1 : 0);
    if (gap > LINE_GAP * imax(ha, hb))
        return 0;
    if (gap > 0)
        return !(bx0 > ax1 ? rule_between(seg, ax1, bx0, imax(ay0, by0), imin(ay1, by1))
                           : rule_between(seg, bx1, ax0, imax(ay0, by0), imin(ay1, by1)));
    return 1;
}

/* Components are sorted through an index array that carries a pointer
 * to them, as qsort has no context argument. */
typedef struct comp_order {
    const comp *comps;
    int idx;
} comp_order;

static int cmp_order(const void *a, const void *b)
{
    const comp_order *p = a, *q = b;
    const comp *ca = &p->comps[p->idx], *cb = &q->comps[q->idx];

    if (ca->x0 != cb->x0)
        return ca->x0 < cb->x0 ? -1 : 1;
    return (ca->y0 > cb->y0) - (ca->y0 < cb->y0);
}

/* A piece with the line it came from, for sorting. */
typedef struct piece_order {
    xg_ocr_box box;
    int line;
} piece_order;

/* Top to bottom, then left to right (the PDF extractor sorts by geometry
 * again: this order only makes the output reproducible). */
static int cmp_piece(const void *a, const void *b)
{
    const piece_order *p = a, *q = b;

    if (p->box.y0 != q->box.y0)
        return p->box.y0 < q->box.y0 ? -1 : 1;
    if (p->box.x0 != q->box.x0)
        return p->box.x0 < q->box.x0 ? -1 : 1;
    return (p->line > q->line) - (p->line < q->line);
}

static int line_root(line *lines, int i)
{
    while (lines[i].parent != i) {
        lines[i].parent = lines[lines[i].parent].parent;
        i = lines[i].parent;
    }
    return i;
}

void xg_ocr_seg_free(xg_ocr_seg *seg)
{
    if (seg == NULL)
        return;
    free(seg->runs);
    free(seg->run_comp);
    free(seg->comps);
    free(seg->pieces);
    free(seg->numeric);
    free(seg->comp_piece);
    free(seg->rules);
    free(seg->rule_half);
    free(seg);
}

/* Runs of MASK, row by row. */
static int mask_runs(xg_ocr_seg *seg, const unsigned char *mask, int w,
                     int h, xg_error *err)
{
    size_t cap = 0;
    int x, y;

    for (y = 0; y < h; y++) {
        const unsigned char *row = mask + (size_t)y * w;

        x = 0;
        while (x < w) {
            const unsigned char *p = memchr(row + x, 1, (size_t)(w - x));
            int x0;

            if (p == NULL)
                break;
            x0 = (int)(p - row);
            x = x0;
            while (x < w && row[x])
                x++;
            if (seg->nruns >= MAX_RUNS)
                return xg_error_set(err, XG_ERR_LIMIT,
                                    "page image has more than %d runs of ink",
                                    MAX_RUNS);
            if (grow((void **)&seg->runs, &cap, seg->nruns + 1, sizeof *seg->runs))
                return xg_error_nomem(err);
            seg->runs[seg->nruns].y = y;
            seg->runs[seg->nruns].x0 = x0;
            seg->runs[seg->nruns].x1 = x;
            seg->nruns++;
        }
    }
    return XG_OK;
}

/* Connected components of the runs: runs on neighbouring rows that
 * overlap or touch at a corner are one. */
static int runs_components(xg_ocr_seg *seg, xg_error *err)
{
    int *parent = NULL, *root_comp = NULL;
    size_t i, prev = 0, prev_end = 0, cur = 0, capcomps = 0;
    int rc = XG_OK;

    if (seg->nruns == 0)
        return XG_OK;
    parent = malloc(seg->nruns * sizeof *parent);
    seg->run_comp = malloc(seg->nruns * sizeof *seg->run_comp);
    root_comp = malloc(seg->nruns * sizeof *root_comp);
    if (parent == NULL || seg->run_comp == NULL || root_comp == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < seg->nruns; i++)
        parent[i] = (int)i;
    /* [prev, prev_end): the runs of the row above the current one */
    while (cur < seg->nruns) {
        int y = seg->runs[cur].y;
        size_t end = cur, j, k, q;

        while (end < seg->nruns && seg->runs[end].y == y)
            end++;
        if (prev_end > prev && seg->runs[prev].y != y - 1)
            prev = prev_end;    /* the row above had no runs */
        k = prev;
        for (j = cur; j < end; j++) {
            const run *r = &seg->runs[j];

            while (k < prev_end && seg->runs[k].x1 < r->x0)
                k++;
            for (q = k; q < prev_end && seg->runs[q].x0 <= r->x1; q++)
                uf_union(parent, (int)j, (int)q);
        }
        prev = cur;
        prev_end = end;
        cur = end;
    }
    for (i = 0; i < seg->nruns; i++)
        root_comp[i] = -1;
    for (i = 0; i < seg->nruns; i++) {
        int root = uf_find(parent, (int)i);
        const run *r = &seg->runs[i];
        comp *c;

        if (root_comp[root] < 0) {
            if (grow((void **)&seg->comps, &capcomps, seg->ncomps + 1, sizeof *seg->comps)) {
                rc = xg_error_nomem(err);
                goto out;
            }
            c = &seg->comps[seg->ncomps];
            c->x0 = r->x0;
            c->x1 = r->x1;
            c->y0 = r->y;
            c->y1 = r->y + 1;
            c->area = 0;
            c->line = 0;
            root_comp[root] = (int)seg->ncomps++;
        }
        c = &seg->comps[root_comp[root]];
        if (r->x0 < c->x0) c->x0 = r->x0;
        if (r->x1 > c->x1) c->x1 = r->x1;
        if (r->y + 1 > c->y1) c->y1 = r->y + 1;
        c->area += r->x1 - r->x0;
        seg->run_comp[i] = root_comp[root];
    }
out:
    free(parent);
    free(root_comp);
    return rc;
}

static int cmp_int(const void *a, const void *b)
{
    int p = *(const int *)a, q = *(const int *)b;

    return (p > q) - (p < q);
}

/* The height of a line of text on the page: the upper quartile of the
 * heights of lines at least one and a half times as wide as high (a few
 * characters: whole characters, not parts).  Ten points when there are
 * none. */
static double text_height(const line *lines, size_t n, double ppt)
{
    int *h = malloc((n + 1) * sizeof *h);
    size_t i, m = 0;
    double em = 10 * ppt;

    if (h == NULL)
        return em;
    for (i = 0; i < n; i++) {
        const line *l = &lines[i];

        if (l->parent == (int)i && l->x1 - l->x0 >= 1.5 * (l->y1 - l->y0))
            h[m++] = l->y1 - l->y0;
    }
    if (m > 0) {
        qsort(h, m, sizeof *h, cmp_int);
        em = h[m * 3 / 4];
    }
    free(h);
    return em;
}

/* Are lines A and B the upper and lower parts of one line: they stand
 * over each other (most of the narrower's width shared), close enough
 * that together they are no taller than a line of text (EM), with no
 * rule between them. */
static int halves(const xg_ocr_seg *seg, const line *a, const line *b,
                  double em)
{
    int xov = imin(a->x1, b->x1) - imax(a->x0, b->x0);
    int h = imax(a->y1, b->y1) - imin(a->y0, b->y0);
    int top = imin(a->y1, b->y1), bottom = imax(a->y0, b->y0);
    size_t i;

    if (xov < 0.5 * imin(a->x1 - a->x0, b->x1 - b->x0) || h > 1.25 * em)
        return 0;
    /* a horizontal rule between them (when they do not overlap) */
    for (i = 0; i < seg->nrules && bottom > top; i++) {
        const xg_ocr_rule *r = &seg->rules[i];

        if (!r->vertical && r->pos > top - 1 && r->pos < bottom + 1 &&
            r->b >= imax(a->x0, b->x0) && r->a <= imin(a->x1, b->x1))
            return 0;
    }
    return 1;
}

#define TALL_NUMBER 1.2     /* a number higher than this many of the others is none */

/* Which pieces look like a number: digits are each one stroke as tall
 * as the line and narrower than high; a decimal point, a comma or a
 * thousands separator is small.  So: most components (three in four)
 * reach most of the piece's height, and none is as wide as the piece is
 * high.  Characters of Chinese are as wide as high, and most are several
 * components of all heights. */
static int numeric_shapes(xg_ocr_seg *seg, xg_error *err)
{
    int *ncomp = calloc(seg->npieces + 1, sizeof *ncomp);
    int *ntall = calloc(seg->npieces + 1, sizeof *ntall);
    int *wide = calloc(seg->npieces + 1, sizeof *wide);
    size_t i;

    seg->numeric = calloc(seg->npieces + 1, 1);
    if (ncomp == NULL || ntall == NULL || wide == NULL || seg->numeric == NULL) {
        free(ncomp);
        free(ntall);
        free(wide);
        return xg_error_nomem(err);
    }
    for (i = 0; i < seg->ncomps; i++) {
        const comp *c = &seg->comps[i];
        int p = seg->comp_piece[i], h;

        if (p < 0)
            continue;
        h = seg->pieces[p].y1 - seg->pieces[p].y0;
        ncomp[p]++;
        if (c->y1 - c->y0 >= 0.6 * h)
            ntall[p]++;
        if (c->x1 - c->x0 >= 0.9 * h)
            wide[p] = 1;
    }
    for (i = 0; i < seg->npieces; i++)
        seg->numeric[i] = ncomp[i] > 0 && !wide[i] && 4 * ntall[i] >= 3 * ncomp[i];
    /* a piece of a digit and Chinese (4.保护, its characters of tall
     * narrow strokes) may pass, and the digits recogniser reads it as a
     * number (4.4): it stands higher than the region's numbers (Chinese
     * is a third higher than digits), which most pieces of two or more
     * digits are.  It is then read as text first, its digits confirmed
     * as a run of the text. */
    {
        int *h = ncomp;     /* reused: the heights of numbers */
        size_t m = 0;

        for (i = 0; i < seg->npieces; i++)
            if (seg->numeric[i] && ntall[i] >= 2)
                h[m++] = seg->pieces[i].y1 - seg->pieces[i].y0;
        if (m >= 3) {
            int med;

            qsort(h, m, sizeof *h, cmp_int);
            med = h[m / 2];
            for (i = 0; i < seg->npieces; i++)
                if (seg->numeric[i] &&
                    seg->pieces[i].y1 - seg->pieces[i].y0 > TALL_NUMBER * med)
                    seg->numeric[i] = 0;
        }
    }
    free(ncomp);
    free(ntall);
    free(wide);
    return XG_OK;
}

/* Components into lines (see the top of the file), lines into pieces. */
static int components_pieces(xg_ocr_seg *seg, double ppt, xg_error *err)
{
    comp_order *order = NULL;
    line *lines = NULL;
    piece_order *po = NULL;
    size_t nlines = 0, caplines = 0, npo = 0, i, j;
    int *line_piece = NULL, changed, rc = XG_OK;
    double em, speck = SPECK_SIDE * ppt, tiny = TINY_PIECE * ppt, big = BIG_INK * ppt;

    order = malloc((seg->ncomps + 1) * sizeof *order);
    if (order == NULL)
        return xg_error_nomem(err);
    for (i = 0; i < seg->ncomps; i++) {
        order[i].comps = seg->comps;
        order[i].idx = (int)i;
    }
    qsort(order, seg->ncomps, sizeof *order, cmp_order);
    for (i = 0; i < seg->ncomps; i++) {
        comp *c = &seg->comps[order[i].idx];
        int w = c->x1 - c->x0, h = c->y1 - c->y0, best = -1;
        double best_ov = 0;

        c->line = -1;
        if (c->area < speck * speck || (w > big && h > big))
            continue;
        for (j = 0; j < nlines; j++) {
            const line *l = &lines[j];
            int ov = imin(l->y1, c->y1) - imax(l->y0, c->y0);
            double r;

            if (l->parent != (int)j || ov <= 0)
                continue;
            if (!same_line(seg, l->x0, l->y0, l->x1, l->y1, c->x0, c->y0, c->x1, c->y1))
                continue;
            r = (double)ov / imin(l->y1 - l->y0, h);
            if (r > best_ov) {
                best_ov = r;
                best = (int)j;
            }
        }
        if (best < 0) {
            if (grow((void **)&lines, &caplines, nlines + 1, sizeof *lines)) {
                rc = xg_error_nomem(err);
                goto out;
            }
            lines[nlines].x0 = c->x0;
            lines[nlines].y0 = c->y0;
            lines[nlines].x1 = c->x1;
            lines[nlines].y1 = c->y1;
            lines[nlines].parent = (int)nlines;
            best = (int)nlines++;
        } else {
            line *l = &lines[best];

            l->x0 = imin(l->x0, c->x0);
            l->y0 = imin(l->y0, c->y0);
            l->x1 = imax(l->x1, c->x1);
            l->y1 = imax(l->y1, c->y1);
        }
        c->line = best;
    }
    /* second pass: lines that are one line (parts of characters that
     * started lines of their own, or the upper and lower halves of a line
     * of characters such as 公益 that all come apart) */
    em = text_height(lines, nlines, ppt);
    do {
        changed = 0;
        for (i = 0; i < nlines; i++) {
            if (lines[i].parent != (int)i)
                continue;
            for (j = i + 1; j < nlines; j++) {
                line *a = &lines[i], *b = &lines[j];
                int joined;

                if (b->parent != (int)j)
                    continue;
                joined = a->x0 <= b->x0
                    ? same_line(seg, a->x0, a->y0, a->x1, a->y1, b->x0, b->y0, b->x1, b->y1)
                    : same_line(seg, b->x0, b->y0, b->x1, b->y1, a->x0, a->y0, a->x1, a->y1);
                if (!joined)
                    joined = halves(seg, a, b, em);
                if (!joined)
                    continue;
                a->x0 = imin(a->x0, b->x0);
                a->y0 = imin(a->y0, b->y0);
                a->x1 = imax(a->x1, b->x1);
                a->y1 = imax(a->y1, b->y1);
                b->parent = (int)i;
                changed = 1;
            }
        }
    } while (changed);
    /* pieces: the root lines that are more than a speck, in order */
    line_piece = malloc((nlines + 1) * sizeof *line_piece);
    po = malloc((nlines + 1) * sizeof *po);
    seg->comp_piece = malloc((seg->ncomps + 1) * sizeof *seg->comp_piece);
    if (line_piece == NULL || po == NULL || seg->comp_piece == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < nlines; i++) {
        const line *l = &lines[i];

        line_piece[i] = -1;
        if (l->parent != (int)i || (l->x1 - l->x0 < tiny && l->y1 - l->y0 < tiny))
            continue;
        po[npo].box.x0 = l->x0;
        po[npo].box.y0 = l->y0;
        po[npo].box.x1 = l->x1;
        po[npo].box.y1 = l->y1;
        po[npo].line = (int)i;
        npo++;
    }
    if (npo > XG_OCR_MAX_PIECES) {
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "page image has more than %d pieces of text",
                          XG_OCR_MAX_PIECES);
        goto out;
    }
    qsort(po, npo, sizeof *po, cmp_piece);
    seg->pieces = malloc((npo + 1) * sizeof *seg->pieces);
    if (seg->pieces == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < npo; i++) {
        seg->pieces[i] = po[i].box;
        line_piece[po[i].line] = (int)i;
    }
    seg->npieces = npo;
    for (i = 0; i < seg->ncomps; i++) {
        int l = seg->comps[i].line;

        seg->comp_piece[i] = l < 0 ? -1 : line_piece[line_root(lines, l)];
    }
    rc = numeric_shapes(seg, err);
out:
    free(order);
    free(lines);
    free(po);
    free(line_piece);
    return rc;
}

xg_ocr_seg *xg_ocr_segment(const xg_gray *img, const xg_ocr_rule *rules,
                           size_t nrules, double px_per_pt, xg_error *err)
{
    xg_ocr_seg *seg = NULL;
    unsigned char *mask = NULL, *real = NULL;
    rule_line *lines = NULL;
    int w = img->w, h = img->h, thresh, x, y, maxhalf;
    size_t i;

    if (w <= 0 || h <= 0 || px_per_pt <= 0) {
        xg_error_set(err, XG_ERR_USAGE, "empty page image");
        return NULL;
    }
    seg = calloc(1, sizeof *seg);
    mask = malloc((size_t)w * (size_t)h);
    if (seg == NULL || mask == NULL)
        goto nomem;
    seg->img = img;
    seg->px_per_pt = px_per_pt;
    thresh = seg->thresh = xg_ocr_threshold(img);
    for (y = 0; y < h; y++) {
        const unsigned char *row = img->px + (size_t)y * img->stride;
        unsigned char *m = mask + (size_t)y * w;

        for (x = 0; x < w; x++)
            m[x] = row[x] < thresh;
    }
    /* the page's rules out of the ink, and kept as barriers between
     * pieces; strokes of characters stay */
    seg->rules = malloc((nrules + 1) * sizeof *seg->rules);
    seg->rule_half = malloc((nrules + 1) * sizeof *seg->rule_half);
    if (seg->rules == NULL || seg->rule_half == NULL)
        goto nomem;
    maxhalf = (int)ceil(RULE_MAX_HALF * px_per_pt);
    real = malloc(nrules + 1);
    if (real == NULL)
        goto nomem;
    for (i = 0; i < nrules; i++)
        real[i] = (unsigned char)real_rule(mask, w, h, rules, nrules, i, maxhalf, px_per_pt);
    for (i = 0; i < nrules; i++)
        real[i] |= twin_rule(mask, w, h, rules, nrules, real, i, maxhalf, px_per_pt);
    for (i = 0; i < nrules; i++) {
        int t;

        if (!real[i])
            continue;
        t = rule_thickness(mask, w, h, &rules[i], maxhalf);
        if (t == 0 || t > 2 * maxhalf)
            continue;
        seg->rule_half[seg->nrules] = t / 2 + 2;
        seg->rules[seg->nrules++] = rules[i];
    }
    /* measured first, erased after: rules cross */
    lines = malloc((seg->nrules + 1) * sizeof *lines);
    if (lines == NULL)
        goto nomem;
    /* only a long rule: along a short one (a cell's side) a line of
     * digits may fill half of it */
    for (i = 0; i < seg->nrules; i++) {
        lines[i].n = 0;
        if (seg->rules[i].b - seg->rules[i].a >= RULE_LONG * px_per_pt)
            rule_lines(mask, w, h, &seg->rules[i], maxhalf, &lines[i]);
    }
    for (i = 0; i < seg->nrules; i++)
        erase_rule(mask, w, h, &seg->rules[i], seg->rule_half[i], seg->rule_half[i] + 2,
                   2 * maxhalf, &lines[i]);
    if (mask_runs(seg, mask, w, h, err) != XG_OK ||
        runs_components(seg, err) != XG_OK ||
        components_pieces(seg, px_per_pt, err) != XG_OK)
        goto fail;
    free(mask);
    free(real);
    free(lines);
    return seg;
nomem:
    xg_error_nomem(err);
fail:
    free(mask);
    free(real);
    free(lines);
    xg_ocr_seg_free(seg);
    return NULL;
}

size_t xg_ocr_seg_count(const xg_ocr_seg *seg)
{
    return seg->npieces;
}

xg_ocr_box xg_ocr_seg_box(const xg_ocr_seg *seg, size_t i)
{
    return seg->pieces[i];
}

int xg_ocr_seg_numeric(const xg_ocr_seg *seg, size_t i)
{
    return seg->numeric[i];
}

double xg_ocr_seg_resolution(const xg_ocr_seg *seg)
{
    return seg->px_per_pt;
}

/* Paper is white: a pixel lighter than ink (THRESH) with no ink beside
 * it becomes 255.  The noise of a scan's paper, faint as it is, makes
 * Tesseract's own threshold find ink everywhere in a small crop. */
static int paper_white(xg_gray *g, int thresh, xg_error *err)
{
    unsigned char *ink = calloc((size_t)g->w * (size_t)g->h, 1);
    int x, y, dx, dy;

    if (ink == NULL)
        return xg_error_nomem(err);
    for (y = 0; y < g->h; y++)
        for (x = 0; x < g->w; x++)
            ink[(size_t)y * g->w + x] = g->px[(size_t)y * g->stride + x] < thresh;
    for (y = 0; y < g->h; y++)
        for (x = 0; x < g->w; x++) {
            int near = 0;

            if (ink[(size_t)y * g->w + x])
                continue;
            for (dy = -1; dy <= 1 && !near; dy++)
                for (dx = -1; dx <= 1; dx++) {
                    int nx = x + dx, ny = y + dy;

                    if (nx >= 0 && ny >= 0 && nx < g->w && ny < g->h &&
                        ink[(size_t)ny * g->w + nx]) {
                        near = 1;
                        break;
                    }
                }
            if (!near)
                g->px[(size_t)y * g->stride + x] = 255;
        }
    free(ink);
    return XG_OK;
}

/* The crop is the image's own grey, anti-aliased edges and all (the
 * recogniser reads them), with what is not the piece painted white: the
 * runs of other pieces and of specks, a pixel around each, the bands of
 * the rules, and paper. */
int xg_ocr_seg_crop(const xg_ocr_seg *seg, size_t i, int margin,
                    xg_gray *out, xg_error *err)
{
    const xg_ocr_box *b = &seg->pieces[i];
    int w = b->x1 - b->x0 + 2 * margin, h = b->y1 - b->y0 + 2 * margin;
    int cx0 = b->x0 - margin, cy0 = b->y0 - margin, x, y;
    size_t k, lo, hi;

    memset(out, 0, sizeof *out);
    if (margin < 0)
        return xg_error_set(err, XG_ERR_USAGE, "bad crop");
    if (xg_gray_new(out, w, h, err) != XG_OK)
        return err != NULL ? err->code : XG_ERR_NOMEM;
    for (y = 0; y < h; y++) {
        unsigned char *dst = out->px + (size_t)y * w;
        int sy = cy0 + y;

        if (sy < 0 || sy >= seg->img->h) {
            memset(dst, 255, (size_t)w);
            continue;
        }
        for (x = 0; x < w; x++) {
            int sx = cx0 + x;

            dst[x] = sx < 0 || sx >= seg->img->w ? 255
                     : seg->img->px[(size_t)sy * seg->img->stride + sx];
        }
    }
    /* runs are sorted by row: binary search the first row of the crop */
    lo = 0;
    hi = seg->nruns;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (seg->runs[mid].y < cy0 - 1)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (k = lo; k < seg->nruns && seg->runs[k].y <= cy0 + h; k++) {
        const run *r = &seg->runs[k];
        int x0 = imax(r->x0 - 1, cx0) - cx0, x1 = imin(r->x1 + 1, cx0 + w) - cx0, dy;

        if (seg->comp_piece[seg->run_comp[k]] == (int)i || x1 <= x0)
            continue;
        for (dy = -1; dy <= 1; dy++)
            if (r->y + dy >= cy0 && r->y + dy < cy0 + h)
                memset(out->px + (size_t)(r->y + dy - cy0) * w + x0, 255, (size_t)(x1 - x0));
    }
    for (k = 0; k < seg->nrules; k++) {
        const xg_ocr_rule *r = &seg->rules[k];
        int p0 = (int)floor(r->pos - seg->rule_half[k]), p1 = (int)ceil(r->pos + seg->rule_half[k]);
        int a0 = (int)floor(r->a) - 2, a1 = (int)ceil(r->b) + 2;
        int rx0 = r->vertical ? p0 : a0, rx1 = r->vertical ? p1 : a1;
        int ry0 = r->vertical ? a0 : p0, ry1 = r->vertical ? a1 : p1;

        rx0 = imax(rx0, cx0) - cx0;
        rx1 = imin(rx1 + 1, cx0 + w) - cx0;
        ry0 = imax(ry0, cy0) - cy0;
        ry1 = imin(ry1 + 1, cy0 + h) - cy0;
        for (y = ry0; y < ry1 && rx1 > rx0; y++)
            memset(out->px + (size_t)y * w + rx0, 255, (size_t)(rx1 - rx0));
    }
    return paper_white(out, seg->thresh, err);
}
