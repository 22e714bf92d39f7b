/* Batch conversion: a corpus of files and folders into one dataset
 * folder, in parallel worker processes, resumable, one bad file never
 * stopping the rest.  Part of the CLI: it prints progress and summaries;
 * the dataset itself is the library's (dataset.h). */
#ifndef XG_BATCH_H
#define XG_BATCH_H

#include <stdio.h>

#include "xxgk.h"

typedef struct xg_batch_opts {
    const char *dir;        /* output folder, created if missing */
    int jobs;               /* conversions at once, >= 1 */
    int force;              /* convert files that are up to date too */
    int retry_failed;       /* convert unchanged files that failed before */
    int quiet;              /* no progress line */
    int verbose;            /* a line per file */
    int excel;              /* also DIR/dataset.xlsx */
    double timeout;         /* seconds one conversion may take, 0: no limit */
    unsigned max_memory;    /* MiB of address space one conversion may add, 0: none */
    const char *files_from; /* a list of paths, "-" for standard input */
    const char *org_map;    /* CSV alias,name */
    unsigned shard_k, shard_n;  /* convert only shard K of N (N = 0: all) */
    const xg_options *convert;  /* of each conversion; NULL: the defaults */
} xg_batch_opts;

/* Defaults of the limits (documented in man/xxgk.1). */
#define XG_BATCH_TIMEOUT 120.0
#define XG_BATCH_MAX_MEMORY 2048u

/* Convert PATHS (files and folders) and the list; returns the process
 * exit status (see below). */
int xg_batch_run(const xg_batch_opts *opts, char **paths, int npaths);

/* xxgk merge: join the shard folders SHARDS into OPTS->dir. */
int xg_batch_merge(const xg_batch_opts *opts, char **shards, int nshards);

/* Write with WRITE_FN to PATH through a temporary file renamed into place,
 * so no half-written output is ever left.  Returns 0 or an xg_status. */
struct xg_report;
int xg_write_atomic(const char *path, const struct xg_report *report,
                    int (*write_fn)(const struct xg_report *, FILE *, xg_error *),
                    xg_error *err);

/* One-line summary of a converted report. */
void xg_print_summary(FILE *out, const char *path, const char *dest,
                      const struct xg_report *report);

/* Exit statuses, documented in man/xxgk.1. */
enum {
    XG_EXIT_OK = 0,
    XG_EXIT_USAGE = 1,
    XG_EXIT_INPUT = 2,
    XG_EXIT_NO_REPORT = 3,
    XG_EXIT_OUTPUT = 4,
    XG_EXIT_PARTIAL = 5,
    XG_EXIT_INTERNAL = 70
};
int xg_exit_status(int code);

#endif
