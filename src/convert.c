/*
 * The pipeline: read (bounded), sniff the format from content, extract
 * into the document model, reconstruct the canonical tables, read the
 * metadata and parts, run the checks.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../extractors/extract.h"
#include "error.h"
#include "report.h"

const char *xg_format_name(int format)
{
    switch (format) {
    case XG_FORMAT_DOCX: return "docx";
    case XG_FORMAT_PDF: return "pdf";
    case XG_FORMAT_HTML: return "html";
    case XG_FORMAT_TEXT: return "text";
    case XG_FORMAT_DOC: return "doc";
    }
    return "unknown";
}

static int starts_with_ci(const unsigned char *p, size_t n, const char *s)
{
    size_t i, len = strlen(s);

    if (n < len)
        return 0;
    for (i = 0; i < len; i++) {
        unsigned char c = p[i];

        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)s[i])
            return 0;
    }
    return 1;
}

/* The format of DATA by its content, never its name: a DOCX saved as .doc,
 * an HTML page named .txt and a PDF with no extension all convert. */
static int sniff(const unsigned char *data, size_t size, xg_error *err)
{
    size_t i, head = size < 4096 ? size : 4096;

    if (size == 0)
        return -xg_error_set(err, XG_ERR_FORMAT, "empty file");
    if (size >= 4 && memcmp(data, "PK\3\4", 4) == 0)
        return XG_FORMAT_DOCX;
    if (size >= 4 && memcmp(data, "PK\5\6", 4) == 0)
        return -xg_error_set(err, XG_ERR_CORRUPT, "empty zip archive");
    if (size >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
        return XG_FORMAT_DOC;   /* a compound file: the extractor says if it is Word */
    for (i = 0; i + 5 <= size && i < 1024; i++)
        if (memcmp(data + i, "%PDF-", 5) == 0)
            return XG_FORMAT_PDF;
    if (size >= 5 && memcmp(data, "{\\rtf", 5) == 0)
        return -xg_error_set(err, XG_ERR_UNSUPPORTED,
                             "RTF file: open it and save it as DOCX");
    for (i = 0; i < head; i++) {
        if (data[i] == '<' &&
            (starts_with_ci(data + i, head - i, "<html") ||
             starts_with_ci(data + i, head - i, "<!doctype html") ||
             starts_with_ci(data + i, head - i, "<head") ||
             starts_with_ci(data + i, head - i, "<body") ||
             starts_with_ci(data + i, head - i, "<meta") ||
             starts_with_ci(data + i, head - i, "<table")))
            return XG_FORMAT_HTML;
    }
    if (size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        return XG_FORMAT_TEXT;      /* UTF-16 text: the text extractor says */
    if (memchr(data, '\0', head) != NULL)
        return -xg_error_set(err, XG_ERR_FORMAT,
                             "unrecognised binary file (not DOCX, DOC, PDF, HTML or text)");
    return XG_FORMAT_TEXT;
}

void xg_options_init(xg_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->ocr_min_confidence = XG_OCR_MIN_CONFIDENCE;
}

int xg_have_ocr(void)
{
#ifdef XG_HAVE_OCR
    return 1;
#else
    return 0;
#endif
}

/* Did OCR read any of DOC? */
static int doc_ocr(const xg_doc *doc)
{
    size_t b, c;

    for (b = 0; b < xg_doc_block_count(doc); b++) {
        const xg_block *blk = xg_doc_block(doc, b);

        if (blk->ocr)
            return 1;
        if (blk->kind == XG_BLOCK_TABLE)
            for (c = 0; c < xg_table_cell_count(blk->table); c++)
                if (xg_table_cell(blk->table, c)->ocr)
                    return 1;
    }
    return 0;
}

xg_report *xg_convert_bytes(const unsigned char *data, size_t size,
                            const char *name, xg_error *err)
{
    return xg_convert_bytes_opts(data, size, name, NULL, err);
}

xg_report *xg_convert_bytes_opts(const unsigned char *data, size_t size,
                                 const char *name, const xg_options *opts,
                                 xg_error *err)
{
    xg_doc *doc = NULL;
    xg_report *report = NULL;
    xg_options defaults;
    int format, rc;

    if (opts == NULL) {
        xg_options_init(&defaults);
        opts = &defaults;
    }

    if (size > XG_MAX_INPUT_BYTES) {
        xg_error_set(err, XG_ERR_LIMIT, "file larger than %u bytes",
                     XG_MAX_INPUT_BYTES);
        return NULL;
    }
    format = sniff(data, size, err);
    if (format < 0)
        return NULL;
    doc = xg_doc_new();
    report = xg_report_new(name, format);
    if (doc == NULL || report == NULL) {
        xg_error_nomem(err);
        goto fail;
    }
    switch (format) {
    case XG_FORMAT_DOCX: rc = xg_extract_docx(data, size, doc, err); break;
    case XG_FORMAT_DOC: rc = xg_extract_doc(data, size, doc, err); break;
    case XG_FORMAT_PDF: rc = xg_extract_pdf(data, size, doc, err); break;
    case XG_FORMAT_HTML: rc = xg_extract_html(data, size, doc, err); break;
    default: rc = xg_extract_text(data, size, doc, err); break;
    }
    if (rc != XG_OK)
        goto fail;
    report->ocr = doc_ocr(doc);
    report->ocr_min_confidence = opts->ocr_min_confidence;
    rc = xg_layout_tables(doc, report, err);
    if (rc == XG_OK)
        rc = xg_layout_meta(doc, report, err);
    if (rc == XG_OK)
        rc = xg_run_checks(report, err);
    if (rc != XG_OK)
        goto fail;
    xg_doc_free(doc);
    return report;
fail:
    xg_doc_free(doc);
    xg_report_free(report);
    return NULL;
}

/* Read a whole stream, refusing one over XG_MAX_INPUT_BYTES without reading
 * it all. */
static int read_stream(FILE *f, unsigned char **out, size_t *size,
                       xg_error *err)
{
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = XG_OK;

    *out = NULL;
    *size = 0;
    for (;;) {
        size_t n;

        if (len == cap) {
            unsigned char *p;

            if (cap > XG_MAX_INPUT_BYTES) {
                rc = xg_error_set(err, XG_ERR_LIMIT, "file larger than %u bytes",
                                  XG_MAX_INPUT_BYTES);
                goto done;
            }
            cap = cap ? cap * 2 : 65536;
            p = realloc(buf, cap + 1);
            if (p == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            buf = p;
        }
        n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) {
            if (ferror(f)) {
                rc = xg_error_set(err, XG_ERR_IO, "read error: %s", strerror(errno));
                goto done;
            }
            break;
        }
    }
    if (len > XG_MAX_INPUT_BYTES) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "file larger than %u bytes",
                          XG_MAX_INPUT_BYTES);
        goto done;
    }
    *out = buf;
    *size = len;
    buf = NULL;
done:
    free(buf);
    return rc;
}

xg_report *xg_convert_stream(FILE *stream, const char *name, xg_error *err)
{
    return xg_convert_stream_opts(stream, name, NULL, err);
}

xg_report *xg_convert_stream_opts(FILE *stream, const char *name,
                                  const xg_options *opts, xg_error *err)
{
    unsigned char *data;
    size_t size;
    xg_report *report;

    if (read_stream(stream, &data, &size, err) != XG_OK)
        return NULL;
    report = xg_convert_bytes_opts(data, size, name, opts, err);
    free(data);
    return report;
}

xg_report *xg_convert_file(const char *path, xg_error *err)
{
    return xg_convert_file_opts(path, NULL, err);
}

xg_report *xg_convert_file_opts(const char *path, const xg_options *opts,
                                xg_error *err)
{
    xg_report *report;
    struct stat st;
    FILE *f;

    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        xg_error_set(err, XG_ERR_IO, "is a directory");
        return NULL;
    }
    f = fopen(path, "rb");
    if (f == NULL) {
        xg_error_set(err, XG_ERR_IO, "cannot open: %s", strerror(errno));
        return NULL;
    }
    report = xg_convert_stream_opts(f, path, opts, err);
    fclose(f);
    return report;
}
