/* Normalisation and value reading. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "norm.h"

static void assert_label(const char *in, const char *want)
{
    char *got = xg_norm_label(in);

    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void test_label_keys(void **state)
{
    (void)state;
    /* spaced out, broken over lines, ideographic spaces */
    assert_label("要 求 缴 纳\n费用", "要求缴纳费用");
    assert_label("（六\n）其\n他处\n理", "(六)其他处理");
    assert_label("\u3000\u3000", "");
    /* full-width forms and brackets */
    assert_label("（一）予以公开", "(一)予以公开");
    assert_label("〔2023〕１２号", "(2023)12号");
    /* Kangxi radicals as some PDFs map them: ⼀ ⼆ → 一 二 */
    assert_label("\xe2\xbc\x80\xe2\xbc\x86", "一二");
}

static void test_norm_text(void **state)
{
    char *t = xg_norm_text("  结果\u3000 维持 \n ");

    (void)state;
    assert_string_equal(t, "结果维持");
    free(t);
    t = xg_norm_text("东营市 2024 年 report  of 2024");
    assert_string_equal(t, "东营市2024年report of 2024");
    free(t);
    t = xg_clean_text("\u3000\xe2\xbc\x80年 报告 \n");
    assert_string_equal(t, "一年报告");
    free(t);
    t = xg_clean_text("2023 年，通过 www.gov.cn  发布 \n 信息 12 条 of  the year");
    assert_string_equal(t, "2023年，通过www.gov.cn发布\n信息12条of  the year");
    free(t);
}

static void assert_number(const char *in, const char *want, int decimals)
{
    xg_value v;

    xg_parse_value(in, &v);
    assert_int_equal(v.kind, XG_VALUE_NUMBER);
    assert_string_equal(v.text, want);
    assert_int_equal(v.decimals, decimals);
}

static void assert_kind(const char *in, xg_value_kind kind)
{
    xg_value v;

    xg_parse_value(in, &v);
    assert_int_equal(v.kind, kind);
}

static void test_values(void **state)
{
    xg_value v;

    (void)state;
    assert_number("12", "12", 0);
    assert_number(" １２３ ", "123", 0);
    assert_number("1,234", "1234", 0);
    assert_number("7730.28", "7730.28", 2);
    assert_number("12.50", "12.50", 2);
    assert_number("0.000000", "0.000000", 6);
    assert_number("007", "7", 0);
    assert_number("0", "0", 0);
    assert_number("\n12\n", "12", 0);
    xg_parse_value("4119", &v);
    assert_true(v.number == 4119.0);
    assert_kind("", XG_VALUE_EMPTY);
    assert_kind("\u3000\u3000", XG_VALUE_EMPTY);
    assert_kind("\xc2\xa0", XG_VALUE_EMPTY);
    assert_kind("—", XG_VALUE_DASH);
    assert_kind("——", XG_VALUE_DASH);
    assert_kind("-", XG_VALUE_DASH);
    assert_kind("／", XG_VALUE_DASH);
    assert_kind("/", XG_VALUE_DASH);
    assert_kind("无", XG_VALUE_DASH);
    assert_kind("12件", XG_VALUE_TEXT);
    assert_kind("1,23", XG_VALUE_TEXT);
    assert_kind("1.2.3", XG_VALUE_TEXT);
    assert_kind("-5", XG_VALUE_TEXT);
    assert_kind("规章", XG_VALUE_TEXT);
    assert_kind("12.", XG_VALUE_TEXT);
    /* two numbers whose cell boundary was lost are not one number */
    assert_kind("0 0", XG_VALUE_TEXT);
    assert_kind("1 2", XG_VALUE_TEXT);
}

static void test_utf8(void **state)
{
    size_t adv;

    (void)state;
    assert_int_equal(xg_utf8_decode("\xe4\xb8\x80", 3, &adv), 0x4E00);
    assert_int_equal(adv, 3);
    assert_int_equal(xg_utf8_decode("\xe4\xb8", 2, &adv), 0xFFFD);
    assert_int_equal(adv, 1);
    assert_int_equal(xg_utf8_decode("\xc0\x80", 2, &adv), 0xFFFD);
    assert_int_equal(xg_fold_cp(0xFF10), '0');
    assert_int_equal(xg_fold_cp(0x3000), ' ');
    assert_int_equal(xg_fold_cp(0x2F00), 0x4E00);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_keys),
        cmocka_unit_test(test_norm_text),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_utf8),
    };
    XG_RUN_TESTS(tests);
}
