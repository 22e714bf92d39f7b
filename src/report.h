/*
 * The canonical report: what the layout stage builds from a document and
 * the writers print.  Internal to the library; the public handle is
 * xg_report from xxgk.h.
 */
#ifndef XG_REPORT_H
#define XG_REPORT_H

#include "model.h"
#include "norm.h"
#include "schema.h"
#include "xxgk.h"

/* One canonical value and where it came from. */
typedef struct xg_cellval {
    int found;              /* a source cell was read for it */
    xg_value_kind kind;     /* EMPTY / NUMBER / DASH / TEXT (unreadable) */
    char number[64];        /* canonical number text (kind NUMBER) */
    double value;           /* the number (kind NUMBER) */
    char *raw;              /* the source cell's text, owned; NULL if !found */
    int src_table;          /* source table index, grid row and column */
    int src_row, src_col;
    xg_geom geom;
    const char *mode;       /* how its column was found: "header", "position" */
    int ocr;                /* read by OCR from a scan ... */
    double ocr_confidence;  /* ... with this confidence, 0..100 */
} xg_cellval;

typedef struct xg_section {
    char *heading;          /* as printed; NULL when not found */
    char *text;             /* paragraphs joined by '\n'; NULL when not found */
    int ocr;                /* some of it read by OCR */
} xg_section;

typedef enum xg_check_status {
    XG_CHECK_PASS,
    XG_CHECK_FAIL,
    XG_CHECK_SKIPPED        /* a value it needs is null */
} xg_check_status;

typedef struct xg_check {
    int rule;               /* index in xg_rules */
    int table;
    int row, col;           /* the row (ROW_TOTAL) or column (BALANCE) checked */
    xg_check_status status;
    double expected, found;
    char *cells;            /* "table/row/col" keys involved, space-separated */
    char *missing;          /* the null cells, space-separated, or NULL */
    int ocr;                /* some of its values were read by OCR */
} xg_check;

struct xg_report {
    char *source;           /* file name as given */
    int format;             /* enum xg_format */
    int layout;             /* XG_LAYOUT_2021, _2019, or _MIXED */
    int table_layout[XG_TABLE_COUNT];   /* each table's: 2021 or 2019 */
    char *title, *organisation, *publication_date;
    char *index_number, *document_number;
    int year;               /* 0 when unknown */
    int ocr;                /* some of the source was read by OCR */
    double ocr_min_confidence;  /* xg_options */
    xg_cellval *values[XG_TABLE_COUNT];    /* [row * ncols + col] */
    int table_found[XG_TABLE_COUNT];
    xg_section sections[XG_PART_COUNT];
    xg_check *checks;
    size_t nchecks;
    char **warnings;
    size_t nwarnings;
};

xg_report *xg_report_new(const char *source, int format);
xg_cellval *xg_report_value(xg_report *report, int table, int row, int col);
const xg_cellval *xg_report_value_c(const xg_report *report, int table,
                                    int row, int col);

/* Add a warning (formatted, one line); returns 0 or -1 on no memory. */
int xg_report_warn(xg_report *report, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Stages run by xg_convert_*, in this order. */
int xg_layout_tables(const xg_doc *doc, xg_report *report, xg_error *err);
int xg_layout_meta(const xg_doc *doc, xg_report *report, xg_error *err);
int xg_run_checks(xg_report *report, xg_error *err);

#endif
