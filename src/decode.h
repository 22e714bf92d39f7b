/*
 * Character decoding: the one place where bytes in a legacy or Unicode
 * encoding become the UTF-8 every other module works in.  The text and
 * HTML extractors decode whole files here; the Word binary extractor its
 * 8-bit and UTF-16 text pieces.
 *
 * Ownership: every *OUT is allocated here, NUL-terminated, and owned by
 * the caller (free()); on failure *OUT is NULL.
 */
#ifndef XG_DECODE_H
#define XG_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "xxgk.h"

/* True if the N bytes at S are well-formed UTF-8. */
int xg_decode_utf8_valid(const unsigned char *s, size_t n);

/* Convert SIZE bytes in CHARSET (an iconv name) to UTF-8: *OUT and
 * *OUTLEN.  With LENIENT, bytes that do not decode become U+FFFD; without,
 * they fail with XG_ERR_FORMAT.  A CHARSET iconv does not know is
 * XG_ERR_UNSUPPORTED. */
int xg_decode_to_utf8(const unsigned char *data, size_t size,
                      const char *charset, int lenient, char **out,
                      size_t *outlen, xg_error *err);

/* Decode text whose encoding nothing declares: a byte order mark decides
 * (UTF-8, UTF-16LE, UTF-16BE; the mark is dropped and bytes that do not
 * decode become U+FFFD), then well-formed UTF-8 is taken as it is, and
 * anything else is GB18030 (a superset of GB2312 and GBK, which is what
 * Chinese Windows saves).  Bytes that are not GB18030 either fail with
 * "cannot decode text as UTF-8 or GB18030", or with LENIENT become
 * U+FFFD. */
int xg_decode_guess(const unsigned char *data, size_t size, int lenient,
                    char **out, size_t *outlen, xg_error *err);

/* The iconv name for a charset LABEL as web pages and documents declare it
 * (case-insensitive): "UTF-8", "GB18030" for every GB2312/GBK alias (pages
 * labelled gb2312 contain GBK characters), NULL where the label says
 * nothing to trust (a Western single-byte default, or a UTF-16 label on an
 * ASCII-compatible page), else LABEL itself. */
const char *xg_decode_charset_name(const char *label);

/* Text of a Word binary document ([MS-DOC] 2.9.73 FcCompressed): the N
 * characters at DATA, 8-bit when COMPRESSED, else UTF-16LE, written to
 * OUT as UTF-8 (at most 3 * N bytes; the count is returned).  An 8-bit
 * character is the code point of the same value, except 27 bytes in
 * 0x82-0x9F which are the characters Windows-1252 puts there: not
 * Windows-1252 itself, where 0x80 is the euro sign and five bytes are
 * undefined.  A surrogate pair is one code point; an unpaired surrogate
 * becomes U+FFFD.  If STARTS is not NULL, STARTS[i] receives BASE plus
 * the offset in OUT of character i: the extractor keeps, for every
 * character position, where its text is (the second half of a pair
 * starts where the pair ends). */
size_t xg_decode_word_text(const unsigned char *data, size_t n, int compressed,
                           char *out, uint32_t *starts, uint32_t base);

#endif
