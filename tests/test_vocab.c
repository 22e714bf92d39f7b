/* OCR'd labels matched to the report's vocabulary: near words are
 * matched (numbering kept, or an unread item number given back as
 * unread), words as they are and labels near two meanings are not. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "norm.h"
#include "vocab.h"

static void expect(const xg_vocab *v, const char *read, const char *want)
{
    char *key = xg_norm_label(read), *got;
    int nomem = 0;

    assert_non_null(key);
    got = xg_vocab_snap(v, key, &nomem);
    assert_false(nomem);
    if (want == NULL) {
        assert_null(got);
    } else {
        assert_non_null(got);
        assert_string_equal(got, want);
    }
    free(got);
    free(key);
}

static void test_snap(void **state)
{
    xg_vocab *v = xg_vocab_new();

    (void)state;
    assert_non_null(v);
    /* a character misread, numbering kept as read */
    expect(v, "（三）不予公幵", "(三)不予公开");
    expect(v, "2.其他法律行政法规茜止公开", "2.其他法律行政法规禁止公开");
    expect(v, "3.危久“三安全一稳定”", "3.危及“三安全一稳定”");
    /* a header of two characters, near two synonyms of one meaning */
    expect(v, "鼠计", "总计");
    expect(v, "结果维待", "结果维持");
    /* words as they are */
    expect(v, "总计", NULL);
    expect(v, "（一）予以公开", NULL);
    expect(v, "申请人情况", NULL);
    /* near two meanings: not guessed */
    expect(v, "行政处可", NULL);
    expect(v, "本年制废件数", NULL);
    /* an item's number OCR could not read (（七） as （巧）, （一） as
     * (《 -)): set aside, the words matched, the number given back as
     * unread; brackets of more, or of nothing, are no number */
    expect(v, "（巧）总计", "(\xEF\xBF\xBD)总计");
    expect(v, "(《 -) 也以公开", "(\xEF\xBF\xBD)予以公开");
    expect(v, "（六）其他处埋", "(六)其他处理");
    expect(v, "\xEF\xBF\xBD保护第::方合法权益", "(\xEF\xBF\xBD)保护第三方合法权益");
    expect(v, "（本年度）总计", NULL);
    expect(v, "()总计", NULL);
    expect(v, "（巧）行政处可", NULL);
    /* near nothing, or too short to tell */
    expect(v, "江了和2", NULL);
    expect(v, "计", NULL);
    expect(v, "规划局", NULL);
    xg_vocab_free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_snap),
    };

    XG_RUN_TESTS(tests);
}
