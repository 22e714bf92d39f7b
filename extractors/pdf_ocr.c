/*
 * Scanned pages, and pictures of tables on pages with text, read by OCR
 * (ocr.h) into the characters and rules of the page, which the stages
 * after it (lattice, aligned columns, paragraphs) then read as they read
 * a text layer.
 *
 * A region of the page rendered in grey (pdf_core.cc) has its skew measured and
 * undone, its rules found by the rule finder every page uses
 * (pdf_rules.c), its ink segmented and recognised; then the rules are
 * found a second time with the recognised characters known, so that the
 * strokes of characters are not taken for rules (as on a text page).
 *
 * The straightened region keeps its place on the page: coordinates are
 * those of the straightened image, offset to the region's corner (a turn
 * of a degree or two moves nothing by more than the region's own
 * skew).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "ocr.h"
#include "pdf_internal.h"

/* The region X0, Y0, W x H of PAGE, copied. */
static int region_gray(const xg_gray *page, int x0, int y0, int w, int h,
                       xg_gray *out, xg_error *err)
{
    int y, rc = xg_gray_new(out, w, h, err);

    if (rc != XG_OK)
        return rc;
    for (y = 0; y < h; y++)
        memcpy(out->px + (size_t)y * w, page->px + (size_t)(y0 + y) * page->stride + x0,
               (size_t)w);
    return XG_OK;
}

/* Does a ruled table fill much of a W x H region (points): three
 * horizontal rules across half its width and two vertical ones down a
 * third of its height? */
static int lattice_in(const rules *rl, double w, double h)
{
    size_t i;
    int nh = 0, nv = 0;

    for (i = 0; i < rl->nh; i++)
        nh += rl->h[i].b - rl->h[i].a >= 0.5 * w;
    for (i = 0; i < rl->nv; i++)
        nv += rl->v[i].b - rl->v[i].a >= 0.3 * h;
    return nh >= 3 && nv >= 2;
}

/* Does a rule of RL (points) run through box B (pixels at SCALE), or
 * along its edge within ON_RULE points, over half of it at least?  Ink
 * there is a rule's as much as a character's (what is left of a rule
 * the erasure missed reads as 1), or a piece the final rules cut (a rule
 * the segmentation did not see) puts its characters in two cells. */
#define ON_RULE 0.5

static int on_rule(const rules *rl, xg_ocr_box b, double scale)
{
    double x0 = b.x0 / scale, y0 = b.y0 / scale, x1 = b.x1 / scale, y1 = b.y1 / scale;
    size_t i;

    for (i = 0; i < rl->nv; i++) {
        const rule *r = &rl->v[i];
        double lo = r->a > y0 ? r->a : y0, hi = r->b < y1 ? r->b : y1;

        if (r->pos > x0 - ON_RULE && r->pos < x1 + ON_RULE && hi - lo >= 0.5 * (y1 - y0))
            return 1;
    }
    for (i = 0; i < rl->nh; i++) {
        const rule *r = &rl->h[i];
        double lo = r->a > x0 ? r->a : x0, hi = r->b < x1 ? r->b : x1;

        if (r->pos > y0 - ON_RULE && r->pos < y1 + ON_RULE && hi - lo >= 0.5 * (x1 - x0))
            return 1;
    }
    return 0;
}

static void rules_free(rules *rl)
{
    free(rl->h);
    free(rl->v);
    memset(rl, 0, sizeof *rl);
}

/* The box of a glyph is the box of its piece's ink: a piece of digits is
 * as high as a digit, a piece of Chinese as high as a Chinese character,
 * which is about DIGIT_TO_EM times higher (the cap height of a font to
 * the ink of its Chinese), where a text layer gives both the height of
 * the font.  The stages after OCR take lines of another height for text
 * of another size (a label wrapped under a row of numbers would not be
 * the table's), so the glyphs of a piece read as a number alone are made
 * that much higher, about their middle. */
#define DIGIT_TO_EM 1.3

static void even_heights(pchar *chars, size_t n, const xg_ocr_glyph *glyphs)
{
    size_t i = 0, j, k;

    while (i < n) {
        int all = 1;

        for (j = i; j < n && glyphs[j].piece == glyphs[i].piece; j++)
            all &= glyphs[j].number;
        for (k = i; all && k < j; k++) {
            double mid = (chars[k].y0 + chars[k].y1) / 2;
            double h = (chars[k].y1 - chars[k].y0) * DIGIT_TO_EM;

            chars[k].y0 = mid - h / 2;
            chars[k].y1 = mid + h / 2;
        }
        i = j;
    }
}

int xg_pdf_ocr_region(xg_ocr *ocr, xg_gray *page, double scale,
                      const double region[4], int need_rules, page_data *pd,
                      rules *rl, long deadline_ms, xg_error *err)
{
    xg_gray gray = {0}, straight = {0};
    rules found = {0};
    page_data local;
    xg_ocr_rule *orules = NULL;
    xg_ocr_seg *seg = NULL;
    xg_ocr_glyph *glyphs = NULL;
    size_t nglyphs = 0, capglyphs = 0, i, nr = 0;
    int rx0, ry0, rw, rh, rc;
    double skew, ox, oy;
    pchar *chars;

    memset(&local, 0, sizeof local);
    rx0 = (int)floor(region[0] * scale);
    ry0 = (int)floor(region[1] * scale);
    rw = (int)ceil(region[2] * scale) - rx0;
    rh = (int)ceil(region[3] * scale) - ry0;
    if (rx0 < 0) { rw += rx0; rx0 = 0; }
    if (ry0 < 0) { rh += ry0; ry0 = 0; }
    if (rx0 + rw > page->w) rw = page->w - rx0;
    if (ry0 + rh > page->h) rh = page->h - ry0;
    if (rw < 8 || rh < 8)
        return XG_OK;
    ox = rx0 / scale;
    oy = ry0 / scale;
    if (rx0 == 0 && ry0 == 0 && rw == page->w && rh == page->h &&
        page->stride == (size_t)page->w) {
        gray = *page;
        page->px = NULL;
    } else {
        rc = region_gray(page, rx0, ry0, rw, rh, &gray, err);
        if (rc != XG_OK)
            goto out;
    }
    skew = xg_ocr_skew(&gray);
    if (skew != 0) {
        rc = xg_ocr_straighten(&gray, skew, &straight, err);
        if (rc != XG_OK)
            goto out;
        free(gray.px);
        gray = straight;
        straight.px = NULL;
    }
    /* rules, first without characters (for the segmentation) */
    if (xg_pdf_rules_from_gray(gray.px, (int)gray.stride, rw, rh, scale, &local, &found) != 0) {
        rc = xg_error_nomem(err);
        goto out;
    }
    if (need_rules && !lattice_in(&found, rw / scale, rh / scale))
        goto out;
    orules = malloc((found.nh + found.nv + 1) * sizeof *orules);
    if (orules == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < found.nh + found.nv; i++) {
        const rule *r = i < found.nh ? &found.h[i] : &found.v[i - found.nh];

        orules[nr].pos = r->pos * scale;
        orules[nr].a = r->a * scale;
        orules[nr].b = r->b * scale;
        orules[nr].vertical = i >= found.nh;
        nr++;
    }
    seg = xg_ocr_segment(&gray, orules, nr, scale, err);
    if (seg == NULL) {
        rc = err != NULL ? err->code : XG_ERR_NOMEM;
        goto out;
    }
    rc = xg_ocr_read(ocr, seg, deadline_ms, &glyphs, &nglyphs, &capglyphs, err);
    if (rc != XG_OK)
        goto out;
    /* the characters, in the region's points for the second rule pass,
     * then on the page */
    local.chars = malloc((nglyphs + 1) * sizeof *local.chars);
    if (local.chars == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < nglyphs; i++) {
        const xg_ocr_glyph *g = &glyphs[i];
        pchar *c = &local.chars[local.nchars++];

        memset(c, 0, sizeof *c);
        c->cp = g->cp;
        c->x0 = g->box.x0 / scale;
        c->y0 = g->box.y0 / scale;
        c->x1 = g->box.x1 / scale;
        c->y1 = g->box.y1 / scale;
        if (c->x1 - c->x0 < 0.1)
            c->x1 = c->x0 + 0.1;
        if (c->y1 - c->y0 < 0.1)
            c->y1 = c->y0 + 0.1;
        c->ocr = 1;
        c->conf = g->confidence;
    }
    rules_free(&found);
    if (xg_pdf_rules_from_gray(gray.px, (int)gray.stride, rw, rh, scale, &local, &found) != 0) {
        rc = xg_error_nomem(err);
        goto out;
    }
    /* after the rules: a rule close under a number is not its stroke */
    even_heights(local.chars, local.nchars, glyphs);
    /* none of the characters of a piece on a rule is sure */
    for (i = 0; i < nglyphs; i++)
        if (on_rule(&found, xg_ocr_seg_box(seg, (size_t)glyphs[i].piece), scale))
            local.chars[i].conf = 0;
    for (i = 0; i < found.nh + found.nv; i++) {
        rule r = i < found.nh ? found.h[i] : found.v[i - found.nh];
        int vertical = i >= found.nh;

        r.pos += vertical ? ox : oy;
        r.a += vertical ? oy : ox;
        r.b += vertical ? oy : ox;
        if (vertical ? xg_pdf_grow((void **)&rl->v, &rl->capv, rl->nv + 1, sizeof *rl->v)
                     : xg_pdf_grow((void **)&rl->h, &rl->caph, rl->nh + 1, sizeof *rl->h)) {
            rc = xg_error_nomem(err);
            goto out;
        }
        if (vertical)
            rl->v[rl->nv++] = r;
        else
            rl->h[rl->nh++] = r;
    }
    if (rl->nh > 0)
        qsort(rl->h, rl->nh, sizeof *rl->h, xg_pdf_cmp_rule);
    if (rl->nv > 0)
        qsort(rl->v, rl->nv, sizeof *rl->v, xg_pdf_cmp_rule);
    chars = xg_pdf_reallocarray(pd->chars, pd->nchars + local.nchars + 1, sizeof *chars);
    if (chars == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    pd->chars = chars;
    for (i = 0; i < local.nchars; i++) {
        pchar *c = &pd->chars[pd->nchars];

        *c = local.chars[i];
        c->x0 += ox;
        c->x1 += ox;
        c->y0 += oy;
        c->y1 += oy;
        c->seq = pd->nchars++;
        pd->has_text = 1;
    }
    pd->ocr = 1;
out:
    free(gray.px);
    free(straight.px);
    free(orules);
    free(glyphs);
    free(local.chars);
    rules_free(&found);
    xg_ocr_seg_free(seg);
    return rc;
}
