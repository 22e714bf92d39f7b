/*
 * Recognition with Tesseract on images drawn with cairo (DejaVu Sans,
 * which CI installs; Chinese is left to the scanned corpus, whose text
 * is pictures and needs no font): numbers read twice and agreed, text
 * read as text, ink that reads as nothing still a glyph, the time bound.
 */
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "testutil.h"
#include "buf.h"
#include "ocr.h"

typedef struct page {
    xg_gray gray;
    cairo_surface_t *surf;
    cairo_t *cr;
} page;

static void page_begin(page *p, int w, int h)
{
    p->surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    p->cr = cairo_create(p->surf);
    cairo_set_source_rgb(p->cr, 1, 1, 1);
    cairo_paint(p->cr);
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    cairo_select_font_face(p->cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(p->cr, 42);     /* 10.5 points at 4 pixels a point */
}

static void text_at(page *p, double x, double y, const char *s)
{
    cairo_move_to(p->cr, x, y);
    cairo_show_text(p->cr, s);
}

/* The drawing as grey. */
static void page_end(page *p)
{
    int w = cairo_image_surface_get_width(p->surf);
    int h = cairo_image_surface_get_height(p->surf);
    int stride, x, y;
    const unsigned char *data;

    cairo_destroy(p->cr);
    cairo_surface_flush(p->surf);
    data = cairo_image_surface_get_data(p->surf);
    stride = cairo_image_surface_get_stride(p->surf);
    p->gray.w = w;
    p->gray.h = h;
    p->gray.stride = (size_t)w;
    p->gray.px = malloc((size_t)w * (size_t)h);
    assert_non_null(p->gray.px);
    for (y = 0; y < h; y++)
        for (x = 0; x < w; x++)
            p->gray.px[(size_t)y * w + x] = data[(size_t)y * stride + 4 * x + 1];
    cairo_surface_destroy(p->surf);
}

typedef struct read_result {
    xg_ocr_glyph *glyphs;
    size_t n, cap;
    xg_ocr_seg *seg;
} read_result;

static int read_page(xg_ocr *ocr, page *p, long deadline_ms, read_result *rr,
                     xg_error *err)
{
    memset(rr, 0, sizeof *rr);
    rr->seg = xg_ocr_segment(&p->gray, NULL, 0, 4.0, err);
    assert_non_null(rr->seg);
    return xg_ocr_read(ocr, rr->seg, deadline_ms, &rr->glyphs, &rr->n, &rr->cap, err);
}

static void read_free(read_result *rr)
{
    free(rr->glyphs);
    xg_ocr_seg_free(rr->seg);
}

/* The text of piece K. */
static char *piece_text(const read_result *rr, int k)
{
    xg_buf b = {0};
    size_t i;

    for (i = 0; i < rr->n; i++)
        if (rr->glyphs[i].piece == k)
            assert_int_equal(xg_buf_put_cp(&b, rr->glyphs[i].cp), 0);
    return xg_buf_steal(&b);
}

static int setup(void **state)
{
    xg_error err = {0};

    *state = xg_ocr_new(&err);
    return *state == NULL ? -1 : 0;
}

static int teardown(void **state)
{
    xg_ocr_free(*state);
    return 0;
}

static void test_numbers(void **state)
{
    page p;
    read_result rr;
    xg_error err = {0};
    char *t;
    size_t i;

    page_begin(&p, 900, 260);
    text_at(&p, 60, 80, "1742");
    text_at(&p, 500, 80, "30,965");
    text_at(&p, 60, 200, "7730.28");
    page_end(&p);
    assert_int_equal(read_page(*state, &p, 0, &rr, &err), XG_OK);
    assert_int_equal(xg_ocr_seg_count(rr.seg), 3);
    t = piece_text(&rr, 0);
    assert_string_equal(t, "1742");
    free(t);
    t = piece_text(&rr, 1);
    assert_string_equal(t, "30,965");
    free(t);
    t = piece_text(&rr, 2);
    assert_string_equal(t, "7730.28");
    free(t);
    for (i = 0; i < rr.n; i++) {
        const xg_ocr_glyph *g = &rr.glyphs[i];
        xg_ocr_box b = xg_ocr_seg_box(rr.seg, (size_t)g->piece);

        assert_true(g->number);
        assert_true(g->confidence >= 80 && g->confidence <= 100);
        /* boxes in reading order, apart, within the piece, as high */
        assert_true(g->box.x0 >= b.x0 && g->box.x1 <= b.x1 && g->box.x1 > g->box.x0);
        assert_int_equal(g->box.y0, b.y0);
        assert_int_equal(g->box.y1, b.y1);
        if (i > 0 && rr.glyphs[i - 1].piece == g->piece)
            assert_true(g->box.x0 >= rr.glyphs[i - 1].box.x1);
    }
    read_free(&rr);
    free(p.gray.px);
}

static void test_text(void **state)
{
    page p;
    read_result rr;
    xg_error err = {0};
    char *t;
    size_t i;

    page_begin(&p, 900, 140);
    text_at(&p, 60, 80, "Annual report");
    page_end(&p);
    assert_int_equal(read_page(*state, &p, 0, &rr, &err), XG_OK);
    t = piece_text(&rr, 0);
    assert_non_null(strstr(t, "report"));
    free(t);
    for (i = 0; i < rr.n; i++)
        assert_false(rr.glyphs[i].number);
    read_free(&rr);
    free(p.gray.px);
}

/* Ink the recognisers make nothing of is not dropped. */
static void test_unreadable_ink(void **state)
{
    page p;
    read_result rr;
    xg_error err = {0};

    page_begin(&p, 300, 200);
    cairo_arc(p.cr, 150, 100, 30, 0, 6.3);
    cairo_set_line_width(p.cr, 25);
    cairo_stroke(p.cr);
    page_end(&p);
    assert_int_equal(read_page(*state, &p, 0, &rr, &err), XG_OK);
    assert_int_equal(xg_ocr_seg_count(rr.seg), 1);
    assert_true(rr.n >= 1);
    read_free(&rr);
    free(p.gray.px);
}

static void test_deadline(void **state)
{
    page p;
    read_result rr;
    xg_error err = {0};
    int k;

    page_begin(&p, 900, 900);
    for (k = 0; k < 12; k++)
        text_at(&p, 60 + (k % 3) * 280, 80 + (k / 3) * 200, "12345");
    page_end(&p);
    assert_int_equal(read_page(*state, &p, 1, &rr, &err), XG_ERR_LIMIT);
    assert_string_equal(err.message, "OCR took more than 1 s of CPU");
    read_free(&rr);
    free(p.gray.px);
}

/* libtesseract is loaded with OpenMP when OCR is first needed, with
 * OMP_THREAD_LIMIT set to 1 unless the user chose a limit (tests/cli.sh
 * runs without it).  Here, unset before the recognisers are made (the
 * group's setup), it is 1 after. */
static void test_thread_limit(void **state)
{
    (void)state;
    assert_non_null(getenv("OMP_THREAD_LIMIT"));
    assert_string_equal(getenv("OMP_THREAD_LIMIT"), "1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_thread_limit),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_unreadable_ink),
        cmocka_unit_test(test_deadline),
    };

    unsetenv("OMP_THREAD_LIMIT");
    return cmocka_run_group_tests(tests, setup, teardown) != 0 ? 1 : 0;
}
