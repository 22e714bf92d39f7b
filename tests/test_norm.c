/* Normalisation and value reading. */
#include <stdio.h>
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

/* the key of a word or line of a longer text: its bytes only */
static void test_label_key_of_part(void **state)
{
    const char *text = "果 （二）部分公开\n其他";
    char *got;

    (void)state;
    got = xg_norm_label_n(text, strcspn(text, "\n"));
    assert_non_null(got);
    assert_string_equal(got, "果(二)部分公开");
    free(got);
    got = xg_norm_label_n(text, strcspn(text, " "));
    assert_non_null(got);
    assert_string_equal(got, "果");
    free(got);
    got = xg_norm_label_n(text, 0);
    assert_non_null(got);
    assert_string_equal(got, "");
    free(got);
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
    assert_kind("1,23", XG_VALUE_TEXT);
    assert_kind("1.2.3", XG_VALUE_TEXT);
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

static void assert_quantity(const char *in, const char *want, int sign, int unit)
{
    xg_value v;

    xg_parse_value(in, &v);
    assert_int_equal(v.kind, XG_VALUE_NUMBER);
    assert_string_equal(v.text, want);
    assert_int_equal(v.sign, sign);
    assert_int_equal(v.unit, unit);
}

/* Units after the number and signs before it are read and kept; the
 * column decides later whether they fit. */
static void test_units_signs(void **state)
{
    xg_value v;

    (void)state;
    assert_quantity("251000元", "251000", 0, XG_UNIT_YUAN);
    assert_quantity("25.1万元", "25.1", 0, XG_UNIT_10K_YUAN);
    assert_quantity("1,250,000 元", "1250000", 0, XG_UNIT_YUAN);
    assert_quantity("12件", "12", 0, XG_UNIT_JIAN);
    assert_quantity("９项", "9", 0, XG_UNIT_XIANG);
    assert_quantity("3个", "3", 0, XG_UNIT_GE);
    assert_quantity("-3", "-3", -1, XG_UNIT_NONE);
    assert_quantity("－3", "-3", -1, XG_UNIT_NONE);
    assert_quantity("\xe2\x88\x92" "3", "-3", -1, XG_UNIT_NONE);
    assert_quantity("+2", "2", 1, XG_UNIT_NONE);
    assert_quantity("减少1", "-1", -1, XG_UNIT_NONE);
    assert_quantity("增加 2 项", "2", 1, XG_UNIT_XIANG);
    assert_quantity("减3个", "-3", -1, XG_UNIT_GE);
    assert_quantity("增5", "5", 1, XG_UNIT_NONE);
    assert_quantity("-007", "-7", -1, XG_UNIT_NONE);
    assert_quantity("减少0", "0", -1, XG_UNIT_NONE);
    assert_quantity("-0.0", "0.0", -1, XG_UNIT_NONE);
    xg_parse_value("减少12", &v);
    assert_true(v.number == -12.0);
    /* a unit is the whole rest of the cell; a sign stands alone once */
    assert_kind("12件次", XG_VALUE_TEXT);
    assert_kind("12元整", XG_VALUE_TEXT);
    assert_kind("元12", XG_VALUE_TEXT);
    assert_kind("万元", XG_VALUE_TEXT);
    assert_kind("增加", XG_VALUE_TEXT);
    assert_kind("+-3", XG_VALUE_TEXT);
    assert_kind("--3", XG_VALUE_TEXT);
    assert_kind("3-", XG_VALUE_TEXT);
    assert_kind("持平", XG_VALUE_TEXT);
    assert_kind("12.元", XG_VALUE_TEXT);
    assert_kind("1 2元", XG_VALUE_TEXT);
    assert_kind("2件3件", XG_VALUE_TEXT);
    assert_kind("-", XG_VALUE_DASH);
    assert_kind("+", XG_VALUE_TEXT);
}

static void assert_shift(const char *in, int places, const char *want)
{
    char text[64];

    snprintf(text, sizeof text, "%s", in);
    assert_int_equal(xg_number_shift(text, sizeof text, places), 0);
    assert_string_equal(text, want);
}

/* 元 to 万元 by moving the decimal point: exact, no floating point. */
static void test_number_shift(void **state)
{
    char small[6] = "12345";

    (void)state;
    assert_shift("251000", 4, "25.1");
    assert_shift("250000", 4, "25");
    assert_shift("5", 4, "0.0005");
    assert_shift("0", 4, "0");
    assert_shift("0.5", 4, "0.00005");
    assert_shift("12345.67", 4, "1.234567");
    assert_shift("77302800", 4, "7730.28");
    assert_shift("-30000", 4, "-3");
    assert_shift("-3", 4, "-0.0003");
    assert_shift("100.00", 4, "0.01");
    assert_shift("123456789012345678901234567890", 4, "12345678901234567890123456.789");
    assert_shift("7", 0, "7");
    /* too long for the buffer: unchanged */
    assert_int_equal(xg_number_shift(small, sizeof small, 4), -1);
    assert_string_equal(small, "12345");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_keys),
        cmocka_unit_test(test_label_key_of_part),
        cmocka_unit_test(test_norm_text),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_units_signs),
        cmocka_unit_test(test_number_shift),
        cmocka_unit_test(test_utf8),
    };
    XG_RUN_TESTS(tests);
}
