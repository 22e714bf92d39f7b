/* The schema: the keys of each layout, label matching by group and item, headings. */
#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "norm.h"
#include "schema.h"

static void test_counts(void **state)
{
    (void)state;
    assert_int_equal(xg_schema_value_count(XG_LAYOUT_2021), 200);
    /* 2019: table 二 22 values, table 三 23 rows (（六）其他处理 one row) */
    assert_int_equal(xg_schema_value_count(XG_LAYOUT_2019), 22 + 23 * 7 + 15);
    assert_int_equal(xg_schema_keys(XG_TABLE_ACTIVE, XG_LAYOUT_2021, NULL, 0), 10);
    assert_int_equal(xg_schema_keys(XG_TABLE_ACTIVE, XG_LAYOUT_2019, NULL, 0), 22);
    assert_int_equal(xg_schema[XG_TABLE_REQUESTS].nrows, 26);
    assert_int_equal(xg_schema[XG_TABLE_REQUESTS].ncols, 7);
    assert_int_equal(xg_schema[XG_TABLE_APPEALS].nrows * xg_schema[XG_TABLE_APPEALS].ncols, 15);
    assert_int_equal(xg_schema_row(XG_TABLE_REQUESTS, "carried_forward"), 25);
    assert_int_equal(xg_schema_row(XG_TABLE_ACTIVE, "nope"), -1);
    assert_int_equal(xg_schema_row_in(XG_TABLE_ACTIVE, "procurement", XG_LAYOUT_2021), -1);
    assert_int_equal(xg_schema_row_in(XG_TABLE_REQUESTS, "other_other", XG_LAYOUT_2019), -1);
    assert_int_equal(xg_schema_col_in(XG_TABLE_ACTIVE, "issued", XG_LAYOUT_2019), -1);
    assert_true(xg_schema_row_has_col(XG_TABLE_ACTIVE, 0, 2));
    assert_false(xg_schema_row_has_col(XG_TABLE_ACTIVE, 2, 0));
    assert_true(xg_schema_table_has_layouts(XG_TABLE_ACTIVE));
    assert_true(xg_schema_table_has_layouts(XG_TABLE_REQUESTS));
    assert_false(xg_schema_table_has_layouts(XG_TABLE_APPEALS));
    assert_string_equal(xg_layout_name(XG_LAYOUT_MIXED), "mixed");
}

/* The keys of each layout, in order: the contract of the output. */
static void test_keys_2019(void **state)
{
    static const char *const want[] = {
        "regulations/new_made", "regulations/new_published", "regulations/published_total",
        "normative_documents/new_made", "normative_documents/new_published",
        "normative_documents/published_total",
        "licensing/items_last_year", "licensing/change", "licensing/decisions",
        "other_services/items_last_year", "other_services/change", "other_services/decisions",
        "punishment/items_last_year", "punishment/change", "punishment/decisions",
        "enforcement/items_last_year", "enforcement/change", "enforcement/decisions",
        "fees/items_last_year", "fees/change",
        "procurement/projects", "procurement/amount_10k_yuan",
    };
    xg_key keys[XG_MAX_TABLE_KEYS];
    int n, i, fee, procurement, amount;

    (void)state;
    n = xg_schema_keys(XG_TABLE_ACTIVE, XG_LAYOUT_2019, keys, XG_MAX_TABLE_KEYS);
    assert_int_equal(n, (int)(sizeof want / sizeof want[0]));
    for (i = 0; i < n; i++) {
        char key[80];

        snprintf(key, sizeof key, "%s/%s", xg_schema[0].rows[keys[i].row].key,
                 xg_schema[0].cols[keys[i].col].key);
        assert_string_equal(key, want[i]);
    }
    /* the same key, two columns: the 2021 fee amount, the 2019
     * procurement amount (no unit in the 2019 template) */
    fee = xg_schema_col_in(XG_TABLE_ACTIVE, "amount_10k_yuan", XG_LAYOUT_2021);
    amount = xg_schema_col_in(XG_TABLE_ACTIVE, "amount_10k_yuan", XG_LAYOUT_2019);
    procurement = xg_schema_row_in(XG_TABLE_ACTIVE, "procurement", XG_LAYOUT_2019);
    assert_true(fee >= 0 && amount >= 0 && fee != amount);
    assert_true(xg_schema_row_has_col(XG_TABLE_ACTIVE, procurement, amount));
    assert_int_equal(xg_schema[0].cols[fee].template_unit, XG_UNIT_10K_YUAN);
    assert_int_equal(xg_schema[0].cols[amount].template_unit, XG_UNIT_NONE);
    assert_int_equal(xg_schema[0].cols[xg_schema_col(0, "change")].kind, XG_COL_CHANGE);
    /* 2021 table 二 as before: the first ten keys of the table */
    n = xg_schema_keys(XG_TABLE_ACTIVE, XG_LAYOUT_2021, keys, XG_MAX_TABLE_KEYS);
    assert_string_equal(xg_schema[0].rows[keys[9].row].key, "fees");
    assert_int_equal(keys[9].col, fee);
    /* a short buffer is filled, the count is still whole */
    assert_int_equal(xg_schema_keys(XG_TABLE_REQUESTS, XG_LAYOUT_2021, keys, 3), 175);
    assert_int_equal(xg_schema_keys(XG_TABLE_REQUESTS, XG_LAYOUT_2019, NULL, 0), 161);
}

/* Within a layout keys are unique; a row's columns belong to its layout;
 * every rule names rows and columns that exist. */
static void test_keys_unique(void **state)
{
    int t, i, j, l;

    (void)state;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        const xg_table_def *def = &xg_schema[t];

        for (l = 0; l < XG_LAYOUT_COUNT; l++) {
            int layout = xg_layouts[l];

            assert_true(xg_schema_keys(t, layout, NULL, 0) <= XG_MAX_TABLE_KEYS);
            for (i = 0; i < def->nrows; i++)
                for (j = i + 1; j < def->nrows; j++)
                    if (xg_schema_row_in_layout(t, i, layout) && xg_schema_row_in_layout(t, j, layout))
                        assert_string_not_equal(def->rows[i].key, def->rows[j].key);
            for (i = 0; i < def->ncols; i++)
                for (j = i + 1; j < def->ncols; j++)
                    if (xg_schema_col_in_layout(t, i, layout) && xg_schema_col_in_layout(t, j, layout))
                        assert_string_not_equal(def->cols[i].key, def->cols[j].key);
        }
        for (i = 0; i < def->nrows; i++)
            for (j = 0; j < def->ncols; j++)
                if (xg_schema_row_has_col(t, i, j) && def->rows[i].cols != 0)
                    assert_true(xg_schema_col_in_layout(t, j, def->rows[i].layout));
        /* no bit names a column that does not exist */
        for (i = 0; i < def->nrows; i++)
            assert_int_equal(def->rows[i].cols >> def->ncols, 0);
    }
    for (i = 0; i < xg_rule_count; i++) {
        const xg_rule_def *r = &xg_rules[i];

        for (j = 0; r->left[j]; j++)
            assert_true(xg_schema_row(r->table, r->left[j]) >= 0);
        for (j = 0; r->right[j]; j++)
            assert_true(xg_schema_row(r->table, r->right[j]) >= 0);
        if (r->target)
            assert_true(xg_schema_col(r->table, r->target) >= 0);
    }
}

static void test_numbering(void **state)
{
    (void)state;
    assert_string_equal(xg_strip_numbering("3.其他"), "其他");
    /* a digit of an OCR label no second reading confirmed (U+FFFD) */
    assert_string_equal(xg_strip_numbering("\xEF\xBF\xBD.其他"), "其他");
    assert_string_equal(xg_strip_numbering("(七)总计"), "总计");
    assert_string_equal(xg_strip_numbering("三、(一)予以公开"), "予以公开");
    assert_string_equal(xg_strip_numbering("第一部分总体情况"), "总体情况");
    /* the rest of 4.保护第三方合法权益 after a page break */
    assert_string_equal(xg_strip_numbering("第三方合法权益"), "第三方合法权益");
    assert_string_equal(xg_strip_numbering("其他"), "其他");
    assert_string_equal(xg_strip_numbering("2023年"), "2023年");
    assert_true(xg_pattern_match("=其他", "3.其他"));
    assert_false(xg_pattern_match("=其他", "3.其他处理"));
    assert_true(xg_pattern_match("国家秘密", "1.属于国家秘密"));
    /* a bracketed note after an exact label */
    assert_true(xg_pattern_match("=规章", "规章(设区的市、自治州人民政府应提供相关数据)"));
    assert_true(xg_pattern_match("=行政许可", "1.行政许可(件)"));
    assert_false(xg_pattern_match("=规章", "规章制度"));
    assert_false(xg_pattern_match("=规章", "规章(一)类"));
    assert_false(xg_pattern_match("=规范性文件", "其他主动公开文件(除规范性文件以外)"));
}

static void test_headings(void **state)
{
    (void)state;
    assert_int_equal(xg_match_part_heading("一、总体情况"), 1);
    assert_int_equal(xg_match_part_heading("二.主动公开政府信息情况"), 2);
    assert_int_equal(xg_match_part_heading("(三)收到和处理政府信息公开申请情况"), 3);
    assert_int_equal(xg_match_part_heading("4.政府信息公开行政复议、行政诉讼情况"), 4);
    assert_int_equal(xg_match_part_heading("四、政府信息公开行政法复议、行政诉讼情况"), 4);
    assert_int_equal(xg_match_part_heading("第五部分存在的主要问题及改进情况"), 5);
    assert_int_equal(xg_match_part_heading("其他需要报告的事项"), 6);
    /* a sub-heading of part 一 is not part 二 */
    assert_int_equal(xg_match_part_heading("(一)主动公开情况"), 0);
    assert_int_equal(xg_match_part_heading("(二)依申请公开情况"), 0);
    /* a sentence naming the parts is not a heading */
    assert_int_equal(xg_match_part_heading("本报告由总体情况、主动公开政府信息情况等六部分组成。"), 0);
    /* nor a table's row run into a paragraph */
    assert_int_equal(xg_match_part_heading("行政复议76 2 311 389 778"), 0);
    assert_int_equal(xg_match_part_heading("行政复议情况"), 4);
    /* nor a table's header cell */
    assert_int_equal(xg_match_part_heading("行政复议"), 0);
    assert_int_equal(xg_match_part_heading("行政复议行政诉讼"), 0);
    assert_int_equal(xg_match_part_heading("总体情况"), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_keys_2019),
        cmocka_unit_test(test_keys_unique),
        cmocka_unit_test(test_numbering),
        cmocka_unit_test(test_headings),
    };
    XG_RUN_TESTS(tests);
}
