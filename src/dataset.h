/*
 * The corpus dataset: one SQLite database (DIR/xxgk.sqlite) holding every
 * converted report of a corpus, its values, checks and warnings, the files
 * that failed or are not reports, and the findings across years; and the
 * exports made from it (values.csv, reports.csv, checks.csv, failures.csv,
 * continuity.csv, dataset.xlsx).  The tables and columns are documented in
 * man/xxgk.1 (DATASET); their names are stable.
 *
 * Every change is one transaction, so a process killed at any moment
 * leaves the database as it was before or after that change.  Several
 * processes may write to one database at once (each with its own handle,
 * opened after fork).  Ownership and errors follow xxgk.h.
 */
#ifndef XG_DATASET_H
#define XG_DATASET_H

#include <stddef.h>

#include "buf.h"
#include "xxgk.h"

/* The files of a dataset folder DIR. */
#define XG_DATASET_DB "xxgk.sqlite"     /* the database */
#define XG_DATASET_REPORTS "reports"    /* DIR/reports/NAME.json, NAME.csv */
#define XG_DATASET_TMP ".tmp"           /* temporary files, emptied by each run */

typedef struct xg_dataset xg_dataset;

/* Open the database at PATH, creating it (and its tables) if missing.
 * A new file is created with mode 0666 less the umask. */
xg_dataset *xg_dataset_open(const char *path, xg_error *err);
void xg_dataset_free(xg_dataset *ds);

/* Writers of one database wait for each other at FD (an open file of
 * theirs, locked at byte 1 with fcntl for each write transaction) rather
 * than in SQLite's polling sleeps: a waiting writer wakes the moment the
 * other commits.  FD stays the caller's; -1 turns this off. */
void xg_dataset_set_writer_lock(xg_dataset *ds, int fd);

/* What the database holds for one input. */
enum xg_file_state {
    XG_STATE_NONE,          /* never seen */
    XG_STATE_REPORT,        /* converted: a row in reports */
    XG_STATE_FAILURE,       /* a row in failures */
    XG_STATE_SKIPPED        /* not a report: a row in skipped */
};

typedef struct xg_file_record {
    int state;              /* enum xg_file_state */
    char sha256[65];        /* "" when not recorded */
    int current;            /* recorded by this version of xxgk */
    long long size;         /* -1 when not recorded */
    int checks_failed;      /* reports */
    char kind[64];          /* skipped: what the file is */
} xg_file_record;

int xg_dataset_lookup(xg_dataset *ds, const char *name, xg_file_record *out,
                      xg_error *err);

/* One input file as the batch saw it. */
typedef struct xg_file_info {
    const char *name;       /* the name in the dataset (inputs.h) */
    const char *sha256;     /* hex, or NULL when the file was not read */
    long long size;         /* bytes, or -1 when unknown */
    double seconds;         /* time the conversion took */
} xg_file_info;

/* Record FILE as the report REPORT (its metadata, values, checks and
 * warnings), replacing whatever was recorded under its name. */
int xg_dataset_put_report(xg_dataset *ds, const xg_file_info *file,
                          const xg_report *report, xg_error *err);

/* Record FILE as failed: the exit status xxgk FILE would give, the kind
 * ("error", "crash", "timeout", "memory") and the reason (one line). */
int xg_dataset_put_failure(xg_dataset *ds, const xg_file_info *file,
                           int exit_status, const char *kind,
                           const char *reason, xg_error *err);

/* Record FILE as not a report, KIND saying what it is ("PNG image"). */
int xg_dataset_put_skipped(xg_dataset *ds, const xg_file_info *file,
                           const char *kind, xg_error *err);

/* Replace the organisation map with the CSV file at PATH (alias,name a
 * line; an optional header line "alias,name"). */
int xg_dataset_set_org_map(xg_dataset *ds, const char *path, xg_error *err);

/* Add the dataset folder SHARD (made with --shard) to DS, whose folder is
 * DIR: each name recorded in SHARD replaces the same name in DS, its
 * report outputs are copied from SHARD/reports into DIR/reports (through
 * TMPDIR), those of names that failed or are not reports removed.  The
 * database changes in one transaction, after the files. */
int xg_dataset_merge(xg_dataset *ds, const char *shard, const char *dir,
                     const char *tmpdir, xg_error *err);

/* Rebuild the findings across years (table continuity) if the reports or
 * the organisation map changed since they were last built. */
int xg_dataset_continuity(xg_dataset *ds, xg_error *err);

/* Write the exports into DIR (values.csv, reports.csv, checks.csv,
 * failures.csv, continuity.csv; dataset.xlsx when EXCEL, or when an
 * earlier run asked for it), each whole or not at all, through TMPDIR
 * (same file system).  Files whose content did not change are left
 * untouched, and nothing is read when the database did not change since
 * the last export.  *REWRITTEN is the number of files written. */
int xg_dataset_export(xg_dataset *ds, const char *dir, const char *tmpdir,
                      int excel, int *rewritten, xg_error *err);

/* The number of rows of a table ("reports", "failures", ...), or -1. */
long long xg_dataset_count(xg_dataset *ds, const char *table);

/* The database file's path (borrowed). */
const char *xg_dataset_path(const xg_dataset *ds);

#endif
