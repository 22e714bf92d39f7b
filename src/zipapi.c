/* libzip, loaded when first needed: see zipapi.h. */
#include "zipapi.h"

#include "error.h"

xg_zip_api xg_zip;

XG_LAZY_LOADER(load, xg_zip, XG_ZIP_FUNCTIONS, "libzip", "libzip4",
               "libzip.so.4", "libzip.so.5", "libzip.so")

int xg_zip_load(xg_error *err)
{
    return load(err);
}
