/* Internal error helpers: fill an xg_error and return its code. */
#ifndef XG_ERROR_H
#define XG_ERROR_H

#include "xxgk.h"

#if defined(__GNUC__)
#define XG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define XG_PRINTF(a, b)
#endif

/* Sets ERR (if not NULL) to CODE and the formatted message; returns CODE. */
int xg_error_set(xg_error *err, int code, const char *fmt, ...) XG_PRINTF(3, 4);
/* xg_error_set(err, XG_ERR_NOMEM, "out of memory"). */
int xg_error_nomem(xg_error *err);

#endif
