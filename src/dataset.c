/*
 * The corpus database (see dataset.h): its tables, the rows of a report,
 * failures and skipped files, lookups, and merging shard databases.
 *
 * The database is in WAL mode with synchronous=NORMAL: a commit costs no
 * fsync, and a crash or a kill loses at most the last commits, never the
 * consistency.  Writers take the lock at BEGIN IMMEDIATE and wait for
 * each other in short sleeps.
 */
#include "dataset_int.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "files.h"
#include "report.h"
#include "sha256.h"

/* The layout of the database; bump SCHEMA_VERSION when it changes. */
#define SCHEMA_VERSION 1

static const char schema_sql[] =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
    "CREATE TABLE reports ("
    " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,"
    " size INTEGER NOT NULL, format TEXT NOT NULL, layout TEXT NOT NULL,"
    " organisation TEXT, year INTEGER, title TEXT, publication_date TEXT,"
    " index_number TEXT, document_number TEXT, tables_found TEXT NOT NULL,"
    " values_found INTEGER NOT NULL, values_expected INTEGER NOT NULL,"
    " checks_total INTEGER NOT NULL, checks_failed INTEGER NOT NULL,"
    " warnings INTEGER NOT NULL, tables_sha256 TEXT NOT NULL,"
    " xxgk_version TEXT NOT NULL, seconds REAL NOT NULL);"
    "CREATE TABLE cells ("
    " report_id INTEGER NOT NULL REFERENCES reports(id),"
    " tbl TEXT NOT NULL, row TEXT NOT NULL, col TEXT NOT NULL,"
    " value NUMERIC, value_text TEXT, raw TEXT, unreadable INTEGER NOT NULL,"
    " source_table INTEGER, source_row INTEGER, source_col INTEGER,"
    " page INTEGER, bbox TEXT, column_by TEXT);"
    "CREATE UNIQUE INDEX cells_key ON cells (report_id, tbl, row, col);"
    "CREATE TABLE checks ("
    " report_id INTEGER NOT NULL REFERENCES reports(id),"
    " rule TEXT NOT NULL, tbl TEXT NOT NULL, row TEXT, col TEXT,"
    " status TEXT NOT NULL, expected NUMERIC, found NUMERIC,"
    " cells TEXT NOT NULL, missing TEXT);"
    "CREATE INDEX checks_report ON checks (report_id);"
    "CREATE TABLE warnings ("
    " report_id INTEGER NOT NULL REFERENCES reports(id), message TEXT NOT NULL);"
    "CREATE INDEX warnings_report ON warnings (report_id);"
    "CREATE TABLE failures ("
    " path TEXT PRIMARY KEY, sha256 TEXT, size INTEGER,"
    " exit_status INTEGER NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL,"
    " xxgk_version TEXT NOT NULL, seconds REAL NOT NULL);"
    "CREATE TABLE skipped ("
    " path TEXT PRIMARY KEY, size INTEGER NOT NULL, kind TEXT NOT NULL);"
    "CREATE TABLE continuity ("
    " kind TEXT NOT NULL, organisation TEXT NOT NULL, year INTEGER NOT NULL,"
    " path TEXT NOT NULL, other_path TEXT NOT NULL,"
    " tbl TEXT, row TEXT, col TEXT, expected NUMERIC, found NUMERIC);"
    "CREATE TABLE org_map (alias TEXT PRIMARY KEY, name TEXT NOT NULL);";

int xg_db_error(xg_dataset *ds, int rc, xg_error *err)
{
    int e = errno, primary = rc & 0xff, sys = sqlite3_system_errno(ds->db), last = 0;

    /* SQLite keeps the system's reason for some failures only (not for a
     * write to the WAL file): else errno as the failing call left it, or
     * the main file's last error */
    if (sys == 0)
        sys = e;
    if (sys == 0 && sqlite3_file_control(ds->db, "main", SQLITE_FCNTL_LAST_ERRNO, &last) == SQLITE_OK)
        sys = last;
    if ((primary == SQLITE_FULL || primary == SQLITE_IOERR ||
         primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) && sys != 0)
        return xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", ds->path, strerror(sys));
    if (primary == SQLITE_FULL)
        return xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", ds->path,
                            sqlite3_errmsg(ds->db));
    return xg_error_set(err, XG_ERR_IO, "%s: %s", ds->path, sqlite3_errmsg(ds->db));
}

int xg_db_exec(xg_dataset *ds, const char *sql, xg_error *err)
{
    int rc = sqlite3_exec(ds->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? XG_OK : xg_db_error(ds, rc, err);
}

sqlite3_stmt *xg_db_prepare(xg_dataset *ds, const char *sql, xg_error *err)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(ds->db, sql, -1, &stmt, NULL);

    if (rc != SQLITE_OK) {
        xg_db_error(ds, rc, err);
        sqlite3_finalize(stmt);
        return NULL;
    }
    return stmt;
}

int xg_db_run(xg_dataset *ds, sqlite3_stmt *stmt, xg_error *err)
{
    int rc, status = XG_OK;

    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ;
    if (rc != SQLITE_DONE)
        status = xg_db_error(ds, rc, err);     /* before the reset clears it */
    sqlite3_reset(stmt);
    return status;
}

/* PRAGMA user_version of SCHEMA ("main", "shard"), or -1 with ERR. */
static long long user_version(xg_dataset *ds, const char *schema, xg_error *err)
{
    char sql[64];
    sqlite3_stmt *stmt;
    long long v = -1;
    int rc;

    snprintf(sql, sizeof sql, "PRAGMA %s.user_version", schema);
    if ((stmt = xg_db_prepare(ds, sql, err)) == NULL)
        return -1;
    if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        v = sqlite3_column_int64(stmt, 0);
    else
        xg_db_error(ds, rc, err);
    sqlite3_finalize(stmt);
    return v;
}

sqlite3_stmt *xg_db_stmt(xg_dataset *ds, const char *sql, xg_error *err)
{
    int i;

    for (i = 0; i < XG_DB_CACHED && ds->cached_sql[i] != NULL; i++)
        if (ds->cached_sql[i] == sql)
            return ds->cached[i];
    if (i == XG_DB_CACHED)
        return xg_db_prepare(ds, sql, err);     /* not reached: the cache is large enough */
    if ((ds->cached[i] = xg_db_prepare(ds, sql, err)) == NULL)
        return NULL;
    ds->cached_sql[i] = sql;
    return ds->cached[i];
}

static void writer_lock(xg_dataset *ds, int type)
{
    struct flock fl;

    if (ds->writer_fd < 0 || (type == F_UNLCK && !ds->writer_held))
        return;
    memset(&fl, 0, sizeof fl);
    fl.l_type = (short)type;
    fl.l_whence = SEEK_SET;
    fl.l_start = 1;
    fl.l_len = 1;
    while (fcntl(ds->writer_fd, F_SETLKW, &fl) != 0 && errno == EINTR)
        ;
    ds->writer_held = type != F_UNLCK;
}

void xg_dataset_set_writer_lock(xg_dataset *ds, int fd)
{
    ds->writer_fd = fd;
}

int xg_db_begin(xg_dataset *ds, xg_error *err)
{
    int rc;

    writer_lock(ds, F_WRLCK);
    if ((rc = xg_db_exec(ds, "BEGIN IMMEDIATE", err)) != XG_OK)
        writer_lock(ds, F_UNLCK);
    return rc;
}

int xg_db_commit(xg_dataset *ds, xg_error *err)
{
    int rc = xg_db_exec(ds, "COMMIT", err);

    if (rc != XG_OK)
        xg_db_rollback(ds);
    writer_lock(ds, F_UNLCK);
    return rc;
}

void xg_db_rollback(xg_dataset *ds)
{
    if (!sqlite3_get_autocommit(ds->db))
        sqlite3_exec(ds->db, "ROLLBACK", NULL, NULL, NULL);
    writer_lock(ds, F_UNLCK);
}

int xg_db_bind_text(sqlite3_stmt *stmt, int i, const char *text)
{
    return text ? sqlite3_bind_text(stmt, i, text, -1, SQLITE_TRANSIENT)
                : sqlite3_bind_null(stmt, i);
}

static const char meta_get_sql[] = "SELECT value FROM meta WHERE key = ?1";

long long xg_db_meta_int(xg_dataset *ds, const char *key)
{
    sqlite3_stmt *stmt = xg_db_stmt(ds, meta_get_sql, NULL);
    long long v = 0;

    if (stmt == NULL)
        return 0;
    sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(stmt) == SQLITE_ROW)
        v = sqlite3_column_int64(stmt, 0);
    sqlite3_reset(stmt);
    return v;
}

char *xg_db_meta_text(xg_dataset *ds, const char *key)
{
    sqlite3_stmt *stmt = xg_db_stmt(ds, meta_get_sql, NULL);
    char *v = NULL;

    if (stmt == NULL)
        return NULL;
    sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != NULL)
        v = strdup((const char *)sqlite3_column_text(stmt, 0));
    sqlite3_reset(stmt);
    return v;
}

int xg_db_meta_set(xg_dataset *ds, const char *key, const char *value, xg_error *err)
{
    sqlite3_stmt *stmt = xg_db_stmt(ds, "INSERT OR REPLACE INTO meta VALUES (?1, ?2)", err);

    if (stmt == NULL)
        return XG_ERR_IO;
    sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, value, -1, SQLITE_STATIC);
    return xg_db_run(ds, stmt, err);
}

static const char *changes_key(int changed)
{
    return changed == XG_CHANGED_REPORTS ? "reports changed" : "failures changed";
}

int xg_db_bump(xg_dataset *ds, int changed, xg_error *err)
{
    int which, rc = XG_OK;

    for (which = XG_CHANGED_REPORTS; which <= XG_CHANGED_FAILURES && rc == XG_OK; which <<= 1) {
        sqlite3_stmt *stmt;

        if (!(changed & which))
            continue;
        stmt = xg_db_stmt(ds, "INSERT INTO meta VALUES (?1, 1)"
                          " ON CONFLICT (key) DO UPDATE SET value = value + 1", err);
        if (stmt == NULL)
            return XG_ERR_IO;
        sqlite3_bind_text(stmt, 1, changes_key(which), -1, SQLITE_STATIC);
        rc = xg_db_run(ds, stmt, err);
    }
    return rc;
}

long long xg_db_changes(xg_dataset *ds, int changed)
{
    return xg_db_meta_int(ds, changes_key(changed));
}

/* Waiting for another writer: short sleeps, up to five minutes (a
 * merge of a large shard holds the lock that long at most). */
static int busy_wait(void *ctx, int count)
{
    struct timespec ts = {0, 200000};

    (void)ctx;
    if (count > 5 * 60 * 5000)
        return 0;
    nanosleep(&ts, NULL);
    return 1;
}

static int create_file(const char *path, xg_error *err)
{
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);

    if (fd < 0)
        return xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
    close(fd);
    return XG_OK;
}

xg_dataset *xg_dataset_open(const char *path, xg_error *err)
{
    xg_dataset *ds = calloc(1, sizeof *ds);
    long long version = -1;
    xg_buf wal = {0};
    int rc;

    if (ds == NULL || (ds->path = strdup(path)) == NULL) {
        free(ds);
        xg_error_nomem(err);
        return NULL;
    }
    ds->writer_fd = -1;
    /* created here, not by SQLite, so that they get the umask's mode; the
     * WAL file too, so that a folder where it cannot be made is named
     * with the system's reason (SQLite's own attempt ends in CANTOPEN
     * with the errno of a later, read-only try) */
    if (xg_buf_printf(&wal, "%s-wal", path) != 0) {
        xg_error_nomem(err);
        goto fail;
    }
    if (create_file(path, err) != XG_OK || create_file(wal.data, err) != XG_OK)
        goto fail;
    rc = sqlite3_open_v2(path, &ds->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        if (ds->db == NULL) {
            xg_error_nomem(err);
            goto fail;
        }
        xg_db_error(ds, rc, err);
        goto fail;
    }
    sqlite3_extended_result_codes(ds->db, 1);
    sqlite3_busy_handler(ds->db, busy_wait, NULL);
    if (xg_db_exec(ds, "PRAGMA journal_mode = WAL", err) != XG_OK ||
        xg_db_exec(ds, "PRAGMA synchronous = NORMAL", err) != XG_OK)
        goto fail;
    if ((version = user_version(ds, "main", err)) < 0)
        goto fail;
    if (version == 0) {
        /* a new database (or one another process is creating: then the
         * second BEGIN IMMEDIATE waits and finds the tables made) */
        if (xg_db_begin(ds, err) != XG_OK)
            goto fail;
        if ((version = user_version(ds, "main", err)) < 0)
            goto fail_rollback;
        if (version == 0) {
            if (xg_db_exec(ds, schema_sql, err) != XG_OK ||
                xg_db_exec(ds, "PRAGMA user_version = 1", err) != XG_OK)
                goto fail_rollback;
            version = SCHEMA_VERSION;
        }
        if (xg_db_commit(ds, err) != XG_OK)
            goto fail;
    }
    if (version != SCHEMA_VERSION) {
        xg_error_set(err, XG_ERR_USAGE, "%s: a database of another version of xxgk (schema %lld, this one reads %d)",
                     path, version, SCHEMA_VERSION);
        goto fail;
    }
    xg_buf_free(&wal);
    return ds;
fail_rollback:
    xg_db_rollback(ds);
fail:
    xg_buf_free(&wal);
    xg_dataset_free(ds);
    return NULL;
}

void xg_dataset_free(xg_dataset *ds)
{
    int i;

    if (ds == NULL)
        return;
    for (i = 0; i < XG_DB_CACHED; i++)
        sqlite3_finalize(ds->cached[i]);
    sqlite3_close(ds->db);
    free(ds->path);
    free(ds);
}

const char *xg_dataset_path(const xg_dataset *ds)
{
    return ds->path;
}

long long xg_dataset_count(xg_dataset *ds, const char *table)
{
    static const char *const tables[] = {
        "reports", "cells", "checks", "warnings", "failures", "skipped", "continuity", "org_map"
    };
    char sql[64];
    sqlite3_stmt *stmt;
    long long n = -1;
    size_t i;

    for (i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (strcmp(table, tables[i]) == 0)
            break;
    if (i == sizeof tables / sizeof tables[0])
        return -1;
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", tables[i]);
    if ((stmt = xg_db_prepare(ds, sql, NULL)) == NULL)
        return -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

int xg_dataset_lookup(xg_dataset *ds, const char *name, xg_file_record *out,
                      xg_error *err)
{
    static const char sql[] =
        "SELECT 1, sha256, xxgk_version, size, checks_failed, NULL FROM reports WHERE path = ?1"
        " UNION ALL SELECT 2, sha256, xxgk_version, size, 0, NULL FROM failures WHERE path = ?1"
        " UNION ALL SELECT 3, NULL, NULL, size, 0, kind FROM skipped WHERE path = ?1";
    sqlite3_stmt *stmt = xg_db_stmt(ds, sql, err);
    int rc;

    memset(out, 0, sizeof *out);
    out->size = -1;
    if (stmt == NULL)
        return XG_ERR_IO;
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const char *sha = (const char *)sqlite3_column_text(stmt, 1);
        const char *version = (const char *)sqlite3_column_text(stmt, 2);
        const char *kind = (const char *)sqlite3_column_text(stmt, 5);

        out->state = sqlite3_column_int(stmt, 0);
        if (sha)
            snprintf(out->sha256, sizeof out->sha256, "%s", sha);
        out->current = version && strcmp(version, XG_VERSION_STRING) == 0;
        if (sqlite3_column_type(stmt, 3) != SQLITE_NULL)
            out->size = sqlite3_column_int64(stmt, 3);
        out->checks_failed = sqlite3_column_int(stmt, 4);
        if (kind)
            snprintf(out->kind, sizeof out->kind, "%s", kind);
        rc = SQLITE_DONE;
    }
    if (rc != SQLITE_DONE)
        xg_db_error(ds, rc, err);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE ? XG_OK : XG_ERR_IO;
}

/* Forget whatever is recorded under NAME (in the caller's transaction);
 * *CHANGED gets XG_CHANGED_* for what was there. */
static int forget(xg_dataset *ds, const char *name, int *changed, xg_error *err)
{
    static const struct {
        const char *sql;
        int changed;
    } steps[] = {
        {"DELETE FROM cells WHERE report_id = (SELECT id FROM reports WHERE path = ?1)", 0},
        {"DELETE FROM checks WHERE report_id = (SELECT id FROM reports WHERE path = ?1)", 0},
        {"DELETE FROM warnings WHERE report_id = (SELECT id FROM reports WHERE path = ?1)", 0},
        {"DELETE FROM reports WHERE path = ?1", XG_CHANGED_REPORTS},
        {"DELETE FROM failures WHERE path = ?1", XG_CHANGED_FAILURES},
        {"DELETE FROM skipped WHERE path = ?1", 0}
    };
    size_t i;

    *changed = 0;
    for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        sqlite3_stmt *stmt = xg_db_stmt(ds, steps[i].sql, err);
        int rc;

        if (stmt == NULL)
            return XG_ERR_IO;
        sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
        rc = xg_db_run(ds, stmt, err);
        if (rc != XG_OK)
            return rc;
        if (sqlite3_changes(ds->db) > 0)
            *changed |= steps[i].changed;
    }
    return XG_OK;
}

/*
 * A report is first encoded as records, then stored: the encoding walks
 * the report, the storing walks the records with one prepared INSERT per
 * kind of record, and neither knows the other's details.  A record is a
 * tag byte, a field count, then each field as 'n' (null), 'i' + int64,
 * 'd' + double, or 't' + uint32 length + bytes, in native byte order.
 * The fields are bound in order to the record's INSERT after the report
 * id (or, for 'R', after the file's facts).
 */
enum { REC_REPORT = 'R', REC_CELL = 'C', REC_CHECK = 'K', REC_WARNING = 'W' };

static const struct record_def {
    char tag;
    int first_param;        /* where the record's fields start */
    const char *sql;
} records[] = {
    {REC_REPORT, 6,
     "INSERT INTO reports (path, sha256, size, xxgk_version, seconds, format, layout,"
     " organisation, year, title, publication_date, index_number, document_number,"
     " tables_found, values_found, values_expected, checks_total, checks_failed,"
     " warnings, tables_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
     " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)"},
    {REC_CELL, 2,
     "INSERT INTO cells (report_id, tbl, row, col, value, value_text, raw, unreadable,"
     " source_table, source_row, source_col, page, bbox, column_by)"
     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
    {REC_CHECK, 2,
     "INSERT INTO checks (report_id, rule, tbl, row, col, status, expected, found,"
     " cells, missing) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
    {REC_WARNING, 2, "INSERT INTO warnings (report_id, message) VALUES (?1, ?2)"}
};
#define NRECORDS ((int)(sizeof records / sizeof records[0]))

static int enc_record(xg_buf *b, char tag, unsigned char nfields)
{
    return xg_buf_putc(b, tag) | xg_buf_putc(b, (char)nfields);
}

static int enc_null(xg_buf *b)
{
    return xg_buf_putc(b, 'n');
}

static int enc_int(xg_buf *b, long long v)
{
    int64_t x = v;

    return xg_buf_putc(b, 'i') | xg_buf_append(b, (const char *)&x, sizeof x);
}

/* A number as an integer when it is one (SQL users compare and sum). */
static int enc_number(xg_buf *b, double v)
{
    double x = v;

    if (v == floor(v) && fabs(v) < 9007199254740992.0)
        return enc_int(b, (long long)v);
    return xg_buf_putc(b, 'd') | xg_buf_append(b, (const char *)&x, sizeof x);
}

static int enc_text(xg_buf *b, const char *s)
{
    uint32_t len;

    if (s == NULL)
        return enc_null(b);
    if (strlen(s) > UINT32_MAX)
        return -1;
    len = (uint32_t)strlen(s);
    return xg_buf_putc(b, 't') | xg_buf_append(b, (const char *)&len, sizeof len) |
           xg_buf_append(b, s, len);
}

/* One value: its key, its number, and the source cell behind it. */
static int enc_cell(xg_buf *b, const xg_report *r, int t, const xg_key *k)
{
    const xg_table_def *def = &xg_schema[t];
    const xg_cellval *v = xg_report_value_c(r, t, k->row, k->col);
    int rc = enc_record(b, REC_CELL, 13);

    rc |= enc_text(b, def->key) | enc_text(b, def->rows[k->row].key) |
          enc_text(b, def->cols[k->col].key);
    if (v->kind == XG_VALUE_NUMBER)
        rc |= enc_number(b, v->value) | enc_text(b, v->number);
    else
        rc |= enc_null(b) | enc_null(b);
    if (!v->found) {
        rc |= enc_null(b) | enc_int(b, 0);
        rc |= enc_null(b) | enc_null(b) | enc_null(b) | enc_null(b) | enc_null(b) | enc_null(b);
        return rc;
    }
    rc |= enc_text(b, v->raw) | enc_int(b, v->kind == XG_VALUE_TEXT);
    rc |= enc_int(b, v->src_table + 1) | enc_int(b, v->src_row + 1) | enc_int(b, v->src_col + 1);
    if (v->geom.page > 0) {
        xg_buf box = {0};

        rc |= enc_int(b, v->geom.page);
        rc |= xg_buf_printf(&box, "%.1f %.1f %.1f %.1f", v->geom.x0, v->geom.y0,
                            v->geom.x1, v->geom.y1);
        rc |= enc_text(b, xg_buf_str(&box));
        xg_buf_free(&box);
    } else {
        rc |= enc_null(b) | enc_null(b);
    }
    return rc | enc_text(b, v->mode ? v->mode : "header");
}

/*
 * The values of a report, in the order and with the keys its CSV has
 * (xg_schema_keys for each table's layout, as the writers use).
 * TABLES_SHA receives the digest of every "table.row.col=value" line,
 * which tells reports with identical tables.
 */
static int enc_cells(xg_buf *b, const xg_report *r, char tables_sha[65], xg_error *err)
{
    xg_key keys[XG_MAX_TABLE_KEYS];
    xg_sha256 sha;
    xg_buf line = {0};
    int rc = 0, t, n, i;

    xg_sha256_init(&sha);
    for (t = 0; t < XG_TABLE_COUNT && rc == 0; t++) {
        const xg_table_def *def = &xg_schema[t];

        n = xg_schema_keys(t, r->table_layout[t], keys, XG_MAX_TABLE_KEYS);
        for (i = 0; i < n && i < XG_MAX_TABLE_KEYS && rc == 0; i++) {
            const xg_cellval *v = xg_report_value_c(r, t, keys[i].row, keys[i].col);

            xg_buf_reset(&line);
            rc |= xg_buf_printf(&line, "%s.%s.%s=%s\n", def->key, def->rows[keys[i].row].key,
                                def->cols[keys[i].col].key,
                                v->kind == XG_VALUE_NUMBER ? v->number : "");
            xg_sha256_update(&sha, xg_buf_str(&line), line.len);
            rc |= enc_cell(b, r, t, &keys[i]);
        }
    }
    xg_sha256_hex(&sha, tables_sha);
    xg_buf_free(&line);
    return rc ? xg_error_nomem(err) : XG_OK;
}

static int encode(const xg_report *r, xg_buf *out, xg_error *err)
{
    static const char *const status[] = {"pass", "fail", "skipped"};
    xg_buf cells = {0}, found = {0};
    char tables_sha[65];
    xg_summary s;
    size_t i;
    int rc, t;

    if ((rc = enc_cells(&cells, r, tables_sha, err)) != XG_OK)
        goto done;
    xg_report_summary(r, &s);
    for (t = 0; t < XG_TABLE_COUNT; t++)
        if (r->table_found[t])
            rc |= xg_buf_printf(&found, "%s%s", found.len ? " " : "", xg_schema[t].key);
    rc |= enc_record(out, REC_REPORT, 15);
    rc |= enc_text(out, xg_format_name(s.format)) | enc_text(out, s.layout);
    rc |= enc_text(out, r->organisation);
    rc |= r->year ? enc_int(out, r->year) : enc_null(out);
    rc |= enc_text(out, r->title) | enc_text(out, r->publication_date);
    rc |= enc_text(out, r->index_number) | enc_text(out, r->document_number);
    rc |= enc_text(out, xg_buf_str(&found));
    rc |= enc_int(out, s.values_found) | enc_int(out, s.values_expected);
    rc |= enc_int(out, s.checks_total) | enc_int(out, s.checks_failed);
    rc |= enc_int(out, s.warnings) | enc_text(out, tables_sha);
    rc |= xg_buf_append(out, cells.data ? cells.data : "", cells.len);
    for (i = 0; i < r->nchecks; i++) {
        const xg_check *c = &r->checks[i];
        const xg_table_def *def = &xg_schema[c->table];

        rc |= enc_record(out, REC_CHECK, 9);
        rc |= enc_text(out, xg_rules[c->rule].key) | enc_text(out, def->key);
        rc |= enc_text(out, c->row >= 0 ? def->rows[c->row].key : NULL);
        rc |= enc_text(out, c->row >= 0 ? NULL : def->cols[c->col].key);
        rc |= enc_text(out, status[c->status]);
        if (c->status == XG_CHECK_SKIPPED)
            rc |= enc_null(out) | enc_null(out);
        else
            rc |= enc_number(out, c->expected) | enc_number(out, c->found);
        rc |= enc_text(out, c->cells ? c->cells : "") | enc_text(out, c->missing);
    }
    for (i = 0; i < r->nwarnings; i++)
        rc |= enc_record(out, REC_WARNING, 1) | enc_text(out, r->warnings[i]);
    if (rc != 0)
        rc = xg_error_nomem(err);
done:
    xg_buf_free(&cells);
    xg_buf_free(&found);
    return rc;
}

/* Bind the NFIELDS fields at *P to STMT from parameter FIRST on. */
static int bind_fields(sqlite3_stmt *stmt, int first, int nfields,
                       const unsigned char **p, const unsigned char *end)
{
    int i;

    for (i = 0; i < nfields; i++) {
        int param = first + i, type;

        if (*p >= end)
            return -1;
        type = *(*p)++;
        if (type == 'n') {
            sqlite3_bind_null(stmt, param);
        } else if (type == 'i' || type == 'd') {
            int64_t x;
            double d;

            if ((size_t)(end - *p) < 8)
                return -1;
            if (type == 'i') {
                memcpy(&x, *p, 8);
                sqlite3_bind_int64(stmt, param, x);
            } else {
                memcpy(&d, *p, 8);
                sqlite3_bind_double(stmt, param, d);
            }
            *p += 8;
        } else if (type == 't') {
            uint32_t len;

            if ((size_t)(end - *p) < 4)
                return -1;
            memcpy(&len, *p, 4);
            *p += 4;
            if ((size_t)(end - *p) < len)
                return -1;
            sqlite3_bind_text(stmt, param, (const char *)*p, (int)len, SQLITE_STATIC);
            *p += len;
        } else {
            return -1;
        }
    }
    return 0;
}

static int bind_file(sqlite3_stmt *stmt, const xg_file_info *file)
{
    sqlite3_bind_text(stmt, 1, file->name, -1, SQLITE_STATIC);
    xg_db_bind_text(stmt, 2, file->sha256);
    if (file->size >= 0)
        sqlite3_bind_int64(stmt, 3, file->size);
    else
        sqlite3_bind_null(stmt, 3);
    return 0;
}

static int put_rows(xg_dataset *ds, const xg_file_info *file,
                    const void *rows, size_t size, xg_error *err)
{
    sqlite3_stmt *stmt[NRECORDS] = {NULL};
    const unsigned char *p = rows, *end = p + size;
    sqlite3_int64 report_id = -1;
    int rc, i, changed;

    if ((rc = xg_db_begin(ds, err)) != XG_OK)
        return rc;
    if ((rc = forget(ds, file->name, &changed, err)) != XG_OK)
        goto fail;
    for (i = 0; i < NRECORDS; i++)
        if ((stmt[i] = xg_db_stmt(ds, records[i].sql, err)) == NULL) {
            rc = XG_ERR_IO;
            goto fail;
        }
    while (p < end) {
        const struct record_def *def = NULL;
        int nfields, k;

        if (end - p < 2)
            break;
        for (k = 0; k < NRECORDS; k++)
            if (records[k].tag == (char)p[0])
                def = &records[k];
        nfields = p[1];
        p += 2;
        if (def == NULL || (def->tag == REC_REPORT) != (report_id < 0) ||
            nfields + def->first_param - 1 != sqlite3_bind_parameter_count(stmt[def - records]))
            break;
        k = (int)(def - records);
        if (def->tag == REC_REPORT) {
            bind_file(stmt[k], file);
            sqlite3_bind_text(stmt[k], 4, XG_VERSION_STRING, -1, SQLITE_STATIC);
            sqlite3_bind_double(stmt[k], 5, file->seconds);
        } else {
            sqlite3_bind_int64(stmt[k], 1, report_id);
        }
        if (bind_fields(stmt[k], def->first_param, nfields, &p, end) != 0)
            break;
        if ((rc = xg_db_run(ds, stmt[k], err)) != XG_OK)
            goto fail;
        if (def->tag == REC_REPORT)
            report_id = sqlite3_last_insert_rowid(ds->db);
    }
    if (p != end || report_id < 0) {
        rc = xg_error_set(err, XG_ERR_IO, "%s: malformed rows from the conversion of %s",
                          ds->path, file->name);
        goto fail;
    }
    if ((rc = xg_db_bump(ds, changed | XG_CHANGED_REPORTS, err)) != XG_OK)
        goto fail;
    return xg_db_commit(ds, err);
fail:
    for (i = 0; i < NRECORDS; i++)
        if (stmt[i])
            sqlite3_reset(stmt[i]);
    xg_db_rollback(ds);
    return rc;
}

int xg_dataset_put_report(xg_dataset *ds, const xg_file_info *file,
                          const xg_report *report, xg_error *err)
{
    xg_buf rows = {0};
    int rc = encode(report, &rows, err);

    if (rc == XG_OK)
        rc = put_rows(ds, file, rows.data, rows.len, err);
    xg_buf_free(&rows);
    return rc;
}

/* Replace whatever is recorded under FILE's name with one row, the INSERT
 * SQL with its parameters bound by BIND, in one transaction. */
static int replace_with_row(xg_dataset *ds, const xg_file_info *file, const char *sql,
                            void (*bind)(sqlite3_stmt *, const void *), const void *row,
                            int changes, xg_error *err)
{
    sqlite3_stmt *stmt = NULL;
    int rc, changed;

    if ((rc = xg_db_begin(ds, err)) != XG_OK)
        return rc;
    if ((rc = forget(ds, file->name, &changed, err)) != XG_OK)
        goto done;
    if ((stmt = xg_db_stmt(ds, sql, err)) == NULL) {
        rc = XG_ERR_IO;
        goto done;
    }
    bind(stmt, row);
    if ((rc = xg_db_run(ds, stmt, err)) == XG_OK && (changed | changes) != 0)
        rc = xg_db_bump(ds, changed | changes, err);
done:
    if (rc != XG_OK) {
        xg_db_rollback(ds);
        return rc;
    }
    return xg_db_commit(ds, err);
}

typedef struct failure_row {
    const xg_file_info *file;
    int exit_status;
    const char *kind, *reason;
} failure_row;

static void bind_failure(sqlite3_stmt *stmt, const void *row)
{
    const failure_row *f = row;

    bind_file(stmt, f->file);
    sqlite3_bind_int(stmt, 4, f->exit_status);
    sqlite3_bind_text(stmt, 5, f->kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 6, f->reason, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 7, XG_VERSION_STRING, -1, SQLITE_STATIC);
    sqlite3_bind_double(stmt, 8, f->file->seconds);
}

int xg_dataset_put_failure(xg_dataset *ds, const xg_file_info *file,
                           int exit_status, const char *kind,
                           const char *reason, xg_error *err)
{
    failure_row row = {file, exit_status, kind, reason};

    return replace_with_row(ds, file, "INSERT INTO failures (path, sha256, size, exit_status,"
                            " kind, reason, xxgk_version, seconds)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", bind_failure, &row,
                            XG_CHANGED_FAILURES, err);
}

typedef struct skipped_row {
    const xg_file_info *file;
    const char *kind;
} skipped_row;

static void bind_skipped(sqlite3_stmt *stmt, const void *row)
{
    const skipped_row *k = row;

    sqlite3_bind_text(stmt, 1, k->file->name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 2, k->file->size);
    sqlite3_bind_text(stmt, 3, k->kind, -1, SQLITE_STATIC);
}

int xg_dataset_put_skipped(xg_dataset *ds, const xg_file_info *file,
                           const char *kind, xg_error *err)
{
    skipped_row row = {file, kind};

    return replace_with_row(ds, file, "INSERT INTO skipped (path, size, kind) VALUES (?1, ?2, ?3)",
                            bind_skipped, &row, 0, err);
}

typedef struct copy_src {
    FILE *in;
    const char *path;
} copy_src;

static int copy_fill(FILE *out, void *ctx, xg_error *err)
{
    copy_src *src = ctx;
    char buf[65536];
    size_t n;

    while ((n = fread(buf, 1, sizeof buf, src->in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            return XG_ERR_IO;
    if (ferror(src->in))
        return xg_error_set(err, XG_ERR_IO, "cannot read %s: %s", src->path, strerror(errno));
    return XG_OK;
}

/* The report outputs of the shard's names: copied for its reports,
 * removed for its failures and skipped files. */
static int merge_files(xg_dataset *ds, const char *shard, const char *dir,
                       const char *tmpdir, xg_error *err)
{
    static const char *const ext[] = {".json", ".csv"};
    sqlite3_stmt *stmt = xg_db_prepare(ds, "SELECT path, 1 FROM shard.reports UNION ALL"
                                       " SELECT path, 0 FROM shard.failures UNION ALL"
                                       " SELECT path, 0 FROM shard.skipped", err);
    xg_buf from = {0}, to = {0};
    int rc = XG_OK, step = SQLITE_DONE, i;

    if (stmt == NULL)
        return XG_ERR_IO;
    while (rc == XG_OK && (step = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(stmt, 0);
        int report = sqlite3_column_int(stmt, 1);

        for (i = 0; i < 2 && rc == XG_OK; i++) {
            copy_src src;

            xg_buf_reset(&from);
            xg_buf_reset(&to);
            if (xg_buf_printf(&from, "%s/" XG_DATASET_REPORTS "/%s%s", shard, name, ext[i]) != 0 ||
                xg_buf_printf(&to, "%s/" XG_DATASET_REPORTS "/%s%s", dir, name, ext[i]) != 0) {
                rc = xg_error_nomem(err);
                break;
            }
            if (!report) {
                unlink(xg_buf_str(&to));
                continue;
            }
            src.path = xg_buf_str(&from);
            if ((src.in = fopen(src.path, "rb")) == NULL) {
                rc = xg_error_set(err, XG_ERR_IO, "cannot read %s: %s", src.path, strerror(errno));
                break;
            }
            rc = xg_write_file(xg_buf_str(&to), tmpdir, XG_WRITE_MKDIRS | XG_WRITE_IF_CHANGED,
                               copy_fill, &src, NULL, err);
            fclose(src.in);
        }
    }
    if (rc == XG_OK && step != SQLITE_DONE)
        rc = xg_db_error(ds, step, err);
    sqlite3_finalize(stmt);
    xg_buf_free(&from);
    xg_buf_free(&to);
    return rc;
}

int xg_dataset_merge(xg_dataset *ds, const char *shard, const char *dir,
                     const char *tmpdir, xg_error *err)
{
    static const char *const steps[] = {
        "CREATE TEMP TABLE merged_names AS SELECT path FROM shard.reports"
        " UNION SELECT path FROM shard.failures UNION SELECT path FROM shard.skipped",
        "DELETE FROM main.cells WHERE report_id IN (SELECT id FROM main.reports"
        " WHERE path IN (SELECT path FROM merged_names))",
        "DELETE FROM main.checks WHERE report_id IN (SELECT id FROM main.reports"
        " WHERE path IN (SELECT path FROM merged_names))",
        "DELETE FROM main.warnings WHERE report_id IN (SELECT id FROM main.reports"
        " WHERE path IN (SELECT path FROM merged_names))",
        "DELETE FROM main.reports WHERE path IN (SELECT path FROM merged_names)",
        "DELETE FROM main.failures WHERE path IN (SELECT path FROM merged_names)",
        "DELETE FROM main.skipped WHERE path IN (SELECT path FROM merged_names)",
        "INSERT INTO main.reports (path, sha256, size, format, layout, organisation, year,"
        " title, publication_date, index_number, document_number, tables_found,"
        " values_found, values_expected, checks_total, checks_failed, warnings,"
        " tables_sha256, xxgk_version, seconds)"
        " SELECT path, sha256, size, format, layout, organisation, year,"
        " title, publication_date, index_number, document_number, tables_found,"
        " values_found, values_expected, checks_total, checks_failed, warnings,"
        " tables_sha256, xxgk_version, seconds FROM shard.reports ORDER BY path",
        "INSERT INTO main.cells SELECT m.id, c.tbl, c.row, c.col, c.value, c.value_text,"
        " c.raw, c.unreadable, c.source_table, c.source_row, c.source_col, c.page, c.bbox,"
        " c.column_by FROM shard.reports s JOIN shard.cells c ON c.report_id = s.id"
        " JOIN main.reports m ON m.path = s.path ORDER BY s.path, c.rowid",
        "INSERT INTO main.checks SELECT m.id, c.rule, c.tbl, c.row, c.col, c.status,"
        " c.expected, c.found, c.cells, c.missing FROM shard.reports s"
        " JOIN shard.checks c ON c.report_id = s.id JOIN main.reports m ON m.path = s.path"
        " ORDER BY s.path, c.rowid",
        "INSERT INTO main.warnings SELECT m.id, w.message FROM shard.reports s"
        " JOIN shard.warnings w ON w.report_id = s.id JOIN main.reports m ON m.path = s.path"
        " ORDER BY s.path, w.rowid",
        "INSERT INTO main.failures SELECT * FROM shard.failures ORDER BY path",
        "INSERT INTO main.skipped SELECT * FROM shard.skipped ORDER BY path",
        /* the shard's organisation map, if this dataset has none */
        "INSERT INTO main.org_map SELECT * FROM shard.org_map"
        " WHERE NOT EXISTS (SELECT 1 FROM main.org_map)",
        "DROP TABLE merged_names"
    };
    sqlite3_stmt *stmt;
    long long version = -1;
    xg_buf other = {0};
    size_t i;
    int rc;

    if (xg_buf_printf(&other, "%s/" XG_DATASET_DB, shard) != 0)
        return xg_error_nomem(err);
    if (access(other.data, R_OK) != 0) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot read %s: %s", other.data, strerror(errno));
        xg_buf_free(&other);
        return rc;
    }
    if ((stmt = xg_db_prepare(ds, "ATTACH DATABASE ?1 AS shard", err)) == NULL) {
        xg_buf_free(&other);
        return XG_ERR_IO;
    }
    sqlite3_bind_text(stmt, 1, other.data, -1, SQLITE_STATIC);
    rc = xg_db_run(ds, stmt, err);
    sqlite3_finalize(stmt);
    if (rc != XG_OK) {
        xg_buf_free(&other);
        return rc;
    }
    if ((version = user_version(ds, "shard", err)) < 0) {
        rc = XG_ERR_IO;
        goto detach;
    }
    if (version != SCHEMA_VERSION) {
        rc = xg_error_set(err, XG_ERR_USAGE, "%s: not an xxgk database of this version", other.data);
        goto detach;
    }
    if ((rc = merge_files(ds, shard, dir, tmpdir, err)) != XG_OK)
        goto detach;
    if ((rc = xg_db_begin(ds, err)) != XG_OK)
        goto detach;
    for (i = 0; i < sizeof steps / sizeof steps[0] && rc == XG_OK; i++)
        rc = xg_db_exec(ds, steps[i], err);
    if (rc == XG_OK)
        rc = xg_db_bump(ds, XG_CHANGED_REPORTS | XG_CHANGED_FAILURES, err);
    if (rc == XG_OK)
        rc = xg_db_commit(ds, err);
    else
        xg_db_rollback(ds);
detach:
    sqlite3_exec(ds->db, "DETACH DATABASE shard", NULL, NULL, NULL);
    xg_buf_free(&other);
    return rc;
}
