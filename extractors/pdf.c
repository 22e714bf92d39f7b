/*
 * PDF extractor.  Poppler's core interpreter reads each page once
 * (pdf_core.cc): its characters with their boxes, and the rules its paths
 * draw; nothing is rendered and no font is loaded, so what is read does
 * not depend on the fonts of the machine.  Then:
 *
 *   1. characters are grouped into visual lines (pdf_lines.c);
 *   2. rules drawn in pieces are joined, glyph strokes and underlines
 *      dropped (pdf_rules.c);
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
 * Poppler gives the text layout and the paths of a page with /Rotate both
 * in the turned, displayed space, so nothing is turned here.
 *
 * All state lives in the call; nothing static is written (Poppler itself is
 * not thread-safe anyway: parallelism means processes).
 */
#include "extract.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "pdf_internal.h"
#ifdef XG_HAVE_OCR
#include <time.h>

#include "ocr.h"
#endif

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

/* ------------------------------------------------------------------ */
/* pages                                                               */

/* A page's rules are looked at when some text line has a wide gap inside
 * it: rows of a table (a frame around prose is no table).  Whether the
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
    if (all == NULL) {          /* cannot judge: look */
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

#ifdef XG_HAVE_OCR
/* ------------------------------------------------------------------ */
/* OCR                                                                 */

/* CPU time of the process in milliseconds (OCR's bounds are CPU time:
 * a busy machine makes no page too slow). */
static long cpu_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The pictures of page PD (which has a text layer) that may be tables to
 * read by OCR: large ones (a tenth of the page) with no character of the
 * text layer on them.  Their boxes into REGIONS; the count in *N. */
static int picture_regions(xg_pdf_core *core, const page_data *pd,
                           double regions[][4], int max, int *n,
                           xg_error *err)
{
    int k, m = 0, rc = xg_pdf_core_pictures(core, pd->no, regions, max, n, err);

    if (rc != XG_OK)
        return rc;
    for (k = 0; k < *n; k++) {
        const double *b = regions[k];
        size_t i;
        int covered = 0;

        for (i = 0; i < pd->nchars && !covered; i++) {
            const pchar *c = &pd->chars[i];

            covered = !c->space && ch_cx(c) > b[0] && ch_cx(c) < b[2] &&
                      ch_cy(c) > b[1] && ch_cy(c) < b[3];
        }
        if (!covered)
            memmove(regions[m++], b, sizeof regions[0]);
    }
    *n = m;
    return XG_OK;
}

/* Read by OCR the pages without a text layer, and the pictures of ruled
 * tables on pages with one: their characters join the page's, the rules
 * found in them its rules.  The recognisers are loaded at the first such
 * page.  Bounds: XG_OCR_MAX_PAGES pages, XG_OCR_PAGE_SECONDS of CPU a
 * page, XG_OCR_FILE_SECONDS in all.  Which pages OCR reads, and where, is
 * known before any is read: a file with more is refused at once, not
 * after its first XG_OCR_MAX_PAGES pages were read (20 s for 41 pages). */
typedef double ocr_regions[8][4];

static int ocr_pages(xg_pdf_core *core, page_data *pages, int npages,
                     xg_error *err)
{
    xg_ocr *ocr = NULL;
    long start = cpu_ms();
    int i, k, rc = XG_OK, todo = 0;
    ocr_regions *regions = calloc((size_t)npages, sizeof *regions);
    int *nreg = calloc((size_t)npages, sizeof *nreg);

    if (regions == NULL || nreg == NULL) {
        rc = xg_error_nomem(err);
        goto out;
    }
    for (i = 0; i < npages && rc == XG_OK; i++) {
        page_data *pd = &pages[i];

        if (pd->w <= 0 || pd->h <= 0)
            continue;
        if (!pd->has_text) {
            regions[i][0][0] = regions[i][0][1] = 0;
            regions[i][0][2] = pd->w;
            regions[i][0][3] = pd->h;
            nreg[i] = 1;
        } else if (!pd->turned) {
            /* pictures are found and rendered as the page is displayed,
             * not as it was read (pd->turned) */
            rc = picture_regions(core, pd, regions[i], 8, &nreg[i], err);
        }
        if (rc == XG_OK && nreg[i] > 0 && ++todo > XG_OCR_MAX_PAGES)
            rc = xg_error_set(err, XG_ERR_LIMIT, "more than %d pages to read by OCR",
                              XG_OCR_MAX_PAGES);
    }
    for (i = 0; i < npages && rc == XG_OK; i++) {
        page_data *pd = &pages[i];
        double scale = XG_OCR_DPI / 72.0;
        int scanned = !pd->has_text;
        xg_gray page = {0};

        if (nreg[i] == 0)
            continue;
        if (ocr == NULL && (ocr = xg_ocr_new(err)) == NULL) {
            rc = err != NULL ? err->code : XG_ERR_NOMEM;
            break;
        }
        if (pd->w * scale > XG_OCR_MAX_SIDE)
            scale = XG_OCR_MAX_SIDE / pd->w;
        if (pd->h * scale > XG_OCR_MAX_SIDE)
            scale = XG_OCR_MAX_SIDE / pd->h;
        rc = xg_pdf_core_render(core, pd->no, scale, &page.px, &page.w, &page.h, err);
        page.stride = (size_t)page.w;
        for (k = 0; k < nreg[i] && rc == XG_OK && page.px != NULL; k++) {
            long page_left = XG_OCR_PAGE_SECONDS * 1000L;
            long file_left = XG_OCR_FILE_SECONDS * 1000L - (cpu_ms() - start);

            rc = xg_pdf_ocr_region(ocr, &page, scale, regions[i][k], !scanned, pd, &pd->rl,
                                   file_left < page_left ? file_left : page_left, err);
            if (rc == XG_ERR_LIMIT && err != NULL) {
                char why[sizeof err->message];

                /* what was left of the file's time is not its bound */
                memcpy(why, err->message, sizeof why);
                if (cpu_ms() - start >= XG_OCR_FILE_SECONDS * 1000L)
                    xg_error_set(err, rc, "page %d: OCR of the file took more than %d s of CPU",
                                 pd->no, XG_OCR_FILE_SECONDS);
                else
                    xg_error_set(err, rc, "page %d: %s", pd->no, why);
            }
        }
        free(page.px);
    }
out:
    free(regions);
    free(nreg);
    xg_ocr_free(ocr);
    return rc;
}
#endif

/* The rules of page PD that the table stages see: those it draws when
 * it may hold a table (its own rows or the next page's first), none
 * otherwise. */
static int read_page(page_data *pd, const page_data *prev, int use_rules,
                     xg_error *err)
{
    rules none = {0};
    int rc;

    rc = xg_pdf_page_structure(pd, use_rules ? &pd->rl : &none, prev, err);
    free(pd->rl.h);
    free(pd->rl.v);
    memset(&pd->rl, 0, sizeof pd->rl);
    return rc;
}

/* ------------------------------------------------------------------ */
/* the document                                                        */

/* Does page PD, which has no text, draw glyphs of no known character (a
 * font without a Unicode map)?  They are dropped: the page is read as one
 * without a text layer, by OCR where it can be. */
static int only_unknown(page_data *pd)
{
    size_t i;
    int any = 0;

    for (i = 0; i < pd->nchars; i++)
        any |= pd->chars[i].cp == 0xFFFD;
    pd->nchars = 0;
    return any;
}

/* Poppler leaves out a character whose origin is off the page: in a
 * table wider than the page the digits past its edge are not there (26644
 * read as 2664).  A digit with no room for another of its size between it
 * and an edge may have lost the digits beyond it: its text is unknown
 * (U+FFFD), while it still counts as a digit where the table's columns
 * and rows are found. */
static void edge_digits(page_data *pd)
{
    size_t i;

    for (i = 0; i < pd->nchars; i++) {
        pchar *c = &pd->chars[i];
        double w = c->x1 - c->x0, h = c->y1 - c->y0;

        if (xg_pdf_digit_cp(c->cp) &&
            (c->x1 + w > pd->w || c->x0 - w < 0 || c->y1 + h > pd->h ||
             c->y0 - h < 0))
            c->cut = 1;
    }
}

int xg_extract_pdf(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err)
{
    xg_pdf_core *core = NULL;
    page_data *pages = NULL;
    int npages = 0, i, rc, has_text = 0, unknown = 0;

    if (data == NULL || doc == NULL)
        return xg_error_set(err, XG_ERR_USAGE, "no input");
    rc = xg_pdf_core_open(data, size, XG_MAX_PDF_SECONDS, &core, err);
    if (rc != XG_OK)
        goto out;
    npages = xg_pdf_core_npages(core);
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
    /* each page read once: its characters and the rules it draws, joined
     * and without glyph strokes (which need its characters) */
    for (i = 0; i < npages; i++) {
        page_data *pd = &pages[i];

        pd->no = i + 1;
        rc = xg_pdf_core_read_page(core, pd, &pd->rl, err);
        if (rc != XG_OK)
            goto out;
        if (xg_pdf_rules_finish(pd, &pd->rl) != 0) {
            rc = xg_error_nomem(err);
            goto out;
        }
        edge_digits(pd);
        if (pd->has_text)
            page_looks_tabular(pd);
        else if (only_unknown(pd))
            unknown = 1;
        has_text |= pd->has_text;
    }
    /* A page without a text layer (a scan) has no characters here, and
     * everything after this works on pages[i].chars (boxes in points)
     * alone: characters from another source enter at this point */
#ifdef XG_HAVE_OCR
    {
        long before = cpu_ms();

        rc = ocr_pages(core, pages, npages, err);
        /* OCR's time is bounded by its own limits, not the reading's */
        xg_pdf_core_extend(core, (cpu_ms() - before) / 1000.0);
    }
    if (rc != XG_OK)
        goto out;
    for (i = 0; i < npages; i++)
        has_text |= pages[i].has_text;
    if (!has_text) {
        rc = xg_error_set(err, XG_ERR_NO_TEXT, unknown
                          ? "text layer without Unicode (its characters are not known) and no text found by OCR"
                          : "no text layer and no text found by OCR");
        goto out;
    }
#else
    if (!has_text) {
        rc = xg_error_set(err, XG_ERR_NO_TEXT, unknown
                          ? "text layer without Unicode (its characters are not known)"
                          : "no text layer (scanned PDF?)");
        goto out;
    }
#endif
    for (i = 0; i < npages; i++) {
        /* a page read by OCR: its rules are those found in its image */
        int use_rules = pages[i].tabular || pages[i].ocr ||
                        (i + 1 < npages && pages[i + 1].opens_tabular);

        if (!pages[i].has_text)
            continue;
        rc = xg_pdf_core_in_time(core, err);
        if (rc == XG_OK)
            rc = read_page(&pages[i], i > 0 ? &pages[i - 1] : NULL,
                           use_rules, err);
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
    xg_pdf_core_close(core);
    return rc;
}
