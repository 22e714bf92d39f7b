/*
 * Tests of the PDF extractor.  Each test draws a small PDF with cairo's
 * PDF surface (rules as strokes, text with the toy font API), runs the
 * extractor on the bytes and checks the grid and the cell texts exactly.
 * A few PDFs are written by hand where cairo cannot make them (a page
 * with /Rotate).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <cairo.h>
#include <cairo-pdf.h>

#include "buf.h"
#include "extract.h"
#include "pdf_internal.h"

#define QUARTER_TURN (3.14159265358979323846 / 2)  /* radians */

/* ------------------------------------------------------------------ */
/* drawing helpers                                                     */

static cairo_status_t write_buf(void *closure, const unsigned char *data,
                                unsigned int len)
{
    return xg_buf_append(closure, (const char *)data, len) == 0
               ? CAIRO_STATUS_SUCCESS
               : CAIRO_STATUS_WRITE_ERROR;
}

typedef struct pdf {
    xg_buf bytes;
    cairo_surface_t *surf;
    cairo_t *cr;
} pdf;

static void pdf_begin(pdf *p, double w, double h)
{
    memset(p, 0, sizeof *p);
    p->surf = cairo_pdf_surface_create_for_stream(write_buf, &p->bytes, w, h);
    assert_int_equal(cairo_surface_status(p->surf), CAIRO_STATUS_SUCCESS);
    p->cr = cairo_create(p->surf);
    cairo_select_font_face(p->cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(p->cr, 10);
    cairo_set_line_width(p->cr, 0.5);
    cairo_set_source_rgb(p->cr, 0, 0, 0);
}

static void pdf_next_page(pdf *p, double w, double h)
{
    cairo_show_page(p->cr);
    cairo_pdf_surface_set_size(p->surf, w, h);
}

static void pdf_end(pdf *p)
{
    cairo_destroy(p->cr);
    cairo_surface_finish(p->surf);
    assert_int_equal(cairo_surface_status(p->surf), CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(p->surf);
}

static void hline(pdf *p, double x0, double x1, double y)
{
    cairo_move_to(p->cr, x0, y);
    cairo_line_to(p->cr, x1, y);
    cairo_stroke(p->cr);
}

static void vline(pdf *p, double x, double y0, double y1)
{
    cairo_move_to(p->cr, x, y0);
    cairo_line_to(p->cr, x, y1);
    cairo_stroke(p->cr);
}

/* TEXT with its baseline at Y. */
static void text(pdf *p, double x, double y, const char *s)
{
    cairo_move_to(p->cr, x, y);
    cairo_show_text(p->cr, s);
}

/* TEXT set justified between X0 and X1, as report bodies are: the word
 * gaps widened to fill the line. */
static void justified(pdf *p, double x0, double x1, double y, const char *s)
{
    char words[16][64];
    double width = 0, x = x0, gap;
    int n = 0, i;
    const char *q = s;

    while (*q != '\0' && n < 16) {
        size_t len = strcspn(q, " ");
        cairo_text_extents_t e;

        assert_true(len < sizeof words[0]);
        memcpy(words[n], q, len);
        words[n][len] = '\0';
        cairo_text_extents(p->cr, words[n], &e);
        width += e.x_advance;
        n++;
        q += len;
        while (*q == ' ')
            q++;
    }
    gap = n > 1 ? (x1 - x0 - width) / (n - 1) : 0;
    for (i = 0; i < n; i++) {
        cairo_text_extents_t e;

        cairo_text_extents(p->cr, words[i], &e);
        text(p, x, y, words[i]);
        x += e.x_advance + gap;
    }
}

/* A full lattice: all lines of XS and YS drawn. */
static void grid(pdf *p, const double *xs, int nx, const double *ys, int ny)
{
    int i;

    for (i = 0; i < ny; i++)
        hline(p, xs[0], xs[nx - 1], ys[i]);
    for (i = 0; i < nx; i++)
        vline(p, xs[i], ys[0], ys[ny - 1]);
}

static xg_doc *extract(pdf *p, int expect, xg_error *err)
{
    xg_doc *doc = xg_doc_new();
    int rc;

    assert_non_null(doc);
    memset(err, 0, sizeof *err);
    rc = xg_extract_pdf((const unsigned char *)p->bytes.data, p->bytes.len,
                        doc, err);
    if (rc != expect)
        fail_msg("extract returned %d (%s), expected %d", rc, err->message,
                 expect);
    xg_buf_free(&p->bytes);
    return doc;
}

/* The Nth table of DOC. */
static const xg_table *nth_table(const xg_doc *doc, int n)
{
    size_t i;

    for (i = 0; i < xg_doc_block_count(doc); i++) {
        const xg_block *b = xg_doc_block(doc, i);

        if (b->kind == XG_BLOCK_TABLE && n-- == 0)
            return b->table;
    }
    fail_msg("no table %d", n);
    return NULL;
}

static int count_tables(const xg_doc *doc)
{
    size_t i;
    int n = 0;

    for (i = 0; i < xg_doc_block_count(doc); i++)
        n += xg_doc_block(doc, i)->kind == XG_BLOCK_TABLE;
    return n;
}

/* The cell at (ROW, COL) starts there, has the spans and the text. */
static void check_cell(const xg_table *t, int row, int col, int rowspan,
                       int colspan, const char *want)
{
    const xg_cell *c = xg_table_cell_at(t, row, col);

    if (c == NULL)
        fail_msg("no cell at %d,%d", row, col);
    if (c->row != row || c->col != col || c->rowspan != rowspan ||
        c->colspan != colspan)
        fail_msg("cell at %d,%d is %d,%d %dx%d, want %dx%d", row, col,
                 c->row, c->col, c->rowspan, c->colspan, rowspan, colspan);
    if (strcmp(c->text, want) != 0)
        fail_msg("cell %d,%d: \"%s\", want \"%s\"", row, col, c->text, want);
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

static void test_garbage_is_corrupt(void **state)
{
    static const unsigned char junk[] = "%PDF-1.4\nthis is not a PDF at all";
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    assert_int_equal(xg_extract_pdf(junk, sizeof junk - 1, doc, &err),
                     XG_ERR_CORRUPT);
    assert_int_equal(err.code, XG_ERR_CORRUPT);
    assert_true(err.message[0] != '\0');
    assert_null(strchr(err.message, '\n'));
    xg_doc_free(doc);
}

static void test_empty_is_corrupt(void **state)
{
    static const unsigned char nothing[] = "";
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    assert_int_equal(xg_extract_pdf(nothing, 0, doc, &err), XG_ERR_CORRUPT);
    xg_doc_free(doc);
}

static void test_no_text(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_rectangle(p.cr, 100, 100, 200, 100);
    cairo_fill(p.cr);
    hline(&p, 100, 400, 300);
    pdf_end(&p);
    doc = extract(&p, XG_ERR_NO_TEXT, &err);
    /* with OCR the page is read as a scan, and holds no text either (a
     * filled box is a picture, a lone rule no text) */
    assert_string_equal(err.message, xg_have_ocr() ? "no text layer and no text found by OCR"
                                                   : "no text layer (scanned PDF?)");
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* ruled tables                                                        */

/* 3 x 3 with (0,0)-(0,1) merged across and (1,2)-(2,2) merged down. */
static void test_ruled_merged(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    const xg_cell *c;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 80, "Heading above the table");
    hline(&p, 100, 400, 100);
    hline(&p, 100, 400, 130);
    hline(&p, 100, 300, 160);   /* not under F: F spans two rows */
    hline(&p, 100, 400, 190);
    vline(&p, 100, 100, 190);
    vline(&p, 200, 130, 190);   /* not beside AB: AB spans two columns */
    vline(&p, 300, 100, 190);
    vline(&p, 400, 100, 190);
    text(&p, 110, 119, "AB");
    text(&p, 310, 119, "C");
    text(&p, 110, 149, "D");
    text(&p, 210, 149, "E");
    text(&p, 310, 164, "F");
    text(&p, 110, 179, "G");
    text(&p, 210, 179, "H");
    text(&p, 72, 230, "Text after the table.");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);

    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_int_equal(xg_doc_block(doc, 0)->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(xg_doc_block(doc, 0)->text, "Heading above the table");
    assert_int_equal(xg_doc_block(doc, 1)->kind, XG_BLOCK_TABLE);
    assert_int_equal(xg_doc_block(doc, 2)->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(xg_doc_block(doc, 2)->text, "Text after the table.");
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 3);
    assert_int_equal(xg_table_cell_count(t), 7);
    check_cell(t, 0, 0, 1, 2, "AB");
    check_cell(t, 0, 2, 1, 1, "C");
    check_cell(t, 1, 0, 1, 1, "D");
    check_cell(t, 1, 1, 1, 1, "E");
    check_cell(t, 1, 2, 2, 1, "F");
    check_cell(t, 2, 0, 1, 1, "G");
    check_cell(t, 2, 1, 1, 1, "H");
    /* geometry: page and box of the drawn cell, within a point */
    c = xg_table_cell_at(t, 1, 2);
    assert_int_equal(c->geom.page, 1);
    assert_true(c->geom.x0 > 299 && c->geom.x0 < 301);
    assert_true(c->geom.x1 > 399 && c->geom.x1 < 401);
    assert_true(c->geom.y0 > 129 && c->geom.y0 < 131);
    assert_true(c->geom.y1 > 189 && c->geom.y1 < 191);
    assert_int_equal(xg_doc_block(doc, 0)->geom.page, 1);
    assert_true(xg_doc_block(doc, 0)->geom.y0 > 65 &&
                xg_doc_block(doc, 0)->geom.y1 < 85);
    xg_doc_free(doc);
}

/* A label wrapped over two lines is one cell, its lines joined by '\n';
 * the value centred beside it stays in the same row. */
static void test_wrapped_label(void **state)
{
    static const double xs[] = {100, 250, 330}, ys[] = {100, 125, 160, 185};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 4);
    text(&p, 105, 117, "Label");
    text(&p, 255, 117, "Value");
    text(&p, 105, 138, "first line of");
    text(&p, 105, 153, "a long label");
    text(&p, 285, 146, "42");
    text(&p, 105, 177, "short");
    text(&p, 285, 177, "7");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 2);
    check_cell(t, 0, 0, 1, 1, "Label");
    check_cell(t, 0, 1, 1, 1, "Value");
    check_cell(t, 1, 0, 1, 1, "first line of\na long label");
    check_cell(t, 1, 1, 1, 1, "42");
    check_cell(t, 2, 0, 1, 1, "short");
    check_cell(t, 2, 1, 1, 1, "7");
    xg_doc_free(doc);
}

/* A label written one character a line down a merged cell (三 / 、 /
 * 本 / 年 ...) is one cell spanning the rows beside it. */
static void test_stacked_label(void **state)
{
    static const double ys[] = {100, 120, 140, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int i;

    (void)state;
    pdf_begin(&p, 595, 842);
    for (i = 0; i < 4; i++)
        hline(&p, i == 0 || i == 3 ? 100 : 130, 330, ys[i]);
    vline(&p, 100, 100, 160);
    vline(&p, 130, 100, 160);
    vline(&p, 250, 100, 160);
    vline(&p, 330, 100, 160);
    text(&p, 111, 115, "X");
    text(&p, 111, 127, "Y");
    text(&p, 111, 139, "Z");
    text(&p, 111, 151, "W");
    text(&p, 135, 114, "one");
    text(&p, 260, 114, "1");
    text(&p, 135, 134, "two");
    text(&p, 260, 134, "2");
    text(&p, 135, 154, "three");
    text(&p, 260, 154, "3");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 0, 3, 1, "X\nY\nZ\nW");
    check_cell(t, 0, 1, 1, 1, "one");
    check_cell(t, 2, 1, 1, 1, "three");
    check_cell(t, 2, 2, 1, 1, "3");
    xg_doc_free(doc);
}

/* Underlined text that fills its cell from side rule to side rule, and
 * text set flush against a rule: neither changes the lattice. */
static void test_underline_and_flush_text(void **state)
{
    static const double xs[] = {100, 190, 260}, ys[] = {100, 140, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;
    int i;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 3);
    /* two underlined lines, each as wide as the cell */
    cairo_select_font_face(p.cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    for (i = 0; i < 2; i++) {
        const char *line = i == 0 ? "MMMMMMMMM" : "WWWWWWWW";
        double y = 115 + 16 * i;

        cairo_set_font_size(p.cr, 10);
        cairo_text_extents(p.cr, line, &e);
        cairo_set_font_size(p.cr, 10 * 88 / e.x_advance);
        text(&p, 101, y, line);
        hline(&p, 101, 189, y + 2);
    }
    /* E's stem drawn over the rule at x = 190, line after line */
    cairo_set_font_size(p.cr, 12);
    cairo_text_extents(p.cr, "E", &e);
    for (i = 0; i < 3; i++)
        text(&p, 190 - e.x_bearing - 0.5, 111 + 12 * i, i == 0 ? "E1" : "E");
    cairo_set_font_size(p.cr, 10);
    text(&p, 101, 154, "flush");
    text(&p, 200, 154, "2");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 2);
    assert_int_equal(xg_table_cols(t), 2);
    check_cell(t, 0, 0, 1, 1, "MMMMMMMMM\nWWWWWWWW");
    check_cell(t, 0, 1, 1, 1, "E1\nE\nE");
    check_cell(t, 1, 0, 1, 1, "flush");
    check_cell(t, 1, 1, 1, 1, "2");
    xg_doc_free(doc);
}

/* Text and rules that disagree (a damaged file: the rules drawn lower
 * than the text, each row's text across the rule over it, as at
 * 595.6 in a corrupted real report): its numbers, set larger than its
 * label, have their centres above the rule and its label below, so read
 * by the rules each row's numbers would land beside the label of the row
 * above.  The rules make no table then; the text is read without them,
 * numbers and label on one line. */
static void test_text_across_rules(void **state)
{
    static const double xs[] = {100, 200, 250, 300}, ys[] = {80, 100, 120,
                                                             140, 160};
    static const char *const labels[] = {"A", "B", "C"};
    static const char *const nums[][2] = {{"41", "52"}, {"63", "74"},
                                          {"85", "96"}};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 4, ys, 5);
    for (r = 0; r < 3; r++) {
        /* boxes: label [b - 8.4, b + 2.1], numbers [b - 11.1, b + 2.8]
         * (DejaVu: ascent 0.93, descent 0.24 of the size) */
        double b = 103.6 + 20 * r;

        cairo_set_font_size(p.cr, 9);
        text(&p, 110, b, labels[r]);
        cairo_set_font_size(p.cr, 12);
        text(&p, 210, b, nums[r][0]);
        text(&p, 260, b, nums[r][1]);
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    for (r = 0; r < 3; r++) {
        const xg_cell *c = xg_table_cell_at(t, r, 0);
        int k;

        for (k = 0; k < xg_table_rows(t) && strcmp(c->text, labels[r]); k++)
            c = xg_table_cell_at(t, k, 0);
        assert_string_equal(c->text, labels[r]);
        check_cell(t, c->row, 1, 1, 1, nums[r][0]);
        check_cell(t, c->row, 2, 1, 1, nums[r][1]);
    }
    xg_doc_free(doc);
}

/* A damaged page whose text selection leaves words out: one byte of the
 * compressed stream of corpus/pdf/template_filled.pdf's third page
 * changed (found by a mutation run) makes Poppler give one word a box
 * far off, and the selection of the whole page then lost the first lines
 * of 一、本年新收's wrapped numbers and the header's second line; the
 * row read 3 7 6 9 3 8 6 (the second lines) for 16073 17427 ....  The
 * characters are taken from Poppler's flows, and the row reads whole. */
static void test_selection_hides_words(void **state)
{
    static const char *const want[] = {"16073", "17427", "14086", "15969",
                                       "19233", "14698", "97486"};
    const char *dir = getenv("CORPUS");
    static unsigned char data[150000];
    char path[4096];
    FILE *f;
    size_t n;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int c;

    (void)state;
    if (dir == NULL)
        fail_msg("CORPUS is not set (make check sets it)");
    snprintf(path, sizeof path, "%s/pdf/template_filled.pdf", dir);
    f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    n = fread(data, 1, sizeof data, f);
    fclose(f);
    assert_int_equal(n, 143466);
    assert_int_equal(data[5275], 0x8b);
    data[5275] = 0xaf;
    doc = xg_doc_new();
    memset(&err, 0, sizeof err);
    assert_int_equal(xg_extract_pdf(data, n, doc, &err), XG_OK);
    t = nth_table(doc, 1);
    check_cell(t, 4, 0, 1, 3, "一、本年新收政府信息公开申请数量");
    for (c = 0; c < 7; c++)
        check_cell(t, 4, 3 + c, 1, 1, want[c]);
    check_cell(t, 3, 4, 1, 1, "企业");
    xg_doc_free(doc);
}

/* Labels set with turned glyphs: one reading upward, one downward.
 * Both come out top to bottom in reading order. */
static void test_turned_labels(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    hline(&p, 100, 300, 100);
    hline(&p, 160, 300, 130);
    hline(&p, 100, 300, 160);
    vline(&p, 100, 100, 160);
    vline(&p, 130, 100, 160);
    vline(&p, 160, 100, 160);
    vline(&p, 300, 100, 160);
    cairo_save(p.cr);
    cairo_move_to(p.cr, 119, 145);
    cairo_rotate(p.cr, -QUARTER_TURN);
    cairo_show_text(p.cr, "UP");
    cairo_restore(p.cr);
    cairo_save(p.cr);
    cairo_move_to(p.cr, 141, 112);
    cairo_rotate(p.cr, QUARTER_TURN);
    cairo_show_text(p.cr, "DOWN");
    cairo_restore(p.cr);
    text(&p, 170, 119, "one");
    text(&p, 170, 149, "two");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 2);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 0, 2, 1, "U\nP");
    check_cell(t, 0, 1, 2, 1, "D\nO\nW\nN");
    check_cell(t, 0, 2, 1, 1, "one");
    check_cell(t, 1, 2, 1, 1, "two");
    xg_doc_free(doc);
}

/* The same with CJK text, as the reports have it. */
static void test_cjk_cells(void **state)
{
    static const double xs[] = {100, 130, 300, 360},
                        ys[] = {100, 125, 150, 175};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int i;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_select_font_face(p.cr, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    for (i = 0; i < 4; i++)
        hline(&p, i == 0 || i == 3 ? xs[0] : xs[1], xs[3], ys[i]);
    for (i = 0; i < 4; i++)
        vline(&p, xs[i], ys[0], ys[3]);
    text(&p, 110, 114, "三");
    text(&p, 110, 126, "、");
    text(&p, 110, 138, "本");
    text(&p, 110, 150, "年");
    text(&p, 110, 162, "度");
    text(&p, 135, 117, "（一）予以公开");
    text(&p, 320, 117, "21");
    text(&p, 135, 142, "（二）部分公开");
    text(&p, 320, 142, "0");
    text(&p, 135, 167, "（七）总计");
    text(&p, 320, 167, "21");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 0, 3, 1, "三\n、\n本\n年\n度");
    check_cell(t, 0, 1, 1, 1, "（一）予以公开");
    check_cell(t, 0, 2, 1, 1, "21");
    check_cell(t, 2, 1, 1, 1, "（七）总计");
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* tables over two pages                                               */

/* Page 1: header and two rows; page 2: the header again and two more
 * rows.  One table comes out, the header once. */
static void test_repeated_header(void **state)
{
    static const double xs[] = {100, 250, 330},
                        ys[] = {700, 720, 740, 760}, ys2[] = {72, 92, 112, 132};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 680, "Before the table.");
    grid(&p, xs, 3, ys, 4);
    text(&p, 105, 714, "Item");
    text(&p, 255, 714, "Count");
    text(&p, 105, 734, "apples");
    text(&p, 255, 734, "1");
    text(&p, 105, 754, "pears");
    text(&p, 255, 754, "2");
    text(&p, 290, 810, "-1-");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs, 3, ys2, 4);
    text(&p, 105, 86, "Item");
    text(&p, 255, 86, "Count");
    text(&p, 105, 106, "plums");
    text(&p, 255, 106, "3");
    text(&p, 105, 126, "figs");
    text(&p, 255, 126, "4");
    text(&p, 72, 170, "After the table.");
    text(&p, 290, 810, "-2-");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_string_equal(xg_doc_block(doc, 0)->text, "Before the table.");
    assert_string_equal(xg_doc_block(doc, 2)->text, "After the table.");
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 5);
    assert_int_equal(xg_table_cols(t), 2);
    check_cell(t, 0, 0, 1, 1, "Item");
    check_cell(t, 0, 1, 1, 1, "Count");
    check_cell(t, 1, 0, 1, 1, "apples");
    check_cell(t, 2, 1, 1, 1, "2");
    check_cell(t, 3, 0, 1, 1, "plums");
    check_cell(t, 3, 1, 1, 1, "3");
    check_cell(t, 4, 0, 1, 1, "figs");
    check_cell(t, 4, 1, 1, 1, "4");
    assert_int_equal(xg_table_cell_at(t, 1, 0)->geom.page, 1);
    assert_int_equal(xg_table_cell_at(t, 4, 0)->geom.page, 2);
    xg_doc_free(doc);
}

/* A page of prose ending in the first row of a table (one framed cell)
 * that goes on over the page: the row is the table's first row, not a
 * paragraph. */
static void test_single_row_at_foot(void **state)
{
    static const double xs[] = {100, 250, 330}, ys2[] = {72, 92, 112};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    justified(&p, 92, 330, 100, "Some prose before the table on this page");
    hline(&p, 100, 330, 760);
    hline(&p, 100, 330, 780);
    vline(&p, 100, 760, 780);
    vline(&p, 330, 760, 780);
    text(&p, 180, 774, "Table heading");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs, 3, ys2, 3);
    text(&p, 105, 86, "apples");
    text(&p, 255, 86, "1");
    text(&p, 105, 106, "pears");
    text(&p, 255, 106, "2");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 2);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 2);
    check_cell(t, 0, 0, 1, 2, "Table heading");
    check_cell(t, 1, 0, 1, 1, "apples");
    check_cell(t, 2, 1, 1, 1, "2");
    assert_int_equal(xg_table_cell_at(t, 0, 0)->geom.page, 1);
    xg_doc_free(doc);
}

/* A framed paragraph alone is a paragraph, not a table of one cell. */
static void test_frame_is_paragraph(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_rectangle(p.cr, 90, 90, 250, 40);
    cairo_stroke(p.cr);
    text(&p, 100, 105, "A boxed note that runs");
    text(&p, 100, 120, "over two lines.");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 1);
    assert_int_equal(xg_doc_block(doc, 0)->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(xg_doc_block(doc, 0)->text,
                        "A boxed note that runs over two lines.");
    xg_doc_free(doc);
}

/* A table with different columns on the next page is another table. */
static void test_other_columns_not_joined(void **state)
{
    static const double xs[] = {100, 250, 330}, xs2[] = {100, 200, 300, 400},
                        ys[] = {720, 740, 760}, ys2[] = {72, 92, 112};
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 3);
    text(&p, 105, 734, "a");
    text(&p, 255, 734, "1");
    text(&p, 105, 754, "b");
    text(&p, 255, 754, "2");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs2, 4, ys2, 3);
    text(&p, 105, 86, "c");
    text(&p, 205, 86, "3");
    text(&p, 305, 86, "4");
    text(&p, 105, 106, "d");
    text(&p, 205, 106, "5");
    text(&p, 305, 106, "6");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 2);
    assert_int_equal(xg_table_cols(nth_table(doc, 1)), 3);
    xg_doc_free(doc);
}

/* The page break cuts a table with no rule at the cut: a label cell open
 * at the bottom of page 1 and open at the top of page 2 is one cell; the
 * value rows on either side stay apart (ruled). */
static void test_open_break_joins_cells(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    /* page 1: rows at 740, 760, 780 (cut); column 0 spans all */
    hline(&p, 100, 400, 740);
    hline(&p, 180, 400, 760);
    hline(&p, 180, 400, 780);
    vline(&p, 100, 740, 780);
    vline(&p, 180, 740, 780);
    vline(&p, 300, 740, 780);
    vline(&p, 400, 740, 780);
    text(&p, 105, 755, "Group");
    text(&p, 185, 754, "one");
    text(&p, 305, 754, "1");
    text(&p, 185, 774, "two");
    text(&p, 305, 774, "2");
    pdf_next_page(&p, 595, 842);
    hline(&p, 180, 400, 72);    /* ruled above the values only */
    hline(&p, 180, 400, 92);
    hline(&p, 100, 400, 112);
    vline(&p, 100, 72, 112);
    vline(&p, 180, 72, 112);
    vline(&p, 300, 72, 112);
    vline(&p, 400, 72, 112);
    text(&p, 185, 86, "three");
    text(&p, 305, 86, "3");
    text(&p, 185, 106, "four");
    text(&p, 305, 106, "4");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 0, 4, 1, "Group");
    check_cell(t, 1, 1, 1, 1, "two");
    check_cell(t, 2, 1, 1, 1, "three");
    check_cell(t, 3, 2, 1, 1, "4");
    xg_doc_free(doc);
}

/* A row cut by the page break, ruled on both sides: the label on page 1
 * with no values, the values on page 2 with no label.  One row. */
static void test_row_cut_by_break(void **state)
{
    static const double xs[] = {100, 250, 300, 350},
                        ys[] = {740, 760, 780}, ys2[] = {72, 92, 112};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 4, ys, 3);
    text(&p, 105, 754, "first");
    text(&p, 255, 754, "1");
    text(&p, 305, 754, "2");
    text(&p, 105, 774, "cut label");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs, 4, ys2, 3);
    text(&p, 255, 86, "3");
    text(&p, 305, 86, "4");
    text(&p, 105, 106, "last");
    text(&p, 255, 106, "5");
    text(&p, 305, 106, "6");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    check_cell(t, 0, 0, 1, 1, "first");
    check_cell(t, 1, 0, 1, 1, "cut label");
    check_cell(t, 1, 1, 1, 1, "3");
    check_cell(t, 1, 2, 1, 1, "4");
    check_cell(t, 2, 0, 1, 1, "last");
    check_cell(t, 2, 2, 1, 1, "6");
    xg_doc_free(doc);
}

/* A row whose numbers wrapped out of their narrow cells, cut by the page
 * break between their lines: "34,4" and "190," end page 1, their tails
 * 71 and 116 open page 2, numbers alone.  Each tail goes on its number
 * (34,471, 190,116: together they make whole groups of three digits);
 * a tail that would not ("34,45" over 71) is a row of its own. */
static void test_grouped_tails_next_page(void **state)
{
    static const double xs[] = {100, 250, 290, 330, 370},
                        ys[] = {740, 760, 780}, ys2[] = {72, 92, 112};
    static const char *const first[2] = {"34,4", "34,45"};
    static const char *const want[2] = {"34,471", "34,45"};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int k;

    (void)state;
    for (k = 0; k < 2; k++) {
        pdf_begin(&p, 595, 842);
        grid(&p, xs, 5, ys, 3);
        text(&p, 105, 754, "3.其他");
        text(&p, 255, 754, "5");
        text(&p, 295, 754, "6");
        text(&p, 335, 754, "7");
        text(&p, 105, 774, "（七）总计");
        text(&p, 255, 774, first[k]);
        text(&p, 295, 774, "190,");
        text(&p, 335, 774, "8");
        pdf_next_page(&p, 595, 842);
        grid(&p, xs, 5, ys2, 3);
        text(&p, 255, 86, "71");
        text(&p, 295, 86, "116");
        text(&p, 105, 106, "四、结转");
        text(&p, 255, 106, "820");
        text(&p, 295, 106, "543");
        text(&p, 335, 106, "9");
        pdf_end(&p);
        doc = extract(&p, XG_OK, &err);
        assert_int_equal(count_tables(doc), 1);
        t = nth_table(doc, 0);
        assert_int_equal(xg_table_rows(t), k == 0 ? 3 : 4);
        check_cell(t, 1, 0, 1, 1, "（七）总计");
        check_cell(t, 1, 1, 1, 1, want[k]);
        if (k == 0) {
            check_cell(t, 1, 2, 1, 1, "190,116");
            check_cell(t, 1, 3, 1, 1, "8");
            check_cell(t, 2, 1, 1, 1, "820");
        } else {
            check_cell(t, 2, 1, 1, 1, "71");
        }
        xg_doc_free(doc);
    }
}

/* A row split by the page break, ruled on both sides: its label wraps,
 * the first line and the values on page 1, the rest of the label on page
 * 2 with the values empty.  One row.  A short label followed by a row
 * with no values stays two rows. */
static void test_row_split_by_break(void **state)
{
    static const double xs[] = {100, 190, 240, 290},
                        ys[] = {760, 780}, ys2[] = {72, 92, 112};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 4, ys, 2);
    cairo_text_extents(p.cr, "wrapped label", &e);
    cairo_save(p.cr);
    cairo_set_font_size(p.cr, 10 * 86 / e.x_advance);
    text(&p, 102, 774, "wrapped label");     /* fills the cell */
    cairo_restore(p.cr);
    text(&p, 195, 774, "1");
    text(&p, 245, 774, "2");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs, 4, ys2, 3);
    text(&p, 102, 86, "goes on");
    text(&p, 102, 106, "next");
    text(&p, 195, 106, "3");
    text(&p, 245, 106, "4");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 0, 1, 1, "wrapped label\ngoes on");
    check_cell(t, 0, 1, 1, 1, "1");
    assert_string_equal(xg_table_cell_at(t, xg_table_rows(t) - 1, 0)->text,
                        "next");
    assert_int_equal(xg_table_rows(t), 2);
    xg_doc_free(doc);

    /* the same with a short label: the row on page 2 is a row of its own */
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 4, ys, 2);
    text(&p, 102, 774, "short");
    text(&p, 195, 774, "1");
    text(&p, 245, 774, "2");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs, 4, ys2, 3);
    text(&p, 102, 86, "no values");
    text(&p, 102, 106, "next");
    text(&p, 195, 106, "3");
    text(&p, 245, 106, "4");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    check_cell(t, 0, 0, 1, 1, "short");
    check_cell(t, 1, 0, 1, 1, "no values");
    check_cell(t, 2, 0, 1, 1, "next");
    xg_doc_free(doc);
}

/* The page break falls between two rows of a group (LibreOffice): the
 * group label's cell goes on empty at the top of page 2, the rows on both
 * sides are full rows of values in columns so narrow that every value
 * looks like a full line.  Two rows, not one. */
static void test_break_between_rows_of_group(void **state)
{
    static const double xs[] = {100, 150, 175, 195, 215},
                        ys[] = {740, 760, 780}, ys2[] = {72, 92, 112};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 5, ys, 3);
    text(&p, 102, 754, "head");
    text(&p, 152, 754, "first");
    text(&p, 177, 754, "1");
    text(&p, 197, 754, "2");
    text(&p, 102, 774, "group");
    text(&p, 152, 774, "a");
    text(&p, 177, 774, "3");
    text(&p, 197, 774, "4");
    pdf_next_page(&p, 595, 842);
    grid(&p, xs, 5, ys2, 3);
    cairo_set_source_rgb(p.cr, 1, 1, 1);     /* the group's cell spans */
    cairo_rectangle(p.cr, 101, 91, 48, 2);
    cairo_fill(p.cr);
    cairo_set_source_rgb(p.cr, 0, 0, 0);
    text(&p, 152, 86, "b");
    text(&p, 177, 86, "5");
    text(&p, 197, 86, "6");
    text(&p, 152, 106, "c");
    text(&p, 177, 106, "7");
    text(&p, 197, 106, "8");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 4);
    check_cell(t, 1, 1, 1, 1, "a");
    check_cell(t, 1, 2, 1, 1, "3");
    check_cell(t, 2, 1, 1, 1, "b");
    check_cell(t, 2, 2, 1, 1, "5");
    check_cell(t, 3, 3, 1, 1, "8");
    xg_doc_free(doc);
}

/* A number wrapped in a narrow cell (16073 as 1607 over 3, set left or
 * centred) is one number; two numbers stacked in a cell with room to
 * spare (set left or centred), or a number under a label, stay lines of
 * their own. */
static void test_wrapped_number(void **state)
{
    static const double xs[] = {100, 200, 228, 300, 400},
                        ys[] = {100, 130, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;
    double w;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 5, ys, 3);
    cairo_text_extents(p.cr, "1607", &e);
    w = e.x_advance;
    /* cell 200..228: 1607 fills it, 1 to 2 pt either side (too narrow
     * for a fifth digit) */
    text(&p, 102, 113, "label");
    text(&p, 228 - 1 - w, 113, "1607");
    text(&p, 228 - 1 - w, 126, "3");
    text(&p, 214 - w / 2, 143, "1607");       /* centred: 214 is the middle */
    cairo_text_extents(p.cr, "3", &e);
    text(&p, 214 - e.x_advance / 2, 156, "3");
    text(&p, 232, 113, "12");                 /* wide cell: two numbers */
    text(&p, 232, 126, "3");
    text(&p, 302, 113, "No.");
    text(&p, 302, 126, "3");
    /* centred digits one over another in a wide cell (rows whose rules
     * were lost): no room is left beside 0 only by the difference of its
     * gaps, but there is room for many digits */
    text(&p, 264 - e.x_advance / 2, 143, "0");
    text(&p, 264 - e.x_advance / 2, 156, "1");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 2);
    check_cell(t, 0, 1, 1, 1, "16073");
    check_cell(t, 1, 1, 1, 1, "16073");
    check_cell(t, 0, 2, 1, 1, "12\n3");
    check_cell(t, 0, 3, 1, 1, "No.\n3");
    check_cell(t, 1, 2, 1, 1, "0\n1");
    xg_doc_free(doc);
}

/* A fully ruled column too narrow for two digits beside paddings of 10
 * points (26 points, a digit 6.4 wide, as LibreOffice sets cells of
 * margins that wide): 8357 stands a digit a line, 8 over 3 over 5 over 7,
 * centred, and no line of the column holds more than one digit: one
 * number, read top to bottom, though room for another digit is left
 * beside paddings of 6 points.  In a wide cell (88 points), 0 over 1 over
 * 0 stays three lines: a column's numbers one over another, the rules
 * between rows lost. */
static void test_stacked_digits_ruled(void **state)
{
    static const double xs[] = {100, 200, 226, 314},
                        ys[] = {100, 130, 190, 220};
    static const char *const stack[] = {"8", "3", "5", "7"};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;
    int i;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 4, ys, 4);
    cairo_text_extents(p.cr, "8", &e);
    text(&p, 102, 118, "head");
    text(&p, 102, 163, "label");
    for (i = 0; i < 4; i++)
        text(&p, 213 - e.x_advance / 2, 143 + 13 * i, stack[i]);
    for (i = 0; i < 3; i++)
        text(&p, 270 - e.x_advance / 2, 150 + 13 * i, i == 1 ? "1" : "0");
    text(&p, 102, 208, "label");
    text(&p, 213 - e.x_advance / 2, 208, "4");
    text(&p, 270 - e.x_advance / 2, 208, "2");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 3);
    check_cell(t, 1, 1, 1, 1, "8357");
    check_cell(t, 1, 2, 1, 1, "0\n1\n0");
    check_cell(t, 2, 1, 1, 1, "4");
    xg_doc_free(doc);
}

/* Digits whose pitch is wider than the ink of the digit under them (OCR
 * boxes a digit by its ink, without the room a font sets beside it; here
 * the line above is set larger): 42 centred in its cell with 3 under it is
 * 423 when the room beside 42 is under two paddings and a digit's pitch,
 * though not under two paddings and the 3's width. */
static void test_wrapped_number_pitch(void **state)
{
    static const double ys[] = {100, 140};
    double xs[] = {100, 200, 0};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e42, e3;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    cairo_text_extents(p.cr, "3", &e3);
    cairo_set_font_size(p.cr, 14);
    cairo_text_extents(p.cr, "42", &e42);
    /* gaps beside 42: 12 + the 3's width + half the difference to 42's pitch */
    xs[2] = 200 + e42.x_advance + 12 + e3.x_advance + (e42.x_advance / 2 - e3.x_advance) / 2;
    grid(&p, xs, 3, ys, 2);
    text(&p, 200 + (xs[2] - 200 - e42.x_advance) / 2, 118, "42");
    cairo_set_font_size(p.cr, 10);
    text(&p, 102, 118, "label");
    text(&p, (200 + xs[2]) / 2 - e3.x_advance / 2, 132, "3");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    check_cell(t, 0, 1, 1, 1, "423");
    xg_doc_free(doc);
}

/* Cells padded 10 points a side (wider than Word's 0.19 cm): 1607
 * centred over 3 in a cell with no room for a fifth digit beside those
 * paddings is 16073 where no line of the table stands nearer a rule
 * than 10 points (a label set 10 points from the left rule); where a
 * label fills its cell up to 3 points from both rules, 1607 has room for
 * a fifth digit beside paddings of 6 points at most, and stays two
 * lines.  12 over 3 in a wide cell stays two lines either way. */
static void padded_cells(int tight, const char *want)
{
    static const double ys[] = {100, 140};
    double xs[] = {100, 200, 0, 0};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e, e3;

    pdf_begin(&p, 595, 842);
    cairo_text_extents(p.cr, "label", &e);
    if (tight)
        xs[1] = 100 + 3 + e.x_advance + 3;
    cairo_text_extents(p.cr, "1607", &e);
    cairo_text_extents(p.cr, "3", &e3);
    xs[2] = xs[1] + 10 + e.x_advance + 0.5 * e3.x_advance + 10;
    xs[3] = xs[2] + 80;
    grid(&p, xs, 4, ys, 2);
    text(&p, tight ? 103 : 110, 118, "label");
    text(&p, (xs[1] + xs[2]) / 2 - e.x_advance / 2, 118, "1607");
    text(&p, (xs[1] + xs[2]) / 2 - e3.x_advance / 2, 131, "3");
    cairo_text_extents(p.cr, "12", &e);
    text(&p, (xs[2] + xs[3]) / 2 - e.x_advance / 2, 118, "12");
    text(&p, (xs[2] + xs[3]) / 2 - e3.x_advance / 2, 131, "3");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    check_cell(t, 0, 1, 1, 1, want);
    check_cell(t, 0, 2, 1, 1, "12\n3");
    xg_doc_free(doc);
}

static void test_wrapped_number_padded(void **state)
{
    (void)state;
    padded_cells(0, "16073");
    padded_cells(1, "1607\n3");
}

/* A damaged stream draws a 0 exactly over the 5 of 526: which digit the
 * page shows is not known, and read in turn they were 5026.  Both are
 * unreadable (one U+FFFD), so the cell reads as no number; a digit drawn twice
 * alike (fake bold) is still one. */
static void test_overprinted_digits(void **state)
{
    static const double xs[] = {100, 200, 300}, ys[] = {100, 130, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 3);
    text(&p, 102, 120, "label");
    text(&p, 210, 120, "526");
    text(&p, 210, 120, "0");
    text(&p, 102, 150, "other");
    text(&p, 210, 150, "31");
    text(&p, 210, 150, "3");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    check_cell(t, 0, 1, 1, 1, "\uFFFD" "26");
    check_cell(t, 1, 1, 1, 1, "31");
    xg_doc_free(doc);
}

/* A damaged stream draws another cell's 1335 starting half a digit
 * after the first 1 of 115: digits overlapping by more than half their
 * width are not read in turn (that made 111533, a number drawn nowhere);
 * the cell reads as no number. */
static void test_digits_half_over(void **state)
{
    static const double xs[] = {100, 200, 300}, ys[] = {100, 130, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 3);
    cairo_text_extents(p.cr, "1", &e);
    text(&p, 102, 120, "label");
    text(&p, 210, 120, "115");
    text(&p, 210 + 1.46 * e.x_advance, 120, "1335");
    text(&p, 102, 150, "other");
    text(&p, 210, 150, "115");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    check_cell(t, 0, 1, 1, 1, "1\uFFFD\uFFFD\uFFFD\uFFFD35");
    check_cell(t, 1, 1, 1, 1, "115");
    xg_doc_free(doc);
}

/* A text box's 13 drawn a third of a digit over the end of the cell's
 * 6000, half a point higher: read in turn they made 600013.  Two
 * digits at one height a quarter of one over the other or more are not
 * known; digits set apart (6000 and 13 after a gap) still read as they
 * stand. */
static void test_digits_third_over(void **state)
{
    static const double xs[] = {100, 200, 300}, ys[] = {100, 130, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e, one;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 3);
    cairo_text_extents(p.cr, "6000", &e);
    cairo_text_extents(p.cr, "1", &one);
    text(&p, 102, 120, "label");
    text(&p, 210, 120, "6000");
    text(&p, 102, 150, "other");
    text(&p, 210, 150, "6000");
    /* drawn last, as a text box is */
    text(&p, 210 + e.x_advance - 0.35 * one.x_advance, 119.5, "13");
    text(&p, 210 + e.x_advance + 0.1 * one.x_advance, 149.5, "13");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    check_cell(t, 0, 1, 1, 1, "600\uFFFD\uFFFD3");
    check_cell(t, 1, 1, 1, 1, "6000 13");
    xg_doc_free(doc);
}

/* A text box's 13 drawn right after a cell's 89, 1.1 points higher: read
 * in turn they made 8913 (891 cut to the cell).  Two digits side by side
 * of one height whose baselines differ by more than a twentieth of it are
 * not known; a number's digits on one baseline read as they stand. */
static void test_digits_shifted_baseline(void **state)
{
    static const double xs[] = {100, 200, 300}, ys[] = {100, 130, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;

    (void)state;
    pdf_begin(&p, 595, 842);
    grid(&p, xs, 3, ys, 3);
    cairo_text_extents(p.cr, "89", &e);
    text(&p, 102, 120, "label");
    text(&p, 210, 120, "89");
    text(&p, 102, 150, "other");
    text(&p, 210, 150, "8913");
    /* drawn last, as a text box is */
    text(&p, 210 + e.x_advance, 118.9, "13");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    check_cell(t, 0, 1, 1, 1, "8\uFFFD\uFFFD3");
    check_cell(t, 1, 1, 1, 1, "8913");
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* page shapes                                                         */

/* A landscape page (wider than tall) with a wide table. */
static void test_landscape(void **state)
{
    static const double xs[] = {60, 200, 340, 480, 620, 760},
                        ys[] = {100, 130, 160};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    const xg_cell *c;

    (void)state;
    pdf_begin(&p, 842, 595);
    grid(&p, xs, 6, ys, 3);
    text(&p, 65, 119, "name");
    text(&p, 205, 119, "a");
    text(&p, 345, 119, "b");
    text(&p, 485, 119, "c");
    text(&p, 625, 119, "d");
    text(&p, 65, 149, "row");
    text(&p, 205, 149, "1");
    text(&p, 345, 149, "2");
    text(&p, 485, 149, "3");
    text(&p, 765 - 30, 149, "4");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 2);
    assert_int_equal(xg_table_cols(t), 5);
    check_cell(t, 1, 4, 1, 1, "4");
    c = xg_table_cell_at(t, 1, 4);
    assert_true(c->geom.x1 > 759 && c->geom.x1 < 761);
    xg_doc_free(doc);
}

/* A one-page PDF written by hand: the page dictionary gets PAGE_EXTRA,
 * the trailer TRAILER_EXTRA and, when ENCRYPT is not NULL, object 6 is
 * that encryption dictionary.  Offsets in the xref are exact. */
static void handmade_pdf(xg_buf *b, const char *page_extra,
                         const char *content, const char *encrypt)
{
    size_t off[7];
    int i, n = encrypt != NULL ? 7 : 6;

    assert_int_equal(xg_buf_puts(b, "%PDF-1.4\n"), 0);
    off[1] = b->len;
    xg_buf_puts(b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    off[2] = b->len;
    xg_buf_puts(b, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
                   "endobj\n");
    off[3] = b->len;
    xg_buf_printf(b, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox "
                     "[0 0 595 842] %s /Resources << /Font << /F1 5 0 R >> "
                     ">> /Contents 4 0 R >>\nendobj\n", page_extra);
    off[4] = b->len;
    xg_buf_printf(b, "4 0 obj\n<< /Length %zu >>\nstream\n%sendstream\n"
                     "endobj\n", strlen(content), content);
    off[5] = b->len;
    xg_buf_puts(b, "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont "
                   "/Helvetica >>\nendobj\n");
    if (encrypt != NULL) {
        off[6] = b->len;
        xg_buf_printf(b, "6 0 obj\n%s\nendobj\n", encrypt);
    }
    off[0] = b->len;
    xg_buf_printf(b, "xref\n0 %d\n0000000000 65535 f \n", n);
    for (i = 1; i < n; i++)
        xg_buf_printf(b, "%010zu 00000 n \n", off[i]);
    xg_buf_printf(b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n"
                     "%zu\n%%%%EOF\n", n,
                  encrypt != NULL ? "/Encrypt 6 0 R /ID [<0123456789abcdef"
                                    "0123456789abcdef> <0123456789abcdef01"
                                    "23456789abcdef>]" : "", off[0]);
}

/* A portrait page turned by /Rotate 90, its content drawn turned the
 * other way so that it reads upright: Poppler gives text and rendering in
 * the turned (displayed) space, which is what we use. */
static void test_rotated_page(void **state)
{
    /* In the unrotated space (595 x 842, y up) the displayed point (X, Y)
     * of the 842 x 595 landscape view is (Y, X) after the turn: the cm
     * below maps displayed coordinates, y down, to page space. */
    static const char content[] =
        "q 0 1 1 0 0 0 cm\n"
        "0.5 w\n"
        "100 100 m 400 100 l S 100 130 m 400 130 l S 100 160 m 400 160 l S\n"
        "100 100 m 100 160 l S 250 100 m 250 160 l S 400 100 m 400 160 l S\n"
        "BT /F1 10 Tf 1 0 0 -1 105 119 Tm (alpha) Tj ET\n"
        "BT /F1 10 Tf 1 0 0 -1 255 119 Tm (11) Tj ET\n"
        "BT /F1 10 Tf 1 0 0 -1 105 149 Tm (beta) Tj ET\n"
        "BT /F1 10 Tf 1 0 0 -1 255 149 Tm (22) Tj ET\n"
        "BT /F1 10 Tf 1 0 0 -1 100 60 Tm (A heading) Tj ET\n"
        "Q\n";
    xg_buf b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    const xg_table *t;

    (void)state;
    handmade_pdf(&b, "/Rotate 90", content, NULL);
    assert_int_equal(xg_extract_pdf((const unsigned char *)b.data, b.len, doc,
                                    &err), XG_OK);
    xg_buf_free(&b);
    assert_int_equal(xg_doc_block(doc, 0)->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(xg_doc_block(doc, 0)->text, "A heading");
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 2);
    assert_int_equal(xg_table_cols(t), 2);
    check_cell(t, 0, 0, 1, 1, "alpha");
    check_cell(t, 0, 1, 1, 1, "11");
    check_cell(t, 1, 0, 1, 1, "beta");
    check_cell(t, 1, 1, 1, 1, "22");
    xg_doc_free(doc);
}

/* The paragraphs of the one-page handmade PDF with CONTENT, joined by
 * " | ". */
static void handmade_text(const char *content, char *out, size_t size)
{
    xg_buf b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    size_t i, len = 0;

    handmade_pdf(&b, "", content, NULL);
    if (xg_extract_pdf((const unsigned char *)b.data, b.len, doc, &err) != XG_OK)
        fail_msg("extract: %s", err.message);
    xg_buf_free(&b);
    out[0] = '\0';
    for (i = 0; i < xg_doc_block_count(doc); i++) {
        const xg_block *bl = xg_doc_block(doc, i);

        assert_int_equal(bl->kind, XG_BLOCK_PARAGRAPH);
        len += (size_t)snprintf(out + len, size - len, "%s%s",
                                i > 0 ? " | " : "", bl->text);
        assert_true(len < size);
    }
    xg_doc_free(doc);
}

/* A glyph whose code has no Unicode (Helvetica's code 1: a ToUnicode map
 * cut short leaves digits so) is a character not known, not nothing: 7,
 * that code, 56 is no 756 or 7 56. */
static void test_glyph_without_unicode(void **state)
{
    char got[256];

    (void)state;
    handmade_text("BT /F1 10 Tf 100 700 Td (Total 7\00156) Tj ET\n", got,
                  sizeof got);
    assert_string_equal(got, "Total 7\xEF\xBF\xBD" "56");
}

/* A page whose every glyph has no Unicode has no text layer, and says
 * why. */
static void test_no_glyph_has_unicode(void **state)
{
    static const char content[] = "BT /F1 10 Tf 100 700 Td (\001\002\003) Tj ET\n";
    xg_buf b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    handmade_pdf(&b, "", content, NULL);
    assert_int_equal(xg_extract_pdf((const unsigned char *)b.data, b.len, doc,
                                    &err), XG_ERR_NO_TEXT);
    xg_buf_free(&b);
    assert_string_equal(err.message,
                        xg_have_ocr() ? "text layer without Unicode (its characters are not known) and no text found by OCR"
                                      : "text layer without Unicode (its characters are not known)");
    xg_doc_free(doc);
}

/* After an error in a page's content (here an unknown operator where a
 * Td moved the next digits 30 points on), where glyphs go is not known:
 * the digits drawn after it are characters not known; those before, and
 * letters, are kept. */
static void test_digits_after_content_error(void **state)
{
    char got[256];

    (void)state;
    handmade_text("BT /F1 10 Tf 100 700 Td (Row 12) Tj ET\n"
                  "BT /F1 10 Tf 100 600 Td (Row) Tj 30 0 Tdd (34) Tj ET\n", got,
                  sizeof got);
    assert_string_equal(got, "Row 12 | Row\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* An error that swallows what follows (a hex string whose ">" a damaged
 * stream lost runs on over the operators after it): the tail of a
 * number wrapped in its cell, drawn after its first line, is lost with
 * them.  The digits drawn on the line the error broke off are characters
 * not known: 1854 is not read as the whole of 185491. */
static void test_digits_before_content_error(void **state)
{
    char got[256];

    (void)state;
    handmade_text("BT /F1 10 Tf 100 700 Td (Row 12) Tj ET\n"
                  "BT /F1 10 Tf 100 600 Td (Total 1854) Tj 30 -12 Td <3931 Tj ET\n"
                  "BT /F1 10 Tf 100 500 Td (Next 7) Tj ET\n", got, sizeof got);
    assert_string_equal(got, "Row 12 | Total \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

/* A stream whose /Length is wrong (Poppler finds its end: "Missing
 * 'endstream' or incorrect stream length") damages nothing: its digits
 * are read. */
static void test_wrong_stream_length(void **state)
{
    static const char content[] = "BT /F1 10 Tf 100 700 Td (Row 12) Tj ET\n";
    char was[32], now[32], *at;
    xg_buf b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    handmade_pdf(&b, "", content, NULL);
    /* a length 7 bytes too long, as many digits: the xref stays exact */
    snprintf(was, sizeof was, "/Length %zu ", strlen(content));
    snprintf(now, sizeof now, "/Length %zu ", strlen(content) + 7);
    assert_int_equal(strlen(was), strlen(now));
    xg_buf_putc(&b, '\0');
    at = strstr(b.data, was);
    assert_non_null(at);
    memcpy(at, now, strlen(now));
    assert_int_equal(xg_extract_pdf((const unsigned char *)b.data, b.len - 1,
                                    doc, &err), XG_OK);
    xg_buf_free(&b);
    assert_string_equal(xg_doc_block(doc, 0)->text, "Row 12");
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* text without rules                                                  */

/* N rows of a label and two numbers at X 72, 250 and 350, from Y down,
 * STEP apart: a table with no rules. */
static void rows_of_three(pdf *p, double y, double step,
                          const char *const rows[][3], int n)
{
    int i;

    for (i = 0; i < n; i++) {
        text(p, 72, y + step * i, rows[i][0]);
        text(p, 250, y + step * i, rows[i][1]);
        text(p, 350, y + step * i, rows[i][2]);
    }
}

/* Columns from alignment alone: a table drawn with no rules. */
static void test_aligned_table(void **state)
{
    static const char *const rows[][3] = {
        {"Item", "Count", "Total"},
        {"apples", "1", "10"},
        {"pears", "22", "20"},
        {"plums", "3", "300"},
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 80, "A table with no rules:");
    rows_of_three(&p, 110, 16, rows, 4);
    text(&p, 72, 220, "Text after it.");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 3);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 0, 1, 1, "Item");
    check_cell(t, 0, 2, 1, 1, "Total");
    check_cell(t, 2, 1, 1, 1, "22");
    check_cell(t, 3, 2, 1, 1, "300");
    assert_string_equal(xg_doc_block(doc, 2)->text, "Text after it.");
    xg_doc_free(doc);
}

/* A table with no rules under headers that span columns and headers set
 * close together (a word gap narrower than two characters): the columns
 * come from the rows, a header crossing a column gap is one cell over the
 * columns it crosses, the close headers each stay in their column. */
static void test_aligned_spanning_header(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;
    static const char *const labels[] = {"apples", "pears", "plums"};
    static const char *const heads[] = {"abcdef", "bcdefa", "cdefab",
                                        "defabc", "efabcd"};
    int i, j;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 100, "Fruit");
    cairo_text_extents(p.cr, "Applicants", &e);
    text(&p, 240 - e.x_advance / 2, 100, "Applicants");    /* over 1-2 */
    text(&p, 72, 116, "kind");
    for (j = 0; j < 5; j++) {           /* about 6 points apart */
        cairo_text_extents(p.cr, heads[j], &e);
        text(&p, 220 + 40 * j - e.x_advance / 2, 116, heads[j]);
    }
    for (i = 0; i < 3; i++) {
        text(&p, 72, 132 + 16 * i, labels[i]);
        for (j = 0; j < 5; j++) {
            char v[16];

            snprintf(v, sizeof v, "%d", (i + 1) * 100 + j);
            cairo_text_extents(p.cr, v, &e);
            text(&p, 220 + 40 * j - e.x_advance / 2, 132 + 16 * i, v);
        }
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_cols(t), 6);
    assert_int_equal(xg_table_rows(t), 5);
    check_cell(t, 0, 0, 1, 1, "Fruit");
    check_cell(t, 0, 1, 1, 2, "Applicants");
    check_cell(t, 1, 1, 1, 1, "abcdef");
    check_cell(t, 1, 2, 1, 1, "bcdefa");
    check_cell(t, 1, 3, 1, 1, "cdefab");
    check_cell(t, 1, 4, 1, 1, "defabc");
    check_cell(t, 1, 5, 1, 1, "efabcd");
    check_cell(t, 2, 1, 1, 1, "100");
    check_cell(t, 3, 2, 1, 1, "201");
    check_cell(t, 4, 5, 1, 1, "304");
    xg_doc_free(doc);
}

/* Paragraphs: lines run on until an indented line or a short line; a
 * page number at the foot is dropped; a paragraph runs on over a page
 * break. */
static void test_paragraphs(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    pdf_begin(&p, 595, 842);
    justified(&p, 92, 300, 100, "First paragraph starts indented and runs");
    justified(&p, 72, 300, 114, "on to the next line which is full as well");
    text(&p, 72, 128, "and ends here.");
    justified(&p, 92, 300, 742, "Second paragraph, indented, runs to the");
    justified(&p, 72, 300, 756, "end of the page and goes on over the");
    justified(&p, 72, 300, 770, "break into the next page until it is done");
    text(&p, 290, 810, "- 1 -");
    pdf_next_page(&p, 595, 842);
    text(&p, 72, 72, "and ends.");
    text(&p, 290, 810, "- 2 -");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 2);
    assert_string_equal(xg_doc_block(doc, 0)->text,
                        "First paragraph starts indented and runs on to the "
                        "next line which is full as well and ends here.");
    assert_string_equal(xg_doc_block(doc, 1)->text,
                        "Second paragraph, indented, runs to the end of the "
                        "page and goes on over the break into the next page "
                        "until it is done and ends.");
    assert_int_equal(xg_doc_block(doc, 1)->geom.page, 1);
    xg_doc_free(doc);
}

/* Begin a page with a paragraph whose lines set the text's margins (72
 * and 300, indented 20), its third line LAST, justified. */
static void margins_paragraph(pdf *p, const char *last)
{
    pdf_begin(p, 595, 842);
    justified(p, 92, 300, 100, "A paragraph that sets the margins of");
    justified(p, 72, 300, 114, "the text: its lines are justified to the");
    justified(p, 72, 300, 128, last);
}

/* A page of tables with only headings and a line or two between them
 * shows no right margin of its own: two headings of the same width are
 * not the text's right edge, so the line after each starts a paragraph of
 * its own (the first page's margin holds). */
static void test_headings_not_margin(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    margins_paragraph(&p, "right edge of the text, as most are,");
    text(&p, 72, 142, "but the last.");
    pdf_next_page(&p, 595, 842);
    text(&p, 72, 100, "Part three");
    text(&p, 72, 114, "See the table.");
    text(&p, 72, 400, "Part three");
    text(&p, 72, 414, "And another.");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 5);
    assert_string_equal(xg_doc_block(doc, 1)->text, "Part three");
    assert_string_equal(xg_doc_block(doc, 2)->text, "See the table.");
    assert_string_equal(xg_doc_block(doc, 4)->text, "And another.");
    xg_doc_free(doc);
}

/* A part's heading after a line that ends a sentence at the text's right
 * edge (…年度报告。 over 一、总体情况): a paragraph of its own, though
 * the line before ran to the edge.  Not a line of "一是": no heading's
 * numbering. */
static void test_heading_after_full_line(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    margins_paragraph(&p, "right edge of the text, as most are。");
    text(&p, 72, 142, "一、总体情况");
    justified(&p, 92, 300, 156, "Then the part's text runs on to the");
    justified(&p, 72, 300, 170, "right edge and ends a sentence there。");
    text(&p, 72, 184, "一是 it goes on.");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_string_equal(xg_doc_block(doc, 1)->text, "一、总体情况");
    assert_string_equal(xg_doc_block(doc, 2)->text,
                        "Then the part's text runs on to the right edge and "
                        "ends a sentence there。一是 it goes on.");
    xg_doc_free(doc);
}

/* A document of one-line paragraphs alike in length but for one that
 * wraps once: the wrapped line's end (no punctuation, the paragraph going
 * on at the left edge) is the text's right edge, not where the short
 * lines end; so each short line is a paragraph, the heading among them
 * too.  A line of a table's numbers in a row ends a paragraph before a
 * part's heading. */
static void test_edge_from_wrapped_line(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 100, "一段文字从左边写到右边的边缘为止然后在这里断开转到下一行接着");
    text(&p, 72, 114, "写完。");
    text(&p, 72, 128, "本机关坚持以公开为常态、不公开为例外。");
    text(&p, 72, 142, "本机关坚持以公开为常态、不公开为例外。");
    text(&p, 72, 156, "本机关坚持以公开为常态、不公开为例外。");
    text(&p, 72, 170, "三、收到和处理情况");
    text(&p, 72, 184, "四、结转下年度继续办理 7980 5007 82 39");
    text(&p, 72, 198, "四、政府信息公开行政复议、行政诉讼情况");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 7);
    assert_string_equal(xg_doc_block(doc, 1)->text, "本机关坚持以公开为常态、不公开为例外。");
    assert_string_equal(xg_doc_block(doc, 4)->text, "三、收到和处理情况");
    assert_string_equal(xg_doc_block(doc, 6)->text, "四、政府信息公开行政复议、行政诉讼情况");
    xg_doc_free(doc);
}

/* A password we do not have: the standard security handler with an
 * owner and a user entry that no empty password opens. */
static void test_encrypted(void **state)
{
    xg_buf b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    handmade_pdf(&b, "", "BT /F1 10 Tf 72 700 Td (secret) Tj ET\n",
                 "<< /Filter /Standard /V 1 /R 2 /P -44 "
                 "/O <5e8a1f6c0d2b9e774a3c61f0b8d25e9a1c7f3b6d4e8a2c0f9b1d3e5a7c9f0b2d> "
                 "/U <9b2e4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b> >>");
    assert_int_equal(xg_extract_pdf((const unsigned char *)b.data, b.len, doc,
                                    &err), XG_ERR_ENCRYPTED);
    assert_string_equal(err.message, "encrypted PDF: a password is required");
    xg_buf_free(&b);
    xg_doc_free(doc);
}

/* More pages than XG_MAX_PAGES: refused before any page is read. */
static void test_too_many_pages(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    int i;

    (void)state;
    pdf_begin(&p, 200, 200);
    for (i = 0; i <= XG_MAX_PAGES; i++) {
        text(&p, 20, 20, "x");
        pdf_next_page(&p, 200, 200);
    }
    pdf_end(&p);
    doc = extract(&p, XG_ERR_LIMIT, &err);
    assert_int_equal(err.code, XG_ERR_LIMIT);
    xg_doc_free(doc);
}

/* More pages to read by OCR than XG_OCR_MAX_PAGES (pages without a text
 * layer): refused before any is read.  Tesseract's data is hidden for the
 * conversion, so a page read first would fail otherwise ("OCR data for
 * 'chi_sim' not found"). */
static void test_too_many_ocr_pages(void **state)
{
    pdf p;
    xg_error err = {0};
    xg_doc *doc = xg_doc_new();
    char *old = getenv("TESSDATA_PREFIX") ? strdup(getenv("TESSDATA_PREFIX")) : NULL;
    int i, rc;

    (void)state;
    pdf_begin(&p, 200, 200);
    for (i = 0; i <= XG_OCR_MAX_PAGES; i++) {
        hline(&p, 20, 100, 150);
        if (i < XG_OCR_MAX_PAGES)
            pdf_next_page(&p, 200, 200);
    }
    pdf_end(&p);
    setenv("TESSDATA_PREFIX", "/nonexistent/tessdata", 1);
    rc = xg_extract_pdf((const unsigned char *)p.bytes.data, p.bytes.len, doc, &err);
    if (old != NULL)
        setenv("TESSDATA_PREFIX", old, 1);
    else
        unsetenv("TESSDATA_PREFIX");
    free(old);
    xg_buf_free(&p.bytes);
    if (xg_have_ocr()) {
        assert_int_equal(rc, XG_ERR_LIMIT);
        assert_string_equal(err.message, "more than 40 pages to read by OCR");
    } else {
        assert_int_equal(rc, XG_ERR_NO_TEXT);
    }
    xg_doc_free(doc);
}

/* No rules, a label wrapped over two lines with its numbers on a line of
 * their own below, and a label that wraps after its numbers. */
static void test_aligned_wrapped_labels(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 100, "label one");
    text(&p, 250, 100, "1");
    text(&p, 350, 100, "2");
    text(&p, 72, 114, "a label that is long enough");
    text(&p, 72, 128, "to wrap");
    text(&p, 250, 142, "3");
    text(&p, 350, 142, "4");
    text(&p, 72, 156, "another label that is longer");
    text(&p, 250, 156, "5");
    text(&p, 350, 156, "6");
    text(&p, 72, 170, "and wraps");
    text(&p, 72, 184, "last");
    text(&p, 250, 184, "7");
    text(&p, 350, 184, "8");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_cols(t), 3);
    assert_int_equal(xg_table_rows(t), 4);
    check_cell(t, 0, 0, 1, 1, "label one");
    check_cell(t, 1, 0, 1, 1, "a label that is long enough\nto wrap");
    check_cell(t, 1, 1, 1, 1, "3");
    check_cell(t, 1, 2, 1, 1, "4");
    check_cell(t, 2, 0, 1, 1, "another label that is longer\nand wraps");
    check_cell(t, 2, 2, 1, 1, "6");
    check_cell(t, 3, 0, 1, 1, "last");
    check_cell(t, 3, 2, 1, 1, "8");
    xg_doc_free(doc);
}

/* Headers centred in cells with no rules, numbers set right in them:
 * each header's words and its numbers stand apart, and the gaps found a
 * column for each.  The header columns and the numbers right of them,
 * their right edges in line, are one column each, the labels' header in
 * a column of its own or not.  Numbers whose edges do not line up leave
 * the columns as found. */
static const xg_table *heads_apart(xg_doc **doc, const char *second,
                                   double item)
{
    pdf p;
    xg_error err;

    pdf_begin(&p, 595, 842);
    text(&p, item, 100, "Item");
    text(&p, 200, 100, "Issued");
    text(&p, 330, 100, "Repealed");
    text(&p, 450, 100, "Current");
    text(&p, 72, 114, "Rules");
    text(&p, 250, 114, "96");
    text(&p, 390, 114, "13");
    text(&p, 470, 114, "86");
    text(&p, 72, 128, "Docs");
    text(&p, 250, 128, second);
    text(&p, 390, 128, "16");
    text(&p, 470, 128, "43");
    pdf_end(&p);
    *doc = extract(&p, XG_OK, &err);
    return nth_table(*doc, 0);
}

static void test_heads_apart_from_numbers(void **state)
{
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    t = heads_apart(&doc, "74", 72);
    assert_int_equal(xg_table_cols(t), 4);
    assert_int_equal(xg_table_rows(t), 3);
    check_cell(t, 0, 1, 1, 1, "Issued");
    check_cell(t, 0, 2, 1, 1, "Repealed");
    check_cell(t, 0, 3, 1, 1, "Current");
    check_cell(t, 1, 1, 1, 1, "96");
    check_cell(t, 1, 2, 1, 1, "13");
    check_cell(t, 1, 3, 1, 1, "86");
    check_cell(t, 2, 1, 1, 1, "74");
    xg_doc_free(doc);

    /* the labels' header centred over them, in a column of its own */
    t = heads_apart(&doc, "74", 120);
    assert_int_equal(xg_table_cols(t), 5);
    check_cell(t, 0, 1, 1, 1, "Item");
    check_cell(t, 0, 2, 1, 1, "Issued");
    check_cell(t, 1, 2, 1, 1, "96");
    check_cell(t, 1, 3, 1, 1, "13");
    xg_doc_free(doc);

    t = heads_apart(&doc, "7", 72);
    assert_int_equal(xg_table_cols(t), 6);
    check_cell(t, 1, 2, 1, 1, "96");
    check_cell(t, 2, 2, 1, 1, "7");
    xg_doc_free(doc);
}

/* A header word over numbers set in columns with no rules, its first
 * character a point and a half over the separator found between the
 * numbers' columns (a quarter of its width or less): it only nicks the
 * column before, and stands in the column of its centre, not across
 * both. */
static void test_head_nicks_next_column(void **state)
{
    static const char *const nums[] = {"96", "13", "55", "27", "31", "48"};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 190, 100, "Alpha");
    text(&p, 235, 100, "Beta");
    text(&p, 370, 100, "Gamma");
    for (r = 0; r < 2; r++) {
        text(&p, 72, 114 + 14 * r, r == 0 ? "Rules" : "Docs");
        for (c = 0; c < 6; c++)
            text(&p, 200 + 60 * c, 114 + 14 * r, nums[c]);
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_cols(t), 7);
    check_cell(t, 0, 1, 1, 1, "Alpha");
    check_cell(t, 0, 2, 1, 1, "Beta");
    check_cell(t, 1, 2, 1, 1, "13");
    xg_doc_free(doc);
}

/* A part's heading right under a table with no rules, left of its values
 * as a wrapped label would stand: the table ends before it, and it is a
 * paragraph of its own. */
static void test_aligned_table_then_heading(void **state)
{
    static const char *const rows[][3] = {
        {"行政复议", "76", "778"}, {"未经复议直接起诉", "186", "939"},
        {"复议后起诉", "31", "642"}
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    rows_of_three(&p, 100, 14, rows, 3);
    text(&p, 72, 142, "五、存在的主要问题及改进情况");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 2);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_string_equal(xg_doc_block(doc, 1)->text, "五、存在的主要问题及改进情况");
    xg_doc_free(doc);
}

/* A label wrapped over three lines with its row's numbers beside the
 * last (set at the foot of the cell), at the top of a table with no
 * rules: one row.  A label alone followed by a line of header words is
 * not joined with it. */
static void test_label_wrapped_numbers_at_foot(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 100, "a group long enough");
    text(&p, 72, 114, "item");
    text(&p, 250, 114, "count");
    text(&p, 350, 114, "total");
    text(&p, 72, 128, "label one");
    text(&p, 250, 128, "11");
    text(&p, 350, 128, "12");
    text(&p, 72, 142, "a label long enough");
    text(&p, 72, 156, "to wrap over three");
    text(&p, 72, 170, "lines");
    text(&p, 250, 170, "306");
    text(&p, 350, 170, "1285");
    text(&p, 72, 184, "last");
    text(&p, 250, 184, "43");
    text(&p, 350, 184, "735");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_cols(t), 3);
    assert_int_equal(xg_table_rows(t), 5);
    check_cell(t, 0, 0, 1, 1, "a group long enough");
    check_cell(t, 1, 0, 1, 1, "item");
    check_cell(t, 1, 1, 1, 1, "count");
    check_cell(t, 2, 0, 1, 1, "label one");
    check_cell(t, 3, 0, 1, 1, "a label long enough\nto wrap over three\nlines");
    check_cell(t, 3, 1, 1, 1, "306");
    check_cell(t, 3, 2, 1, 1, "1285");
    check_cell(t, 4, 0, 1, 1, "last");
    check_cell(t, 4, 2, 1, 1, "735");
    xg_doc_free(doc);
}

/* Digits under a row's numbers with fewer digits each, and a label left
 * of where the row's label begins, are the tails of wrapped numbers beside
 * a group's label only when each holds at most half the digits of the
 * number above: 四、结转下年度继续 ending where （七）总计 begins, set
 * close under it, is a row of its own, not the tails of 3784 3370 20582
 * (the cells were "3784\n200", refused). */
static void test_next_row_not_tails(void **state)
{
    static const char *const rows[][5] = {
        {"（五）不予处理", "81", "92", "173"},
        {"（六）其他处理", "277", "192", "1156"},
        {"（七）总计", "3784", "3370", "20582"},
        {"四、结转下年度继续", "200", "233", "1455"},
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    for (r = 0; r < 4; r++) {
        double y = 100 + 16 * r;

        text(&p, r == 3 ? 40 : 131, y, rows[r][0]);
        text(&p, 250, y, rows[r][1]);
        text(&p, 320, y, rows[r][2]);
        text(&p, 390, y, rows[r][3]);
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 5);     /* two columns of labels */
    check_cell(t, 2, 1, 1, 1, "（七）总计");
    check_cell(t, 2, 2, 1, 1, "3784");
    check_cell(t, 2, 4, 1, 1, "20582");
    check_cell(t, 3, 0, 1, 1, "四、结转下年度继续");
    check_cell(t, 3, 2, 1, 1, "200");
    check_cell(t, 3, 4, 1, 1, "1455");
    xg_doc_free(doc);
}

/* Numbers centred in cells of no rules, some wrapped onto two lines: those
 * of one line stand beside the label, those of two around it, set into
 * its line (7778 over 一、本年新收 395 over 0).  Each row is one row, and
 * a number wrapped around the label is read whole: 77780, not 7778 and a
 * row of tails; with its grouping comma too (2,79 over 6: 2,796). */
static void test_numbers_centred_around_label(void **state)
{
    /* label, then per column: the number's one line, or its two */
    static const char *const rows[][7] = {
        {"一、本年新收", "395", "", "7778", "0", "2,79", "6"},
        {"二、上年结转", "6006", "", "7303", "4", "321", ""},
        {"（一）予以公开", "615", "", "9671", "4", "762", ""},
        {"（二）部分公开", "7236", "", "232", "", "5,76", "1"},
    };
    static const char *const want[][3] = {
        {"395", "77780", "2,796"},
        {"6006", "73034", "321"},
        {"615", "96714", "762"},
        {"7236", "232", "5,761"},
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    for (r = 0; r < 4; r++) {
        double y = 100 + 24 * r;

        text(&p, 40, y, rows[r][0]);
        for (c = 0; c < 3; c++) {
            const char *one = rows[r][1 + 2 * c], *tail = rows[r][2 + 2 * c];

            text(&p, 250 + 70 * c, tail[0] ? y - 6 : y, one);
            if (tail[0])
                text(&p, 250 + 70 * c, y + 6, tail);
        }
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 4);
    for (r = 0; r < 4; r++) {
        check_cell(t, r, 0, 1, 1, rows[r][0]);
        for (c = 0; c < 3; c++)
            check_cell(t, r, 1 + c, 1, 1, want[r][c]);
    }
    xg_doc_free(doc);
}

/* Rows without rules, numbers right-aligned and set at the foot of their
 * cells; the group's label 无法提 down its own column beside a line of
 * numbers in two columns only (10 49), between 947 861 and the next row's
 * line, 供 3.补正后申请内容仍不明确 0 0 0 15 158, whose cells are empty
 * just there.  10 and 49 may be that row's, set a line higher (cells of
 * two paragraphs), as much as the tails of 947 and 861: those cells are
 * not joined (not 94710), a group's piece beside them or not. */
static void test_numbers_over_holes_beside_group_piece(void **state)
{
    static const char *const rows[][9] = {
        {"", "1.本机关不掌握相关政府信息", "3", "0", "1", "2", "2", "5", "13"},
        {"（四）", "2.没有现成信息需要另行制作", "0", "95", "0", "947", "861", "", "604"},
        {"无法提", "", "", "", "", "10", "49", "", ""},
        {"供", "3.补正后申请内容仍不明确", "0", "0", "0", "", "", "15", "158"},
        {"", "（五）不予处理 1.信访举报投诉类申请", "89", "221", "170", "4", "941", "6", "469"},
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, k;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    for (r = 0; r < 5; r++) {
        double y = 100 + 14 * r;

        text(&p, 40, y, rows[r][0]);
        text(&p, 90, y, rows[r][1]);
        for (k = 2; k < 9; k++) {
            cairo_text_extents_t e;

            cairo_text_extents(p.cr, rows[r][k], &e);
            text(&p, 300 + 35 * (k - 1) - e.x_advance, y, rows[r][k]);
        }
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 4);
    check_cell(t, 1, 1, 1, 1, "2.没有现成信息需要另行制作");
    check_cell(t, 1, 5, 1, 1, "947\n10");
    check_cell(t, 1, 6, 1, 1, "861\n49");
    check_cell(t, 1, 8, 1, 1, "604");
    check_cell(t, 2, 5, 1, 1, "");
    check_cell(t, 2, 8, 1, 1, "158");
    xg_doc_free(doc);
}

/* Rows without rules, numbers centred in their cells (two-line ones
 * around the label's line), a group's label beside them at its own
 * heights (三、本 beside 2,64 over 年度办 beside 2).  A piece of a group's
 * label alone on its line (予公开), set into both the tails of the row
 * above (9 under 2,45) and the next item's line, does not join that item
 * to the row above (whose numbers stand in the same columns): the rows go
 * by the gaps, each wrapped number whole (2,642, 2,459; 175, over 344,
 * its grouping comma making its first line the longer). */
static void test_group_piece_between_rows(void **state)
{
    /* label, its line's y, then per column: first line, tail */
    static const struct {
        const char *label;
        double y;
        const char *num[3][2];
    } rows[] = {
        {"（一）予以公开", 100, {{"2,64", "2"}, {"251", ""}, {"11,3", "60"}}},
        {"4.保护第三方合法权益", 126, {{"2,45", "9"}, {"319", ""}, {"72", ""}}},
        {"5.属于三类内部事务信息", 150, {{"137", ""}, {"81", ""}, {"782", ""}}},
        {"6.属于四类过程性信息", 176, {{"1,91", "0"}, {"3", ""}, {"175,", "344"}}},
    };
    static const char *const want[4][3] = {
        {"2,642", "251", "11,360"},
        {"2,459", "319", "72"},
        {"137", "81", "782"},
        {"1,910", "3", "175,344"},
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    text(&p, 40, 94, "三、本");
    text(&p, 40, 106, "年度办");
    text(&p, 40, 126, "（三）不");
    text(&p, 40, 141, "予公开");
    for (r = 0; r < 4; r++) {
        double y = rows[r].y;

        text(&p, 90, y, rows[r].label);
        for (c = 0; c < 3; c++) {
            const char *one = rows[r].num[c][0], *tail = rows[r].num[c][1];

            text(&p, 300 + 60 * c, tail[0] ? y - 6 : y, one);
            if (tail[0]) {
                /* centred under the first line */
                cairo_text_extents_t e1, e2;

                cairo_text_extents(p.cr, one, &e1);
                cairo_text_extents(p.cr, tail, &e2);
                text(&p, 300 + 60 * c + (e1.x_advance - e2.x_advance) / 2,
                     y + 6, tail);
            }
        }
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 4);
    for (r = 0; r < 4; r++)
        for (c = 0; c < 3; c++)
            check_cell(t, r, (int)xg_table_cols(t) - 3 + c, 1, 1, want[r][c]);
    xg_doc_free(doc);
}

/* A table with no rules whose four-digit numbers are set a little less
 * than a character height apart in narrow cells, one row's label filling
 * its cell up to them (5.要求行政机关确认或重新出具已 8742 8779 3284): that
 * line is one chunk at the gap that splits words, but its numbers, apart
 * at the gap that parts numbers, make it a row of the table, not a line
 * of text that ends it. */
static void test_label_close_to_numbers(void **state)
{
    static const char *const labels[4] = {"3.要求提供公开出版物", "4.无正当理由",
                                          "5.要求行政机关确认或重新出具已",
                                          "（七）总计"};
    static const char *const nums[4][3] = {{"9852", "4123", "6648"},
                                           {"7188", "8468", "1989"},
                                           {"8742", "8779", "3284"},
                                           {"9425", "6329", "1638"}};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    cairo_text_extents_t e;
    double w, x0;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    cairo_text_extents(p.cr, "8742", &e);
    w = e.x_advance + 8;                /* numbers 8 points apart */
    cairo_text_extents(p.cr, labels[2], &e);
    x0 = 40 + e.x_advance + 6;          /* the long label 6 points short */
    for (r = 0; r < 4; r++) {
        text(&p, 40, 100 + 20 * r, labels[r]);
        for (c = 0; c < 3; c++)
            text(&p, x0 + w * c, 100 + 20 * r, nums[r][c]);
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 4);
    for (r = 0; r < 4; r++)
        for (c = 0; c < 3; c++)
            check_cell(t, r, (int)xg_table_cols(t) - 3 + c, 1, 1, nums[r][c]);
    xg_doc_free(doc);
}

/* A header of words set one under another, its lines overlapping (as OCR
 * reads stacked characters), then a row of numbers with the tail 7 of 127
 * wrapped under 12: the tail stays in its row, though the header's gaps
 * make any room between lines a row's, and 12, as wide as its column's
 * widest number, is read with it: 127, never 12. */
static void test_tail_under_stacked_header(void **state)
{
    static const char *const words[3] = {"结果", "维持", "纠正"};
    static const char *const numbers[5] = {"3", "4", "12", "5", "6"};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    text(&p, 40, 100, "行政复议");
    for (r = 0; r < 3; r++)
        for (c = 0; c < 5; c++)
            text(&p, 150 + 60 * c, 100 + 8 * r, words[r]);
    for (c = 0; c < 5; c++)
        text(&p, 155 + 60 * c, 140, numbers[c]);
    text(&p, 275, 153, "7");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_rows(t), 2);
    check_cell(t, 1, 3, 1, 1, "127");
    check_cell(t, 1, 4, 1, 1, "5");
    xg_doc_free(doc);
}

/* A table with no labels (the appeals table: a header of words, then one
 * row of numbers), each number wrapped in its narrow cell: "997" over
 * "48" in the first column is 99748 like the others, not a label of two
 * lines. */
static void test_wrapped_first_column(void **state)
{
    static const char *const words[2] = {"结果", "维持"};
    static const char *const heads[5] = {"997", "151", "762", "161", "17"};
    static const char *const tails[4] = {"48", "3", "9", "7"};
    static const char *const want[5] = {"99748", "1513", "7629", "1617", "17"};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    for (r = 0; r < 2; r++)
        for (c = 0; c < 5; c++)
            text(&p, 40 + 50 * c, 100 + 12 * r, words[r]);
    for (c = 0; c < 5; c++)
        text(&p, 42 + 50 * c, 130, heads[c]);
    for (c = 0; c < 4; c++)
        text(&p, 42 + 50 * c, 142, tails[c]);
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_cols(t), 5);
    r = (int)xg_table_rows(t) - 1;
    for (c = 0; c < 5; c++)
        check_cell(t, r, c, 1, 1, want[c]);
    xg_doc_free(doc);
}

/* A table with no labels whose first column's header words reach a
 * character left of its number (结果 over 6), and whose last column's
 * cells all stand on lines of their own (总计 between the header's two
 * lines, 81 over 4 centred on the row's line): the room left of the
 * numbers is no column, and the last column is one of its own, not part
 * of the one before it. */
static void test_columns_at_other_heights(void **state)
{
    static const char *const nums[4] = {"6", "48", "490", "14"};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    for (c = 0; c < 4; c++) {
        text(&p, 40 + 50 * c, 100, "结果");
        text(&p, 40 + 50 * c, 120, "维持");
        text(&p, (c == 0 ? 47 : 42) + 50 * c, 150, nums[c]);
    }
    text(&p, 240, 110, "总计");
    text(&p, 244, 143, "81");
    text(&p, 247, 157, "4");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_cols(t), 5);
    for (r = 0; r < (int)xg_table_rows(t); r++)
        if (xg_table_cell_at(t, r, 0) != NULL &&
            strcmp(xg_table_cell_at(t, r, 0)->text, "6") == 0)
            break;
    assert_true(r < (int)xg_table_rows(t));
    for (c = 0; c < 4; c++)
        check_cell(t, r, c, 1, 1, nums[c]);
    assert_non_null(xg_table_cell_at(t, r, 4));
    assert_non_null(strstr(xg_table_cell_at(t, r, 4)->text, "81"));
    xg_doc_free(doc);
}

/* OCR's characters of WORD from X, its ink from Y0 to Y1, each W wide. */
static void ocr_word(page_data *pd, size_t *cap, const char *word, double x,
                     double y0, double y1, double w)
{
    const unsigned char *s = (const unsigned char *)word;

    while (*s != '\0') {
        uint32_t cp = *s++;
        pchar *c;

        if (cp >= 0xe0) {
            cp = (cp & 0x0f) << 12 | (uint32_t)(s[0] & 0x3f) << 6 | (s[1] & 0x3f);
            s += 2;
        }
        assert_int_equal(xg_pdf_grow((void **)&pd->chars, cap, pd->nchars + 1,
                                     sizeof *pd->chars), 0);
        c = &pd->chars[pd->nchars];
        memset(c, 0, sizeof *c);
        c->cp = cp;
        c->x0 = x;
        c->x1 = x + w;
        c->y0 = y0;
        c->y1 = y1;
        c->seq = pd->nchars++;
        c->ocr = 1;
        c->conf = 95;
        x += w;
    }
    pd->has_text = 1;
}

/* An appeals table read by OCR, ruled across, whose header's second
 * line of words (维持 under 结果) is struck through by the rule under the
 * cells beside it: what OCR reads of it is a line of half characters,
 * 3.9 points high among lines of 7.4, its top on the rule.  It says
 * nothing of the size of the text: the rules go on as one band, and the
 * row of numbers under the header is the table's (it was a band of its
 * own, one line: no table). */
static void test_struck_header_line(void **state)
{
    static const char *const numbers[15] = {
        "77", "0", "79", "87", "243", "16", "71", "90", "15", "192",
        "49", "36", "29", "68", "182"};
    static const double rules_y[] = {286, 302.7, 319.5, 347.1, 363};
    page_data pd;
    size_t cap = 0;
    rules rl = {0};
    xg_error err = {0};
    const jtable *t = NULL;
    int k, found = 0;

    (void)state;
    memset(&pd, 0, sizeof pd);
    pd.no = 1;
    pd.w = 595;
    pd.h = 842;
    ocr_word(&pd, &cap, "行政复议", 116.6, 290, 297.4, 7.4);
    ocr_word(&pd, &cap, "行政诉讼", 360, 290, 297.4, 7.4);
    for (k = 0; k < 4; k++)
        ocr_word(&pd, &cap, "结果", 58.6 + 33 * k, 306.7, 314.1, 7.4);
    ocr_word(&pd, &cap, "总计", 190, 306.7, 314.1, 7.4);
    ocr_word(&pd, &cap, "未经复议直接起诉", 260, 306.7, 314.1, 7.4);
    ocr_word(&pd, &cap, "复议后起诉", 430, 306.7, 314.1, 7.4);
    for (k = 0; k < 4; k++)
        ocr_word(&pd, &cap, "上二", 58.6 + 33 * k, 321.1, 325.0, 7.4);
    for (k = 0; k < 8; k++)
        ocr_word(&pd, &cap, "结果", 223.4 + 34 * k, 323.5, 330.9, 7.4);
    ocr_word(&pd, &cap, "总计", 355.7, 329.3, 336.7, 7.4);
    ocr_word(&pd, &cap, "总计", 520, 329.3, 336.7, 7.4);
    for (k = 0; k < 8; k++)
        ocr_word(&pd, &cap, "维持", 223.4 + 34 * k, 334.6, 342.0, 7.4);
    for (k = 0; k < 15; k++)
        ocr_word(&pd, &cap, numbers[k], 64 + 32 * k, 350.6, 358.0, 4.4);
    for (k = 0; k < 5; k++) {
        assert_int_equal(xg_pdf_grow((void **)&rl.h, &rl.caph, rl.nh + 1, sizeof *rl.h), 0);
        rl.h[rl.nh].pos = rules_y[k];
        rl.h[rl.nh].a = 50;
        rl.h[rl.nh++].b = 545;
    }
    assert_int_equal(xg_pdf_page_structure(&pd, &rl, NULL, &err), XG_OK);
    for (k = 0; k < (int)pd.nitems; k++)
        if (pd.items[k].is_table) {
            t = pd.items[k].table;
            found++;
        }
    assert_int_equal(found, 1);
    assert_true(t->nrows >= 3);
    for (k = 0; k < (int)t->n; k++)
        if (t->cells[k].row == t->nrows - 1 && t->cells[k].text.data != NULL &&
            strcmp(t->cells[k].text.data, "243") == 0)
            found++;
    assert_int_equal(found, 2);
    free(rl.h);
    xg_pdf_page_free(&pd);
}

/* Ruled across only (a three-line table): the bands between the rules
 * are the rows, so a wrapped label is one cell. */
static void test_horizontal_rules_only(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    hline(&p, 72, 420, 90);
    text(&p, 72, 104, "Item");
    text(&p, 250, 104, "Count");
    text(&p, 350, 104, "Total");
    hline(&p, 72, 420, 110);
    text(&p, 72, 124, "apples from");
    text(&p, 72, 138, "the north");
    text(&p, 250, 131, "1");
    text(&p, 350, 131, "10");
    hline(&p, 72, 420, 144);
    text(&p, 72, 158, "pears");
    text(&p, 250, 158, "2");
    text(&p, 350, 158, "20");
    hline(&p, 72, 420, 164);
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 2, 1, 1, "Total");
    check_cell(t, 1, 0, 1, 1, "apples from\nthe north");
    check_cell(t, 1, 1, 1, 1, "1");
    check_cell(t, 2, 2, 1, 1, "20");
    xg_doc_free(doc);
}

/* The same with a number in full-width digits wrapped in its cell
 * (５１ over ９, as wide as its column's widest): one number, ５１９. */
static void test_rules_across_fullwidth_wrap(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    hline(&p, 72, 420, 90);
    text(&p, 72, 104, "Item");
    text(&p, 250, 104, "Count");
    text(&p, 350, 104, "Total");
    hline(&p, 72, 420, 110);
    text(&p, 72, 124, "apples");
    text(&p, 250, 124, "１２");
    text(&p, 350, 124, "５１");
    text(&p, 350, 138, "９");
    hline(&p, 72, 420, 144);
    text(&p, 72, 158, "pears");
    text(&p, 250, 158, "２");
    text(&p, 350, 158, "２０");
    hline(&p, 72, 420, 164);
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 1, 1, 1, 1, "１２");
    check_cell(t, 1, 2, 1, 1, "５１９");
    check_cell(t, 2, 2, 1, 1, "２０");
    xg_doc_free(doc);
}

/* A table boxed by its outer borders only (LibreOffice, a table's outer
 * border kept): the box's two rules across say where the table ends, not
 * where its rows do; its rows go by lines. */
static void test_box_round_aligned_table(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    hline(&p, 70, 420, 90);
    vline(&p, 70, 90, 166);
    vline(&p, 420, 90, 166);
    text(&p, 72, 104, "Item");
    text(&p, 250, 104, "Count");
    text(&p, 350, 104, "Total");
    text(&p, 72, 124, "apples");
    text(&p, 250, 124, "13");
    text(&p, 350, 124, "130");
    text(&p, 72, 142, "pears");
    text(&p, 250, 142, "27");
    text(&p, 350, 142, "270");
    text(&p, 72, 160, "plums");
    text(&p, 250, 160, "4");
    text(&p, 350, 160, "45");
    hline(&p, 70, 420, 166);
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 3);
    check_cell(t, 0, 1, 1, 1, "Count");
    check_cell(t, 1, 0, 1, 1, "apples");
    check_cell(t, 2, 2, 1, 1, "270");
    check_cell(t, 3, 1, 1, 1, "4");
    xg_doc_free(doc);
}

/* A table ruled across whose rule between its header and its first line
 * of numbers is missing: a band holding words in two or more of the
 * value columns over a line of numbers only is no row; the rows go by
 * lines. */
static void test_header_over_numbers_in_band(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    hline(&p, 70, 420, 90);
    text(&p, 72, 104, "Kept");
    text(&p, 170, 104, "Fixed");
    text(&p, 270, 104, "Other");
    text(&p, 370, 104, "Total");
    text(&p, 72, 122, "3");
    text(&p, 170, 122, "52");
    text(&p, 270, 122, "7");
    text(&p, 370, 122, "62");
    hline(&p, 70, 420, 128);
    text(&p, 72, 142, "11");
    text(&p, 170, 142, "2");
    text(&p, 270, 142, "36");
    text(&p, 370, 142, "49");
    hline(&p, 70, 420, 148);
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 4);
    check_cell(t, 0, 1, 1, 1, "Fixed");
    check_cell(t, 1, 1, 1, 1, "52");
    check_cell(t, 1, 3, 1, 1, "62");
    check_cell(t, 2, 0, 1, 1, "11");
    xg_doc_free(doc);
}

/* A table ruled across only, over a page break, whose cells hold their
 * numbers at different heights (LibreOffice, cells of several
 * paragraphs): the second page opens with a line holding one number set
 * above its row's label, and a row's label stands alone on its first
 * line with a number on a line of its own under it.  Between the rules
 * every such line of numbers is the row's. */
static void test_numbers_apart_between_rules(void **state)
{
    static const char *const want[][4] = {
        {"alpha", "11", "22", "33"}, {"bravo", "14", "25", "39"},
        {"charlie", "12", "31", "43"}, {"delta one\ndelta two", "96", "352", "448"},
        {"echo", "5", "6", "11"}};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, k;

    (void)state;
    pdf_begin(&p, 595, 842);
    hline(&p, 72, 420, 90);
    text(&p, 72, 104, "Item");
    text(&p, 250, 104, "Count");
    text(&p, 300, 104, "Other");
    text(&p, 350, 104, "Total");
    hline(&p, 72, 420, 110);
    text(&p, 72, 124, "alpha");
    text(&p, 250, 124, "11");
    text(&p, 300, 124, "22");
    text(&p, 350, 124, "33");
    hline(&p, 72, 420, 130);
    text(&p, 72, 144, "bravo");
    text(&p, 250, 144, "14");
    text(&p, 300, 144, "25");
    text(&p, 350, 144, "39");
    hline(&p, 72, 420, 150);
    pdf_next_page(&p, 595, 842);
    hline(&p, 72, 420, 60);
    text(&p, 300, 72, "31");
    text(&p, 72, 79, "charlie");
    text(&p, 250, 79, "12");
    text(&p, 350, 79, "43");
    hline(&p, 72, 420, 86);
    text(&p, 72, 100, "delta one");
    text(&p, 350, 107, "448");
    text(&p, 72, 114, "delta two");
    text(&p, 250, 114, "96");
    text(&p, 300, 114, "352");
    hline(&p, 72, 420, 120);
    text(&p, 72, 134, "echo");
    text(&p, 250, 134, "5");
    text(&p, 300, 134, "6");
    text(&p, 350, 134, "11");
    hline(&p, 72, 420, 140);
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 6);
    assert_int_equal(xg_table_cols(t), 4);
    for (r = 0; r < 5; r++)
        for (k = 0; k < 4; k++)
            check_cell(t, r + 1, k, 1, 1, want[r][k]);
    xg_doc_free(doc);
}

/* A table with no rules whose last two columns' numbers stand closer
 * than half a character (a total set tight after the column before it):
 * its columns are found by the finer split of a tight table, which wants
 * a number in every column of every line of numbers.  A dash (— for
 * none) counts as one, and one line of eight with an empty cell does not
 * refuse them. */
static void test_tight_columns_marks(void **state)
{
    static const char *const rows[][4] = {
        {"alpha", "11", "2231", "3345"}, {"bravo", "14", "2517", "3922"},
        {"charlie", "12", "—", "4301"}, {"delta", "96", "3528", "4480"},
        {"echo", "57", "", "1168"}, {"foxtrot", "43", "7215", "8806"},
        {"golf", "28", "6124", "9035"}, {"hotel", "31", "5522", "6753"},
    };
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, c;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_set_font_size(p.cr, 10);
    text(&p, 72, 100, "Item");
    text(&p, 250, 100, "Count");
    text(&p, 300, 100, "Oth");
    text(&p, 330, 100, "Tot");
    for (r = 0; r < 8; r++) {
        double y = 124 + 24 * r;

        text(&p, 72, y, rows[r][0]);
        text(&p, 250, y, rows[r][1]);
        text(&p, 300, y, rows[r][2]);
        text(&p, 330, y, rows[r][3]);
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    t = nth_table(doc, 0);
    assert_non_null(t);
    assert_int_equal(xg_table_cols(t), 4);
    for (r = 0; r < 8; r++)
        for (c = 0; c < 4; c++)
            check_cell(t, r + 1, c, 1, 1, rows[r][c]);
    xg_doc_free(doc);
}

/* A table drawn with rules down its columns and none across: each
 * header centred in its cell, the numbers set left in it.  The gap
 * between a header and its numbers is inside one ruled column, so they
 * are one column; the rules stand between the columns. */
static void test_column_rules_only(void **state)
{
    static const char *const want[][4] = {
        {"Item", "Issued", "Repealed", "In force"},
        {"rules", "601", "243", "853"},
        {"docs", "160", "211", "95"}};
    static const double xs[] = {72, 160, 260, 360, 460};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, k;

    (void)state;
    pdf_begin(&p, 595, 842);
    for (k = 0; k < 5; k++)
        vline(&p, xs[k], 90, 150);
    text(&p, 100, 104, "Item");
    text(&p, 192, 104, "Issued");
    text(&p, 285, 104, "Repealed");
    text(&p, 390, 104, "In force");
    for (r = 1; r < 3; r++) {
        text(&p, 80, 104 + 20 * r, want[r][0]);
        for (k = 1; k < 4; k++)
            text(&p, xs[k] + 4, 104 + 20 * r, want[r][k]);
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 4);
    for (r = 0; r < 3; r++)
        for (k = 0; k < 4; k++)
            check_cell(t, r, k, 1, 1, want[r][k]);
    xg_doc_free(doc);
}

/* A table ruled down its columns only whose cells hold their numbers at
 * several heights: a row's label alone on its first line, then a line
 * with one number, then the label's second line with the others.  The
 * line of one number, between the column rules, is the table's: it does
 * not end the run (and the rows after it) as text between two tables. */
static void test_number_line_between_column_rules(void **state)
{
    static const char *const want[][4] = {
        {"Item", "Count", "Other", "Total"},
        {"alpha", "11", "22", "33"},
        {"delta one\ndelta two", "96", "352", "448"},
        {"echo", "5", "6", "11"}};
    static const double xs[] = {72, 160, 260, 360, 460};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;
    int r, k;

    (void)state;
    pdf_begin(&p, 595, 842);
    for (k = 0; k < 5; k++)
        vline(&p, xs[k], 90, 185);
    for (k = 0; k < 4; k++) {
        text(&p, xs[k] + 4, 104, want[0][k]);
        text(&p, xs[k] + 4, 124, want[1][k]);
        text(&p, xs[k] + 4, 174, want[3][k]);
    }
    text(&p, 76, 140, "delta one");
    text(&p, 364, 147, "448");
    text(&p, 76, 154, "delta two");
    text(&p, 164, 154, "96");
    text(&p, 264, 154, "352");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(count_tables(doc), 1);
    t = nth_table(doc, 0);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 4);
    for (r = 0; r < 4; r++)
        for (k = 0; k < 4; k++)
            check_cell(t, r, k, 1, 1, want[r][k]);
    xg_doc_free(doc);
}

/* Bold faked by drawing the text twice, a hair apart: one copy. */
static void test_fake_bold(void **state)
{
    static const double xs[] = {100, 250, 330}, ys[] = {100, 120, 140};
    pdf p;
    xg_error err;
    xg_doc *doc;
    const xg_table *t;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 80, "Bold heading");
    text(&p, 72.3, 80, "Bold heading");
    grid(&p, xs, 3, ys, 3);
    text(&p, 105, 114, "Total");
    text(&p, 105.3, 114, "Total");
    text(&p, 255, 114, "12");
    text(&p, 105, 134, "Other");
    text(&p, 255, 134, "3");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_string_equal(xg_doc_block(doc, 0)->text, "Bold heading");
    t = nth_table(doc, 0);
    check_cell(t, 0, 0, 1, 1, "Total");
    check_cell(t, 0, 1, 1, 1, "12");
    xg_doc_free(doc);
}

/* Three pages W by H, each with a running header HEAD at HEAD_Y (with
 * NUMBERED, the page's number after it), a footer FOOT at FOOT_Y (NULL:
 * the page's number alone), and the same paragraph of two lines at 100
 * points down: only the three paragraphs are read, the header and footer
 * left out. */
static void running_header_pages(double w, double h, const char *head,
                                 int numbered, double head_y,
                                 const char *foot, double foot_y)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    char line[96];
    int i;

    pdf_begin(&p, w, h);
    for (i = 0; i < 3; i++) {
        if (i > 0)
            pdf_next_page(&p, w, h);
        if (numbered)
            snprintf(line, sizeof line, "%s page %d", head, i + 1);
        else
            snprintf(line, sizeof line, "%s", head);
        text(&p, 200, head_y, line);
        if (foot == NULL)
            snprintf(line, sizeof line, "%d", i + 1);
        else
            snprintf(line, sizeof line, "%s", foot);
        text(&p, 295, foot_y, line);
        justified(&p, 92, 300, 100, "A paragraph starts on this page and");
        justified(&p, 72, 300, 114, "runs on to a second line before it");
        text(&p, 72, 128, "ends.");
    }
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 3);
    for (i = 0; i < 3; i++)
        assert_string_equal(xg_doc_block(doc, (size_t)i)->text,
                            "A paragraph starts on this page and runs on to "
                            "a second line before it ends.");
    xg_doc_free(doc);
}

/* A running header and page numbers on every page are dropped; the body
 * text is kept. */
static void test_running_header(void **state)
{
    (void)state;
    running_header_pages(595, 842, "Some County Government Annual Report", 0,
                         40, NULL, 815);
}

/* On a landscape page (595 points high) a running header under a margin
 * of 45 points ends 70 points down, below the page's top tenth but
 * within its top inch; the footer stands as far up from the foot.  Both
 * are left out; a paragraph lower down stays, though it also repeats. */
static void test_running_header_landscape(void **state)
{
    (void)state;
    running_header_pages(842, 595, "County Bureau Disclosure No. 2024-0375", 1,
                         68, "Telephone 0571-87654321", 536);
}

/* A text box over a paragraph's line, set 4 points lower, its characters
 * over the line's: two lines, each read whole, not one whose characters
 * alternate (（注本：机本关…). */
static void test_text_drawn_over_line(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    size_t i, found = 0;

    (void)state;
    pdf_begin(&p, 595, 842);
    cairo_select_font_face(p.cr, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(p.cr, 16);
    text(&p, 90, 160, "（注：本报告中数据");
    text(&p, 122, 164, "本机关政务公开工作领导小组统筹推进各项工作。");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    for (i = 0; i < xg_doc_block_count(doc); i++) {
        const char *text = xg_doc_block(doc, i)->text;

        found += strstr(text, "（注：本报告中数据") != NULL;
        found += strstr(text, "本机关政务公开工作领导小组统筹推进各项工作。") != NULL;
    }
    assert_int_equal(found, 2);
    xg_doc_free(doc);
}

/* A number alone low on a page is a page number only where another page
 * bears it out (about as high, its number as far apart as the pages):
 * the last line of a page may be a table's tail (2987 over 3).  Page
 * numbers 1 and 2 at the foot are dropped; the 3 above them is kept,
 * and so is a 7 low on a page of one, above its outer tenth. */
static void test_foot_number_kept(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;

    (void)state;
    pdf_begin(&p, 595, 842);
    text(&p, 72, 100, "A paragraph on the first page.");
    text(&p, 480, 745, "3");
    text(&p, 295, 815, "1");
    pdf_next_page(&p, 595, 842);
    text(&p, 72, 100, "A paragraph on the second page.");
    text(&p, 295, 815, "2");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    /* (a line of numbers alone is a paragraph of its own, not run on
     * into the next page's first line) */
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_string_equal(xg_doc_block(doc, 0)->text, "A paragraph on the first page.");
    assert_string_equal(xg_doc_block(doc, 1)->text, "3");
    assert_string_equal(xg_doc_block(doc, 2)->text, "A paragraph on the second page.");
    xg_doc_free(doc);

    pdf_begin(&p, 595, 842);
    text(&p, 72, 100, "A paragraph on the only page.");
    text(&p, 480, 745, "7");
    text(&p, 295, 815, "1");
    pdf_end(&p);
    doc = extract(&p, XG_OK, &err);
    assert_int_equal(xg_doc_block_count(doc), 2);
    assert_string_equal(xg_doc_block(doc, 1)->text, "7");
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* rules from paths, rules from pixels, bounds                         */

/* The rules of page 1 of P as the table stages get them (joined,
 * sifted), with CPU_LIMIT seconds to read; the status of the reading. */
static int page_rules(pdf *p, double cpu_limit, rules *rl, xg_error *err)
{
    xg_pdf_core *core = NULL;
    page_data pd;
    int rc;

    memset(&pd, 0, sizeof pd);
    memset(rl, 0, sizeof *rl);
    memset(err, 0, sizeof *err);
    pd.no = 1;
    rc = xg_pdf_core_open((const unsigned char *)p->bytes.data, p->bytes.len,
                          cpu_limit, &core, err);
    if (rc == XG_OK)
        rc = xg_pdf_core_read_page(core, &pd, rl, err);
    if (rc == XG_OK)
        assert_int_equal(xg_pdf_rules_finish(&pd, rl), 0);
    xg_pdf_core_close(core);
    xg_pdf_page_free(&pd);
    xg_buf_free(&p->bytes);
    return rc;
}

static void rules_free(rules *rl)
{
    free(rl->h);
    free(rl->v);
}

/* Rules drawn as Word and WPS draw them: thin filled rectangles, a frame
 * filled even-odd, a border in pieces; what is no rule: a white line, a
 * dotted line, a curve, a thick bar, the part of a line outside the
 * clip. */
static void test_rules_from_paths(void **state)
{
    pdf p;
    rules rl;
    xg_error err;

    (void)state;
    pdf_begin(&p, 400, 400);
    /* a filled rectangle 0.5 thick: a rule at y = 50.25 */
    cairo_rectangle(p.cr, 50, 50, 300, 0.5);
    cairo_fill(p.cr);
    /* a frame, outer box minus inner box, even-odd: four rules */
    cairo_set_fill_rule(p.cr, CAIRO_FILL_RULE_EVEN_ODD);
    cairo_rectangle(p.cr, 50, 100, 300, 100);
    cairo_rectangle(p.cr, 51, 101, 298, 98);
    cairo_fill(p.cr);
    /* a border in three pieces with hairline gaps: one rule */
    hline(&p, 50, 150, 250);
    hline(&p, 151, 250, 250);
    hline(&p, 251, 350, 250);
    /* no rules: white, dotted, a curve, a thick bar, clipped away */
    cairo_set_source_rgb(p.cr, 1, 1, 1);
    hline(&p, 50, 350, 270);
    cairo_set_source_rgb(p.cr, 0, 0, 0);
    {
        static const double dots[] = {1, 2};

        cairo_set_dash(p.cr, dots, 2, 0);
        hline(&p, 50, 350, 290);
        cairo_set_dash(p.cr, NULL, 0, 0);
    }
    cairo_move_to(p.cr, 50, 310);
    cairo_curve_to(p.cr, 150, 309, 250, 309, 350, 310);
    cairo_stroke(p.cr);
    cairo_rectangle(p.cr, 50, 320, 300, 6);
    cairo_fill(p.cr);
    cairo_save(p.cr);
    cairo_rectangle(p.cr, 0, 0, 400, 340);
    cairo_clip(p.cr);
    vline(&p, 380, 345, 395);
    cairo_restore(p.cr);
    pdf_end(&p);
    assert_int_equal(page_rules(&p, 0, &rl, &err), XG_OK);
    assert_int_equal(rl.nh, 4);
    assert_true(fabs(rl.h[0].pos - 50.25) < 0.01);
    assert_true(fabs(rl.h[0].a - 50) < 0.01 && fabs(rl.h[0].b - 350) < 0.01);
    assert_true(fabs(rl.h[1].pos - 100.5) < 0.01);
    assert_true(fabs(rl.h[2].pos - 199.5) < 0.01);
    assert_true(fabs(rl.h[3].pos - 250) < 0.01);
    assert_true(fabs(rl.h[3].a - 50) < 0.3 && fabs(rl.h[3].b - 350) < 0.3);
    assert_int_equal(rl.nv, 2);
    assert_true(fabs(rl.v[0].pos - 50.5) < 0.01);
    assert_true(fabs(rl.v[1].pos - 349.5) < 0.01);
    rules_free(&rl);
}

/* Rules from the pixels of an image of a page (a scan): a ruled grid of
 * one-pixel lines is found; a short stroke and a thick bar are not. */
static void test_rules_from_pixels(void **state)
{
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300,
                                                    200);
    cairo_t *cr = cairo_create(s);
    page_data pd;
    rules rl = {0};
    int i;

    (void)state;
    memset(&pd, 0, sizeof pd);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (i = 0; i < 3; i++) {
        cairo_rectangle(cr, 20, 20 + 60 * i, 201, 1);
        cairo_rectangle(cr, 20 + 100 * i, 20, 1, 121);
    }
    cairo_rectangle(cr, 240, 30, 4, 1);         /* a glyph stroke */
    cairo_rectangle(cr, 240, 60, 50, 12);       /* a filled area */
    cairo_fill(cr);
    cairo_surface_flush(s);
    assert_int_equal(xg_pdf_rules_from_image(cairo_image_surface_get_data(s),
                                             cairo_image_surface_get_stride(s),
                                             300, 200, 1.0, &pd, &rl), 0);
    assert_int_equal(rl.nh, 3);
    assert_int_equal(rl.nv, 3);
    for (i = 0; i < 3; i++) {
        assert_true(fabs(rl.h[i].pos - (20.5 + 60 * i)) < 0.01);
        assert_true(fabs(rl.v[i].pos - (20.5 + 100 * i)) < 0.01);
    }
    /* the same page in grey, a byte a pixel (a scan for OCR), its rows
     * 303 bytes apart: the same rules */
    {
        unsigned char *gray = malloc(303 * 200);
        const unsigned char *px = cairo_image_surface_get_data(s);
        int stride = cairo_image_surface_get_stride(s), x, y;
        rules rg = {0};

        assert_non_null(gray);
        memset(gray, 0, 303 * 200);     /* the padding is dark: never read */
        for (y = 0; y < 200; y++)
            for (x = 0; x < 300; x++)
                gray[y * 303 + x] = (unsigned char)(((const uint32_t *)(const void *)(px + y * stride))[x] & 0xff);
        assert_int_equal(xg_pdf_rules_from_gray(gray, 303, 300, 200, 1.0, &pd, &rg), 0);
        assert_int_equal(rg.nh, rl.nh);
        assert_int_equal(rg.nv, rl.nv);
        for (i = 0; i < 3; i++) {
            assert_true(rg.h[i].pos == rl.h[i].pos && rg.h[i].a == rl.h[i].a &&
                        rg.h[i].b == rl.h[i].b);
            assert_true(rg.v[i].pos == rl.v[i].pos && rg.v[i].a == rl.v[i].a &&
                        rg.v[i].b == rl.v[i].b);
        }
        rules_free(&rg);
        free(gray);
    }
    rules_free(&rl);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
}

/* LINES lines of a thousand characters in a tiny size on the page. */
static void dense_text(pdf *p, int lines)
{
    char line[1001];
    int i;

    memset(line, 'x', 1000);
    line[1000] = '\0';
    cairo_set_font_size(p->cr, 1);
    for (i = 0; i < lines; i++)
        text(p, 10, 10 + (i % 1600) * 0.5, line);
}

/* A page of more than XG_MAX_PAGE_CHARS characters, or drawing more than
 * XG_MAX_PAGE_RULES rule pieces, is refused with the reason. */
static void test_page_bounds(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    int i;

    (void)state;
    pdf_begin(&p, 595, 842);
    dense_text(&p, XG_MAX_PAGE_CHARS / 1000 + 1);
    pdf_end(&p);
    doc = extract(&p, XG_ERR_LIMIT, &err);
    assert_string_equal(err.message, "PDF page 1 has more than 100000 characters");
    xg_doc_free(doc);

    pdf_begin(&p, 595, 842);
    text(&p, 20, 20, "x");
    for (i = 0; i <= XG_MAX_PAGE_RULES; i++)
        hline(&p, 20, 100, 30 + (i % 700));
    pdf_end(&p);
    doc = extract(&p, XG_ERR_LIMIT, &err);
    assert_string_equal(err.message, "PDF page 1 draws more than 20000 rules");
    xg_doc_free(doc);
}

/* More than XG_MAX_PDF_CHARS characters in all are refused. */
static void test_document_chars_bound(void **state)
{
    pdf p;
    xg_error err;
    xg_doc *doc;
    int page;

    (void)state;
    pdf_begin(&p, 595, 842);
    for (page = 0; page * 100000 <= XG_MAX_PDF_CHARS; page++) {
        if (page > 0)
            pdf_next_page(&p, 595, 842);
        dense_text(&p, 100);
    }
    pdf_end(&p);
    doc = extract(&p, XG_ERR_LIMIT, &err);
    assert_string_equal(err.message, "PDF has more than 1000000 characters");
    xg_doc_free(doc);
}

/* Reading stops when its CPU time is spent (XG_MAX_PDF_SECONDS for a
 * document; here a microsecond, on a page of many operators). */
static void test_cpu_bound(void **state)
{
    pdf p;
    rules rl;
    xg_error err;
    int i;

    (void)state;
    pdf_begin(&p, 595, 842);
    for (i = 0; i < 20000; i++) {
        cairo_move_to(p.cr, 10, 10);
        cairo_line_to(p.cr, 11 + i % 500, 11 + i % 700);
        cairo_stroke(p.cr);
    }
    pdf_end(&p);
    assert_int_equal(page_rules(&p, 1e-6, &rl, &err), XG_ERR_LIMIT);
    assert_string_equal(err.message, "PDF takes more than 1e-06 s of CPU to read");
    rules_free(&rl);
}

/* A page of more than XG_MAX_PAGE_WORDS pieces of text set apart (single
 * digits on a grid: Poppler's layout of them takes seconds) is refused. */
static void test_page_words_bound(void **state)
{
    xg_buf content = {0}, b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    int i;

    (void)state;
    assert_int_equal(xg_buf_puts(&content, "BT /F1 4 Tf\n"), 0);
    for (i = 0; i <= XG_MAX_PAGE_WORDS; i++)
        assert_int_equal(xg_buf_printf(&content, "1 0 0 1 %d %d Tm (%d) Tj\n",
                                       20 + (i % 71) * 8, 40 + (i / 71) * 10,
                                       i % 10), 0);
    assert_int_equal(xg_buf_puts(&content, "ET\n"), 0);
    handmade_pdf(&b, "", xg_buf_str(&content), NULL);
    assert_int_equal(xg_extract_pdf((const unsigned char *)b.data, b.len, doc,
                                    &err), XG_ERR_LIMIT);
    assert_string_equal(err.message, "PDF page 1 has more than 5000 separate words");
    xg_buf_free(&content);
    xg_buf_free(&b);
    xg_doc_free(doc);
}

/* Content streams of more than XG_MAX_PDF_CONTENT bytes are refused
 * before they are parsed (an array of millions of numbers would take
 * gigabytes). */
static void test_content_bound(void **state)
{
    size_t n = XG_MAX_PDF_CONTENT + 16;
    char *content = malloc(n + 1);
    xg_buf b = {0};
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    assert_non_null(content);
    memset(content, ' ', n);
    content[0] = '[';
    content[n - 1] = ']';
    content[n] = '\0';
    handmade_pdf(&b, "", content, NULL);
    free(content);
    assert_int_equal(xg_extract_pdf((const unsigned char *)b.data, b.len, doc,
                                    &err), XG_ERR_LIMIT);
    assert_string_equal(err.message, "PDF has more than 32 MiB of page content");
    xg_buf_free(&b);
    xg_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_garbage_is_corrupt),
        cmocka_unit_test(test_empty_is_corrupt),
        cmocka_unit_test(test_no_text),
        cmocka_unit_test(test_encrypted),
        cmocka_unit_test(test_too_many_pages),
        cmocka_unit_test(test_too_many_ocr_pages),
        cmocka_unit_test(test_ruled_merged),
        cmocka_unit_test(test_wrapped_label),
        cmocka_unit_test(test_stacked_label),
        cmocka_unit_test(test_underline_and_flush_text),
        cmocka_unit_test(test_text_across_rules),
        cmocka_unit_test(test_selection_hides_words),
        cmocka_unit_test(test_turned_labels),
        cmocka_unit_test(test_cjk_cells),
        cmocka_unit_test(test_repeated_header),
        cmocka_unit_test(test_single_row_at_foot),
        cmocka_unit_test(test_frame_is_paragraph),
        cmocka_unit_test(test_other_columns_not_joined),
        cmocka_unit_test(test_open_break_joins_cells),
        cmocka_unit_test(test_row_cut_by_break),
        cmocka_unit_test(test_grouped_tails_next_page),
        cmocka_unit_test(test_row_split_by_break),
        cmocka_unit_test(test_break_between_rows_of_group),
        cmocka_unit_test(test_wrapped_number),
        cmocka_unit_test(test_stacked_digits_ruled),
        cmocka_unit_test(test_overprinted_digits),
        cmocka_unit_test(test_digits_half_over),
        cmocka_unit_test(test_digits_third_over),
        cmocka_unit_test(test_digits_shifted_baseline),
        cmocka_unit_test(test_wrapped_number_pitch),
        cmocka_unit_test(test_wrapped_number_padded),
        cmocka_unit_test(test_landscape),
        cmocka_unit_test(test_rotated_page),
        cmocka_unit_test(test_glyph_without_unicode),
        cmocka_unit_test(test_no_glyph_has_unicode),
        cmocka_unit_test(test_digits_after_content_error),
        cmocka_unit_test(test_digits_before_content_error),
        cmocka_unit_test(test_wrong_stream_length),
        cmocka_unit_test(test_aligned_table),
        cmocka_unit_test(test_aligned_wrapped_labels),
        cmocka_unit_test(test_heads_apart_from_numbers),
        cmocka_unit_test(test_head_nicks_next_column),
        cmocka_unit_test(test_aligned_table_then_heading),
        cmocka_unit_test(test_label_wrapped_numbers_at_foot),
        cmocka_unit_test(test_next_row_not_tails),
        cmocka_unit_test(test_tail_under_stacked_header),
        cmocka_unit_test(test_struck_header_line),
        cmocka_unit_test(test_aligned_spanning_header),
        cmocka_unit_test(test_horizontal_rules_only),
        cmocka_unit_test(test_rules_across_fullwidth_wrap),
        cmocka_unit_test(test_box_round_aligned_table),
        cmocka_unit_test(test_numbers_centred_around_label),
        cmocka_unit_test(test_numbers_over_holes_beside_group_piece),
        cmocka_unit_test(test_group_piece_between_rows),
        cmocka_unit_test(test_label_close_to_numbers),
        cmocka_unit_test(test_wrapped_first_column),
        cmocka_unit_test(test_columns_at_other_heights),
        cmocka_unit_test(test_header_over_numbers_in_band),
        cmocka_unit_test(test_numbers_apart_between_rules),
        cmocka_unit_test(test_tight_columns_marks),
        cmocka_unit_test(test_column_rules_only),
        cmocka_unit_test(test_number_line_between_column_rules),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_headings_not_margin),
        cmocka_unit_test(test_heading_after_full_line),
        cmocka_unit_test(test_edge_from_wrapped_line),
        cmocka_unit_test(test_fake_bold),
        cmocka_unit_test(test_running_header),
        cmocka_unit_test(test_running_header_landscape),
        cmocka_unit_test(test_text_drawn_over_line),
        cmocka_unit_test(test_foot_number_kept),
        cmocka_unit_test(test_rules_from_paths),
        cmocka_unit_test(test_rules_from_pixels),
        cmocka_unit_test(test_page_bounds),
        cmocka_unit_test(test_document_chars_bound),
        cmocka_unit_test(test_cpu_bound),
        cmocka_unit_test(test_page_words_bound),
        cmocka_unit_test(test_content_bound),
    };

    return cmocka_run_group_tests(tests, NULL, NULL) ? 1 : 0;
}
