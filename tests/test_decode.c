/* Character decoding (src/decode.c). */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "decode.h"

/* Decode IN (N bytes) by guessing and compare with WANT. */
static void assert_guess(const char *in, size_t n, int lenient,
                         const char *want)
{
    char *out = NULL;
    size_t outlen = 0;
    xg_error err;

    assert_int_equal(xg_decode_guess((const unsigned char *)in, n, lenient,
                                     &out, &outlen, &err), XG_OK);
    assert_string_equal(out, want);
    assert_int_equal(outlen, strlen(want));
    free(out);
}

static void test_guess(void **state)
{
    (void)state;
    /* UTF-8 as it is, with and without a BOM */
    assert_guess("规章 12", 9, 0, "规章 12");
    assert_guess("\xEF\xBB\xBF规章", 9, 0, "规章");
    /* UTF-16 by its BOM: 规 is U+89C4, 章 U+7AE0 */
    assert_guess("\xFF\xFE\xC4\x89\xE0\x7A", 6, 0, "规章");
    assert_guess("\xFE\xFF\x89\xC4\x7A\xE0", 6, 0, "规章");
    /* GBK bytes (规章 is B9E6 D5C2) and a GBK-only character 堃 (88D2) */
    assert_guess("\xB9\xE6\xD5\xC2", 4, 0, "规章");
    assert_guess("\x88\xD2", 2, 0, "堃");
    /* a BOM followed by a byte that is not UTF-8: replaced, not refused */
    assert_guess("\xEF\xBB\xBF" "a\xFF", 5, 0, "a\xEF\xBF\xBD");
    assert_guess("", 0, 0, "");
}

static void test_guess_refused(void **state)
{
    char stale = 'x';
    char *out = &stale;
    size_t outlen = 7;
    xg_error err;

    (void)state;
    /* 0xFF is neither UTF-8 nor GB18030 */
    assert_int_equal(xg_decode_guess((const unsigned char *)"ab\xFF", 3, 0,
                                     &out, &outlen, &err), XG_ERR_FORMAT);
    assert_null(out);
    assert_int_equal(outlen, 0);
    assert_string_equal(err.message, "cannot decode text as UTF-8 or GB18030");
    assert_guess("ab\xFF", 3, 1, "ab\xEF\xBF\xBD");
}

static void test_to_utf8(void **state)
{
    char *out = NULL;
    size_t outlen = 0;
    xg_error err;

    (void)state;
    /* a Word 8-bit piece: Windows-1252, where 0x93 0x94 are quotes */
    assert_int_equal(xg_decode_to_utf8((const unsigned char *)"\x93x\x94", 3,
                                       "CP1252", 0, &out, &outlen, &err),
                     XG_OK);
    assert_string_equal(out, "\xE2\x80\x9Cx\xE2\x80\x9D");
    free(out);
    /* a Word UTF-16 piece, no BOM */
    assert_int_equal(xg_decode_to_utf8((const unsigned char *)"1\0\xC4\x89", 4,
                                       "UTF-16LE", 0, &out, &outlen, &err),
                     XG_OK);
    assert_string_equal(out, "1规");
    free(out);
    /* an unpaired surrogate: refused strictly, replaced leniently */
    assert_int_equal(xg_decode_to_utf8((const unsigned char *)"\x00\xD8", 2,
                                       "UTF-16LE", 0, &out, &outlen, &err),
                     XG_ERR_FORMAT);
    assert_null(out);
    assert_string_equal(err.message, "cannot decode text as UTF-16LE");
    assert_int_equal(xg_decode_to_utf8((const unsigned char *)"no", 2,
                                       "NO-SUCH-CHARSET", 1, &out, &outlen,
                                       &err), XG_ERR_UNSUPPORTED);
    assert_string_equal(err.message,
                        "no converter from NO-SUCH-CHARSET to UTF-8");
}

static void test_charset_names(void **state)
{
    (void)state;
    assert_string_equal(xg_decode_charset_name("utf-8"), "UTF-8");
    assert_string_equal(xg_decode_charset_name("UTF8"), "UTF-8");
    assert_string_equal(xg_decode_charset_name("gb2312"), "GB18030");
    assert_string_equal(xg_decode_charset_name("GBK"), "GB18030");
    assert_null(xg_decode_charset_name("iso-8859-1"));
    assert_null(xg_decode_charset_name("utf-16"));
    assert_string_equal(xg_decode_charset_name("big5"), "big5");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_guess),
        cmocka_unit_test(test_guess_refused),
        cmocka_unit_test(test_to_utf8),
        cmocka_unit_test(test_charset_names),
    };

    XG_RUN_TESTS(tests);
}
