/* The consistency rules: pass, fail with expected and found, skipped over
 * null cells; the 2019 layout sums other_processing. */
#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "report.h"

static void set(xg_report *r, int table, const char *row, const char *col, double v)
{
    xg_cellval *c = xg_report_value(r, table, xg_schema_row(table, row), xg_schema_col(table, col));

    c->found = 1;
    c->kind = XG_VALUE_NUMBER;
    c->value = v;
    snprintf(c->number, sizeof c->number, "%g", v);
}

/* Every requests cell 0, so every rule holds. */
static xg_report *zero_report(int layout)
{
    xg_report *r = xg_report_new("t", XG_FORMAT_DOCX);
    int row, col;

    r->layout = layout;
    r->table_layout[XG_TABLE_REQUESTS] = layout;
    r->table_found[XG_TABLE_REQUESTS] = 1;
    for (row = 0; row < xg_schema[XG_TABLE_REQUESTS].nrows; row++)
        for (col = 0; col < xg_schema[XG_TABLE_REQUESTS].ncols; col++)
            if (xg_schema_row_in_layout(XG_TABLE_REQUESTS, row, layout))
                set(r, XG_TABLE_REQUESTS, xg_schema[XG_TABLE_REQUESTS].rows[row].key,
                    xg_schema[XG_TABLE_REQUESTS].cols[col].key, 0);
    return r;
}

static const xg_check *find(const xg_report *r, const char *rule, int row, int col)
{
    size_t i;

    for (i = 0; i < r->nchecks; i++)
        if (strcmp(xg_rules[r->checks[i].rule].key, rule) == 0 &&
            r->checks[i].row == row && r->checks[i].col == col)
            return &r->checks[i];
    fail_msg("no check %s %d %d", rule, row, col);
    return NULL;
}

static void test_all_pass(void **state)
{
    xg_report *r = zero_report(XG_LAYOUT_2021);
    size_t i;

    (void)state;
    assert_int_equal(xg_run_checks(r, NULL), XG_OK);
    /* 7 balance + 7 results total + 25 row totals; appeals not found */
    assert_int_equal(r->nchecks, 7 + 7 + 25);
    for (i = 0; i < r->nchecks; i++)
        assert_int_equal(r->checks[i].status, XG_CHECK_PASS);
    xg_report_free(r);
}

static void test_broken(void **state)
{
    xg_report *r = zero_report(XG_LAYOUT_2021);
    const xg_check *c;
    int total = xg_schema_col(XG_TABLE_REQUESTS, "total");
    int nat = xg_schema_col(XG_TABLE_REQUESTS, "natural_person");

    (void)state;
    set(r, XG_TABLE_REQUESTS, "new_received", "natural_person", 21);
    set(r, XG_TABLE_REQUESTS, "new_received", "total", 21);
    set(r, XG_TABLE_REQUESTS, "granted", "natural_person", 20);
    set(r, XG_TABLE_REQUESTS, "granted", "total", 20);
    set(r, XG_TABLE_REQUESTS, "results_total", "natural_person", 20);
    set(r, XG_TABLE_REQUESTS, "results_total", "total", 20);
    assert_int_equal(xg_run_checks(r, NULL), XG_OK);
    c = find(r, "requests_balance", -1, nat);
    assert_int_equal(c->status, XG_CHECK_FAIL);
    assert_true(c->expected == 21.0 && c->found == 20.0);
    assert_string_equal(c->cells, "requests/new_received/natural_person requests/carried_over/natural_person "
                        "requests/results_total/natural_person requests/carried_forward/natural_person");
    c = find(r, "requests_results_total", -1, total);
    assert_int_equal(c->status, XG_CHECK_PASS);
    c = find(r, "requests_row_total", xg_schema_row(XG_TABLE_REQUESTS, "new_received"), -1);
    assert_int_equal(c->status, XG_CHECK_PASS);
    xg_report_free(r);
}

static void test_null_skips(void **state)
{
    xg_report *r = zero_report(XG_LAYOUT_2021);
    xg_cellval *v = xg_report_value(r, XG_TABLE_REQUESTS, xg_schema_row(XG_TABLE_REQUESTS, "denied_query"),
                                    xg_schema_col(XG_TABLE_REQUESTS, "research"));
    const xg_check *c;

    (void)state;
    v->kind = XG_VALUE_DASH;
    assert_int_equal(xg_run_checks(r, NULL), XG_OK);
    c = find(r, "requests_row_total", xg_schema_row(XG_TABLE_REQUESTS, "denied_query"), -1);
    assert_int_equal(c->status, XG_CHECK_SKIPPED);
    assert_string_equal(c->missing, "requests/denied_query/research");
    c = find(r, "requests_results_total", -1, xg_schema_col(XG_TABLE_REQUESTS, "research"));
    assert_int_equal(c->status, XG_CHECK_SKIPPED);
    xg_report_free(r);
}

static void test_layout_2019(void **state)
{
    xg_report *r = zero_report(XG_LAYOUT_2019);
    const xg_check *c;
    int total = xg_schema_col(XG_TABLE_REQUESTS, "total");

    (void)state;
    set(r, XG_TABLE_REQUESTS, "other_processing", "total", 3);
    set(r, XG_TABLE_REQUESTS, "results_total", "total", 3);
    assert_int_equal(xg_run_checks(r, NULL), XG_OK);
    /* the 2021 other_* rows are not in this layout: not null, not checked */
    c = find(r, "requests_results_total", -1, total);
    assert_int_equal(c->status, XG_CHECK_PASS);
    assert_true(c->expected == 3.0);
    assert_non_null(strstr(c->cells, "requests/other_processing/total"));
    assert_null(strstr(c->cells, "other_other"));
    assert_int_equal(r->nchecks, 7 + 7 + 23);
    xg_report_free(r);
}

static void test_appeals(void **state)
{
    xg_report *r = xg_report_new("t", XG_FORMAT_DOCX);
    const xg_check *c;

    (void)state;
    r->table_found[XG_TABLE_APPEALS] = 1;
    set(r, XG_TABLE_APPEALS, "review", "upheld", 10);
    set(r, XG_TABLE_APPEALS, "review", "corrected", 1);
    set(r, XG_TABLE_APPEALS, "review", "other", 0);
    set(r, XG_TABLE_APPEALS, "review", "pending", 0);
    set(r, XG_TABLE_APPEALS, "review", "total", 0);
    assert_int_equal(xg_run_checks(r, NULL), XG_OK);
    assert_int_equal(r->nchecks, 3);
    c = find(r, "appeals_row_total", 0, -1);
    assert_int_equal(c->status, XG_CHECK_FAIL);
    assert_true(c->expected == 11.0 && c->found == 0.0);
    c = find(r, "appeals_row_total", 1, -1);
    assert_int_equal(c->status, XG_CHECK_SKIPPED);
    xg_report_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_pass),
        cmocka_unit_test(test_broken),
        cmocka_unit_test(test_null_skips),
        cmocka_unit_test(test_layout_2019),
        cmocka_unit_test(test_appeals),
    };
    XG_RUN_TESTS(tests);
}
