/* libzip, loaded when first needed: see zipapi.h. */
#include "zipapi.h"

#include "error.h"

xg_zip_api xg_zip;

int xg_zip_load(xg_error *err)
{
    static const char *const names[] = {"libzip.so.4", "libzip.so.5", "libzip.so", NULL};
    static const char what[] = "libzip";
    static int loaded;
    void *lib;

    if (loaded)
        return XG_OK;
    if ((lib = xg_lazy_open(names, what, "libzip4", err)) == NULL)
        return XG_ERR_UNSUPPORTED;
#define ZIP_LOAD(f) XG_LAZY_LOAD(xg_zip, f)
    XG_ZIP_FUNCTIONS(ZIP_LOAD)
#undef ZIP_LOAD
    loaded = 1;
    return XG_OK;
}
