#include "norm.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "kangxi.h"

unsigned xg_utf8_decode(const char *s, size_t len, size_t *adv)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned cp, min;
    size_t n, i;

    if (p[0] < 0x80) {
        *adv = 1;
        return p[0];
    }
    if ((p[0] & 0xE0) == 0xC0) {
        n = 2; cp = p[0] & 0x1F; min = 0x80;
    } else if ((p[0] & 0xF0) == 0xE0) {
        n = 3; cp = p[0] & 0x0F; min = 0x800;
    } else if ((p[0] & 0xF8) == 0xF0) {
        n = 4; cp = p[0] & 0x07; min = 0x10000;
    } else {
        *adv = 1;
        return 0xFFFD;
    }
    if (n > len) {
        *adv = 1;
        return 0xFFFD;
    }
    for (i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *adv = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *adv = 1;
        return 0xFFFD;
    }
    *adv = n;
    return cp;
}

int xg_is_space_cp(unsigned cp)
{
    switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF: case 0x200B: case 0x200C:
    case 0x200D: case 0x2060:
        return 1;
    }
    return cp >= 0x2000 && cp <= 0x200A;
}

int xg_only_space(const char *s, size_t len)
{
    size_t i = 0, adv;

    while (i < len) {
        if (!xg_is_space_cp(xg_utf8_decode(s + i, len - i, &adv)))
            return 0;
        i += adv;
    }
    return 1;
}

static unsigned radical(unsigned cp)
{
    size_t lo = 0, hi = sizeof xg_kangxi_map / sizeof xg_kangxi_map[0];

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (xg_kangxi_map[mid][0] == cp)
            return xg_kangxi_map[mid][1];
        if (xg_kangxi_map[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp;
}

unsigned xg_fold_cp(unsigned cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)       /* full-width ASCII */
        return cp - 0xFF01 + 0x21;
    if (xg_is_space_cp(cp))
        return ' ';
    if ((cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0x2F800 && cp <= 0x2FA1F))
        return radical(cp);
    switch (cp) {
    case 0x2215: case 0x2044: return '/';    /* division and fraction slash */
    case 0xFF0E: return '.';
    case 0x2024: return '.';                 /* one dot leader */
    case 0x00B7: return 0x00B7;
    }
    return cp;
}

/* Ideographs and CJK punctuation: text a space beside them only spaces
 * out (a PDF's "2024 年"). */
static int is_cjk(unsigned cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

char *xg_norm_text(const char *s)
{
    xg_buf out = {0};
    size_t len = strlen(s), i = 0, adv;
    int pending_space = 0;
    unsigned last = 0;

    while (i < len) {
        unsigned cp = xg_fold_cp(xg_utf8_decode(s + i, len - i, &adv));

        i += adv;
        if (cp == ' ') {
            pending_space = out.len > 0;
            continue;
        }
        if (pending_space && !is_cjk(cp) && !is_cjk(last) && xg_buf_putc(&out, ' ') != 0)
            goto fail;
        pending_space = 0;
        last = cp;
        if (xg_buf_put_cp(&out, cp) != 0)
            goto fail;
    }
    return xg_buf_steal(&out);
fail:
    xg_buf_free(&out);
    return NULL;
}

/* Brackets vary between 〔 （ ( 【 [ in real reports; one form is enough for
 * matching. */
static unsigned unify_bracket(unsigned cp)
{
    switch (cp) {
    case '[': case 0x3010: case 0x3014: case 0xFF3B: case 0x3016:
        return '(';
    case ']': case 0x3011: case 0x3015: case 0xFF3D: case 0x3017:
        return ')';
    }
    return cp;
}

char *xg_norm_label(const char *s)
{
    return xg_norm_label_n(s, strlen(s));
}

char *xg_norm_label_n(const char *s, size_t len)
{
    xg_buf out = {0};
    size_t i = 0, adv;

    while (i < len) {
        unsigned cp = xg_fold_cp(xg_utf8_decode(s + i, len - i, &adv));

        i += adv;
        if (cp == ' ')
            continue;
        if (xg_buf_put_cp(&out, unify_bracket(cp)) != 0) {
            xg_buf_free(&out);
            return NULL;
        }
    }
    return xg_buf_steal(&out);
}

/* Dashes, slashes and 无 written in a value cell mean "nothing to report":
 * the value is null, and the raw text is kept. */
static int is_dash_text(const char *folded)
{
    static const char *const dashes[] = {
        "-", "--", "---", "/", "//", "\\", "—", "——", "–", "－", "―",
        "─", "━", "一", "无", "/无", "不适用", "×", "*", "…", "……",
        "-/", "/-", NULL
    };
    size_t i;

    for (i = 0; dashes[i]; i++)
        if (strcmp(folded, dashes[i]) == 0)
            return 1;
    return 0;
}

/* Two digits with white space between them ("0 0") are two numbers whose
 * cell boundary was lost, not one: the cell is unreadable. */
static int digits_apart(const char *s)
{
    size_t len = strlen(s), i = 0, adv;
    int digit = 0, gap = 0;

    while (i < len) {
        unsigned cp = xg_fold_cp(xg_utf8_decode(s + i, len - i, &adv));

        i += adv;
        if (cp >= '0' && cp <= '9') {
            if (digit && gap)
                return 1;
            digit = 1;
            gap = 0;
        } else if (cp == ' ') {
            gap = 1;
        } else {
            digit = 0;
            gap = 0;
        }
    }
    return 0;
}

const char *xg_unit_name(int unit)
{
    switch (unit) {
    case XG_UNIT_YUAN: return "元";
    case XG_UNIT_10K_YUAN: return "万元";
    case XG_UNIT_JIAN: return "件";
    case XG_UNIT_XIANG: return "项";
    case XG_UNIT_GE: return "个";
    }
    return "";
}

int xg_unit_is_count(int unit)
{
    return unit == XG_UNIT_JIAN || unit == XG_UNIT_XIANG || unit == XG_UNIT_GE;
}

/* The sign words of 本年增/减 cells, longest first. */
static const struct { const char *text; int sign; } signs[] = {
    {"增加", 1}, {"减少", -1}, {"增", 1}, {"减", -1},
    {"+", 1}, {"-", -1}, {"\xe2\x88\x92", -1},      /* U+2212 minus sign */
};

static const struct { const char *text; int unit; } units[] = {
    {"万元", XG_UNIT_10K_YUAN}, {"元", XG_UNIT_YUAN}, {"件", XG_UNIT_JIAN},
    {"项", XG_UNIT_XIANG}, {"个", XG_UNIT_GE},
};

void xg_parse_value_key(const char *s, const char *folded, xg_value *out)
{
    char digits[64];
    size_t n = 0, i;
    int seen_point = 0, decimals = 0, ndigits = 0, group_ok = 1, zero = 1;
    int since_comma = -1;
    const char *p = folded;

    memset(out, 0, sizeof *out);
    out->kind = XG_VALUE_TEXT;
    if (folded[0] == '\0') {
        out->kind = XG_VALUE_EMPTY;
        return;
    }
    if (is_dash_text(folded)) {
        out->kind = XG_VALUE_DASH;
        return;
    }
    if (digits_apart(s))
        return;
    for (i = 0; i < sizeof signs / sizeof signs[0]; i++)
        if (strncmp(p, signs[i].text, strlen(signs[i].text)) == 0) {
            out->sign = signs[i].sign;
            p += strlen(signs[i].text);
            break;
        }
    if (out->sign < 0)
        digits[n++] = '-';
    /* An integer or decimal, optionally with 1,234 grouping. */
    for (; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (n + 1 >= sizeof digits)
                return;
            digits[n++] = *p;
            ndigits++;
            zero &= *p == '0';
            if (seen_point)
                decimals++;
            if (since_comma >= 0)
                since_comma++;
        } else if (*p == '.' && !seen_point && ndigits > 0 && p[1] >= '0' && p[1] <= '9') {
            if (since_comma >= 0 && since_comma != 3)
                group_ok = 0;
            since_comma = -1;
            seen_point = 1;
            digits[n++] = '.';
        } else if (*p == ',' && !seen_point && ndigits > 0) {
            if (since_comma >= 0 && since_comma != 3)
                group_ok = 0;
            if (since_comma < 0 && ndigits > 3)
                group_ok = 0;
            since_comma = 0;
        } else {
            break;
        }
    }
    if (ndigits == 0 || !group_ok || (since_comma >= 0 && since_comma != 3))
        return;
    /* nothing after the number but one unit */
    if (*p != '\0') {
        for (i = 0; i < sizeof units / sizeof units[0]; i++)
            if (strcmp(p, units[i].text) == 0)
                out->unit = units[i].unit;
        if (out->unit == XG_UNIT_NONE)
            return;
    }
    digits[n] = '\0';
    /* Canonical form: no leading zeros on the integer part ("007" is 7),
     * no minus on a zero. */
    if (digits[0] == '-' && zero)
        memmove(digits, digits + 1, n--);
    {
        size_t start = digits[0] == '-';

        for (i = start; digits[i] == '0' && digits[i + 1] != '\0' && digits[i + 1] != '.'; i++)
            ;
        memmove(digits + start, digits + i, n - i + 1);
    }
    out->kind = XG_VALUE_NUMBER;
    out->decimals = decimals;
    out->number = strtod(digits, NULL);
    memcpy(out->text, digits, strlen(digits) + 1);
}

int xg_number_shift(char *text, size_t size, int places)
{
    char out[128];
    const char *digits = text, *point;
    size_t int_len, frac_len, o = 0, i, len;
    int negative = text[0] == '-';

    if (negative)
        digits++;
    point = strchr(digits, '.');
    int_len = point ? (size_t)(point - digits) : strlen(digits);
    frac_len = point ? strlen(point + 1) : 0;
    if (places < 0 || int_len + frac_len + (size_t)places + 4 > sizeof out)
        return -1;
    if (negative)
        out[o++] = '-';
    /* the integer part: the digits left of the new point, at least "0" */
    if (int_len > (size_t)places) {
        memcpy(out + o, digits, int_len - (size_t)places);
        o += int_len - (size_t)places;
    } else {
        out[o++] = '0';
    }
    out[o++] = '.';
    for (i = int_len; i < (size_t)places; i++)
        out[o++] = '0';
    i = int_len > (size_t)places ? int_len - (size_t)places : 0;
    memcpy(out + o, digits + i, int_len - i);
    o += int_len - i;
    if (point) {
        memcpy(out + o, point + 1, frac_len);
        o += frac_len;
    }
    while (out[o - 1] == '0')
        o--;
    if (out[o - 1] == '.')
        o--;
    out[o] = '\0';
    /* "00.5" cannot arise, but "-0" can: a zero has no sign */
    if (strcmp(out, "-0") == 0)
        memmove(out, out + 1, o--);
    len = o + 1;
    if (len > size)
        return -1;
    memcpy(text, out, len);
    return 0;
}

void xg_parse_value(const char *s, xg_value *out)
{
    char *folded = xg_norm_label(s);

    if (folded == NULL) {
        memset(out, 0, sizeof *out);
        out->kind = XG_VALUE_TEXT;
        return;
    }
    xg_parse_value_key(s, folded, out);
    free(folded);
}

char *xg_clean_text(const char *s)
{
    xg_buf out = {0};
    size_t len = strlen(s), i = 0, adv, keep = 0;
    unsigned last = 0;
    int spaces = 0;             /* spaces held back, emitted before the next character */

    while (i < len) {
        unsigned cp = xg_utf8_decode(s + i, len - i, &adv);

        i += adv;
        if ((cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
            (cp >= 0x2F800 && cp <= 0x2FA1F))
            cp = radical(cp);
        if (cp == 0xFEFF || cp == 0x200B)
            continue;
        if (cp == ' ' || cp == 0x3000 || cp == 0x00A0) {
            if (out.len > 0)
                spaces++;
            continue;
        }
        if (xg_is_space_cp(cp) && out.len == 0)
            continue;
        /* a space beside a CJK character only spaces the text out (a PDF's
         * "2023 年", "要 求"); between other characters it is kept */
        if (spaces > 0 && !(is_cjk(cp) || is_cjk(last)) && !xg_is_space_cp(cp) &&
            !xg_is_space_cp(last)) {
            while (spaces-- > 0)
                if (xg_buf_putc(&out, ' ') != 0)
                    goto fail;
        }
        spaces = 0;
        if (xg_buf_put_cp(&out, cp) != 0)
            goto fail;
        last = cp;
        if (!xg_is_space_cp(cp))
            keep = out.len;
    }
    if (out.data)
        out.data[keep] = '\0';
    out.len = keep;
    return xg_buf_steal(&out);
fail:
    xg_buf_free(&out);
    return NULL;
}
