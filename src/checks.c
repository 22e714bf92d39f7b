/*
 * The consistency rules (勾稽关系) of schema.c, evaluated on the canonical
 * values.  A broken rule is reported with what it expected and what it
 * found; no value is ever changed.  A rule over a null cell is skipped
 * and names the null cells: an empty cell is not a zero.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "report.h"

typedef struct sum {
    double total;
    xg_buf cells;
    xg_buf missing;
    int bad;            /* allocation failure */
    int ocr;            /* a value read by OCR */
} sum;

static void add_cell(const xg_report *r, sum *s, int table, int row, int col)
{
    const xg_cellval *v = xg_report_value_c(r, table, row, col);
    const xg_table_def *def = &xg_schema[table];

    if (xg_buf_printf(&s->cells, "%s%s/%s/%s", s->cells.len ? " " : "", def->key,
                      def->rows[row].key, def->cols[col].key) != 0)
        s->bad = 1;
    s->ocr |= v->ocr;
    if (v->kind == XG_VALUE_NUMBER) {
        s->total += v->value;
    } else if (xg_buf_printf(&s->missing, "%s%s/%s/%s", s->missing.len ? " " : "",
                             def->key, def->rows[row].key, def->cols[col].key) != 0) {
        s->bad = 1;
    }
}

static void add_rows(const xg_report *r, sum *s, int table, const char *const *rows,
                     int col)
{
    int i;

    for (i = 0; rows[i]; i++) {
        int row = xg_schema_row_in(table, rows[i], r->table_layout[table]);

        if (row >= 0)
            add_cell(r, s, table, row, col);
    }
}

static int push_check(xg_report *r, int rule, int table, int row, int col,
                      sum *expected, sum *found, xg_error *err)
{
    xg_check *c, *checks;
    int rc = XG_OK;

    if (expected->bad || found->bad) {
        rc = xg_error_nomem(err);
        goto done;
    }
    checks = realloc(r->checks, (r->nchecks + 1) * sizeof *checks);
    if (checks == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    r->checks = checks;
    c = &checks[r->nchecks];
    memset(c, 0, sizeof *c);
    c->rule = rule;
    c->table = table;
    c->row = row;
    c->col = col;
    c->expected = expected->total;
    c->found = found->total;
    c->ocr = expected->ocr || found->ocr;
    if (expected->missing.len || found->missing.len) {
        c->status = XG_CHECK_SKIPPED;
        if (xg_buf_printf(&expected->missing, "%s%s", expected->missing.len && found->missing.len ? " " : "",
                          xg_buf_str(&found->missing)) != 0) {
            rc = xg_error_nomem(err);
            goto done;
        }
        c->missing = xg_buf_steal(&expected->missing);
    } else {
        c->status = fabs(c->expected - c->found) < 1e-9 ? XG_CHECK_PASS : XG_CHECK_FAIL;
    }
    if (xg_buf_printf(&expected->cells, " %s", xg_buf_str(&found->cells)) != 0) {
        free(c->missing);
        rc = xg_error_nomem(err);
        goto done;
    }
    c->cells = xg_buf_steal(&expected->cells);
    if (c->cells == NULL || (c->status == XG_CHECK_SKIPPED && c->missing == NULL)) {
        free(c->cells);
        free(c->missing);
        rc = xg_error_nomem(err);
        goto done;
    }
    r->nchecks++;
    /* a broken rule among values read from a scan: the scan is where to
     * look, before the report's own arithmetic */
    if (c->status == XG_CHECK_FAIL && c->ocr &&
        xg_report_warn(r, "%s (%s/%s): fails among values read by OCR: compare them with the scan",
                       xg_rules[rule].key, xg_schema[table].key,
                       row >= 0 ? xg_schema[table].rows[row].key : xg_schema[table].cols[col].key) != 0)
        rc = xg_error_nomem(err);
done:
    xg_buf_free(&expected->cells);
    xg_buf_free(&expected->missing);
    xg_buf_free(&found->cells);
    xg_buf_free(&found->missing);
    return rc;
}

int xg_run_checks(xg_report *r, xg_error *err)
{
    int i, rc;

    for (i = 0; i < xg_rule_count; i++) {
        const xg_rule_def *rule = &xg_rules[i];
        const xg_table_def *def = &xg_schema[rule->table];
        int row, col;

        if (!r->table_found[rule->table])
            continue;
        if (rule->kind == XG_RULE_COLUMN_BALANCE) {
            for (col = 0; col < def->ncols; col++) {
                sum left = {0}, right = {0};

                add_rows(r, &left, rule->table, rule->left, col);
                add_rows(r, &right, rule->table, rule->right, col);
                rc = push_check(r, i, rule->table, -1, col, &left, &right, err);
                if (rc != XG_OK)
                    return rc;
            }
        } else {
            int target = xg_schema_col(rule->table, rule->target);

            for (row = 0; row < def->nrows; row++) {
                sum parts = {0}, total = {0};

                if (!xg_schema_row_in_layout(rule->table, row, r->table_layout[rule->table]))
                    continue;
                for (col = 0; col < def->ncols; col++)
                    if (col != target)
                        add_cell(r, &parts, rule->table, row, col);
                add_cell(r, &total, rule->table, row, target);
                rc = push_check(r, i, rule->table, row, -1, &parts, &total, err);
                if (rc != XG_OK)
                    return rc;
            }
        }
    }
    return XG_OK;
}
