/* A growable byte string, always NUL-terminated when non-empty.
 * The zero value ({0}) is an empty buffer; xg_buf_free releases it. */
#ifndef XG_BUF_H
#define XG_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct xg_buf {
    char *data;     /* NULL until the first append */
    size_t len;
    size_t cap;
} xg_buf;

/* Append LEN bytes; returns 0, or -1 when memory or size_t runs out
 * (the buffer is then unchanged). */
int xg_buf_append(xg_buf *b, const char *s, size_t len);
int xg_buf_puts(xg_buf *b, const char *s);
int xg_buf_putc(xg_buf *b, char c);
/* Append the UTF-8 encoding of code point CP. */
int xg_buf_put_cp(xg_buf *b, unsigned cp);
int xg_buf_vprintf(xg_buf *b, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;
int xg_buf_printf(xg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Returns the contents ("" when empty); borrowed. */
const char *xg_buf_str(const xg_buf *b);
/* Hands the contents to the caller (owned; "" allocated when empty, NULL
 * on allocation failure) and resets the buffer. */
char *xg_buf_steal(xg_buf *b);
void xg_buf_reset(xg_buf *b);   /* length 0, keeps the memory */
void xg_buf_free(xg_buf *b);    /* releases the memory; back to {0} */

#endif
