/*
 * The extractors: one per input format, each filling the document model
 * (src/model.h) from the bytes of one file.  An extractor knows its format
 * and nothing of the report; it never prints.  Each returns XG_OK or an
 * error code with ERR filled with a one-line reason (without the path:
 * the caller adds it).  On failure DOC may hold a partial document, which
 * the caller discards.
 */
#ifndef XG_EXTRACT_H
#define XG_EXTRACT_H

#include <stddef.h>

#include "../src/model.h"

int xg_extract_docx(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);
int xg_extract_pdf(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err);
int xg_extract_html(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);
int xg_extract_text(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);

#endif
