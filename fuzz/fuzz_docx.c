/*
 * libFuzzer harness for the DOCX extractor.
 *
 * An input that starts like a zip ("PK") is given to the extractor as it
 * is, to exercise the archive handling.  Any other input is taken as the
 * text of word/document.xml and packed into a minimal package first:
 * random bytes almost never make a valid zip, so without this the XML
 * parsing and the table walk would hardly be reached.  That package is
 * read twice: with the real byte cap, and with a cap small enough for the
 * bound on XML nodes per block to stop the parse part way through a
 * block, the one place where the extractor drops a block half read.
 *
 *   ./configure --enable-fuzzing CC=clang && make fuzz/fuzz_docx
 *   fuzz/fuzz_docx -max_len=65536 corpus-dir/
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The byte cap of the second reading: larger inputs would only fail at
 * the cap, before any XML is parsed. */
#define SMALL_CAP 2048

static const char rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>";

/* A package holding DOCUMENT_XML (stored, not deflated: cheaper), as
 * bytes (owned); NULL if libzip fails. */
static unsigned char *package(const uint8_t *document_xml, size_t len, size_t *out_len)
{
    zip_error_t zerr;
    zip_source_t *src, *entry;
    zip_t *za;
    zip_stat_t st;
    zip_int64_t idx;
    unsigned char *bytes = NULL;

    zip_error_init(&zerr);
    src = zip_source_buffer_create(NULL, 0, 0, &zerr);
    if (src == NULL)
        goto done;
    za = zip_open_from_source(src, ZIP_TRUNCATE, &zerr);
    if (za == NULL)
        goto done;
    /* Keep the memory source alive past zip_close, to read it back. */
    zip_source_keep(src);
    entry = zip_source_buffer(za, rels, sizeof rels - 1, 0);
    if (entry == NULL || (idx = zip_file_add(za, "_rels/.rels", entry, 0)) < 0) {
        zip_source_free(entry);
        zip_discard(za);
        goto done;
    }
    entry = zip_source_buffer(za, document_xml, len, 0);
    if (entry == NULL || (idx = zip_file_add(za, "word/document.xml", entry, 0)) < 0) {
        zip_source_free(entry);
        zip_discard(za);
        goto done;
    }
    zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
    if (zip_close(za) != 0) {
        zip_discard(za);
        goto done;
    }
    zip_stat_init(&st);
    if (zip_source_open(src) != 0)
        goto done;
    if (zip_source_stat(src, &st) == 0 && (bytes = malloc(st.size + 1)) != NULL) {
        if (zip_source_read(src, bytes, st.size) != (zip_int64_t)st.size) {
            free(bytes);
            bytes = NULL;
        }
        *out_len = st.size;
    }
    zip_source_close(src);
done:
    zip_source_free(src);
    zip_error_fini(&zerr);
    return bytes;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xg_doc *doc = xg_doc_new();
    xg_error err;
    unsigned char *zip = NULL;
    size_t zip_len = 0;

    if (doc == NULL)
        return 0;
    if (size >= 2 && memcmp(data, "PK", 2) == 0) {
        (void)xg_extract_docx(data, size, doc, &err);
    } else {
        zip = package(data, size, &zip_len);
        if (zip != NULL) {
            (void)xg_extract_docx(zip, zip_len, doc, &err);
            xg_doc_free(doc);
            doc = xg_doc_new();
            /* 64 nodes per block (one per 32 bytes of the cap) */
            if (doc != NULL && size <= SMALL_CAP)
                (void)xg_extract_docx_capped(zip, zip_len, SMALL_CAP, doc, &err);
        }
    }
    free(zip);
    xg_doc_free(doc);
    return 0;
}
