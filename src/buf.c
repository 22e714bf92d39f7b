#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reserve(xg_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (extra > SIZE_MAX - b->len - 1)
        return -1;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    p = realloc(b->data, cap);
    if (p == NULL)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int xg_buf_append(xg_buf *b, const char *s, size_t len)
{
    if (len == 0)
        return 0;
    if (reserve(b, len) != 0)
        return -1;
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

int xg_buf_puts(xg_buf *b, const char *s)
{
    return xg_buf_append(b, s, strlen(s));
}

int xg_buf_putc(xg_buf *b, char c)
{
    return xg_buf_append(b, &c, 1);
}

int xg_buf_put_cp(xg_buf *b, unsigned cp)
{
    char out[4];
    size_t n;

    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else if (cp < 0x110000) {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    } else {
        out[0] = (char)0xEF; /* U+FFFD */
        out[1] = (char)0xBF;
        out[2] = (char)0xBD;
        n = 3;
    }
    return xg_buf_append(b, out, n);
}

int xg_buf_vprintf(xg_buf *b, const char *fmt, va_list ap)
{
    va_list again;
    int n;

    va_copy(again, ap);
    n = vsnprintf(NULL, 0, fmt, ap);
    if (n < 0 || reserve(b, (size_t)n) != 0) {
        va_end(again);
        return -1;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    va_end(again);
    b->len += (size_t)n;
    return 0;
}

int xg_buf_printf(xg_buf *b, const char *fmt, ...)
{
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = xg_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

const char *xg_buf_str(const xg_buf *b)
{
    return b->data ? b->data : "";
}

char *xg_buf_steal(xg_buf *b)
{
    char *s = b->data;

    if (s == NULL) {
        s = malloc(1);
        if (s != NULL)
            s[0] = '\0';
    }
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void xg_buf_reset(xg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void xg_buf_free(xg_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
