/*
 * The exports of a dataset (see dataset.h), made from the database in one
 * read transaction and ordered by path, so that they depend on the data
 * only, not on the order files were converted in or the machines they
 * were converted on.
 *
 * Each export is a producer of rows (a header row, then data rows) and
 * each output format a sink: CSV (RFC 4180, UTF-8, CRLF, null as an empty
 * field, numbers as the report's CSV prints them) and an XLSX worksheet
 * (libxlsxwriter, in constant-memory mode: numbers as numbers, null as an
 * empty cell, the header row frozen, columns sized to their text).
 */
#include "dataset_int.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "error.h"
#include "files.h"
#include "lazylib.h"
#include "norm.h"
#include "schema.h"

enum field_type { FIELD_NULL, FIELD_NUMBER, FIELD_TEXT };

/* libxlsxwriter, loaded when a workbook is first written (see lazylib.h). */
#define XLSX_FUNCTIONS(X) \
    X(format_set_bold) \
    X(lxw_strerror) \
    X(workbook_add_format) \
    X(workbook_add_worksheet) \
    X(workbook_close) \
    X(workbook_new_opt) \
    X(workbook_set_properties) \
    X(worksheet_freeze_panes) \
    X(worksheet_set_column) \
    X(worksheet_write_number) \
    X(worksheet_write_string)

static struct {
    XLSX_FUNCTIONS(XG_LAZY_POINTER)
} xlsx;

XG_LAZY_LOADER(load_xlsxwriter, xlsx, XLSX_FUNCTIONS, "libxlsxwriter", "libxlsxwriter4",
               "libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so")

typedef struct sink sink;
struct sink {
    /* field COL of the current row; TEXT is the printed form (numbers too) */
    int (*field)(sink *s, int col, int type, const char *text);
    int (*end_row)(sink *s);
};

/* ---- CSV ---- */

typedef struct csv_sink {
    sink base;
    FILE *out;
} csv_sink;

static int csv_field(sink *s, int col, int type, const char *text)
{
    FILE *out = ((csv_sink *)s)->out;

    if (col > 0)
        fputc(',', out);
    if (type == FIELD_NULL)
        return 0;
    if (strpbrk(text, ",\"\r\n") == NULL) {
        fputs(text, out);
        return 0;
    }
    fputc('"', out);
    for (; *text; text++) {
        if (*text == '"')
            fputc('"', out);
        fputc(*text, out);
    }
    fputc('"', out);
    return 0;
}

static int csv_end_row(sink *s)
{
    return fputs("\r\n", ((csv_sink *)s)->out) < 0 ? -1 : 0;
}

/* ---- XLSX ---- */

#define XLSX_MAX_COLS 1024
#define XLSX_MAX_WIDTH 60

typedef struct xlsx_sink {
    sink base;
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *bold;
    const char *name;           /* the export's sheet name */
    int part;                   /* sheets so far for this export */
    lxw_row_t row;
    char *header[XLSX_MAX_COLS];    /* repeated on each continuation sheet */
    int nheader;
    double width[XLSX_MAX_COLS];
    int ncols;
    lxw_error error;
} xlsx_sink;

/* The width a text takes in a cell: CJK characters count two. */
static double text_width(const char *s)
{
    size_t len = strlen(s), i = 0, adv;
    double w = 0;

    while (i < len) {
        unsigned cp = xg_utf8_decode(s + i, len - i, &adv);

        i += adv;
        w += (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) ||
                               (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
                               (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
                               (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000)) ? 2 : 1;
    }
    return w;
}

static void xlsx_finish_sheet(xlsx_sink *x)
{
    int c;

    for (c = 0; c < x->ncols; c++) {
        double w = x->width[c] + 2;

        xlsx.worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c,
                             w > XLSX_MAX_WIDTH ? XLSX_MAX_WIDTH : w < 8 ? 8 : w, NULL);
    }
}

static int xlsx_new_sheet(xlsx_sink *x)
{
    char name[64];
    int c;

    if (x->ws)
        xlsx_finish_sheet(x);
    x->part++;
    if (x->part == 1)
        snprintf(name, sizeof name, "%s", x->name);
    else
        snprintf(name, sizeof name, "%s %d", x->name, x->part);
    if ((x->ws = xlsx.workbook_add_worksheet(x->wb, name)) == NULL)
        return -1;
    xlsx.worksheet_freeze_panes(x->ws, 1, 0);
    x->row = 0;
    memset(x->width, 0, sizeof x->width);
    /* a continuation sheet starts with the header again */
    for (c = 0; c < x->nheader; c++) {
        xlsx.worksheet_write_string(x->ws, 0, (lxw_col_t)c, x->header[c], x->bold);
        x->width[c] = text_width(x->header[c]);
    }
    if (x->nheader > 0)
        x->row = 1;
    return 0;
}

static int xlsx_field(sink *s, int col, int type, const char *text)
{
    xlsx_sink *x = (xlsx_sink *)s;
    lxw_error e = LXW_NO_ERROR;
    double w;

    if (col >= XLSX_MAX_COLS)
        return 0;
    if (x->row == 0 && x->nheader == col && (x->header[col] = strdup(text)) != NULL)
        x->nheader++;
    if (col >= x->ncols)
        x->ncols = col + 1;
    if (type == FIELD_NULL)
        return 0;
    if (type == FIELD_NUMBER)
        e = xlsx.worksheet_write_number(x->ws, x->row, (lxw_col_t)col, strtod(text, NULL), NULL);
    else
        e = xlsx.worksheet_write_string(x->ws, x->row, (lxw_col_t)col, text,
                                   x->row == 0 ? x->bold : NULL);
    if (e != LXW_NO_ERROR) {
        x->error = e;
        return -1;
    }
    w = text_width(text);
    if (w > x->width[col])
        x->width[col] = w;
    return 0;
}

static int xlsx_end_row(sink *s)
{
    xlsx_sink *x = (xlsx_sink *)s;

    if (++x->row >= LXW_ROW_MAX)
        return xlsx_new_sheet(x);
    return 0;
}

static void xlsx_end_export(xlsx_sink *x)
{
    int c;

    if (x->ws)
        xlsx_finish_sheet(x);
    for (c = 0; c < x->nheader; c++)
        free(x->header[c]);
    x->nheader = 0;
    x->ws = NULL;
}

/* ---- producers ---- */

typedef struct producer_ctx {
    xg_dataset *ds;
    sink *out;
} producer_ctx;

/* Columns whose text is a number (value_text). */
#define NUMERIC_TEXT(i) (1u << (i))

static int put_header(sink *out, const char *header)
{
    char name[64];
    int col = 0;

    while (*header) {
        size_t n = strcspn(header, ",");

        snprintf(name, sizeof name, "%.*s", (int)n, header);
        if (out->field(out, col++, FIELD_TEXT, name) != 0)
            return -1;
        header += n;
        if (*header == ',')
            header++;
    }
    return out->end_row(out);
}

/* Column I of the current row: integers and texts as stored, reals as the
 * JSON prints them (%.15g). */
static int put_column(sink *out, int col, sqlite3_stmt *stmt, int i, int numeric_text)
{
    char num[64];

    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
        return out->field(out, col, FIELD_NULL, "");
    case SQLITE_INTEGER:
        snprintf(num, sizeof num, "%lld", (long long)sqlite3_column_int64(stmt, i));
        return out->field(out, col, FIELD_NUMBER, num);
    case SQLITE_FLOAT:
        snprintf(num, sizeof num, "%.15g", sqlite3_column_double(stmt, i));
        return out->field(out, col, FIELD_NUMBER, num);
    }
    return out->field(out, col, numeric_text ? FIELD_NUMBER : FIELD_TEXT,
                      (const char *)sqlite3_column_text(stmt, i));
}

/* HEADER, then every row of SQL. */
static int produce_query(producer_ctx *p, const char *header, const char *sql,
                         unsigned numeric_text, xg_error *err)
{
    sqlite3_stmt *stmt = xg_db_prepare(p->ds, sql, err);
    int rc = SQLITE_DONE, ncols, i, bad = 0;

    if (stmt == NULL)
        return XG_ERR_IO;
    ncols = sqlite3_column_count(stmt);
    bad = put_header(p->out, header);
    while (!bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (i = 0; i < ncols && !bad; i++)
            bad = put_column(p->out, i, stmt, i, (numeric_text & NUMERIC_TEXT(i)) != 0);
        bad = bad || p->out->end_row(p->out);
    }
    sqlite3_finalize(stmt);
    if (bad)
        return XG_ERR_IO;       /* the sink's own error says more */
    return rc == SQLITE_DONE ? XG_OK : xg_db_error(p->ds, rc, err);
}

static int produce_checks(producer_ctx *p, xg_error *err)
{
    return produce_query(p, "path,rule,table,row,col,status,expected,found,cells,missing",
                         "SELECT r.path, k.rule, k.tbl, k.row, k.col, k.status, k.expected,"
                         " k.found, k.cells, k.missing FROM reports r JOIN checks k"
                         " ON k.report_id = r.id WHERE k.status <> 'pass'"
                         " ORDER BY r.path, k.rowid", 0, err);
}

static int produce_failures(producer_ctx *p, xg_error *err)
{
    return produce_query(p, "path,size,sha256,exit_status,kind,reason",
                         "SELECT path, size, sha256, exit_status, kind, reason FROM failures"
                         " ORDER BY path", 0, err);
}

static int produce_continuity(producer_ctx *p, xg_error *err)
{
    return produce_query(p, "kind,organisation,year,path,other_path,table,row,col,expected,found",
                         "SELECT kind, organisation, year, path, other_path, tbl, row, col,"
                         " expected, found FROM continuity ORDER BY rowid", 0, err);
}

static int produce_values(producer_ctx *p, xg_error *err)
{
    return produce_query(p, "path,table,row,col,value",
                         "SELECT r.path, c.tbl, c.row, c.col, c.value_text FROM reports r"
                         " JOIN cells c ON c.report_id = r.id ORDER BY r.path, c.rowid",
                         NUMERIC_TEXT(4), err);
}

/* The metadata columns of reports.csv, in order. */
static const char report_columns[] =
    "path,sha256,size,format,layout,organisation,year,title,publication_date,"
    "index_number,document_number,tables_found,values_found,values_expected,"
    "checks_total,checks_failed,warnings,xxgk_version";

/*
 * The wide form's value columns: every canonical key of the schema, of
 * every layout, in the format's order (xg_schema_keys), named
 * table.row.col.  Keys are found through a small open-addressing table,
 * so a report's cells land in their columns in linear time.
 */
typedef struct key_columns {
    char **names;           /* "table.row.col", in column order */
    int n;
    int *slots;             /* column + 1, 0 free */
    size_t nslots;
} key_columns;

static uint64_t hash_key(const char *t, const char *r, const char *c)
{
    const char *parts[3] = {t, r, c};
    uint64_t h = 1469598103934665603u;
    int i;

    for (i = 0; i < 3; i++) {
        const char *s;

        for (s = parts[i]; *s; s++)
            h = (h ^ (unsigned char)*s) * 1099511628211u;
        h = (h ^ '.') * 1099511628211u;
    }
    return h;
}

static void key_columns_free(key_columns *k)
{
    int i;

    for (i = 0; i < k->n; i++)
        free(k->names[i]);
    free(k->names);
    free(k->slots);
}

/* Is "t.r.c" already a column? */
static int key_column(const key_columns *k, const char *t, const char *r, const char *c);

static int key_columns_make(key_columns *k)
{
    xg_key keys[XG_MAX_TABLE_KEYS];
    int t, l, i, n, total = 0;
    size_t h;

    memset(k, 0, sizeof *k);
    for (t = 0; t < XG_TABLE_COUNT; t++)
        for (l = 0; l < XG_LAYOUT_COUNT; l++)
            total += xg_schema_keys(t, xg_layouts[l], NULL, 0);
    k->names = calloc((size_t)total + 1, sizeof *k->names);
    for (k->nslots = 16; k->nslots < (size_t)total * 2; k->nslots *= 2)
        ;
    k->slots = calloc(k->nslots, sizeof *k->slots);
    if (k->names == NULL || k->slots == NULL)
        return -1;
    /* table by table: the keys of the first layout, then those the others
     * add (a key means the same thing in every layout it is in) */
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        const xg_table_def *def = &xg_schema[t];

        for (l = 0; l < XG_LAYOUT_COUNT; l++) {
            n = xg_schema_keys(t, xg_layouts[l], keys, XG_MAX_TABLE_KEYS);
            for (i = 0; i < n && i < XG_MAX_TABLE_KEYS; i++) {
                const char *row = def->rows[keys[i].row].key, *col = def->cols[keys[i].col].key;
                xg_buf name = {0};

                if (key_column(k, def->key, row, col) >= 0)
                    continue;
                if (xg_buf_printf(&name, "%s.%s.%s", def->key, row, col) != 0)
                    return -1;
                h = (size_t)hash_key(def->key, row, col) & (k->nslots - 1);
                while (k->slots[h] != 0)
                    h = (h + 1) & (k->nslots - 1);
                k->slots[h] = k->n + 1;
                if ((k->names[k->n++] = xg_buf_steal(&name)) == NULL)
                    return -1;
            }
        }
    }
    return 0;
}

static int key_column(const key_columns *k, const char *t, const char *r, const char *c)
{
    size_t i = (size_t)hash_key(t, r, c) & (k->nslots - 1), tl = strlen(t), rl = strlen(r);

    for (; k->slots[i] != 0; i = (i + 1) & (k->nslots - 1)) {
        const char *name = k->names[k->slots[i] - 1];

        if (strncmp(name, t, tl) == 0 && name[tl] == '.' &&
            strncmp(name + tl + 1, r, rl) == 0 && name[tl + 1 + rl] == '.' &&
            strcmp(name + tl + rl + 2, c) == 0)
            return k->slots[i] - 1;
    }
    return -1;
}

static int produce_reports(producer_ctx *p, xg_error *err)
{
    key_columns keys;
    xg_buf sql = {0};
    sqlite3_stmt *reports = NULL, *cells = NULL;
    char **row = NULL;
    const char *c;
    int rc = XG_OK, step = SQLITE_DONE, i, nmeta, bad = 0;

    if (key_columns_make(&keys) != 0 || xg_buf_puts(&sql, "SELECT id") != 0 ||
        (row = calloc((size_t)keys.n + 1, sizeof *row)) == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    for (c = report_columns; *c; c++)
        if (xg_buf_puts(&sql, c == report_columns || c[-1] == ',' ? ", " : "") != 0 ||
            (*c != ',' && xg_buf_putc(&sql, *c) != 0)) {
            rc = xg_error_nomem(err);
            goto done;
        }
    if (xg_buf_puts(&sql, " FROM reports ORDER BY path") != 0) {
        rc = xg_error_nomem(err);
        goto done;
    }
    if ((reports = xg_db_prepare(p->ds, xg_buf_str(&sql), err)) == NULL ||
        (cells = xg_db_prepare(p->ds, "SELECT tbl, row, col, value_text FROM cells"
                               " WHERE report_id = ?1 ORDER BY rowid", err)) == NULL) {
        rc = XG_ERR_IO;
        goto done;
    }
    nmeta = sqlite3_column_count(reports) - 1;
    for (i = 0; i < nmeta && !bad; i++)
        bad = p->out->field(p->out, i, FIELD_TEXT, sqlite3_column_name(reports, i + 1));
    for (i = 0; i < keys.n && !bad; i++)
        bad = p->out->field(p->out, nmeta + i, FIELD_TEXT, keys.names[i]);
    bad = bad || p->out->end_row(p->out);
    while (!bad && (step = sqlite3_step(reports)) == SQLITE_ROW) {
        for (i = 0; i < nmeta && !bad; i++)
            bad = put_column(p->out, i, reports, i + 1, 0);
        sqlite3_bind_int64(cells, 1, sqlite3_column_int64(reports, 0));
        while ((step = sqlite3_step(cells)) == SQLITE_ROW) {
            int k = key_column(&keys, (const char *)sqlite3_column_text(cells, 0),
                               (const char *)sqlite3_column_text(cells, 1),
                               (const char *)sqlite3_column_text(cells, 2));
            const char *v = (const char *)sqlite3_column_text(cells, 3);

            if (k >= 0 && v != NULL && (row[k] = strdup(v)) == NULL)
                break;
        }
        sqlite3_reset(cells);
        if (step != SQLITE_DONE) {
            rc = step == SQLITE_ROW ? xg_error_nomem(err) : xg_db_error(p->ds, step, err);
            break;
        }
        for (i = 0; i < keys.n; i++) {
            if (!bad)
                bad = p->out->field(p->out, nmeta + i, row[i] ? FIELD_NUMBER : FIELD_NULL,
                                    row[i] ? row[i] : "");
            free(row[i]);
            row[i] = NULL;
        }
        bad = bad || p->out->end_row(p->out);
    }
    if (rc == XG_OK && bad)
        rc = XG_ERR_IO;
    else if (rc == XG_OK && step != SQLITE_DONE)
        rc = xg_db_error(p->ds, step, err);
done:
    if (row)
        for (i = 0; i < keys.n; i++)
            free(row[i]);
    free(row);
    sqlite3_finalize(reports);
    sqlite3_finalize(cells);
    key_columns_free(&keys);
    xg_buf_free(&sql);
    return rc;
}

enum made_from { FROM_REPORTS, FROM_FAILURES, FROM_CONTINUITY };

static const struct export_def {
    const char *name;       /* file name without .csv; the sheet's name */
    int (*produce)(producer_ctx *p, xg_error *err);
    int made_from;          /* enum made_from */
} exports[] = {
    {"reports", produce_reports, FROM_REPORTS},
    {"values", produce_values, FROM_REPORTS},
    {"checks", produce_checks, FROM_REPORTS},
    {"failures", produce_failures, FROM_FAILURES},
    {"continuity", produce_continuity, FROM_CONTINUITY}
};
#define NEXPORTS ((int)(sizeof exports / sizeof exports[0]))

typedef struct csv_job {
    xg_dataset *ds;
    const struct export_def *def;
} csv_job;

static int fill_csv(FILE *out, void *ctx, xg_error *err)
{
    csv_job *job = ctx;
    csv_sink s = {{csv_field, csv_end_row}, out};
    producer_ctx p = {job->ds, &s.base};

    return job->def->produce(&p, err);
}

/* DIR/dataset.xlsx: one sheet per export (a sheet holds 1048576 rows; a
 * longer export goes on in "values 2" and so on). */
static int export_xlsx(xg_dataset *ds, const char *path, const char *tmpdir,
                       const struct export_def *unused, int *changed, xg_error *err)
{
    lxw_workbook_options options = {LXW_TRUE, NULL, LXW_TRUE};
    lxw_doc_properties props;
    xlsx_sink x;
    xg_buf tmp = {0};
    lxw_error e;
    int fd, i, rc = XG_OK;

    (void)unused;
    if ((rc = load_xlsxwriter(err)) != XG_OK)
        return rc;
    memset(&x, 0, sizeof x);
    memset(&props, 0, sizeof props);
    if (xg_buf_printf(&tmp, "%s/dataset.xlsx.XXXXXX", tmpdir) != 0)
        return xg_error_nomem(err);
    if ((fd = mkstemp(tmp.data)) < 0) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        xg_buf_free(&tmp);
        return rc;
    }
    close(fd);
    options.tmpdir = (char *)tmpdir;
    if ((x.wb = xlsx.workbook_new_opt(tmp.data, &options)) == NULL) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        goto fail;
    }
    /* a fixed creation time: the same data makes the same bytes */
    props.created = 946684800;
    xlsx.workbook_set_properties(x.wb, &props);
    x.bold = xlsx.workbook_add_format(x.wb);
    xlsx.format_set_bold(x.bold);
    x.base.field = xlsx_field;
    x.base.end_row = xlsx_end_row;
    for (i = 0; i < NEXPORTS && rc == XG_OK; i++) {
        producer_ctx p = {ds, &x.base};

        x.name = exports[i].name;
        x.part = 0;
        x.ws = NULL;
        x.ncols = 0;
        if (xlsx_new_sheet(&x) != 0) {
            rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path,
                              xlsx.lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
            break;
        }
        rc = exports[i].produce(&p, err);
        xlsx_end_export(&x);
        if (rc == XG_ERR_IO && x.error != LXW_NO_ERROR)
            rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, xlsx.lxw_strerror(x.error));
    }
    errno = 0;
    e = xlsx.workbook_close(x.wb);
    if (rc == XG_OK && e != LXW_NO_ERROR)
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path,
                          errno ? strerror(errno) : xlsx.lxw_strerror(e));
    if (rc != XG_OK)
        goto fail;
    rc = xg_install_file(tmp.data, path, XG_WRITE_IF_CHANGED, changed, err);
    xg_buf_free(&tmp);
    return rc;
fail:
    unlink(tmp.data);
    xg_buf_free(&tmp);
    return rc;
}

/* What an export is made from: the count of changes of its table (or
 * the findings' stamp) and this version of xxgk (whose output may
 * differ); the workbook is made from all of them. */
static char *made_from_key(xg_dataset *ds, int from)
{
    xg_buf key = {0};
    char *stamp = NULL;
    int rc;

    if (from == FROM_REPORTS)
        rc = xg_buf_printf(&key, "reports %lld", xg_db_changes(ds, XG_CHANGED_REPORTS));
    else if (from == FROM_FAILURES)
        rc = xg_buf_printf(&key, "failures %lld", xg_db_changes(ds, XG_CHANGED_FAILURES));
    else
        rc = (stamp = xg_continuity_stamp(ds)) == NULL ||
             xg_buf_printf(&key, "continuity %s", stamp) != 0;
    free(stamp);
    if (rc != 0 || xg_buf_puts(&key, " xxgk " XG_VERSION_STRING) != 0) {
        xg_buf_free(&key);
        return NULL;
    }
    return xg_buf_steal(&key);
}

/* One export: written (if it changed) unless its key says it is current
 * and the file is there.  *KEY gets the key to record once all are done. */
typedef int (*export_fn)(xg_dataset *ds, const char *path, const char *tmpdir,
                         const struct export_def *def, int *changed, xg_error *err);

static int export_one(xg_dataset *ds, const char *path, const char *tmpdir, const char *key,
                      export_fn write, const struct export_def *def, int *rewritten,
                      xg_error *err)
{
    xg_buf meta = {0};
    char *done = NULL;
    struct stat st;
    int rc = XG_OK, changed = 0;

    if (xg_buf_printf(&meta, "export %s", strrchr(path, '/') ? strrchr(path, '/') + 1 : path) != 0)
        return xg_error_nomem(err);
    done = xg_db_meta_text(ds, meta.data);
    if (done == NULL || strcmp(done, key) != 0 || stat(path, &st) != 0) {
        rc = write(ds, path, tmpdir, def, &changed, err);
        *rewritten += changed;
    }
    free(done);
    xg_buf_free(&meta);
    return rc;
}

static int write_csv(xg_dataset *ds, const char *path, const char *tmpdir,
                     const struct export_def *def, int *changed, xg_error *err)
{
    csv_job job = {ds, def};

    return xg_write_file(path, tmpdir, XG_WRITE_IF_CHANGED, fill_csv, &job, changed, err);
}

static int record_key(xg_dataset *ds, const char *file, const char *key, xg_error *err)
{
    xg_buf meta = {0};
    int rc;

    if (xg_buf_printf(&meta, "export %s", file) != 0)
        return xg_error_nomem(err);
    rc = xg_db_meta_set(ds, meta.data, key, err);
    xg_buf_free(&meta);
    return rc;
}

int xg_dataset_export(xg_dataset *ds, const char *dir, const char *tmpdir,
                      int excel, int *rewritten, xg_error *err)
{
    char *keys[NEXPORTS + 1] = {NULL};
    xg_buf path = {0}, all = {0};
    int rc = XG_OK, i;

    *rewritten = 0;
    if (!excel)
        excel = xg_db_meta_int(ds, "excel") != 0;
    /* one snapshot for every export and its key */
    if ((rc = xg_db_exec(ds, "BEGIN", err)) != XG_OK)
        return rc;
    for (i = 0; i < NEXPORTS && rc == XG_OK; i++) {
        xg_buf_reset(&path);
        if ((keys[i] = made_from_key(ds, exports[i].made_from)) == NULL ||
            xg_buf_printf(&all, "%s%s", i ? "; " : "", keys[i]) != 0 ||
            xg_buf_printf(&path, "%s/%s.csv", dir, exports[i].name) != 0) {
            rc = xg_error_nomem(err);
            break;
        }
        rc = export_one(ds, path.data, tmpdir, keys[i], write_csv, &exports[i], rewritten, err);
    }
    if (rc == XG_OK && excel) {
        xg_buf_reset(&path);
        if ((keys[NEXPORTS] = xg_buf_steal(&all)) == NULL ||
            xg_buf_printf(&path, "%s/dataset.xlsx", dir) != 0)
            rc = xg_error_nomem(err);
        else
            rc = export_one(ds, path.data, tmpdir, keys[NEXPORTS], export_xlsx, NULL, rewritten,
                            err);
    }
    sqlite3_exec(ds->db, "COMMIT", NULL, NULL, NULL);
    if (rc == XG_OK && (rc = xg_db_begin(ds, err)) == XG_OK) {
        for (i = 0; i < NEXPORTS && rc == XG_OK; i++) {
            xg_buf_reset(&path);
            rc = xg_buf_printf(&path, "%s.csv", exports[i].name) != 0 ? xg_error_nomem(err) :
                 record_key(ds, path.data, keys[i], err);
        }
        if (rc == XG_OK && excel)
            rc = record_key(ds, "dataset.xlsx", keys[NEXPORTS], err);
        if (rc == XG_OK && excel)
            rc = xg_db_meta_set(ds, "excel", "1", err);
        if (rc == XG_OK)
            rc = xg_db_commit(ds, err);
        else
            xg_db_rollback(ds);
    }
    for (i = 0; i <= NEXPORTS; i++)
        free(keys[i]);
    xg_buf_free(&path);
    xg_buf_free(&all);
    return rc;
}
