/*
 * Plain text: the text layer of a report as other tools leave it.  Three
 * forms occur, and the file does not say which, so we look:
 *
 *   (a) tab-separated rows, as pdftotext writes them: every tab separates
 *       two cells, so a run of tabs holds empty cells and a leading tab an
 *       empty first cell;
 *   (b) rows flattened to "a | b | c |" lines, as web pages copied to text
 *       show them (also handed to us by the HTML extractor);
 *   (c) one cell per line, as pandoc's plain writer leaves a DOCX: a cell
 *       starts with a line beginning with a tab, lines without the tab
 *       continue it, and a blank line ends the row.
 *
 * Rows keep their cells left to right as written; ragged rows (a page
 * break lost the leading cells, header rows with fewer cells) are not
 * padded and no spans are invented: the layout stage reads positions.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "decode.h"
#include "error.h"
#include "extract.h"
#include "norm.h"

/* Pandoc writes Word bookmarks as "[bookmark: name]" in plain output;
 * they are not text of the report. */
static const char bookmark_open[] = "[bookmark: ";

/* How far from the top a portal's header block may stand. */
#define HEADER_LINES 20

/* Remove pandoc's "[bookmark: ...]" markers in place; returns the new
 * length. */
static size_t drop_bookmarks(char *s, size_t len)
{
    size_t r = 0, w = 0, blen = sizeof bookmark_open - 1;

    while (r < len) {
        if (len - r >= blen && memcmp(s + r, bookmark_open, blen) == 0) {
            size_t e = r + blen;

            while (e < len && s[e] != ']' && s[e] != '\n')
                e++;
            if (e < len && s[e] == ']') {
                r = e + 1;
                continue;
            }
        }
        s[w++] = s[r++];
    }
    s[w] = '\0';
    return w;
}

/* ------------------------------------------------------------------ lines */

typedef struct text_line {
    const char *s;
    size_t len;
} text_line;

static int is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'
        || c == '\v';
}

static void trim(const char **s, size_t *len)
{
    while (*len > 0 && is_ascii_space(**s)) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && is_ascii_space((*s)[*len - 1]))
        (*len)--;
}

/* Trailing tabs are cells in form (a): trim only spaces and CRs. */
static void trim_right(const char *s, size_t *len)
{
    while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\r'))
        (*len)--;
}

/* A blank line holds nothing but spaces; a line that is only a tab is
 * not blank in form (c), where it opens an empty cell. */
static int is_blank(const text_line *l)
{
    size_t i;

    for (i = 0; i < l->len; i++)
        if (l->s[i] != ' ' && l->s[i] != '\r' && l->s[i] != '\f')
            return 0;
    return 1;
}

static int split_lines(char *text, size_t len, text_line **out, size_t *n,
                       xg_error *err)
{
    size_t count = 1, i, k = 0;
    text_line *lines;
    const char *start = text;

    /* pdftotext ends each page with a form feed: a line break too. */
    for (i = 0; i < len; i++) {
        if (text[i] == '\f')
            text[i] = '\n';
        if (text[i] == '\n' || text[i] == '\r')
            count++;
    }
    if (count > SIZE_MAX / sizeof *lines)
        return xg_error_nomem(err);
    lines = malloc(count * sizeof *lines);
    if (lines == NULL)
        return xg_error_nomem(err);
    for (i = 0; i <= len; i++) {
        if (i == len || text[i] == '\n' || text[i] == '\r') {
            lines[k].s = start;
            lines[k].len = (size_t)(text + i - start);
            k++;
            if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
                i++;
            start = text + i + 1;
        }
    }
    *out = lines;
    *n = k;
    return XG_OK;
}

/* -------------------------------------------------------------- pipe rows */

int xg_pipe_line_kind(const char *line, size_t len)
{
    size_t i, bars = 0;
    int rule = 1, dash = 0;

    for (i = 0; i < len; i++) {
        char c = line[i];

        if (c == '|')
            bars++;
        else if (c == '-' || c == '=')
            dash = 1;
        else if (c != ':' && c != '+' && !is_ascii_space(c))
            rule = 0;
    }
    if (bars < 2)
        return XG_PIPE_NONE;
    return rule && dash ? XG_PIPE_SEPARATOR : XG_PIPE_ROW;
}

/* The cells of P..END separated by SEP, trimmed, into ROW from column 0. */
static int add_split_cells(xg_table *table, int row, const char *p,
                           const char *end, char sep, xg_error *err)
{
    int col = 0, rc;

    for (;;) {
        const char *next = memchr(p, sep, (size_t)(end - p));
        const char *cell = p;
        size_t clen = (size_t)((next ? next : end) - p);

        trim(&cell, &clen);
        rc = xg_table_add_cell(table, row, col++, 1, 1, cell, clen, NULL, err);
        if (rc != XG_OK)
            return rc;
        if (next == NULL)
            return XG_OK;
        p = next + 1;
    }
}

int xg_pipe_row_add(xg_table *table, int row, const char *line, size_t len,
                    xg_error *err)
{
    const char *end;

    trim(&line, &len);
    end = line + len;
    /* Bars frame the cells: "| a | b |" and "a | b |" both hold a, b. */
    if (len > 0 && line[0] == '|')
        line++;
    if (end > line && end[-1] == '|')
        end--;
    return add_split_cells(table, row, line, end, '|', err);
}

/* ----------------------------------------------------------- the reading */

enum row_kind { ROW_NONE, ROW_TAB, ROW_PIPE, ROW_CELLS, ROW_SPACE };

typedef struct text_reader {
    xg_doc *doc;
    xg_error *err;
    xg_table *table;        /* the open table, or NULL */
    enum row_kind kind;     /* what kind of rows it holds */
    int row, col;           /* next row; form (c): next cell's column */
    xg_buf cell;            /* form (c): the open cell's text */
    int cell_open;
    int head_lines;         /* lines of text read before the first table */
    int tables_seen;
    int space_rows;         /* form (d): the file has no tab or pipe rows */
} text_reader;

static void close_table(text_reader *tr)
{
    if (tr->table != NULL)
        xg_doc_drop_empty_table(tr->doc);
    tr->table = NULL;
    tr->kind = ROW_NONE;
}

static int open_table(text_reader *tr, enum row_kind kind)
{
    if (tr->table != NULL && tr->kind == kind)
        return XG_OK;
    close_table(tr);
    tr->table = xg_doc_add_table(tr->doc, tr->err);
    if (tr->table == NULL)
        return XG_ERR_NOMEM;
    /* a line of text places cells in order, not under their headers */
    xg_table_set_ragged(tr->table);
    tr->tables_seen = 1;
    tr->kind = kind;
    tr->row = 0;
    tr->col = 0;
    return XG_OK;
}

static int add_paragraph(text_reader *tr, const char *s, size_t len)
{
    trim(&s, &len);
    if (len == 0)
        return XG_OK;
    return xg_doc_add_paragraph(tr->doc, s, len, NULL, tr->err);
}

/* A row of form (a) or (b) made only of rules ("------\t------",
 * "|---|---|") draws the table; it holds no cells. */
static int is_rule_cell(const char *s, size_t len)
{
    size_t i, dashes = 0;

    trim(&s, &len);
    for (i = 0; i < len; i++) {
        if (s[i] == '-' || s[i] == '=')
            dashes++;
        else if (s[i] != ':' && s[i] != '+')
            return 0;
    }
    return len == 0 || dashes >= 3;
}

static int tab_row_is_rule(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    int any = 0;

    for (;;) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        size_t clen = (size_t)((tab ? tab : end) - p);
        const char *c = p;

        trim(&c, &clen);
        if (clen > 0) {
            if (!is_rule_cell(c, clen))
                return 0;
            any = 1;
        }
        if (tab == NULL)
            break;
        p = tab + 1;
    }
    return any;
}

static int tab_row_is_empty(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (!is_ascii_space(s[i]))
            return 0;
    return 1;
}

/* Form (a): every tab separates two cells. */
static int add_tab_row(text_reader *tr, const char *s, size_t len)
{
    int rc = add_split_cells(tr->table, tr->row, s, s + len, '\t', tr->err);

    tr->row++;
    return rc;
}

/* Bytes of the space at S[I] (ASCII space 1, ideographic space 3), or 0. */
static size_t space_width(const char *s, size_t i, size_t len)
{
    if (s[i] == ' ')
        return 1;
    if (i + 2 < len && (unsigned char)s[i] == 0xE3 &&
        (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80)
        return 3;
    return 0;
}

/* Form (d), `pdftotext -layout`: columns set apart by runs of two or more
 * spaces (ASCII or ideographic); one space stays inside a field ("结果 维持").
 * Stores up to MAX fields; returns how many there are. */
static int space_fields(const char *s, size_t len, const char **f,
                        size_t *flen, int max)
{
    size_t i = 0, w;
    int n = 0;

    for (;;) {
        size_t start, end;
        int gap = 0;

        while (i < len && (w = space_width(s, i, len)) > 0)
            i += w;
        if (i >= len)
            break;
        start = end = i;
        while (i < len && gap < 2) {
            w = space_width(s, i, len);
            if (w == 0) {
                gap = 0;
                end = ++i;
            } else {
                gap++;
                i += w;
            }
        }
        if (n < max) {
            f[n] = s + start;
            flen[n] = end - start;
        }
        n++;
    }
    return n;
}

/* A field that reads as a number or a dash: the end of a table row. */
static int is_value_field(const char *s, size_t len)
{
    char buf[64];
    xg_value v;

    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    xg_parse_value(buf, &v);
    return v.kind == XG_VALUE_NUMBER || v.kind == XG_VALUE_DASH;
}

/* Several numbers or dashes one space apart ("1607 1742 1408"). */
static int is_value_list(const char *f, size_t len)
{
    size_t i = 0, start;
    int parts = 0;

    while (i < len) {
        start = i;
        while (i < len && f[i] != ' ')
            i++;
        if (!is_value_field(f + start, i - start))
            return 0;
        parts++;
        while (i < len && f[i] == ' ')
            i++;
    }
    return parts >= 2;
}

/* One form (d) field as cells: pdftotext sets neighbouring columns one
 * space apart when they are narrow, so a field made only of numbers and
 * dashes separated by single spaces ("1322 417") is one cell each.  Digits
 * with no space between them stay one cell, and the layout stage refuses
 * it rather than guess where one number ends. */
static int add_space_field(text_reader *tr, const char *f, size_t len, int *col)
{
    size_t i, start;
    int rc;

    if (!is_value_list(f, len))
        return xg_table_add_cell(tr->table, tr->row, (*col)++, 1, 1, f, len, NULL, tr->err);
    for (i = 0; i < len;) {
        start = i;
        while (i < len && f[i] != ' ')
            i++;
        rc = xg_table_add_cell(tr->table, tr->row, (*col)++, 1, 1, f + start, i - start,
                               NULL, tr->err);
        if (rc != XG_OK)
            return rc;
        while (i < len && f[i] == ' ')
            i++;
    }
    return XG_OK;
}

/* A form (d) line is a row when it has three fields or more, or two of
 * which the last is a number or dash, or is a list of numbers; any other
 * single field is a paragraph, so a heading between two tables stays a
 * heading. */
static int add_space_row(text_reader *tr, const char *s, size_t len,
                         int *taken)
{
    const char *f[XG_MAX_GRID_COLS];
    size_t flen[XG_MAX_GRID_COLS];
    int n = space_fields(s, len, f, flen, XG_MAX_GRID_COLS), i, rc, col = 0;

    *taken = 0;
    if (n > XG_MAX_GRID_COLS)
        return xg_error_set(tr->err, XG_ERR_LIMIT, "table wider than %d columns",
                            XG_MAX_GRID_COLS);
    if (n == 1 ? !is_value_list(f[0], flen[0])
               : n == 2 && !is_value_field(f[1], flen[1]) && !is_value_list(f[1], flen[1]))
        return XG_OK;
    rc = open_table(tr, ROW_SPACE);
    if (rc != XG_OK)
        return rc;
    for (i = 0; i < n; i++) {
        rc = add_space_field(tr, f[i], flen[i], &col);
        if (rc != XG_OK)
            return rc;
    }
    tr->row++;
    *taken = 1;
    return XG_OK;
}

/* A line outside form (c)'s cells: a pipe row, a tab row (in a file of
 * form (a)), a space-aligned row (form (d)) or a paragraph. */
static int read_line(text_reader *tr, const text_line *l, int tab_rows)
{
    const char *s = l->s;
    size_t len = l->len;
    int kind, rc;

    trim_right(s, &len);
    kind = xg_pipe_line_kind(s, len);
    if (kind == XG_PIPE_SEPARATOR)
        return XG_OK;
    if (kind == XG_PIPE_ROW) {
        rc = open_table(tr, ROW_PIPE);
        if (rc != XG_OK)
            return rc;
        rc = xg_pipe_row_add(tr->table, tr->row, s, len, tr->err);
        tr->row++;
        return rc;
    }
    if (tab_rows && memchr(s, '\t', len) != NULL) {
        const char *rest = s;
        size_t rlen = len;

        while (rlen > 0 && *rest == '\t') {
            rest++;
            rlen--;
        }
        /* An indented paragraph is not a row, unless it follows one. */
        if (memchr(rest, '\t', rlen) != NULL || tr->kind == ROW_TAB) {
            if (tab_row_is_empty(s, len) || tab_row_is_rule(s, len))
                return XG_OK;
            rc = open_table(tr, ROW_TAB);
            if (rc != XG_OK)
                return rc;
            return add_tab_row(tr, s, len);
        }
    }
    if (tr->space_rows) {
        int taken;

        rc = add_space_row(tr, s, len, &taken);
        if (rc != XG_OK || taken)
            return rc;
    }
    close_table(tr);
    /* A web page saved as text keeps the portal's header block at the
     * top: metadata, not paragraphs. */
    if (!tr->tables_seen && tr->head_lines++ < HEADER_LINES) {
        const char *t = s;
        size_t tlen = len;
        int found;

        trim(&t, &tlen);
        rc = xg_header_line_meta(tr->doc, t, tlen, &found, tr->err);
        if (rc != XG_OK || found)
            return rc;
    }
    return add_paragraph(tr, s, len);
}

/* Forms (a) and (b): blank lines are page and paragraph breaks, and do not
 * end a table (seed 003 breaks its requests table after the header rows);
 * a line of text does. */
static int read_rows(text_reader *tr, const text_line *lines, size_t n)
{
    size_t i;
    int rc;

    for (i = 0; i < n; i++) {
        if (is_blank(&lines[i]))
            continue;
        rc = read_line(tr, &lines[i], 1);
        if (rc != XG_OK)
            return rc;
    }
    close_table(tr);
    return XG_OK;
}

static int flush_cell(text_reader *tr)
{
    int rc;

    if (!tr->cell_open)
        return XG_OK;
    tr->cell_open = 0;
    rc = xg_table_add_cell(tr->table, tr->row, tr->col, 1, 1,
                           xg_buf_str(&tr->cell), tr->cell.len, NULL,
                           tr->err);
    tr->col++;
    xg_buf_reset(&tr->cell);
    return rc;
}

static int cell_append(text_reader *tr, const char *s, size_t len)
{
    trim_right(s, &len);
    if (len == 0)
        return XG_OK;
    if (tr->cell.len > 0 && xg_buf_putc(&tr->cell, '\n') != 0)
        return xg_error_nomem(tr->err);
    if (xg_buf_append(&tr->cell, s, len) != 0)
        return xg_error_nomem(tr->err);
    return XG_OK;
}

/* Form (c), after blank lines inside a table: does the text at line I
 * continue a cell?  It does when the text lines starting there are
 * followed, after blank lines at most, by another cell. */
static int cell_follows(const text_line *lines, size_t n, size_t i)
{
    while (i < n && !is_blank(&lines[i]) && lines[i].s[0] != '\t')
        i++;
    while (i < n && is_blank(&lines[i]))
        i++;
    return i < n && lines[i].s[0] == '\t';
}

/*
 * Form (c).  Seed 000 shows the rule: a line starting with a tab opens a
 * cell; text lines continue it; blank lines followed by a new cell end the
 * row.  Word cells padded with empty paragraphs come out as a bare tab,
 * blank lines, then the text ("\t", "", "", "自然人"), so text after blank
 * lines still belongs to a cell that has no text yet.  After a cell that
 * has text, blank lines then text end the table: that is the next heading.
 */
static int read_cells(text_reader *tr, const text_line *lines, size_t n)
{
    size_t i, blanks = 0;
    int rc;

    for (i = 0; i < n; i++) {
        const text_line *l = &lines[i];

        if (is_blank(l)) {
            blanks++;
            continue;
        }
        if (l->s[0] == '\t') {
            if (tr->kind == ROW_CELLS) {
                rc = flush_cell(tr);
                if (rc != XG_OK)
                    return rc;
                if (blanks > 0) {
                    tr->row++;
                    tr->col = 0;
                }
            } else {
                rc = open_table(tr, ROW_CELLS);
                if (rc != XG_OK)
                    return rc;
            }
            tr->cell_open = 1;
            rc = cell_append(tr, l->s + 1, l->len - 1);
            if (rc != XG_OK)
                return rc;
            blanks = 0;
            continue;
        }
        if (tr->kind == ROW_CELLS && tr->cell_open) {
            if (blanks == 0
                || (tr->cell.len == 0 && cell_follows(lines, n, i))) {
                blanks = 0;
                rc = cell_append(tr, l->s, l->len);
                if (rc != XG_OK)
                    return rc;
                continue;
            }
            rc = flush_cell(tr);
            if (rc != XG_OK)
                return rc;
        }
        if (tr->kind == ROW_CELLS)
            close_table(tr);
        blanks = 0;
        rc = read_line(tr, l, 0);
        if (rc != XG_OK)
            return rc;
    }
    if (tr->kind == ROW_CELLS) {
        rc = flush_cell(tr);
        if (rc != XG_OK)
            return rc;
    }
    close_table(tr);
    return XG_OK;
}

/* Form (d) is only tried where no line is a tab or pipe row: spaces in
 * the text of the other forms are text. */
static int has_tab_or_pipe_rows(const text_line *lines, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (memchr(lines[i].s, '\t', lines[i].len) != NULL ||
            xg_pipe_line_kind(lines[i].s, lines[i].len) == XG_PIPE_ROW)
            return 1;
    return 0;
}

/* Form (c) puts a tab only at the start of its cell lines; form (a) puts
 * tabs between cells.  A Word tab inside a cell ("7.\t属于...") is rare
 * enough that a clear majority decides. */
static int one_cell_per_line(const text_line *lines, size_t n)
{
    size_t i, leading = 0, inner = 0;

    for (i = 0; i < n; i++) {
        const char *tab = memchr(lines[i].s, '\t', lines[i].len);

        if (tab == NULL)
            continue;
        if (tab == lines[i].s
            && memchr(tab + 1, '\t', lines[i].len - 1) == NULL)
            leading++;
        else
            inner++;
    }
    return leading >= 3 && leading > 4 * inner;
}

int xg_extract_text(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err)
{
    char *text = NULL;
    size_t len = 0, n = 0;
    text_line *lines = NULL;
    text_reader tr;
    int rc;

    memset(&tr, 0, sizeof tr);
    tr.doc = doc;
    tr.err = err;
    if (size > XG_MAX_INPUT_BYTES) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "text larger than %u bytes",
                          XG_MAX_INPUT_BYTES);
        goto done;
    }
    rc = xg_decode_guess(data, size, 0, &text, &len, err);
    if (rc != XG_OK)
        goto done;
    if (memchr(text, '\0', len) != NULL) {
        rc = xg_error_set(err, XG_ERR_FORMAT, "text contains NUL bytes");
        goto done;
    }
    len = drop_bookmarks(text, len);
    rc = split_lines(text, len, &lines, &n, err);
    if (rc != XG_OK)
        goto done;
    if (one_cell_per_line(lines, n)) {
        rc = read_cells(&tr, lines, n);
    } else {
        tr.space_rows = !has_tab_or_pipe_rows(lines, n);
        rc = read_rows(&tr, lines, n);
    }
done:
    xg_buf_free(&tr.cell);
    free(lines);
    free(text);
    return rc;
}
