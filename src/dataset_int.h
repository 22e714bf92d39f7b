/* Inside the dataset modules (dataset.c, continuity.c, export.c): the
 * handle and the SQLite helpers they share. */
#ifndef XG_DATASET_INT_H
#define XG_DATASET_INT_H

#include <sqlite3.h>

#include "dataset.h"

#define XG_DB_CACHED 24

struct xg_dataset {
    sqlite3 *db;
    char *path;
    /* statements prepared once, by their (static) SQL text */
    const char *cached_sql[XG_DB_CACHED];
    sqlite3_stmt *cached[XG_DB_CACHED];
    int writer_fd;          /* xg_dataset_set_writer_lock, or -1 */
    int writer_held;
};

/* Fill ERR from the database's last error (RC is what SQLite returned):
 * "cannot write PATH: REASON" with the system's reason when a write
 * failed, "PATH: MESSAGE" otherwise.  Returns XG_ERR_IO. */
int xg_db_error(xg_dataset *ds, int rc, xg_error *err);

/* Run SQL (no results); XG_OK or the error. */
int xg_db_exec(xg_dataset *ds, const char *sql, xg_error *err);

/* Prepare SQL; NULL and ERR on failure. */
sqlite3_stmt *xg_db_prepare(xg_dataset *ds, const char *sql, xg_error *err);

/* The statement for SQL, a string that lives as long as the program,
 * prepared on first use and kept (not to be finalized by the caller; it
 * is reset after use by xg_db_run).  NULL and ERR on failure. */
sqlite3_stmt *xg_db_stmt(xg_dataset *ds, const char *sql, xg_error *err);

/* Step STMT to its end (an INSERT, UPDATE or DELETE); XG_OK or the error.
 * The statement is reset either way. */
int xg_db_run(xg_dataset *ds, sqlite3_stmt *stmt, xg_error *err);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. */
int xg_db_begin(xg_dataset *ds, xg_error *err);
int xg_db_commit(xg_dataset *ds, xg_error *err);
void xg_db_rollback(xg_dataset *ds);

/* meta table: get an integer (0 when absent), set a value. */
long long xg_db_meta_int(xg_dataset *ds, const char *key);
int xg_db_meta_set(xg_dataset *ds, const char *key, const char *value, xg_error *err);
/* A text value, owned; NULL when absent. */
char *xg_db_meta_text(xg_dataset *ds, const char *key);

/* Count one more change of the reports (XG_CHANGED_REPORTS: the tables
 * reports, cells, checks, warnings) or of the failures, in the caller's
 * transaction: the exports made from them are made again only then. */
enum { XG_CHANGED_REPORTS = 1, XG_CHANGED_FAILURES = 2 };
int xg_db_bump(xg_dataset *ds, int changed, xg_error *err);
/* The counts of changes, for what is made from them ("%lld %lld"). */
long long xg_db_changes(xg_dataset *ds, int changed);

/* What the findings across years are made from (owned; NULL when out of
 * memory): they and continuity.csv are made again when it changes. */
char *xg_continuity_stamp(xg_dataset *ds);

/* Bind TEXT or NULL. */
int xg_db_bind_text(sqlite3_stmt *stmt, int i, const char *text);

#endif
