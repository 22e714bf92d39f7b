/*
 * Shared libraries loaded when first needed, not when the program starts.
 *
 * Every library the program links is loaded and relocated on every run,
 * whether the run needs it or not.  libzip and libxlsxwriter (with
 * libcrypto, which both need) cost about 1.5 ms of CPU that way: a tenth
 * of converting a small PDF, which needs neither.  So each is a table of
 * function pointers, filled from dlopen by the first caller that needs it:
 *
 *     #define ZIP_FUNCTIONS(X) X(zip_open_from_source) X(zip_discard)
 *     struct { ZIP_FUNCTIONS(XG_LAZY_POINTER) } zipf;
 *
 * Libraries are never unloaded.
 */
#ifndef XG_LAZYLIB_H
#define XG_LAZYLIB_H

#include "xxgk.h"

/* A table's member for function f, of f's own type. */
#define XG_LAZY_POINTER(f) __typeof__(f) *f;

/* The first of NAMES (NULL-ended sonames) that loads, or NULL with ERR set
 * to XG_ERR_UNSUPPORTED: "WHAT not found (install PACKAGE)". */
void *xg_lazy_open(const char *const *names, const char *what, const char *package,
                   xg_error *err);

/* Sets *SLOT to LIB's function NAME: 1, or 0 with ERR set ("WHAT without
 * NAME (too old)"). */
int xg_lazy_sym(void *lib, const char *name, void **slot, const char *what,
                xg_error *err);

/* In a loader, with its library LIB, its name WHAT and ERR in scope:
 * fills TABLE's member F, or returns XG_ERR_UNSUPPORTED.  A loader lists
 * its functions with it: #define LOAD(f) XG_LAZY_LOAD(zipf, f). */
#define XG_LAZY_LOAD(table, f)                                                 \
    if (!xg_lazy_sym(lib, #f, (void **)&(table).f, what, err))                 \
        return XG_ERR_UNSUPPORTED;

#endif
