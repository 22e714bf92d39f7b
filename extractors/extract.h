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

#include "../src/buf.h"
#include "../src/model.h"

int xg_extract_docx(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);
/* xg_extract_docx with the byte cap on each inflated zip entry as a
 * parameter instead of XG_MAX_ZIP_ENTRY, which also sets the bound on XML
 * nodes per block (one per 32 bytes of the cap): for the unit tests, which
 * exercise the caps with small archives.  Nothing else has a reason to
 * choose another cap. */
int xg_extract_docx_capped(const unsigned char *data, size_t size,
                           size_t entry_cap, xg_doc *doc, xg_error *err);
/* Word 97-2003 binary documents (.doc, .dot, and .wps as WPS Office saves
 * them): extractors/doc.c. */
int xg_extract_doc(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err);
int xg_extract_pdf(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err);
int xg_extract_html(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);
int xg_extract_text(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);

#endif
