/*
 * The CSV writer: the long form, one line per canonical value, header
 * table,row,col,value; RFC 4180 (CRLF line ends, quoting where needed),
 * UTF-8, an empty field for null.  Keys and numbers never need quoting;
 * the quoting is here for the day a field might.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "report.h"

static int put_field(xg_buf *b, const char *s)
{
    int rc = 0;

    if (strpbrk(s, ",\"\r\n") == NULL)
        return xg_buf_puts(b, s);
    rc |= xg_buf_putc(b, '"');
    for (; *s; s++)
        rc |= *s == '"' ? xg_buf_puts(b, "\"\"") : xg_buf_putc(b, *s);
    return rc | xg_buf_putc(b, '"');
}

int xg_write_csv(const xg_report *r, FILE *out, xg_error *err)
{
    xg_buf b = {0};
    int rc = 0, t;

    rc |= xg_buf_puts(&b, "table,row,col,value\r\n");
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        const xg_table_def *def = &xg_schema[t];
        xg_key keys[XG_MAX_TABLE_KEYS];
        int n = xg_schema_keys(t, r->table_layout[t], keys, XG_MAX_TABLE_KEYS), i;

        for (i = 0; i < n && i < XG_MAX_TABLE_KEYS; i++) {
            const xg_cellval *v = xg_report_value_c(r, t, keys[i].row, keys[i].col);

            rc |= put_field(&b, def->key);
            rc |= xg_buf_putc(&b, ',');
            rc |= put_field(&b, def->rows[keys[i].row].key);
            rc |= xg_buf_putc(&b, ',');
            rc |= put_field(&b, def->cols[keys[i].col].key);
            rc |= xg_buf_putc(&b, ',');
            if (v->kind == XG_VALUE_NUMBER)
                rc |= put_field(&b, v->number);
            rc |= xg_buf_puts(&b, "\r\n");
        }
    }
    if (rc != 0) {
        xg_buf_free(&b);
        return xg_error_nomem(err);
    }
    if (fwrite(b.data, 1, b.len, out) != b.len)
        rc = xg_error_set(err, XG_ERR_IO, "write error");
    xg_buf_free(&b);
    return rc;
}
