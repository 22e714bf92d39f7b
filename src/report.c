#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

xg_report *xg_report_new(const char *source, int format)
{
    xg_report *r = calloc(1, sizeof *r);
    int t;

    if (r == NULL)
        return NULL;
    r->format = format;
    r->layout = XG_LAYOUT_2021;
    for (t = 0; t < XG_TABLE_COUNT; t++)
        r->table_layout[t] = XG_LAYOUT_2021;
    r->ocr_min_confidence = XG_OCR_MIN_CONFIDENCE;
    r->source = strdup(source ? source : "");
    if (r->source == NULL)
        goto fail;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        size_t n = (size_t)xg_schema[t].nrows * (size_t)xg_schema[t].ncols;
        size_t i;

        r->values[t] = calloc(n, sizeof(xg_cellval));
        if (r->values[t] == NULL)
            goto fail;
        for (i = 0; i < n; i++) {
            r->values[t][i].src_table = -1;
            r->values[t][i].src_row = -1;
            r->values[t][i].src_col = -1;
        }
    }
    return r;
fail:
    xg_report_free(r);
    return NULL;
}

void xg_report_free(xg_report *r)
{
    size_t i;
    int t;

    if (r == NULL)
        return;
    free(r->source);
    free(r->title);
    free(r->organisation);
    free(r->publication_date);
    free(r->index_number);
    free(r->document_number);
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        if (r->values[t]) {
            size_t n = (size_t)xg_schema[t].nrows * (size_t)xg_schema[t].ncols;

            for (i = 0; i < n; i++)
                free(r->values[t][i].raw);
        }
        free(r->values[t]);
    }
    for (t = 0; t < XG_PART_COUNT; t++) {
        free(r->sections[t].heading);
        free(r->sections[t].text);
    }
    for (i = 0; i < r->nchecks; i++) {
        free(r->checks[i].cells);
        free(r->checks[i].missing);
    }
    free(r->checks);
    for (i = 0; i < r->nwarnings; i++)
        free(r->warnings[i]);
    free(r->warnings);
    free(r);
}

xg_cellval *xg_report_value(xg_report *r, int table, int row, int col)
{
    return &r->values[table][row * xg_schema[table].ncols + col];
}

const xg_cellval *xg_report_value_c(const xg_report *r, int table, int row,
                                    int col)
{
    return &r->values[table][row * xg_schema[table].ncols + col];
}

int xg_report_warn(xg_report *r, const char *fmt, ...)
{
    xg_buf text = {0};
    char **w;
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = xg_buf_vprintf(&text, fmt, ap);
    va_end(ap);
    w = rc == 0 ? realloc(r->warnings, (r->nwarnings + 1) * sizeof *w) : NULL;
    if (w == NULL) {
        xg_buf_free(&text);
        return -1;
    }
    r->warnings = w;
    w[r->nwarnings] = xg_buf_steal(&text);
    if (w[r->nwarnings] == NULL)
        return -1;
    r->nwarnings++;
    return 0;
}

void xg_report_summary(const xg_report *r, xg_summary *out)
{
    int t;
    size_t i;

    memset(out, 0, sizeof *out);
    out->format = r->format;
    out->layout = xg_layout_name(r->layout);
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        xg_key keys[XG_MAX_TABLE_KEYS];
        int n = xg_schema_keys(t, r->table_layout[t], keys, XG_MAX_TABLE_KEYS), k;

        out->values_expected += n;
        for (k = 0; k < n && k < XG_MAX_TABLE_KEYS; k++) {
            const xg_cellval *v = xg_report_value_c(r, t, keys[k].row, keys[k].col);

            if (v->found && v->kind != XG_VALUE_TEXT)
                out->values_found++;
        }
    }
    out->checks_total = (int)r->nchecks;
    for (i = 0; i < r->nchecks; i++)
        if (r->checks[i].status == XG_CHECK_FAIL)
            out->checks_failed++;
    out->warnings = (int)r->nwarnings;
}
