/* The schema: 200 keys, label matching by group and item, headings. */
#include <string.h>

#include "testutil.h"
#include "schema.h"

static void test_counts(void **state)
{
    (void)state;
    assert_int_equal(xg_schema_value_count(XG_LAYOUT_2021), 200);
    assert_int_equal(xg_schema_value_count(XG_LAYOUT_2019), 200 - 3 * 7 + 7);
    assert_int_equal(xg_schema[XG_TABLE_REQUESTS].nrows, 26);
    assert_int_equal(xg_schema[XG_TABLE_REQUESTS].ncols, 7);
    assert_int_equal(xg_schema[XG_TABLE_APPEALS].nrows * xg_schema[XG_TABLE_APPEALS].ncols, 15);
    assert_int_equal(xg_schema_row(XG_TABLE_REQUESTS, "carried_forward"), 25);
    assert_int_equal(xg_schema_col(XG_TABLE_ACTIVE, "amount_10k_yuan"), 4);
    assert_int_equal(xg_schema_row(XG_TABLE_ACTIVE, "nope"), -1);
    assert_true(xg_schema_row_has_col(XG_TABLE_ACTIVE, 0, 2));
    assert_false(xg_schema_row_has_col(XG_TABLE_ACTIVE, 2, 0));
}

static void test_keys_unique(void **state)
{
    int t, i, j;

    (void)state;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        for (i = 0; i < xg_schema[t].nrows; i++)
            for (j = i + 1; j < xg_schema[t].nrows; j++)
                assert_string_not_equal(xg_schema[t].rows[i].key, xg_schema[t].rows[j].key);
        for (i = 0; i < xg_schema[t].ncols; i++)
            for (j = i + 1; j < xg_schema[t].ncols; j++)
                assert_string_not_equal(xg_schema[t].cols[i].key, xg_schema[t].cols[j].key);
    }
    /* every rule names rows and columns that exist */
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
    assert_string_equal(xg_strip_numbering("(七)总计"), "总计");
    assert_string_equal(xg_strip_numbering("三、(一)予以公开"), "予以公开");
    assert_string_equal(xg_strip_numbering("第一部分总体情况"), "总体情况");
    assert_string_equal(xg_strip_numbering("其他"), "其他");
    assert_string_equal(xg_strip_numbering("2023年"), "2023年");
    assert_true(xg_pattern_match("=其他", "3.其他"));
    assert_false(xg_pattern_match("=其他", "3.其他处理"));
    assert_true(xg_pattern_match("国家秘密", "1.属于国家秘密"));
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
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_keys_unique),
        cmocka_unit_test(test_numbering),
        cmocka_unit_test(test_headings),
    };
    XG_RUN_TESTS(tests);
}
