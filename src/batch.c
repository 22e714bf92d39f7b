#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "xxgk.h"
#include "batch.h"
#include "buf.h"

int xg_exit_status(int code)
{
    switch (code) {
    case XG_OK: return XG_EXIT_OK;
    case XG_ERR_USAGE: return XG_EXIT_USAGE;
    case XG_ERR_IO: case XG_ERR_FORMAT: case XG_ERR_CORRUPT: case XG_ERR_LIMIT:
    case XG_ERR_NO_TEXT: case XG_ERR_ENCRYPTED: case XG_ERR_UNSUPPORTED:
        return XG_EXIT_INPUT;
    case XG_ERR_NO_REPORT: return XG_EXIT_NO_REPORT;
    }
    return XG_EXIT_INTERNAL;
}

int xg_write_atomic(const char *path, const struct xg_report *report,
                    int (*write_fn)(const struct xg_report *, FILE *, xg_error *),
                    xg_error *err)
{
    xg_buf tmp = {0};
    FILE *f = NULL;
    int rc = XG_OK, fd;

    if (xg_buf_printf(&tmp, "%s.tmp.XXXXXX", path) != 0) {
        rc = XG_ERR_NOMEM;
        snprintf(err->message, sizeof err->message, "out of memory");
        goto done;
    }
    fd = mkstemp(tmp.data);
    if (fd < 0 || (f = fdopen(fd, "wb")) == NULL) {
        if (fd >= 0)
            close(fd);
        rc = XG_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot write %s: %s", path, strerror(errno));
        goto done;
    }
    rc = write_fn(report, f, err);
    if (fclose(f) != 0 && rc == XG_OK) {
        rc = XG_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot write %s: %s", path, strerror(errno));
    }
    if (rc == XG_OK && rename(tmp.data, path) != 0) {
        rc = XG_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot write %s: %s", path, strerror(errno));
    }
    if (rc != XG_OK)
        unlink(tmp.data);
done:
    err->code = rc;
    xg_buf_free(&tmp);
    return rc;
}

void xg_print_summary(FILE *out, const char *path, const char *dest,
                      const struct xg_report *report)
{
    xg_summary s;

    xg_report_summary(report, &s);
    fprintf(out, "%s -> %s: %s, layout %s, %d/%d values, %d/%d checks failed, %d warning%s\n",
            path, dest, xg_format_name(s.format), s.layout, s.values_found,
            s.values_expected, s.checks_failed, s.checks_total, s.warnings,
            s.warnings == 1 ? "" : "s");
}

/* Output base names: the input's base name without extension; a second
 * input with the same base name gets "-2", and so on. */
static char **output_bases(char **files, int n)
{
    char **bases = calloc((size_t)n, sizeof *bases);
    int i, j;

    if (bases == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        const char *slash = strrchr(files[i], '/');
        const char *base = slash ? slash + 1 : files[i];
        const char *dot = strrchr(base, '.');
        size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
        int suffix = 1, clash;
        xg_buf b = {0};

        do {
            xg_buf_reset(&b);
            if (xg_buf_append(&b, base, len) != 0 ||
                (suffix > 1 && xg_buf_printf(&b, "-%d", suffix) != 0))
                goto fail;
            clash = 0;
            for (j = 0; j < i; j++)
                if (strcmp(bases[j], xg_buf_str(&b)) == 0)
                    clash = 1;
            suffix++;
        } while (clash);
        bases[i] = xg_buf_steal(&b);
        if (bases[i] == NULL)
            goto fail;
    }
    return bases;
fail:
    for (i = 0; i < n; i++)
        free(bases[i]);
    free(bases);
    return NULL;
}

static char *join(const char *dir, const char *base, const char *ext)
{
    xg_buf b = {0};

    if (xg_buf_printf(&b, "%s/%s%s", dir, base, ext) != 0) {
        xg_buf_free(&b);
        return NULL;
    }
    return xg_buf_steal(&b);
}

static int up_to_date(const char *input, const char *out1, const char *out2)
{
    struct stat in, a, b;

    if (stat(input, &in) != 0 || stat(out1, &a) != 0 || stat(out2, &b) != 0)
        return 0;
    return a.st_mtime >= in.st_mtime && b.st_mtime >= in.st_mtime;
}

/* The child's whole work for one file; its exit status is the file's. */
static int convert_one(const xg_batch_opts *o, const char *path,
                       const char *json, const char *csv, int index, int n)
{
    xg_error err = {0};
    xg_report *report = xg_convert_file(path, &err);
    int rc;

    if (report == NULL) {
        fprintf(stderr, "xxgk: %s: %s\n", path, err.message);
        return xg_exit_status(err.code);
    }
    rc = xg_write_atomic(json, report, xg_write_json, &err);
    if (rc == XG_OK)
        rc = xg_write_atomic(csv, report, xg_write_csv, &err);
    if (rc != XG_OK) {
        fprintf(stderr, "xxgk: %s: %s\n", path, err.message);
        xg_report_free(report);
        return XG_EXIT_OUTPUT;
    }
    if (!o->quiet) {
        printf("[%d/%d] ", index + 1, n);
        xg_print_summary(stdout, path, json, report);
    }
    fflush(stdout);
    xg_report_free(report);
    return XG_EXIT_OK;
}

/* DIR/dataset.csv: every converted file's values in one table, with the
 * file's base name first. */
static int write_dataset(const xg_batch_opts *o, char **files, char **bases,
                         int n, int *included)
{
    char *path = join(o->dir, "dataset", ".csv");
    char *tmp = join(o->dir, ".dataset", ".csv.tmp");
    FILE *out;
    int i, rc = 0;

    *included = 0;
    if (path == NULL || tmp == NULL || (out = fopen(tmp, "wb")) == NULL) {
        free(path);
        free(tmp);
        return -1;
    }
    fputs("file,table,row,col,value\r\n", out);
    for (i = 0; i < n; i++) {
        char *csv = join(o->dir, bases[i], ".csv");
        const char *slash = strrchr(files[i], '/');
        const char *name = slash ? slash + 1 : files[i];
        char line[512];
        FILE *in;
        int first = 1, quote = strpbrk(name, ",\"\r\n") != NULL;

        if (csv == NULL || (in = fopen(csv, "rb")) == NULL) {
            free(csv);
            continue;
        }
        while (fgets(line, sizeof line, in) != NULL) {
            if (first) {
                first = 0;
                continue;
            }
            if (quote) {
                const char *p;

                fputc('"', out);
                for (p = name; *p; p++) {
                    if (*p == '"')
                        fputc('"', out);
                    fputc(*p, out);
                }
                fputc('"', out);
            } else {
                fputs(name, out);
            }
            fputc(',', out);
            fputs(line, out);
        }
        fclose(in);
        free(csv);
        (*included)++;
    }
    if (fclose(out) != 0 || rename(tmp, path) != 0)
        rc = -1;
    if (rc != 0)
        unlink(tmp);
    free(path);
    free(tmp);
    return rc;
}

int xg_batch_run(const xg_batch_opts *o, char **files, int n)
{
    char **bases = output_bases(files, n);
    pid_t *pids = NULL;
    int running = 0, next = 0, failed = 0, skipped = 0, converted = 0, i;
    int status = XG_EXIT_OK, included;

    if (bases == NULL || (pids = calloc((size_t)n, sizeof *pids)) == NULL) {
        fprintf(stderr, "xxgk: out of memory\n");
        status = XG_EXIT_INTERNAL;
        goto done;
    }
    if (mkdir(o->dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "xxgk: %s: cannot create directory: %s\n", o->dir, strerror(errno));
        status = XG_EXIT_OUTPUT;
        goto done;
    }
    fflush(stdout);
    while (next < n || running > 0) {
        while (next < n && running < o->jobs) {
            char *json = join(o->dir, bases[next], ".json");
            char *csv = join(o->dir, bases[next], ".csv");
            pid_t pid;

            if (json == NULL || csv == NULL) {
                free(json);
                free(csv);
                fprintf(stderr, "xxgk: out of memory\n");
                status = XG_EXIT_INTERNAL;
                goto done;
            }
            if (!o->force && up_to_date(files[next], json, csv)) {
                if (!o->quiet)
                    printf("[%d/%d] %s -> %s: up to date\n", next + 1, n, files[next], json);
                skipped++;
                free(json);
                free(csv);
                next++;
                continue;
            }
            fflush(stdout);
            fflush(stderr);
            pid = fork();
            if (pid == 0) {
                int rc;

                if (o->timeout)
                    alarm(o->timeout);
                rc = convert_one(o, files[next], json, csv, next, n);
                /* the child's copies, freed so memory checkers see no leak */
                free(json);
                free(csv);
                for (i = 0; i < n; i++)
                    free(bases[i]);
                free(bases);
                free(pids);
                _exit(rc);
            }
            free(json);
            free(csv);
            if (pid < 0) {
                fprintf(stderr, "xxgk: %s: cannot start a process: %s\n", files[next], strerror(errno));
                failed++;
                next++;
                continue;
            }
            pids[next++] = pid;
            running++;
        }
        if (running > 0) {
            int wstatus;
            pid_t pid = wait(&wstatus);

            if (pid < 0)
                break;
            running--;
            for (i = 0; i < n; i++)
                if (pids[i] == pid)
                    break;
            if (i == n)
                continue;
            pids[i] = 0;
            if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) {
                converted++;
            } else {
                failed++;
                if (WIFSIGNALED(wstatus))
                    fprintf(stderr, "xxgk: %s: %s\n", files[i],
                            WTERMSIG(wstatus) == SIGALRM ? "timed out" : "conversion crashed");
            }
        }
    }
    if (write_dataset(o, files, bases, n, &included) != 0) {
        fprintf(stderr, "xxgk: %s/dataset.csv: cannot write\n", o->dir);
        status = XG_EXIT_OUTPUT;
    }
    printf("%d file%s: %d converted, %d up to date, %d failed; %d in %s/dataset.csv\n",
           n, n == 1 ? "" : "s", converted, skipped, failed, included, o->dir);
    if (status == XG_EXIT_OK && failed > 0)
        status = XG_EXIT_PARTIAL;
done:
    if (bases)
        for (i = 0; i < n; i++)
            free(bases[i]);
    free(bases);
    free(pids);
    return status;
}
