/* Unit tests of the text extractor: the three forms real files take
 * (seeds 000 to 004), checked cell by cell. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "extract.h"

static xg_doc *extract_n(const char *text, size_t len, int expect,
                         xg_error *err)
{
    xg_doc *doc = xg_doc_new();

    assert_non_null(doc);
    assert_int_equal(xg_extract_text((const unsigned char *)text, len, doc,
                                     err), expect);
    return doc;
}

static xg_doc *extract(const char *text)
{
    xg_error err = { 0, "" };

    return extract_n(text, strlen(text), XG_OK, &err);
}

static const xg_table *table_at(const xg_doc *doc, size_t block)
{
    const xg_block *b = xg_doc_block(doc, block);

    assert_non_null(b);
    assert_int_equal(b->kind, XG_BLOCK_TABLE);
    return b->table;
}

static void assert_para(const xg_doc *doc, size_t block, const char *text)
{
    const xg_block *b = xg_doc_block(doc, block);

    assert_non_null(b);
    assert_int_equal(b->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(b->text, text);
}

/* Every cell of the text forms spans one position: no spans invented. */
static void assert_cell(const xg_table *t, int row, int col, const char *text)
{
    const xg_cell *c = xg_table_cell_at(t, row, col);

    assert_non_null(c);
    assert_int_equal(c->row, row);
    assert_int_equal(c->col, col);
    assert_int_equal(c->rowspan, 1);
    assert_int_equal(c->colspan, 1);
    assert_string_equal(c->text, text);
}

/* Form (a), as seeds 003 and 004: each tab separates two cells, so runs
 * of tabs are empty cells, a leading tab an empty first cell and trailing
 * tabs empty last cells.  Blank lines (page breaks) do not end a table; a
 * line of text does. */
static void test_tab_rows(void **state)
{
    xg_doc *doc = extract(
        "二、主动公开政府信息情况\n"
        "\n"
        "第二十条第（一）项\t\t\t\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "行政许可\t\t\t\n"
        "\n"
        "\t(三) 不予公开\t1. 属于国家秘密\t0\t0\n"
        "\t\t2. 其他法律行政法规禁止公开\t0 0 00\n"
        "5. 要求行政机关确认\t\t0\t\n"
        "行政复议\t行政诉讼\n"
        "\f------\t------\n"
        "三、收到和处理政府信息公开申请情况\n");
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "二、主动公开政府信息情况");
    t = table_at(doc, 1);
    assert_int_equal(xg_table_rows(t), 7);
    assert_int_equal(xg_table_cols(t), 5);
    assert_cell(t, 0, 0, "第二十条第（一）项");
    assert_cell(t, 0, 3, "");
    assert_null(xg_table_cell_at(t, 0, 4));
    assert_cell(t, 1, 3, "现行有效件数");
    assert_cell(t, 2, 0, "行政许可");
    assert_cell(t, 2, 1, "");
    assert_cell(t, 3, 0, "");
    assert_cell(t, 3, 1, "(三) 不予公开");
    assert_cell(t, 3, 2, "1. 属于国家秘密");
    assert_cell(t, 3, 4, "0");
    assert_cell(t, 4, 1, "");
    assert_cell(t, 4, 2, "2. 其他法律行政法规禁止公开");
    /* glued numbers are kept as written for the layout stage to refuse */
    assert_cell(t, 4, 3, "0 0 00");
    /* a row that lost its leading cells at a page break: left to right */
    assert_cell(t, 5, 0, "5. 要求行政机关确认");
    assert_cell(t, 5, 1, "");
    assert_cell(t, 5, 2, "0");
    assert_cell(t, 5, 3, "");
    assert_cell(t, 6, 0, "行政复议");
    assert_cell(t, 6, 1, "行政诉讼");
    assert_int_equal(xg_table_cell_count(t), 4 + 4 + 4 + 5 + 4 + 4 + 2);
    assert_para(doc, 2, "三、收到和处理政府信息公开申请情况");
    xg_doc_free(doc);
}

/* Form (b), as seeds 001 and 002. */
static void test_pipe_rows(void **state)
{
    xg_doc *doc = extract(
        "- 索引号mlswjj/2025-00078\r\n"
        "- 发布机构弥勒市卫健局\r\n"
        "- 文号\r\n"
        "- 发布日期2024-02-01\r\n"
        "二、主动公开政府信息情况表\r\n"
        "第二十条第(一)项 | |||\r\n"
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\r\n"
        "|---|:---:|---|---|\r\n"
        "行政事业性收费 | 0 |\r\n"
        "| 商业 企业 | 科研 机构 |\r\n"
        "(一)工作中存在的主要问题。\r\n");
    const xg_table *t;

    (void)state;
    /* the portal's header block, as seed 001 keeps it, is metadata */
    assert_string_equal(xg_doc_meta(doc, "index_number"), "mlswjj/2025-00078");
    assert_string_equal(xg_doc_meta(doc, "publisher"), "弥勒市卫健局");
    assert_null(xg_doc_meta(doc, "document_number"));
    assert_string_equal(xg_doc_meta(doc, "publication_date"), "2024-02-01");
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "二、主动公开政府信息情况表");
    t = table_at(doc, 1);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 4);
    assert_cell(t, 0, 0, "第二十条第(一)项");
    assert_cell(t, 0, 1, "");
    assert_cell(t, 0, 3, "");
    assert_cell(t, 1, 0, "信息内容");
    assert_cell(t, 1, 3, "现行有效件数");
    assert_cell(t, 2, 0, "行政事业性收费");
    assert_cell(t, 2, 1, "0");
    assert_null(xg_table_cell_at(t, 2, 2));
    assert_cell(t, 3, 0, "商业 企业");
    assert_cell(t, 3, 1, "科研 机构");
    assert_para(doc, 2, "(一)工作中存在的主要问题。");
    xg_doc_free(doc);
}

/* Form (c), as seed 000 (pandoc plain output of a DOCX), the requests
 * header as it is there: cells padded with empty Word paragraphs start
 * with a bare tab and blank lines, a blank line before a tab ends the
 * row, and blank lines after a cell with text end the table. */
static void test_cell_per_line(void **state)
{
    xg_doc *doc = extract(
        "三、收到和处理政府信息公开申请情况\n"
        "\n"
        "\t\n"
        "\n"
        "\n"
        "（本列数据的勾稽关系 为：第一项加第二项之 和，等于第三项加第四项之和）\n"
        "\t申请人情况\n"
        "\n"
        "\t\n"
        "\t\n"
        "\n"
        "\n"
        "自然人\n"
        "\t法人或其他组织\n"
        "\t\n"
        "\n"
        "\n"
        "总计\n"
        "\n"
        "\t\n"
        "\t\n"
        "\t\n"
        "商业企业\n"
        "\t社会公益组\n"
        "织\n"
        "\n"
        "\t\n"
        "\n"
        "三\n"
        "、本年度办理结果\n"
        "\t7.\t属于行政执法案卷\n"
        "\t0\n"
        "\n"
        "\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "\t行政复议\n"
        "\n"
        "\t\n"
        "\n"
        "总计\n"
        "\t0\n"
        "\n"
        "\n"
        "五、存在的主要问题及改进情况\n");
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 5);
    assert_para(doc, 0, "三、收到和处理政府信息公开申请情况");
    t = table_at(doc, 1);
    assert_int_equal(xg_table_rows(t), 4);
    assert_cell(t, 0, 0, "（本列数据的勾稽关系 为：第一项加第二项之 和，等于第三项加第四项之和）");
    assert_cell(t, 0, 1, "申请人情况");
    assert_null(xg_table_cell_at(t, 0, 2));
    assert_cell(t, 1, 0, "");
    assert_cell(t, 1, 1, "自然人");
    assert_cell(t, 1, 2, "法人或其他组织");
    assert_cell(t, 1, 3, "总计");
    assert_cell(t, 2, 0, "");
    assert_cell(t, 2, 1, "");
    assert_cell(t, 2, 2, "商业企业");
    assert_cell(t, 2, 3, "社会公益组\n织");
    /* a tab inside a cell is the cell's text */
    assert_cell(t, 3, 0, "三\n、本年度办理结果");
    assert_cell(t, 3, 1, "7.\t属于行政执法案卷");
    assert_cell(t, 3, 2, "0");
    assert_int_equal(xg_table_cell_count(t), 2 + 4 + 4 + 3);
    assert_para(doc, 2, "四、政府信息公开行政复议、行政诉讼情况");
    t = table_at(doc, 3);
    assert_cell(t, 0, 0, "行政复议");
    assert_cell(t, 1, 0, "总计");
    assert_cell(t, 1, 1, "0");
    assert_para(doc, 4, "五、存在的主要问题及改进情况");
    xg_doc_free(doc);
}

/* Form (d), `pdftotext -layout`: columns two or more spaces apart, a
 * single space inside a field, numbers one space apart split, a heading
 * on its own line a paragraph; every table ragged. */
static void test_space_rows(void **state)
{
    xg_doc *doc = extract(
        "     二、主动公开政府信息情况\n"
        "       信息内容   本年制发件数    本年废止件数    现行有效件数\n"
        "\n"
        "规章               0          0       0\n"
        "行政许可                      550\n"
        "      （一）予以公开                   1322 417    587\n"
        "                                1607 1742 1408\n"
        "结果 维持   结果 纠正   其他 结果\n"
        "     四、政府信息公开行政复议、行政诉讼情况\n"
        "一、本年新收  15032\n");
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 4);
    assert_para(doc, 0, "二、主动公开政府信息情况");
    t = table_at(doc, 1);
    assert_true(xg_table_ragged(t));
    assert_cell(t, 0, 0, "信息内容");
    assert_cell(t, 0, 3, "现行有效件数");
    assert_cell(t, 1, 0, "规章");
    assert_cell(t, 1, 3, "0");
    assert_cell(t, 2, 0, "行政许可");
    assert_cell(t, 2, 1, "550");
    assert_null(xg_table_cell_at(t, 2, 2));
    assert_cell(t, 3, 0, "（一）予以公开");
    assert_cell(t, 3, 1, "1322");
    assert_cell(t, 3, 2, "417");
    assert_cell(t, 3, 3, "587");
    assert_cell(t, 4, 0, "1607");
    assert_cell(t, 4, 2, "1408");
    assert_cell(t, 5, 0, "结果 维持");
    assert_cell(t, 5, 2, "其他 结果");
    assert_para(doc, 2, "四、政府信息公开行政复议、行政诉讼情况");
    t = table_at(doc, 3);
    assert_cell(t, 0, 1, "15032");
    xg_doc_free(doc);
    /* spaces in a file of tab rows are text, not columns */
    doc = extract("规章\t0\t0\t0\n行政许可      550\n");
    assert_para(doc, 1, "行政许可      550");
    xg_doc_free(doc);
}

/* Form (e), `pdftotext` without -layout: cells as blocks apart by blank
 * lines.  A run of number lines is one row's numbers, after the text block
 * right before it; number lines with no blank line between are kept as
 * one cell; a run right under text (no blank line) has no label; page
 * numbers ("- 2 -", or a bare 2 alone at the foot of page 2) are left
 * out. */
static void test_loose_cells(void **state)
{
    xg_doc *doc = extract(
        "二、主动公开政府信息情况\n"
        "本年制发件数\n"
        "\n"
        "规章\n"
        "\n"
        "5\n"
        "\n"
        "—\n"
        "\n"
        "7\n"
        "\n"
        "行政规范\n"
        "性文件\n"
        "\n"
        "2 3\n"
        "\n"
        "4\n"
        "\n"
        "- 1 -\n"
        "\f（一）予以公开\n"
        "\n"
        "1607\n"
        "3\n"
        "\n"
        "9\n"
        "\n"
        "2\n"
        "\f本年收费金额\n"
        "0.75\n"
        "\n"
        "行政事业性收费\n");
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 6);
    assert_para(doc, 0, "二、主动公开政府信息情况");
    assert_para(doc, 1, "本年制发件数");
    t = table_at(doc, 2);
    assert_true(xg_table_loose(t));
    assert_true(xg_table_ragged(t));
    assert_cell(t, 0, 0, "规章");
    assert_cell(t, 0, 1, "5");
    assert_cell(t, 0, 2, "—");
    assert_cell(t, 0, 3, "7");
    assert_cell(t, 1, 0, "行政规范\n性文件");
    assert_cell(t, 1, 1, "2");
    assert_cell(t, 1, 2, "3");
    assert_cell(t, 1, 3, "4");
    /* "- 1 -" left out; the page break does not end the table */
    assert_cell(t, 2, 0, "（一）予以公开");
    assert_cell(t, 2, 1, "1607\n3\n9");
    assert_null(xg_table_cell_at(t, 2, 2));
    assert_int_equal(xg_table_rows(t), 3);
    /* the 2 at the foot of page 2 is its page number */
    assert_para(doc, 3, "本年收费金额");
    t = table_at(doc, 4);
    assert_cell(t, 0, 0, "");
    assert_cell(t, 0, 1, "0.75");
    assert_para(doc, 5, "行政事业性收费");
    xg_doc_free(doc);
}

/* The lines decide between forms (d) and (e): a -layout text sets labels
 * and numbers apart by spaces on one line. */
static void test_loose_or_space_rows(void **state)
{
    xg_doc *doc = extract("规章        1   2   3\n4\n5\n6\n");

    (void)state;
    assert_false(xg_table_loose(table_at(doc, 0)));
    xg_doc_free(doc);
    doc = extract("规章\n\n1\n\n2\n\n3\n");
    assert_true(xg_table_loose(table_at(doc, 0)));
    xg_doc_free(doc);
}

/* Form (e) within bounds: a run of more numbers than a row has room for
 * is one cell; a text block of more than 8 lines is no label. */
static void test_loose_bounds(void **state)
{
    xg_buf text = {0};
    xg_doc *doc;
    const xg_table *t;
    int i;

    (void)state;
    assert_int_equal(xg_buf_puts(&text, "规章\n\n1\n\n2\n\n3\n\n规章\n\n"), 0);
    for (i = 0; i < XG_MAX_GRID_COLS; i++)
        assert_int_equal(xg_buf_puts(&text, "7\n\n"), 0);
    doc = extract(xg_buf_str(&text));
    t = table_at(doc, 0);
    assert_true(xg_table_loose(t));
    assert_cell(t, 0, 3, "3");
    assert_int_equal(xg_table_cols(t), 4);
    assert_non_null(xg_table_cell_at(t, 1, 1));
    assert_null(xg_table_cell_at(t, 1, 2));
    assert_int_equal(strlen(xg_table_cell_at(t, 1, 1)->text), 2 * XG_MAX_GRID_COLS - 1);
    xg_doc_free(doc);
    xg_buf_reset(&text);
    for (i = 0; i < 9; i++)
        assert_int_equal(xg_buf_puts(&text, "规章\n"), 0);
    assert_int_equal(xg_buf_puts(&text, "\n1\n\n2\n\n3\n\n四\n\n5\n\n6\n"), 0);
    doc = extract(xg_buf_str(&text));
    for (i = 0; i < 9; i++)
        assert_para(doc, (size_t)i, "规章");
    t = table_at(doc, 9);
    assert_cell(t, 0, 0, "");
    assert_cell(t, 0, 1, "1");
    xg_doc_free(doc);
    xg_buf_free(&text);
}

static void test_bookmark_dropped(void **state)
{
    xg_doc *doc = extract(
        "（一）主动公开情况\n"
        "[bookmark: _GoBack]2023年，通过医院官网发布信息2280条[bookmark: x]。\n"
        "[bookmark: _Toc1]\n"
        "[不是书签]\n");

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 1, "2023年，通过医院官网发布信息2280条。");
    assert_para(doc, 2, "[不是书签]");
    xg_doc_free(doc);
}

/* Not UTF-8: GB18030, which GBK and GB2312 files are; 𠀀 (95 32 82 36)
 * needs GB18030's four-byte form. */
static void test_gb18030(void **state)
{
    static const char text[] =
        "\xd0\xd0\xd5\xfe\xd0\xed\xbf\xc9\t0\n"
        "\xb9\xe6\xd5\xc2\t\x95\x32\x82\x36\n"
        "\xc6\xbd\xcc\xb6\n";
    xg_error err;
    xg_doc *doc = extract_n(text, sizeof text - 1, XG_OK, &err);
    const xg_table *t;

    (void)state;
    t = table_at(doc, 0);
    assert_cell(t, 0, 0, "行政许可");
    assert_cell(t, 0, 1, "0");
    assert_cell(t, 1, 0, "规章");
    assert_cell(t, 1, 1, "\xF0\xA0\x80\x80");
    assert_para(doc, 1, "平潭");
    xg_doc_free(doc);
}

static void test_undecodable(void **state)
{
    xg_error err = { 0, "" };
    xg_doc *doc = extract_n("abc\xff\xff\n", 6, XG_ERR_FORMAT, &err);

    (void)state;
    assert_int_equal(err.code, XG_ERR_FORMAT);
    assert_string_equal(err.message, "cannot decode text as UTF-8 or GB18030");
    xg_doc_free(doc);
}

static void test_boms(void **state)
{
    static const char utf16[] = "\xff\xfe\xc4\x89\xe0\x7a\n\0";
    xg_error err;
    xg_doc *doc = extract("\xEF\xBB\xBF规章\n");

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 1);
    assert_para(doc, 0, "规章");
    xg_doc_free(doc);
    doc = extract_n(utf16, sizeof utf16 - 1, XG_OK, &err);
    assert_para(doc, 0, "规章");
    xg_doc_free(doc);
}

/* One very wide row and very many rows would make the model's grid huge
 * with few cells: refused by area, not by cell count. */
static void test_grid_area_bound(void **state)
{
    size_t cap = 1001 + 5000 * 4 + 1, len = 0, i;
    char *text = malloc(cap);
    xg_error err = { 0, "" };
    xg_doc *doc;

    (void)state;
    assert_non_null(text);
    text[len++] = 'x';
    for (i = 0; i < 999; i++)
        text[len++] = '\t';
    text[len++] = '\n';
    for (i = 0; i < 5000; i++) {
        memcpy(text + len, "a\tb\n", 4);
        len += 4;
    }
    doc = extract_n(text, len, XG_ERR_LIMIT, &err);
    assert_string_equal(err.message, "table grid larger than 4194304 positions");
    xg_doc_free(doc);
    free(text);
}

static void test_empty(void **state)
{
    xg_doc *doc = extract("");

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 0);
    xg_doc_free(doc);
    doc = extract("\n\n  \n");
    assert_int_equal(xg_doc_block_count(doc), 0);
    xg_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tab_rows),
        cmocka_unit_test(test_pipe_rows),
        cmocka_unit_test(test_cell_per_line),
        cmocka_unit_test(test_space_rows),
        cmocka_unit_test(test_loose_cells),
        cmocka_unit_test(test_loose_or_space_rows),
        cmocka_unit_test(test_loose_bounds),
        cmocka_unit_test(test_bookmark_dropped),
        cmocka_unit_test(test_gb18030),
        cmocka_unit_test(test_undecodable),
        cmocka_unit_test(test_boms),
        cmocka_unit_test(test_grid_area_bound),
        cmocka_unit_test(test_empty),
    };

    return cmocka_run_group_tests(tests, NULL, NULL) ? 1 : 0;
}
