/*
 * Text normalisation for matching, and the reading of value cells.
 * Every comparison of report text goes through here, so a label matches
 * whatever width, spacing or radical forms the source used.
 */
#ifndef XG_NORM_H
#define XG_NORM_H

#include <stddef.h>

/* Decode one UTF-8 code point from S (at most LEN > 0 bytes); stores the
 * bytes consumed in *ADV (>= 1).  A malformed sequence decodes as U+FFFD
 * consuming one byte. */
unsigned xg_utf8_decode(const char *s, size_t len, size_t *adv);

/* Fold one code point the way NFKC would for our text: full-width ASCII
 * to ASCII, ideographic and no-break spaces to U+0020, Kangxi and CJK
 * radicals to their unified ideographs, compatibility ideographs to theirs. */
unsigned xg_fold_cp(unsigned cp);

/* True for every kind of space, tab, line break, zero-width and BOM. */
int xg_is_space_cp(unsigned cp);

/* True if the LEN bytes of UTF-8 at S are all white space of any kind
 * (&nbsp; and U+3000 too), or none. */
int xg_only_space(const char *s, size_t len);

/* The folded text of S (owned, NULL on allocation failure): xg_fold_cp
 * applied, white space runs collapsed to one ASCII space, trimmed, and
 * dropped beside a CJK character ("2024 年" is "2024年"). */
char *xg_norm_text(const char *s);

/* S as printed, for output: radicals and compatibility ideographs folded
 * to unified ideographs, invalid UTF-8 replaced, spaces beside a CJK
 * character or a line break dropped, trimmed (owned; NULL on allocation
 * failure). */
char *xg_clean_text(const char *s);

/* The label key of S (owned, NULL on allocation failure): folded, with all
 * white space removed and brackets unified ( （ 〔 【 [ to "(" and their
 * closers to ")"; 、．. and ， kept as written after folding.  Labels are
 * compared in this form. */
char *xg_norm_label(const char *s);

/* The same, of the LEN bytes at S (a word or a line of a longer text). */
char *xg_norm_label_n(const char *s, size_t len);

/* What a value cell holds. */
typedef enum xg_value_kind {
    XG_VALUE_EMPTY,     /* nothing, or only white space: null */
    XG_VALUE_NUMBER,    /* an integer or decimal: the number */
    XG_VALUE_DASH,      /* a dash, slash or 无: null, raw text kept */
    XG_VALUE_TEXT       /* anything else: not a value */
} xg_value_kind;

/* A unit printed with a number, in a cell or a header. */
typedef enum xg_unit {
    XG_UNIT_NONE,
    XG_UNIT_YUAN,       /* 元 */
    XG_UNIT_10K_YUAN,   /* 万元 */
    XG_UNIT_JIAN,       /* 件 */
    XG_UNIT_XIANG,      /* 项 */
    XG_UNIT_GE          /* 个 */
} xg_unit;

/* "元", "万元", ... ("" for none). */
const char *xg_unit_name(int unit);
/* True for the units of a count (件 项 个). */
int xg_unit_is_count(int unit);

typedef struct xg_value {
    xg_value_kind kind;
    double number;      /* valid for XG_VALUE_NUMBER, with its sign */
    int decimals;       /* digits after the point as printed */
    int sign;           /* -1: - 减少 减; +1: + 增加 增; 0: none printed */
    int unit;           /* enum xg_unit printed after the number */
    char text[64];      /* XG_VALUE_NUMBER: the number in canonical form
                           (ASCII digits, '-' if negative, no grouping);
                           otherwise empty */
} xg_value;

/* Classify the text of one cell.  Full-width digits count; thousands
 * separators (1,234) are accepted; a sign may stand before the number
 * (+ - 增加 减少 增 减) and a unit after it (元 万元 件 项 个), both kept
 * in OUT for the caller to judge against the column; anything else that
 * is not wholly one number (two numbers, a number with words) is
 * XG_VALUE_TEXT. */
void xg_parse_value(const char *s, xg_value *out);
/* The same, given KEY = xg_norm_label(S) already made. */
void xg_parse_value_key(const char *s, const char *key, xg_value *out);

/* Divide the canonical number TEXT (digits, one optional point, optional
 * leading '-') by 10^PLACES exactly, in place, by moving the decimal
 * point: "251000" and 4 give "25.1".  No trailing zeros after the point,
 * no point without digits after it.  Returns 0, or -1 when the result
 * would not fit in SIZE bytes (TEXT is then unchanged). */
int xg_number_shift(char *text, size_t size, int places);

#endif
