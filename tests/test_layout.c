/* The layout stage, fed documents built by hand: the national template's
 * merged grid, flattened text-like rows, the 2019 layout, wrapped labels,
 * lost cell boundaries, split tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "report.h"

/* Add rows to T from a compact form: cells separated by '|'; a cell may
 * end in {R,C} for its spans; positions taken by spans from above are
 * skipped. */
static void add_rows(xg_table *t, int first_row, const char *const *rows)
{
    int r;

    for (r = 0; rows[r]; r++) {
        const char *p = rows[r];
        int col = 0;

        for (;;) {
            const char *end = strchr(p, '|');
            size_t len = end ? (size_t)(end - p) : strlen(p);
            int rs = 1, cs = 1;
            const char *brace = memchr(p, '{', len);

            if (brace) {
                assert_int_equal(sscanf(brace, "{%d,%d}", &rs, &cs), 2);
                len = (size_t)(brace - p);
            }
            while (xg_table_cell_at(t, first_row + r, col) != NULL)
                col++;
            assert_int_equal(xg_table_add_cell(t, first_row + r, col, rs, cs, p, len, NULL, NULL), XG_OK);
            col += cs;
            if (!end)
                break;
            p = end + 1;
        }
    }
}

static xg_report *convert(xg_doc *doc)
{
    xg_report *r = xg_report_new("test", XG_FORMAT_DOCX);
    xg_error err = {0};

    assert_non_null(r);
    assert_int_equal(xg_layout_tables(doc, r, &err), XG_OK);
    assert_int_equal(xg_run_checks(r, &err), XG_OK);
    return r;
}

static const char *value(xg_report *r, const char *table, const char *row, const char *col)
{
    int t, rw, c;
    const xg_cellval *v;

    for (t = 0; t < XG_TABLE_COUNT; t++)
        if (strcmp(xg_schema[t].key, table) == 0)
            break;
    assert_true(t < XG_TABLE_COUNT);
    rw = xg_schema_row(t, row);
    c = xg_schema_col(t, col);
    assert_true(rw >= 0 && c >= 0);
    v = xg_report_value_c(r, t, rw, c);
    return v->kind == XG_VALUE_NUMBER ? v->number : NULL;
}

static int has_warning(xg_report *r, const char *text)
{
    size_t i;

    for (i = 0; i < r->nwarnings; i++)
        if (strstr(r->warnings[i], text))
            return 1;
    return 0;
}

static const char *const requests_header[] = {
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）{3,3}|申请人情况{1,7}",
    "自然人{2,1}|法人或其他组织{1,5}|总计{2,1}",
    "商业企业|科研机构|社会公\n益组织|法律服务\n机构|其他",
    NULL
};

/* The template's grid: group cells merged down, items beside them. */
static void test_template_grid(void **state)
{
    static const char *const body[] = {
        "一、本年新收政府信息公开\n申请数量{1,3}|11|12|13|14|15|16|81",
        "二、上年结转政府信息公开申请数量{1,3}|1|0|0|0|0|0|1",
        "三\n、本年度办理结果{22,1}|（一）予以公开{1,2}|3|1|1|1|1|1|8",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）{1,2}|2|2|2|2|2|2|12",
        "（三\n）不予公开{8,1}|1.属于国家秘密|1|1|1|1|1|1|6",
        "2.其他法律行政法规禁止公开|0|0|0|0|0|0|0",
        "3.危及“三安全一稳定”|0|0|0|0|0|0|0",
        "4.保护第三方合法权益|0|0|0|0|0|0|0",
        "5.属于三类内部事务信息|0|0|0|0|0|0|0",
        "6.属于四类过程性信息|0|0|0|0|0|0|0",
        "7.属于行政执法案卷|0|0|0|0|0|0|0",
        "8.属于行政查询事项|0|0|0|0|0|0|0",
        "（四）无法提供{3,1}|1.本机关不掌握相关政府信息|0|0|0|0|0|0|0",
        "2.没有现成信息需要另行制作|0|0|0|0|0|0|0",
        "3.补正后申请内容仍不明确|0|0|0|0|0|0|0",
        "（五）不予处理{5,1}|1.信访举报投诉类申请|0|0|0|0|0|0|0",
        "2.重复申请|0|0|0|0|0|0|0",
        "3.要求提供公开出版物|0|0|0|0|0|0|0",
        "4.无正当理由大量反复申请|0|0|0|0|0|0|0",
        "5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0",
        "（六\n）其\n他处\n理{3,1}|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0",
        "2.申请人逾期未按收费通知要 求 缴 纳 费用、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0",
        "3.其他|5|6|7|8|9|10|45",
        "（七）总计{1,2}|11|10|11|12|13|14|71",
        "四、结转下年度继续办理{1,3}|1|2|2|2|2|2|11",
        NULL
    };
    static const char *const appeals[] = {
        "行政复议{1,5}|行政诉讼{1,10}",
        "结果维持{2,1}|结果纠正{2,1}|其他结果{2,1}|尚未审结{2,1}|总计{2,1}|未经复议直接起诉{1,5}|复议后起诉{1,5}",
        "结果维\n持|结果纠\n正|其他结\n果|尚未审\n结|总计|结果维持|结果纠正|其他结果|尚未审结|总计",
        "10|1|0|0|0|2|3|4|5|14|—|||1|1",
        NULL
    };
    static const char *const active[] = {
        "第二十条第（一）项{1,4}",
        "信息内容|本年制发件数|本年废止件数|现行有效件数",
        "规章|3|1|27",
        "行政规范性文件|12|—|105",
        "第二十条第（五）项{1,4}",
        "信息内容|本年处理决定数量{1,3}",
        "行政许可|{1,3}",
        "第二十条第（六）项{1,4}",
        "信息内容|本年处理决定数量{1,3}",
        "行政处罚|4119{1,3}",
        "行政强制|１９５{1,3}",
        "第二十条第（八）项{1,4}",
        "信息内容|本年收费金额（单位：万元）{1,3}",
        "行政事业性收费|7730.28{1,3}",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_table *t;
    xg_report *r;
    size_t i;
    int failed = 0;

    (void)state;
    assert_int_equal(xg_doc_add_paragraph(doc, "二、主动公开政府信息情况", strlen("二、主动公开政府信息情况"), NULL, NULL), XG_OK);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, active);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, requests_header);
    add_rows(t, 3, body);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, appeals);
    r = convert(doc);

    assert_string_equal(value(r, "active", "regulations", "in_force"), "27");
    assert_null(value(r, "active", "normative_documents", "repealed"));
    assert_null(value(r, "active", "licensing", "decisions"));
    assert_string_equal(value(r, "active", "punishment", "decisions"), "4119");
    assert_string_equal(value(r, "active", "enforcement", "decisions"), "195");
    assert_string_equal(value(r, "active", "fees", "amount_10k_yuan"), "7730.28");
    assert_string_equal(value(r, "requests", "new_received", "commercial"), "12");
    assert_string_equal(value(r, "requests", "new_received", "total"), "81");
    assert_string_equal(value(r, "requests", "granted", "natural_person"), "3");
    assert_string_equal(value(r, "requests", "other_other", "legal_services"), "9");
    assert_string_equal(value(r, "requests", "other_other", "other_org"), "10");
    assert_string_equal(value(r, "requests", "results_total", "total"), "71");
    assert_string_equal(value(r, "requests", "carried_forward", "total"), "11");
    assert_string_equal(value(r, "appeals", "review", "upheld"), "10");
    assert_string_equal(value(r, "appeals", "review", "total"), "0");
    assert_string_equal(value(r, "appeals", "litigation_direct", "total"), "14");
    assert_null(value(r, "appeals", "litigation_after_review", "upheld"));
    assert_string_equal(value(r, "appeals", "litigation_after_review", "total"), "1");
    assert_int_equal(r->layout, XG_LAYOUT_2021);
    assert_int_equal(r->nwarnings, 0);
    assert_string_equal(xg_report_value(r, XG_TABLE_ACTIVE, 1, 1)->raw, "—");
    /* broken: appeals review total printed 0 where the parts sum to 11 */
    for (i = 0; i < r->nchecks; i++) {
        if (r->checks[i].status != XG_CHECK_FAIL)
            continue;
        failed++;
        if (r->checks[i].table == XG_TABLE_APPEALS) {
            assert_true(r->checks[i].expected == 11.0);
            assert_true(r->checks[i].found == 0.0);
        }
    }
    assert_true(failed > 0);
    xg_report_free(r);
    xg_doc_free(doc);
}

/* One cell per row, groups only on their first item, as text forms give:
 * the group is carried, and "3.其他" is known by its group alone. */
static void test_flattened_groups(void **state)
{
    static const char *const rows[] = {
        "一、本年新收政府信息公开申请数量|1|2|3|4|5|6|21",
        "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|7|0|0|0|0|0|7",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|0|8|0|0|0|0|8",
        "3.其他|0|0|9|0|0|0|9",
        "（七）总计|30|0|0|0|0|0|30",
        "（五）不予处理",
        "1.信访举报投诉类申请|44|0|0|0|0|0|44",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_report *r;

    (void)state;
    add_rows(xg_doc_add_table(doc, NULL), 0, rows);
    r = convert(doc);
    assert_string_equal(value(r, "requests", "other_overdue_correction", "natural_person"), "7");
    assert_string_equal(value(r, "requests", "other_unpaid_fee", "commercial"), "8");
    assert_string_equal(value(r, "requests", "other_other", "research"), "9");
    assert_string_equal(value(r, "requests", "other_other", "total"), "9");
    assert_string_equal(value(r, "requests", "results_total", "total"), "30");
    assert_string_equal(value(r, "requests", "unprocessed_petition", "total"), "44");
    xg_report_free(r);
    xg_doc_free(doc);
}

/* The 2019 layout: （六）其他处理 is one row with values. */
static void test_layout_2019(void **state)
{
    static const char *const rows[] = {
        "（五）不予处理|5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0",
        "（六）其他处理|3|0|0|0|0|0|3",
        "（七）总计|21|0|0|0|0|0|21",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_report *r;

    (void)state;
    add_rows(xg_doc_add_table(doc, NULL), 0, rows);
    r = convert(doc);
    assert_int_equal(r->layout, XG_LAYOUT_2019);
    assert_string_equal(value(r, "requests", "other_processing", "total"), "3");
    assert_null(value(r, "requests", "other_other", "total"));
    assert_false(has_warning(r, "other_other"));
    xg_report_free(r);
    xg_doc_free(doc);
}

/* A label wrapped so its numbers stand on the next row; a row that lost a
 * cell boundary ("0 0") is not read but reported. */
static void test_wrapped_and_glued(void **state)
{
    static const char *const rows[] = {
        "（二）部分公开（区分处理的，只计这一情形，不",
        "计其他情形）",
        "4|0|0|0|0|0|4",
        "1.属于国家秘密|1|0|0|0|0 0|1",
        "2.其他法律行政止公开|2|0|0|0|0|0|2",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_report *r;

    (void)state;
    add_rows(xg_doc_add_table(doc, NULL), 0, rows);
    r = convert(doc);
    assert_string_equal(value(r, "requests", "partially_granted", "natural_person"), "4");
    assert_string_equal(value(r, "requests", "partially_granted", "total"), "4");
    assert_null(value(r, "requests", "denied_state_secret", "natural_person"));
    assert_true(has_warning(r, "requests/denied_state_secret: 7 values expected, 6 cells found"));
    assert_string_equal(value(r, "requests", "denied_prohibited_by_law", "total"), "2");
    xg_report_free(r);
    xg_doc_free(doc);
}

/* A table split over two tables, the second repeating the header. */
static void test_split_table(void **state)
{
    static const char *const part1[] = {
        "一、本年新收政府信息公开申请数量{1,3}|1|2|3|4|5|6|21",
        NULL
    };
    static const char *const part2[] = {
        "四、结转下年度继续办理{1,3}|9|8|7|6|5|4|39",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_table *t;
    xg_report *r;

    (void)state;
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, requests_header);
    add_rows(t, 3, part1);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, requests_header);
    add_rows(t, 3, part2);
    r = convert(doc);
    assert_string_equal(value(r, "requests", "new_received", "other_org"), "6");
    assert_string_equal(value(r, "requests", "carried_forward", "natural_person"), "9");
    assert_string_equal(xg_report_value(r, XG_TABLE_REQUESTS, 25, 0)->mode, "header");
    assert_int_equal(xg_report_value(r, XG_TABLE_REQUESTS, 25, 0)->src_table, 1);
    xg_report_free(r);
    xg_doc_free(doc);
}

/* The 2019 layout's 主动公开 columns have no canonical keys: values under
 * them are not read by position into keys they are not. */
static void test_active_2019_columns(void **state)
{
    static const char *const rows[] = {
        "第二十条第（一）项{1,4}",
        "信息内容|本年新\n制作数量|本年新\n公开数量|对外公开\n总数量",
        "规章|1|2|3",
        "第二十条第（六）项{1,4}",
        "信息内容|本年处理决定数量{1,3}",
        "行政处罚|4119{1,3}",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_report *r;

    (void)state;
    add_rows(xg_doc_add_table(doc, NULL), 0, rows);
    r = convert(doc);
    assert_null(value(r, "active", "regulations", "issued"));
    assert_null(value(r, "active", "regulations", "repealed"));
    assert_true(has_warning(r, "active/regulations: not read: the header names columns with no canonical key"));
    assert_string_equal(value(r, "active", "punishment", "decisions"), "4119");
    xg_report_free(r);
    xg_doc_free(doc);
}

/* Text grids (ragged): a header's positions say nothing, so a row that
 * lost its empty cells is not read under the header's columns. */
static void test_ragged_by_position_only(void **state)
{
    static const char *const rows[] = {
        "信息内容|本年制发件数|本年废止件数|现行有效件数",
        "规章|199",
        "行政规范性文件|1|2|3",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_table *t = xg_doc_add_table(doc, NULL);
    xg_report *r;

    (void)state;
    add_rows(t, 0, rows);
    xg_table_set_ragged(t);
    r = convert(doc);
    assert_null(value(r, "active", "regulations", "issued"));
    assert_true(has_warning(r, "active/regulations: 3 values expected, 1 cells found"));
    assert_string_equal(value(r, "active", "normative_documents", "in_force"), "3");
    assert_string_equal(xg_report_value(r, XG_TABLE_ACTIVE, 1, 2)->mode, "position");
    xg_report_free(r);
    xg_doc_free(doc);
}

/* pdftotext -layout of narrow columns: "15032" printed as "1503" over
 * "2".  Numbers no label takes, right after a row read with its values,
 * are that row's wrapped digits: the row is refused.  Numbers before a
 * label that waits for its numbers make the label's numbers uncertain. */
static void test_wrapped_digits(void **state)
{
    static const char *const rows1[] = {
        "一、本年新收政府信息公开|1503|1468|2335|1634|1909|1727|1057",
        "申请数量|2|6|7|7|0|5|87",
        "1607|1742|1408|1596|1923|1469|9748",
        "二、上年结转政府信息公开申请数量",
        "3|7|6|9|3|8|6",
        NULL
    };
    xg_doc *doc = xg_doc_new();
    xg_table *t = xg_doc_add_table(doc, NULL);
    xg_report *r;

    (void)state;
    add_rows(t, 0, rows1);
    xg_table_set_ragged(t);
    r = convert(doc);
    assert_null(value(r, "requests", "new_received", "natural_person"));
    assert_int_equal(xg_report_value(r, XG_TABLE_REQUESTS, 0, 0)->kind, XG_VALUE_TEXT);
    assert_true(has_warning(r, "requests/new_received: numbers on the next line continue its cells"));
    assert_null(value(r, "requests", "carried_over", "natural_person"));
    assert_true(has_warning(r, "requests/carried_over: numbers stand both before and after its label"));
    xg_report_free(r);
    xg_doc_free(doc);
}

/* A label wrapped over paragraphs between a table's rows waits for its
 * numbers; a lone number between them makes them uncertain. */
static void test_paragraph_label(void **state)
{
    static const char *const head[] = {"（一）予以公开|1|0|0|0|0|0|1", NULL};
    static const char *const tail[] = {"4|0|0|0|0|0|4", NULL};
    static const char *const head2[] = {"1.属于国家秘密|1|0|0|0|0|0|1", NULL};
    xg_doc *doc = xg_doc_new();
    xg_table *t;
    xg_report *r;

    (void)state;
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, head);
    xg_table_set_ragged(t);
    xg_doc_add_paragraph(doc, "（二）部分公开（区分处理的，只计这一情 形，不", strlen("（二）部分公开（区分处理的，只计这一情 形，不"), NULL, NULL);
    xg_doc_add_paragraph(doc, "计其他情形）", strlen("计其他情形）"), NULL, NULL);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, tail);
    xg_table_set_ragged(t);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, head2);
    xg_doc_add_paragraph(doc, "2.其他法律行政法规禁止公开", strlen("2.其他法律行政法规禁止公开"), NULL, NULL);
    xg_doc_add_paragraph(doc, "25808", 5, NULL, NULL);
    t = xg_doc_add_table(doc, NULL);
    add_rows(t, 0, tail);
    r = convert(doc);
    assert_string_equal(value(r, "requests", "partially_granted", "natural_person"), "4");
    assert_string_equal(value(r, "requests", "partially_granted", "total"), "4");
    assert_null(value(r, "requests", "denied_prohibited_by_law", "natural_person"));
    assert_true(has_warning(r, "requests/denied_prohibited_by_law: a stray number \"25808\" stands between the label and its numbers"));
    xg_report_free(r);
    xg_doc_free(doc);
}

static void test_no_report(void **state)
{
    static const char *const rows[] = {"姓名|年龄", "张三|30", NULL};
    xg_doc *doc = xg_doc_new();
    xg_report *r = xg_report_new("x", XG_FORMAT_DOCX);
    xg_error err = {0};

    (void)state;
    add_rows(xg_doc_add_table(doc, NULL), 0, rows);
    assert_int_equal(xg_layout_tables(doc, r, &err), XG_ERR_NO_REPORT);
    assert_string_equal(err.message, "no report table found (none of the rows of 主动公开, 申请 or 复议/诉讼 tables)");
    xg_report_free(r);
    xg_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_template_grid),
        cmocka_unit_test(test_flattened_groups),
        cmocka_unit_test(test_layout_2019),
        cmocka_unit_test(test_wrapped_and_glued),
        cmocka_unit_test(test_split_table),
        cmocka_unit_test(test_active_2019_columns),
        cmocka_unit_test(test_ragged_by_position_only),
        cmocka_unit_test(test_wrapped_digits),
        cmocka_unit_test(test_paragraph_label),
        cmocka_unit_test(test_no_report),
    };
    XG_RUN_TESTS(tests);
}
