/* Batch conversion: many inputs into one output directory, in parallel
 * processes, resumable, one bad file never stopping the rest.  Part of the
 * CLI: it prints progress and summaries. */
#ifndef XG_BATCH_H
#define XG_BATCH_H

typedef struct xg_batch_opts {
    const char *dir;        /* output directory, created if missing */
    int jobs;               /* processes at once, >= 1 */
    int force;              /* reconvert files whose outputs are up to date */
    int quiet;              /* no per-file lines */
    unsigned timeout;       /* seconds one file may take, 0 for none */
} xg_batch_opts;

/* Convert FILES; returns the process exit status (see main.c). */
int xg_batch_run(const xg_batch_opts *opts, char **files, int nfiles);

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
