/*
 * PDF extractor on Poppler's GLib API.
 *
 * Poppler gives us characters with boxes but no table structure and no
 * vector paths.  So each page goes through three steps:
 *
 *   1. characters: poppler_page_get_text and its layout, one box per
 *      character, kept with their geometry (here), grouped into visual
 *      lines (pdf_lines.c);
 *   2. rules: the page rendered with cairo at a low resolution (here) and
 *      scanned for long thin runs of dark pixels, horizontal and vertical
 *      (pdf_rules.c);
 *   3. structure: rules that touch form a lattice, the lattice becomes a
 *      grid of cells (a cell with no rule inside it spans grid lines), the
 *      characters fall into cells by their centres (pdf_lattice.c); runs
 *      of text lines aligned in columns with no vertical rules become
 *      tables too (pdf_aligned.c); what is left is paragraphs.
 *
 * Then the pages are put together (pdf_pages.c): a table that goes on at
 * the top of the next page with the same columns is joined to the one
 * before (a repeated header dropped, cells cut by the page break joined),
 * paragraphs run on across page breaks, page numbers and running headers
 * are dropped.
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
#include "pdf_internal.h"

/* ------------------------------------------------------------------ */
/* helpers every stage uses                                            */

void *xg_pdf_reallocarray(void *p, size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size)
        return NULL;
    return realloc(p, n * size != 0 ? n * size : 1);
}

/* Grow *ARR (of *CAP elements of SIZE) to hold at least NEED. */
int xg_pdf_grow(void **arr, size_t *cap, size_t need, size_t size)
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
    p = xg_pdf_reallocarray(*arr, ncap, size);
    if (p == NULL)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

int xg_pdf_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return x < y ? -1 : x > y;
}

int xg_pdf_uf_find(int *parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

void xg_pdf_uf_union(int *parent, int a, int b)
{
    a = xg_pdf_uf_find(parent, a);
    b = xg_pdf_uf_find(parent, b);
    if (a != b)
        parent[a < b ? b : a] = a < b ? a : b;
}

static int is_space_cp(gunichar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 ||
           c == 0x3000 || c == 0xfeff || (c >= 0x2000 && c <= 0x200b);
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
/* rendering                                                           */

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
    if (xg_pdf_rules_from_image(cairo_image_surface_get_data(cv->surf),
                                cairo_image_surface_get_stride(cv->surf),
                                w, h, scale, pd, rl) != 0)
        rc = xg_error_nomem(err);
out:
    cairo_destroy(cr);
    return rc;
}

/* ------------------------------------------------------------------ */
/* pages                                                               */

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
    if (xg_pdf_group_lines(all, pd->nchars, &lines, &nl) != 0) {
        free(all);
        pd->tabular = pd->opens_tabular = 1;
        return;
    }
    /* a gap of one character height: justified prose never has one,
     * table rows nearly always do */
    for (i = 0; i < nl; i++) {
        int gap;

        if (!xg_pdf_line_has_ink(&lines[i]))
            continue;
        gap = xg_pdf_line_chunks_gap(&lines[i], ch, MAX_CHUNKS, 1.0) >= 2;
        if (gap)
            pd->tabular = 1;
        if (first && lines[i].y0 > pd->h * 0.08) {
            pd->opens_tabular = gap;
            first = 0;
        }
    }
    xg_pdf_lines_free(lines, nl);
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
 * when RENDER, then tables, flow lines, items in reading order. */
static int read_page(PopplerPage *page, page_data *pd, canvas *cv,
                     int render, xg_error *err)
{
    rules rl = {0};
    int rc = XG_OK;

    if (render)
        rc = page_rules(page, pd, cv, &rl, err);
    if (rc == XG_OK)
        rc = xg_pdf_page_structure(pd, &rl, err);
    free(rl.h);
    free(rl.v);
    return rc;
}

/* ------------------------------------------------------------------ */
/* the document                                                        */

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
     * costly render is spent only where a table may be.  A page without
     * a text layer (a scan) comes out of the first pass with no
     * characters; everything after it works on pages[i].chars alone
     * (boxes in points), so characters from another source enter there,
     * before the second pass */
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
    if (xg_pdf_drop_furniture(pages, (size_t)npages) != 0) {
        rc = xg_error_nomem(err);
        goto out;
    }
    rc = xg_pdf_assemble(pages, (size_t)npages, doc, err);
out:
    if (pages != NULL)
        for (i = 0; i < npages; i++)
            xg_pdf_page_free(&pages[i]);
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

