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
 *     XG_LAZY_LOADER(load_zip, zipf, ZIP_FUNCTIONS, "libzip", "libzip4",
 *                    "libzip.so.4", "libzip.so")
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

/* Sets *SLOT to LIB's function NAME: 1, or 0 with LIB closed and ERR set
 * ("WHAT without NAME (too old)"). */
int xg_lazy_sym(void *lib, const char *name, void **slot, const char *what,
                xg_error *err);

/* Defines static int NAME(xg_error *err): loads, once, the first of the
 * sonames after PACKAGE that loads (WHAT_ names it in messages) and fills
 * each member of TABLE that FUNCTIONS lists; XG_OK, or XG_ERR_UNSUPPORTED
 * with ERR set. */
#define XG_LAZY_ONE(f)                                                         \
    if (!xg_lazy_sym(lib, #f, (void **)&lazy_table->f, what, err))             \
        return XG_ERR_UNSUPPORTED;
#define XG_LAZY_LOADER(name, table, FUNCTIONS, what_, package, ...)            \
    static int name(xg_error *err)                                             \
    {                                                                          \
        static const char *const names[] = {__VA_ARGS__, NULL};                \
        static const char what[] = what_;                                      \
        static int loaded;                                                     \
        __typeof__(table) *lazy_table = &(table);                              \
        void *lib;                                                             \
                                                                               \
        if (loaded)                                                            \
            return XG_OK;                                                      \
        if ((lib = xg_lazy_open(names, what, package, err)) == NULL)           \
            return XG_ERR_UNSUPPORTED;                                         \
        FUNCTIONS(XG_LAZY_ONE)                                                 \
        loaded = 1;                                                            \
        return XG_OK;                                                          \
    }

#endif
