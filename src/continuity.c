/*
 * Across years (see dataset.h): the reports of one organisation for
 * consecutive years must agree where the national format links them, and
 * two reports of one organisation and year are duplicates.
 *
 * An organisation is known by its name folded (full-width forms, spaces,
 * brackets: xg_norm_label), or by the name the organisation map gives
 * that folded alias.  The findings are rebuilt whole, in one transaction,
 * whenever the reports or the map changed; their order depends on the
 * data only (organisation, year, path).
 */
#include "dataset_int.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "norm.h"
#include "schema.h"
#include "sha256.h"

/* Reports compared per organisation and year, at most: a name the
 * metadata reader got wrong the same way in thousands of files must not
 * make the comparisons quadratic. */
#define MAX_PER_YEAR 16
#define MAX_ORG_MAP_BYTES (16u * 1024 * 1024)

typedef struct org_report {
    sqlite3_int64 id;
    char *path;
    char *org;              /* the organisation's key */
    int year;
    char sha[65];           /* tables_sha256 */
    int values_found;
} org_report;

static int by_org_year_path(const void *a, const void *b)
{
    const org_report *x = a, *y = b;
    int c = strcmp(x->org, y->org);

    if (c != 0)
        return c;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    return strcmp(x->path, y->path);
}

/* The organisation's key: folded; mapped when the map names it. */
static char *org_key(xg_dataset *ds, sqlite3_stmt *map, const char *name)
{
    char *key = xg_norm_label(name), *mapped = NULL;

    if (key == NULL)
        return NULL;
    sqlite3_bind_text(map, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(map) == SQLITE_ROW)
        mapped = xg_norm_label((const char *)sqlite3_column_text(map, 0));
    sqlite3_reset(map);
    (void)ds;
    if (mapped) {
        free(key);
        return mapped;
    }
    return key;
}

typedef struct finder {
    xg_dataset *ds;
    sqlite3_stmt *value;    /* a cell's value */
    sqlite3_stmt *insert;   /* a finding */
} finder;

/* The value of one cell; 0 when null or absent. */
static int cell(finder *f, sqlite3_int64 report, const char *tbl, const char *row,
                const char *col, double *out)
{
    int ok = 0;

    sqlite3_bind_int64(f->value, 1, report);
    sqlite3_bind_text(f->value, 2, tbl, -1, SQLITE_STATIC);
    sqlite3_bind_text(f->value, 3, row, -1, SQLITE_STATIC);
    sqlite3_bind_text(f->value, 4, col, -1, SQLITE_STATIC);
    if (sqlite3_step(f->value) == SQLITE_ROW && sqlite3_column_type(f->value, 0) != SQLITE_NULL) {
        *out = sqlite3_column_double(f->value, 0);
        ok = 1;
    }
    sqlite3_reset(f->value);
    return ok;
}

static void bind_number(sqlite3_stmt *stmt, int i, double v)
{
    if (v == floor(v) && fabs(v) < 9007199254740992.0)
        sqlite3_bind_int64(stmt, i, (sqlite3_int64)v);
    else
        sqlite3_bind_double(stmt, i, v);
}

static int finding(finder *f, const char *kind, const org_report *r, const org_report *other,
                   const char *tbl, const char *row, const char *col,
                   const double *expected, const double *found, xg_error *err)
{
    sqlite3_stmt *s = f->insert;

    sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, r->org, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 3, r->year);
    sqlite3_bind_text(s, 4, r->path, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, other->path, -1, SQLITE_STATIC);
    xg_db_bind_text(s, 6, tbl);
    xg_db_bind_text(s, 7, row);
    xg_db_bind_text(s, 8, col);
    if (expected)
        bind_number(s, 9, *expected);
    else
        sqlite3_bind_null(s, 9);
    if (found)
        bind_number(s, 10, *found);
    else
        sqlite3_bind_null(s, 10);
    return xg_db_run(f->ds, s, err);
}

/* Last year's PREV against this year's CUR. */
static int compare_years(finder *f, const org_report *cur, const org_report *prev,
                         xg_error *err)
{
    static const char *const in_force_rows[] = {"regulations", "normative_documents"};
    const int t = XG_TABLE_REQUESTS;
    const xg_table_def *def = &xg_schema[t];
    int over = xg_schema_row(t, "carried_over"), forward = xg_schema_row(t, "carried_forward");
    int col, rc = XG_OK;
    size_t i;

    /* last year's carried_forward is this year's carried_over */
    for (col = 0; col < def->ncols && rc == XG_OK && over >= 0 && forward >= 0; col++) {
        double expected, found;

        if (!xg_schema_row_has_col(t, over, col))
            continue;
        if (cell(f, prev->id, def->key, "carried_forward", def->cols[col].key, &expected) &&
            cell(f, cur->id, def->key, "carried_over", def->cols[col].key, &found) &&
            expected != found)
            rc = finding(f, "carried_over", cur, prev, def->key, "carried_over",
                         def->cols[col].key, &expected, &found, err);
    }
    /* last year's in_force + this year's issued - repealed = in_force */
    for (i = 0; i < sizeof in_force_rows / sizeof in_force_rows[0] && rc == XG_OK; i++) {
        const char *tbl = xg_schema[XG_TABLE_ACTIVE].key, *row = in_force_rows[i];
        double last, issued, repealed, found, expected;

        if (cell(f, prev->id, tbl, row, "in_force", &last) &&
            cell(f, cur->id, tbl, row, "issued", &issued) &&
            cell(f, cur->id, tbl, row, "repealed", &repealed) &&
            cell(f, cur->id, tbl, row, "in_force", &found)) {
            expected = last + issued - repealed;
            if (fabs(expected - found) > 1e-9)
                rc = finding(f, "in_force", cur, prev, tbl, row, "in_force", &expected, &found, err);
        }
    }
    if (rc == XG_OK && cur->values_found > 0 && strcmp(cur->sha, prev->sha) == 0)
        rc = finding(f, "identical_tables", cur, prev, NULL, NULL, NULL, NULL, NULL, err);
    return rc;
}

/* The findings of one organisation: reports R[0..N) sorted by year. */
static int find_org(finder *f, org_report *r, size_t n, xg_error *err)
{
    size_t start = 0, prev_start = 0, prev_n = 0, i, j;
    int rc = XG_OK;

    while (start < n && rc == XG_OK) {
        size_t end = start;

        while (end < n && r[end].year == r[start].year)
            end++;
        for (i = start + 1; i < end && rc == XG_OK; i++)
            rc = finding(f, "duplicate", &r[i], &r[start], NULL, NULL, NULL, NULL, NULL, err);
        if (prev_n > 0 && r[prev_start].year == r[start].year - 1)
            for (i = start; i < end && i < start + MAX_PER_YEAR && rc == XG_OK; i++)
                for (j = prev_start; j < prev_start + prev_n && j < prev_start + MAX_PER_YEAR &&
                     rc == XG_OK; j++)
                    rc = compare_years(f, &r[i], &r[j], err);
        prev_start = start;
        prev_n = end - start;
        start = end;
    }
    return rc;
}

/* What the findings are made from: the reports and the map. */
char *xg_continuity_stamp(xg_dataset *ds)
{
    char *map = xg_db_meta_text(ds, "org_map");
    xg_buf stamp = {0};
    int rc = xg_buf_printf(&stamp, "%lld %s", xg_db_changes(ds, XG_CHANGED_REPORTS),
                           map ? map : "-");

    free(map);
    if (rc != 0) {
        xg_buf_free(&stamp);
        return NULL;
    }
    return xg_buf_steal(&stamp);
}

int xg_dataset_continuity(xg_dataset *ds, xg_error *err)
{
    char *stamp = xg_continuity_stamp(ds), *done = xg_db_meta_text(ds, "continuity");
    sqlite3_stmt *list = NULL, *map = NULL;
    finder f = {ds, NULL, NULL};
    org_report *r = NULL;
    size_t n = 0, cap = 0, i, start;
    int rc = XG_OK, step, same = stamp && done && strcmp(stamp, done) == 0;

    free(done);
    if (stamp == NULL)
        return xg_error_nomem(err);
    if (same) {
        free(stamp);
        return XG_OK;
    }
    if ((rc = xg_db_begin(ds, err)) != XG_OK)
        return rc;
    list = xg_db_prepare(ds, "SELECT id, path, organisation, year, tables_sha256, values_found"
                         " FROM reports WHERE organisation IS NOT NULL AND year IS NOT NULL", err);
    map = xg_db_prepare(ds, "SELECT name FROM org_map WHERE alias = ?1", err);
    f.value = xg_db_prepare(ds, "SELECT value FROM cells WHERE report_id = ?1 AND tbl = ?2"
                            " AND row = ?3 AND col = ?4", err);
    f.insert = xg_db_prepare(ds, "INSERT INTO continuity (kind, organisation, year, path,"
                             " other_path, tbl, row, col, expected, found)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", err);
    if (list == NULL || map == NULL || f.value == NULL || f.insert == NULL) {
        rc = XG_ERR_IO;
        goto done;
    }
    while ((step = sqlite3_step(list)) == SQLITE_ROW) {
        org_report *e;
        const char *sha = (const char *)sqlite3_column_text(list, 4);

        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 256;

            if ((e = realloc(r, ncap * sizeof *r)) == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            r = e;
            cap = ncap;
        }
        e = &r[n];
        memset(e, 0, sizeof *e);
        e->id = sqlite3_column_int64(list, 0);
        e->year = sqlite3_column_int(list, 3);
        e->values_found = sqlite3_column_int(list, 5);
        snprintf(e->sha, sizeof e->sha, "%s", sha ? sha : "");
        e->path = strdup((const char *)sqlite3_column_text(list, 1));
        e->org = org_key(ds, map, (const char *)sqlite3_column_text(list, 2));
        n++;
        if (e->path == NULL || e->org == NULL) {
            rc = xg_error_nomem(err);
            goto done;
        }
        if (e->org[0] == '\0') {   /* no name: nothing to relate */
            free(e->path);
            free(e->org);
            n--;
        }
    }
    if (step != SQLITE_DONE) {
        rc = xg_db_error(ds, step, err);
        goto done;
    }
    qsort(r, n, sizeof *r, by_org_year_path);
    if ((rc = xg_db_exec(ds, "DELETE FROM continuity", err)) != XG_OK)
        goto done;
    for (start = 0; start < n && rc == XG_OK;) {
        size_t end = start;

        while (end < n && strcmp(r[end].org, r[start].org) == 0)
            end++;
        rc = find_org(&f, r + start, end - start, err);
        start = end;
    }
    if (rc == XG_OK)
        rc = xg_db_meta_set(ds, "continuity", stamp, err);
done:
    sqlite3_finalize(list);
    sqlite3_finalize(map);
    sqlite3_finalize(f.value);
    sqlite3_finalize(f.insert);
    for (i = 0; i < n; i++) {
        free(r[i].path);
        free(r[i].org);
    }
    free(r);
    free(stamp);
    if (rc != XG_OK) {
        xg_db_rollback(ds);
        return rc;
    }
    return xg_db_commit(ds, err);
}

/* One CSV field at *P (quoted or not), up to a comma or the line's end;
 * appended to OUT.  Returns 0, or -1 for an unterminated quote. */
static int csv_field(const char **p, xg_buf *out)
{
    const char *s = *p;

    if (*s == '"') {
        for (s++;; s++) {
            if (*s == '\0' || *s == '\n')
                return -1;
            if (*s == '"') {
                if (s[1] != '"')
                    break;
                s++;
            }
            if (xg_buf_putc(out, *s) != 0)
                return -1;
        }
        s++;
    } else {
        size_t n = strcspn(s, ",\r\n");

        if (xg_buf_append(out, s, n) != 0)
            return -1;
        s += n;
    }
    *p = s;
    return 0;
}

int xg_dataset_set_org_map(xg_dataset *ds, const char *path, xg_error *err)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL, *old = NULL;
    xg_buf alias = {0}, name = {0}, digest = {0};
    sqlite3_stmt *insert = NULL;
    size_t size = 0;
    const char *p;
    xg_sha256 sha;
    char hex[65];
    long line = 0;
    int rc = XG_OK, in_txn = 0;

    if (f == NULL)
        return xg_error_set(err, XG_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    if ((text = malloc(MAX_ORG_MAP_BYTES + 1)) == NULL) {
        fclose(f);
        return xg_error_nomem(err);
    }
    size = fread(text, 1, MAX_ORG_MAP_BYTES + 1, f);
    if (ferror(f))
        rc = xg_error_set(err, XG_ERR_IO, "%s: cannot read: %s", path, strerror(errno));
    else if (size > MAX_ORG_MAP_BYTES)
        rc = xg_error_set(err, XG_ERR_LIMIT, "%s: larger than %u bytes", path, MAX_ORG_MAP_BYTES);
    fclose(f);
    if (rc != XG_OK)
        goto done;
    text[size] = '\0';
    if ((rc = xg_db_begin(ds, err)) != XG_OK)
        goto done;
    in_txn = 1;
    if ((rc = xg_db_exec(ds, "DELETE FROM org_map", err)) != XG_OK)
        goto done;
    if ((insert = xg_db_prepare(ds, "INSERT OR REPLACE INTO org_map VALUES (?1, ?2)", err)) == NULL) {
        rc = XG_ERR_IO;
        goto done;
    }
    p = text;
    if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (*p) {
        char *key = NULL, *clean = NULL;

        line++;
        xg_buf_reset(&alias);
        xg_buf_reset(&name);
        if (csv_field(&p, &alias) != 0 || *p != ',' || (p++, csv_field(&p, &name)) != 0 ||
            (*p != '\0' && *p != '\r' && *p != '\n')) {
            rc = xg_error_set(err, XG_ERR_USAGE, "%s: line %ld: expected alias,name", path, line);
            goto done;
        }
        p += strspn(p, "\r");
        if (*p == '\n')
            p++;
        if (line == 1 && strcmp(xg_buf_str(&alias), "alias") == 0 &&
            strcmp(xg_buf_str(&name), "name") == 0)
            continue;
        key = xg_norm_label(xg_buf_str(&alias));
        clean = xg_clean_text(xg_buf_str(&name));
        if (key == NULL || clean == NULL) {
            free(key);
            free(clean);
            rc = xg_error_nomem(err);
            goto done;
        }
        if (*key && *clean) {
            sqlite3_bind_text(insert, 1, key, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, clean, -1, SQLITE_TRANSIENT);
            rc = xg_db_run(ds, insert, err);
        }
        free(key);
        free(clean);
        if (rc != XG_OK)
            goto done;
    }
    /* the findings change only if the map did */
    sqlite3_finalize(insert);
    insert = xg_db_prepare(ds, "SELECT alias, name FROM org_map ORDER BY alias", err);
    if (insert == NULL) {
        rc = XG_ERR_IO;
        goto done;
    }
    while (sqlite3_step(insert) == SQLITE_ROW)
        if (xg_buf_printf(&digest, "%s\t%s\n", sqlite3_column_text(insert, 0),
                          sqlite3_column_text(insert, 1)) != 0) {
            rc = xg_error_nomem(err);
            goto done;
        }
    xg_sha256_init(&sha);
    xg_sha256_update(&sha, xg_buf_str(&digest), digest.len);
    xg_sha256_hex(&sha, hex);
    old = xg_db_meta_text(ds, "org_map");
    if (old == NULL || strcmp(old, hex) != 0)
        rc = xg_db_meta_set(ds, "org_map", hex, err);     /* the findings are made again */
done:
    sqlite3_finalize(insert);
    if (in_txn) {
        if (rc == XG_OK)
            rc = xg_db_commit(ds, err);
        else
            xg_db_rollback(ds);
    }
    free(old);
    free(text);
    xg_buf_free(&alias);
    xg_buf_free(&name);
    xg_buf_free(&digest);
    return rc;
}
