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
    int rc = 0, t, row, col;

    rc |= xg_buf_puts(&b, "table,row,col,value\r\n");
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        const xg_table_def *def = &xg_schema[t];

        for (row = 0; row < def->nrows; row++) {
            if (!xg_schema_row_in_layout(t, row, r->layout) &&
                def->rows[row].layout == XG_LAYOUT_2019)
                continue;
            for (col = 0; col < def->ncols; col++) {
                const xg_cellval *v = xg_report_value_c(r, t, row, col);

                if (!xg_schema_row_has_col(t, row, col))
                    continue;
                rc |= put_field(&b, def->key);
                rc |= xg_buf_putc(&b, ',');
                rc |= put_field(&b, def->rows[row].key);
                rc |= xg_buf_putc(&b, ',');
                rc |= put_field(&b, def->cols[col].key);
                rc |= xg_buf_putc(&b, ',');
                if (v->kind == XG_VALUE_NUMBER)
                    rc |= put_field(&b, v->number);
                rc |= xg_buf_puts(&b, "\r\n");
            }
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
