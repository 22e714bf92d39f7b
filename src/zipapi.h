/* libzip, loaded when a zip file is first opened (see lazylib.h): DOCX
 * parts, and the kind of a zip file that is not a DOCX. */
#ifndef XG_ZIPAPI_H
#define XG_ZIPAPI_H

#include <zip.h>

#include "lazylib.h"

#define XG_ZIP_FUNCTIONS(X) \
    X(zip_discard) \
    X(zip_error_code_system) \
    X(zip_error_code_zip) \
    X(zip_error_fini) \
    X(zip_error_init) \
    X(zip_error_strerror) \
    X(zip_fclose) \
    X(zip_file_get_error) \
    X(zip_file_strerror) \
    X(zip_fopen_index) \
    X(zip_fread) \
    X(zip_get_error) \
    X(zip_get_name) \
    X(zip_get_num_entries) \
    X(zip_name_locate) \
    X(zip_open_from_source) \
    X(zip_source_buffer_create) \
    X(zip_source_free) \
    X(zip_stat_index) \
    X(zip_stat_init) \
    X(zip_strerror)

typedef struct xg_zip_api {
    XG_ZIP_FUNCTIONS(XG_LAZY_POINTER)
} xg_zip_api;

/* The functions, once xg_zip_load has returned XG_OK. */
extern xg_zip_api xg_zip;

/* Loads libzip once: XG_OK, or XG_ERR_UNSUPPORTED with ERR set. */
int xg_zip_load(xg_error *err);

#endif
