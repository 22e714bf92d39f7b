/*
 * The image side of OCR on synthetic pages: the skew measured and undone,
 * the ink cut into pieces (one line of one cell each, rules as barriers,
 * strokes of characters kept, specks dropped), each piece cropped with
 * nothing but its own ink, and the shapes that make a piece a number.
 * No Tesseract: these run in every build.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "ocr.h"

static xg_gray blank(int w, int h)
{
    xg_gray g;

    g.w = w;
    g.h = h;
    g.stride = (size_t)w;
    g.px = malloc((size_t)w * (size_t)h);
    assert_non_null(g.px);
    memset(g.px, 255, (size_t)w * (size_t)h);
    return g;
}

static void fill(xg_gray *g, int x0, int y0, int x1, int y1, int v)
{
    int x, y;

    for (y = y0; y < y1; y++)
        for (x = x0; x < x1; x++)
            if (x >= 0 && y >= 0 && x < g->w && y < g->h)
                g->px[(size_t)y * g->stride + x] = (unsigned char)v;
}

/* A digit-like mark: one stroke, 12 x 30. */
static void digit(xg_gray *g, int x, int y)
{
    fill(g, x, y, x + 12, y + 3, 20);
    fill(g, x + 9, y, x + 12, y + 30, 20);
    fill(g, x, y + 27, x + 12, y + 30, 20);
}

/* A character-like mark, 34 x 34: a wide bar over a box, and a dot in
 * the box (a second component, much smaller). */
static void hanzi(xg_gray *g, int x, int y)
{
    fill(g, x, y, x + 34, y + 4, 20);
    fill(g, x + 15, y + 4, x + 18, y + 10, 20);
    fill(g, x + 14, y + 19, x + 19, y + 24, 20);
    fill(g, x + 4, y + 10, x + 30, y + 13, 20);
    fill(g, x + 4, y + 31, x + 30, y + 34, 20);
    fill(g, x + 4, y + 10, x + 7, y + 34, 20);
    fill(g, x + 27, y + 10, x + 30, y + 34, 20);
}

static void test_threshold(void **state)
{
    xg_gray g = blank(100, 100);
    int t;

    (void)state;
    fill(&g, 0, 0, 50, 100, 40);
    t = xg_ocr_threshold(&g);
    assert_true(t > 40 && t <= 200);
    free(g.px);
}

/* A page of text lines and a ruled box, turned by ANGLE. */
static xg_gray skewed_page(double angle)
{
    xg_gray g = blank(1400, 1000), turned;
    xg_error err = {0};
    int line, k;

    for (line = 0; line < 18; line++)
        for (k = 0; k < 30; k++)
            if ((k * 7 + line * 3) % 11 != 0)      /* gaps between words */
                fill(&g, 100 + k * 40, 80 + line * 45, 100 + k * 40 + 30,
                     80 + line * 45 + 26, 30);
    fill(&g, 90, 900, 1310, 903, 0);
    assert_int_equal(xg_ocr_straighten(&g, -angle, &turned, &err), XG_OK);
    free(g.px);
    return turned;
}

static void test_skew(void **state)
{
    static const double angles[] = {1.5, -1.2, 0.4, -0.05, 0, 2.7};
    size_t i;

    (void)state;
    for (i = 0; i < sizeof angles / sizeof angles[0]; i++) {
        xg_gray g = skewed_page(angles[i]), straight;
        xg_error err = {0};
        double found = xg_ocr_skew(&g), again;

        assert_true(fabs(found - angles[i]) <= 0.05);
        /* undone, the page measures straight */
        assert_int_equal(xg_ocr_straighten(&g, found, &straight, &err), XG_OK);
        again = xg_ocr_skew(&straight);
        assert_true(fabs(again) <= 0.05);
        free(g.px);
        free(straight.px);
    }
}

static void test_skew_blank(void **state)
{
    xg_gray g = blank(800, 600);

    (void)state;
    assert_true(xg_ocr_skew(&g) == 0);
    fill(&g, 10, 10, 12, 12, 0);        /* a speck is not a page */
    assert_true(xg_ocr_skew(&g) == 0);
    free(g.px);
}

/* The pieces of box X0,Y0,X1,Y1 (any overlap) */
static int pieces_in(const xg_ocr_seg *seg, int x0, int y0, int x1, int y1)
{
    size_t i;
    int n = 0;

    for (i = 0; i < xg_ocr_seg_count(seg); i++) {
        xg_ocr_box b = xg_ocr_seg_box(seg, i);

        if (b.x1 > x0 && b.x0 < x1 && b.y1 > y0 && b.y0 < y1)
            n++;
    }
    return n;
}

static int piece_at(const xg_ocr_seg *seg, int x, int y)
{
    size_t i;

    for (i = 0; i < xg_ocr_seg_count(seg); i++) {
        xg_ocr_box b = xg_ocr_seg_box(seg, i);

        if (x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1)
            return (int)i;
    }
    return -1;
}

/* A table of two rows and two columns, 4 pixels a point:
 *
 *   x 100          500          900
 *   y 100 +-----------+------------+
 *         | 口口 ___  |  888       |
 *     200 +-----------+------------+
 *         | 口口口口 8| 8  (2 lines)|
 *         |           | 88         |
 *     300 +-----------+------------+
 */
static xg_gray table_page(xg_ocr_rule *rules, size_t *nrules)
{
    xg_gray g = blank(1000, 400);
    int k;

    for (k = 0; k < 3; k++) {
        fill(&g, 100, 99 + 100 * k, 901, 102 + 100 * k, 0);
        rules[k].vertical = 0;
        rules[k].pos = 100.5 + 100 * k;
        rules[k].a = 100;
        rules[k].b = 901;
    }
    for (k = 0; k < 3; k++) {
        fill(&g, 99 + 400 * k, 100, 102 + 400 * k, 301, 0);
        rules[3 + k].vertical = 1;
        rules[3 + k].pos = 100.5 + 400 * k;
        rules[3 + k].a = 100;
        rules[3 + k].b = 301;
    }
    hanzi(&g, 130, 133);
    hanzi(&g, 168, 133);
    /* a stroke of a character the rule finder reports as a rule: short,
     * touching no border, it stays ink */
    fill(&g, 215, 160, 275, 163, 20);
    rules[6].vertical = 0;
    rules[6].pos = 161.5;
    rules[6].a = 215;
    rules[6].b = 275;
    *nrules = 7;
    digit(&g, 600, 135);
    digit(&g, 618, 135);
    digit(&g, 636, 135);
    for (k = 0; k < 4; k++)
        hanzi(&g, 300 + 38 * k, 230);
    digit(&g, 470, 232);                /* near the rule, left of it */
    digit(&g, 506, 215);                /* and right of it */
    digit(&g, 506, 260);                /* a second line in the cell */
    digit(&g, 524, 260);
    fill(&g, 800, 250, 801, 251, 0);    /* a speck */
    return g;
}

static void test_segment_table(void **state)
{
    xg_ocr_rule rules[8];
    size_t nrules;
    xg_gray g = table_page(rules, &nrules);
    xg_error err = {0};
    xg_ocr_seg *seg = xg_ocr_segment(&g, rules, nrules, 4.0, &err);
    int label, stroke, right;

    (void)state;
    assert_non_null(seg);
    assert_int_equal(xg_ocr_seg_count(seg), 5);
    /* the label and the stroke beside it: one line */
    label = piece_at(seg, 140, 150);
    stroke = piece_at(seg, 240, 161);
    assert_true(label >= 0);
    assert_int_equal(label, stroke);
    assert_false(xg_ocr_seg_numeric(seg, (size_t)label));
    /* three digits: one piece, a number */
    assert_int_equal(pieces_in(seg, 500, 100, 900, 200), 1);
    assert_true(xg_ocr_seg_numeric(seg, (size_t)piece_at(seg, 605, 150)));
    /* the rule parts the digit against it from the one across it */
    assert_int_equal(piece_at(seg, 320, 245), piece_at(seg, 475, 245));
    right = piece_at(seg, 510, 230);
    assert_true(right >= 0);
    assert_true(right != piece_at(seg, 475, 245));
    assert_true(xg_ocr_seg_box(seg, (size_t)right).x0 >= 502);
    /* two lines in a cell are two pieces; the speck is none */
    assert_true(piece_at(seg, 510, 270) != right);
    assert_int_equal(pieces_in(seg, 780, 230, 820, 270), 0);
    /* no piece crosses a rule */
    {
        size_t i;

        for (i = 0; i < xg_ocr_seg_count(seg); i++) {
            xg_ocr_box b = xg_ocr_seg_box(seg, i);

            assert_false(b.x0 < 100 && b.x1 > 102);
            assert_false(b.x0 < 500 && b.x1 > 501);
            assert_false(b.y0 < 200 && b.y1 > 201);
        }
    }
    xg_ocr_seg_free(seg);
    free(g.px);
}

/* Three numbers of two digits, 30 pixels high, and a piece of a digit and
 * two tall narrow strokes, 40 high (4.保护: a label whose Chinese has the
 * shapes of digits): the numbers look like numbers, the label, higher
 * than the numbers of its page, does not. */
static void test_tall_number(void **state)
{
    xg_gray g = blank(400, 420);
    xg_error err = {0};
    xg_ocr_seg *seg;
    int k, label;

    (void)state;
    for (k = 0; k < 3; k++) {
        digit(&g, 100, 100 + 80 * k);
        digit(&g, 118, 100 + 80 * k);
    }
    digit(&g, 100, 342);
    fill(&g, 116, 334, 120, 374, 20);
    fill(&g, 126, 334, 130, 374, 20);
    seg = xg_ocr_segment(&g, NULL, 0, 4.0, &err);
    assert_non_null(seg);
    assert_int_equal(xg_ocr_seg_count(seg), 4);
    for (k = 0; k < 3; k++)
        assert_true(xg_ocr_seg_numeric(seg, (size_t)piece_at(seg, 110, 110 + 80 * k)));
    label = piece_at(seg, 118, 350);
    assert_true(label >= 0);
    assert_int_equal(label, piece_at(seg, 105, 350));
    assert_false(xg_ocr_seg_numeric(seg, (size_t)label));
    xg_ocr_seg_free(seg);
    free(g.px);
}

/* Rules as scans and Word tables draw them, 4 pixels a point: a double
 * rule across the page (two lines 6 pixels apart) the rule finder gives
 * as one, on the line of one of them, and a column's side a few pixels off its line in the lower row
 * (borders drawn cell by cell), given as the long rule and a short one
 * beside it.  Nothing of them is left to read (a piece of rule reads as
 * 1), and the digits close to them keep all their ink.
 *
 *   x 100            500/503          900
 *   y 100 +--------------+---------------+
 *         |   888        |  888          |
 *     200 +==============+===============+   (two lines: 199-201, 205-207)
 *         |   88         |    88         |
 *     300 +--------------+---------------+
 */
static void test_segment_rule_lines(void **state)
{
    xg_ocr_rule rules[8];
    xg_gray g = blank(1000, 400);
    xg_error err = {0};
    xg_ocr_seg *seg;
    int k, p;

    (void)state;
    fill(&g, 100, 99, 901, 102, 0);
    fill(&g, 100, 299, 901, 302, 0);
    fill(&g, 100, 199, 901, 202, 0);
    fill(&g, 100, 205, 901, 208, 0);
    fill(&g, 99, 100, 102, 301, 0);
    fill(&g, 899, 100, 902, 301, 0);
    fill(&g, 499, 100, 502, 204, 0);
    fill(&g, 502, 204, 505, 301, 0);
    for (k = 0; k < 3; k++) {
        rules[k].vertical = 0;
        rules[k].pos = 100.5 + 100 * k + (k == 1 ? 6 : 0);
        rules[k].a = 100;
        rules[k].b = 901;
        rules[3 + k].vertical = 1;
        rules[3 + k].pos = 100.5 + 400 * k;
        rules[3 + k].a = 100;
        rules[3 + k].b = 301;
    }
    rules[6].vertical = 1;
    rules[6].pos = 503.5;
    rules[6].a = 204;
    rules[6].b = 301;
    for (k = 0; k < 3; k++) {
        digit(&g, 300 + 18 * k, 160);   /* 10 pixels over the double rule */
        digit(&g, 700 + 18 * k, 135);
    }
    digit(&g, 300, 214);                /* 6 pixels under it */
    digit(&g, 318, 214);
    digit(&g, 512, 240);                /* 7 pixels right of the side */
    digit(&g, 530, 240);
    seg = xg_ocr_segment(&g, rules, 7, 4.0, &err);
    assert_non_null(seg);
    assert_int_equal(xg_ocr_seg_count(seg), 4);
    p = piece_at(seg, 310, 175);
    assert_true(p >= 0);
    assert_int_equal(xg_ocr_seg_box(seg, (size_t)p).y1, 190);
    p = piece_at(seg, 310, 230);
    assert_true(p >= 0);
    assert_int_equal(xg_ocr_seg_box(seg, (size_t)p).y0, 214);
    p = piece_at(seg, 530, 250);
    assert_true(p >= 0);
    assert_int_equal(xg_ocr_seg_box(seg, (size_t)p).x0, 512);
    assert_int_equal(pieces_in(seg, 480, 100, 510, 300), 0);
    xg_ocr_seg_free(seg);
    free(g.px);
}

/* Three rows, 4 pixels a point, whose column side is given row by row,
 * each piece ending 2 points short of the borders (a scan's rule that
 * comes apart at the crossings), and whose labels have a character with
 * a long vertical stroke at the same place in every row (扌 of 护, set
 * flush left), given as short rules too, crossed by the character's
 * other strokes.  The side is a rule (erased, a barrier); the stroke is
 * ink of its label, which stays one piece.
 *
 *   x 100   140  200  220    500        900
 *   y 100 +-------------------+----------+
 *         | 口  -|-  口       |  88      |   (the same in each row)
 *     200 +-------------------+----------+
 */
static void test_segment_crossed_stroke(void **state)
{
    xg_ocr_rule rules[12];
    xg_gray g = blank(1000, 500);
    xg_error err = {0};
    xg_ocr_seg *seg;
    size_t n = 0;
    int k;

    (void)state;
    for (k = 0; k < 4; k++) {
        fill(&g, 100, 99 + 100 * k, 901, 102 + 100 * k, 0);
        rules[n].vertical = 0;
        rules[n].pos = 100.5 + 100 * k;
        rules[n].a = 100;
        rules[n++].b = 901;
    }
    for (k = 0; k < 2; k++) {
        fill(&g, 99 + 800 * k, 100, 102 + 800 * k, 401, 0);
        rules[n].vertical = 1;
        rules[n].pos = 100.5 + 800 * k;
        rules[n].a = 100;
        rules[n++].b = 401;
    }
    for (k = 0; k < 3; k++) {
        int y = 100 + 100 * k;

        fill(&g, 499, y + 8, 502, y + 93, 0);
        rules[n].vertical = 1;
        rules[n].pos = 500.5;
        rules[n].a = y + 8;
        rules[n++].b = y + 93;
        hanzi(&g, 140, y + 33);
        fill(&g, 199, y + 10, 202, y + 91, 20);
        fill(&g, 186, y + 40, 216, y + 43, 20);
        hanzi(&g, 222, y + 33);
        digit(&g, 600, y + 35);
        digit(&g, 618, y + 35);
    }
    /* the strokes, as the rule finder gives them */
    for (k = 0; k < 3; k++) {
        rules[n].vertical = 1;
        rules[n].pos = 200.5;
        rules[n].a = 100 + 100 * k + 10;
        rules[n++].b = 100 + 100 * k + 91;
    }
    seg = xg_ocr_segment(&g, rules, n, 4.0, &err);
    assert_non_null(seg);
    for (k = 0; k < 3; k++) {
        int y = 100 + 100 * k, label = piece_at(seg, 150, y + 45);

        assert_true(label >= 0);
        assert_int_equal(label, piece_at(seg, 235, y + 45));
        assert_int_equal(xg_ocr_seg_box(seg, (size_t)label).y0, y + 10);
        assert_true(piece_at(seg, 610, y + 45) >= 0);
    }
    assert_int_equal(pieces_in(seg, 490, 100, 510, 400), 0);
    assert_int_equal(xg_ocr_seg_count(seg), 6);
    xg_ocr_seg_free(seg);
    free(g.px);
}

/* A character set against a cell's side (an 8 whose left stroke runs 7
 * pixels from the rule, 4 pixels a point), its left stroke given as a
 * short rule beside the long one: it is no second line of a double rule
 * (erased, the 8 read 3), as the character's bars cross it. */
static void test_segment_stroke_beside_rule(void **state)
{
    xg_ocr_rule rules[4];
    xg_gray g = blank(1000, 300);
    xg_error err = {0};
    xg_ocr_seg *seg;
    int k, p;

    (void)state;
    for (k = 0; k < 2; k++) {
        fill(&g, 50, 49 + 200 * k, 951, 52 + 200 * k, 0);
        rules[k].vertical = 0;
        rules[k].pos = 50.5 + 200 * k;
        rules[k].a = 50;
        rules[k].b = 951;
    }
    fill(&g, 99, 50, 102, 251, 0);
    rules[2].vertical = 1;
    rules[2].pos = 100.5;
    rules[2].a = 50;
    rules[2].b = 251;
    fill(&g, 106, 130, 109, 171, 20);   /* the 8: strokes, bars */
    fill(&g, 122, 130, 125, 171, 20);
    fill(&g, 106, 130, 125, 133, 20);
    fill(&g, 106, 149, 125, 152, 20);
    fill(&g, 106, 168, 125, 171, 20);
    rules[3].vertical = 1;
    rules[3].pos = 107.5;
    rules[3].a = 130;
    rules[3].b = 171;
    seg = xg_ocr_segment(&g, rules, 4, 4.0, &err);
    assert_non_null(seg);
    p = piece_at(seg, 115, 150);
    assert_true(p >= 0);
    assert_int_equal(xg_ocr_seg_box(seg, (size_t)p).x0, 106);
    assert_int_equal(pieces_in(seg, 95, 55, 104, 245), 0);
    xg_ocr_seg_free(seg);
    free(g.px);
}

static void test_crop(void **state)
{
    xg_ocr_rule rules[8];
    size_t nrules;
    xg_gray g = table_page(rules, &nrules), crop;
    xg_error err = {0};
    xg_ocr_seg *seg = xg_ocr_segment(&g, rules, nrules, 4.0, &err);
    int p = -1, x, y, dark = 0;
    xg_ocr_box b;

    (void)state;
    assert_non_null(seg);
    p = piece_at(seg, 510, 230);        /* the digit right of the rule */
    assert_true(p >= 0);
    b = xg_ocr_seg_box(seg, (size_t)p);
    assert_int_equal(b.x0, 506);
    assert_int_equal(b.x1, 518);
    assert_int_equal(xg_ocr_seg_crop(seg, (size_t)p, 30, &crop, &err), XG_OK);
    assert_int_equal(crop.w, 12 + 60);
    assert_int_equal(crop.h, 30 + 60);
    for (y = 0; y < crop.h; y++)
        for (x = 0; x < crop.w; x++) {
            int px = crop.px[(size_t)y * crop.stride + x];
            int sx = b.x0 - 30 + x, sy = b.y0 - 30 + y;
            int own = sx >= 506 && sx < 518 && sy >= 215 && sy < 245 &&
                      g.px[(size_t)sy * g.stride + sx] < 128;

            /* its own ink as it was; the rule to its left, the digit
             * across the rule and the line below: white */
            if (own) {
                assert_int_equal(px, 20);
                dark++;
            } else {
                assert_true(px == 255);
            }
        }
    assert_true(dark > 50);
    free(crop.px);
    xg_ocr_seg_free(seg);
    free(g.px);
}

/* Characters whose parts all come apart into an upper and a lower half
 * (公益): one line, as high as the line of text beside it. */
static void test_halves(void **state)
{
    xg_gray g = blank(600, 200);
    xg_error err = {0};
    xg_ocr_seg *seg;
    int k;

    (void)state;
    for (k = 0; k < 6; k++)
        hanzi(&g, 20 + 38 * k, 20);     /* a line of text: the height */
    for (k = 0; k < 2; k++) {
        fill(&g, 30 + 40 * k, 100, 64 + 40 * k, 112, 20);      /* upper */
        fill(&g, 30 + 40 * k, 114, 64 + 40 * k, 134, 20);      /* lower */
    }
    seg = xg_ocr_segment(&g, NULL, 0, 4.0, &err);
    assert_non_null(seg);
    assert_int_equal(xg_ocr_seg_count(seg), 2);
    assert_int_equal(piece_at(seg, 40, 105), piece_at(seg, 40, 120));
    xg_ocr_seg_free(seg);
    free(g.px);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threshold),
        cmocka_unit_test(test_skew),
        cmocka_unit_test(test_skew_blank),
        cmocka_unit_test(test_segment_table),
        cmocka_unit_test(test_tall_number),
        cmocka_unit_test(test_segment_rule_lines),
        cmocka_unit_test(test_segment_crossed_stroke),
        cmocka_unit_test(test_segment_stroke_beside_rule),
        cmocka_unit_test(test_crop),
        cmocka_unit_test(test_halves),
    };

    XG_RUN_TESTS(tests);
}
