/*
 * The JSON writer.  Key order is fixed and the layout stable, so outputs
 * compare byte for byte (the corpus tests rely on it).  Every string is
 * escaped as JSON requires; invalid UTF-8 becomes U+FFFD.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "report.h"

static int put_string(xg_buf *b, const char *s)
{
    size_t len, i = 0, adv;
    int rc = 0;

    if (s == NULL)
        return xg_buf_puts(b, "null");
    len = strlen(s);
    rc |= xg_buf_putc(b, '"');
    while (i < len) {
        unsigned cp = xg_utf8_decode(s + i, len - i, &adv);

        i += adv;
        switch (cp) {
        case '"': rc |= xg_buf_puts(b, "\\\""); break;
        case '\\': rc |= xg_buf_puts(b, "\\\\"); break;
        case '\n': rc |= xg_buf_puts(b, "\\n"); break;
        case '\r': rc |= xg_buf_puts(b, "\\r"); break;
        case '\t': rc |= xg_buf_puts(b, "\\t"); break;
        default:
            if (cp < 0x20 || cp == 0x2028 || cp == 0x2029)
                rc |= xg_buf_printf(b, "\\u%04x", cp);
            else
                rc |= xg_buf_put_cp(b, cp);
        }
    }
    rc |= xg_buf_putc(b, '"');
    return rc;
}

static int put_number(xg_buf *b, double v)
{
    return xg_buf_printf(b, "%.15g", v);
}

/* "a b c" as ["a", "b", "c"]. */
static int put_list(xg_buf *b, const char *words)
{
    int rc = xg_buf_putc(b, '['), first = 1;
    const char *p = words;

    while (p && *p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);

        rc |= xg_buf_printf(b, "%s\"%.*s\"", first ? "" : ", ", (int)n, p);
        first = 0;
        p = sp ? sp + 1 : NULL;
    }
    return rc | xg_buf_putc(b, ']');
}

static int put_value(xg_buf *b, const xg_cellval *v)
{
    if (v->kind == XG_VALUE_NUMBER)
        return xg_buf_puts(b, v->number);
    return xg_buf_puts(b, "null");
}

static int put_source(xg_buf *b, const xg_cellval *v)
{
    int rc = 0;

    if (!v->found)
        return xg_buf_puts(b, "null");
    rc |= xg_buf_printf(b, "{\"table\": %d, \"row\": %d, \"col\": %d, ",
                        v->src_table + 1, v->src_row + 1, v->src_col + 1);
    if (v->geom.page > 0)
        rc |= xg_buf_printf(b, "\"page\": %d, \"bbox\": [%.1f, %.1f, %.1f, %.1f], ",
                            v->geom.page, v->geom.x0, v->geom.y0, v->geom.x1, v->geom.y1);
    rc |= xg_buf_printf(b, "\"by\": \"%s\", \"raw\": ", v->mode ? v->mode : "header");
    rc |= put_string(b, v->raw);
    if (v->ocr)
        rc |= xg_buf_printf(b, ", \"ocr\": true, \"confidence\": %.1f", v->ocr_confidence);
    if (v->kind == XG_VALUE_TEXT)
        rc |= xg_buf_puts(b, ", \"unreadable\": true");
    return rc | xg_buf_putc(b, '}');
}

/* Every key of each table's layout (xg_schema_keys), grouped by row. */
static int put_tables(xg_buf *b, const xg_report *r, int sources)
{
    int rc = 0, t, i;

    rc |= xg_buf_printf(b, "  \"%s\": {\n", sources ? "sources" : "tables");
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        const xg_table_def *def = &xg_schema[t];
        xg_key keys[XG_MAX_TABLE_KEYS];
        int n = xg_schema_keys(t, r->table_layout[t], keys, XG_MAX_TABLE_KEYS);

        rc |= xg_buf_printf(b, "    \"%s\": {", def->key);
        for (i = 0; i < n && i < XG_MAX_TABLE_KEYS; i++) {
            const xg_cellval *v = xg_report_value_c(r, t, keys[i].row, keys[i].col);
            int first_col = i == 0 || keys[i - 1].row != keys[i].row;

            if (first_col)
                rc |= xg_buf_printf(b, "%s\n      \"%s\": {", i ? "," : "",
                                    def->rows[keys[i].row].key);
            if (sources)
                rc |= xg_buf_printf(b, "%s\n        \"%s\": ", first_col ? "" : ",",
                                    def->cols[keys[i].col].key);
            else
                rc |= xg_buf_printf(b, "%s\"%s\": ", first_col ? "" : ", ",
                                    def->cols[keys[i].col].key);
            rc |= sources ? put_source(b, v) : put_value(b, v);
            if (i + 1 == n || keys[i + 1].row != keys[i].row)
                rc |= xg_buf_puts(b, sources ? "\n      }" : "}");
        }
        rc |= xg_buf_printf(b, "\n    }%s\n", t + 1 < XG_TABLE_COUNT ? "," : "");
    }
    return rc | xg_buf_puts(b, "  },\n");
}

static int put_report(xg_buf *b, const xg_report *r)
{
    int rc = 0;
    size_t i;
    int k;

    rc |= xg_buf_puts(b, "{\n  \"xxgk\": \"" XG_VERSION_STRING "\",\n");
    rc |= xg_buf_puts(b, "  \"source\": {\"file\": ");
    {
        const char *base = strrchr(r->source, '/');

        rc |= put_string(b, base ? base + 1 : r->source);
    }
    rc |= xg_buf_printf(b, ", \"format\": \"%s\"%s},\n", xg_format_name(r->format),
                        r->ocr ? ", \"ocr\": true" : "");
    rc |= xg_buf_puts(b, "  \"report\": {\n    \"organisation\": ");
    rc |= put_string(b, r->organisation);
    rc |= xg_buf_puts(b, ",\n    \"year\": ");
    rc |= r->year ? xg_buf_printf(b, "%d", r->year) : xg_buf_puts(b, "null");
    rc |= xg_buf_puts(b, ",\n    \"title\": ");
    rc |= put_string(b, r->title);
    rc |= xg_buf_puts(b, ",\n    \"publication_date\": ");
    rc |= put_string(b, r->publication_date);
    rc |= xg_buf_puts(b, ",\n    \"index_number\": ");
    rc |= put_string(b, r->index_number);
    rc |= xg_buf_puts(b, ",\n    \"document_number\": ");
    rc |= put_string(b, r->document_number);
    rc |= xg_buf_printf(b, ",\n    \"layout\": \"%s\",\n    \"table_layouts\": {",
                        xg_layout_name(r->layout));
    for (k = 0; k < XG_TABLE_COUNT; k++)
        rc |= xg_buf_printf(b, "%s\"%s\": \"%s\"", k ? ", " : "", xg_schema[k].key,
                            xg_layout_name(r->table_layout[k]));
    rc |= xg_buf_puts(b, "},\n    \"tables_found\": [");
    {
        int first = 1;

        for (k = 0; k < XG_TABLE_COUNT; k++)
            if (r->table_found[k]) {
                rc |= xg_buf_printf(b, "%s\"%s\"", first ? "" : ", ", xg_schema[k].key);
                first = 0;
            }
    }
    rc |= xg_buf_puts(b, "]\n  },\n  \"sections\": [\n");
    for (k = 0; k < XG_PART_COUNT; k++) {
        rc |= xg_buf_printf(b, "    {\"part\": %d, \"key\": \"%s\", \"heading\": ",
                            xg_parts[k].number, xg_parts[k].key);
        rc |= put_string(b, r->sections[k].heading);
        rc |= xg_buf_puts(b, ", \"text\": ");
        rc |= put_string(b, r->sections[k].text);
        if (r->sections[k].ocr)
            rc |= xg_buf_puts(b, ", \"ocr\": true");
        rc |= xg_buf_printf(b, "}%s\n", k + 1 < XG_PART_COUNT ? "," : "");
    }
    rc |= xg_buf_puts(b, "  ],\n");
    rc |= put_tables(b, r, 0);
    rc |= put_tables(b, r, 1);
    rc |= xg_buf_puts(b, "  \"checks\": [");
    for (i = 0; i < r->nchecks; i++) {
        const xg_check *c = &r->checks[i];
        const xg_table_def *def = &xg_schema[c->table];
        static const char *const status[] = {"pass", "fail", "skipped"};

        rc |= xg_buf_printf(b, "%s\n    {\"rule\": \"%s\", \"table\": \"%s\", ",
                            i ? "," : "", xg_rules[c->rule].key, def->key);
        if (c->row >= 0)
            rc |= xg_buf_printf(b, "\"row\": \"%s\", ", def->rows[c->row].key);
        else
            rc |= xg_buf_printf(b, "\"col\": \"%s\", ", def->cols[c->col].key);
        rc |= xg_buf_printf(b, "\"status\": \"%s\", ", status[c->status]);
        if (c->status == XG_CHECK_SKIPPED) {
            rc |= xg_buf_puts(b, "\"expected\": null, \"found\": null, \"missing\": ");
            rc |= put_list(b, c->missing);
        } else {
            rc |= xg_buf_puts(b, "\"expected\": ");
            rc |= put_number(b, c->expected);
            rc |= xg_buf_puts(b, ", \"found\": ");
            rc |= put_number(b, c->found);
        }
        rc |= xg_buf_puts(b, ", \"cells\": ");
        rc |= put_list(b, c->cells);
        if (c->ocr)
            rc |= xg_buf_puts(b, ", \"ocr\": true");
        rc |= xg_buf_putc(b, '}');
    }
    rc |= xg_buf_puts(b, r->nchecks ? "\n  ],\n" : "],\n");
    rc |= xg_buf_puts(b, "  \"warnings\": [");
    for (i = 0; i < r->nwarnings; i++) {
        rc |= xg_buf_puts(b, i ? ",\n    " : "\n    ");
        rc |= put_string(b, r->warnings[i]);
    }
    rc |= xg_buf_puts(b, r->nwarnings ? "\n  ]\n}\n" : "]\n}\n");
    return rc;
}

int xg_write_json(const xg_report *r, FILE *out, xg_error *err)
{
    xg_buf b = {0};
    int rc = XG_OK;

    if (put_report(&b, r) != 0) {
        rc = xg_error_nomem(err);
        goto done;
    }
    if (fwrite(b.data, 1, b.len, out) != b.len)
        rc = xg_error_set(err, XG_ERR_IO, "write error");
done:
    xg_buf_free(&b);
    return rc;
}
