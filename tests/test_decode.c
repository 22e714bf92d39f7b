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

static void test_utf8_valid(void **state)
{
    (void)state;
    assert_true(xg_decode_utf8_valid((const unsigned char *)"规章", 6));
    assert_false(xg_decode_utf8_valid((const unsigned char *)"\xc0\x80", 2));
    assert_false(xg_decode_utf8_valid((const unsigned char *)"\xed\xa0\x80", 3));
    /* a sequence cut at the end */
    assert_false(xg_decode_utf8_valid((const unsigned char *)"规\xe7\xab", 5));
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

/* Word's 8-bit text is Latin-1 with 27 bytes of 0x80-0x9F taken from
 * Windows-1252, not Windows-1252 (0x80 stays U+0080, 0x81 U+0081);
 * UTF-16 pairs make one code point, lone halves U+FFFD; STARTS says where
 * each character's UTF-8 begins. */
static void test_word_text(void **state)
{
    static const unsigned char eight[] = {'a', 0x80, 0x81, 0x82, 0x93, 0x9F, 0xE9};
    static const unsigned char wide[] = {
        0xC4, 0x89,                 /* 规 */
        0x3D, 0xD8, 0x00, 0xDE,     /* U+1F600 as a pair */
        0x00, 0xD8,                 /* a lone high half */
        '1', 0,
    };
    char out[64];
    uint32_t starts[8];
    size_t n;

    (void)state;
    n = xg_decode_word_text(eight, sizeof eight, 1, out, starts, 10);
    assert_int_equal(n, 15);
    assert_memory_equal(out, "a\xC2\x80\xC2\x81\xE2\x80\x9A\xE2\x80\x9C\xC5\xB8\xC3\xA9", 15);
    assert_int_equal(starts[0], 10);
    assert_int_equal(starts[1], 11);
    assert_int_equal(starts[3], 15);
    assert_int_equal(starts[6], 23);
    n = xg_decode_word_text(wide, 5, 0, out, starts, 0);
    assert_int_equal(n, 11);
    assert_memory_equal(out, "规\xF0\x9F\x98\x80\xEF\xBF\xBD" "1", 11);
    assert_int_equal(starts[0], 0);
    assert_int_equal(starts[1], 3);
    assert_int_equal(starts[2], 7);     /* the pair's second half: nothing */
    assert_int_equal(starts[3], 7);
    assert_int_equal(starts[4], 10);
    assert_int_equal(xg_decode_word_text(wide, 0, 0, out, NULL, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_text),
        cmocka_unit_test(test_guess),
        cmocka_unit_test(test_guess_refused),
        cmocka_unit_test(test_to_utf8),
        cmocka_unit_test(test_charset_names),
        cmocka_unit_test(test_utf8_valid),
    };

    XG_RUN_TESTS(tests);
}
