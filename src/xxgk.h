/*
 * xxgk: Chinese government information-disclosure annual reports
 * (政府信息公开工作年度报告) as structured data.
 *
 * Ownership rule, for every function in this project: a function whose
 * name ends in _new, or that returns a pointer documented "owned", gives
 * the caller that object, to be released with the matching _free; every
 * _free accepts NULL.  Any other pointer returned is borrowed from the
 * object it came from and lives as long as that object.  Strings passed
 * in are copied; the caller keeps its own.
 *
 * Errors: functions that can fail return an int status (XG_OK, or one of
 * enum xg_status) and take an xg_error * last, filled with the same code
 * and a one-line message when they fail.  NULL may be passed for it.
 * Library code never prints and never exits.
 */
#ifndef XXGK_H
#define XXGK_H

#include <stddef.h>
#include <stdio.h>

#define XG_VERSION_STRING "0.1.0"

/* The project's single status code.  Values are stable: the CLI maps them
 * to exit statuses in one place (src/main.c). */
enum xg_status {
    XG_OK = 0,
    XG_ERR_NOMEM,        /* an allocation failed */
    XG_ERR_IO,           /* the file could not be read or written */
    XG_ERR_FORMAT,       /* not a format xxgk reads */
    XG_ERR_CORRUPT,      /* the file claims a format but is malformed */
    XG_ERR_LIMIT,        /* a size, depth or count passed a documented bound */
    XG_ERR_NO_TEXT,      /* a PDF without a text layer (a scan) */
    XG_ERR_ENCRYPTED,    /* a PDF or Word file that needs a password */
    XG_ERR_NO_REPORT,    /* the document holds none of the report's tables */
    XG_ERR_UNSUPPORTED,  /* a recognised format this build cannot read */
    XG_ERR_USAGE         /* a caller error: bad argument */
};

typedef struct xg_error {
    int code;              /* enum xg_status */
    char message[512];     /* one line, no trailing newline */
} xg_error;

/* A short description of a status code ("out of memory", ...). */
const char *xg_strerror(int code);

/* Bounds applied to untrusted input; documented in man/xxgk.1. */
#define XG_MAX_INPUT_BYTES   (64u * 1024u * 1024u)  /* whole input file */
#define XG_MAX_ZIP_ENTRY     (64u * 1024u * 1024u)  /* one inflated zip entry */
#define XG_MAX_ZIP_ENTRIES   20000                  /* entries in one archive */
#define XG_MAX_NESTING       32                     /* nested tables, XML depth is libxml2's 256 */
#define XG_MAX_PAGES         500                    /* PDF pages read */
#define XG_MAX_PAGE_CHARS    100000                 /* characters on one PDF page */
#define XG_MAX_PAGE_WORDS    5000                   /* runs of characters set apart, one PDF page */
#define XG_MAX_PDF_CHARS     1000000                /* characters in one PDF */
#define XG_MAX_PAGE_RULES    20000                  /* rule pieces one PDF page draws */
#define XG_MAX_PDF_CONTENT   (32u * 1024u * 1024u)  /* page content (decompressed) in one PDF */
#define XG_MAX_PDF_SECONDS   8                      /* CPU seconds reading one PDF */
#define XG_MAX_TABLE_CELLS   200000                 /* cells in one table */
#define XG_MAX_DOC_CELLS     1000000                /* table cells in one document */
#define XG_MAX_GRID_COLS     1000                   /* grid columns in one table */
#define XG_MAX_GRID_AREA     (4L * 1024 * 1024)     /* rows x columns of one table */
#define XG_MAX_DOC_CHARS     (16L * 1024 * 1024)    /* characters of a Word .doc's text */
#define XG_MAX_BLOCKS        100000                 /* paragraphs and tables in one document */
#define XG_MAX_HTML_NODES    1000000                /* elements and text nodes of one page */
#define XG_MAX_HTML_ATTRS    200                    /* attributes of one HTML element */
#define XG_MAX_TEXT_LINES    2000000                /* lines of one text file */
/* OCR of scanned pages (a build with OCR) */
#define XG_OCR_DPI           300                    /* resolution pages are read at */
#define XG_OCR_MAX_SIDE      5000                   /* pixels: larger pages are read coarser */
#define XG_OCR_MAX_PAGES     40                     /* pages (or pages with pictures) read by OCR */
#define XG_OCR_PAGE_SECONDS  30                     /* CPU seconds of OCR on one page */
#define XG_OCR_FILE_SECONDS  100                    /* ... on one file */

/* Input formats, as sniffed from content. */
enum xg_format {
    XG_FORMAT_UNKNOWN = 0,
    XG_FORMAT_DOCX,
    XG_FORMAT_PDF,
    XG_FORMAT_HTML,
    XG_FORMAT_TEXT,
    XG_FORMAT_DOC          /* Word 97-2003 binary, .doc or .wps */
};
const char *xg_format_name(int format);   /* "docx", "pdf", ... */

typedef struct xg_report xg_report;

/* Options of a conversion; xg_options_init sets the defaults. */
typedef struct xg_options {
    /* A value read by OCR with a lower confidence (0..100) is null, with
     * a warning naming the cell and what was read. */
    double ocr_min_confidence;
} xg_options;

#define XG_OCR_MIN_CONFIDENCE 80.0

void xg_options_init(xg_options *opts);

/* Convert the file at PATH into a canonical report (owned).  On failure
 * returns NULL and fills ERR; the message does not repeat the path.
 * OPTS may be NULL (the defaults). */
xg_report *xg_convert_file(const char *path, xg_error *err);
xg_report *xg_convert_file_opts(const char *path, const xg_options *opts,
                                xg_error *err);

/* The same for a stream read to its end (standard input, a pipe); NAME is
 * what the report calls its source. */
xg_report *xg_convert_stream(FILE *stream, const char *name, xg_error *err);
xg_report *xg_convert_stream_opts(FILE *stream, const char *name,
                                  const xg_options *opts, xg_error *err);

/* The same for bytes already in memory; NAME is used in provenance only. */
xg_report *xg_convert_bytes(const unsigned char *data, size_t size,
                            const char *name, xg_error *err);
xg_report *xg_convert_bytes_opts(const unsigned char *data, size_t size,
                                 const char *name, const xg_options *opts,
                                 xg_error *err);

/* Was this build made with OCR of scanned PDFs (1) or without (0)? */
int xg_have_ocr(void);

void xg_report_free(xg_report *report);

/* Summary figures for one-line reports (batch mode, README command). */
typedef struct xg_summary {
    int format;            /* enum xg_format */
    const char *layout;    /* "2021", "2019", or "mixed" (tables differ) */
    int values_found;      /* canonical cells read from the source */
    int values_expected;   /* canonical cells of its tables' layouts */
    int checks_total;
    int checks_failed;
    int warnings;
} xg_summary;
void xg_report_summary(const xg_report *report, xg_summary *out);

/* Writers.  Both write the whole document to OUT and return XG_OK or
 * XG_ERR_IO. */
int xg_write_json(const xg_report *report, FILE *out, xg_error *err);
int xg_write_csv(const xg_report *report, FILE *out, xg_error *err);

#endif
