#include "error.h"

#include <stdarg.h>
#include <stdio.h>

const char *xg_strerror(int code)
{
    switch (code) {
    case XG_OK: return "success";
    case XG_ERR_NOMEM: return "out of memory";
    case XG_ERR_IO: return "input/output error";
    case XG_ERR_FORMAT: return "unrecognised input format";
    case XG_ERR_CORRUPT: return "malformed input";
    case XG_ERR_LIMIT: return "input exceeds a size limit";
    case XG_ERR_NO_TEXT: return "no text layer";
    case XG_ERR_ENCRYPTED: return "encrypted document";
    case XG_ERR_NO_REPORT: return "no report table found";
    case XG_ERR_UNSUPPORTED: return "unsupported input";
    case XG_ERR_USAGE: return "invalid argument";
    }
    return "unknown error";
}

int xg_error_set(xg_error *err, int code, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        err->code = code;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

int xg_error_nomem(xg_error *err)
{
    return xg_error_set(err, XG_ERR_NOMEM, "out of memory");
}
