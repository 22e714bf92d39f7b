/*
 * Character decoding through iconv (glibc's, always present): see
 * decode.h.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "error.h"
#include "norm.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

int xg_decode_utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0, adv;

    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        /* A malformed sequence decodes as U+FFFD consuming one byte; a
         * real U+FFFD consumes three. */
        if (xg_utf8_decode((const char *)s + i, n - i, &adv) == 0xFFFD
            && adv == 1)
            return 0;
        i += adv;
    }
    return 1;
}

int xg_decode_to_utf8(const unsigned char *data, size_t size,
                      const char *charset, int lenient, char **out,
                      size_t *outlen, xg_error *err)
{
    iconv_t cd;
    char *buf = NULL, *in = (char *)data, *op;
    size_t cap, inleft = size, outleft;
    int rc = XG_OK;

    *out = NULL;
    *outlen = 0;
    cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return xg_error_set(err, XG_ERR_UNSUPPORTED,
                            "no converter from %s to UTF-8", charset);
    /* Two bytes of GBK become three of UTF-8, two of UTF-16 at most
     * three, one of a single-byte code page at most three: twice the
     * input plus room for U+FFFD is the usual need, and the loop below
     * grows the buffer when it is not. */
    if (size > (SIZE_MAX - 64) / 2) {
        rc = xg_error_nomem(err);
        goto done;
    }
    cap = size * 2 + 64;
    buf = malloc(cap);
    if (buf == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    op = buf;
    outleft = cap - 1;
    while (inleft > 0) {
        size_t r = iconv(cd, &in, &inleft, &op, &outleft);

        if (r != (size_t)-1)
            break;
        if (errno == E2BIG || outleft < 4) {
            size_t used = (size_t)(op - buf);
            char *nb;

            if (cap > SIZE_MAX / 2) {
                rc = xg_error_nomem(err);
                goto done;
            }
            nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            buf = nb;
            cap *= 2;
            op = buf + used;
            outleft = cap - used - 1;
            continue;
        }
        /* EILSEQ or EINVAL (a truncated sequence at the end). */
        if (!lenient) {
            rc = xg_error_set(err, XG_ERR_FORMAT,
                              "cannot decode text as %s", charset);
            goto done;
        }
        memcpy(op, "\xEF\xBF\xBD", 3);
        op += 3;
        outleft -= 3;
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    *op = '\0';
    *outlen = (size_t)(op - buf);
    *out = buf;
    buf = NULL;
done:
    free(buf);
    iconv_close(cd);
    return rc;
}

int xg_decode_guess(const unsigned char *data, size_t size, int lenient,
                    char **out, size_t *outlen, xg_error *err)
{
    const char *charset = NULL;
    int rc;

    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        charset = "UTF-8";
        data += 3;
        size -= 3;
    } else if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        charset = "UTF-16LE";
        data += 2;
        size -= 2;
    } else if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
        charset = "UTF-16BE";
        data += 2;
        size -= 2;
    }
    if (charset != NULL)
        return xg_decode_to_utf8(data, size, charset, 1, out, outlen, err);
    if (xg_decode_utf8_valid(data, size))
        return xg_decode_to_utf8(data, size, "UTF-8", 1, out, outlen, err);
    rc = xg_decode_to_utf8(data, size, "GB18030", lenient, out, outlen, err);
    if (rc == XG_ERR_FORMAT)
        return xg_error_set(err, XG_ERR_FORMAT,
                            "cannot decode text as UTF-8 or GB18030");
    return rc;
}

static int in_list(const char *label, const char *const *names, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (strcasecmp(label, names[i]) == 0)
            return 1;
    return 0;
}

const char *xg_decode_charset_name(const char *label)
{
    static const char *const gb_names[] = {
        "gb2312", "gbk", "gb18030", "gb_2312-80", "x-gbk", "cp936", "ms936",
        "windows-936", "euc-cn", "x-euc-cn", "csgb2312", "iso-ir-58",
        "chinese", "csgb231280", "csiso58gb231280",
    };
    /* Western single-byte labels that templates and servers put on pages
     * by default: a Chinese report is never written in them, so the bytes
     * decide, as for a page with no label. */
    static const char *const western_names[] = {
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819",
        "ibm819", "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii",
        "iso-8859-15", "latin-9",
    };

    if (strcasecmp(label, "utf-8") == 0 || strcasecmp(label, "utf8") == 0)
        return "UTF-8";
    if (in_list(label, gb_names, N_ELEMS(gb_names)))
        return "GB18030";
    if (strncasecmp(label, "utf-16", 6) == 0)
        return NULL;
    if (in_list(label, western_names, N_ELEMS(western_names)))
        return NULL;
    return label;
}

/* [MS-DOC] 2.9.73: the bytes 0x80-0x9F of compressed text that are not
 * the code point of the same value (0 where they are). */
static const uint16_t word_c1[32] = {
    0, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0, 0x0178,
};

static size_t put_utf8(char *out, unsigned cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t xg_decode_word_text(const unsigned char *data, size_t n, int compressed,
                           char *out, uint32_t *starts, uint32_t base)
{
    size_t i, len = 0;

    for (i = 0; i < n; i++) {
        unsigned cp;

        if (starts != NULL)
            starts[i] = base + (uint32_t)len;
        if (compressed) {
            cp = data[i];
            if (cp >= 0x80 && cp < 0xA0 && word_c1[cp - 0x80] != 0)
                cp = word_c1[cp - 0x80];
        } else {
            cp = (unsigned)data[2 * i] | (unsigned)data[2 * i + 1] << 8;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < n) {
                unsigned lo = (unsigned)data[2 * i + 2] | (unsigned)data[2 * i + 3] << 8;

                if (lo >= 0xDC00 && lo < 0xE000) {
                    len += put_utf8(out + len, 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00));
                    i++;
                    if (starts != NULL)
                        starts[i] = base + (uint32_t)len;
                    continue;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD;
        }
        len += put_utf8(out + len, cp);
    }
    return len;
}
