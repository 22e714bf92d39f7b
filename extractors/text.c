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
 *       continue it, and a blank line ends the row;
 *   (d) space-aligned columns, as `pdftotext -layout` writes them;
 *   (e) one cell a block with no row breaks, as `pdftotext` without
 *       -layout writes them (read_loose).
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
#include "lines.h"
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
    int new_page;           /* a form feed (pdftotext's page break) before it */
} text_line;

static int is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'
        || c == '\v';
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
    int new_page = 0;

    /* pdftotext ends each page with a form feed: a line break too. */
    for (i = 0; i < len; i++)
        if (text[i] == '\n' || text[i] == '\f' ||
            (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n')))
            count++;
    if (count > XG_MAX_TEXT_LINES)
        return xg_error_set(err, XG_ERR_LIMIT, "text of more than %d lines",
                            XG_MAX_TEXT_LINES);
    lines = malloc(count * sizeof *lines);
    if (lines == NULL)
        return xg_error_nomem(err);
    for (i = 0; i <= len; i++) {
        if (i == len || text[i] == '\n' || text[i] == '\r' || text[i] == '\f') {
            lines[k].s = start;
            lines[k].len = (size_t)(text + i - start);
            lines[k].new_page = new_page;
            k++;
            new_page = i < len && text[i] == '\f';
            if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
                i++;
            start = text + i + 1;
        }
    }
    *out = lines;
    *n = k;
    return XG_OK;
}

/* ----------------------------------------------------------- the reading */

enum row_kind { ROW_NONE, ROW_TAB, ROW_PIPE, ROW_CELLS, ROW_SPACE, ROW_LOOSE };

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
        return tr->err ? tr->err->code : XG_ERR_NOMEM;
    /* a line of text places cells in order, not under their headers */
    if (kind == ROW_LOOSE)
        xg_table_set_loose(tr->table);
    else
        xg_table_set_ragged(tr->table);
    tr->tables_seen = 1;
    tr->kind = kind;
    tr->row = 0;
    tr->col = 0;
    return XG_OK;
}

static int add_paragraph(text_reader *tr, const char *s, size_t len)
{
    xg_trim_ascii(&s, &len);
    if (len == 0)
        return XG_OK;
    return xg_doc_add_paragraph(tr->doc, s, len, NULL, tr->err);
}

/* A row of form (a) or (b) made only of rules ("------\t------",
 * "|---|---|") draws the table; it holds no cells. */
static int is_rule_cell(const char *s, size_t len)
{
    size_t i, dashes = 0;

    xg_trim_ascii(&s, &len);
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

        xg_trim_ascii(&c, &clen);
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
    int rc = xg_split_row_add(tr->table, tr->row, s, s + len, '\t', tr->err);

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

/* Several numbers or dashes one space apart ("1607 1742 1408"); more
 * than a table has columns is no row. */
static int is_value_list(const char *f, size_t len)
{
    size_t i = 0, start;
    int parts = 0;

    if (len > (size_t)XG_MAX_GRID_COLS * 64)
        return 0;
    while (i < len) {
        if (parts >= XG_MAX_GRID_COLS)
            return 0;
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

        xg_trim_ascii(&t, &tlen);
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

/* ------------------------------------------------- form (e): loose cells */

/*
 * Form (e), `pdftotext` without -layout.  Each cell is a block of its own,
 * blocks set apart by blank lines; cells of one row standing close share a
 * line ("1236 172").  Nothing marks where a row ends, and the order is the
 * PDF's: row by row only where the producer drew it so.  What the text
 * itself tells:
 *   - a run of number lines, blank lines between them, is the numbers of
 *     one row; a line of text ends it;
 *   - the text block right before a run (lines with no blank line between:
 *     a wrapped label) is that row's label; other text is paragraphs;
 *   - two number lines with no blank line between are one block: digits
 *     wrapped out of a narrow cell ("1607" over "3") or cells of a column
 *     stacked.  Which cell each number belongs to is lost, so the run is
 *     kept as one cell, which reads as no number;
 *   - a run right under a line of text, no blank line between, stands below
 *     it in one block: that text is not its label.
 * Each row is label (column 0, empty if none) then numbers; rows with no
 * paragraph between them are one loose table, which the layout stage reads
 * only where labels are seen to come before their numbers.
 */

static int is_value_line(const char *s, size_t len)
{
    xg_trim_ascii(&s, &len);
    return is_value_field(s, len) || is_value_list(s, len);
}

/* A page number set as "- 3 -": dashes are cells elsewhere. */
static int is_dashed_page_number(const char *s, size_t len)
{
    const char *f[4];
    size_t flen[4], i;
    int n = 0;

    xg_trim_ascii(&s, &len);
    for (i = 0; i < len && n < 4;) {
        size_t start = i;

        while (i < len && s[i] != ' ')
            i++;
        f[n] = s + start;
        flen[n++] = i - start;
        while (i < len && s[i] == ' ')
            i++;
    }
    if (n != 3 || i < len)
        return 0;
    for (i = 0; i < flen[1]; i++)
        if (f[1][i] < '0' || f[1][i] > '9')
            return 0;
    return flen[1] > 0 && is_value_field(f[0], flen[0]) && is_value_field(f[2], flen[2]) &&
           (f[0][0] < '0' || f[0][0] > '9') && (f[2][0] < '0' || f[2][0] > '9');
}

/* A bare number alone at the foot of page PAGE, apart from the text above
 * it, equal to PAGE: the page number.  Taken for a cell it could fill the
 * place of an empty one. */
static int is_page_number(const text_line *lines, size_t n, size_t i, int page)
{
    const char *s = lines[i].s;
    size_t len = lines[i].len, k;
    long v = 0;

    xg_trim_ascii(&s, &len);
    if (len == 0 || len > 4 || (i > 0 && !is_blank(&lines[i - 1])))
        return 0;
    for (k = 0; k < len; k++) {
        if (s[k] < '0' || s[k] > '9')
            return 0;
        v = v * 10 + (s[k] - '0');
    }
    if (v != page)
        return 0;
    for (k = i + 1; k < n; k++) {
        if (lines[k].new_page)
            return 1;
        if (!is_blank(&lines[k]))
            return 0;
    }
    return 1;
}

/* The trimmed non-blank lines FIRST..END joined with '\n' into OUT. */
static int join_lines(xg_buf *out, const text_line *lines, size_t first,
                      size_t end, xg_error *err)
{
    size_t i;

    xg_buf_reset(out);
    for (i = first; i < end; i++) {
        const char *s = lines[i].s;
        size_t len = lines[i].len;

        xg_trim_ascii(&s, &len);
        if (len == 0)
            continue;
        if ((out->len > 0 && xg_buf_putc(out, '\n') != 0) || xg_buf_append(out, s, len) != 0)
            return xg_error_nomem(err);
    }
    return XG_OK;
}

typedef struct loose_run {
    size_t label_first, label_end;  /* the label's lines, empty if none */
    size_t first, end;              /* the run's lines */
    int tight;                      /* two number lines with no blank between */
    const unsigned char *skip;      /* page numbers left out */
} loose_run;

/* Numbers in the run's lines, counted up to MAX. */
static size_t count_numbers(const text_line *lines, const loose_run *run,
                            size_t max)
{
    size_t i, k, count = 0;

    for (i = run->first; i < run->end && count <= max; i++)
        for (k = 0; k < lines[i].len && count <= max; k++)
            if (lines[i].s[k] != ' ' && (k == 0 || lines[i].s[k - 1] == ' '))
                count++;
    return count;
}

static int add_loose_row(text_reader *tr, const text_line *lines,
                         const loose_run *in)
{
    loose_run copy = *in, *run = &copy;
    size_t i;
    int rc;

    /* more numbers than a row has room for are not a row's: one cell */
    if (count_numbers(lines, run, XG_MAX_GRID_COLS - 2) > XG_MAX_GRID_COLS - 2)
        run->tight = 1;

    rc = open_table(tr, ROW_LOOSE);
    if (rc == XG_OK)
        rc = join_lines(&tr->cell, lines, run->label_first, run->label_end, tr->err);
    if (rc == XG_OK)
        rc = xg_table_add_cell(tr->table, tr->row, 0, 1, 1, xg_buf_str(&tr->cell),
                               tr->cell.len, NULL, tr->err);
    tr->col = 1;
    xg_buf_reset(&tr->cell);
    for (i = run->first; rc == XG_OK && i < run->end; i++) {
        const char *s = lines[i].s, *end;
        size_t len = lines[i].len;

        if (run->skip[i] || is_blank(&lines[i]))
            continue;
        xg_trim_ascii(&s, &len);
        if (run->tight) {
            /* one cell of every number line, which reads as no number */
            if ((tr->cell.len > 0 && xg_buf_putc(&tr->cell, '\n') != 0) ||
                xg_buf_append(&tr->cell, s, len) != 0)
                rc = xg_error_nomem(tr->err);
            continue;
        }
        for (end = s + len; rc == XG_OK && s < end;) {
            const char *q = s;

            while (q < end && *q != ' ')
                q++;
            rc = xg_table_add_cell(tr->table, tr->row, tr->col++, 1, 1, s,
                                   (size_t)(q - s), NULL, tr->err);
            while (q < end && *q == ' ')
                q++;
            s = q;
        }
    }
    if (rc == XG_OK && run->tight)
        rc = xg_table_add_cell(tr->table, tr->row, tr->col++, 1, 1, xg_buf_str(&tr->cell),
                               tr->cell.len, NULL, tr->err);
    xg_buf_reset(&tr->cell);
    tr->row++;
    return rc;
}

/* Text lines FIRST..END that label no run: paragraphs. */
static int add_loose_paragraphs(text_reader *tr, const text_line *lines,
                                size_t first, size_t end)
{
    size_t i;
    int rc = XG_OK;

    for (i = first; rc == XG_OK && i < end; i++)
        rc = read_line(tr, &lines[i], 0);
    return rc;
}

#define LABEL_LINES 8         /* a label wrapped in a narrow cell */
#define LABEL_BYTES 600

static int is_label_block(const text_line *lines, size_t first, size_t end)
{
    size_t i, bytes = 0;

    if (end - first > LABEL_LINES)
        return 0;
    for (i = first; i < end; i++)
        bytes += lines[i].len;
    return bytes <= LABEL_BYTES;
}

/* The run RUN ends: its row, after its label or the paragraphs above it. */
static int end_loose_run(text_reader *tr, const text_line *lines,
                         loose_run *run, int stacked, int *have_block)
{
    int rc = XG_OK;

    /* a label is short: a longer block right above numbers is text */
    if (*have_block && !stacked && !is_label_block(lines, run->label_first, run->label_end))
        stacked = 1;
    if (*have_block && stacked)
        rc = add_loose_paragraphs(tr, lines, run->label_first, run->label_end);
    if (!*have_block || stacked)
        run->label_first = run->label_end = 0;
    *have_block = 0;
    return rc != XG_OK ? rc : add_loose_row(tr, lines, run);
}

static int read_loose(text_reader *tr, const text_line *lines, size_t n)
{
    loose_run run;
    unsigned char *skip = calloc(n ? n : 1, 1);
    size_t i;
    int have_block = 0, have_run = 0, blank = 1, stacked = 0, page = 1;
    int rc = XG_OK;

    if (skip == NULL)
        return xg_error_nomem(tr->err);
    memset(&run, 0, sizeof run);
    run.skip = skip;
    for (i = 0; i < n && rc == XG_OK; i++) {
        const text_line *l = &lines[i];

        if (l->new_page)
            page++;
        if (is_blank(l))
            blank = 1;
        else if (is_dashed_page_number(l->s, l->len) || is_page_number(lines, n, i, page)) {
            skip[i] = 1;
            blank = 1;
        } else if (is_value_line(l->s, l->len)) {
            if (!have_run) {
                have_run = 1;
                run.first = i;
                run.tight = 0;
                stacked = have_block && !blank;
            } else if (!blank) {
                run.tight = 1;
            }
            run.end = i + 1;
            blank = 0;
        } else {
            if (have_run) {
                rc = end_loose_run(tr, lines, &run, stacked, &have_block);
                have_run = 0;
            } else if (have_block && blank) {
                rc = add_loose_paragraphs(tr, lines, run.label_first, run.label_end);
                have_block = 0;
            }
            if (!have_block) {
                have_block = 1;
                run.label_first = i;
            }
            run.label_end = i + 1;
            blank = 0;
        }
    }
    if (rc == XG_OK && have_run)
        rc = end_loose_run(tr, lines, &run, stacked, &have_block);
    else if (rc == XG_OK && have_block)
        rc = add_loose_paragraphs(tr, lines, run.label_first, run.label_end);
    if (rc == XG_OK)
        close_table(tr);
    free(skip);
    return rc;
}

/* Form (e) is told from form (d) by its lines: numbers stand alone on
 * theirs, and no line sets text and numbers apart by runs of spaces. */
static int loose_cells(const text_line *lines, size_t n)
{
    const char *f[2];
    size_t flen[2], i, values = 0, spaced = 0;

    for (i = 0; i < n; i++) {
        const char *s = lines[i].s;
        size_t len = lines[i].len;

        xg_trim_ascii(&s, &len);
        if (len == 0)
            continue;
        if (is_value_line(s, len))
            values++;
        else if (space_fields(s, len, f, flen, 2) >= 2)
            spaced++;
    }
    return values >= 3 && values > 4 * spaced;
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
        if (tr.space_rows && loose_cells(lines, n)) {
            tr.space_rows = 0;
            rc = read_loose(&tr, lines, n);
        } else {
            rc = read_rows(&tr, lines, n);
        }
    }
done:
    xg_buf_free(&tr.cell);
    free(lines);
    free(text);
    return rc;
}
