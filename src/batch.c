/*
 * Batch mode: a corpus into a dataset folder (see batch.h, and DATASET in
 * man/xxgk.1).
 *
 * Processes.  The parent lists the inputs and hands them, two at a time,
 * to JOBS worker processes over pipes; it never opens the database while
 * workers run.  A worker reads a file, hashes it, looks it up in the
 * database (its own handle, opened after the fork) and, when it must,
 * converts it, writes the report's JSON and CSV and stores its rows in one
 * transaction.  Conversions run in the worker itself: forking a process
 * per file costs more than converting a DOCX on the machines we measured,
 * and the library keeps no state between conversions.  The worker is the
 * isolation: a conversion that crashes, runs past --timeout (an interval
 * timer whose signal ends the worker) or exhausts the worker's address
 * space limit ends that worker; the parent records the file it was on as
 * a failure, hands the rest to a new worker and goes on.  Workers are
 * replaced after a failure for lack of memory and after every
 * RECYCLE_AFTER files, so no worker's heap grows with the run.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "xxgk.h"
#include "batch.h"
#include "buf.h"
#include "dataset.h"
#include "files.h"
#include "inputs.h"
#include "sha256.h"

/* Files a worker converts before it is replaced. */
#define RECYCLE_AFTER 1000
/* Tasks handed to a worker ahead, so that it never waits for the next. */
#define AHEAD 2

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

typedef struct report_out {
    const xg_report *report;
    int (*write_fn)(const xg_report *, FILE *, xg_error *);
} report_out;

static int fill_report(FILE *out, void *ctx, xg_error *err)
{
    report_out *x = ctx;

    return x->write_fn(x->report, out, err);
}

int xg_write_atomic(const char *path, const struct xg_report *report,
                    int (*write_fn)(const struct xg_report *, FILE *, xg_error *),
                    xg_error *err)
{
    report_out x = {report, write_fn};

    return xg_write_file(path, NULL, 0, fill_report, &x, NULL, err);
}

/* ---- messages between the processes ---- */

enum task_mode {
    TASK_CONVERT,           /* the whole work */
    TASK_PROBLEM,           /* record REASON as the failure, without reading */
    TASK_ENDED              /* read and hash, then record REASON: the file
                               ended the worker that converted it */
};

/* parent -> worker: one file, followed by its path, name and reason */
typedef struct task_head {
    uint64_t index;
    uint32_t path_len, name_len, reason_len;
    int32_t walked;
    int32_t mode;           /* enum task_mode */
    int32_t exit_status;    /* TASK_PROBLEM, TASK_ENDED */
    char kind[16];
} task_head;

enum outcome {
    OUT_CONVERTED,
    OUT_UP_TO_DATE,
    OUT_SKIPPED,            /* not a report */
    OUT_FAILED,
    OUT_FATAL,              /* the dataset cannot be written: stop */
    OUT_STATS               /* a worker's last word: its memory */
};

/* worker -> parent: what became of a file (one write, under PIPE_BUF) */
typedef struct result {
    uint64_t index;
    int32_t outcome;
    int32_t values_found, values_expected, checks_failed, checks_total, warnings;
    char format[8], layout[8];
    int64_t worker_kb;      /* OUT_STATS: peak resident memory */
    char message[1024];     /* failed: why; skipped: what it is; fatal: the error */
} result;

/* Write or read exactly SIZE bytes through FD; 0, or -1 at the end of
 * the file (reading) or on an error. */
static int transfer(int fd, char *p, size_t size, int writing)
{
    while (size > 0) {
        ssize_t n = writing ? write(fd, p, size) : read(fd, p, size);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        size -= (size_t)n;
    }
    return 0;
}

static int write_all(int fd, const void *data, size_t size)
{
    return transfer(fd, (char *)(uintptr_t)data, size, 1);
}

static int read_all(int fd, void *data, size_t size)
{
    return transfer(fd, data, size, 0);
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- the state of a run ---- */

/* A file handed out again: after its worker ended, as a failure (mode
 * TASK_ENDED) if it was the one being converted, as it was otherwise. */
typedef struct redo {
    size_t index;
    int mode;
    int exit_status;
    char kind[16];
    char reason[160];
} redo;

typedef struct worker {
    pid_t pid;
    int task_fd, result_fd;     /* parent's ends */
    redo pending[AHEAD];        /* handed out, oldest (the current) first */
    int npending;
    int alive;
    int said_bye;               /* sent its last word: ends on purpose */
} worker;

typedef struct run {
    const xg_batch_opts *o;
    char *db, *tmpdir, *reports;    /* DIR/xxgk.sqlite, DIR/.tmp, DIR/reports */
    char *lock;                     /* DIR/.lock */
    xg_inputs *in;
    worker *w;
    int nworkers;
    pid_t parent;
    redo *redos;                /* to hand out before the next new file */
    size_t nredos, capredos;
    /* counts */
    size_t converted, up_to_date, skipped, failed, lost, with_failed_checks, done;
    int fatal;
    int64_t worker_kb;
    double started;
    double files_done;          /* when the last file was done */
    double progress_at;
    int progress_shown;
    int progress;           /* a progress line: standard error is a terminal */
} run;

/* ---- the worker ---- */

typedef struct fault {
    char kind[16];          /* crash, hang, memory */
    char match[256];        /* in the file's name */
} fault;

/* XXGK_TEST_FAULT=KIND:TEXT makes the conversion of every file whose name
 * contains TEXT crash, hang or exhaust its memory: the test suite's way to
 * show what the batch does then (documented in man/xxgk.1). */
static void read_fault(fault *f)
{
    const char *spec = getenv("XXGK_TEST_FAULT"), *colon;

    memset(f, 0, sizeof *f);
    if (spec == NULL || (colon = strchr(spec, ':')) == NULL ||
        (size_t)(colon - spec) >= sizeof f->kind)
        return;
    memcpy(f->kind, spec, (size_t)(colon - spec));
    snprintf(f->match, sizeof f->match, "%s", colon + 1);
}

/* Returns 1 when the fault is memory exhaustion, reached. */
static int inject_fault(const fault *f, const char *name)
{
    if (f->kind[0] == '\0' || strstr(name, f->match) == NULL)
        return 0;
    if (strcmp(f->kind, "crash") == 0)
        raise(SIGSEGV);
    if (strcmp(f->kind, "hang") == 0)
        for (;;)
            pause();
    if (strcmp(f->kind, "memory") == 0) {
        for (;;) {
            char *p = malloc(1 << 20);

            if (p == NULL)
                return 1;       /* the limit holds (the worker ends after) */
            memset(p, 1, 1 << 20);
        }
    }
    return 0;
}

/* The address-space limit: what the process has now plus MIB. */
static void limit_memory(unsigned mib)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    struct rlimit rl;

    if (f != NULL) {
        if (fscanf(f, "%lu", &pages) != 1)
            pages = 0;
        fclose(f);
    }
    rl.rlim_cur = rl.rlim_max = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) +
                                ((rlim_t)mib << 20);
    setrlimit(RLIMIT_AS, &rl);
}

static void set_timer(double seconds)
{
    struct itimerval it;

    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = (time_t)seconds;
    it.it_value.tv_usec = (suseconds_t)((seconds - floor(seconds)) * 1e6);
    if (seconds > 0 && it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
        it.it_value.tv_usec = 1;
    setitimer(ITIMER_REAL, &it, NULL);
}

static int output_path(xg_buf *b, const run *r, const char *name, const char *ext)
{
    xg_buf_reset(b);
    return xg_buf_printf(b, "%s/%s%s", r->reports, name, ext);
}

typedef struct worker_ctx {
    const run *r;
    xg_dataset *ds;
    fault fault;
    unsigned char *data;        /* the current file */
    size_t cap;
    int end;                    /* replace this worker after this file */
} worker_ctx;

static void record_failure(worker_ctx *w, result *res, const xg_file_info *fi,
                           int exit_status, const char *kind, const char *reason)
{
    xg_error err = {0};

    res->outcome = OUT_FAILED;
    snprintf(res->message, sizeof res->message, "%s", reason);
    if (xg_dataset_put_failure(w->ds, fi, exit_status, kind, reason, &err) != XG_OK) {
        res->outcome = OUT_FATAL;
        snprintf(res->message, sizeof res->message, "%s", err.message);
    }
}

/* Remove a name's report outputs (it failed, or is not a report). */
static void remove_outputs(const run *r, const char *name)
{
    xg_buf path = {0};

    if (output_path(&path, r, name, ".json") == 0)
        unlink(path.data);
    if (output_path(&path, r, name, ".csv") == 0)
        unlink(path.data);
    xg_buf_free(&path);
}

static int outputs_present(const run *r, const char *name)
{
    xg_buf path = {0};
    struct stat st;
    int ok = output_path(&path, r, name, ".json") == 0 && stat(path.data, &st) == 0 &&
             output_path(&path, r, name, ".csv") == 0 && stat(path.data, &st) == 0;

    xg_buf_free(&path);
    return ok;
}

/* Read the file at PATH into w->data (up to the input bound plus one
 * byte); *SIZE gets the bytes read, *FILE_SIZE the file's size.  Returns
 * 0 or an errno. */
static int read_input(worker_ctx *w, const char *path, int walked, size_t *size,
                      long long *file_size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (walked ? O_NOFOLLOW : 0));
    struct stat st;
    size_t want, got = 0;
    int e = 0;

    if (fd < 0)
        return errno;
    if (fstat(fd, &st) != 0)
        e = errno;
    else if (S_ISDIR(st.st_mode))
        e = EISDIR;
    else if (!S_ISREG(st.st_mode))
        e = ENODEV;
    if (e != 0) {
        close(fd);
        return e;
    }
    *file_size = st.st_size;
    want = (size_t)st.st_size > XG_MAX_INPUT_BYTES ? XG_MAX_INPUT_BYTES + 1u : (size_t)st.st_size;
    if (want + 1 > w->cap) {
        unsigned char *d = realloc(w->data, want + 1);

        if (d == NULL) {
            close(fd);
            return ENOMEM;
        }
        w->data = d;
        w->cap = want + 1;
    }
    while (got < want) {
        ssize_t n = read(fd, w->data + got, want - got);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            e = errno;
            close(fd);
            return e;
        }
        if (n == 0)
            break;      /* shrank while read: take what is there */
        got += (size_t)n;
    }
    close(fd);
    *size = got;
    return 0;
}

/* Convert w->data; write the outputs; store the rows.  Fills RES. */
static void convert(worker_ctx *w, result *res, xg_file_info *fi, size_t size,
                    int was_report)
{
    static const char *const ext[] = {".json", ".csv"};
    int (*const writers[])(const xg_report *, FILE *, xg_error *) = {xg_write_json, xg_write_csv};
    const run *r = w->r;
    double start = now();
    xg_error err = {0};
    xg_report *report = NULL;
    xg_buf path = {0};
    xg_summary s;
    int i;

    if (r->o->timeout > 0)
        set_timer(r->o->timeout);
    if (inject_fault(&w->fault, fi->name)) {
        err.code = XG_ERR_NOMEM;
        snprintf(err.message, sizeof err.message, "out of memory");
    } else
        report = xg_convert_bytes_opts(w->data, size, fi->name, r->o->convert, &err);
    if (r->o->timeout > 0)
        set_timer(0);
    if (report == NULL) {
        if (was_report)
            remove_outputs(r, fi->name);
        fi->seconds = now() - start;
        record_failure(w, res, fi, xg_exit_status(err.code),
                       err.code == XG_ERR_NOMEM ? "memory" : "error", err.message);
        /* after running out of memory the worker is not trusted further */
        w->end = err.code == XG_ERR_NOMEM;
        return;
    }
    for (i = 0; i < 2; i++) {
        report_out x = {report, writers[i]};

        errno = 0;
        if (output_path(&path, r, fi->name, ext[i]) != 0) {
            res->outcome = OUT_FATAL;
            snprintf(res->message, sizeof res->message, "out of memory");
            goto done;
        }
        if (xg_write_file(path.data, r->tmpdir, XG_WRITE_MKDIRS, fill_report, &x, NULL,
                          &err) != XG_OK) {
            int e = errno;

            /* a name the file system refuses is this file's problem; a full
             * or read-only disk is the run's */
            if (e == ENAMETOOLONG || e == ENOTDIR || e == EISDIR || e == EEXIST ||
                e == EILSEQ || e == EINVAL) {
                remove_outputs(r, fi->name);
                fi->seconds = now() - start;
                record_failure(w, res, fi, XG_EXIT_OUTPUT, "error", err.message);
            } else {
                res->outcome = OUT_FATAL;
                snprintf(res->message, sizeof res->message, "%s", err.message);
            }
            goto done;
        }
    }
    fi->seconds = now() - start;
    if (xg_dataset_put_report(w->ds, fi, report, &err) != XG_OK) {
        res->outcome = err.code == XG_ERR_NOMEM ? OUT_FAILED : OUT_FATAL;
        snprintf(res->message, sizeof res->message, "%s", err.message);
        goto done;
    }
    xg_report_summary(report, &s);
    res->outcome = OUT_CONVERTED;
    res->values_found = s.values_found;
    res->values_expected = s.values_expected;
    res->checks_failed = s.checks_failed;
    res->checks_total = s.checks_total;
    res->warnings = s.warnings;
    snprintf(res->format, sizeof res->format, "%s", xg_format_name(s.format));
    snprintf(res->layout, sizeof res->layout, "%s", s.layout);
done:
    xg_report_free(report);
    xg_buf_free(&path);
}

/* One file, start to end. */
static void handle(worker_ctx *w, result *res, const task_head *t, const char *path,
                   const char *name, const char *reason)
{
    const run *r = w->r;
    xg_file_info fi = {name, NULL, -1, 0};
    xg_file_record rec;
    xg_error err = {0};
    const char *kind;
    char sha[65];
    size_t size = 0;
    int e;

    if (t->mode == TASK_PROBLEM) {
        remove_outputs(r, name);
        record_failure(w, res, &fi, t->exit_status, t->kind, reason);
        return;
    }
    if ((e = read_input(w, path, t->walked, &size, &fi.size)) != 0) {
        char why[300];

        if (e == EISDIR)
            snprintf(why, sizeof why, "is a directory");
        else if (e == ENODEV)
            snprintf(why, sizeof why, "not a regular file");
        else if (e == ELOOP && t->walked)
            snprintf(why, sizeof why, "is a symbolic link");
        else
            snprintf(why, sizeof why, "cannot open: %s", strerror(e));
        remove_outputs(r, name);
        record_failure(w, res, &fi, XG_EXIT_INPUT, "error", why);
        return;
    }
    if (xg_dataset_lookup(w->ds, name, &rec, &err) != XG_OK) {
        res->outcome = OUT_FATAL;
        snprintf(res->message, sizeof res->message, "%s", err.message);
        return;
    }
    if ((kind = xg_content_kind(w->data, size)) != NULL) {
        res->outcome = OUT_SKIPPED;
        snprintf(res->message, sizeof res->message, "%s", kind);
        if (rec.state == XG_STATE_SKIPPED && rec.size == fi.size && strcmp(rec.kind, kind) == 0)
            return;
        remove_outputs(r, name);
        if (xg_dataset_put_skipped(w->ds, &fi, kind, &err) != XG_OK) {
            res->outcome = OUT_FATAL;
            snprintf(res->message, sizeof res->message, "%s", err.message);
        }
        return;
    }
    if (size > XG_MAX_INPUT_BYTES) {
        char why[64];

        snprintf(why, sizeof why, "file larger than %u bytes", XG_MAX_INPUT_BYTES);
        remove_outputs(r, name);
        record_failure(w, res, &fi, XG_EXIT_INPUT, "error", why);
        return;
    }
    {
        xg_sha256 ctx;

        xg_sha256_init(&ctx);
        xg_sha256_update(&ctx, w->data, size);
        xg_sha256_hex(&ctx, sha);
        fi.sha256 = sha;
    }
    if (t->mode == TASK_ENDED) {
        remove_outputs(r, name);
        record_failure(w, res, &fi, t->exit_status, t->kind, reason);
        return;
    }
    if (!r->o->force && rec.current && strcmp(rec.sha256, sha) == 0) {
        if (rec.state == XG_STATE_REPORT && outputs_present(r, name)) {
            res->outcome = OUT_UP_TO_DATE;
            res->checks_failed = rec.checks_failed;
            return;
        }
        if (rec.state == XG_STATE_FAILURE && !r->o->retry_failed) {
            res->outcome = OUT_FAILED;
            snprintf(res->message, sizeof res->message, "failed in an earlier run");
            return;
        }
    }
    convert(w, res, &fi, size, rec.state == XG_STATE_REPORT);
}

static void worker_main(run *r, int task_fd, int result_fd)
{
    worker_ctx w;
    xg_error err = {0};
    xg_buf path = {0}, name = {0}, reason = {0};
    result res;
    struct rusage ru;
    int files = 0;

    memset(&w, 0, sizeof w);
    w.r = r;
    read_fault(&w.fault);
    memset(&res, 0, sizeof res);
    if (r->o->max_memory > 0)
        limit_memory(r->o->max_memory);
    /* The memory a file used, freed, is kept for the next file: glibc
     * gives the top of the heap back after every file otherwise, and
     * taking it again costs page faults, and giving it back a TLB flush on
     * every processor (a third of the CPU time of a run of small files on
     * a virtual machine).  What is kept is at most the largest file's
     * peak, and the worker ends after RECYCLE_AFTER files. */
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    if ((w.ds = xg_dataset_open(r->db, &err)) == NULL) {
        res.outcome = OUT_FATAL;
        res.index = UINT64_MAX;
        snprintf(res.message, sizeof res.message, "%s", err.message);
        write_all(result_fd, &res, sizeof res);
        _exit(0);
    }
    /* the workers take turns at writing through a lock that wakes the
     * next at once (byte 1 of DIR/.lock; the run holds byte 0) */
    xg_dataset_set_writer_lock(w.ds, open(r->lock, O_RDWR | O_CLOEXEC));
    while (!w.end && files < RECYCLE_AFTER) {
        task_head t;
        char buf[XG_MAX_PATH_BYTES * 2 + 1];

        if (read_all(task_fd, &t, sizeof t) != 0)
            break;
        /* the lengths come from our own parent, bounded all the same */
        if (t.path_len > sizeof buf - 1 || t.name_len > sizeof buf - 1 ||
            t.reason_len > sizeof buf - 1)
            break;
        xg_buf_reset(&path);
        xg_buf_reset(&name);
        xg_buf_reset(&reason);
        if (read_all(task_fd, buf, t.path_len) != 0 || xg_buf_append(&path, buf, t.path_len) != 0 ||
            read_all(task_fd, buf, t.name_len) != 0 || xg_buf_append(&name, buf, t.name_len) != 0 ||
            read_all(task_fd, buf, t.reason_len) != 0 ||
            xg_buf_append(&reason, buf, t.reason_len) != 0)
            break;
        t.kind[sizeof t.kind - 1] = '\0';
        memset(&res, 0, sizeof res);
        res.index = t.index;
        handle(&w, &res, &t, xg_buf_str(&path), xg_buf_str(&name), xg_buf_str(&reason));
        if (write_all(result_fd, &res, sizeof res) != 0)
            break;
        files++;
        /* a large file's buffer is not kept */
        if (w.cap > (8u << 20)) {
            free(w.data);
            w.data = NULL;
            w.cap = 0;
        }
    }
    xg_dataset_free(w.ds);
    memset(&res, 0, sizeof res);
    res.outcome = OUT_STATS;
    res.index = UINT64_MAX;
    getrusage(RUSAGE_SELF, &ru);
    res.worker_kb = ru.ru_maxrss;
    write_all(result_fd, &res, sizeof res);
    /* nothing else is freed: the process ends here */
    _exit(0);
}

/* ---- the parent ---- */

static int start_worker(run *r, int k)
{
    int task[2], res[2], i;
    pid_t pid;

    if (pipe(task) != 0)
        return -1;
    if (pipe(res) != 0) {
        close(task[0]);
        close(task[1]);
        return -1;
    }
    fflush(NULL);
    pid = fork();
    if (pid < 0) {
        close(task[0]);
        close(task[1]);
        close(res[0]);
        close(res[1]);
        return -1;
    }
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != r->parent)
            _exit(0);
        /* the other workers' pipes are not this one's to hold open */
        for (i = 0; i < r->nworkers; i++)
            if (i != k && r->w[i].alive) {
                close(r->w[i].task_fd);
                close(r->w[i].result_fd);
            }
        close(task[1]);
        close(res[0]);
        worker_main(r, task[0], res[1]);
    }
    close(task[0]);
    close(res[1]);
    fcntl(task[1], F_SETFD, FD_CLOEXEC);
    fcntl(res[0], F_SETFD, FD_CLOEXEC);
    r->w[k].pid = pid;
    r->w[k].task_fd = task[1];
    r->w[k].result_fd = res[0];
    r->w[k].alive = 1;
    r->w[k].said_bye = 0;
    r->w[k].npending = 0;
    return 0;
}

static int send_task(run *r, worker *w, const redo *job)
{
    const char *path = xg_inputs_path(r->in, job->index);
    const char *name = xg_inputs_name(r->in, job->index);
    const char *reason = job->mode == TASK_CONVERT ? "" : job->reason;
    task_head t;

    memset(&t, 0, sizeof t);
    t.index = job->index;
    t.path_len = (uint32_t)strlen(path);
    t.name_len = (uint32_t)strlen(name);
    t.reason_len = (uint32_t)strlen(reason);
    t.walked = xg_inputs_walked(r->in, job->index);
    t.mode = job->mode;
    t.exit_status = job->exit_status;
    snprintf(t.kind, sizeof t.kind, "%s", job->kind);
    if (write_all(w->task_fd, &t, sizeof t) != 0 || write_all(w->task_fd, path, t.path_len) != 0 ||
        write_all(w->task_fd, name, t.name_len) != 0 ||
        write_all(w->task_fd, reason, t.reason_len) != 0)
        return -1;
    w->pending[w->npending++] = *job;
    return 0;
}

/* The next file to hand out: one to do again first, then the next new
 * one (a listing problem becomes a TASK_PROBLEM). */
static int next_job(run *r, size_t *next, size_t total, redo *job)
{
    const char *problem;

    if (r->nredos > 0) {
        *job = r->redos[0];
        memmove(r->redos, r->redos + 1, (r->nredos - 1) * sizeof *r->redos);
        r->nredos--;
        return 1;
    }
    if (*next >= total)
        return 0;
    memset(job, 0, sizeof *job);
    job->index = (*next)++;
    job->mode = TASK_CONVERT;
    if ((problem = xg_inputs_problem(r->in, job->index)) != NULL) {
        job->mode = TASK_PROBLEM;
        job->exit_status = XG_EXIT_INPUT;
        snprintf(job->kind, sizeof job->kind, "error");
        snprintf(job->reason, sizeof job->reason, "%s", problem);
    }
    return 1;
}

static void push_redo(run *r, const redo *job)
{
    if (r->nredos == r->capredos) {
        size_t cap = r->capredos ? r->capredos * 2 : 8;
        redo *p = realloc(r->redos, cap * sizeof *p);

        if (p == NULL) {
            fprintf(stderr, "xxgk: %s: out of memory\n", xg_inputs_path(r->in, job->index));
            r->lost++;
            return;
        }
        r->redos = p;
        r->capredos = cap;
    }
    r->redos[r->nredos++] = *job;
}

static void clear_progress(run *r)
{
    if (r->progress_shown) {
        fputs("\r\033[K", stderr);
        r->progress_shown = 0;
    }
}

static void show_progress(run *r, size_t total, int force)
{
    double t = now(), elapsed = t - r->started, rate, left;

    if (!r->progress)
        return;
    if (!force && t - r->progress_at < 0.2)
        return;
    r->progress_at = t;
    rate = elapsed > 0 ? (double)r->done / elapsed : 0;
    left = rate > 0 ? (double)(total - r->done) / rate : 0;
    fprintf(stderr, "\r\033[K[%zu/%zu] %.1f files/s, %d:%02d left, %zu failed",
            r->done, total, rate, (int)(left / 60), (int)fmod(left, 60), r->failed);
    fflush(stderr);
    r->progress_shown = 1;
}

static void take_result(run *r, worker *w, const result *res, size_t total)
{
    const char *path, *name;

    if (res->outcome == OUT_STATS) {
        if (res->worker_kb > r->worker_kb)
            r->worker_kb = res->worker_kb;
        w->said_bye = 1;
        return;
    }
    if (res->index >= xg_inputs_count(r->in)) {      /* the worker could not start */
        clear_progress(r);
        if (!r->fatal)
            fprintf(stderr, "xxgk: %s\n", res->message);
        r->fatal = 1;
        return;
    }
    if (w->npending > 0 && w->pending[0].index == res->index) {
        memmove(&w->pending[0], &w->pending[1], (size_t)(w->npending - 1) * sizeof w->pending[0]);
        w->npending--;
    }
    path = xg_inputs_path(r->in, (size_t)res->index);
    name = xg_inputs_name(r->in, (size_t)res->index);
    r->done++;
    switch (res->outcome) {
    case OUT_CONVERTED:
    case OUT_UP_TO_DATE:
        if (res->outcome == OUT_CONVERTED)
            r->converted++;
        else
            r->up_to_date++;
        if (res->checks_failed > 0)
            r->with_failed_checks++;
        if (!r->o->verbose)
            break;
        if (res->outcome == OUT_UP_TO_DATE)
            printf("[%zu/%zu] %s: up to date\n", r->done, total, path);
        else
            printf("[%zu/%zu] %s -> %s/%s.json: %s, layout %s, %d/%d values, %d/%d checks failed, %d warning%s\n",
                   r->done, total, path, r->reports, name, res->format, res->layout,
                   res->values_found, res->values_expected, res->checks_failed,
                   res->checks_total, res->warnings, res->warnings == 1 ? "" : "s");
        break;
    case OUT_SKIPPED:
        r->skipped++;
        if (r->o->verbose)
            printf("[%zu/%zu] %s: not a report (%s)\n", r->done, total, path, res->message);
        break;
    case OUT_FAILED:
        r->failed++;
        if (r->o->verbose) {
            printf("[%zu/%zu] %s: failed\n", r->done, total, path);
            fflush(stdout);
            fprintf(stderr, "xxgk: %s: %s\n", path, res->message);
        }
        break;
    default:
        r->done--;
        clear_progress(r);
        if (!r->fatal)
            fprintf(stderr, "xxgk: %s\n", res->message);
        r->fatal = 1;
        break;
    }
    if (r->o->verbose)
        fflush(stdout);
    show_progress(r, total, 0);
}

/* A worker's pipe closed.  If it ended on a file (it had one in hand),
 * that file becomes a failure saying how it ended, and the files it had
 * been handed after it go to another worker.  A new worker takes its
 * place while files remain. */
static void end_worker(run *r, int k, int more)
{
    worker *w = &r->w[k];
    int status = 0, i;

    w->alive = 0;
    close(w->result_fd);
    close(w->task_fd);
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    for (i = 0; i < w->npending; i++) {
        redo job = w->pending[i];
        int ended_on_it = i == 0 && !(w->said_bye && WIFEXITED(status) && WEXITSTATUS(status) == 0);

        if (ended_on_it && job.mode == TASK_CONVERT) {
            job.mode = TASK_ENDED;
            job.exit_status = XG_EXIT_INTERNAL;
            if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM) {
                snprintf(job.kind, sizeof job.kind, "timeout");
                snprintf(job.reason, sizeof job.reason, "conversion took longer than %g s",
                         r->o->timeout);
            } else if (WIFSIGNALED(status)) {
                snprintf(job.kind, sizeof job.kind, "crash");
                snprintf(job.reason, sizeof job.reason, "conversion crashed (signal %d, %s)",
                         WTERMSIG(status), strsignal(WTERMSIG(status)));
            } else {
                snprintf(job.kind, sizeof job.kind, "crash");
                snprintf(job.reason, sizeof job.reason,
                         "conversion ended its process (exit status %d)", WEXITSTATUS(status));
            }
        } else if (ended_on_it) {
            /* recording the failure ended a worker too: give up on it */
            clear_progress(r);
            fprintf(stderr, "xxgk: %s: %s\n", xg_inputs_path(r->in, job.index), job.reason);
            r->lost++;
            continue;
        }
        push_redo(r, &job);
    }
    w->npending = 0;
    if (more && !r->fatal && start_worker(r, k) != 0) {
        clear_progress(r);
        fprintf(stderr, "xxgk: cannot start a process: %s\n", strerror(errno));
    }
}

/* Hand out the files and take the results until every file is done or
 * the dataset cannot be written. */
static void dispatch(run *r, size_t total)
{
    size_t next = 0;
    int k;

    for (;;) {
        struct pollfd pfd[256];
        int alive = 0, busy = 0, n;
        redo job;

        for (k = 0; k < r->nworkers; k++) {
            worker *w = &r->w[k];

            if (!w->alive)
                continue;
            while (!r->fatal && w->npending < AHEAD && next_job(r, &next, total, &job)) {
                if (send_task(r, w, &job) != 0) {
                    push_redo(r, &job);     /* the worker is gone: its pipe says so */
                    break;
                }
            }
            alive++;
            busy += w->npending > 0;
        }
        if (busy == 0 && (r->fatal || (next >= total && r->nredos == 0) || alive == 0))
            break;
        for (k = n = 0; k < r->nworkers; k++)
            if (r->w[k].alive) {
                pfd[n].fd = r->w[k].result_fd;
                pfd[n].events = POLLIN;
                pfd[n].revents = 0;
                n++;
            }
        if (poll(pfd, (nfds_t)n, 250) < 0 && errno != EINTR)
            break;
        for (k = n = 0; k < r->nworkers; k++) {
            worker *w = &r->w[k];

            if (!w->alive)
                continue;
            if (pfd[n++].revents & (POLLIN | POLLHUP | POLLERR)) {
                result res;

                if (read_all(w->result_fd, &res, sizeof res) != 0)
                    end_worker(r, k, next < total || r->nredos > 0 || w->npending > 0);
                else
                    take_result(r, w, &res, total);
            }
        }
        show_progress(r, total, 0);
    }
    /* the end: workers report their memory and exit */
    for (k = 0; k < r->nworkers; k++) {
        worker *w = &r->w[k];
        result res;

        if (!w->alive)
            continue;
        close(w->task_fd);
        while (read_all(w->result_fd, &res, sizeof res) == 0)
            take_result(r, w, &res, total);
        close(w->result_fd);
        while (waitpid(w->pid, NULL, 0) < 0 && errno == EINTR)
            ;
        w->alive = 0;
    }
    clear_progress(r);
}

/* Remove what a killed run left in DIR/.tmp. */
static void clean_tmp(const char *tmpdir)
{
    xg_buf path = {0};
    DIR *d = opendir(tmpdir);
    struct dirent *de;

    if (d == NULL)
        return;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        xg_buf_reset(&path);
        if (xg_buf_printf(&path, "%s/%s", tmpdir, de->d_name) == 0)
            unlink(path.data);
    }
    closedir(d);
    xg_buf_free(&path);
}

/* Take DIR for this run: a lock (released by the system when the process
 * ends, however it ends), and a clean DIR/.tmp.  Returns the lock's
 * descriptor or -1 after printing why. */
static int take_dir(run *r)
{
    xg_error err = {0};
    struct flock fl;
    int fd;

    if (xg_mkdirs(r->o->dir, &err) != XG_OK) {
        fprintf(stderr, "xxgk: %s\n", err.message);
        return -1;
    }
    fd = open(r->lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
        fprintf(stderr, "xxgk: cannot write %s: %s\n", r->lock, strerror(errno));
        return -1;
    }
    memset(&fl, 0, sizeof fl);
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_len = 1;           /* byte 0: the run; byte 1 is the workers' (dataset.h) */
    if (fcntl(fd, F_SETLK, &fl) != 0) {
        fprintf(stderr, "xxgk: %s: in use by another xxgk\n", r->o->dir);
        close(fd);
        return -1;
    }
    if (xg_mkdirs(r->tmpdir, &err) != XG_OK) {
        fprintf(stderr, "xxgk: %s\n", err.message);
        close(fd);
        return -1;
    }
    clean_tmp(r->tmpdir);
    return fd;
}

static int init_run(run *r, const xg_batch_opts *o)
{
    xg_buf b = {0};

    memset(r, 0, sizeof *r);
    r->o = o;
    r->parent = getpid();
    r->started = now();
    r->progress = !o->quiet && !o->verbose && isatty(STDERR_FILENO);
    if (xg_buf_printf(&b, "%s/" XG_DATASET_DB, o->dir) != 0 || (r->db = xg_buf_steal(&b)) == NULL ||
        xg_buf_printf(&b, "%s/" XG_DATASET_TMP, o->dir) != 0 || (r->tmpdir = xg_buf_steal(&b)) == NULL ||
        xg_buf_printf(&b, "%s/" XG_DATASET_REPORTS, o->dir) != 0 ||
        (r->reports = xg_buf_steal(&b)) == NULL ||
        xg_buf_printf(&b, "%s/.lock", o->dir) != 0 || (r->lock = xg_buf_steal(&b)) == NULL) {
        xg_buf_free(&b);
        return -1;
    }
    return 0;
}

static void free_run(run *r)
{
    free(r->db);
    free(r->tmpdir);
    free(r->reports);
    free(r->lock);
    free(r->w);
    free(r->redos);
    xg_inputs_free(r->in);
}

/* After the files: the findings across years and the exports.  Returns
 * the number of exports rewritten, or -1 after printing why. */
static int finish_dataset(run *r, long long *reports, long long *failures)
{
    xg_error err = {0};
    xg_dataset *ds = xg_dataset_open(r->db, &err);
    int rewritten = 0;

    if (ds == NULL || xg_dataset_continuity(ds, &err) != XG_OK ||
        xg_dataset_export(ds, r->o->dir, r->tmpdir, r->o->excel, &rewritten, &err) != XG_OK) {
        fprintf(stderr, "xxgk: %s\n", err.message);
        xg_dataset_free(ds);
        return -1;
    }
    *reports = xg_dataset_count(ds, "reports");
    *failures = xg_dataset_count(ds, "failures");
    xg_dataset_free(ds);
    rmdir(r->tmpdir);
    return rewritten;
}

/* The database exists with its tables (and the organisation map) before
 * any worker opens it; the parent's handle is closed before it forks. */
static int prepare_db(run *r)
{
    xg_error err = {0};
    xg_dataset *ds = xg_dataset_open(r->db, &err);

    if (ds != NULL && r->o->org_map != NULL &&
        xg_dataset_set_org_map(ds, r->o->org_map, &err) != XG_OK) {
        xg_dataset_free(ds);
        ds = NULL;
    }
    if (ds == NULL) {
        fprintf(stderr, "xxgk: %s\n", err.message);
        return err.code == XG_ERR_USAGE ? XG_EXIT_USAGE : XG_EXIT_OUTPUT;
    }
    xg_dataset_free(ds);
    return XG_EXIT_OK;
}

static int list_inputs(run *r, char **paths, int npaths)
{
    xg_error err = {0};
    struct stat st;
    int i, rc = XG_OK;

    if ((r->in = xg_inputs_new()) == NULL) {
        fprintf(stderr, "xxgk: out of memory\n");
        return XG_EXIT_INTERNAL;
    }
    if (stat(r->o->dir, &st) == 0)
        xg_inputs_exclude(r->in, st.st_dev, st.st_ino);
    for (i = 0; i < npaths && rc == XG_OK; i++)
        rc = xg_inputs_add(r->in, paths[i], &err);
    if (rc == XG_OK && r->o->files_from != NULL) {
        int from_stdin = strcmp(r->o->files_from, "-") == 0;
        FILE *list = from_stdin ? stdin : fopen(r->o->files_from, "r");

        if (list == NULL) {
            fprintf(stderr, "xxgk: %s: cannot open: %s\n", r->o->files_from, strerror(errno));
            return XG_EXIT_USAGE;
        }
        rc = xg_inputs_add_list(r->in, list, from_stdin ? "standard input" : r->o->files_from, &err);
        if (!from_stdin)
            fclose(list);
    }
    if (rc != XG_OK) {
        fprintf(stderr, "xxgk: %s\n", err.message);
        return rc == XG_ERR_NOMEM ? XG_EXIT_INTERNAL : XG_EXIT_USAGE;
    }
    if (r->o->shard_n > 0)
        xg_inputs_shard(r->in, r->o->shard_k, r->o->shard_n);
    return XG_EXIT_OK;
}

static void print_summary(run *r, size_t total, int rewritten, long long reports,
                          long long failures)
{
    size_t accounted = r->converted + r->up_to_date + r->skipped + r->failed + r->lost;

    printf("%zu file%s: %zu converted, %zu up to date, %zu not reports, %zu failed",
           total, total == 1 ? "" : "s", r->converted, r->up_to_date, r->skipped, r->failed);
    if (r->lost > 0)
        printf(", %zu not finished", r->lost);
    if (accounted < total)      /* the run stopped on an error of its outputs */
        printf(", %zu not done", total - accounted);
    printf("; %zu with failed checks; %.1f s\n", r->with_failed_checks, now() - r->started);
    if (rewritten >= 0)
        printf("%s: %lld report%s, %lld failure%s; %d export%s rewritten\n", r->o->dir,
               reports, reports == 1 ? "" : "s", failures, failures == 1 ? "" : "s",
               rewritten, rewritten == 1 ? "" : "s");
    if (r->o->verbose) {
        struct rusage ru;

        getrusage(RUSAGE_SELF, &ru);
        printf("peak memory: parent %ld KiB, worker %lld KiB\n", ru.ru_maxrss,
               (long long)r->worker_kb);
        if (r->files_done > 0)
            printf("time: files %.3f s, then findings and exports %.3f s\n",
                   r->files_done - r->started, now() - r->files_done);
    }
    fflush(stdout);
}

int xg_batch_run(const xg_batch_opts *o, char **paths, int npaths)
{
    run r;
    size_t total;
    int lockfd = -1, status, k, rewritten = -1;
    long long reports = 0, failures = 0;

    signal(SIGPIPE, SIG_IGN);       /* a dead worker's pipe: EPIPE, handled */
    signal(SIGXFSZ, SIG_IGN);       /* a file size limit: EFBIG, reported */
    if (init_run(&r, o) != 0) {
        fprintf(stderr, "xxgk: out of memory\n");
        free_run(&r);
        return XG_EXIT_INTERNAL;
    }
    if ((lockfd = take_dir(&r)) < 0) {
        status = XG_EXIT_OUTPUT;
        goto done;
    }
    if ((status = prepare_db(&r)) != XG_EXIT_OK)
        goto done;
    if ((status = list_inputs(&r, paths, npaths)) != XG_EXIT_OK)
        goto done;
    total = xg_inputs_count(r.in);
    r.nworkers = total < (size_t)o->jobs ? (int)total : o->jobs;
    if (r.nworkers > 0 && (r.w = calloc((size_t)r.nworkers, sizeof *r.w)) == NULL) {
        fprintf(stderr, "xxgk: out of memory\n");
        status = XG_EXIT_INTERNAL;
        goto done;
    }
    for (k = 0; k < r.nworkers; k++)
        if (start_worker(&r, k) != 0) {
            fprintf(stderr, "xxgk: cannot start a process: %s\n", strerror(errno));
            r.nworkers = k;
            break;
        }
    if (total > 0 && r.nworkers == 0) {
        status = XG_EXIT_INTERNAL;
        goto done;
    }
    show_progress(&r, total, 1);
    dispatch(&r, total);
    r.files_done = now();
    if (!r.fatal) {
        rewritten = finish_dataset(&r, &reports, &failures);
        if (rewritten < 0)
            r.fatal = 1;
    }
    print_summary(&r, total, rewritten, reports, failures);
    status = r.fatal ? XG_EXIT_OUTPUT : r.lost > 0 ? XG_EXIT_INTERNAL :
             r.failed > 0 ? XG_EXIT_PARTIAL : XG_EXIT_OK;
done:
    if (lockfd >= 0)
        close(lockfd);
    free_run(&r);
    return status;
}

int xg_batch_merge(const xg_batch_opts *o, char **shards, int nshards)
{
    run r;
    xg_error err = {0};
    xg_dataset *ds = NULL;
    int lockfd, i, rewritten = 0, status = XG_EXIT_OK;

    signal(SIGXFSZ, SIG_IGN);
    if (init_run(&r, o) != 0) {
        fprintf(stderr, "xxgk: out of memory\n");
        return XG_EXIT_INTERNAL;
    }
    if ((lockfd = take_dir(&r)) < 0) {
        free_run(&r);
        return XG_EXIT_OUTPUT;
    }
    if ((status = prepare_db(&r)) != XG_EXIT_OK)
        goto done;
    if ((ds = xg_dataset_open(r.db, &err)) == NULL)
        goto fail;
    for (i = 0; i < nshards; i++)
        if (xg_dataset_merge(ds, shards[i], o->dir, r.tmpdir, &err) != XG_OK)
            goto fail;
    if (xg_dataset_continuity(ds, &err) != XG_OK ||
        xg_dataset_export(ds, o->dir, r.tmpdir, o->excel, &rewritten, &err) != XG_OK)
        goto fail;
    printf("%d shard%s merged; %s: %lld reports, %lld failures; %d export%s rewritten\n",
           nshards, nshards == 1 ? "" : "s", o->dir, xg_dataset_count(ds, "reports"),
           xg_dataset_count(ds, "failures"), rewritten, rewritten == 1 ? "" : "s");
    rmdir(r.tmpdir);
    goto done;
fail:
    fprintf(stderr, "xxgk: %s\n", err.message);
    status = err.code == XG_ERR_USAGE ? XG_EXIT_USAGE : XG_EXIT_OUTPUT;
done:
    xg_dataset_free(ds);
    close(lockfd);
    free_run(&r);
    return status;
}
