/* What several extractors read the same way (extractors/lines.c). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "buf.h"
#include "lines.h"
#include "model.h"

static void assert_cell(const xg_table *t, int row, int col, const char *want)
{
    const xg_cell *c = xg_table_cell_at(t, row, col);

    assert_non_null(c);
    assert_string_equal(c->text, want);
}

static void test_cell_lines(void **state)
{
    xg_buf text = {0};
    xg_cell_lines lines = {0};

    (void)state;
    /* spacing before the first line and after the last is dropped; an
     * empty paragraph between two lines stays an empty line */
    assert_int_equal(xg_cell_lines_add(&text, &lines, "", 0), 0);
    assert_int_equal(xg_cell_lines_add(&text, &lines, "申请", 6), 0);
    assert_int_equal(xg_cell_lines_add(&text, &lines, "", 0), 0);
    assert_int_equal(xg_cell_lines_add(&text, &lines, "总计", 6), 0);
    assert_int_equal(xg_cell_lines_add(&text, &lines, "37", 2), 0);
    assert_int_equal(xg_cell_lines_add(&text, &lines, "", 0), 0);
    assert_int_equal(xg_cell_lines_add(&text, &lines, "", 0), 0);
    assert_string_equal(xg_buf_str(&text), "申请\n\n总计\n37");
    xg_buf_free(&text);
}

static void test_pipe_kinds(void **state)
{
    (void)state;
    assert_int_equal(xg_pipe_line_kind("a | b", 5), XG_PIPE_NONE);
    assert_int_equal(xg_pipe_line_kind("a | b |", 7), XG_PIPE_ROW);
    assert_int_equal(xg_pipe_line_kind("|---|---|", 9), XG_PIPE_SEPARATOR);
    assert_int_equal(xg_pipe_line_kind("| :-- | --: |", 13), XG_PIPE_SEPARATOR);
    assert_int_equal(xg_pipe_line_kind("+---+===+", 9), XG_PIPE_NONE);
    /* bars with nothing but spaces are a row of empty cells, not a rule */
    assert_int_equal(xg_pipe_line_kind("|  |  |", 7), XG_PIPE_ROW);
}

static void test_rows(void **state)
{
    xg_doc *doc = xg_doc_new();
    xg_error err;
    xg_table *t;
    const char *tabs = "规章\t 31 \t\t-4";

    (void)state;
    assert_non_null(doc);
    t = xg_doc_add_table(doc, &err);
    assert_non_null(t);
    /* framed or not, the bars frame the cells; cells are trimmed */
    assert_int_equal(xg_pipe_row_add(t, 0, "  | 规章 |  12 | |  ", 22, &err), XG_OK);
    assert_int_equal(xg_pipe_row_add(t, 1, "规范性文件 | 7 | 805 |", 25, &err), XG_OK);
    assert_int_equal(xg_split_row_add(t, 2, tabs, tabs + strlen(tabs), '\t',
                                      &err), XG_OK);
    assert_cell(t, 0, 0, "规章");
    assert_cell(t, 0, 1, "12");
    assert_cell(t, 0, 2, "");
    assert_null(xg_table_cell_at(t, 0, 3));
    assert_cell(t, 1, 0, "规范性文件");
    assert_cell(t, 1, 2, "805");
    assert_null(xg_table_cell_at(t, 1, 3));
    assert_cell(t, 2, 1, "31");
    assert_cell(t, 2, 2, "");
    assert_cell(t, 2, 3, "-4");
    xg_doc_free(doc);
}

/* The metadata DOC has after reading LINE as a header line. */
static xg_doc *header_line(const char *line, int want_found)
{
    xg_doc *doc = xg_doc_new();
    xg_error err;
    int found = -1;

    assert_non_null(doc);
    assert_int_equal(xg_header_line_meta(doc, line, strlen(line), &found, &err),
                     XG_OK);
    assert_int_equal(found, want_found);
    return doc;
}

static void test_header_lines(void **state)
{
    xg_doc *doc;

    (void)state;
    /* several labels on one line, spaced-out labels, a stated-empty field */
    doc = header_line("索 引 号：11350100MB0F/2024-0093  发布机构：榕城区司法局"
                      "  文　　号：无  发布日期：2024-01-26", 1);
    assert_string_equal(xg_doc_meta(doc, "index_number"), "11350100MB0F/2024-0093");
    assert_string_equal(xg_doc_meta(doc, "publisher"), "榕城区司法局");
    assert_null(xg_doc_meta(doc, "document_number"));
    assert_string_equal(xg_doc_meta(doc, "publication_date"), "2024-01-26");
    xg_doc_free(doc);
    /* a page saved as text: a bullet, a bare label without a colon */
    doc = header_line("- 索引号mlswjj/2025-00078", 1);
    assert_string_equal(xg_doc_meta(doc, "index_number"), "mlswjj/2025-00078");
    xg_doc_free(doc);
    /* a label of lower rank loses to the header's own in one line */
    doc = header_line("来源：县政府办 发布机构：县数据局", 1);
    assert_string_equal(xg_doc_meta(doc, "publisher"), "县数据局");
    xg_doc_free(doc);
    /* without a colon only the header's own labels count: prose may begin
     * with 时间 or 来源 */
    doc = header_line("时间过得很快，本年度共办理申请96件", 0);
    assert_null(xg_doc_meta(doc, "publication_date"));
    xg_doc_free(doc);
    doc = header_line("一、总体情况", 0);
    xg_doc_free(doc);
}

static void test_meta_reader(void **state)
{
    xg_meta_reader r;
    xg_doc *doc = xg_doc_new();
    xg_error err;
    const char *after;
    int colon;

    (void)state;
    memset(&r, 0, sizeof r);
    /* a label alone leaves its key pending: the next short text is its
     * value, unless it reads as a sentence or a title */
    assert_int_equal(xg_meta_read(&r, "文号：", strlen("文号：")), 1);
    assert_int_equal(xg_meta_read(&r, "榕司〔2024〕5号", strlen("榕司〔2024〕5号")), 1);
    assert_int_equal(xg_meta_read(&r, "发布日期：", strlen("发布日期：")), 1);
    assert_int_equal(xg_meta_read(&r, "榕城区2023年政府信息公开工作年度报告",
                                  strlen("榕城区2023年政府信息公开工作年度报告")), 0);
    /* a lower rank wins; a placeholder is no value */
    assert_int_equal(xg_meta_offer(&r, "publisher", 3, "信息中心", strlen("信息中心")), 0);
    assert_int_equal(xg_meta_offer(&r, "publisher", 0, "区司法局　 ", strlen("区司法局　 ")), 0);
    assert_int_equal(xg_meta_offer(&r, "publisher", 1, "区政府", strlen("区政府")), 0);
    assert_int_equal(xg_meta_offer(&r, "validity", 0, "／", strlen("／")), 0);
    assert_int_equal(xg_meta_offer(&r, "no_such_key", 0, "x", 1), 0);
    /* once the body has begun, 时间： opens report text */
    r.body_begun = 1;
    assert_int_equal(xg_meta_read(&r, "时间：2024年", strlen("时间：2024年")), 0);
    assert_int_equal(xg_meta_apply(&r, doc, &err), XG_OK);
    assert_string_equal(xg_doc_meta(doc, "document_number"), "榕司〔2024〕5号");
    assert_null(xg_doc_meta(doc, "publication_date"));
    assert_string_equal(xg_doc_meta(doc, "publisher"), "区司法局");
    assert_null(xg_doc_meta(doc, "validity"));
    xg_meta_reader_free(&r);
    /* the label found is the longest that matches: 发布机构, not 发布 */
    assert_non_null(xg_meta_label_at("发布机构 ：X", "发布机构 ：X" + strlen("发布机构 ：X"),
                                     &after, &colon));
    assert_int_equal(colon, 1);
    assert_string_equal(after, "X");
    assert_null(xg_meta_label_at("总体情况", "总体情况" + strlen("总体情况"), &after, &colon));
    xg_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cell_lines),
        cmocka_unit_test(test_pipe_kinds),
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_header_lines),
        cmocka_unit_test(test_meta_reader),
    };

    XG_RUN_TESTS(tests);
}
