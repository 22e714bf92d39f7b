/*
 * Layout reconstruction: from the document model to the canonical tables.
 *
 * Every table block of the document is read as one stream of grid rows,
 * so a report table split over several Word tables, pages or HTML tables
 * reads as one.  Each row is either a header row (its cells name columns:
 * 自然人, 本年制发件数, 结果维持 …), which sets the column map of its
 * canonical table, or a data row, known by its label: the text of its
 * label cells, including a vertically merged group cell covering it from
 * above.  A row is identified by its group and its item together; the
 * group is carried from row to row, so a flattened table whose group label
 * stood only in the first row of the group still reads.
 *
 * Values are read by the column map when the row's cells stand where the
 * header says ("header" provenance), else by position when the row holds
 * exactly as many value cells as the row has columns ("position"); a row
 * that fits neither is reported, never guessed.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "buf.h"
#include "error.h"
#include "report.h"
#include "vocab.h"

#define MAX_LABEL_BYTES 400
/* the longest piece of a group's label a wrapped row starts with, in bytes */
#define MAX_GROUP_PIECE 16
/* the fewest digits of a line of numbers alone that may be the first line
 * of a wrapped number, not only a tail */
#define FIRST_LINE_DIGITS 3
/* the shortest beginning of an item's label, in bytes, that tells it */
#define MIN_BEGUN_BYTES 9
#define MAX_ABOVE 16            /* numbers kept of a line under no label */
/* state.above_heads_only: what tells numbers kept there the next row's
 * first lines */
enum { HEADS_STACKED = 1, HEADS_EACH };
#define MAX_SCHEMA_ROWS 64      /* rows of a table, in any layout */
#define MAX_NAMED_SOURCES 8     /* source tables a warning names */
/* rows read from one source table, its cells empty in a column no header
 * named, that tell the column was not printed there */
#define MIN_BLANK_ROWS 3
#define MAX_SOURCE_BIT 63       /* state.named_in: one bit per source table */
#define NUMBERS_BESIDE_PIECE 3  /* numbers_before: beside a group's piece */
#define COL_OTHER (-2)      /* a header names a column with no canonical key */
#define SPLIT_APPEALS_MAX 16    /* loose rows of one appeals line */
#define SPLIT_APPEALS_NUMBERS 64 /* numbers of one (15 in the schema) */
#define CUT_NAMES_MIN 3         /* column names cut that show a header cut */
#define CUT_BAND_ROWS 8         /* grid rows over a table's first row read */
#define CUT_LONE_MAX 64         /* characters alone in them, kept */
#define CUT_NAMES_BYTES 256

typedef struct rowcell {
    const xg_cell *cell;
    char *key;              /* label key of the text */
    xg_value value;
    const xg_table *src;    /* the cell's table, NULL: the row's */
} rowcell;

typedef struct colmap {
    int valid;
    int src_cols;           /* grid width of the table it came from */
    int col[XG_MAX_GRID_COLS];      /* canonical column, -1 none */
    int row[XG_MAX_GRID_COLS];      /* canonical row (rows_in_header), -1 */
    int unit[XG_MAX_GRID_COLS];     /* unit its header states (xg_unit) */
    /* a header row names the columns in another order than the
     * template's: values cannot be placed by their order */
    int disordered;
    /* grid positions a header row of the source's own grid left without
     * a cell, and the canonical column a later header row named under
     * one (-1 none): a header row that lost a cell, whose other cells
     * stand in places not theirs */
    unsigned char hole[XG_MAX_GRID_COLS];
    int under_hole;
} colmap;

/* A loose row whose label named a canonical row, in reading order. */
typedef struct named_row {
    size_t block;
    int row_in_table;       /* grid row of the loose table */
    int table, row;         /* canonical */
    int displaced;
} named_row;

typedef struct named_rows {
    named_row *v;
    size_t n, cap;
} named_rows;

typedef struct state {
    xg_report *report;
    int table;              /* current canonical table, -1 none */
    int group;              /* current group of the requests table */
    int in_header;          /* the last row read was a header row */
    /* the canonical row (rows_in_header) the paragraph right before the
     * table being read names alone (行政复议 over a header of one group
     * of columns), -1 none; and the next block's, set by a paragraph */
    int named_before, names_next;
    /* a line of numbers under the appeals header was not read: a line
     * after it may hold its tails, wrapped */
    int appeals_unread;
    /* an appeals row was found by its label (行政复议, 复议后起诉 …) */
    int appeals_labelled;
    /* the source table and row the last appeals line read came from, and
     * the canonical rows it filled (bits) */
    const xg_table *appeals_from;
    int appeals_row;
    unsigned appeals_rows;
    colmap maps[XG_TABLE_COUNT];
    /* a label read without values: its numbers may follow on the next row */
    int pending_table, pending_row;
    /* the row read_pending just read (its label on the row before its
     * numbers): the next row may show the numbers were another's */
    int pended_table, pended_row;
    int seen[XG_TABLE_COUNT][MAX_SCHEMA_ROWS];
    /* found, and not read for a reason a warning gave: no "not found" */
    int refused[XG_TABLE_COUNT][MAX_SCHEMA_ROWS];
    int started[XG_TABLE_COUNT];    /* a header or row of it has been read */
    /* the last row read was numbers that no label took: a label after it
     * cannot tell whether its numbers came before or after it */
    int orphan_values;
    /* the row before: numbers beside a label that names no row (its
     * label here), else "" */
    char orphan_label[MAX_LABEL_BYTES + 1];
    /* pieces of a label alone on lines between a table's rows, since the
     * last row (note_label_piece) */
    char para_label[MAX_LABEL_BYTES + 1];
    /* the row before: an item's numbered beginning alone, naming no row
     * and beside no numbers (7.属于), with the rows alone after it that
     * name none either (5.要求行, 政机关确), else "": a line outside the
     * table's rows (orphan_paragraph) or the label beside the next row's
     * numbers may go on from it */
    char item_begun[MAX_LABEL_BYTES + 1];
    /* the paragraph before the row: a number alone, its digits (0: not
     * one) and where it stands */
    int lone_digits;
    xg_geom lone_geom;
    int group_numbers;          /* the row before: numbers beside the
                                   start of a group's label */
    int numbering_numbers;      /* the row before: numbers beside a
                                   group's numbering cut short */
    /* the row before: numbers under no label, where they stand (their
     * source table, column and box); ABOVE_MANY: more than kept */
    xg_cellval above[MAX_ABOVE];
    int above_digits[MAX_ABOVE];
    int above_last[MAX_ABOVE];  /* the digits of each one's last line */
    int above_no_tails;         /* the last kept, beside no label, are no tails
                                   of the rows above (heads_under_rows) */
    int nabove, above_many;
    int above_zero;         /* one of them begins with a 0: a tail */
    /* they are the last lines of the row before's cells of digits on
     * several lines (note_stacked_last_lines) */
    int above_stacked;
    /* those are numbers beside pieces of a row's label: above the next
     * row only past a row of numbers alone */
    int pieces_above;
    /* those are numbers beside the rest of a label of a row not read:
     * above the next row only for stack_under_above (HEADS_STACKED), or
     * for under_each_above too (HEADS_EACH) */
    int above_heads_only;
    /* and they stand right after numbers beside the start of a group's
     * label (69 beside （四, then 62 02 94 … beside ）无), or beside a
     * label that names no row with no row read before them
     * (nonrow_numbers): a number begun with a 0 among them is a middle
     * line, not the row before's tail */
    int pieces_after_group;
    /* the row before: numbers beside a label that names no row (a piece
     * of a group's name, 果 三 of 三、本年度办理结果 and （三）不予公开) */
    int nonrow_numbers;
    /* the block before: a paragraph of numbers alone (a line of a table's
     * cells left out of it); NUMBERS_BESIDE_PIECE: of numbers beside a
     * piece of a group's name */
    int numbers_before;
    /* the row read with its values on the line just before, -1 if none */
    int last_table, last_row;
    char last_label[MAX_LABEL_BYTES + 1];   /* its label, "" if not known */
    int last_by_rest;           /* kept over the rest of its label alone */
    /* the row read on the line before that one, when each of that one's
     * numbers is shorter than the number over it: they may be its tails
     * (87 under 873), -1 if not */
    int tails_table, tails_row;
    /* the row before: numbers beside a label that names no row, or the
     * rest of an earlier row's label, whose they are not known */
    int unowned_before;
    /* Each table's layout, fixed for the reading pass; 0 (any) in the
     * first pass, which only gathers what names one layout: header cells
     * of its columns and labels of its rows, per table and layout. */
    int layout[XG_TABLE_COUNT];
    int gathering;
    int evidence[XG_TABLE_COUNT][XG_LAYOUT_COUNT];
    int found[XG_TABLE_COUNT];      /* first pass: a value cell was read */
    /* nothing in the source showed the table's layout: a row whose
     * columns differ between layouts is not read by position */
    int unsure[XG_TABLE_COUNT];
    /* loose tables (text that lost its row breaks): the table being read
     * shows labels before their numbers and every row of it is one label
     * and its numbers; a label stands alone after it; the part of each
     * table the schema cannot check reads in order; a loose row's label
     * named a row */
    int loose_ok, loose_clean, loose_label_after;
    int in_order[XG_TABLE_COUNT];
    int loose_named;
    int loose_doc;          /* the document holds loose tables */
    char **keys;            /* each paragraph block's label key, or NULL */
    named_rows named;       /* loose rows that named a row (loose_prepass) */
    /* the appeals line in several loose rows, header cells between them
     * (find_split_appeals): read as one at the first, n = 0 if none */
    struct {
        int n;
        size_t block[SPLIT_APPEALS_MAX];
        const xg_table *table[SPLIT_APPEALS_MAX];
        int row[SPLIT_APPEALS_MAX];
    } split_appeals;
    size_t block;           /* the block being read */
    xg_vocab *vocab;        /* for labels read by OCR; made when needed */
    /* the unit a header line set apart as a paragraph states over an
     * amount column (本年收费金额（单位：元）in text), until a header row */
    int para_unit[XG_TABLE_COUNT];
    /* the last row read, when its value cells were all empty: numbers
     * under no row's label after it, past lines of label only, may be
     * its own (a label broken over many lines) */
    int empty_table, empty_row;
    /* the source table whose header band was last looked at for each
     * table (header_cut), and the column names a band showed cut ("" if
     * none): the table's values are not read */
    const xg_table *cut_seen[XG_TABLE_COUNT];
    char cut_names[XG_TABLE_COUNT][CUT_NAMES_BYTES];
    /* a header row of each table was read, and for each canonical column,
     * the source tables whose header rows named it (bits; the last for all
     * from MAX_SOURCE_BIT on; none: no header named it) */
    int header_seen[XG_TABLE_COUNT];
    uint64_t named_in[XG_TABLE_COUNT][32];
} state;

static int layout_index(int layout)
{
    int i;

    for (i = 0; i < XG_LAYOUT_COUNT; i++)
        if (xg_layouts[i] == layout)
            return i;
    return -1;
}

static void free_row(rowcell *cells, int n)
{
    int i;

    for (i = 0; i < n; i++)
        free(cells[i].key);
}

/* The distinct cells of grid row R in column order, including cells that
 * cover it from a row above.  The label of a cell read by OCR is matched
 * to the vocabulary (made at the first such cell) when it is no word of
 * it as read. */
static int collect_row(state *st, const xg_table *t, int r, rowcell *out,
                       int max, int *n, xg_error *err)
{
    int c, cols = xg_table_cols(t);

    *n = 0;
    for (c = 0; c < cols && *n < max; c++) {
        const xg_cell *cell = xg_table_cell_at(t, r, c);

        if (cell == NULL || cell->col != c)
            continue;
        out[*n].cell = cell;
        out[*n].src = NULL;
        out[*n].key = xg_norm_label(cell->text);
        if (out[*n].key == NULL)
            return xg_error_nomem(err);
        xg_parse_value_key(cell->text, out[*n].key, &out[*n].value);
        (*n)++;
        if (cell->ocr && out[*n - 1].value.kind == XG_VALUE_TEXT) {
            char *snapped;
            int nomem = 0;

            if (st->vocab == NULL && (st->vocab = xg_vocab_new()) == NULL)
                return xg_error_nomem(err);
            snapped = xg_vocab_snap(st->vocab, out[*n - 1].key, &nomem);
            if (nomem)
                return xg_error_nomem(err);
            if (snapped != NULL) {
                free(out[*n - 1].key);
                out[*n - 1].key = snapped;
            }
        }
    }
    return XG_OK;
}

/* Header patterns compare the whole cell: "3.其他" is a row, not the
 * column 其他. */
static int header_match(const char *const *patterns, const char *key)
{
    int i;

    for (i = 0; i < XG_MAX_PATTERNS && patterns[i]; i++) {
        const char *p = patterns[i];

        if (p[0] == '=' ? strcmp(key, p + 1) == 0 : strstr(key, p) != NULL)
            return 1;
    }
    return 0;
}

/* The column of LAYOUT (0: any) that header cell KEY names; COL_OTHER
 * when it names a column of another layout only. */
static int match_col(int table, int layout, const char *key)
{
    int c, other = -1;

    for (c = 0; c < xg_schema[table].ncols; c++)
        if (header_match(xg_schema[table].cols[c].patterns, key)) {
            if (xg_schema_col_in_layout(table, c, layout))
                return c;
            other = COL_OTHER;
        }
    return other;
}

/* A header's unit that is neither 元 nor 万元. */
#define UNIT_UNKNOWN (-1)

/* The unit a header cell states: 本年收费金额（单位：万元）, 采购总金额（元）.
 * 元 says 元 only at the start or after what opens a unit (a bracket, a
 * colon, a slash, a space); anything else right before it (千元, 亿元, a
 * 万 damaged into 乤元 or into a glyph of no known character, 单位：）元）
 * is a unit not known, UNIT_UNKNOWN: no amount is read under it. */
static int header_unit(const char *key)
{
    static const char *const opens[] = {"(", ":", "/", " ", "[", "（", "：", "／", "【", "〔"};
    const char *yuan = strstr(key, "元");
    size_t i;

    if (strstr(key, "万元"))
        return XG_UNIT_10K_YUAN;
    if (yuan == NULL)
        return XG_UNIT_NONE;
    if (yuan == key)
        return XG_UNIT_YUAN;
    for (i = 0; i < sizeof opens / sizeof opens[0]; i++) {
        size_t len = strlen(opens[i]);

        if ((size_t)(yuan - key) >= len && memcmp(yuan - len, opens[i], len) == 0)
            return XG_UNIT_YUAN;
    }
    return UNIT_UNKNOWN;
}

static int match_header_row(int table, const char *key)
{
    int r, found = -1;

    if (!xg_schema[table].rows_in_header)
        return -1;
    /* a cell naming two rows (未经复议直接起诉 复议后起诉: the header
     * cells of a damaged page read as one) names neither */
    for (r = 0; r < xg_schema[table].nrows; r++)
        if (header_match(xg_schema[table].rows[r].patterns, key)) {
            if (found >= 0)
                return -1;
            found = r;
        }
    return found;
}

/* Which canonical table's header is this row, or -1. */
static int header_table(const state *st, const rowcell *cells, int n)
{
    int best = -1, best_count = 0, t, i;

    for (i = 0; i < n; i++)
        if (cells[i].value.kind == XG_VALUE_NUMBER)
            return -1;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        int count = 0;

        for (i = 0; i < n; i++)
            if (cells[i].key[0] &&
                (match_col(t, st->layout[t], cells[i].key) != -1 ||
                 match_header_row(t, cells[i].key) >= 0))
                count++;
        if (count > best_count || (count == best_count && count > 0 && t == st->table)) {
            best = t;
            best_count = count;
        }
    }
    return best;
}

/* Does header row CELLS name TABLE's columns out of the template's
 * order?  Only columns it names once are compared: the appeals header
 * repeats 结果维持 … 总计 under each of its rows. */
static int header_disordered(const state *st, int table, const rowcell *cells, int n)
{
    int seq[XG_MAX_GRID_COLS], ns = 0, i, k, last = -1;

    for (i = 0; i < n && ns < XG_MAX_GRID_COLS; i++) {
        int col = cells[i].key[0] ? match_col(table, st->layout[table], cells[i].key) : -1;

        if (col >= 0)
            seq[ns++] = col;
    }
    for (i = 0; i < ns; i++) {
        int once = 1;

        for (k = 0; k < ns; k++)
            if (k != i && seq[k] == seq[i])
                once = 0;
        if (!once)
            continue;
        if (seq[i] < last)
            return 1;
        last = seq[i];
    }
    return 0;
}

/* The bit of source table SRC in state.named_in. */
static uint64_t source_bit(int src)
{
    return (uint64_t)1 << (src < MAX_SOURCE_BIT ? src : MAX_SOURCE_BIT);
}

/* Where the columns of the header's map M (of TABLE, whose header names
 * rows) run from the template's first to its last column in order (结果维持
 * … 总计), and the row named over some of them is one (未经复议直接起诉,
 * centred over the middle three of five columns set apart by their text
 * alone): all of them are that row's. */
static void group_rows(colmap *m, int table)
{
    int ncols = xg_schema[table].ncols, c0, k, row;

    if (!xg_schema[table].rows_in_header)
        return;
    for (c0 = 0; c0 + ncols <= m->src_cols && c0 + ncols <= XG_MAX_GRID_COLS; c0++) {
        for (k = 0; k < ncols && m->col[c0 + k] == k; k++)
            ;
        if (k < ncols)
            continue;
        row = -1;
        for (k = 0; k < ncols && row != -2; k++)
            if (m->row[c0 + k] >= 0)
                row = row == -1 || row == m->row[c0 + k] ? m->row[c0 + k] : -2;
        if (row >= 0)
            for (k = 0; k < ncols; k++)
                m->row[c0 + k] = row;
        c0 += ncols - 1;
    }
}

/* Header map M of TABLE names no row, and each of the template's columns
 * once, in order: the row ROW named right before the table (the
 * paragraph 行政复议 over 结果维持 … 总计) is theirs. */
static void name_group(colmap *m, int table, int row)
{
    int ncols = xg_schema[table].ncols, c, k = 0;

    if (!xg_schema[table].rows_in_header)
        return;
    for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS; c++) {
        if (m->row[c] >= 0)
            return;
        if (m->col[c] >= 0 && m->col[c] != k++)
            return;
    }
    if (k != ncols)
        return;
    for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
        if (m->col[c] >= 0)
            m->row[c] = row;
}

static void apply_header(state *st, int table, const xg_table *t, int r,
                         const rowcell *cells, int n)
{
    colmap *m = &st->maps[table];
    int i, c;

    if (!st->in_header || !m->valid || m->src_cols != xg_table_cols(t)) {
        for (c = 0; c < XG_MAX_GRID_COLS; c++) {
            m->col[c] = m->row[c] = -1;
            m->unit[c] = XG_UNIT_NONE;
            m->hole[c] = 0;
        }
        m->valid = 1;
        m->src_cols = xg_table_cols(t);
        m->disordered = 0;
        m->under_hole = -1;
    }
    m->disordered |= header_disordered(st, table, cells, n);
    st->para_unit[table] = XG_UNIT_NONE;
    for (i = 0; i < n; i++) {
        const xg_cell *cell = cells[i].cell;
        int col = match_col(table, st->layout[table], cells[i].key);
        int row = match_header_row(table, cells[i].key);
        int unit = col >= 0 && xg_schema[table].cols[col].kind == XG_COL_AMOUNT
                   ? header_unit(cells[i].key) : XG_UNIT_NONE;

        if (st->gathering && col >= 0 && xg_schema[table].cols[col].layout != 0)
            st->evidence[table][layout_index(xg_schema[table].cols[col].layout)]++;
        if (col >= 0 && col < 32)
            st->named_in[table][col] |= source_bit(xg_table_index(t));
        for (c = cell->col; c < cell->col + cell->colspan && c < XG_MAX_GRID_COLS; c++) {
            if (col != -1) {
                m->col[c] = col;
                m->unit[c] = unit;
                if (m->hole[c] && m->under_hole < 0 && col >= 0)
                    m->under_hole = col;
            }
            if (row >= 0)
                m->row[c] = row;
        }
    }
    if (!xg_table_ragged(t))
        for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
            if (xg_table_cell_at(t, r, c) == NULL)
                m->hole[c] = 1;
    group_rows(m, table);
    if (st->named_before >= 0 && st->named_before < xg_schema[table].nrows)
        name_group(m, table, st->named_before);
    st->named_before = -1;
    st->in_header = 1;
    st->header_seen[table] = 1;
    st->table = table;
    st->started[table] = 1;
    st->cut_seen[table] = NULL;
    st->cut_names[table][0] = '\0';
    st->orphan_values = 0;
    st->appeals_unread = 0;
}

/* The group named in label key L (last one wins) and where the item text
 * after it starts. */
static int find_group(int table, const char *l, const char **item)
{
    const xg_table_def *def = &xg_schema[table];
    const char *best_at = NULL;
    int best = 0, g;

    *item = l;
    for (g = 1; g < def->ngroups; g++) {
        const char *at = strstr(l, def->groups[g]);

        if (at && (best_at == NULL || at > best_at)) {
            best_at = at;
            best = g;
        }
    }
    if (best_at)
        *item = best_at + strlen(def->groups[best]);
    return best;
}

/* The label key (xg_norm_label) of each row's template label, made once:
 * the tests of a label against every row's below would otherwise make
 * them for each label read, most of the layout stage's time on a small
 * document.  NULL where there was no memory. */
static char **row_keys[XG_TABLE_COUNT];
static once_flag row_keys_once = ONCE_FLAG_INIT;

static void make_row_keys(void)
{
    int t, r;

    for (t = 0; t < XG_TABLE_COUNT; t++)
        if ((row_keys[t] = calloc((size_t)xg_schema[t].nrows, sizeof *row_keys[t])) != NULL)
            for (r = 0; r < xg_schema[t].nrows; r++)
                row_keys[t][r] = xg_norm_label(xg_schema[t].rows[r].label);
}

static const char *row_key(int table, int row)
{
    call_once(&row_keys_once, make_row_keys);
    return row_keys[table] != NULL ? row_keys[table][row] : NULL;
}

/* A group no row belongs to (本年度办理结果) only contains the others: it
 * does not constrain the items after it. */
static int is_container(int table, int group)
{
    int r;

    for (r = 0; r < xg_schema[table].nrows; r++)
        if (xg_schema[table].rows[r].group == group)
            return 0;
    return 1;
}

/* Is label key L, not empty, a piece of a group's numbering, shorter
 * than it: its start (ANYWHERE 0), or any piece (ANYWHERE 1)?  With
 * CONTAINERS 1, of a group that holds groups; 0, of one that holds rows;
 * -1, of either. */
static int numbering_piece_of(int table, const char *l, int containers,
                              int anywhere)
{
    const xg_table_def *def = &xg_schema[table];
    size_t len = strlen(l);
    int r, g, yes = 0;

    for (r = 0; r < def->nrows && !yes && len > 0; r++) {
        const char *n = row_key(table, r), *s;
        size_t ln, i, found = 0;

        if (n == NULL)
            return 0;
        s = xg_strip_numbering(n);
        ln = (size_t)(s - n);
        for (i = 0; ln > len && i + len <= ln && !found && (anywhere || i == 0); i++)
            found = strncmp(n + i, l, len) == 0;
        for (g = 1; found && g < def->ngroups; g++)
            if ((containers < 0 || is_container(table, g) == containers) &&
                strncmp(s, def->groups[g], strlen(def->groups[g])) == 0)
                yes = 1;
    }
    return yes;
}

/* Is label key L, not empty, the start of a group's numbering alone,
 * cut short ((四 of （四）无法提供, 三 of 三、本年度办理结果: the label set
 * down its narrow column a few characters a line)?  With CONTAINERS, of
 * a group that holds groups; else of one that holds rows. */
static int numbering_piece(int table, const char *l, int containers)
{
    return numbering_piece_of(table, l, containers, 0);
}

/* Is label key L, not empty, a piece of a group's numbering inside it
 * (四 or 四) of （四）无法提供, the brackets set on lines of their own), not
 * the whole numbering? */
static int numbering_inner(int table, const char *l)
{
    return numbering_piece_of(table, l, -1, 1);
}

/* Is a value cell of a row (CELLS, N, values from FROM) empty? */
static int empty_any(const rowcell *cells, int n, int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].src == NULL && cells[i].value.kind == XG_VALUE_EMPTY)
            return 1;
    return 0;
}

/* Are a row's numbers (CELLS, N, values from FROM) beside label L, the
 * start of a group's numbering cut short (numbering_piece), with a value
 * cell empty?  Such numbers may be the first lines of the next row's, set
 * above its label; a whole line of them is more often a row's own, its
 * label wrapped round them. */
static int beside_numbering_piece(const char *l, const rowcell *cells,
                                  int n, int from)
{
    return numbering_piece(XG_TABLE_REQUESTS, l, 0) && empty_any(cells, n, from);
}

/* Label key L begun with a piece of the name of a group that holds groups,
 * cut short in its narrow merged cell (三、本年度办 of 三、本年度办理结果,
 * then (七)总计): where the item after the piece starts, else L. */
static const char *after_container_piece(int table, const char *l)
{
    const xg_table_def *def = &xg_schema[table];
    const char *s = xg_strip_numbering(l);
    int g;

    for (g = 1; g < def->ngroups; g++) {
        const char *name = def->groups[g];
        size_t k = 0;

        if (!is_container(table, g))
            continue;
        while (name[k] != '\0' && s[k] == name[k])
            k++;
        while (k > 0 && ((unsigned char)name[k] & 0xC0) == 0x80)
            k--;
        /* two characters or more, then the item's numbering */
        if (k >= 6 && name[k] != '\0' && s[k] == '(')
            return s + k;
    }
    return l;
}

/* Label key L past the whole name of a group that holds groups, numbered
 * or not, that begins it (三、本年度办理结果 before (二)部分公开…, from a
 * merged cell beside each of its items); L where none does. */
static const char *past_container(int table, const char *l)
{
    const xg_table_def *def = &xg_schema[table];
    const char *s = xg_strip_numbering(l);
    int g;

    for (g = 1; g < def->ngroups; g++) {
        size_t len = strlen(def->groups[g]);

        if (is_container(table, g) && strncmp(s, def->groups[g], len) == 0 &&
            s[len] != '\0')
            return s + len;
    }
    return l;
}

/* *OUT: label key A, then key B, where the two fit in MAX_LABEL_BYTES
 * (OUT may be A); 0, OUT as it was, where they do not. */
static int join_keys(char *out, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);

    if (la + lb > MAX_LABEL_BYTES)
        return 0;
    memmove(out, a, la);
    memcpy(out + la, b, lb + 1);
    return 1;
}

/* Is label key L a group's numbering and the start of its name, cut
 * short ((六)其他 of （六）其他处理, 处理 wrapped onto the next line): the
 * group's label, not an item's (3.其他)?  With WHOLE, its numbering
 * alone ((三)) or its name whole too. */
static int group_label_cut(int table, const char *l, int whole)
{
    const xg_table_def *def = &xg_schema[table];
    const char *rest = xg_strip_numbering(l);
    size_t len = strlen(l);
    int r, g, yes = 0;

    if (rest == l || (rest[0] == '\0' && !whole))
        return 0;
    for (r = 0; r < def->nrows && !yes; r++) {
        const char *n = row_key(table, r);

        if (n == NULL)
            return 0;
        for (g = 1; g < def->ngroups && !yes; g++) {
            const char *at = strstr(n, def->groups[g]);

            yes = at != NULL && !is_container(table, g) && at == xg_strip_numbering(n) &&
                  len < (size_t)(at - n) + strlen(def->groups[g]) + (whole != 0) &&
                  strncmp(n, l, len) == 0;
        }
    }
    return yes;
}

static size_t last_numbering(const char *text);

/* Does TEXT hold the K bytes at P? */
static int holds_bytes(const char *text, const char *p, size_t k)
{
    for (; *text != '\0'; text++)
        if (strncmp(text, p, k) == 0)
            return 1;
    return 0;
}

/* Are the LEN bytes at L pieces of the names of TABLE's groups, one after
 * another, each as long as it can be (理结 then 理 in 理结理3.其他: 本年度办理
 * 结果 and 其他处理 set down their narrow merged cells beside the item)?
 * The names are Chinese, three bytes a character: anything else in L
 * (a bracket, a digit) is no piece. */
static int group_pieces_only(int table, const char *l, size_t len)
{
    const xg_table_def *def = &xg_schema[table];
    size_t at = 0;

    while (at < len) {
        size_t best = 0, k;
        int g;

        for (g = 1; g < def->ngroups; g++) {
            const char *name = def->groups[g];

            for (k = 3; at + k <= len && holds_bytes(name, l + at, k); k += 3)
                if (k > best)
                    best = k;
        }
        if (best == 0)
            return 0;
        at += best;
    }
    return 1;
}

/* Is label L pieces of TABLE's groups' names alone, one after another,
 * their numberings' brackets between them (度办)不: of 三、本年度办理结果
 * and (三)不予公开, set down their narrow merged cells)? */
static int group_pieces_bracketed(int table, const char *l)
{
    size_t at = 0, len = strlen(l);
    int any = 0;

    while (at < len) {
        size_t seg = strcspn(l + at, "()");

        if (seg > 0) {
            if (!group_pieces_only(table, l + at, seg))
                return 0;
            any = 1;
        }
        at += seg;
        at += strspn(l + at, "()");
    }
    return any;
}

/* Label L past pieces of TABLE's groups' names before its last numbering
 * (果 of 果(七)总计), or L itself when it has none. */
static const char *past_group_pieces(int table, const char *l)
{
    size_t at = last_numbering(l);

    /* (the numbering's opening bracket: 七) of 果(七)总计) */
    if (at != SIZE_MAX && at > 0 && l[at - 1] == '(')
        at--;
    if (at != SIZE_MAX && at > 0 && group_pieces_only(table, l, at))
        return l + at;
    return l;
}

/* The canonical row of TABLE in LAYOUT (0: any) that label L names,
 * given the group carried from earlier rows; -1 when none.  HAS_VALUES
 * tells a 2019-layout （六）其他处理 row from the group label of the 2021
 * items where the layout is not known yet.  Pieces of groups' names before
 * the item's numbering (果 of 果(七)总计) are no part of its label. */
static int match_row(const state *st, int table, int layout, const char *l,
                     int has_values, int *group_out)
{
    const xg_table_def *def = &xg_schema[table];
    const char *item;
    int group = def->ngroups ? find_group(table, l, &item) : 0;
    int carried = st->table == table ? st->group : -1;
    int r, i, found = -1;

    if (!def->ngroups)
        item = l;
    else if (group == 0)
        item = after_container_piece(table, l);
    if (def->ngroups && item == l)
        item = past_group_pieces(table, l);
    if (group > 0 && is_container(table, group))
        group = 0;
    *group_out = group ? group : carried;
    if (group == 0 && def->ngroups && group_label_cut(table, l, 0))
        return -1;
    for (r = 0; r < def->nrows; r++) {
        const xg_row_def *row = &def->rows[r];

        if (!xg_schema_row_in_layout(table, r, layout))
            continue;
        if (row->group != 0) {
            /* a group named in the row itself must be the row's; a group
             * carried from rows above (a PDF may centre a group's label
             * among its items, so it can be stale) only decides the items
             * whose label alone is ambiguous, like "3.其他" */
            if (group > 0 && group != row->group)
                continue;
            if (group <= 0 && row->patterns[0][0] == '=' && carried != row->group)
                continue;
        }
        if (row->patterns[0][0] == '=' && row->patterns[0][1] == '\0') {
            /* the group label alone, with values, or in a table known to
             * be of the row's layout: 2019 （六）其他处理 */
            if (group == row->group && (has_values || layout == row->layout) &&
                xg_strip_numbering(item)[0] == '\0')
                return r;
            continue;
        }
        for (i = 0; i < XG_MAX_PATTERNS && row->patterns[i]; i++)
            if (xg_pattern_match(row->patterns[i], item))
                break;
        if (i == XG_MAX_PATTERNS || row->patterns[i] == NULL)
            continue;
        /* a label naming two rows of a table whose header names its rows
         * (未经复议直接起诉 复议后起诉: the appeals header's cells run
         * into one) is header text, no row's label */
        if (!def->rows_in_header)
            return r;
        if (found >= 0)
            return -1;
        found = r;
    }
    return found;
}

/* Judge the number V read under column COL: the sign and unit it may
 * carry, an amount brought to 万元 (by moving the decimal point: exact).
 * HEADER_UNIT is the unit the source's header states, else the template's.
 * Returns NULL when V stands, else why it is not read; sets *CONTRADICTS
 * to the header's unit when the cell states another. */
static const char *fit_column(const xg_col_def *col, int header_unit,
                              xg_value *v, int *contradicts)
{
    int stated = header_unit != XG_UNIT_NONE ? header_unit : col->template_unit;
    int unit;

    *contradicts = XG_UNIT_NONE;
    if (stated == UNIT_UNKNOWN)
        stated = XG_UNIT_NONE;
    if (col->kind != XG_COL_AMOUNT) {
        if (v->unit != XG_UNIT_NONE && !xg_unit_is_count(v->unit))
            return "a sum of money where a count is expected";
        if (v->sign != 0 && col->kind == XG_COL_COUNT)
            return "a signed number where a count is expected";
        return NULL;
    }
    if (xg_unit_is_count(v->unit))
        return "a count where an amount is expected";
    if (v->sign != 0)
        return "a signed number where an amount is expected";
    if (v->unit != XG_UNIT_NONE && stated != XG_UNIT_NONE && v->unit != stated)
        *contradicts = stated;
    unit = v->unit != XG_UNIT_NONE ? v->unit : stated;
    if (unit == XG_UNIT_NONE && header_unit == UNIT_UNKNOWN)
        return "its header's unit is neither 元 nor 万元";
    if (unit == XG_UNIT_NONE)
        return "no unit (元 or 万元) in the cell or its header";
    if (unit == XG_UNIT_YUAN) {
        if (xg_number_shift(v->text, sizeof v->text, 4) != 0)
            return "too many digits";
        v->number = strtod(v->text, NULL);
    }
    return NULL;
}

/* Set one canonical value from a source cell, under a header stating
 * HEADER_UNIT. */
static int set_value(state *st, const xg_table *t, int table, int row,
                     int col, const xg_cell *cell, int r, int c,
                     const char *mode, int header_unit, xg_error *err)
{
    const xg_col_def *cdef = &xg_schema[table].cols[col];
    xg_cellval *v = xg_report_value(st->report, table, row, col);
    xg_value parsed;
    const char *why = NULL;
    int contradicts = XG_UNIT_NONE;

    if (st->gathering) {
        /* the first pass only needs to know the table was found */
        st->found[table] = 1;
        return XG_OK;
    }
    free(v->raw);
    v->raw = strdup(cell ? cell->text : "");
    if (v->raw == NULL)
        return xg_error_nomem(err);
    v->found = 1;
    v->src_table = xg_table_index(t);
    v->src_row = cell ? cell->row : r;
    v->src_col = cell ? cell->col : c;
    v->geom = cell ? cell->geom : (xg_geom){0, 0, 0, 0, 0};
    v->mode = mode;
    memset(&parsed, 0, sizeof parsed);
    v->ocr = cell != NULL && cell->ocr;
    v->ocr_confidence = v->ocr ? cell->ocr_confidence : 0;
    if (cell != NULL && cell->row != r) {
        /* a value cell merged down from the row above belongs to that row */
        parsed.kind = XG_VALUE_EMPTY;
    } else {
        xg_parse_value(v->raw, &parsed);
    }
    if (parsed.kind == XG_VALUE_NUMBER) {
        why = fit_column(cdef, header_unit, &parsed, &contradicts);
        if (why != NULL)
            parsed.kind = XG_VALUE_TEXT;
    }
    v->kind = parsed.kind;
    v->value = parsed.number;
    memcpy(v->number, parsed.text, sizeof v->number);
    /* a value OCR was not sure of is not a value; confidence 0 is two
     * readings that differ, never taken whatever the threshold */
    if (v->ocr && (parsed.kind == XG_VALUE_NUMBER || parsed.kind == XG_VALUE_DASH) &&
        (v->ocr_confidence < st->report->ocr_min_confidence || v->ocr_confidence <= 0)) {
        int rc2 = v->ocr_confidence <= 0
            ? xg_report_warn(st->report,
                             "%s/%s/%s: OCR read \"%s\", and otherwise a second time: null (page %d)",
                             xg_schema[table].key, xg_schema[table].rows[row].key,
                             xg_schema[table].cols[col].key, v->raw, v->geom.page)
            : xg_report_warn(st->report,
                             "%s/%s/%s: OCR read \"%s\" with confidence %.1f, under %.1f: null (page %d)",
                             xg_schema[table].key, xg_schema[table].rows[row].key,
                             xg_schema[table].cols[col].key, v->raw, v->ocr_confidence,
                             st->report->ocr_min_confidence, v->geom.page);

        v->kind = XG_VALUE_TEXT;
        if (rc2 != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    if (parsed.kind == XG_VALUE_NUMBER && parsed.decimals > 0 &&
        cdef->kind != XG_COL_AMOUNT &&
        xg_report_warn(st->report, "%s/%s/%s: decimal value %s in a count",
                       xg_schema[table].key, xg_schema[table].rows[row].key,
                       cdef->key, parsed.text) != 0)
        return xg_error_nomem(err);
    if (contradicts != XG_UNIT_NONE &&
        xg_report_warn(st->report,
                       "%s/%s/%s: the cell \"%s\" states %s, its header %s: read in %s (source table %d, row %d, column %d)",
                       xg_schema[table].key, xg_schema[table].rows[row].key,
                       cdef->key, v->raw, xg_unit_name(parsed.unit),
                       xg_unit_name(contradicts), xg_unit_name(parsed.unit),
                       v->src_table + 1, v->src_row + 1, v->src_col + 1) != 0)
        return xg_error_nomem(err);
    if (parsed.kind == XG_VALUE_TEXT &&
        xg_report_warn(st->report,
                       "%s/%s/%s: unreadable value \"%s\"%s%s (source table %d, row %d, column %d)",
                       xg_schema[table].key, xg_schema[table].rows[row].key,
                       cdef->key, v->raw, why ? ": " : "", why ? why : "",
                       v->src_table + 1, v->src_row + 1, v->src_col + 1) != 0)
        return xg_error_nomem(err);
    return XG_OK;
}

/* The unit the header over canonical column COL states, if a header
 * names it. */
static int unit_over(const colmap *m, int col)
{
    int c;

    for (c = 0; m->valid && c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
        if (m->col[c] == col)
            return m->unit[c];
    return XG_UNIT_NONE;
}

/* The unit over canonical column COL of TABLE for a value read by
 * position: its header's, else that of a header line read as a
 * paragraph. */
static int position_unit(const state *st, const colmap *m, int table, int col)
{
    int unit = unit_over(m, col);

    if (unit == XG_UNIT_NONE && xg_schema[table].cols[col].kind == XG_COL_AMOUNT)
        unit = st->para_unit[table];
    return unit;
}

/* Is KEY a number some of whose digits are not known (U+FFFD: a glyph
 * with no Unicode, a digit drawn after damage, one OCR could not
 * confirm), and nothing else?  It is a value cell, unreadable, not
 * label text.  White space between lines is passed over: KEY may be a
 * cell's text (cut digits over cut digits), not its label key. */
static int unknown_digits(const char *key)
{
    int unknown = 0;

    for (; *key; key++) {
        if (strncmp(key, "\xEF\xBF\xBD", 3) == 0) {
            unknown = 1;
            key += 2;
        } else if (!((*key >= '0' && *key <= '9') || *key == ',' || *key == '.' ||
                     *key == ' ' || *key == '\n')) {
            return 0;
        }
    }
    return unknown;
}

/* Is KEY digits and grouping commas only, one of each at least, not a
 * number ("34,4", "190,": a grouped number's first line, wrapped or cut
 * by a page; ",4": a middle line, 34 over ,4 over 71)?  A value cell,
 * unreadable, not label text. */
static int grouped_digits(const char *key)
{
    int comma = 0, digit = 0;

    if (!(*key >= '0' && *key <= '9') && *key != ',')
        return 0;
    for (; *key; key++) {
        if (*key == ',')
            comma = 1;
        else if (*key >= '0' && *key <= '9')
            digit = 1;
        else
            return 0;
    }
    return comma && digit;
}

/* Does cell C hold digits alone on several lines, no number ("3\n5\n1":
 * a number set a digit a line in a narrow cell, the lines not joined),
 * or apart at spaces ("1483 1654 2453 …": the numbers of a row in one
 * cell, their columns not found)?  A value cell, unreadable, not label
 * text. */
static int stacked_digits(const rowcell *c)
{
    const char *k = c->key;

    if (k == NULL || *k == '\0' || c->cell == NULL ||
        strpbrk(c->cell->text, "\n \t") == NULL)
        return 0;
    for (; *k; k++)
        if (!(*k >= '0' && *k <= '9'))
            return 0;
    return 1;
}

/* Does a value cell of CELLS [FROM, N) hold numbers apart at a space
 * (389 778: two columns' numbers in one cell, the bounds between them not
 * found)? */
static int apart_in_cell(const rowcell *cells, int n, int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].src == NULL && stacked_digits(&cells[i]) &&
            strpbrk(cells[i].cell->text, " \t") != NULL)
            return 1;
    return 0;
}

/* Does a cell of table T right of its first column hold numbers apart
 * at a space (apart_in_cell: the bounds between two columns not
 * found)? */
static int table_apart(const xg_table *t)
{
    size_t r, rows = xg_table_rows(t), cols = xg_table_cols(t), c;
    int yes = 0;

    for (r = 0; r < rows && !yes; r++)
        for (c = 1; c < cols && !yes; c++) {
            rowcell one = {xg_table_cell_at(t, (int)r, (int)c), NULL, {0}, NULL};

            if (one.cell == NULL || one.cell->row != (int)r || one.cell->col != (int)c)
                continue;
            one.key = xg_norm_label(one.cell->text);
            yes = apart_in_cell(&one, 1, 0);
            free(one.key);
        }
    return yes;
}

/* Is TEXT grouping commas or points alone (of a number wrapped a
 * character a line), one at least: 1 yes, 0 empty, -1 anything else? */
static int marks_only(const char *text)
{
    int any = 0;

    for (; *text != '\0'; text++) {
        if (*text == ',' || *text == '.')
            any = 1;
        else if (*text != ' ' && *text != '\n' && *text != '\t')
            return -1;
    }
    return any;
}

/* Index of the first cell holding the row's values: after the label
 * cells, which are the text cells before the first number or dash, or
 * grouping comma alone (1,612 set a character a line: , under 1). */
static int first_value_cell(const rowcell *cells, int n)
{
    int i, last_text = -1;

    for (i = 0; i < n; i++) {
        xg_value_kind k = cells[i].value.kind;

        if (k == XG_VALUE_NUMBER || k == XG_VALUE_DASH || unknown_digits(cells[i].key) ||
            grouped_digits(cells[i].key) || stacked_digits(&cells[i]) ||
            (cells[i].cell != NULL && cells[i].src == NULL && marks_only(cells[i].cell->text) > 0))
            break;
        if (k == XG_VALUE_TEXT)
            last_text = i;
    }
    return last_text + 1;
}

static int has_values(const rowcell *cells, int n, int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].value.kind != XG_VALUE_EMPTY)
            return 1;
    return 0;
}

/* Do CELLS [FROM, N) hold dashes, and no other value? */
static int dashes_only(const rowcell *cells, int n, int from)
{
    int i, dash = 0;

    for (i = from; i < n; i++) {
        if (cells[i].value.kind == XG_VALUE_DASH)
            dash = 1;
        else if (cells[i].value.kind != XG_VALUE_EMPTY)
            return 0;
    }
    return dash;
}

/* Do CELLS [FROM, N) all hold values? */
static int values_only(const rowcell *cells, int from, int n)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].value.kind == XG_VALUE_EMPTY)
            return 0;
    return 1;
}

/* Does a cell set aside at either end of a row (CELLS [FROM, LO) and
 * [HI, N)) stand under the header M's column for a slot (SLOTS_ROW,
 * SLOTS_COL) whose cell kept by position, CELLS[LO + i], stands under no
 * header of it, in the grid of source table T?  Then the kept cells are
 * not the row's places in order: the grid's spare columns (numbers set
 * left in wide cells, their header words centred) stand among them. */
static int set_aside_named(const colmap *m, const xg_table *t,
                           const rowcell *cells, int from, int lo, int hi,
                           int n, const int *slots_row, const int *slots_col)
{
    int i, k, c;

    if (!m->valid || xg_table_ragged(t) || m->src_cols != xg_table_cols(t))
        return 0;
    for (i = from; i < n; i++) {
        const xg_cell *cell = cells[i].cell;

        if ((i >= lo && i < hi) || cells[i].src != NULL)
            continue;
        for (c = cell->col; c < cell->col + cell->colspan && c < XG_MAX_GRID_COLS; c++) {
            if (m->col[c] < 0)
                continue;
            for (k = 0; k < hi - lo; k++) {
                const xg_cell *kept = cells[lo + k].cell;
                int q, own = 0;

                if (slots_col[k] != m->col[c] ||
                    (m->row[c] >= 0 && m->row[c] != slots_row[k]) ||
                    cells[lo + k].src != NULL)
                    continue;
                for (q = kept->col; q < kept->col + kept->colspan && q < XG_MAX_GRID_COLS; q++)
                    own |= m->col[q] == m->col[c];
                if (!own)
                    return 1;
            }
        }
    }
    return 0;
}

/* Does the header name canonical row ROW over some column (ROW = -1: any
 * row)?  With OVER_VALUES, over a column it names too, one of that row's
 * values: a row named over the labels' column alone is a row's label
 * taken into the header (诉讼 直接起诉 beside numbers set below it). */
static int header_names_row(const colmap *m, int row, int over_values)
{
    int c;

    for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
        if ((row < 0 ? m->row[c] >= 0 : m->row[c] == row) &&
            (!over_values || m->col[c] >= 0))
            return 1;
    return 0;
}

static int found_again(state *st, const xg_table *t, int r, int table,
                       const int *rows, int nrows, const rowcell *cells, int n,
                       int from, xg_error *err);

/* Reading by position in a table whose grid is the source's own (not a
 * line of text): the first of the N cells that stands under a header
 * naming another canonical column or row than its place in the order
 * gives it, while other cells stand under their own; -1 when none.  A
 * borderless PDF table whose empty cell left no column of its own shifts
 * the numbers after it one place, and their header says so.  Cells all
 * off by the same columns are a row whose label spans fewer or more
 * columns than the header's corner, read by position as before; a row
 * with no label (LABELLED 0: the appeals line) has no such excuse, and
 * its cells all under other columns' headers are not read (a borderless
 * table whose first column split in two and last two columns ran into
 * one: 8 under 结果维持 read as 结果纠正). */
static int under_other_header(const colmap *m, const xg_table *t,
                              const rowcell *cells, int n,
                              const int *slots_row, const int *slots_col,
                              int labelled)
{
    int i, c, first_other = -1, own = 0;

    if (!m->valid || xg_table_ragged(t) || m->src_cols != xg_table_cols(t))
        return -1;
    for (i = 0; i < n; i++) {
        const xg_cell *cell = cells[i].cell;
        int named = 0, match = 0;

        if (cells[i].value.kind == XG_VALUE_EMPTY)
            continue;
        for (c = cell->col; c < cell->col + cell->colspan && c < XG_MAX_GRID_COLS; c++)
            if (m->col[c] >= 0) {
                named = 1;
                if (m->col[c] == slots_col[i] && (m->row[c] < 0 || m->row[c] == slots_row[i]))
                    match = 1;
            }
        if (match)
            own = 1;
        else if (named && first_other < 0)
            first_other = i;
    }
    return own || !labelled ? first_other : -1;
}

/* Is TEXT one character, or characters OCR could not read (U+FFFD) only:
 * what a digit misread leaves (工 for 1, �), never a label's words? */
static int one_mark(const char *text)
{
    size_t len = strlen(text), i = 0, adv, n = 0, unread = 0;

    while (i < len) {
        unread += xg_utf8_decode(text + i, len - i, &adv) == 0xFFFD;
        n++;
        i += adv;
    }
    return n == 1 || (n > 0 && unread == n);
}

/* A line of numbers under a header that names only some of the table's
 * rows (an appeals table split in two) is read into those rows, by
 * position where not by header.  Not when a number stands under a column
 * the header names for none of its rows while it names theirs elsewhere
 * (行政复议 unreadable over 结果维持…: 4339 under it is no value of
 * 未经复议直接起诉, whose columns stand further right).  The first row
 * so named, -1 if none; *CELL the cell. */
static int off_named_rows(const state *st, int table, const xg_table *t,
                          const rowcell *cells, int n, int from, int *cell)
{
    const colmap *m = &st->maps[table];
    int k, c, named = -1, unnamed = 0;

    if (!m->valid || m->src_cols != xg_table_cols(t))
        return -1;
    for (k = 0; k < xg_schema[table].nrows; k++) {
        if (!xg_schema_row_in_layout(table, k, st->layout[table]))
            continue;
        if (!header_names_row(m, k, 0))
            unnamed = 1;
        else if (named < 0)
            named = k;
    }
    if (named < 0 || !unnamed)
        return -1;
    for (k = from; k < n; k++) {
        const xg_cell *x = cells[k].cell;

        if (cells[k].value.kind == XG_VALUE_EMPTY)
            continue;
        for (c = x->col; c < x->col + x->colspan && c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
            if (m->col[c] >= 0 && m->row[c] < 0) {
                *cell = k;
                return named;
            }
    }
    return -1;
}

/* Cells [FROM, N) with empty cells at either end set aside while more
 * than PLACES are left, the ends first: [*LO, *HI). */
static void set_aside_empties(const rowcell *cells, int from, int n, int places,
                              int *lo, int *hi)
{
    *lo = from;
    *hi = n;
    while (*hi - *lo > places && cells[*hi - 1].value.kind == XG_VALUE_EMPTY)
        (*hi)--;
    while (*hi - *lo > places && cells[*lo].value.kind == XG_VALUE_EMPTY)
        (*lo)++;
}

/* Do the N cells from FROM, once empty cells at either end past the
 * NALL places (rows ALL_ROW, in order) are set aside, fill those places
 * one each, every cell under a header that names a row standing in that
 * row's place, and one at least so? */
static int names_rows_in_place(const colmap *m, const xg_table *t,
                               const rowcell *cells, int n, int from,
                               const int *all_row, int nall)
{
    int lo, hi, i, c, in_place = 0;

    if (!m->valid || xg_table_ragged(t) || m->src_cols != xg_table_cols(t))
        return 0;
    set_aside_empties(cells, from, n, nall, &lo, &hi);
    if (hi - lo != nall)
        return 0;
    for (i = 0; i < nall; i++) {
        const xg_cell *x = cells[lo + i].cell;

        for (c = x->col; c < x->col + x->colspan && c < m->src_cols && c < XG_MAX_GRID_COLS; c++) {
            if (m->row[c] >= 0 && m->row[c] != all_row[i])
                return 0;
            in_place |= m->row[c] >= 0;
        }
    }
    return in_place;
}

/* Has grid row R of T text above it in any of the columns cell C spans? */
static int text_above(const xg_table *t, int r, const xg_cell *c)
{
    int q, col;

    for (q = 0; q < r; q++)
        for (col = c->col; col < c->col + c->colspan; col++) {
            const xg_cell *a = xg_table_cell_at(t, q, col);

            if (a != NULL && a != c && a->text[0] != '\0')
                return 1;
        }
    return 0;
}

/* In a line of numbers under its table's header (row R of T: an appeals
 * line), the last of CELLS FROM.. N when it alone has no header text
 * above it: a number that stands right of the header's columns (a text
 * box the page set past the last one, 865 under 总计 and 13 beyond it)
 * is no value of the column the order gives it; -1 if none.  (A grid
 * made from text lines may put header words and numbers in columns of
 * their own anywhere: only the last number alone out of them tells.) */
static int under_no_header(const xg_table *t, int r, const rowcell *cells,
                           int from, int n)
{
    int k, last = -1, headed = 0;

    for (k = from; k < n; k++) {
        if (cells[k].value.kind == XG_VALUE_EMPTY || cells[k].src != NULL)
            continue;
        if (last >= 0) {
            if (!text_above(t, r, cells[last].cell))
                return -1;
            headed = 1;
        }
        last = k;
    }
    return headed && !text_above(t, r, cells[last].cell) ? last : -1;
}

/* Is CP an ASCII or full-width digit? */
static int digit_cp(unsigned cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* How many ASCII or full-width digits TEXT (LEN bytes) holds, each
 * full-width one counted FULL_WIDTH times. */
static int weigh_digits(const char *text, size_t len, int full_width)
{
    size_t i, adv;
    int n = 0;

    for (i = 0; i < len; i += adv) {
        unsigned cp = xg_utf8_decode(text + i, len - i, &adv);

        if (digit_cp(cp))
            n += cp >= 0xFF10 ? full_width : 1;
    }
    return n;
}

/* How many ASCII or full-width digits TEXT holds. */
static int count_digits_n(const char *text, size_t len)
{
    return weigh_digits(text, len, 1);
}

/* How many digits wide TEXT's digits are: a full-width digit (１) is as
 * wide as two, one not known (U+FFFD: cut at a page's edge) as one. */
static int digits_width(const char *text)
{
    size_t len = strlen(text), i, adv;
    int n = weigh_digits(text, len, 2);

    for (i = 0; i < len; i += adv)
        n += xg_utf8_decode(text + i, len - i, &adv) == 0xFFFD;
    return n;
}

static int count_digits(const char *text)
{
    return count_digits_n(text, strlen(text));
}

/* How many digits the LEN bytes at TEXT are, all of them ASCII or
 * full-width digits; 0 if any is not. */
static int digits_alone_n(const char *text, size_t len)
{
    size_t i, adv;
    int n = 0;

    for (i = 0; i < len; i += adv, n++)
        if (!digit_cp(xg_utf8_decode(text + i, len - i, &adv)))
            return 0;
    return n;
}

/* Does grid column C of the header M name canonical column COL (of row
 * ROW, if the header gives rows)? */
static int names_col(const colmap *m, int c, int col, int row)
{
    return m->col[c] == col && (m->row[c] < 0 || m->row[c] == row);
}

/* Does no cell of grid column C of source table T hold a digit? */
static int column_bare(const xg_table *t, int c)
{
    int r;

    for (r = 0; r < xg_table_rows(t); r++) {
        const xg_cell *cell = xg_table_cell_at(t, r, c);

        if (cell != NULL && cell->col == c && count_digits(cell->text) > 0)
            return 0;
    }
    return 1;
}

/* Does a cell of grid column C of source table T, beside row R, hold a
 * number? */
static int column_holds_number(const xg_table *t, int c, int r)
{
    int k;

    for (k = 0; k < xg_table_rows(t); k++) {
        const xg_cell *cell = xg_table_cell_at(t, k, c);
        xg_value v;

        if (k == r || cell == NULL || cell->row != k || cell->col != c)
            continue;
        xg_parse_value(cell->text, &v);
        if (v.kind == XG_VALUE_NUMBER)
            return 1;
    }
    return 0;
}

/* Does an empty cell set aside at either end of row R (CELLS [FROM, LO)
 * and [HI, N)) stand in a grid column of source table T that holds a
 * number in another row: a column of values, not a label's spare one?
 * Only in an open table, whose columns were found from its text. */
static int aside_in_numbers(const xg_table *t, int r, const rowcell *cells,
                            int from, int lo, int hi, int n)
{
    int i;

    if (!xg_table_open(t) || xg_table_ragged(t))
        return 0;

    for (i = from; i < n; i++)
        if ((i < lo || i >= hi) && cells[i].src == NULL &&
            cells[i].value.kind == XG_VALUE_EMPTY &&
            column_holds_number(t, cells[i].cell->col, r))
            return 1;
    return 0;
}

/* Index of a value among the N cells kept by position for slots
 * (SLOTS_ROW, SLOTS_COL) that stands under no header, for a column the
 * header M names nowhere, beside an empty cell kept for the column its
 * header names (6172 kept for 其他, whose header and values were not
 * printed in a column too narrow for its padding, beside the empty cell
 * under 总计, set right of its values, none in its column): the value
 * may be that column's, set apart from its header.  Not under a header
 * that names rows too (the appeals table's, of two levels: a column it
 * leaves unnamed says less there).  -1 if none. */
static int beside_unnamed(const colmap *m, const xg_table *t,
                          const rowcell *cells, int n,
                          const int *slots_row, const int *slots_col)
{
    int i, c, d;

    if (!m->valid || m->src_cols != xg_table_cols(t))
        return -1;
    for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
        if (m->row[c] >= 0)
            return -1;
    for (i = 0; i < n; i++) {
        const xg_cell *cell = cells[i].cell;
        int named = 0;

        if (cells[i].value.kind == XG_VALUE_EMPTY || cells[i].src != NULL)
            continue;
        for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS && !named; c++)
            named = m->col[c] >= 0 &&
                    (names_col(m, c, slots_col[i], slots_row[i]) ||
                     (c >= cell->col && c < cell->col + cell->colspan));
        if (named)
            continue;
        for (d = -1; d <= 1; d += 2) {
            const rowcell *b = i + d >= 0 && i + d < n ? &cells[i + d] : NULL;

            if (b == NULL || b->value.kind != XG_VALUE_EMPTY || b->src != NULL)
                continue;
            for (c = b->cell->col; c < b->cell->col + b->cell->colspan && c < XG_MAX_GRID_COLS; c++)
                if (names_col(m, c, slots_col[i + d], slots_row[i + d]) && column_bare(t, c))
                    return i;
        }
    }
    return -1;
}

/* Does TEXT begin with a zero before another digit ("07")?  No count is
 * written so: the tail of a number wrapped out of its cell (1007 as 10
 * over 07), its first line taken for another row's. */
static int leading_zero(const char *text)
{
    size_t len = strlen(text), i = 0, adv;
    unsigned cp;

    while (i < len && xg_is_space_cp(xg_utf8_decode(text + i, len - i, &adv)))
        i += adv;
    if (i >= len)
        return 0;
    cp = xg_utf8_decode(text + i, len - i, &adv);
    if (cp != '0' && cp != 0xFF10)
        return 0;
    i += adv;
    return i < len && digit_cp(xg_utf8_decode(text + i, len - i, &adv));
}

/* Does TEXT end inside a group of three digits after a grouping comma (,
 * or ，): right after the comma, or one or two digits past it (1,80 of
 * 1,801), white space after it left out? */
static int ends_in_group(const char *text)
{
    size_t len = strlen(text), digits = 0;

    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n' || text[len - 1] == '\t'))
        len--;
    while (len > 0 && digits < 3 && text[len - 1] >= '0' && text[len - 1] <= '9') {
        len--;
        digits++;
    }
    return digits < 3 && ((len >= 1 && text[len - 1] == ',') ||
                          (len >= 3 && memcmp(text + len - 3, "\xEF\xBC\x8C", 3) == 0));
}

/* Is KEY (a cell's label key: folded, spaces gone) digits and grouping
 * commas, ending inside a group after a comma (ends_in_group: 24, 2,5)?
 * A number cut where it wrapped out of its cell, its tails on another
 * line, where the cell holds one line and no space (2 , 1 is two numbers
 * and a separator). */
static int cut_at_comma(const char *key)
{
    return key[strspn(key, "0123456789,")] == '\0' &&
           strpbrk(key, "0123456789") != NULL && ends_in_group(key);
}

/* Add to LONE (N of them) each character of TEXT that stands alone
 * between white space, folded. */
static void lone_chars(const char *text, unsigned *lone, int *n)
{
    size_t len = strlen(text), i = 0;

    while (i < len) {
        size_t adv;
        unsigned cp = 0;
        int chars = 0, k;

        while (i < len) {
            unsigned c = xg_utf8_decode(text + i, len - i, &adv);

            i += adv;
            if (xg_is_space_cp(c))
                break;
            cp = xg_fold_cp(c);
            chars++;
        }
        if (chars != 1)
            continue;
        for (k = 0; k < *n && lone[k] != cp; k++)
            ;
        if (k == *n && *n < CUT_LONE_MAX)
            lone[(*n)++] = cp;
    }
}

/* Does the header band over row R of source table T (its rows before R,
 * at most CUT_BAND_ROWS of them) show TABLE's column names cut: at least
 * CUT_NAMES_MIN names whose first character, and at most half of whose
 * characters, stand there each alone (商 and 企 of 商业企业, 结 of
 * 结果维持)?  A cell whose margins leave its text no room shows the first
 * character of each of its paragraphs and no more (LibreOffice): its
 * number, 82347, shows as 8, and nothing in the cell tells.  A header
 * wrapped a character a line in a narrow column shows every character.
 * The names cut go to NAMES.  Not for cells read by OCR, which may
 * lose characters of a header only. */
static int header_cut(const xg_table *t, int r, int table, int layout,
                      char *names, size_t size)
{
    unsigned lone[CUT_LONE_MAX];
    int nlone = 0, row, c, cut = 0;
    size_t used = 0;

    names[0] = '\0';
    for (row = r > CUT_BAND_ROWS ? r - CUT_BAND_ROWS : 0; row < r; row++)
        for (c = 0; c < xg_table_cols(t); c++) {
            const xg_cell *cell = xg_table_cell_at(t, row, c);

            if (cell == NULL || cell->row != row || cell->col != c)
                continue;
            if (cell->ocr)
                return 0;
            lone_chars(cell->text, lone, &nlone);
        }
    for (c = 0; c < xg_schema[table].ncols; c++) {
        const char *name = xg_schema[table].cols[c].label;
        size_t len = strlen(name), i = 0, adv;
        int chars = 0, shown = 0, first = 0, k;

        if (!xg_schema_col_in_layout(table, c, layout))
            continue;
        while (i < len) {
            unsigned cp = xg_fold_cp(xg_utf8_decode(name + i, len - i, &adv));

            i += adv;
            for (k = 0; k < nlone && lone[k] != cp; k++)
                ;
            if (k < nlone) {
                shown++;
                first |= chars == 0;
            }
            chars++;
        }
        if (!first || shown * 2 > chars)
            continue;
        cut++;
        if (used + len + 3 < size)
            used += (size_t)snprintf(names + used, size - used, "%s%s",
                                     used ? ", " : "", name);
    }
    if (cut < CUT_NAMES_MIN)
        names[0] = '\0';
    return cut >= CUT_NAMES_MIN;
}

/* Read the values of canonical row ROW (or, for a rows_in_header table,
 * the whole table: ROW = -1) from grid row R, cells FROM.. of CELLS. */
static int read_values_of(state *st, const xg_table *t, int r, int table,
                          int row, const rowcell *cells, int n, int from,
                          xg_error *err)
{
    const xg_table_def *def = &xg_schema[table];
    const colmap *m = &st->maps[table];
    int slots_row[64], slots_col[64], again[64];
    int nslots = 0, nagain = 0, grid[64], i, k, rc, by_header;
    int all_row[64], all_col[64], nall = 0, named_only = 0, whole;
    int label_end;

    /* a value OCR read as text (1 as 工, a digit it could not confirm as
     * �: one mark, no words) is no part of the label before it: under a
     * header that names its column as one of the row's, it is that
     * value's cell, which reads as no number */
    while (from > 1 && m->valid && m->src_cols == xg_table_cols(t) && !xg_table_ragged(t)) {
        const xg_cell *c = cells[from - 1].cell;

        if (!c->ocr || !one_mark(c->text) || cells[from - 1].src != NULL || c->colspan != 1 ||
            c->col >= XG_MAX_GRID_COLS || m->col[c->col] < 0 ||
            (row >= 0 && m->row[c->col] >= 0 && m->row[c->col] != row))
            break;
        from--;
    }
    label_end = from > 0 ? cells[from - 1].cell->col + cells[from - 1].cell->colspan : 0;

    /* the canonical cells this row fills, in schema order; a line of
     * numbers under a header that names only some rows (an appeals table
     * split in two) fills those rows */
    for (k = 0; k < def->nrows; k++) {
        int c, unnamed;

        if (row >= 0 ? k != row : !xg_schema_row_in_layout(table, k, st->layout[table]))
            continue;
        unnamed = row < 0 && m->valid && header_names_row(m, -1, 0) && !header_names_row(m, k, 0);
        if (row < 0 && st->seen[table][k]) {
            if (nagain < 64 && !unnamed)
                again[nagain++] = k;
            continue;
        }
        named_only |= unnamed;
        for (c = 0; c < def->ncols; c++) {
            if (!xg_schema_row_has_col(table, k, c))
                continue;
            if (nall < 64) {
                all_row[nall] = k;
                all_col[nall++] = c;
            }
            if (!unnamed && nslots < 64) {
                slots_row[nslots] = k;
                slots_col[nslots] = c;
                nslots++;
            }
        }
    }
    /* as many numbers as every row not yet read has, under a header that
     * names only some of those rows, each over its own place in the whole
     * line (直接起诉 over the middle five of fifteen, 行政复议 and 复议后起诉
     * left above the table at the foot of the page before): the whole line */
    whole = named_only && nall > nslots &&
            names_rows_in_place(m, t, cells, n, from, all_row, nall);
    if (whole) {
        memcpy(slots_row, all_row, sizeof slots_row);
        memcpy(slots_col, all_col, sizeof slots_col);
        nslots = nall;
    }
    if (nslots == 0)
        return nagain > 0 && has_values(cells, n, from)
               ? found_again(st, t, r, table, again, nagain, cells, n, from, err) : XG_OK;
    if (st->cut_seen[table] != t) {
        char names[CUT_NAMES_BYTES];

        st->cut_seen[table] = t;
        if (header_cut(t, r, table, st->layout[table], names, sizeof names))
            memcpy(st->cut_names[table], names, sizeof names);
    }
    if (st->cut_names[table][0]) {
        if (xg_report_warn(st->report,
                           "%s/%s: not read: the header shows the column names %s only in part, a character here and there: the table's cells leave their text no room, and a number may show only its first digit (source table %d, row %d)",
                           def->key, row >= 0 ? def->rows[row].key : "*",
                           st->cut_names[table], xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    for (i = from; i < n; i++)
        if (cells[i].src == NULL && leading_zero(cells[i].cell->text)) {
            if (xg_report_warn(st->report,
                               "%s/%s: not read: \"%s\" begins with a zero, the tail of a number wrapped out of its cell (source table %d, row %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               cells[i].cell->text, xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
    for (i = from; i < n; i++)
        if (cells[i].src == NULL && cut_at_comma(cells[i].key) &&
            strpbrk(cells[i].cell->text, " \t\r\n") == NULL) {
            if (xg_report_warn(st->report,
                               "%s/%s: not read: \"%s\" ends short of a group of three digits, a number cut where it wrapped out of its cell, and the row's other numbers may be cut too (source table %d, row %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               cells[i].cell->text, xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
    if (row < 0 && (i = under_no_header(t, r, cells, from, n)) >= 0) {
        if (xg_report_warn(st->report,
                           "%s/*: not read: the number \"%s\" stands under no header, beside numbers under theirs (source table %d, row %d)",
                           def->key, cells[i].cell->text, xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    if (m->valid && m->under_hole >= 0 && has_values(cells, n, from)) {
        if (xg_report_warn(st->report,
                           "%s/%s: not read: the header names %s where the header row above it has no cell, a header row short of cells (source table %d, row %d)",
                           def->key, row >= 0 ? def->rows[row].key : "*",
                           xg_schema[table].cols[m->under_hole].key,
                           xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    /* by header: every slot has a grid column right of the label, and
     * every non-empty value cell stands in one of those columns */
    by_header = m->valid && m->src_cols == xg_table_cols(t) && !xg_table_ragged(t);
    for (i = 0; by_header && i < nslots; i++) {
        int c;

        grid[i] = -1;
        for (c = label_end; c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
            if (m->col[c] == slots_col[i] &&
                (row < 0 ? m->row[c] == slots_row[i] : m->row[c] < 0 || m->row[c] == row)) {
                grid[i] = c;
                break;
            }
        if (grid[i] < 0)
            by_header = 0;
    }
    for (k = from; by_header && k < n; k++) {
        int ok = cells[k].value.kind == XG_VALUE_EMPTY;

        for (i = 0; !ok && i < nslots; i++)
            ok = grid[i] == cells[k].cell->col;
        if (!ok)
            by_header = 0;
    }
    if (by_header) {
        /* no cell at all under a column's header, right of a number: the
         * row holds fewer cells than the header has columns (a web page
         * or Word row that lost a cell), and the cells after the lost one
         * stand one place left of their own headers; nothing tells where
         * it was lost */
        for (i = 0; i < nslots; i++) {
            if (xg_table_cell_at(t, r, grid[i]) != NULL)
                continue;
            for (k = from; k < n; k++)
                if (cells[k].value.kind != XG_VALUE_EMPTY && cells[k].cell->col < grid[i])
                    break;
            if (k == n)
                continue;
            if (xg_report_warn(st->report,
                               "%s/%s: not read: no cell under the header of %s, the row has fewer cells than the header's columns (source table %d, row %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               xg_schema[table].cols[slots_col[i]].key,
                               xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        /* one non-empty cell standing under two columns' headers (the
         * rule between them lost) is not the value of both */
        for (i = 0; i < nslots; i++) {
            const xg_cell *a = xg_table_cell_at(t, r, grid[i]);

            for (k = i + 1; a != NULL && a->text[0] != '\0' && k < nslots; k++)
                if (xg_table_cell_at(t, r, grid[k]) == a) {
                    if (xg_report_warn(st->report,
                                       "%s/%s: not read: the cell \"%s\" stands under the headers of %s and %s (source table %d, row %d)",
                                       def->key, row >= 0 ? def->rows[row].key : "*", a->text,
                                       xg_schema[table].cols[slots_col[i]].key,
                                       xg_schema[table].cols[slots_col[k]].key,
                                       xg_table_index(t) + 1, r + 1) != 0)
                        return xg_error_nomem(err);
                    return XG_OK;
                }
        }
        for (i = 0; i < nslots; i++) {
            st->seen[table][slots_row[i]] = 1;
            rc = set_value(st, t, table, slots_row[i], slots_col[i],
                           xg_table_cell_at(t, r, grid[i]), r, grid[i],
                           "header", m->unit[grid[i]], err);
            if (rc != XG_OK)
                return rc;
        }
        return XG_OK;
    }
    /* by position: exactly one value cell per slot, once surplus empty
     * cells at either end are set aside; never under a header that names
     * columns of another layout (their values would land under keys they
     * are not), nor for a row whose columns differ between layouts when
     * nothing showed the table's layout.  Header positions in text grids
     * are approximate, so a header that merely lacks a column does not
     * stop it. */
    if (m->valid) {
        int c;

        for (c = 0; c < m->src_cols && c < XG_MAX_GRID_COLS; c++)
            if (m->col[c] == COL_OTHER) {
                if (xg_report_warn(st->report,
                                   "%s/%s: not read: the header names columns the %s layout does not have (source table %d, row %d)",
                                   def->key, row >= 0 ? def->rows[row].key : "*",
                                   xg_layout_name(st->layout[table]),
                                   xg_table_index(t) + 1, r + 1) != 0)
                    return xg_error_nomem(err);
                return XG_OK;
            }
    }
    /* a table running past a side of its page may have lost whole
     * columns there: its cells left do not tell by their number which
     * columns they are */
    if (xg_table_cut(t)) {
        st->loose_named = 1;    /* the report says so, row by row */
        if (xg_report_warn(st->report,
                           "%s/%s: not read: its table runs past a side of its page, where whole columns may be cut off, and no header names its columns (source table %d, row %d)",
                           def->key, row >= 0 ? def->rows[row].key : "*",
                           xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    if (m->valid && m->disordered) {
        if (xg_report_warn(st->report,
                           "%s/%s: not read: the header orders the columns otherwise than the template, and the cells do not stand under it (source table %d, row %d)",
                           def->key, row >= 0 ? def->rows[row].key : "*",
                           xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    if (st->unsure[table] && row >= 0 && def->rows[row].layout != 0) {
        if (xg_report_warn(st->report,
                           "%s/%s: not read: its columns differ between the 2019 and 2021 layouts and no header or row shows which this table is (source table %d, row %d)",
                           def->key, def->rows[row].key, xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
        return XG_OK;
    }
    {
        int lo, hi;

        set_aside_empties(cells, from, n, nslots, &lo, &hi);
        if (hi - lo != nslots) {
            if (xg_report_warn(st->report,
                               "%s/%s: %d values expected, %d cells found (source table %d, row %d): not read",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               nslots, hi - lo, xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        if (row < 0 && !whole && (i = off_named_rows(st, table, t, cells, n, from, &k)) >= 0) {
            if (xg_report_warn(st->report,
                               "%s/*: not read: the cell \"%s\" stands under a column the header gives no row, and %s's columns elsewhere (source table %d, row %d)",
                               def->key, cells[k].cell->text, def->rows[i].key,
                               xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        /* surplus empty cells at both ends: the values could stand one
         * place further left or right (a row cut short after an empty
         * label column); nothing tells which, unless all are empty */
        if (hi < n && cells[lo].value.kind == XG_VALUE_EMPTY && has_values(cells, hi, lo)) {
            if (xg_report_warn(st->report,
                               "%s/%s: not read: %d values expected, %d cells found, with empty cells at both ends that leave the values' places open (source table %d, row %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               nslots, n - from, xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        /* surplus empty cells set aside at one end, and the slot at that
         * end still left to an empty cell: the row holds fewer values
         * than slots (a separator lost between two numbers, a damaged
         * number read as label text), and nothing tells which place is
         * the empty one; nor where an empty cell kept leaves a place
         * open and an empty cell set aside stands in a column of numbers
         * (aside_in_numbers: either may be the row's empty place, the
         * columns of a narrow table found a place off: 36 read for the
         * place of the empty cell before it), or a cell set aside stands
         * under the header of a place whose cell kept stands under none
         * of it (set_aside_named: 32, empty, 5 of a grid of five columns
         * for three, 5 set left in the wide cell of 本年废止件数).  As many
         * values as places keep their order, wherever the spare columns
         * stand. */
        if (((hi < n && cells[hi - 1].value.kind == XG_VALUE_EMPTY) ||
             (lo > from && cells[lo].value.kind == XG_VALUE_EMPTY) ||
             (!values_only(cells, lo, hi) &&
              (aside_in_numbers(t, r, cells, from, lo, hi, n) ||
               set_aside_named(m, t, cells, from, lo, hi, n, slots_row, slots_col)))) &&
            has_values(cells, hi, lo)) {
            if (xg_report_warn(st->report,
                               "%s/%s: not read: %d values expected, %d cells found, fewer values than places once the empty cells at one end are set aside (source table %d, row %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               nslots, n - from, xg_table_index(t) + 1, r + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        i = beside_unnamed(m, t, cells + lo, nslots, slots_row, slots_col);
        if (i >= 0) {
            if (xg_report_warn(st->report,
                               "%s/%s: not read: the cell \"%s\" is %s by its place in the row, but the header names no such column, and the cell beside it, under its column's header, is empty: it may be that column's (source table %d, row %d, column %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               cells[lo + i].cell->text, xg_schema[table].cols[slots_col[i]].key,
                               xg_table_index(t) + 1, r + 1, cells[lo + i].cell->col + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        i = under_other_header(m, t, cells + lo, nslots, slots_row, slots_col,
                               label_end > 0);
        if (i >= 0) {
            if (xg_report_warn(st->report,
                               "%s/%s: not read: the cell \"%s\" is %s by its place in the row, but stands under another column's header (source table %d, row %d, column %d)",
                               def->key, row >= 0 ? def->rows[row].key : "*",
                               cells[lo + i].cell->text, xg_schema[table].cols[slots_col[i]].key,
                               xg_table_index(t) + 1, r + 1, cells[lo + i].cell->col + 1) != 0)
                return xg_error_nomem(err);
            return XG_OK;
        }
        for (i = 0; i < nslots; i++) {
            const rowcell *cell = &cells[lo + i];

            st->seen[table][slots_row[i]] = 1;
            rc = set_value(st, cell->src ? cell->src : t, table,
                           slots_row[i], slots_col[i], cell->cell,
                           cell->src ? cell->cell->row : r, cell->cell->col,
                           "position", position_unit(st, m, table, slots_col[i]), err);
            if (rc != XG_OK)
                return rc;
        }
    }
    return XG_OK;
}

/* read_values_of, and a row it read none of, saying why in a warning, is
 * refused: not said to be missing from the source as well. */
static int read_values(state *st, const xg_table *t, int r, int table,
                       int row, const rowcell *cells, int n, int from,
                       xg_error *err)
{
    size_t warned = st->report->nwarnings;
    int rc = read_values_of(st, t, r, table, row, cells, n, from, err), c;

    if (rc != XG_OK || row < 0 || st->report->nwarnings == warned)
        return rc;
    for (c = 0; c < xg_schema[table].ncols; c++)
        if (xg_report_value(st->report, table, row, c)->found)
            return rc;
    st->refused[table][row] = 1;
    return rc;
}

static int row_found(const state *st, int table, int row)
{
    return st->seen[table][row];
}

/* The numbers read for TABLE/ROW are not read after all: what a later
 * row showed makes them doubtful (null, with the caller's warning); with
 * EMPTIES, neither are its empty cells (numbers may belong under them). */
static void unread_numbers(state *st, int table, int row, int empties)
{
    int c;

    for (c = 0; c < xg_schema[table].ncols; c++) {
        xg_cellval *v = xg_report_value(st->report, table, row, c);

        if (v->found && (v->kind == XG_VALUE_NUMBER ||
                         (empties && v->kind == XG_VALUE_EMPTY)))
            v->kind = XG_VALUE_TEXT;
    }
}

/* Does a value cell of a row (CELLS, N, values from FROM) hold several
 * lines? */
static int stacked_any(const rowcell *cells, int n, int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].src == NULL && cells[i].cell != NULL &&
            strchr(cells[i].cell->text, '\n') != NULL)
            return 1;
    return 0;
}

/* Is a value cell of a row (CELLS, N, values from FROM) open at its top
 * (XG_OPEN_TOP)? */
static int open_any(const rowcell *cells, int n, int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].src == NULL && cells[i].cell != NULL &&
            cells[i].cell->open_top == XG_OPEN_TOP)
            return 1;
    return 0;
}

/* Forget row ROW of TABLE, read with nothing in its cells: not found. */
static void forget_row(state *st, int table, int row)
{
    int c;

    for (c = 0; c < xg_schema[table].ncols; c++) {
        xg_cellval *v = xg_report_value(st->report, table, row, c);

        free(v->raw);
        v->raw = NULL;
        v->found = 0;
        v->kind = XG_VALUE_EMPTY;
    }
    st->seen[table][row] = 0;
}

/* Unread row ROW of TABLE's numbers (EMPTIES: its empty cells too) and
 * say WHY, at grid row R of T. */
static int unread_row(state *st, int table, int row, int empties,
                      const xg_table *t, int r, const char *why, xg_error *err)
{
    unread_numbers(st, table, row, empties);
    if (xg_report_warn(st->report, "%s/%s: %s (source table %d, row %d): not read",
                       xg_schema[table].key, xg_schema[table].rows[row].key, why,
                       xg_table_index(t) + 1, r + 1) != 0)
        return xg_error_nomem(err);
    return XG_OK;
}

/* Does cell C of source table T stand in the source column of value V,
 * read before?  In the same table, by grid column; in another (the
 * table going on past a page break, its columns drawn anew), where their
 * boxes share at least half the narrower's width.  1 yes, 0 no; -1 where
 * either has no box: nothing tells. */
static int same_column(const xg_cellval *v, const xg_table *t, const xg_cell *c)
{
    double lo, hi, narrower;

    if (v->src_table == xg_table_index(t))
        return v->src_col == c->col;
    if (v->geom.page <= 0 || c->geom.page <= 0)
        return -1;
    lo = v->geom.x0 > c->geom.x0 ? v->geom.x0 : c->geom.x0;
    hi = v->geom.x1 < c->geom.x1 ? v->geom.x1 : c->geom.x1;
    narrower = v->geom.x1 - v->geom.x0 < c->geom.x1 - c->geom.x0
               ? v->geom.x1 - v->geom.x0 : c->geom.x1 - c->geom.x0;
    return hi - lo >= narrower / 2;
}

/* Does a number of a row's cells (CELLS, N, values from FROM, of source
 * table T) stand in a source column where row ROW of TABLE, read before,
 * has a value of kind KIND: a number (under it, its tail) or an empty
 * cell?  Where nothing tells (same_column), it may.  Digits stacked in a
 * cell, not joined, are a number too (1 over 3 over 7 over 5 beside 府信息,
 * under 3 beside 1.本机关不掌握相关政), and under a number, so are digits
 * not known (the 0 of 6690 at a page's top, cut: unknown_digits). */
static int digit_lines_n(const char *text, int min);

static int under_kind(state *st, int table, int row, const xg_table *t,
                      const rowcell *cells, int n, int from, xg_value_kind kind)
{
    int i, c, stacks = kind == XG_VALUE_NUMBER;

    /* a row read with no number, only digits stacked in its cells that
     * make none (66 over 1, 11 over 75 …): those stand for its numbers */
    for (c = 0; c < xg_schema[table].ncols && stacks; c++) {
        const xg_cellval *v = xg_report_value(st->report, table, row, c);

        stacks = !(v->found && v->kind == XG_VALUE_NUMBER);
    }
    for (i = from; i < n; i++) {
        if ((cells[i].value.kind != XG_VALUE_NUMBER && !stacked_digits(&cells[i]) &&
             !(kind == XG_VALUE_NUMBER && cells[i].cell != NULL &&
               unknown_digits(cells[i].cell->text))) ||
            cells[i].src != NULL)
            continue;
        for (c = 0; c < xg_schema[table].ncols; c++) {
            const xg_cellval *v = xg_report_value(st->report, table, row, c);

            if (v->found && same_column(v, t, cells[i].cell) != 0 &&
                (v->kind == kind ||
                 (stacks && v->kind == XG_VALUE_TEXT && v->raw != NULL &&
                  digit_lines_n(v->raw, 2))))
                return 1;
        }
    }
    return 0;
}

/* How many digits TEXT's first line holds. */
static int first_line_digits(const char *text)
{
    return count_digits_n(text, strcspn(text, "\n"));
}

/* The digits on TEXT's last line. */
static int last_line_digits(const char *text)
{
    const char *nl = strrchr(text, '\n');

    return count_digits(nl != NULL ? nl + 1 : text);
}

/* How many of the LEN bytes at P the ASCII digits and digits not known
 * (U+FFFD: cut at a page's edge) they begin with take; *CHARS gets how
 * many characters those are. */
static size_t digit_run(const char *p, size_t len, size_t *chars)
{
    size_t i = 0, n = 0;

    for (;; n++) {
        if (i < len && p[i] >= '0' && p[i] <= '9')
            i++;
        else if (len - i >= 3 && memcmp(p + i, "\xEF\xBF\xBD", 3) == 0)
            i += 3;
        else
            break;
    }
    *chars = n;
    return i;
}

/* How many characters the LEN bytes at P are, all of them ASCII digits
 * or digits not known; 0 if any is not. */
static size_t digits_or_unknown(const char *p, size_t len)
{
    size_t n;

    return digit_run(p, len, &n) == len ? n : 0;
}

/* Is TEXT lines of digits alone (or digits not known: 8� over 6 over
 * 4�, cut at a page's edge), three or more, one of them neither the
 * first nor the last shorter than the first (60 over 9 over 0), or more
 * digits in all than a number wrapped holds?  Those are no one number
 * wrapped, whose lines but the last are full: a number ends on a line
 * inside, begun above the cell's first line. */
static int ends_inside(const char *text)
{
    size_t first = digits_or_unknown(text, strcspn(text, "\n")), len, n,
           digits = 0;
    const char *p = text;
    int lines = 0, short_inner = 0;

    if (first == 0)
        return 0;
    for (;;) {
        len = strcspn(p, "\n");
        if ((n = digits_or_unknown(p, len)) == 0)
            return 0;
        lines++;
        digits += n;
        if (p[len] == '\0')
            break;
        if (lines > 1 && n < first)
            short_inner = 1;
        p += len + 1;
    }
    /* more digits than one number wrapped holds: no one number either
     * (921 over 785 over 097) */
    return lines >= 3 && (short_inner || digits > XG_WRAPPED_DIGITS_MAX);
}

/* The cell of source table T whose row R gave value V, of kind KIND;
 * NULL when V was not read from that row, or is of another kind. */
static const xg_cell *read_from(const xg_cellval *v, xg_value_kind kind,
                                const xg_table *t, int r)
{
    if (!v->found || v->kind != kind || v->src_table != xg_table_index(t) || v->src_row != r)
        return NULL;
    return xg_table_cell_at(t, v->src_row, v->src_col);
}

/* The source column of the first of a row's cells (CELLS, N) from
 * FROM, its values' first; 0 where none has a cell. */
static int first_value_col(const rowcell *cells, int n, int from)
{
    int i, col = -1;

    for (i = from; i < n; i++)
        if (cells[i].cell != NULL && (col < 0 || cells[i].cell->col < col))
            col = cells[i].cell->col;
    return col < 0 ? 0 : col;
}

/* How many cells of row R of source table T, from column FROM, hold
 * digits? */
static int digit_cells(const xg_table *t, int r, int from)
{
    int c, k = 0;

    for (c = from; c < xg_table_cols(t); c++) {
        const xg_cell *cell = xg_table_cell_at(t, r, c);

        if (cell != NULL && cell->row == r && cell->col == c && count_digits(cell->text) > 0)
            k++;
    }
    return k;
}

/* Is a cell of a row's (CELLS, N, values from FROM) maybe cut off at its
 * page's top or foot: how (xg_cell.cut_off), or 0? */
static int cut_off_cells(const rowcell *cells, int n, int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].cell != NULL && cells[i].cell->cut_off != 0)
            return cells[i].cell->cut_off;
    return 0;
}

/* Where numbers cut off so (xg_cell.cut_off HOW) stand, that they may
 * have lost lines. */
static const char *cut_off_where(int how)
{
    return how == XG_CUT_BREAK
               ? "at the foot of a page, where the table goes on atop the next with numbers alone in one cell across its columns, which may be their last lines"
               : "at the top or the foot of a page whose text runs past the page's edge there: lines of them may be cut off";
}

/* Does a number of a row's cells (CELLS, N, values from FROM; row R of
 * source table T), its top found from the text, stand under a cell of
 * digits some of which are not known, nothing else (unknown_digits)? */
static int under_unknown_digits(const xg_table *t, int r, const rowcell *cells,
                                int n, int from)
{
    int i;

    for (i = from; i < n; i++) {
        const xg_cell *c = cells[i].cell, *above;

        if (c == NULL || cells[i].value.kind != XG_VALUE_NUMBER || !c->open_top)
            continue;
        above = xg_table_cell_at(t, r - 1, c->col);
        if (above != NULL && above->row + above->rowspan == r &&
            unknown_digits(above->text))
            return 1;
    }
    return 0;
}

/* Was a value of TABLE read from row R of source table T? */
static int src_row_read(state *st, int table, const xg_table *t, int r)
{
    int row, c;

    for (row = 0; row < xg_schema[table].nrows; row++)
        for (c = 0; c < xg_schema[table].ncols; c++) {
            const xg_cellval *v = xg_report_value(st->report, table, row, c);

            if (v->found && v->src_table == xg_table_index(t) && v->src_row == r)
                return 1;
        }
    return 0;
}

/* Was a value of any table read from row R of source table T? */
static int src_read_any(state *st, const xg_table *t, int r)
{
    int table;

    for (table = 0; table < XG_TABLE_COUNT; table++)
        if (src_row_read(st, table, t, r))
            return 1;
    return 0;
}

/* Does a value of row ROW of TABLE, just read from row R of source table
 * T, stand unread as lines of digits that end a number inside the cell
 * (ends_inside), under a number of row ABOVE_ROW of ABOVE_TABLE read
 * before?  The cell's first lines are then that number's tails (22 over
 * 39, 13 over 60 over 9: 2239, 13609), set lower than the row's label:
 * the row above is not what it seems. */
static int stacked_under(state *st, int table, int row, int above_table,
                         int above_row, const xg_table *t, int r)
{
    int c, k;

    for (c = 0; c < xg_schema[table].ncols; c++) {
        const xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *cell;

        if ((cell = read_from(v, XG_VALUE_TEXT, t, r)) == NULL || !ends_inside(cell->text))
            continue;
        for (k = 0; k < xg_schema[above_table].ncols; k++) {
            const xg_cellval *a = xg_report_value(st->report, above_table, above_row, k);

            /* (a number some of whose digits are not known, unread,
             * tells as much of its row: 2� over 8� 6 4�) */
            if (a->found && (a->kind == XG_VALUE_NUMBER ||
                             (a->kind == XG_VALUE_TEXT && a->raw != NULL &&
                              unknown_digits(a->raw))) &&
                same_column(a, t, cell) != 0)
                return 1;
        }
    }
    return 0;
}

/* Is TEXT lines of digits alone, MIN or more? */
static int digit_lines_n(const char *text, int min)
{
    const char *p = text;
    int lines = 0;

    for (;;) {
        size_t len = strcspn(p, "\n");

        if (len == 0 || strspn(p, "0123456789") != len)
            return 0;
        lines++;
        if (p[len] == '\0')
            return lines >= min;
        p += len + 1;
    }
}

/* The most digits a number of CELL's first line holds, where CELL holds
 * lines of digits alone, or, spanning columns, one line of numbers apart
 * at single spaces (8052 4035: its columns not found); -1 otherwise. */
static int digits_over(const xg_cell *cell)
{
    const char *p = cell->text;
    int most = 0;

    if (digit_lines_n(p, 1))
        return first_line_digits(p);
    if (cell->colspan < 2)
        return -1;
    for (;;) {
        size_t len = strspn(p, "0123456789");

        if (len == 0)
            return -1;
        if ((int)len > most)
            most = (int)len;
        p += len;
        if (*p == '\0')
            return most;
        if (*p++ != ' ')
            return -1;
    }
}

/* Null value COL of row ROW of TABLE and say why, at row R, column COL_AT
 * of source table SRC: BEFORE, the cell's text TEXT quoted (none when
 * NULL), AFTER. */
static int unread_value(state *st, int table, int row, int col, const char *before,
                        const char *text, const char *after, int src, int r,
                        int col_at, xg_error *err)
{
    xg_report_value(st->report, table, row, col)->kind = XG_VALUE_TEXT;
    if (xg_report_warn(st->report, "%s/%s/%s: %s%s%s%s%s (source table %d, row %d, column %d): not read",
                       xg_schema[table].key, xg_schema[table].rows[row].key,
                       xg_schema[table].cols[col].key, before, text != NULL ? "(\"" : "",
                       text != NULL ? text : "", text != NULL ? "\")" : "", after,
                       src + 1, r + 1, col_at + 1) != 0)
        return xg_error_nomem(err);
    return XG_OK;
}

static int first_row_on_page(const xg_table *t, int r);
static const xg_cell *cell_above(const xg_table *t, int r, int col);

/* The digits of TEXT's first line where they are digits alone over other
 * lines; 0 otherwise. */
static int first_line_over(const char *text)
{
    return strchr(text, '\n') != NULL ? digits_alone_n(text, strcspn(text, "\n")) : 0;
}

/* The digits of value A, read as a number of digits alone, where a line
 * of TAIL digits may be its tail: no longer than it, or one digit longer
 * (LibreOffice breaks a number too wide for its cell after its first
 * digit as well), and, with it, no longer than a number wrapped holds; 0
 * otherwise (no number begins with 0: 0 has no tail). */
static int tail_bound(const xg_cellval *a, int tail)
{
    int d = a->kind == XG_VALUE_NUMBER && a->raw != NULL ? digits_alone_n(a->raw, strlen(a->raw)) : 0;

    return d == 0 || a->value == 0 || tail > d + 1 || d + tail > XG_WRAPPED_DIGITS_MAX ? 0 : d;
}

/* What unread_cut_above, below, nulls for the cells of row ROW of
 * TABLE: in PASS 0, those no number reads whose first line is digits
 * over others (first_line_over); in PASS 1, numbers of one line, under
 * numbers of WRAP digits or more where no cell of pass 0 was found (*CUT:
 * how many were). */
static int cut_above_cells(state *st, int table, int row, int above_table,
                           int above_row, const xg_table *t, int r, int pass,
                           int wrap, int *cut, xg_error *err)
{
    int c, k;
    /* in pass 0, the first row of a page, in a table whose rows were
     * found from its text: open at its top to the row before, on the
     * page before (706|166 81|0 558|0 atop a page, under 967 709 489 at
     * the last one's foot: 967706, 70981, 489558) */
    int top = pass == 0 && xg_table_open(t) && first_row_on_page(t, r);

    for (c = 0; c < xg_schema[table].ncols; c++) {
        const xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *cell;
        int tail;

        if (pass == 0 ? (cell = read_from(v, XG_VALUE_TEXT, t, r)) == NULL ||
                            !(cell->open_top || top) || first_line_over(cell->text) == 0
                      : (cell = read_from(v, XG_VALUE_NUMBER, t, r)) == NULL || !cell->open_top ||
                            strchr(cell->text, '\n') != NULL || !digit_lines_n(cell->text, 1))
            continue;
        tail = first_line_digits(cell->text);
        *cut += pass == 0;
        for (k = 0; k < xg_schema[above_table].ncols; k++) {
            xg_cellval *a = xg_report_value(st->report, above_table, above_row, k);
            size_t d;

            if (!a->found || a->kind != XG_VALUE_NUMBER || a->raw == NULL ||
                same_column(a, t, cell) != 1 ||
                !(a->geom.page == cell->geom.page ||
                  (top && a->geom.page == cell->geom.page - 1)))
                continue;
            if ((d = (size_t)tail_bound(a, tail)) == 0 ||
                (pass == 1 && *cut == 0 && d < (size_t)wrap))
                continue;
            if (unread_value(st, above_table, above_row, k, "the first line of the cell under it ",
                             cell->text, pass == 0 ? ", which no number reads, may be its number's tail, wrapped"
                                         : *cut > 0 ? ", on a line of others' tails, may be its number's tail, wrapped"
                                                    : ", under a number as long as a line of the row's numbers wrapped, may be its tail",
                             xg_table_index(t), r, cell->col, err) != XG_OK)
                return XG_ERR_NOMEM;
        }
    }
    return XG_OK;
}

/* Does TEXT, a cell's, hold a first line of digits alone over another
 * number, no line of the same: a later line not digits alone (４ over
 * 1,61 over 5), its second line longer than its first (8 over 2059), or
 * more digits than a number wrapped holds (245 over 245 over 431)?
 * Other lines of digits alone may be one number wrapped. */
static int two_numbers(const char *text)
{
    const char *p = strchr(text, '\n');
    int first = first_line_over(text);

    if (first == 0)
        return 0;
    if (digits_alone_n(p + 1, strcspn(p + 1, "\n")) > first ||
        count_digits(text) > XG_WRAPPED_DIGITS_MAX)
        return 1;
    for (; p != NULL; p = strchr(p + 1, '\n'))
        if (digits_alone_n(p + 1, strcspn(p + 1, "\n")) == 0)
            return 1;
    return 0;
}

/* Null each number of row ROW of TABLE, just read from row R of source
 * table T in a cell of one line of digits alone set above the row's
 * label (XG_OPEN_TOP_LINE), under a cell with digits, where another cell
 * of the row, its first line above the label too, holds two numbers
 * (４|1,61|5 beside ０, under ３５ and ４３ of the row before, the row set
 * over three lines): that line is the row before's tails, and the number
 * may be one of them (350, the cell under it empty). */
static int unread_on_tails_line(state *st, int table, int row, const xg_table *t,
                                int r, xg_error *err)
{
    const xg_cell *over = NULL;
    int c;

    for (c = 0; c < xg_schema[table].ncols && over == NULL; c++) {
        const xg_cell *cell = read_from(xg_report_value(st->report, table, row, c),
                                        XG_VALUE_TEXT, t, r);

        if (cell != NULL && cell->open_top == XG_OPEN_TOP_LINE && two_numbers(cell->text))
            over = cell;
    }
    for (c = 0; c < xg_schema[table].ncols && over != NULL; c++) {
        xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *cell = read_from(v, XG_VALUE_NUMBER, t, r), *above;

        if (cell == NULL || cell->open_top != XG_OPEN_TOP_LINE ||
            digits_alone_n(cell->text, strlen(cell->text)) == 0 ||
            (above = cell_above(t, r, cell->col)) == NULL || count_digits(above->text) == 0)
            continue;
        if (unread_value(st, table, row, c, "its one line stands above its label, on the first line of a cell of the row holding digits over its own ",
                         over->text, ", the row before's tails: it may be one of them",
                         xg_table_index(t), r, cell->col, err) != XG_OK)
            return XG_ERR_NOMEM;
    }
    return XG_OK;
}

/* Null each number of row ABOVE_ROW of ABOVE_TABLE, read before from a
 * cell of one line of digits, over a cell of row R of T open at its top
 * (xg_cell.open_top, either way: the bound between them found from the
 * text) that gave row ROW of TABLE text no number reads, its first line
 * digits over others (first_line_over: １ over -, 9 over 1,847 under
 * ７５ and 84: 751, 849), as long as a tail of it may be
 * (tail_bound: 6 over 47).  That line may be its tail (53 over 74 beside
 * 理, over 2.其他法律… 0, in a table whose numbers are set at the top of
 * their cells: 5374, then 0; 11 over 0 under 6150, the numbers set
 * neither at the top nor at the foot: 615011 or 110), and the number
 * cut.  Where a cell of the row is such text, a number over it or not,
 * the line it begins on may be the row before's line of tails (571|0
 * 3094|0 under empty cells, then 0 under 9858: 98580): each number of one
 * line read from a cell open at its top may then be the tail of the
 * number over it as well; so it may under a number as long as a line of
 * the row before's numbers wrapped. */
static int unread_cut_above(state *st, int table, int row, int above_table,
                            int above_row, const xg_table *t, int r,
                            xg_error *err)
{
    int k, cut = 0, wrap = 0;

    /* the most digits a line of the row before's numbers wrapped in their
     * cells holds, where it shows some unread (113 over 4) */
    for (k = 0; k < xg_schema[above_table].ncols; k++) {
        const xg_cellval *a = xg_report_value(st->report, above_table, above_row, k);

        if (a->found && a->kind == XG_VALUE_TEXT && a->raw != NULL && digit_lines_n(a->raw, 2) &&
            first_line_digits(a->raw) > wrap)
            wrap = first_line_digits(a->raw);
    }
    if (cut_above_cells(st, table, row, above_table, above_row, t, r, 0, wrap, &cut,
                        err) != XG_OK)
        return XG_ERR_NOMEM;
    /* then, the line they begin on so taken for the row before's tails,
     * the numbers of one line on it: 145 under 950, beside 872 over 614
     * under 838 (950145); or, where the row before shows its numbers
     * wrapped at some length, those under numbers that long (2 under 108
     * beside 113 over 4: 1082, the 2 set lower than the 4) */
    if (cut > 0 || wrap > 0)
        return cut_above_cells(st, table, row, above_table, above_row, t, r, 1, wrap,
                               &cut, err);
    return XG_OK;
}

/* Why the row before is not read, where this row's cells show it cut */
#define TAIL_OVER_PAIR "numbers on the next row's first line, under its own and shorter, may be their tails, wrapped"
#define ZERO_TAIL_UNDER "a number of the next row's begins with a zero under one of its numbers, its tail: its numbers may be the next row's first lines"

/* Does a value cell of row R of source table T (CELLS, N, values from
 * FROM) begin with a zero (leading_zero: the tail of a number wrapped out
 * of its cell) right under a cell of digits that row ABOVE_ROW of
 * ABOVE_TABLE read as a number?  That number is then the tail's head, and
 * the line of numbers it stands in may be all the first lines of the row
 * under it (set at the top of their cells, the label centred lower: 76
 * 33 18 over （七）总计 31 2 05 read beside 3.其他 above it). */
static int zero_tail_under(state *st, int above_table, int above_row, const xg_table *t,
                           int r, const rowcell *cells, int n, int from)
{
    int i, k;

    for (i = from; i < n && r > 0; i++) {
        const xg_cell *above;

        if (cells[i].src != NULL || !leading_zero(cells[i].cell->text) ||
            (above = xg_table_cell_at(t, r - 1, cells[i].cell->col)) == NULL ||
            above->row + above->rowspan != r || !digit_lines_n(above->text, 1))
            continue;
        for (k = 0; k < xg_schema[above_table].ncols; k++)
            if (read_from(xg_report_value(st->report, above_table, above_row, k),
                          XG_VALUE_NUMBER, t, above->row) == above)
                return 1;
    }
    return 0;
}

/* Null each number of row ROW of TABLE, just read from row R of source
 * table T in a cell open at its top (xg_cell.open_top XG_OPEN_TOP: the
 * table's numbers set at the top of their cells), right under a
 * cell of lines of digits alone whose first line is as long as the
 * number or longer, or a cell over several columns of numbers apart
 * (digits_over: 8052 4035 over 36 and 8, their columns not found), one
 * of them as long: those digits may be its first lines (93 beside 量,
 * the end of the row before's label, over （一）予以公开 … 8, the 8 a line
 * under its label: 938 centred on it), as well as the tails of the row
 * before.  Where row LAST_ROW of LAST_TABLE, read just before, took those
 * digits for its own, they are no more its value than this row's (87 read
 * for 4.保护第三方合法权益, over 39 beside 5.属于三类内部事务信息 in a cell
 * open at its top: 8739). */
static int unread_open_under_digits(state *st, int table, int row, int last_table,
                                    int last_row, const xg_table *t, int r,
                                    xg_error *err)
{
    int c, k;

    for (c = 0; c < xg_schema[table].ncols && r > 0; c++) {
        xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *cell, *above;

        if ((cell = read_from(v, XG_VALUE_NUMBER, t, r)) == NULL || cell->open_top != XG_OPEN_TOP ||
            v->raw == NULL || (above = xg_table_cell_at(t, r - 1, v->src_col)) == NULL ||
            above->row + above->rowspan != r ||
            digits_over(above) < count_digits(v->raw))
            continue;
        if (unread_value(st, table, row, c, "the digits over it ", above->text,
                         ", the row's bound found between them, may be its first lines, wrapped",
                         xg_table_index(t), r, v->src_col, err) != XG_OK)
            return XG_ERR_NOMEM;
        /* (a 0 is no number's first line) */
        for (k = 0; last_table >= 0 && above->text[0] != '0' && k < xg_schema[last_table].ncols; k++) {
            xg_cellval *u = xg_report_value(st->report, last_table, last_row, k);

            if (read_from(u, XG_VALUE_NUMBER, t, above->row) != above)
                continue;
            if (unread_value(st, last_table, last_row, k,
                             "its digits may be the first lines of the number under them, in the next row's cell open at its top",
                             NULL, "", xg_table_index(t), above->row, u->src_col, err) != XG_OK)
                return XG_ERR_NOMEM;
        }
    }
    return XG_OK;
}

/* Are the value cells of a row (CELLS, N, from FROM) grouping commas
 * or points alone, one at least? */
static int punctuation_only(const rowcell *cells, int n, int from)
{
    int i, any = 0;

    for (i = from; i < n; i++) {
        int m = cells[i].cell != NULL && cells[i].src == NULL ? marks_only(cells[i].cell->text) : 0;

        if (m < 0)
            return 0;
        any |= m;
    }
    return any;
}

/* The digits on the first line of CELL: of a number the extractor joined
 * from its lines, those it noted (first_digits). */
static int first_line_of(const xg_cell *cell)
{
    return cell->first_digits > 0 ? cell->first_digits : first_line_digits(cell->text);
}

/* The digits on the last line of CELL: of a number the extractor joined
 * from its lines, those past its first line. */
static int last_line_of(const xg_cell *cell)
{
    if (cell->first_digits > 0 && strchr(cell->text, '\n') == NULL)
        return count_digits(cell->text) - cell->first_digits;
    return last_line_digits(cell->text);
}

/* Keep where cell CELL of source table T stands, in each column it spans
 * (1797 1364 … in one cell over the row's columns, their bounds not
 * found there), as numbers DIGITS long over the next row's (under_above_kind),
 * and its last line's digits (stack_under_above).  0 when no more are
 * kept (above_many set). */
static int keep_above(state *st, const xg_table *t, const xg_cell *cell,
                      int digits)
{
    int c;

    for (c = 0; c < cell->colspan; c++) {
        xg_cellval *v;

        if (st->nabove == MAX_ABOVE) {
            st->above_many = 1;
            return 0;
        }
        st->above_digits[st->nabove] = digits;
        st->above_last[st->nabove] = digits == INT_MAX ? digits : last_line_of(cell);
        v = &st->above[st->nabove++];
        v->src_table = xg_table_index(t);
        v->src_col = cell->col + c;
        v->geom = cell->geom;
    }
    return 1;
}

/* Keep where the numbers of a row under no label (CELLS, N, values from
 * FROM, of source table T) stand, beside those kept of the rows of
 * numbers alone right before it, for the row after them.  With CUT_ONLY,
 * only those cut inside a group of digits (ends_in_group). */
static void note_numbers_above(state *st, const xg_table *t, const rowcell *cells,
                               int n, int from, int cut_only)
{
    int i;

    /* a line with a number begun with its grouping comma (,393: the rest
     * of 2,393) stands in the row before's band, across all its columns:
     * none of its numbers is the first line of the next row's */
    for (i = from; i < n; i++)
        if (cells[i].src == NULL && cells[i].key != NULL && cells[i].key[0] == ',')
            return;
    for (i = from; i < n; i++) {
        const char *text;
        int unknown;

        /* a number, or digits no number reads ("34,4", a grouped
         * number's first line), or, in a table whose rows were found
         * from its text, digits not known (87 21 … cut at a page's top,
         * over （七）总计 25 10 …: 8725, 2110) */
        if (cells[i].src != NULL)
            continue;
        text = cells[i].cell->text;
        unknown = xg_table_open(t) && cells[i].cell->geom.page > 0 && unknown_digits(text);
        if ((cells[i].value.kind != XG_VALUE_NUMBER && count_digits(text) == 0 && !unknown) ||
            (cut_only && !ends_in_group(text)))
            continue;
        if (st->nabove < MAX_ABOVE)
            st->above_zero |= text[0] == '0' && text[1] >= '0' && text[1] <= '9';
        /* a number cut after its grouping comma or inside the group
         * after it ("2," over 39 over 3: 2,393; 1,80 over 1) goes on
         * below, whatever its length; so may digits not known */
        if (!keep_above(st, t, cells[i].cell,
                        ends_in_group(text) || unknown ? INT_MAX : count_digits(text)))
            return;
    }
}

/* Keep where the last lines of a row's cells holding digits on several
 * lines that make no one number (stacked_digits: more digits than a
 * wrapped number holds, or a last line longer than the first; 799121
 * over 6741 at a page's foot) stand, for the row after: in a table whose
 * columns were found from its text, such a line may be the first line of
 * the next row's number in its column (6741, then 3.其他 31 atop the next
 * page: 674131).  Not one that begins with a 0: a tail.  With
 * LINES_ONLY, only cells of lines of digits alone, none apart at a
 * space. */
static void note_stacked_last_lines(state *st, const xg_table *t,
                                    const rowcell *cells, int n, int from,
                                    int lines_only)
{
    int i;

    for (i = from; i < n; i++) {
        const char *text, *last;

        if (cells[i].src != NULL || !stacked_digits(&cells[i]) ||
            (lines_only && !digit_lines_n(cells[i].cell->text, 2)))
            continue;
        text = cells[i].cell->text;
        last = strrchr(text, '\n');
        if (last == NULL || last[1] == '0' ||
            (count_digits(text) <= XG_WRAPPED_DIGITS_MAX &&
             last_line_digits(text) <= first_line_digits(text)))
            continue;
        if (st->nabove < MAX_ABOVE)
            st->above_stacked = 1;
        if (!keep_above(st, t, cells[i].cell, last_line_digits(text)))
            return;
    }
}

static void note_above(state *st, const xg_table *t, const rowcell *cells,
                       int n, int from)
{
    note_numbers_above(st, t, cells, n, from, 0);
}

/* Keep again those of the NABOVE numbers kept for the row before (at
 * the start of st->above) in no column where a value cell of this row
 * (CELLS, N, values from FROM, of source table T) holds digits. */
static void keep_above_beside(state *st, int nabove, const xg_table *t,
                              const rowcell *cells, int n, int from)
{
    int k, i;

    for (k = 0; k < nabove; k++) {
        for (i = from; i < n; i++)
            if (cells[i].src == NULL && cells[i].cell != NULL &&
                count_digits(cells[i].cell->text) > 0 &&
                same_column(&st->above[k], t, cells[i].cell) > 0)
                break;
        if (i < n)
            continue;
        st->above[st->nabove] = st->above[k];
        st->above_digits[st->nabove] = st->above_digits[k];
        st->above_last[st->nabove] = st->above_last[k];
        st->nabove++;
    }
}

/* Does value cell CELL of kind KIND, of source table T, stand under one
 * of the NABOVE numbers under no label on the row before it
 * (note_above)?  A number (XG_VALUE_NUMBER) under one
 * with no more digits: that one may be its first line, wrapped (3019 over
 * 4.无正当理由… beside 4: 30194).  A shorter number over a longer one is no
 * first line of it (a first line fills its cell): the tails of the row
 * before (66 over 5094224).  A number wrapped in its own cell is measured
 * by its first line (741 over 525 over 5: 7415255).  An empty cell
 * (XG_VALUE_EMPTY) under any: those may be its own, set a line higher
 * (8330 5568 … over 4.无正当理由大量反复申请, its cells empty).  In another
 * table, only where boxes say where they stand. */
static int kept_over(const state *st, int nabove, const xg_table *t,
                     const xg_cell *cell, xg_value_kind kind)
{
    int k;

    for (k = 0; k < nabove; k++)
        if (same_column(&st->above[k], t, cell) > 0 &&
            (kind != XG_VALUE_NUMBER || st->above_digits[k] >= first_line_of(cell)))
            return 1;
    return 0;
}

/* Does a value cell of kind KIND of a row (CELLS, N, values from FROM, of
 * source table T) stand under one of the NABOVE numbers (kept_over)? */
static int under_above_kind(const state *st, int nabove, const xg_table *t,
                            const rowcell *cells, int n, int from,
                            xg_value_kind kind)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].value.kind == kind && cells[i].src == NULL &&
            kept_over(st, nabove, t, cells[i].cell, kind))
            return 1;
    return 0;
}

/* Does a value cell of a row (CELLS, N, values from FROM) hold lines of
 * digits alone, or a number the extractor joined from its lines, open at
 * its top (XG_OPEN_TOP), under one of the NABOVE numbers under no label
 * on the row before (note_above): a number set over three lines or more
 * (78 over 26 over 9 beside 3.其他), the row's cells centred on its
 * label, and its other numbers' first lines may stand above too (34 two
 * lines up, over 5: 345)?  With HEADS (above_heads_only), a cell open
 * at its top or not, under a number whose last line holds as many digits
 * as its first line (92 over 74|0, a line of the same cell it may be);
 * with HEADS_STACKED, a number the extractor joined only (83 over 36|99:
 * 833699; lines of digits no number reads tell nothing of the others). */
static int stack_under_above(const state *st, int nabove, int heads, const xg_table *t,
                             const rowcell *cells, int n, int from)
{
    int i, k, any_top = heads != 0;

    /* with ANY_TOP, the numbers above are one line of heads or of tails:
     * heads none of them can be where one's last line is shorter than
     * the first line under it (2 over 85|9; 46|6 over 26|68) */
    for (i = from; i < n && any_top; i++) {
        int first;

        if (cells[i].src != NULL || cells[i].cell == NULL ||
            count_digits(cells[i].cell->text) == 0)
            continue;
        first = first_line_of(cells[i].cell);
        for (k = 0; k < nabove; k++)
            if (same_column(&st->above[k], t, cells[i].cell) > 0 && st->above_last[k] < first)
                return 0;
    }
    for (i = from; i < n; i++) {
        if (cells[i].src != NULL || cells[i].cell == NULL ||
            (!any_top && cells[i].cell->open_top != XG_OPEN_TOP) ||
            ((heads == HEADS_STACKED || !digit_lines_n(cells[i].cell->text, 2)) &&
             cells[i].cell->first_digits == 0))
            continue;
        for (k = 0; k < nabove; k++)
            if (same_column(&st->above[k], t, cells[i].cell) > 0 &&
                (!any_top || st->above_last[k] == first_line_of(cells[i].cell)))
                return 1;
    }
    return 0;
}

/* Does box G stand under box A, on its page, less than its own height
 * below it (a line's, G's row one line)? */
static int right_under(const xg_geom *a, const xg_geom *g)
{
    return a->page == g->page && g->y0 - a->y1 < g->y1 - g->y0;
}

/* Does each number of a row (CELLS, N, values from FROM, of source
 * table T), two at least, stand less than its line apart right under one
 * of the NABOVE numbers kept before it (note_above) no shorter than its
 * first line: a row whose numbers, wrapped a digit or two a line, run up
 * beside the lines above (3 over 5 beside 理（三 and 结）不, over 2 beside
 * 果予公 1.属于国家秘密, the cells set at their foot: 352)? */
static int under_each_above(const state *st, int nabove, const xg_table *t,
                            const rowcell *cells, int n, int from)
{
    int i, k, under = 0;

    for (i = from; i < n; i++) {
        if (cells[i].value.kind != XG_VALUE_NUMBER || cells[i].src != NULL ||
            cells[i].cell == NULL)
            continue;
        for (k = 0; k < nabove; k++)
            if (same_column(&st->above[k], t, cells[i].cell) > 0 &&
                st->above_digits[k] >= first_line_of(cells[i].cell) &&
                right_under(&st->above[k].geom, &cells[i].cell->geom))
                break;
        if (k == nabove)
            return 0;
        under++;
    }
    return under >= 2;
}

/* The most digits a line holds in the column of source table T under
 * value V, read from it or from another table (same_column); INT_MAX where
 * none stands under it.  A number the extractor joined from its lines
 * filled them: its first line tells. */
static int widest_line_under(const xg_table *t, const xg_cellval *v)
{
    int r, c, most = 0;

    for (c = 0; c < xg_table_cols(t); c++) {
        const xg_cell *top = NULL;

        for (r = 0; r < xg_table_rows(t) && top == NULL; r++)
            top = xg_table_cell_at(t, r, c);
        if (top == NULL || same_column(v, t, top) != 1)
            continue;
        for (r = 0; r < xg_table_rows(t); r++) {
            const xg_cell *cell = xg_table_cell_at(t, r, c);
            const char *p;
            size_t len;

            if (cell != NULL && cell->first_digits > most)
                most = cell->first_digits;
            if (cell == NULL || cell->first_digits > 0)
                continue;
            for (p = cell->text;; p += len + 1) {
                len = strcspn(p, "\n");
                if (count_digits_n(p, len) > most)
                    most = count_digits_n(p, len);
                if (p[len] == '\0')
                    break;
            }
        }
        return most;
    }
    return INT_MAX;
}

/* Is value V a number as long as the widest line of its column in source
 * table T (widest_line_under): where the table's numbers wrap, it may go
 * on below? */
static int fills_line(const xg_table *t, const xg_cellval *v)
{
    return v->found && v->kind == XG_VALUE_NUMBER && v->raw != NULL &&
           digits_alone_n(v->raw, strlen(v->raw)) >= widest_line_under(t, v);
}

/* Do the NABOVE numbers kept on the line above and the cells of a row
 * (CELLS, N, values from FROM) all have boxes on a page (a PDF's): where
 * they stand tells their columns. */
static int boxed_above(const state *st, int nabove, const rowcell *cells, int n, int from)
{
    int i, k;

    for (k = 0; k < nabove; k++)
        if (st->above[k].geom.page <= 0)
            return 0;
    for (i = from; i < n; i++)
        if (cells[i].src == NULL && cells[i].cell != NULL && cells[i].cell->geom.page <= 0)
            return 0;
    return 1;
}

/* Null each value of row ROW of TABLE, just read from row R of source
 * table T, under one of the NABOVE numbers under no label kept on the
 * line above (note_above): a number whose first line holds no more
 * digits than that one, or an empty cell (under_above_kind's cells),
 * which may have its first lines there.  The row's other cells have
 * nothing over them on that line, and their first lines are their own
 * (2777 2777 alone over （七）总计 634 … 85 6388 229 92: the first lines
 * of 27776 and 2777566); but the row's numbers wrapped, one filling its
 * column's line may go on below, and is not read either. */
static int unread_under_above(state *st, int table, int row, int nabove, const xg_table *t,
                              int r, xg_error *err)
{
    int c, over;

    for (c = 0; c < xg_schema[table].ncols; c++) {
        xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *cell = read_from(v, XG_VALUE_NUMBER, t, r);

        if (cell == NULL && (cell = read_from(v, XG_VALUE_EMPTY, t, r)) == NULL)
            continue;
        over = kept_over(st, nabove, t, cell, v->kind);
        if (over &&
            unread_value(st, table, row, c,
                         v->kind == XG_VALUE_EMPTY
                         ? "its cell is empty under a number under no label on the line above, which may be its own, set a line higher"
                         : "its number stands under a number under no label on the line above, which may be its first line, wrapped",
                         NULL, "", xg_table_index(t), r, cell->col, err) != XG_OK)
            return XG_ERR_NOMEM;
        /* (46 as wide as 12 over 72 under it: 461272) */
        if (!over && fills_line(t, v) &&
            unread_value(st, table, row, c,
                         "its number fills its column's line, and may go on below, the row's numbers wrapped from the line above", NULL, "",
                         xg_table_index(t), r, cell->col, err) != XG_OK)
            return XG_ERR_NOMEM;
    }
    return XG_OK;
}

/* Is row R the first of source table T on its page: no row before it,
 * or the row before on an earlier page? */
static int first_row_on_page(const xg_table *t, int r)
{
    int here = 0, above = 0, c;

    if (r == 0)
        return 1;
    for (c = 0; c < xg_table_cols(t) && (here <= 0 || above <= 0); c++) {
        const xg_cell *a = xg_table_cell_at(t, r, c), *b = xg_table_cell_at(t, r - 1, c);

        if (here <= 0 && a != NULL)
            here = a->geom.page;
        if (above <= 0 && b != NULL)
            above = b->geom.page;
    }
    return here > 0 && above > 0 && above < here;
}

/* Do the value cells of a row (CELLS, N, values from FROM) stand on a
 * later page than the values read for row ROW of TABLE? */
static int opens_page_after(const state *st, int table, int row, const rowcell *cells,
                            int n, int from)
{
    int c, i, page = 0;

    for (c = 0; c < xg_schema[table].ncols; c++) {
        const xg_cellval *v = xg_report_value(st->report, table, row, c);

        if (v->found && v->geom.page > page)
            page = v->geom.page;
    }
    for (i = from; i < n && page > 0; i++)
        if (cells[i].cell != NULL && cells[i].src == NULL && cells[i].cell->geom.page > page &&
            count_digits(cells[i].cell->text) > 0)
            return 1;
    return 0;
}

/* In a table flattened to lines of text, numbers that no label takes
 * right after a row read with its values are that row's digits wrapped
 * onto the next line ("15032" printed as "1503" over "2"): the row's
 * numbers are not what they seem, so none of them is kept. */
static int refuse_wrapped(state *st, const xg_table *t, int r, int any_grid,
                          xg_error *err)
{
    int table = st->last_table, row = st->last_row;

    st->last_table = -1;
    if (table < 0 || (!any_grid && !xg_table_ragged(t)))
        return XG_OK;
    return unread_row(st, table, row, 0, t, r,
                      "numbers on the next line continue its cells, digits wrapped out of their cells", err);
}

/* refuse_wrapped, for a line of numbers under no label (CELLS, N, values
 * from FROM; row R of source table T) right after a row read, in a grid
 * whose boxes tell the columns (not ragged), the line opening a page and
 * the row ending the page before: where each cell with digits of the
 * line stands under one number of that row, in its column alone, and
 * holds digits alone that may be its tail (tail_bound), only those
 * numbers are not read (5403 over 2 atop the next page: 54032); the
 * others, nothing under them on that line, have no tail there, and are
 * read (3075 6468 … 342 897), but those filling their line (fills_line).
 * Else the whole row is not read. */
static int refuse_wrapped_cells(state *st, const xg_table *t, int r, const rowcell *cells,
                                int n, int from, xg_error *err)
{
    int table = st->last_table, row = st->last_row, i, k, hits, col[XG_MAX_GRID_COLS];

    if (table < 0 || xg_table_ragged(t) || !first_row_on_page(t, r) ||
        !opens_page_after(st, table, row, cells, n, from))
        return refuse_wrapped(st, t, r, 1, err);
    for (i = from; i < n; i++) {
        const char *text;
        int tail;

        col[i] = -1;
        if (cells[i].src != NULL || cells[i].cell == NULL)
            continue;
        text = cells[i].cell->text;
        if (*text == '\0')
            continue;
        if ((tail = digits_alone_n(text, strlen(text))) == 0)
            return refuse_wrapped(st, t, r, 1, err);
        for (hits = 0, k = 0; k < xg_schema[table].ncols; k++) {
            const xg_cellval *v = xg_report_value(st->report, table, row, k);
            int same;

            if (!v->found || (same = same_column(v, t, cells[i].cell)) == 0)
                continue;
            if (same < 0 || tail_bound(v, tail) == 0)
                return refuse_wrapped(st, t, r, 1, err);
            col[i] = k;
            hits++;
        }
        if (hits != 1)
            return refuse_wrapped(st, t, r, 1, err);
    }
    st->last_table = -1;
    for (i = from; i < n; i++)
        if (col[i] >= 0 &&
            unread_value(st, table, row, col[i], "the digits under it atop the next page ",
                         cells[i].cell->text, ", alone in its column, may be its tail, wrapped",
                         xg_table_index(t), r, cells[i].cell->col, err) != XG_OK)
            return XG_ERR_NOMEM;
    /* a number as long as the longest line of its column on the page
     * after may have wrapped too, its tail set lower in a cell centred (2
     * over nothing, then 1 two lines lower: 21) */
    for (k = 0; k < xg_schema[table].ncols; k++) {
        xg_cellval *v = xg_report_value(st->report, table, row, k);

        if (fills_line(t, v) &&
            unread_value(st, table, row, k, "it fills its column's line, and its tail may stand lower on the next page",
                         NULL, "", v->src_table, v->src_row, v->src_col, err) != XG_OK)
            return XG_ERR_NOMEM;
    }
    return XG_OK;
}

/* Numbers under a label that names no row, after a row read with all
 * its value cells empty and only lines of label since: the numbers may be
 * that row's, beside a later line of its label; its empty cells are not
 * what the source says, and a warning names it. */
static int warn_empty_row(state *st, const xg_table *t, int r, xg_error *err)
{
    int table = st->empty_table;

    st->empty_table = -1;
    if (table < 0)
        return XG_OK;
    if (xg_report_warn(st->report,
                       "%s/%s: its cells are empty and numbers under no row's label follow it (source table %d, row %d): the numbers may be its own",
                       xg_schema[table].key, xg_schema[table].rows[st->empty_row].key,
                       xg_table_index(t) + 1, r + 1) != 0)
        return xg_error_nomem(err);
    return XG_OK;
}

/* Numbers under a label that names no row, right after row TABLE/ROW
 * read with a cell empty above one of them (a row
 * whose total stands on its label's first line and its other numbers on
 * a later line, beside the label's next line): those may be its numbers,
 * so its empty cells are not what the source says and what it read may be
 * cut.  Not read, and a warning names it. */
static int refuse_gapped(state *st, int table, int row, const xg_table *t,
                         int r, const rowcell *cells, int n, int from,
                         xg_error *err)
{
    if (table < 0 || !under_kind(st, table, row, t, cells, n, from, XG_VALUE_EMPTY))
        return XG_OK;
    return unread_row(st, table, row, 1, t, r,
                      "numbers under no row's label follow it, under its empty cells", err);
}

/* Does word W (LEN bytes, not a number) end with digits set right after
 * its other text ("…出具已1669156464": OCR's numbers run into the label),
 * or with characters not known (U+FFFD: digits OCR could not read), two
 * or more? */
static int glued_digits(const char *w, size_t len)
{
    size_t i, adv;
    int digits = 0, unknown = 0, other = 0;

    for (i = 0; i < len; i += adv) {
        unsigned cp = xg_utf8_decode(w + i, len - i, &adv);

        if (digit_cp(cp)) {
            digits++;
        } else if (cp == 0xFFFD) {
            unknown++;
        } else {
            other = 1;
            digits = unknown = 0;
        }
    }
    return other && (digits > 0 || unknown >= 2);
}

/* The words of a paragraph (parted at white space), as numbers and
 * other text. */
typedef struct {
    int other;      /* a word that is not a number */
    int lead;       /* numbers before the first such word */
    int trail;      /* numbers after the last such word (all, if none) */
    int glued;      /* digits glued to the last such word (glued_digits) */
    size_t trail_at;    /* where the numbers after it (or digits glued to it) begin, in bytes */
    int most_digits;    /* how many digits wide the longest number is
                           (digits_width) */
} word_run;

/* Is TOK digits, grouping commas and points only, with a digit?  Digits
 * not known (U+FFFD: cut at a page's edge, 69�� at its right) are
 * digits. */
static int number_piece(const char *tok)
{
    size_t len = strlen(tok), i, adv;
    int digit = 0;

    for (i = 0; i < len; i += adv) {
        unsigned cp = xg_utf8_decode(tok + i, len - i, &adv);

        if (digit_cp(cp) || cp == 0xFFFD)
            digit = 1;
        else if (cp != ',' && cp != '.' && cp != 0xFF0C && cp != 0xFF0E)
            return 0;
    }
    return digit;
}

static void scan_words(const char *text, word_run *w)
{
    size_t len = strlen(text), i = 0, start, adv;

    memset(w, 0, sizeof *w);
    while (i < len) {
        char tok[64];
        xg_value v;

        while (i < len && xg_is_space_cp(xg_utf8_decode(text + i, len - i, &adv)))
            i += adv;
        if (i >= len)
            break;
        start = i;
        while (i < len && !xg_is_space_cp(xg_utf8_decode(text + i, len - i, &adv)))
            i += adv;
        if (i - start < sizeof tok) {
            memcpy(tok, text + start, i - start);
            tok[i - start] = '\0';
            xg_parse_value(tok, &v);
            /* a number, or a piece of one (190, cut after its comma) */
            if (v.kind == XG_VALUE_NUMBER || number_piece(tok)) {
                /* (after digits glued to the last word, they begin the
                 * numbers: 7.属于行政392 9323143 …) */
                if (w->trail++ == 0 && !w->glued)
                    w->trail_at = start;
                if (digits_width(tok) > w->most_digits)
                    w->most_digits = digits_width(tok);
                continue;
            }
        }
        if (!w->other)
            w->lead = w->trail;
        w->other = 1;
        w->trail = 0;
        w->glued = glued_digits(text + start, i - start);
        if (w->glued) {
            size_t j;

            /* the glued digits begin after the word's last other character */
            for (j = start, w->trail_at = start; j < i; j += adv)
                if (!digit_cp(xg_utf8_decode(text + j, i - j, &adv)))
                    w->trail_at = j + adv;
        }
    }
}

/* Does a line of TEXT end with numbers apart at white space after words
 * (scan_words: 一、本年新收政府信息公开申请数 42 over 量, （一）予以公开
 * 74: a label beside the first column's numbers set into the labels'
 * column, its bound not found)?  Not numbers alone on their line (a
 * header's words over the first lines of numbers, 自 over 然 over 人 over
 * 16). */
static int number_after_words(const char *text)
{
    while (*text != '\0') {
        size_t len = strcspn(text, "\n");
        char *line = strndup(text, len);
        word_run w;

        if (line == NULL)
            return 1;   /* out of memory: not read, rather than misread */
        scan_words(line, &w);
        free(line);
        if (w.other && w.trail > 0)
            return 1;
        text += len + (text[len] == '\n');
    }
    return 0;
}

/* Does a label cell of CELLS [0, FROM) hold a number after its words
 * (number_after_words)? */
static int number_in_label(const rowcell *cells, int from)
{
    int i;

    for (i = 0; i < from; i++)
        if (cells[i].cell != NULL && number_after_words(cells[i].cell->text))
            return 1;
    return 0;
}

static int numbers_alone(const char *text);

/* Has T a column right of a number that holds no number in any row
 * (总计 over nothing, its numbers one column left, under 其他)? */
static int numberless_column(const xg_table *t)
{
    int cols = xg_table_cols(t), rows = xg_table_rows(t), c, r, first = cols;

    for (r = 0; r < rows; r++)
        for (c = 0; c < first; c++) {
            const xg_cell *x = xg_table_cell_at(t, r, c);

            if (x != NULL && x->col == c && numbers_alone(x->text))
                first = c;
        }
    for (c = first + 1; c < cols; c++) {
        int any = 0;

        for (r = 0; r < rows && !any; r++) {
            const xg_cell *x = xg_table_cell_at(t, r, c);

            any = x != NULL && x->colspan == 1 && strpbrk(x->text, "0123456789") != NULL;
        }
        if (!any)
            return 1;
    }
    return 0;
}

/* Do label cells of T (no number left of them in their rows), three or
 * more, hold a number after words (number_after_words), where a column
 * of the table holds none (numberless_column)?  The first column's
 * numbers stand in the labels' column then, the others one column left
 * of their headers, and the rows whose first number is empty read their
 * next column's numbers as the first's.  (Such cells alone are their
 * rows' own trouble: numbers wrapped out of narrow cells.) */
static int table_number_in_label(const xg_table *t)
{
    size_t i;
    int found = 0;

    for (i = 0; i < xg_table_cell_count(t); i++) {
        const xg_cell *x = xg_table_cell(t, i);
        int c, label = 1;

        for (c = 0; c < x->col && label; c++) {
            const xg_cell *y = xg_table_cell_at(t, x->row, c);

            label = y == NULL || !numbers_alone(y->text);
        }
        if (label && number_after_words(x->text))
            found++;
    }
    return found >= 3 && numberless_column(t);
}

/* Is TEXT numbers alone, one or more, apart at white space? */
static int numbers_alone(const char *text)
{
    int any = 0;

    for (;;) {
        size_t len;
        char tok[64];
        xg_value v;

        text += strspn(text, " \t\n");
        len = strcspn(text, " \t\n");
        if (len == 0)
            return any;
        if (len >= sizeof tok)
            return 0;
        memcpy(tok, text, len);
        tok[len] = '\0';
        xg_parse_value(tok, &v);
        if (v.kind != XG_VALUE_NUMBER)
            return 0;
        any = 1;
        text += len;
    }
}

static int continued_past_group(int table, int row, const char *before,
                                const char *l);

/* The label key (xg_norm_label) of TEXT's words before the numbers that
 * end it, when some do and some words are not numbers; else NULL (and
 * *NOMEM set when memory ran out). */
static char *label_before_numbers(const char *text, int *nomem)
{
    word_run w;
    char *key;

    *nomem = 0;
    scan_words(text, &w);
    if (!w.other || w.trail == 0)
        return NULL;
    key = xg_norm_label_n(text, w.trail_at);
    *nomem = key == NULL;
    return key;
}

/* Does label key K begin with digits right before a numbering ("2(五)"
 * of "2" and "（五）": the tail of a number wrapped out of its cell, on
 * the line of the next group's label; 7 8 9 5 1 873 atop a page, then
 * 四、结转下年度继续办理 …, one paragraph: "78951873四、…", which
 * xg_strip_numbering reads as one numbering), or before pieces of
 * groups' names and then a numbering (30 1 年度办 理结果（二）部分公开…
 * atop a page, in one cell, under （一）予以公开 6066 4683 … at the foot
 * of the last: 606630, 46831)?  Not an item's own numbering
 * ("2.重复申请"). */
static int digits_before_numbering(const char *k)
{
    size_t n;
    /* (digits not known too: cut at a page's top, 7 8 9 5 1 half off
     * the page as U+FFFD) */
    size_t d = digit_run(k, strlen(k), &n);
    const char *item = past_group_pieces(XG_TABLE_REQUESTS, k + d);

    return d > 0 && k[d] != '.' && k[d] != ')' && strncmp(k + d, "、", 3) != 0 &&
           xg_strip_numbering(item) != item;
}

/* Does a paragraph at P stand under source table T's last row: on a
 * later page, or half its line's height or more below the row's top (a
 * cell of its set lower than the others: 4746 between 5032 … and 8 91
 * …), and within the table's width?  Yes where either has no place (a
 * text form). */
static int below_table(const xg_table *t, const xg_geom *p)
{
    int r = (int)xg_table_rows(t) - 1, c, page = 0;
    double cx = (p->x0 + p->x1) / 2, x0 = 1e300, x1 = -1e300, top = 1e300;

    for (c = 0; c < xg_table_cols(t); c++) {
        const xg_cell *cell = xg_table_cell_at(t, r, c);

        if (cell == NULL || cell->geom.page <= 0)
            continue;
        page = cell->geom.page;
        x0 = cell->geom.x0 < x0 ? cell->geom.x0 : x0;
        x1 = cell->geom.x1 > x1 ? cell->geom.x1 : x1;
        top = cell->geom.y0 < top ? cell->geom.y0 : top;
    }
    if (page <= 0 || p->page <= 0)
        return 1;
    return cx >= x0 && cx <= x1 &&
           (p->page > page || (p->page == page && p->y0 > top + 0.5 * (p->y1 - p->y0)));
}

/* Is TEXT a dash alone (-, —, －, /: a cell's mark for none)? */
static int dash_alone(const char *text)
{
    xg_value v;

    if (text == NULL)
        return 0;
    xg_parse_value(text, &v);
    return v.kind == XG_VALUE_DASH && strpbrk(text, "0123456789") == NULL;
}

static int last_row_group_piece(const state *st, const char *k);

/* Numbers alone right after a table's row read with its values, on a
 * line of their own: the row's digits wrapped out of a cell ("3973" over
 * "5", pdftotext -layout; "２６" over "９２" at a page's foot, the line
 * left out of the table's run), so the row's numbers are not what they
 * seem.  So too numbers beside the rest of that row's label, on a line
 * left out of the table ("1.申请人无正当理由逾期不补正、" 1870 6974 …,
 * then "行政机关不再处理其政府信息公开" 2489 over the tails 62 3 …), and
 * digits right before the next group's numbering ("2（五）": 857 over 2,
 * set into the line of （五）不予处理).
 * (Page numbers are no paragraphs.) */
static int wrapped_paragraph(state *st, const xg_doc *doc, size_t b,
                             xg_error *err)
{
    const xg_block *prev = NULL;
    const xg_block *blk = xg_doc_block(doc, b);
    size_t k0 = b;
    int c, read = 0;

    /* a dash alone between (a cell's dash set on a line of its own,
     * left out of the table with the lines after it) is no text between;
     * nor, for the row read last, a piece of its group's name (法提供
     * between 2.没有现成信息需要另行制作 … 2469 1518 and 1, the tail
     * of 24691) */
    while (k0 > 0 && (prev = xg_doc_block(doc, k0 - 1))->kind == XG_BLOCK_PARAGRAPH &&
           (dash_alone(prev->text) || last_row_group_piece(st, st->keys[k0 - 1])))
        k0--;
    if (k0 == 0)
        prev = NULL;

    /* numbers alone right after the appeals line read on a table's last
     * row, under it (a 6 opening the next page: 20 was 206); not beside
     * it (a text box right of the table) */
    if (prev != NULL && prev->kind == XG_BLOCK_TABLE && blk->text != NULL &&
        st->appeals_from == prev->table &&
        st->appeals_row == (int)xg_table_rows(prev->table) - 1 &&
        below_table(prev->table, &blk->geom) && numbers_alone(blk->text)) {
        int k;

        for (k = 0; k < 32; k++)
            if ((st->appeals_rows >> k & 1u) &&
                unread_row(st, XG_TABLE_APPEALS, k, 0, prev->table, st->appeals_row,
                           "numbers alone on the line after it may be its tails, wrapped", err) != XG_OK)
                return XG_ERR_NOMEM;
        st->appeals_from = NULL;
        return XG_OK;
    }
    if (st->last_table < 0 || prev == NULL || prev->kind != XG_BLOCK_TABLE ||
        xg_table_rows(prev->table) == 0 || blk->text == NULL)
        return XG_OK;
    if (!numbers_alone(blk->text)) {
        int nomem, rest;
        char *label = label_before_numbers(blk->text, &nomem);

        if (nomem)
            return xg_error_nomem(err);
        rest = label != NULL && continued_past_group(st->last_table, st->last_row,
                                                     st->last_label, label);
        free(label);
        if (!rest)
            rest = digits_before_numbering(st->keys[b]);
        if (!rest)
            return XG_OK;
    }
    /* a row already refused has nothing left to refuse */
    for (c = 0; c < xg_schema[st->last_table].ncols; c++) {
        const xg_cellval *cv = xg_report_value(st->report, st->last_table, st->last_row, c);

        if (cv->found && cv->kind == XG_VALUE_NUMBER)
            read = 1;
    }
    if (!read)
        return XG_OK;
    return refuse_wrapped(st, prev->table, xg_table_rows(prev->table) - 1, 1, err);
}

/* The numbers of rows ROWS of TABLE as read (stored) and as cells FROM..N
 * show them, each as its canonical text, "?" for an unreadable one; empty
 * cells and dashes left out.  Equal lists: the same row printed twice. */
static int same_numbers(const state *st, int table, const int *rows, int nrows,
                        const rowcell *cells, int n, int from)
{
    const char *stored[64];
    int ns = 0, c, i, j, k = 0;

    for (j = 0; j < nrows; j++)
        for (c = 0; c < xg_schema[table].ncols && ns < 64; c++) {
            const xg_cellval *v;

            if (!xg_schema_row_has_col(table, rows[j], c))
                continue;
            v = xg_report_value_c(st->report, table, rows[j], c);
            if (v->found && v->kind == XG_VALUE_NUMBER)
                stored[ns++] = v->number;
            else if (v->found && v->kind == XG_VALUE_TEXT)
                stored[ns++] = "?";
        }
    for (i = from; i < n; i++) {
        const xg_value *v = &cells[i].value;
        const char *text;

        if (v->kind == XG_VALUE_NUMBER)
            text = v->text;
        else if (v->kind == XG_VALUE_TEXT)
            text = "?";
        else
            continue;
        if (k >= ns || strcmp(stored[k], text) != 0)
            return 0;
        k++;
    }
    return k == ns;
}

/* A row read before found again (a table printed twice: a web page's
 * hidden copy that LibreOffice or pandoc kept, a draft left in the
 * document).  The same numbers: ignored.  Other numbers: which copy is
 * the report's cannot be told, so neither is kept. */
static int found_again(state *st, const xg_table *t, int r, int table,
                       const int *rows, int nrows, const rowcell *cells, int n,
                       int from, xg_error *err)
{
    const char *name = nrows == 1 ? xg_schema[table].rows[rows[0]].key : "*";
    int j;

    if (st->gathering || same_numbers(st, table, rows, nrows, cells, n, from)) {
        if (nrows > 1)      /* a table's line of numbers, as before: quiet */
            return XG_OK;
        return xg_report_warn(st->report,
                              "%s/%s: row found again (source table %d, row %d): ignored",
                              xg_schema[table].key, name,
                              xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    }
    for (j = 0; j < nrows; j++)
        unread_numbers(st, table, rows[j], 0);
    return xg_report_warn(st->report,
                          "%s/%s: found again with other numbers (source table %d, row %d): neither read",
                          xg_schema[table].key, name,
                          xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
}

/* The numbers of a label read earlier without them. */
static int read_pending(state *st, const xg_table *t, int r,
                        const rowcell *cells, int n, int from, xg_error *err)
{
    int table = st->pending_table, row = st->pending_row, how;

    st->pending_table = -1;
    st->in_header = 0;
    if (st->seen[table][row])
        return has_values(cells, n, from) ? found_again(st, t, r, table, &row, 1, cells, n, from, err) : XG_OK;
    st->seen[table][row] = 1;
    /* at the top or the foot of a page whose text runs past its edge
     * there (5.属于三类内部事务信息 beside digits cut, then 9 8 235 …
     * atop the table under it: the tails of 7579 …) */
    if ((how = cut_off_cells(cells, n, from)) != 0) {
        st->refused[table][row] = 1;
        return xg_report_warn(st->report,
                              "%s/%s: its numbers, on the line after its label, stand %s (source table %d, row %d): not read",
                              xg_schema[table].key, xg_schema[table].rows[row].key,
                              cut_off_where(how), xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    }
    st->last_table = table;
    st->last_row = row;
    st->last_label[0] = '\0';
    st->pended_table = table;
    st->pended_row = row;
    return read_values(st, t, r, table, row, cells, n, from, err);
}

/* A row named with its value cells empty right after numbers read for
 * the label on the row before them (read_pending): the numbers stand
 * between two labels and may be this row's, beside a line of its label
 * lost or set apart (a scan's rows merged), so the earlier row's are not
 * read either. */
static int refuse_pended(state *st, int table, int row, int ptable,
                         int prow, const xg_table *t, int r, xg_error *err)
{
    unread_numbers(st, ptable, prow, 0);
    if (xg_report_warn(st->report,
                       "%s/%s: its numbers, on the line after its label, stand right above %s/%s, whose cells are empty (source table %d, row %d): not read",
                       xg_schema[ptable].key, xg_schema[ptable].rows[prow].key,
                       xg_schema[table].key, xg_schema[table].rows[row].key,
                       xg_table_index(t) + 1, r + 1) != 0)
        return xg_error_nomem(err);
    return XG_OK;
}

/* The group named by label key L, if it names one: a group label on a row
 * or line of its own. */
static void note_group(state *st, const char *l)
{
    const char *item;
    int g;

    if (st->table != XG_TABLE_REQUESTS && st->table >= 0)
        return;
    g = find_group(XG_TABLE_REQUESTS, l, &item);
    if (g > 0 && is_container(XG_TABLE_REQUESTS, g))
        g = 0;
    if (g > 0 || (g == 0 && item != l)) {
        st->table = XG_TABLE_REQUESTS;
        st->group = g;
    }
}

/* Is label L the first part of a group's label, its numbering and the
 * start of its name ("（三）不" of （三）不予公开, the rest wrapped onto a
 * later line), or its numbering alone (（四）, 无法提 and 供 on the lines
 * after it)?  Such a group has no numbers of its own.  (A numbering alone
 * may begin a row's label as well: its numbers are no more its own.)
 * With CONTAINERS, the groups that hold groups too (三、本 of
 * 三、本年度办理结果). */
static int group_start(int table, const char *l, int containers)
{
    const char *rest = xg_strip_numbering(l);
    size_t n = strlen(rest);
    int g;

    if (rest == l)
        return 0;
    if (n == 0)
        return 1;
    for (g = 1; g < xg_schema[table].ngroups; g++)
        if (strncmp(xg_schema[table].groups[g], rest, n) == 0 &&
            (containers || is_container(table, g) == 0))
            return 1;
    return 0;
}

/* Is label L the rest of a group's label whose start, after its
 * numbering, begins BEFORE, the label of the row before ("（四）无 2.没有
 * 现成信息需要另行制作" then "法提供": （四）无法提供 wrapped), or a
 * group's name whole (OCR's words snapped to the format's: "法提供" read
 * as 无法提供)?  A group has no numbers of its own. */
static int group_continued(const char *before, const char *l)
{
    const xg_table_def *def = &xg_schema[XG_TABLE_REQUESTS];
    const char *start = xg_strip_numbering(before), *name_l = xg_strip_numbering(l);
    int g;

    if (l[0] == '\0')
        return 0;
    for (g = 1; g < def->ngroups; g++) {
        const char *name = def->groups[g];
        size_t len = strlen(name), k;

        if (is_container(XG_TABLE_REQUESTS, g))
            continue;
        if (strcmp(name_l, name) == 0)
            return 1;
        if (start == before)
            continue;
        /* each split of the name at a character boundary */
        for (k = 1; k < len; k++)
            if (((unsigned char)name[k] & 0xC0) != 0x80 &&
                strncmp(start, name, k) == 0 && strncmp(start, name, len) != 0 &&
                strncmp(l, name + k, len - k) == 0)
                return 1;
    }
    return 0;
}

/* The offset in TEXT where its last numbering (1. （二） 三、) begins;
 * SIZE_MAX when it has none. */
static size_t last_numbering(const char *text)
{
    size_t r = SIZE_MAX, i;

    for (i = 0; text[i] != '\0'; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80 &&
            xg_strip_numbering(text + i) != text + i)
            r = i;
    return r;
}

/* Is label L a piece of the name of the group of row ROW of TABLE, two
 * characters or more, past its start (予公开 of 不予公开, 法提供 of 无法提供,
 * 年度办 of 三、本年度办理结果: a group's label wrapped in its merged cell,
 * its start on an earlier row)? */
static int group_rest(int table, int row, const char *l)
{
    const xg_table_def *def = &xg_schema[table];
    int g = def->rows[row].group, yes;
    const char *at;
    char *name;

    if (table != XG_TABLE_REQUESTS || g < 0 || g >= def->ngroups ||
        strlen(l) < 6)
        return 0;
    /* a row of no group holds its group's name in its own label, before
     * its item's numbering (三、本年度办理结果 （一）予以公开) */
    name = xg_norm_label(g > 0 ? def->groups[g] : def->rows[row].label);
    if (name == NULL)
        return 0;
    if (g == 0) {
        size_t cut = last_numbering(name);

        name[cut != SIZE_MAX ? cut : 0] = '\0';
    }
    at = strstr(name, l);
    yes = at != NULL && at != name;
    free(name);
    return yes;
}

/* The nearest cell with text in column COL of source table T on the two
 * rows before row R, or NULL. */
static const xg_cell *cell_above(const xg_table *t, int r, int col)
{
    int k;

    for (k = 1; k <= 2 && k <= r; k++) {
        const xg_cell *above = xg_table_cell_at(t, r - k, col);

        if (above != NULL && above->text[0] != '\0')
            return above;
    }
    return NULL;
}

/* Does a number of row R of source table T (CELLS, N, values from FROM)
 * hold more digits than 1/SHARE of the last line of the nearest cell with
 * text over it on the two rows before, or have none (or open its table):
 * not the tails of the numbers above it?  A tail goes on from the last
 * line: 29 under 90 over 5 (a cell of two lines not joined) is none, but
 * the first line of the next row's number (81 over 96 over 21 beside
 * （二）部分公开, cells set at their foot).  (Tails of numbers centred on
 * two lines stand two rows under their first lines, past the row of the
 * label's line: 2,45 over 4.保护第三方合法权益 1928 over 予公开 9.)
 * SHARE 2: tails surely, where the number above is a joined wrap's (92655
 * over 2155, the next row's first line).  With JOINED, a number the
 * extractor joined from its lines counts its last line alone (85 under
 * 661, its join of 66 over 1, is no tail of it). */
static int not_under(const xg_table *t, int r, const rowcell *cells, int n,
                     int from, int share, int joined)
{
    int i;

    for (i = from; i < n; i++) {
        const xg_cell *above;

        if (cells[i].value.kind != XG_VALUE_NUMBER || cells[i].src != NULL ||
            cells[i].cell == NULL)
            continue;
        above = cell_above(t, r, cells[i].cell->col);
        if (above == NULL ||
            share * count_digits(cells[i].cell->text) >
            (joined ? last_line_of(above) : last_line_digits(above->text)))
            return 1;
    }
    return 0;
}

static int longer_than_above(const xg_table *t, int r, const rowcell *cells,
                             int n, int from)
{
    return not_under(t, r, cells, n, from, 1, 0);
}

/* Does each number of row R of source table T (CELLS, N, values from
 * FROM) stand under a cell with text on the two rows before, one of them
 * longer than its last line: none fills a hole of the rows above (a row's
 * number centred between its lines), and they are no tails of theirs? */
static int heads_under_rows(const xg_table *t, int r, const rowcell *cells, int n,
                            int from)
{
    int i;

    for (i = from; i < n; i++)
        if (cells[i].value.kind == XG_VALUE_NUMBER && cells[i].src == NULL &&
            cells[i].cell != NULL && cell_above(t, r, cells[i].cell->col) == NULL)
            return 0;
    return longer_than_above(t, r, cells, n, from);
}

/* Is each number of row R of source table T (CELLS, N, values from FROM)
 * shorter than the first line of the nearest cell with text over it on
 * the two rows before (with OR_EQUAL, or as long): tails of those
 * numbers, it may be (87 under 873; 27 under 71 over 27)?  The first
 * line, not the whole: 124 under 516 over 76 is as long as 516. */
static int shorter_than_above(const xg_table *t, int r, const rowcell *cells,
                              int n, int from, int or_equal)
{
    int i, any = 0;

    for (i = from; i < n; i++) {
        const xg_cell *above;

        if (cells[i].value.kind != XG_VALUE_NUMBER || cells[i].src != NULL ||
            cells[i].cell == NULL)
            continue;
        above = cell_above(t, r, cells[i].cell->col);
        if (above == NULL)
            return 0;
        if (count_digits(cells[i].cell->text) >= first_line_digits(above->text) + or_equal)
            return 0;
        any = 1;
    }
    return any;
}

static int line_fill(const xg_table *t, int col);

/* Does some number of row R of source table T (CELLS, N, values from
 * FROM) stand under one of the row before that fills its column's line
 * (as many digits as the column's wrapped numbers hold on their first
 * lines), and hold fewer: that number's tail, it may be, though the row's
 * other numbers are as long as those over them (773 under 909, then 9
 * under 581 and 4 under 718, of 5819 and 7184)? */
static int tail_under_full(const xg_table *t, int r, const rowcell *cells,
                           int n, int from)
{
    int i;

    for (i = from; i < n; i++) {
        const xg_cell *above;
        int head, fill;

        if (cells[i].value.kind != XG_VALUE_NUMBER || cells[i].src != NULL ||
            cells[i].cell == NULL || r == 0)
            continue;
        above = xg_table_cell_at(t, r - 1, cells[i].cell->col);
        if (above == NULL || above->text[0] == '\0' || strchr(above->text, '\n') != NULL)
            continue;
        head = first_line_digits(above->text);
        fill = line_fill(t, cells[i].cell->col);
        if (fill > 0 && head >= fill && count_digits(cells[i].cell->text) < head)
            return 1;
    }
    return 0;
}

/* Does a number of row R of source table T (CELLS, N, values from FROM),
 * a row of one line, stand less than that line apart under a cell of two
 * lines of digits or more, not joined, on the two rows before, whose last
 * line fills its column's line, and hold fewer, where no value was read
 * from the rows between them and that cell's: the tail of that line, it
 * may be (7 under 13232 over 78765 beside 7.属于行政执法案卷, not read,
 * with 3335 13317 9815 on the line between: 787657 wrapped)? */
static int tail_under_unread(state *st, const xg_table *t, int r,
                             const rowcell *cells, int n, int from)
{
    int i, k;

    for (k = 0; k < xg_table_cols(t); k++) {
        const xg_cell *c = xg_table_cell_at(t, r, k);

        if (c != NULL && c->row == r && strchr(c->text, '\n') != NULL)
            return 0;
    }
    for (i = from; i < n; i++) {
        const xg_cell *above;
        int fill;

        if (cells[i].value.kind != XG_VALUE_NUMBER || cells[i].src != NULL ||
            cells[i].cell == NULL || (above = cell_above(t, r, cells[i].cell->col)) == NULL ||
            above->first_digits > 0 || !digit_lines_n(above->text, 2))
            continue;
        fill = line_fill(t, cells[i].cell->col);
        if (fill == 0 || last_line_digits(above->text) < fill ||
            count_digits(cells[i].cell->text) >= fill ||
            !right_under(&above->geom, &cells[i].cell->geom))
            continue;
        for (k = above->row; k < r && !src_read_any(st, t, k); k++)
            ;
        if (k == r)
            return 1;
    }
    return 0;
}

/* Is a cell of row R of source table T (CELLS, N, values from FROM)
 * empty under a cell with digits on the two rows before (tails stand only
 * under the numbers that wrapped)? */
static int empty_under_digits(const xg_table *t, int r, const rowcell *cells,
                              int n, int from)
{
    int i;

    for (i = from; i < n; i++) {
        const xg_cell *above;

        if (cells[i].value.kind != XG_VALUE_EMPTY || cells[i].src != NULL ||
            cells[i].cell == NULL)
            continue;
        above = cell_above(t, r, cells[i].cell->col);
        if (above != NULL && count_digits(above->text) > 0)
            return 1;
    }
    return 0;
}

/* Does a number of row R of source table T (CELLS, N, values from FROM)
 * stand under a number wrapped whole, its last line shorter than its
 * first (918 over 7), on the two rows before: no tail of that, but the
 * next row's first line set above its label (587 beside 不予处 under
 * 918 7, then 4.无正当理由… beside its tail 8)? */
static int under_whole_wrap(const xg_table *t, int r, const rowcell *cells,
                            int n, int from)
{
    int i;

    for (i = from; i < n; i++) {
        const xg_cell *above;
        const char *last;

        if (cells[i].value.kind != XG_VALUE_NUMBER || cells[i].src != NULL ||
            cells[i].cell == NULL)
            continue;
        above = cell_above(t, r, cells[i].cell->col);
        last = above != NULL ? strrchr(above->text, '\n') : NULL;
        if (last != NULL &&
            count_digits(last + 1) < count_digits(above->text) - count_digits(last + 1) &&
            strchr(above->text, '\n') == last)
            return 1;
    }
    return 0;
}

/* Is K a piece of TEXT, both as label keys (xg_norm_label)? */
static int piece_of(const char *text, const char *k)
{
    char *n = xg_norm_label(text);
    int yes = n != NULL && strstr(n, k) != NULL;

    free(n);
    return yes;
}

/* Is K, not empty, a piece of the header cell over rows that row label
 * LABEL names before " / " (行政诉讼 of 行政诉讼 / 复议后起诉: the appeals
 * header's cell over two rows, set down its narrow column)? */
static int head_piece(const char *label, const char *k)
{
    const char *sep = strstr(label, " / ");
    char head[64];

    if (sep == NULL || (size_t)(sep - label) >= sizeof head || k[0] == '\0')
        return 0;
    memcpy(head, label, (size_t)(sep - label));
    head[sep - label] = '\0';
    return piece_of(head, k);
}

/* Is K such a piece of a row of TABLE? */
static int header_group_piece(int table, const char *k)
{
    const xg_table_def *def = &xg_schema[table];
    int r;

    for (r = 0; r < def->nrows; r++)
        if (head_piece(def->rows[r].label, k))
            return 1;
    return 0;
}

/* Is K, not empty, a piece of the name of a group of TABLE (with
 * CONTAINERS_ONLY, of one that holds groups, not rows)?  不予公 of 不予公开,
 * 果 or 理结 of 本年度办理结果: a name wrapped in its narrow merged cell. */
static int group_name_piece(int table, const char *k, int containers_only)
{
    const xg_table_def *def = &xg_schema[table];
    int g;

    for (g = 1; g < def->ngroups && k[0] != '\0'; g++)
        if ((!containers_only || is_container(table, g)) &&
            piece_of(def->groups[g], k))
            return 1;
    return 0;
}

/* Is label key K a piece of the name of a group of rows of TABLE after
 * the bracket closing its numbering, or that bracket alone (） or ）不 of
 * （五）不予处理, set down its narrow merged cell)? */
static int group_piece_after_numbering(int table, const char *k)
{
    size_t i = strspn(k, ")");

    return (i > 0 && k[i] == '\0') || group_name_piece(table, k + i, 0);
}

/* Is each line of a row's label cells (CELLS, FROM), one at least, a
 * piece of a group's name or numbering (本年 over 开: of
 * 三、本年度办理结果 and of （三）不予公开, each set down its narrow
 * merged cell, read into one label that is neither)? */
static int group_pieces_lines(const rowcell *cells, int from)
{
    int i, lines = 0;

    for (i = 0; i < from; i++) {
        const char *p;

        if (cells[i].cell == NULL || cells[i].src != NULL)
            continue;
        for (p = cells[i].cell->text; *p != '\0';) {
            size_t len = strcspn(p, "\n");
            char *k = xg_norm_label_n(p, len);
            int yes;

            if (k == NULL)
                return 0;
            yes = k[0] == '\0' || group_piece_after_numbering(XG_TABLE_REQUESTS, k) ||
                  numbering_inner(XG_TABLE_REQUESTS, k);
            lines += k[0] != '\0';
            free(k);
            if (!yes)
                return 0;
            p += len + (p[len] == '\n');
        }
    }
    return lines > 0;
}

/* Is K a piece of the label TEXT before its item's numbering (the
 * group's label, numbered, that a group's first row holds: （五）不予处理
 * of （五）不予处理 1.信访举报投诉类申请)? */
static int group_label_piece(const char *text, const char *k)
{
    char *n = xg_norm_label(text);
    size_t cut;
    int yes = 0;

    if (n == NULL)
        return 0;
    cut = last_numbering(n);
    if (cut != SIZE_MAX && cut > 0) {
        n[cut] = '\0';
        yes = strstr(n, k) != NULL;
    }
    free(n);
    return yes;
}

/* The label key (xg_norm_label) of the line of a cell's text at *LINE,
 * *LINE moved past it; NULL when memory runs out. */
static char *next_line_key(const char **line)
{
    size_t len = strcspn(*line, "\n");
    char *key = xg_norm_label_n(*line, len);

    *line += len + ((*line)[len] == '\n');
    return key;
}

/* Is each label cell of a row (CELLS before FROM) a piece of the label
 * of row ROW of TABLE, its group's name before it (（三）不予公开 then
 * 2.其他法律行政法规禁止公开: "）不", "开" and "公开" each)?  A row's
 * label and group name wrapped in narrow cells, set a line apart: the
 * numbers beside the pieces are that row's tails.  A new item's label
 * holds its own numbering and words, no piece of the one before. */
/* Is K a piece of group G's label as a row of it holds it, numbered
 * (（五）不予处理 of （五）不予处理 1.信访…: "（五" and "）不")? */
static int group_labels_piece(int table, int g, const char *k)
{
    const xg_table_def *def = &xg_schema[table];
    int j, yes = 0;

    for (j = 0; !yes && g > 0 && j < def->nrows; j++)
        yes = def->rows[j].group == g && group_label_piece(def->rows[j].label, k);
    return yes;
}

/* Is K, not empty, a piece of what stands before the item of row ROW of
 * TABLE: its group's name, its group's label as its first row holds it,
 * numbered, a container's name? */
static int group_piece_of_row(int table, int row, const char *k)
{
    const xg_table_def *def = &xg_schema[table];
    int g = def->rows[row].group;

    return (g > 0 && g < def->ngroups && piece_of(def->groups[g], k)) ||
           group_name_piece(table, k, 1) || group_labels_piece(table, g, k) ||
           head_piece(def->rows[row].label, k);
}

/* Is paragraph key K a piece of the name of the group of the row read
 * last, with no digit in it (）无 between 2.没有现成信息需要另 72 … and
 * 行制作 39 …)?  It keeps that row in view, as on a table's row. */
static int last_row_group_piece(const state *st, const char *k)
{
    return st->last_table >= 0 && k[0] != '\0' && strpbrk(k, "0123456789") == NULL &&
           group_piece_of_row(st->last_table, st->last_row, k);
}

/* Add PIECE (LEN bytes) to the label of the row read last, where it
 * fits: the rest of that label, read after it. */
static void grow_last_label(state *st, const char *piece, size_t len)
{
    size_t have = strlen(st->last_label);

    if (have + len <= MAX_LABEL_BYTES) {
        memcpy(st->last_label + have, piece, len);
        st->last_label[have + len] = '\0';
    }
}

/* Are the first LEN bytes of label key END such a piece (of row ROW of
 * TABLE)? */
static int leading_group_piece(int table, int row, const char *end, size_t len)
{
    char *k = strndup(end, len);
    int yes = k != NULL && group_piece_of_row(table, row, k);

    free(k);
    return yes;
}

/* Is label key K a piece of row ROW of TABLE's label, or of what stands
 * before its item (its group's name, numbered: group_piece_of_row)? */
static int row_piece(int table, int row, const char *k)
{
    return piece_of(xg_schema[table].rows[row].label, k) || group_piece_of_row(table, row, k);
}

/* Is each word of the line at LINE, two or more, such a piece (row_piece)? */
static int words_pieces_of_row(int table, int row, const char *line)
{
    size_t len = strcspn(line, "\n"), at = 0, w;
    int words = 0, yes = 1;

    while (yes && (at += strspn(line + at, " \t")) < len &&
           (w = strcspn(line + at, " \t\n")) > 0) {
        char *k = xg_norm_label_n(line + at, w);

        yes = k != NULL && *k != '\0' && row_piece(table, row, k);
        free(k);
        words++;
        at += w;
    }
    return yes && words >= 2;
}

static int pieces_of_row(int table, int row, const rowcell *cells, int from)
{
    int i, any = 0, yes = 1;

    /* each line of each label cell on its own ("开\n公开": the group's
     * column and the item's run into one cell) */
    for (i = 0; i < from && yes; i++) {
        const char *line = cells[i].cell != NULL ? cells[i].cell->text : "";

        while (*line != '\0' && yes) {
            const char *line_start = line;
            char *k = next_line_key(&line);

            if (k == NULL)
                yes = 0;
            else if (*k != '\0') {
                any = 1;
                /* the row's label, or what stands before its item; or
                 * each word of the line such a piece (果 不予公: the
                 * container's column and the group's run into one) */
                yes = row_piece(table, row, k) || words_pieces_of_row(table, row, line_start);
            }
            free(k);
        }
    }
    return any && yes;
}

/* The item part of label L of TABLE: what follows its group's name, if
 * any, and its numbering. */
static const char *item_part(int table, const char *l)
{
    const char *item = l;

    if (xg_schema[table].ngroups)
        find_group(table, l, &item);
    return xg_strip_numbering(item);
}

/* TEXT past its last numbering (1. （二） 三、), or TEXT when it has none. */
static const char *last_numbered(const char *text)
{
    size_t at = last_numbering(text);

    return at != SIZE_MAX ? xg_strip_numbering(text + at) : text;
}

/* Does L begin as REST does: all of L, or at least MIN_BEGUN_BYTES, the
 * rest worded otherwise (用、行政机关不再受理… for 用、行政机关不再处理…)? */
static int begins_as(const char *rest, const char *l, size_t ll)
{
    size_t q = 0;

    while (q < ll && rest[q] != '\0' && rest[q] == l[q])
        q++;
    return q == ll || q >= MIN_BEGUN_BYTES;
}

/* Is label L the beginning of what BEFORE, the label of row ROW of TABLE
 * read just before, lacks of that row's label ("5.要求行政机关确认或重新
 * 出具已" then "获取信息": the item's label wrapped, the lines not joined),
 * or the end of that label where BEFORE is whole?  Numbers beside it are
 * that row's tails. */
static int item_continued(int table, int row, const char *before,
                          const char *l)
{
    const char *full = row_key(table, row), *whole, *start;
    size_t lw, lb, ll = strlen(l), i;
    int yes = 0;

    if (full == NULL || ll == 0)
        return 0;
    start = item_part(table, before);
    whole = xg_strip_numbering(full);
    lw = strlen(whole);
    lb = strlen(start);
    /* a piece of a group's label wrapped in its merged cell may stand
     * before the item's numbering (理结果（二）部分公开…): the item begins
     * at a numbering inside BEFORE */
    for (i = 0; before[i] != '\0' && !(lb > 0 && lb < lw && strncmp(whole, start, lb) == 0); i++) {
        const char *at;

        if (((unsigned char)before[i] & 0xC0) == 0x80)
            continue;
        at = xg_strip_numbering(before + i);
        if (at != before + i) {
            start = at;
            lb = strlen(start);
        }
    }
    yes = lb > 0 && lb < lw && strncmp(whole, start, lb) == 0 &&
          begins_as(whole + lb, l, ll);
    /* or the item's own label, past its group's in the format's
     * ((六)其他处理1.申请人…, begun as （六）其 1.申请人…) */
    if (!yes) {
        const char *item = last_numbered(whole), *own = last_numbered(start);

        lw = strlen(item);
        lb = strlen(own);
        yes = item != whole && lb > 0 && lb < lw &&
              strncmp(item, own, lb) == 0 && begins_as(item + lb, l, ll);
    }
    /* OCR's words snapped to the format's make the row before whole: the
     * row's label ends with L */
    if (lb == lw && ll < lw && strcmp(whole, start) == 0 &&
        strcmp(whole + lw - ll, l) == 0)
        yes = 1;
    return yes;
}

/* item_continued, or so past a piece of the row's group's name wrapped
 * in its narrow column before it (其他处 of （六）其他处理, then
 * 求缴纳费用、行政机关不再处: the rest of 2.申请人逾期未按收费通知要…). */
static int continued_past_group(int table, int row, const char *before,
                                const char *l)
{
    size_t skip, ll = strlen(l);

    if (item_continued(table, row, before, l))
        return 1;
    for (skip = 1; skip < ll && skip <= MAX_GROUP_PIECE; skip++)
        if (((unsigned char)l[skip] & 0xC0) != 0x80 &&
            leading_group_piece(table, row, l, skip) &&
            item_continued(table, row, before, l + skip))
            return 1;
    return 0;
}

/* Is label key L the rest of the label of row ROW of TABLE read just
 * before (BEFORE), past its group's numbering cut short ("(四" of
 * （四）无法提供, set down its narrow column beside 政府信息, the rest of
 * 1.本机关不掌握相关政府信息)? */
static int continued_past_numbering(int table, int row, const char *before,
                                    const char *l)
{
    int g = xg_schema[table].rows[row].group, yes;
    size_t n, p;
    char *k;

    if (l[0] != '(' || g <= 0 || (n = xg_numeral_run(l + 1)) == 0)
        return 0;
    p = 1 + n + (l[1 + n] == ')');
    k = strndup(l, p);
    yes = k != NULL && group_labels_piece(table, g, k);
    free(k);
    return yes && item_continued(table, row, before, l + p);
}

/* Is label L a row TABLE knows but has no key for? */
static int extra_row(int table, const char *l)
{
    int i;

    if (table < 0)
        return 0;
    for (i = 0; i < XG_MAX_PATTERNS && xg_schema[table].extra_rows[i]; i++)
        if (xg_pattern_match(xg_schema[table].extra_rows[i], l))
            return 1;
    return 0;
}

/* First pass: a row whose key only one layout has (政府集中采购, the
 * 2019 （六）其他处理, the 2021 其他处理 items) shows its table's layout. */
static void note_row_layout(state *st, int table, int row)
{
    const xg_table_def *def = &xg_schema[table];
    int i;

    if (!st->gathering || def->rows[row].layout == 0)
        return;
    for (i = 0; i < def->nrows; i++)
        if (i != row && strcmp(def->rows[i].key, def->rows[row].key) == 0)
            return;
    st->evidence[table][layout_index(def->rows[row].layout)]++;
}

/* Reading pass: a label with values that names a row of another layout
 * than its table's is reported, not read. */
static int other_layout_row(state *st, const xg_table *t, int r, const char *l,
                            int *found, xg_error *err)
{
    int table, row, group;

    *found = 0;
    for (table = 0; table < XG_TABLE_COUNT; table++) {
        if (st->gathering || xg_schema[table].rows_in_header)
            continue;
        row = match_row(st, table, 0, l, 1, &group);
        *found = row >= 0 && !xg_schema_row_in_layout(table, row, st->layout[table]);
        if (*found)
            return xg_report_warn(st->report,
                                  "%s/%s: a row of the %s layout in a table read as %s: not read (source table %d, row %d)",
                                  xg_schema[table].key, xg_schema[table].rows[row].key,
                                  xg_layout_name(xg_schema[table].rows[row].layout),
                                  xg_layout_name(st->layout[table]),
                                  xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    }
    return XG_OK;
}

/* Do numbers stand beside some text that is not a number in a
 * paragraph's words W (scan_words): two or more set apart by white space
 * after it ("5.要求行政机关确认或重新出具已
 * 1669 1564") or before it ("1481 1148 1106 二、上年结转…": the first
 * lines of a row's numbers set into its label's line), or digits glued
 * to its last word (glued_digits)?  A last word that is a number alone
 * (316.47) does not; "（一）予以公开" does not. */
static int numbers_beside_label(const word_run *w)
{
    return w->other && (w->lead >= 2 || w->trail >= 1 || (w->trail == 0 && w->glued));
}

/* Keep the label of paragraph TEXT, before the numbers after it (W), as
 * the label of numbers no row took (begun_before): after an item's
 * beginning alone on the row before, what goes on from it (7.属于, then
 * 行政42342 outside the table's rows, then 执法案卷 beside the rest of
 * the numbers: 7.属于行政, begun beside the first line of 423424). */
static int orphan_paragraph(state *st, const char *text, const word_run *w)
{
    char *k = xg_norm_label_n(text, w->trail_at);

    if (k == NULL)
        return XG_ERR_NOMEM;
    if ((xg_strip_numbering(k) != k || !join_keys(st->orphan_label, st->item_begun, k)) &&
        !join_keys(st->orphan_label, "", k))
        st->orphan_label[0] = '\0';
    st->item_begun[0] = '\0';
    free(k);
    return XG_OK;
}

/* A short paragraph among a table's rows may be a label whose row lost its
 * cells: text and PDF forms wrap a long label onto lines of its own, with
 * its numbers on the line after.  It waits for them; it never takes the
 * place of a row read with its own values.  A label with numbers after it
 * in the same paragraph (TEXT) is a row cut from its table (a PDF row
 * below the last rule on its page, its cells' tails on the next): what
 * comes after it is not its numbers, and its own may be cut.  So is one
 * whose digits run into its end, no space between (OCR), and one after
 * numbers (their first lines, set into its line: their tails follow). */
static int read_paragraph_label(state *st, const char *l, const char *text)
{
    int row, group;
    xg_value v;
    word_run w;

    /* a lone number between a table's rows (a digit wrapped out of its
     * cell), or a line of numbers alone (34,4 28,0 … over （七）总计,
     * first lines of numbers set above their label), or a piece of one
     * (11,67 over 1.信访举报投诉类申请 … 9: 11,679): whatever label
     * waits, or comes next, its numbers are no longer certain */
    xg_parse_value(l, &v);
    scan_words(text, &w);
    if (st->table >= 0 && (v.kind == XG_VALUE_NUMBER || v.kind == XG_VALUE_DASH ||
                           (!w.other && w.trail >= 1))) {
        /* 2: a number long enough to be a first line, wrapped (9808
         * over 8.属于行政查询事项 … 2: 98082), not only a tail */
        st->numbers_before = w.most_digits >= FIRST_LINE_DIGITS ? 2
                             : !w.other && w.trail >= 2;
        if (st->pending_table >= 0 &&
            xg_report_warn(st->report, "%s/%s: a stray number \"%s\" stands between the label and its numbers: not read",
                           xg_schema[st->pending_table].key,
                           xg_schema[st->pending_table].rows[st->pending_row].key, l) != 0)
            return XG_ERR_NOMEM;
        st->pending_table = -1;
        st->orphan_values = 1;
        return XG_OK;
    }
    if (st->table < 0 || !st->started[st->table] ||
        xg_schema[st->table].rows_in_header || strlen(l) > 60 * 3) {
        /* before the table's first row, a label's beginning beside
         * numbers (5.要求行政机关80943, then 确认或重新出具已获取信息
         * 9 971 … the first row of the table after it): the row it
         * begins may go on from it */
        if (st->table >= 0 && !st->started[st->table] && strlen(l) <= 60 * 3 &&
            w.other && (w.trail >= 1 || w.glued) && orphan_paragraph(st, text, &w) != XG_OK)
            return XG_ERR_NOMEM;
        return XG_OK;
    }
    row = match_row(st, st->table, st->layout[st->table], l, 0, &group);
    if (w.other && (w.trail >= 1 || w.glued)) {
        /* numbers after a label, or digits glued to it: the next row's
         * label may go on from it (5.要求行政机关确认或 421 659 … over
         * 重新出具已获取信息 6 3 …, the row's first line set outside the
         * table's rows; 5.要求行政机关确认或90711026965645, its lines
         * read into one) */
        if (orphan_paragraph(st, text, &w) != XG_OK)
            return XG_ERR_NOMEM;
        /* beside a piece of a group's name that names no row (理 15 94
         * 58 91, 不予处理 set down its merged cell, over 2.重复申请 37 0
         * 6 …, the cells set at their foot: 1537, 946): the tails of the
         * row before or the first lines of the next row's, whatever
         * their length */
        if (row < 0 && st->table == XG_TABLE_REQUESTS &&
            (group_name_piece(XG_TABLE_REQUESTS, st->orphan_label, 0) ||
             group_start(XG_TABLE_REQUESTS, st->orphan_label, 0)))
            st->numbers_before = NUMBERS_BESIDE_PIECE;
        /* after a label that waits for its numbers (3.危及“三, then
         * 安全一稳 194 876 …, the rest of the label beside the first
         * lines of its numbers, their tails opening the table after):
         * those are no longer certain */
        if (st->pending_table >= 0) {
            if (xg_report_warn(st->report, "%s/%s: numbers beside text after its label stand on a line outside the table's rows: not read",
                               xg_schema[st->pending_table].key,
                               xg_schema[st->pending_table].rows[st->pending_row].key) != 0)
                return XG_ERR_NOMEM;
            st->seen[st->pending_table][st->pending_row] = 1;
            st->refused[st->pending_table][st->pending_row] = 1;
            st->pending_table = -1;
            st->orphan_values = 1;
        }
    }
    if (row < 0) {
        note_group(st, l);
        return XG_OK;
    }
    note_row_layout(st, st->table, row);
    if (st->seen[st->table][row])
        return XG_OK;
    st->group = xg_schema[st->table].rows[row].group ? group : 0;
    if (numbers_beside_label(&w)) {
        st->pending_table = -1;
        st->orphan_values = 1;
        return xg_report_warn(st->report,
                              "%s/%s: its label and numbers stand on a line outside the table's rows: not read",
                              xg_schema[st->table].key,
                              xg_schema[st->table].rows[row].key) != 0 ? XG_ERR_NOMEM : XG_OK;
    }
    if (!st->orphan_values) {
        st->pending_table = st->table;
        st->pending_row = row;
    }
    st->orphan_values = 0;
    return XG_OK;
}

/* The canonical row label L names in any table, the current one first;
 * -1 when none.  Sets *TABLE and *GROUP. */
static int match_any_row(state *st, const char *l, int has_values, int *table,
                         int *group)
{
    int order[XG_TABLE_COUNT], k = 0, j, row = -1;

    if (st->table >= 0)
        order[k++] = st->table;
    for (j = 0; j < XG_TABLE_COUNT; j++)
        if (j != st->table)
            order[k++] = j;
    for (j = 0; j < k && row < 0; j++) {
        *table = order[j];
        row = match_row(st, *table, st->layout[*table], l, has_values, group);
    }
    return row;
}

/* The one row of TABLE (in its layout) whose item label, from its
 * numbering on, begins with the item of label L (from L's last
 * numbering on: 3.要求提供公开出 of 3.要求提供公开出版物), four characters
 * or more past the numbering and short of the whole; -1 when none or
 * more than one. */
static int item_prefix_row(const state *st, int table, const char *l)
{
    const xg_table_def *def = &xg_schema[table];
    size_t at = last_numbering(l), len;
    const char *item;
    int r, found = -1;

    if (at == SIZE_MAX)
        return -1;
    item = l + at;
    len = strlen(item);
    if (strlen(xg_strip_numbering(item)) < 4 * 3)
        return -1;
    for (r = 0; r < def->nrows; r++) {
        const char *n;
        size_t nat;
        int yes;

        if (!xg_schema_row_in_layout(table, r, st->layout[table]))
            continue;
        if ((n = row_key(table, r)) == NULL)
            return -1;
        nat = last_numbering(n);
        yes = nat != SIZE_MAX && strlen(n + nat) > len && strncmp(n + nat, item, len) == 0;
        if (yes && found >= 0)
            return -1;
        if (yes)
            found = r;
    }
    return found;
}

/* ------------------------------------------------------------ loose rows */

static int part_table(int part)
{
    int t;

    for (t = 0; t < XG_TABLE_COUNT; t++)
        if (xg_schema[t].part == part)
            return t;
    return -1;
}

/* A column header's text (总计, 其他, 结果维持 …) in any table. */
static int is_header_cell(const char *l)
{
    int t;

    for (t = 0; t < XG_TABLE_COUNT; t++)
        if (match_col(t, 0, l) != -1 || match_header_row(t, l) >= 0)
            return 1;
    return 0;
}

/* What the label of a loose row says. */
enum { LOOSE_NONE, LOOSE_ROW, LOOSE_UNKNOWN, LOOSE_SEVERAL, LOOSE_DIGITS, LOOSE_HEADING };

/*
 * The label of a loose row: the lines of one text block, a wrapped label
 * or cells of the label column run together.  Header cells among them are
 * left out.  It names a row when its lines together do and no line alone
 * names another ("（七）总计" over "四、结转下年度继续办理" names two).
 * KEY receives the label key (the caller frees it).
 */
static int loose_label(state *st, const char *text, char **key, int *table,
                       int *row, int *group, xg_error *err)
{
    xg_buf joined = {0};
    const char *p = text;
    int line_table = -1, line_row = -1, several = 0, heading = 0, t, g;

    *key = NULL;
    *row = -1;
    while (*p) {
        size_t len = strcspn(p, "\n");
        char *l = xg_norm_label_n(p, len);
        int r;

        if (l == NULL)
            goto nomem;
        if (xg_match_part_heading(l) > 0)
            heading = xg_match_part_heading(l);
        if (l[0] != '\0' && !is_header_cell(l)) {
            if (xg_buf_puts(&joined, l) != 0) {
                free(l);
                goto nomem;
            }
            r = match_any_row(st, l, 1, &t, &g);
            if (r >= 0 && line_row >= 0 && (r != line_row || t != line_table))
                several = 1;
            if (r >= 0) {
                line_table = t;
                line_row = r;
            }
        }
        free(l);
        p += len;
        if (*p == '\n')
            p++;
    }
    if (heading > 0) {
        /* a part heading run into the text above numbers: the part starts,
         * and these numbers are no row's */
        xg_buf_free(&joined);
        *table = part_table(heading);
        return LOOSE_HEADING;
    }
    if (joined.len == 0) {
        xg_buf_free(&joined);
        return LOOSE_NONE;
    }
    *key = xg_buf_steal(&joined);
    if (*key == NULL)
        return xg_error_nomem(err);
    *row = match_any_row(st, *key, 1, table, group);
    if (*row < 0)
        return LOOSE_UNKNOWN;
    if (several || (line_row >= 0 && (line_row != *row || line_table != *table)))
        return LOOSE_SEVERAL;
    if ((*key)[strlen(*key) - 1] >= '0' && (*key)[strlen(*key) - 1] <= '9')
        return LOOSE_DIGITS;
    return LOOSE_ROW;
nomem:
    xg_buf_free(&joined);
    return xg_error_nomem(err);
}

/* The label key of block K when it is a paragraph, else NULL. */
static const char *paragraph_key(const state *st, const xg_doc *doc, size_t k)
{
    return k < xg_doc_block_count(doc) ? st->keys[k] : NULL;
}

/*
 * Where a loose table ends, does a label stand alone, with no numbers
 * after it: the next paragraph, after a group label, or the next two run
 * together (a wrapped label)?  A producer that sets a row's numbers above
 * its label gives "numbers, label, numbers, label": read as labels before
 * numbers, every row would take the next row's numbers, and only the
 * label left over at the end shows it.  An empty row just after the table
 * looks the same, and leaves the table unread too.
 */
static int label_follows(state *st, const xg_doc *doc, size_t b, int *found,
                         xg_error *err)
{
    const char *first, *second, *item;
    xg_buf both = {0};
    size_t k = b + 1;
    int t, g;

    *found = 0;
    for (;;) {
        first = paragraph_key(st, doc, k);
        if (first == NULL || xg_match_part_heading(first) > 0 || is_header_cell(first))
            return XG_OK;
        if (match_any_row(st, first, 1, &t, &g) >= 0) {
            *found = 1;
            return XG_OK;
        }
        /* a group label alone stands before its first item */
        if (find_group(XG_TABLE_REQUESTS, first, &item) == 0 || item[0] != '\0')
            break;
        k++;
    }
    second = paragraph_key(st, doc, k + 1);
    if (second == NULL || match_any_row(st, second, 1, &t, &g) >= 0)
        return XG_OK;
    if (xg_buf_puts(&both, first) != 0 || xg_buf_puts(&both, second) != 0) {
        xg_buf_free(&both);
        return xg_error_nomem(err);
    }
    *found = match_any_row(st, xg_buf_str(&both), 1, &t, &g) >= 0;
    xg_buf_free(&both);
    return XG_OK;
}

/* How many values canonical row ROW of TABLE has. */
static int row_slots(int table, int row)
{
    int c, n = 0;

    for (c = 0; c < xg_schema[table].ncols; c++)
        n += xg_schema_row_has_col(table, row, c);
    return n;
}

/* How many values the appeals line not yet read has. */
static int appeals_slots(const state *st)
{
    int row, n = 0;

    for (row = 0; row < xg_schema[XG_TABLE_APPEALS].nrows; row++)
        if (!st->seen[XG_TABLE_APPEALS][row] && xg_schema[XG_TABLE_APPEALS].rows[row].layout == 0)
            n += row_slots(XG_TABLE_APPEALS, row);
    return n;
}

/* What one loose row holds: its label's reading and how many cells its
 * numbers make (a run of numbers kept as one cell is one). */
typedef struct loose_row {
    int kind, table, row, count;
} loose_row;

static int survey_row(state *st, const xg_table *t, int r, loose_row *lr,
                      xg_error *err)
{
    const xg_cell *label = xg_table_cell_at(t, r, 0);
    int group, c;
    char *key = NULL;

    lr->kind = LOOSE_NONE;
    lr->table = lr->row = -1;
    lr->count = 0;
    for (c = 1; c < xg_table_cols(t); c++) {
        const xg_cell *cell = xg_table_cell_at(t, r, c);

        if (cell != NULL && cell->col == c && cell->row == r)
            lr->count++;
    }
    if (label == NULL)
        return XG_OK;
    lr->kind = loose_label(st, label->text, &key, &lr->table, &lr->row, &group, err);
    free(key);
    return lr->kind < 0 ? lr->kind : XG_OK;
}

/*
 * Before the first row of a loose table: may its rows be read?
 *
 * Its first numbers must have a label of their own, or not be as many as
 * the next row's label wants: numbers no label takes that fit the next
 * label may be that label's, set above it, and then every row would take
 * the next one's (label_follows looks at the other end).
 *
 * And CLEAN tells whether every row is one label and exactly its numbers:
 * a run of numbers too long or too short, kept as one cell, or under text
 * that names no row shows cells out of their rows somewhere in the table.
 * Rows whose numbers the schema can check (a row total) are read anyway
 * and checked; the others only from a clean table.
 */
static int survey_loose(state *st, const xg_table *t, xg_error *err)
{
    loose_row first, lr;
    int r, rc;

    st->loose_ok = !st->loose_label_after;
    st->loose_clean = 1;
    rc = survey_row(st, t, 0, &first, err);
    if (rc != XG_OK)
        return rc;
    if (first.kind != LOOSE_ROW && !(first.kind == LOOSE_NONE && st->table == XG_TABLE_APPEALS)) {
        rc = survey_row(st, t, 1, &lr, err);
        if (rc != XG_OK)
            return rc;
        if (lr.row >= 0 && first.count == row_slots(lr.table, lr.row))
            st->loose_ok = 0;
    }
    for (r = 0; r < xg_table_rows(t); r++) {
        rc = r == 0 ? XG_OK : survey_row(st, t, r, &lr, err);
        if (rc != XG_OK)
            return rc;
        if (r == 0)
            lr = first;
        if (lr.kind == LOOSE_NONE && st->table == XG_TABLE_APPEALS) {
            if (lr.count != appeals_slots(st))
                st->loose_clean = 0;
        } else if (lr.kind != LOOSE_ROW || lr.count != row_slots(lr.table, lr.row)) {
            st->loose_clean = 0;
        }
    }
    return XG_OK;
}

/* Does a row total rule cover TABLE? */
static int has_row_total(int table)
{
    int i;

    for (i = 0; i < xg_rule_count; i++)
        if (xg_rules[i].kind == XG_RULE_ROW_TOTAL && xg_rules[i].table == table)
            return 1;
    return 0;
}

/* The row total rules of TABLE hold on canonical row ROW, a dash counting
 * as nothing; a cell that reads as no number fails them.  With NONZERO,
 * a total of 0 fails too: zeros add up whatever their order. */
static int row_totals_hold(const xg_report *report, int table, int row,
                           int nonzero)
{
    int i, c;

    for (i = 0; i < xg_rule_count; i++) {
        const xg_rule_def *rule = &xg_rules[i];
        int target = xg_schema_col(table, rule->target ? rule->target : "");
        double parts = 0, total = 0;

        if (rule->kind != XG_RULE_ROW_TOTAL || rule->table != table || target < 0)
            continue;
        for (c = 0; c < xg_schema[table].ncols; c++) {
            const xg_cellval *v = xg_report_value_c(report, table, row, c);

            if (!xg_schema_row_has_col(table, row, c))
                continue;
            if (v->kind != XG_VALUE_NUMBER && v->kind != XG_VALUE_DASH)
                return 0;
            if (v->kind == XG_VALUE_NUMBER)
                *(c == target ? &total : &parts) += v->value;
        }
        if (fabs(parts - total) > 1e-9 || (nonzero && total == 0))
            return 0;
    }
    return 1;
}

/*
 * The canonical rows a loose run was just read into (SEEN_BEFORE: which
 * were seen before it): where a row total fails on any of them, the run's
 * cells were not in their places, and none of them is kept.
 */
static int check_loose_run(state *st, const xg_table *t, int r, int table,
                           const int *seen_before, xg_error *err)
{
    int row, c, ok = 1;

    for (row = 0; row < xg_schema[table].nrows; row++)
        if (st->seen[table][row] && !seen_before[row] &&
            !row_totals_hold(st->report, table, row, !st->loose_clean))
            ok = 0;
    if (ok)
        return XG_OK;
    for (row = 0; row < xg_schema[table].nrows; row++) {
        if (!st->seen[table][row] || seen_before[row])
            continue;
        for (c = 0; c < xg_schema[table].ncols; c++) {
            xg_cellval *v = xg_report_value(st->report, table, row, c);

            if (v->found && (v->kind == XG_VALUE_NUMBER || v->kind == XG_VALUE_DASH))
                v->kind = XG_VALUE_TEXT;
        }
        if (xg_report_warn(st->report,
                           st->loose_clean ?
                           "%s/%s: its numbers do not add up to its total, so in text without row breaks they may be out of place (source table %d, row %d): not read" :
                           "%s/%s: among rows out of order, only numbers that add up to a total other than 0 are read (source table %d, row %d): not read",
                           xg_schema[table].key, xg_schema[table].rows[row].key,
                           xg_table_index(t) + 1, r + 1) != 0)
            return xg_error_nomem(err);
    }
    return XG_OK;
}

/*
 * Read the numbers of a loose row into TABLE (ROW, or the appeals line
 * when -1).  Where the schema has row totals, they check the reading, and
 * number lines kept as one cell (see extractors/text.c) are taken apart:
 * a wrapped digit then makes a number too many or a total that fails.
 */
/* The numbers in cells FROM..N, apart at spaces and line breaks, counted
 * up to MAX + 1. */
static int count_pieces(const rowcell *cells, int n, int from, int max)
{
    int i, count = 0;

    for (i = from; i < n && count <= max; i++) {
        const char *p = cells[i].cell->text;

        while (count <= max) {
            p += strspn(p, " \n");
            if (*p == '\0')
                break;
            count++;
            p += strcspn(p, " \n");
        }
    }
    return count;
}

/* Cells FROM..N taken apart into one cell each number (SPLIT, PIECES hold
 * COUNT). */
static int split_pieces(const rowcell *cells, int n, int from, rowcell *split,
                        xg_cell *pieces, int count)
{
    int i, k = 0;

    for (i = from; i < n; i++) {
        const char *p = cells[i].cell->text;

        while (k < count) {
            size_t len;

            p += strspn(p, " \n");
            if (*p == '\0')
                break;
            len = strcspn(p, " \n");
            pieces[k] = *cells[i].cell;
            pieces[k].text = strndup(p, len);
            split[k].cell = &pieces[k];
            split[k].src = cells[i].src;
            split[k].key = pieces[k].text ? xg_norm_label(pieces[k].text) : NULL;
            if (split[k].key == NULL)
                return XG_ERR_NOMEM;
            xg_parse_value_key(pieces[k].text, split[k].key, &split[k].value);
            k++;
            p += len;
        }
    }
    return XG_OK;
}

/*
 * Read the numbers of a loose row into TABLE (ROW, or the appeals line
 * when -1).  Where the schema has row totals, they check the reading, and
 * number lines kept as one cell (see extractors/text.c) are taken apart:
 * a wrapped digit then makes a number too many or a total that fails.
 */
static int read_loose_values(state *st, const xg_table *t, int r, int table,
                             int row, const rowcell *cells, int n, int from,
                             xg_error *err)
{
    int seen_before[64], rc = XG_OK, i, count = 0;
    rowcell *split = NULL;
    xg_cell *pieces = NULL;

    memcpy(seen_before, st->seen[table], sizeof seen_before);
    if (!has_row_total(table)) {
        rc = read_values(st, t, r, table, row, cells, n, from, err);
        goto done;
    }
    count = count_pieces(cells, n, from, XG_MAX_GRID_COLS);
    if (count > XG_MAX_GRID_COLS) {
        /* more numbers than any row has: none of them read */
        count = 0;
        if (xg_report_warn(st->report, "%s/%s: more than %d numbers in one run (source table %d, row %d): not read",
                           xg_schema[table].key, row >= 0 ? xg_schema[table].rows[row].key : "*",
                           XG_MAX_GRID_COLS, xg_table_index(t) + 1, r + 1) != 0)
            rc = xg_error_nomem(err);
        goto done;
    }
    split = calloc((size_t)count + 1, sizeof *split);
    pieces = calloc((size_t)count + 1, sizeof *pieces);
    if (split == NULL || pieces == NULL) {
        count = 0;
        rc = xg_error_nomem(err);
        goto done;
    }
    if (split_pieces(cells, n, from, split, pieces, count) != XG_OK) {
        rc = xg_error_nomem(err);
        goto done;
    }
    rc = read_values(st, t, r, table, row, split, count, 0, err);
    if (rc == XG_OK)
        rc = check_loose_run(st, t, r, table, seen_before, err);
done:
    if (row >= 0)
        st->seen[table][row] = 1;
    for (i = 0; pieces != NULL && i < count; i++)
        free(pieces[i].text);
    if (split != NULL)
        free_row(split, count);
    free(split);
    free(pieces);
    return rc;
}


static int push_named(named_rows *nr, size_t block, int r, int table, int row)
{
    if (nr->n == nr->cap) {
        size_t cap = nr->cap ? nr->cap * 2 : 64;
        named_row *v = realloc(nr->v, cap * sizeof *v);

        if (v == NULL)
            return XG_ERR_NOMEM;
        nr->v = v;
        nr->cap = cap;
    }
    nr->v[nr->n].block = block;
    nr->v[nr->n].row_in_table = r;
    nr->v[nr->n].table = table;
    nr->v[nr->n].row = row;
    nr->v[nr->n].displaced = 0;
    nr->n++;
    return XG_OK;
}

/* Length of the longest strictly increasing run of ROWS[IDX[0..n-1]]
 * ending at each one, into LEN (TAILS: scratch of N). */
static void lis_ending(const named_row *v, const size_t *idx, size_t n, int sign,
                       int *len, int *tails)
{
    size_t i, best = 0;

    for (i = 0; i < n; i++) {
        int x = sign * v[idx[i]].row;
        size_t lo = 0, hi = best;

        while (lo < hi) {
            size_t mid = (lo + hi) / 2;

            if (tails[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        tails[lo] = x;
        if (lo == best)
            best++;
        len[i] = (int)lo + 1;
    }
}

/*
 * Rows are printed in the template's order.  Of the labels of one table
 * named in reading order, those in every longest run in that order stand
 * where their rows stand; any other stands out of place (a label set apart
 * from its row, as a bottom-aligned cell under a tall one comes out), and
 * the numbers after it may be another row's: DISPLACED.
 */
static int mark_displaced(named_rows *nr, int table)
{
    size_t n = 0, i, *idx = NULL;
    int *f = NULL, *g = NULL, *tails = NULL, *count = NULL, rc = XG_OK, best = 0;

    for (i = 0; i < nr->n; i++)
        n += nr->v[i].table == table;
    if (n == 0)
        return XG_OK;
    idx = malloc(n * sizeof *idx);
    f = malloc(n * sizeof *f);
    g = malloc(n * sizeof *g);
    tails = malloc(n * sizeof *tails);
    count = calloc(n + 2, sizeof *count);
    if (idx == NULL || f == NULL || g == NULL || tails == NULL || count == NULL) {
        rc = XG_ERR_NOMEM;
        goto done;
    }
    for (i = 0, n = 0; i < nr->n; i++)
        if (nr->v[i].table == table)
            idx[n++] = i;
    lis_ending(nr->v, idx, n, 1, f, tails);
    /* runs starting at each: decreasing runs ending there, read backwards */
    for (i = 0; i < n / 2; i++) {
        size_t t = idx[i];

        idx[i] = idx[n - 1 - i];
        idx[n - 1 - i] = t;
    }
    lis_ending(nr->v, idx, n, -1, g, tails);
    for (i = 0; i < n / 2; i++) {
        size_t t = idx[i];
        int x = g[i];

        idx[i] = idx[n - 1 - i];
        idx[n - 1 - i] = t;
        g[i] = g[n - 1 - i];
        g[n - 1 - i] = x;
    }
    for (i = 0; i < n; i++)
        if (f[i] > best)
            best = f[i];
    for (i = 0; i < n; i++)
        if (f[i] + g[i] - 1 == best)
            count[f[i]]++;
    for (i = 0; i < n; i++)
        nr->v[idx[i]].displaced = f[i] + g[i] - 1 != best || count[f[i]] != 1;
done:
    free(idx);
    free(f);
    free(g);
    free(tails);
    free(count);
    return rc;
}

/*
 * Before each pass, over the whole document as read_loose_row will see it:
 *
 * A table the schema gives no row total (主动公开) cannot have a reading
 * checked, so from text without row breaks its rows are read only where
 * its whole part reads in order: the part's heading stands as a line of
 * its own, and every run of numbers there has a label of the table right
 * before it and exactly that row's numbers (IN_ORDER[T]).
 *
 * And every loose row whose label named a row is noted with whether it
 * stands out of the template's order (ST->NAMED, see mark_displaced).
 */
static int loose_prepass(state *st, const xg_doc *doc, xg_error *err)
{
    state *scratch = calloc(1, sizeof *scratch);
    size_t b;
    int t, part = 0, rc = XG_OK, r, heading_seen[XG_TABLE_COUNT] = {0};

    if (scratch == NULL)
        return xg_error_nomem(err);
    memcpy(scratch->layout, st->layout, sizeof scratch->layout);
    scratch->table = -1;
    for (t = 0; t < XG_TABLE_COUNT; t++)
        st->in_order[t] = 1;
    for (b = 0; b < xg_doc_block_count(doc) && rc == XG_OK; b++) {
        const xg_block *blk = xg_doc_block(doc, b);

        if (blk->kind == XG_BLOCK_PARAGRAPH) {
            int h = xg_match_part_heading(st->keys[b]);

            if (h > 0) {
                part = h;
                scratch->table = part_table(h);
                scratch->group = 0;
                if (scratch->table >= 0)
                    heading_seen[scratch->table] = 1;
            } else if (strlen(st->keys[b]) <= 60 * 3) {
                note_group(scratch, st->keys[b]);
            }
            continue;
        }
        if (!xg_table_loose(blk->table))
            continue;
        for (r = 0; r < xg_table_rows(blk->table) && rc == XG_OK; r++) {
            const xg_cell *label = xg_table_cell_at(blk->table, r, 0);
            char *key = NULL;
            int kind = LOOSE_NONE, table = -1, row = -1, group = 0, region, c, count = 0;

            for (c = 1; c < xg_table_cols(blk->table); c++) {
                const xg_cell *cell = xg_table_cell_at(blk->table, r, c);

                count += cell != NULL && cell->col == c && cell->row == r;
            }
            if (label != NULL) {
                kind = loose_label(scratch, label->text, &key, &table, &row, &group, err);
                if (kind < 0) {
                    rc = kind;
                    break;
                }
            }
            region = part > 0 ? part_table(part) : -1;
            if (region >= 0 && !has_row_total(region) &&
                (kind != LOOSE_ROW || table != region || count != row_slots(table, row)))
                st->in_order[region] = 0;
            if (kind == LOOSE_HEADING) {
                /* the heading of a part with no table (一、五、六) ends
                 * the table before it */
                part = table >= 0 ? xg_schema[table].part : 0;
                scratch->table = table;
                scratch->group = 0;
                if (table >= 0)
                    st->in_order[table] &= has_row_total(table);
            } else if (kind == LOOSE_UNKNOWN) {
                note_group(scratch, key);
            } else if (kind != LOOSE_NONE && row >= 0) {
                scratch->table = table;
                scratch->group = xg_schema[table].rows[row].group ? group : 0;
                if (push_named(&st->named, b, r, table, row) != XG_OK)
                    rc = xg_error_nomem(err);
            }
            free(key);
        }
    }
    for (t = 0; t < XG_TABLE_COUNT && rc == XG_OK; t++) {
        if (!has_row_total(t) && !heading_seen[t])
            st->in_order[t] = 0;
        if (mark_displaced(&st->named, t) != XG_OK)
            rc = xg_error_nomem(err);
    }
    free(scratch);
    return rc;
}

/* Does the loose row R of the table at block B stand out of place? */
static int displaced(const state *st, size_t b, int r)
{
    size_t lo = 0, hi = st->named.n;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const named_row *v = &st->named.v[mid];

        if (v->block < b || (v->block == b && v->row_in_table < r))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < st->named.n && st->named.v[lo].block == b &&
           st->named.v[lo].row_in_table == r && st->named.v[lo].displaced;
}

/* ----------------------------------------- the appeals line, split */

/* Does KEY (a label key) stand within a header text of the appeals table,
 * a column's or a row's, label or pattern? */
static int within_appeals_header(const char *key)
{
    const xg_table_def *def = &xg_schema[XG_TABLE_APPEALS];
    int i, k;

    for (i = 0; i < def->ncols + def->nrows; i++) {
        const char *label = i < def->ncols ? def->cols[i].label : def->rows[i - def->ncols].label;
        const char *const *patterns = i < def->ncols ? def->cols[i].patterns
                                                     : def->rows[i - def->ncols].patterns;

        if (strstr(label, key) != NULL)
            return 1;
        for (k = 0; k < XG_MAX_PATTERNS && patterns[k] != NULL; k++)
            if (strstr(patterns[k] + (patterns[k][0] == '='), key) != NULL)
                return 1;
    }
    return 0;
}

/* Is TEXT header cells of the appeals table, or pieces of them (narrow
 * columns break 尚未审结 over two lines, and the text sets each line
 * apart): every word of it within one?  1 yes, 0 no, or an error. */
static int appeals_header_text(const char *text)
{
    const char *p = text;
    int words = 0;

    while (*p != '\0') {
        size_t len = strcspn(p, " \t\n");

        if (len > 0) {
            char *key = xg_norm_label_n(p, len);
            int ok;

            if (key == NULL)
                return XG_ERR_NOMEM;
            ok = key[0] != '\0' && within_appeals_header(key);
            free(key);
            if (!ok)
                return 0;
            words++;
        }
        p += len;
        p += strspn(p, " \t\n");
    }
    return words > 0;
}

/* Does TEXT hold the heading of a part other than the appeals table's on
 * a line of its own? */
static int holds_other_heading(const char *text, int *nomem)
{
    const char *p = text;

    while (*p != '\0') {
        size_t len = strcspn(p, "\n");
        char *key = xg_norm_label_n(p, len);
        int h;

        if (key == NULL) {
            *nomem = 1;
            return 0;
        }
        h = xg_match_part_heading(key);
        free(key);
        if (h > 0 && part_table(h) != XG_TABLE_APPEALS)
            return 1;
        p += len;
        p += *p == '\n';
    }
    return 0;
}

/* Where the first of PATTERNS (a row's, '=' left out) stands in TEXT, or
 * -1. */
static long first_of(const char *text, const char *const *patterns)
{
    long first = -1;
    int k;

    for (k = 0; k < XG_MAX_PATTERNS && patterns[k] != NULL; k++) {
        const char *at = strstr(text, patterns[k] + (patterns[k][0] == '='));

        if (at != NULL && (first < 0 || at - text < first))
            first = at - text;
    }
    return first;
}

/* How many times PATTERNS (a column's) stand in TEXT. */
static int count_of(const char *text, const char *const *patterns)
{
    int k, n = 0;

    for (k = 0; k < XG_MAX_PATTERNS && patterns[k] != NULL; k++) {
        const char *pat = patterns[k] + (patterns[k][0] == '='), *at = text;

        while (*pat != '\0' && (at = strstr(at, pat)) != NULL) {
            n++;
            at += strlen(pat);
        }
    }
    return n;
}

/*
 * Text without row breaks: the appeals table's one line of numbers set
 * apart into runs by its header cells, which poppler gives column block by
 * column block ("行政复议 … 审结 / 122 202 17 202 / 未经复议直接起诉 总计 /
 * 543 / …").  Cells of one line come left to right, so its numbers, run
 * after run, are the line's in order, and are read as one when:
 *   - every loose row from the part's heading to the next is numbers
 *     under nothing or under header text only (within the appeals
 *     table's header cells, word by word), with only header text between
 *     them, and no cell of two lines (a wrapped number or a column of
 *     cells stacked: not one line);
 *   - the numbers are exactly the line's (an empty cell leaves no trace);
 *   - the header text names the three groups in the template's order and
 *   - holds a total's header once for each of them: the table has its
 *     columns in groups, not the rows of the other layout, whose cells
 *     come column by column;
 * and, read, their totals add up (check_loose_run).  One run alone is
 * read as it always was (read_loose_row).
 */
static int find_split_appeals(state *st, const xg_doc *doc, xg_error *err)
{
    const xg_table_def *def = &xg_schema[XG_TABLE_APPEALS];
    xg_buf heads = {0};
    size_t b;
    int in_part = 0, after_text = 0, ok = 1, numbers = 0, slots = 0, n = 0, nomem = 0, r, k;
    long at[3];

    st->split_appeals.n = 0;
    for (k = 0; k < def->nrows; k++)
        slots += row_slots(XG_TABLE_APPEALS, k);
    for (b = 0; b < xg_doc_block_count(doc) && ok && !nomem; b++) {
        const xg_block *blk = xg_doc_block(doc, b);
        int h;

        if (blk->kind == XG_BLOCK_PARAGRAPH) {
            /* 行政复议 alone is a heading of the part too */
            h = xg_match_part_heading(st->keys[b]);
            if (h > 0 && part_table(h) != XG_TABLE_APPEALS) {
                if (in_part)
                    break;
                continue;
            }
            if (h > 0 && !in_part) {
                in_part = 1;
                continue;
            }
            if (!in_part)
                continue;
            h = appeals_header_text(blk->text);
            if (h < 0 || (h > 0 && xg_buf_puts(&heads, st->keys[b]) != 0))
                nomem = 1;
            else if (h == 0 && n > 0)
                after_text = 1;
            continue;
        }
        if (!in_part)
            continue;
        if (!xg_table_loose(blk->table)) {
            ok = 0;
            break;
        }
        for (r = 0; r < xg_table_rows(blk->table) && ok && !nomem; r++) {
            const xg_cell *label = xg_table_cell_at(blk->table, r, 0);
            int c;

            if (label != NULL && label->text[0] != '\0') {
                char *key;

                if (holds_other_heading(label->text, &nomem)) {
                    in_part = 0;
                    break;
                }
                h = appeals_header_text(label->text);
                key = h > 0 ? xg_norm_label(label->text) : NULL;
                if (h < 0 || (h > 0 && (key == NULL || xg_buf_puts(&heads, key) != 0)))
                    nomem = 1;
                free(key);
                if (h == 0)
                    ok = 0;
            }
            for (c = 1; c < xg_table_cols(blk->table) && ok; c++) {
                const xg_cell *cell = xg_table_cell_at(blk->table, r, c);
                const char *p;

                if (cell == NULL || cell->col != c || cell->row != r)
                    continue;
                if (strchr(cell->text, '\n') != NULL)
                    ok = 0;
                for (p = cell->text; *p != '\0'; p++)
                    numbers += *p != ' ' && (p == cell->text || p[-1] == ' ');
            }
            if (after_text || numbers > slots || n == SPLIT_APPEALS_MAX)
                ok = 0;
            if (!ok)
                break;
            st->split_appeals.block[n] = b;
            st->split_appeals.table[n] = blk->table;
            st->split_appeals.row[n] = r;
            n++;
        }
        if (!in_part)
            break;
    }
    if (nomem) {
        xg_buf_free(&heads);
        return xg_error_nomem(err);
    }
    for (k = 0; k < 3 && k < def->nrows; k++)
        at[k] = heads.data ? first_of(heads.data, def->rows[k].patterns) : -1;
    if (ok && n >= 2 && numbers == slots && def->nrows == 3 &&
        at[0] >= 0 && at[0] < at[1] && at[1] < at[2] &&
        count_of(heads.data, def->cols[def->ncols - 1].patterns) >= def->nrows)
        st->split_appeals.n = n;
    xg_buf_free(&heads);
    return XG_OK;
}

/* Which loose row of the split appeals line row R of block B is, or -1. */
static int split_appeals_member(const state *st, size_t b, int r)
{
    int k;

    for (k = 0; k < st->split_appeals.n; k++)
        if (st->split_appeals.block[k] == b && st->split_appeals.row[k] == r)
            return k;
    return -1;
}

/* Read the split appeals line (find_split_appeals), each number with the
 * table it stands in. */
static int read_split_appeals(state *st, xg_error *err)
{
    rowcell split[SPLIT_APPEALS_NUMBERS];
    xg_cell pieces[SPLIT_APPEALS_NUMBERS];
    int seen_before[64], count = 0, k, i, rc = XG_OK, clean = st->loose_clean;

    memset(split, 0, sizeof split);
    memset(pieces, 0, sizeof pieces);
    memcpy(seen_before, st->seen[XG_TABLE_APPEALS], sizeof seen_before);
    for (k = 0; k < st->split_appeals.n && rc == XG_OK; k++) {
        const xg_table *t = st->split_appeals.table[k];
        rowcell cells[SPLIT_APPEALS_NUMBERS + 1];
        int n = 0, from, here;

        rc = collect_row(st, t, st->split_appeals.row[k], cells, SPLIT_APPEALS_NUMBERS + 1, &n, err);
        if (rc == XG_OK && n > 0) {
            from = cells[0].cell->col == 0;
            for (i = from; i < n; i++)
                cells[i].src = t;
            /* find_split_appeals counted them: at most the line's */
            here = count_pieces(cells, n, from, SPLIT_APPEALS_NUMBERS - count);
            if (here > SPLIT_APPEALS_NUMBERS - count)
                here = SPLIT_APPEALS_NUMBERS - count;
            if (split_pieces(cells, n, from, split + count, pieces + count, here) != XG_OK)
                rc = xg_error_nomem(err);
            count += here;
        }
        free_row(cells, n);
    }
    if (rc == XG_OK)
        rc = read_values(st, st->split_appeals.table[0], st->split_appeals.row[0],
                         XG_TABLE_APPEALS, -1, split, count, 0, err);
    /* each group's total checks it, 0 too: the groups come in the
     * header's order and a total of 0 is of zeros only */
    st->loose_clean = 1;
    if (rc == XG_OK)
        rc = check_loose_run(st, st->split_appeals.table[0], st->split_appeals.row[0],
                             XG_TABLE_APPEALS, seen_before, err);
    st->loose_clean = clean;
    for (i = 0; i < count; i++)
        free(pieces[i].text);
    free_row(split, count);
    return rc;
}

/* First pass, text without row breaks: its header cells stand as
 * paragraphs, and one naming a column of one layout only shows the
 * current table's layout, as it would in a header row. */
static void note_header_paragraph(state *st, const char *key)
{
    int col;

    if (!st->gathering || st->table < 0)
        return;
    col = match_col(st->table, 0, key);
    if (col >= 0 && xg_schema[st->table].cols[col].layout != 0)
        st->evidence[st->table][layout_index(xg_schema[st->table].cols[col].layout)]++;
}

/* A header line that text kept apart from its table's rows (pdftotext
 * -layout, pandoc's plain tables: 信息内容 本年收费金额（单位：元）): the
 * unit it states over an amount column holds for the numbers read by
 * position after it, as a header row's would. */
static void note_unit_paragraph(state *st, const char *key)
{
    int col;

    if (st->table < 0 || key == NULL)
        return;
    col = match_col(st->table, st->layout[st->table], key);
    if (col >= 0 && xg_schema[st->table].cols[col].kind == XG_COL_AMOUNT &&
        header_unit(key) != XG_UNIT_NONE)
        st->para_unit[st->table] = header_unit(key);
}

/* A row of a loose table: its label (column 0) then its numbers. */
static int read_loose_row(state *st, const xg_table *t, int r, xg_error *err)
{
    rowcell cells[XG_MAX_GRID_COLS];
    int n = 0, rc, kind = LOOSE_NONE, table = -1, row = -1, group = 0, from;
    char *key = NULL;
    const char *why = NULL;

    st->pending_table = -1;
    st->last_table = -1;
    if (r == 0) {
        rc = survey_loose(st, t, err);
        if (rc != XG_OK)
            return rc;
    }
    switch (split_appeals_member(st, st->block, r)) {
    case -1:
        break;
    case 0:
        return read_split_appeals(st, err);
    default:
        return XG_OK;           /* read with the first */
    }
    rc = collect_row(st, t, r, cells, XG_MAX_GRID_COLS, &n, err);
    if (rc != XG_OK || n == 0)
        goto done;
    from = cells[0].cell->col == 0;
    if (from) {
        kind = loose_label(st, cells[0].cell->text, &key, &table, &row, &group, err);
        if (kind < 0) {
            rc = kind;
            goto done;
        }
    }
    if (!has_values(cells, n, from))
        goto done;
    if (kind == LOOSE_NONE) {
        /* numbers under header cells only: the appeals line */
        if (st->table == XG_TABLE_APPEALS && st->loose_ok)
            rc = read_loose_values(st, t, r, XG_TABLE_APPEALS, -1, cells, n, from, err);
        goto done;
    }
    if (kind == LOOSE_HEADING) {
        st->table = table;
        st->group = 0;
        st->in_header = 0;
        goto done;
    }
    if (kind == LOOSE_UNKNOWN) {
        note_group(st, key);
        goto done;
    }
    note_row_layout(st, table, row);
    st->table = table;
    st->started[table] = 1;
    st->group = xg_schema[table].rows[row].group ? group : 0;
    st->loose_named = 1;
    if (row_found(st, table, row))
        why = "row found again";
    else if (kind == LOOSE_SEVERAL)
        why = "its label runs into another row's label";
    else if (kind == LOOSE_DIGITS)
        why = "a number stands on its label's line";
    else if (displaced(st, st->block, r))
        why = "its label stands out of the order of the report's rows";
    else if (!st->loose_ok || (!has_row_total(table) && (!st->loose_clean || !st->in_order[table])))
        why = "labels and numbers around it are not in row order";
    if (why != NULL) {
        if (xg_report_warn(st->report, "%s/%s: %s (source table %d, row %d): not read",
                           xg_schema[table].key, xg_schema[table].rows[row].key, why,
                           xg_table_index(t) + 1, r + 1) != 0)
            rc = xg_error_nomem(err);
        goto done;
    }
    st->in_header = 0;
    rc = read_loose_values(st, t, r, table, row, cells, n, from, err);
done:
    free(key);
    free_row(cells, n);
    return rc;
}

/* Is END a piece of WHOLE after its beginning, and does BEFORE (LB
 * bytes) end with all of WHOLE before that piece, or with at least
 * MIN_BEGUN_BYTES of its end (the label wrapped over three lines and
 * more, its beginning on a line above BEFORE: 2.其他 法律行 over 开 政法规
 * over 禁止公开)? */
static int begins_before(const char *whole, const char *end, const char *before,
                         size_t lb)
{
    const char *at;

    for (at = strstr(whole + 1, end); at != NULL; at = strstr(at + 1, end)) {
        size_t p = (size_t)(at - whole), q = 0;

        while (q < p && q < lb && before[lb - 1 - q] == whole[p - 1 - q])
            q++;
        if (q == p || q >= MIN_BEGUN_BYTES)
            return 1;
    }
    return 0;
}

/* Does a digit or a numeral of an item's numbering (xg_numeral_run: 一 …
 * 十, not U+FFFD) begin P (LEN bytes)? */
static int numeral_at(const char *p, size_t len)
{
    size_t adv;
    unsigned cp;

    if (len == 0)
        return 0;
    cp = xg_utf8_decode(p, len, &adv);
    return digit_cp(cp) || (cp != 0xFFFD && xg_numeral_run(p) > 0);
}

/* Does label key L hold two numberings of one kind (一、 and 二、, 1. and
 * 2.; not (三) and (二), a group's and its item's): the labels of two rows
 * in one cell (a ruled table whose rules between rows were not found:
 * 一、本 二、上 三、 (一) beside 6988 over 2326 over 365)? */
static int two_numberings(const char *l)
{
    size_t len = strlen(l), i = 0, prev = SIZE_MAX, adv;
    int seen[4] = {0};

    while (i < len) {
        unsigned cp = xg_utf8_decode(l + i, len - i, &adv);
        int after_numeral = prev != SIZE_MAX &&
                            (l[prev] == '(' || numeral_at(l + prev, len - prev));

        if (!after_numeral && xg_strip_numbering(l + i) != l + i &&
            strncmp(l + i, "第", 3) != 0 &&
            (cp == '(' ? numeral_at(l + i + 1, len - i - 1) : numeral_at(l + i, len - i))) {
            int kind = cp == '(' ? 1 : digit_cp(cp) ? 3 : 2;

            /* (三)本年度办理结果(二)部分公开: a group's and its item's */
            if (kind != 1 && seen[kind]++)
                return 1;
        }
        prev = i;
        i += adv;
    }
    return 0;
}

/* Do the lines of the label cells (CELLS before FROM) name two rows of
 * the active table: two rows' labels in one cell (行政强制 over 信息内容
 * over 行政事业性收费, a table with no rules whose rows ran together)?
 * (The requests table's labels wrap over lines that name a group and its
 * item: two_numberings tells there.) */
static int lines_name_two_rows(const state *st, const rowcell *cells, int from)
{
    int i, first = -1, group;
    char prev[MAX_LABEL_BYTES + 1] = "";

    for (i = 0; i < from; i++) {
        const char *line = cells[i].cell != NULL ? cells[i].cell->text : "";

        while (*line != '\0') {
            char *k = next_line_key(&line);
            int row = -1;

            if (k != NULL && *k != '\0')
                row = match_row(st, XG_TABLE_ACTIVE, st->layout[XG_TABLE_ACTIVE], k, 1, &group);
            /* or with the line before, naming none alone (行政事业性
             * over 收费) */
            if (row < 0 && k != NULL && prev[0] != '\0') {
                char joined[MAX_LABEL_BYTES + 1];

                if (join_keys(joined, prev, k))
                    row = match_row(st, XG_TABLE_ACTIVE, st->layout[XG_TABLE_ACTIVE], joined,
                                    1, &group);
            }
            if (k == NULL || row >= 0 || !join_keys(prev, "", k))
                prev[0] = '\0';
            free(k);
            if (row >= 0 && first >= 0 && row != first)
                return 1;
            if (row >= 0)
                first = row;
        }
    }
    return 0;
}

/* Is LABEL, which names row ROW of TABLE, a piece of the row's label
 * (after its group's) whose beginning ends BEFORE, the label of the row
 * before, which had numbers and named no row ("属于" beside 4093 over
 * "行政执法案卷" beside 1: 7.属于行政执法案卷 wrapped, its numbers too;
 * "2.申请人逾期" beside 961 over "未按收费通知要求缴纳费" beside 06, the
 * label going on below)? */
static int begun_before_as_is(int table, int row, const char *label,
                              const char *before)
{
    const char *full = row_key(table, row), *whole, *end;
    size_t lw, le, lb = strlen(before), skip = 0;
    int yes = 0;

    end = item_part(table, label);
    if (full == NULL || lb == 0)
        return 0;
    whole = xg_strip_numbering(full);
    lw = strlen(whole);
    le = strlen(end);
    /* the rest of the label is the end of the whole; what it lacks
     * ends the label before.  A piece of its group's name may come
     * first, wrapped in its narrow column ("处" of 不予处理 over
     * 大量反复申请, the row before "予" over 4.无正当理由) */
    for (;;) {
        if (le > 0 && le < lw && begins_before(whole, end, before, lb)) {
            yes = 1;
            break;
        }
        if (++skip > le || skip > MAX_GROUP_PIECE)
            break;
        while (skip < le && ((unsigned char)end[skip] & 0xC0) == 0x80)
            skip++;
        if (!leading_group_piece(table, row, end, skip))
            continue;
        end += skip;
        le -= skip;
        skip = 0;
    }
    /* or BEFORE ends with the beginning of the item, numbered, that
     * LABEL does not hold: the rest may be worded otherwise ("1.申请人
     * 无正当理" then "由逾期不补正、行政机关不再受理其…", 受理 for 处理) */
    if (!yes && last_numbering(before) != SIZE_MAX) {
        const char *begun = last_numbered(before), *item = last_numbered(whole);
        size_t lg = strlen(begun), at = last_numbering(before), ln = (size_t)(whole - full);
        /* under the row's own numbering a character tells it (3.补正,
         * then 后申 outside the table at the next page's top, then
         * 请内容仍不明确) */
        int own = ln > 0 && (size_t)(begun - before) - at == ln &&
                  strncmp(before + at, full, ln) == 0;

        /* (or the item's own, after its group's: 1.属于 beside 40879
         * 17008, then 国家秘密 beside 1 6069 …) */
        if (!own) {
            size_t fat = last_numbering(full), li;

            li = fat != SIZE_MAX ? (size_t)(xg_strip_numbering(full + fat) - (full + fat)) : 0;
            own = li > 0 && (size_t)(begun - before) - at == li &&
                  strncmp(before + at, full + fat, li) == 0;
        }
        yes = (lg >= MIN_BEGUN_BYTES || (own && lg > 0)) && lg < strlen(item) &&
              strncmp(item, begun, lg) == 0 && strstr(label, begun) == NULL;
    }
    /* or BEFORE ends with the item's numbering alone, LABEL its words
     * without it: a grid row cut by a page break, its numbering and the
     * first lines of its numbers left at the page's foot (5. beside 3 5
     * 8 … 96, then 要求行政机关确认或重新出具已获取信息 beside 3 54076 …
     * on the next page: 53, 854076), after the whole name of the group
     * holding its group, from a merged cell beside each (三、本年度办理结果
     * (二) beside 5 7 1 7 17 at a page's foot, then 三、本年度办理结果部分
     * 公开(区分处理的… beside 32 91 2430 atop the next: 732, 191, 72430) */
    if (!yes) {
        label = past_container(table, label);
        end = item_part(table, label);
    }
    if (!yes && whole > full && strcmp(end, whole) == 0 &&
        last_numbering(label) == SIZE_MAX) {
        size_t at = last_numbering(before), ln = (size_t)(whole - full);

        /* (二) read from its numeral on: its bracket is the numbering's */
        if (at != SIZE_MAX && at > 0 && before[at - 1] == '(')
            at--;
        yes = at != SIZE_MAX && *xg_strip_numbering(before + at) == '\0' &&
              lb - at == ln && strncmp(before + at, full, ln) == 0;
    }
    return yes;
}

/* begun_before_as_is, BEFORE also read without a piece of the row's
 * group's name at its end (3.补正后 over 供, （四）无法提供 set down its
 * merged cell beside them, read into one cell: 3.补正后供) */
static int begun_before(int table, int row, const char *label,
                        const char *before)
{
    size_t lb = strlen(before), at;
    int yes = begun_before_as_is(table, row, label, before);

    for (at = lb > MAX_GROUP_PIECE ? lb - MAX_GROUP_PIECE : 1; !yes && at < lb; at++) {
        char *cut;

        if (((unsigned char)before[at] & 0xC0) == 0x80 ||
            !group_piece_of_row(table, row, before + at))
            continue;
        if ((cut = strndup(before, at)) == NULL)
            return 1;       /* (no memory: the row is not read) */
        yes = begun_before_as_is(table, row, label, cut);
        free(cut);
        break;
    }
    return yes;
}

/* Does a label cell among the first FROM cells of row R start on R
 * (not merged down from a row above) and hold text? */
static int own_label(const rowcell *cells, int from, int r)
{
    int i;

    for (i = 0; i < from; i++)
        if (cells[i].src == NULL && cells[i].cell->row == r && cells[i].key[0] != '\0')
            return 1;
    return 0;
}

/* The rows of the appeals table read so far, one bit each. */
static unsigned appeals_seen(const state *st)
{
    unsigned bits = 0;
    int k;

    for (k = 0; k < xg_schema[XG_TABLE_APPEALS].nrows && k < 32; k++)
        if (st->seen[XG_TABLE_APPEALS][k])
            bits |= 1u << k;
    return bits;
}

/* How many cells of row R of source table T hold words, then a last
 * line of digits alone (维 over 持 over 596: a header's words, and the
 * first line of a number wrapped under them)? */
static int digits_ending_cells(const xg_table *t, int r)
{
    int c, k = 0;

    for (c = 0; c < xg_table_cols(t); c++) {
        const xg_cell *cell = xg_table_cell_at(t, r, c);
        const char *last, *p;
        int words = 0;

        if (cell == NULL || cell->row != r || cell->col != c ||
            (last = strrchr(cell->text, '\n')) == NULL || last[1] == '\0')
            continue;
        for (p = last + 1; *p >= '0' && *p <= '9'; p++)
            ;
        if (*p != '\0')
            continue;
        for (p = cell->text; p < last && !words; p++)
            words = (unsigned char)*p >= 0x80;
        k += words;
    }
    return k;
}

/* Read a line of appeals numbers under no label (CELLS, N).  Not after
 * such a line that was not read: this one may hold its tails (732 39 …
 * 10 289 997, then 52 399 422 …, then 1 57 … 3 5 7: a ruled table whose
 * rules were lost, its numbers wrapped in narrow cells).  Nor right
 * under the line read, whose numbers may go on here (it is unread), nor
 * under header cells that end with digits (digits_ending_cells). */
static int read_appeals_line(state *st, const xg_table *t, int r,
                             const rowcell *cells, int n, int numbers_before,
                             xg_error *err)
{
    unsigned before = appeals_seen(st), rows;
    const colmap *m = &st->maps[XG_TABLE_APPEALS];
    int rc, how;

    /* after a row found by its label (行政复议, 复议后起诉 …, each a
     * row), under a header that names no row: numbers under no label are
     * the tails or first lines of the rows around them (785 over 8, 929
     * over 66), no row of their own */
    if (st->appeals_labelled && !(m->valid && header_names_row(m, -1, 1)))
        return xg_report_warn(st->report,
                              "appeals/*: numbers under no label, under a header that names no row, may be the tails or the first lines of the rows around them (source table %d, row %d): not read",
                              xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    if (st->appeals_unread)
        return xg_report_warn(st->report,
                              "appeals/*: numbers under a line of numbers not read may be its tails, wrapped (source table %d, row %d): not read",
                              xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    /* under a paragraph of numbers alone, a line of the table's cells
     * left out of it (8320 561 38432985506 … atop a page, two lines read
     * into one, then 9 9 4 … under 2985, 4243, 8492: 29859, 42439):
     * those may be the first lines of these */
    if (numbers_before) {
        st->appeals_unread = 1;
        return xg_report_warn(st->report,
                              "appeals/*: numbers alone on the line above, outside the table, may be the first lines of these, wrapped (source table %d, row %d): not read",
                              xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    }
    /* right under the line read (4 over 4 over 8 …: 44837 a digit a
     * line in a narrow column): that line's numbers may go on here */
    if (st->appeals_from == t && st->appeals_row == r - 1 &&
        st->appeals_rows != 0) {
        int k;

        for (k = 0, rc = XG_OK; k < 32 && rc == XG_OK; k++)
            if (st->appeals_rows >> k & 1u)
                rc = unread_row(st, XG_TABLE_APPEALS, k, 0, t, r,
                                "numbers on the next line may be its tails, wrapped", err);
        st->appeals_from = NULL;
        st->appeals_rows = 0;
        st->appeals_unread = 1;
        return rc;
    }
    if (r > 0 && digits_ending_cells(t, r - 1) >= 2) {
        st->appeals_unread = 1;
        return xg_report_warn(st->report,
                              "appeals/*: the header's cells right above end with numbers under their words, which may be the first lines of these, wrapped (source table %d, row %d): not read",
                              xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    }
    /* at the top or the foot of a page whose text runs past its edge
     * there (71084 at a page's foot, its 4 cut off the next one's top) */
    if ((how = cut_off_cells(cells, n, 0)) != 0) {
        st->appeals_unread = 1;
        return xg_report_warn(st->report,
                              "appeals/*: numbers %s (source table %d, row %d): not read",
                              cut_off_where(how), xg_table_index(t) + 1, r + 1) != 0 ? xg_error_nomem(err) : XG_OK;
    }
    rc = read_values(st, t, r, XG_TABLE_APPEALS, -1, cells, n, 0, err);
    rows = appeals_seen(st) & ~before;
    /* the table's first line, with a cell of numbers apart at a space
     * (526 215) in a table whose columns were found from its text: its
     * other numbers may stand in their neighbours' columns (18 968 74 968
     * after an empty one at the left), and the lines after it are not
     * read either */
    if (rc == XG_OK && before == 0 && rows != 0 && xg_table_open(t) &&
        apart_in_cell(cells, n, 0)) {
        int k;

        for (k = 0; k < 32 && rc == XG_OK; k++)
            if (rows >> k & 1u)
                rc = unread_row(st, XG_TABLE_APPEALS, k, 0, t, r,
                                "a cell of its line holds numbers apart at a space: its columns were not found, and its other numbers may stand in their neighbours'", err);
        rows = 0;
    }
    st->appeals_unread = rows == 0;
    st->appeals_from = rows != 0 ? t : NULL;
    st->appeals_row = r;
    st->appeals_rows = rows;
    return rc;
}

/* Unread row ROW of TABLE, whose numbers a later row showed may go on
 * there (WHY, at grid row R of T), and with it row TAILS_ROW of
 * TAILS_TABLE (if not -1), read on the line before it, where a number
 * here (CELLS, N, values from FROM) stands under an empty cell of ROW:
 * ROW's numbers, each shorter than the number over it, may then be that
 * row's tails, and the first lines of ROW's own stand here, one of them
 * longer than the number over it (873 over 87 beside 5.属于三类…, then
 * 750 beside 开 under its empty cell, 358 under 87; not 46 1968 under 87
 * and an empty cell: ROW's tails and a number of one line). */
static int unread_wrapped(state *st, int table, int row, int tails_table,
                          int tails_row, const xg_table *t, int r,
                          const rowcell *cells, int n, int from,
                          const char *why, xg_error *err)
{
    int rc = unread_row(st, table, row, 0, t, r, why, err);

    if (rc == XG_OK && tails_table >= 0 &&
        under_kind(st, table, row, t, cells, n, from, XG_VALUE_EMPTY) &&
        longer_than_above(t, r, cells, n, from))
        rc = unread_row(st, tails_table, tails_row, 0, t, r,
                        "numbers under its own on the next row may be its tails, wrapped, that row's numbers going on below them", err);
    return rc;
}

/* The most digits a line of column COL of source table T holds: the
 * first line of a number wrapped in its cell (a joined one's first_digits,
 * or digits alone over more digits); 0 where none wraps: nothing tells. */
static int line_fill(const xg_table *t, int col)
{
    int r, most = 0;

    for (r = 0; r < xg_table_rows(t); r++) {
        const xg_cell *c = xg_table_cell_at(t, r, col);
        const char *nl;
        int head;

        if (c == NULL || c->row != r || c->col != col)
            continue;
        head = c->first_digits;
        if (head == 0 && (nl = strchr(c->text, '\n')) != NULL &&
            first_line_digits(c->text) == (int)(nl - c->text) && count_digits(nl + 1) > 0)
            head = first_line_digits(c->text);
        if (head > most)
            most = head;
    }
    return most;
}

/* Does a cell of row R of source table T (CELLS, N, values from FROM)
 * hold two lines whose first is digits alone, fewer than the number
 * over it on the row before has (1 over 0 under 3459), or one line of
 * them under a number as long as the column's lines run (91 under 2293),
 * and another such cell of two lines stand under an empty one (8237 over
 * 3864): the first line may be a line of that row's, its tails and
 * numbers set low in their cells, not this row's first lines? */
static int tail_over_pair(const xg_table *t, int r, const rowcell *cells,
                          int n, int from)
{
    int i, tail = 0, low = 0;

    for (i = from; i < n; i++) {
        const char *text, *nl;
        const xg_cell *above;
        int head, fill;

        if (cells[i].src != NULL || cells[i].cell == NULL || r == 0)
            continue;
        text = cells[i].cell->text;
        nl = strchr(text, '\n');
        head = first_line_digits(text);
        above = xg_table_cell_at(t, r - 1, cells[i].cell->col);
        if (nl == NULL && digit_lines_n(text, 1) && above != NULL &&
            above->first_digits == 0 && strchr(above->text, '\n') == NULL &&
            count_digits(above->text) > head &&
            (fill = line_fill(t, cells[i].cell->col)) > 0 && count_digits(above->text) >= fill) {
            tail = 1;               /* 91 alone under 2293, a full line */
            continue;
        }
        if (nl == NULL || head == 0 || head != (int)(nl - text) ||
            count_digits(nl + 1) == 0)
            continue;
        if (above == NULL || above->text[0] == '\0')
            low = 1;
        else if (strchr(above->text, '\n') == NULL &&
                 count_digits(above->text) > head)
            tail = 1;
    }
    return tail && low;
}

/* Warn of each empty cell of row ROW of TABLE, read from row R of T,
 * under a cell of two lines of digits that no number reads (5260 over 31:
 * the 31 may be this row's, its cell of two paragraphs, the number and an
 * empty one, set at the foot, a line higher than its others). */
static int warn_under_pair(state *st, const xg_table *t, int r, int table,
                           int row, xg_error *err)
{
    int c;

    for (c = 0; c < xg_schema[table].ncols && r > 0; c++) {
        const xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *above;
        const char *nl;

        if (read_from(v, XG_VALUE_EMPTY, t, r) == NULL)
            continue;
        above = xg_table_cell_at(t, r - 1, v->src_col);
        nl = above != NULL ? strchr(above->text, '\n') : NULL;
        if (nl == NULL || count_digits(nl + 1) == 0 || first_line_digits(above->text) == 0)
            continue;
        if (xg_report_warn(st->report,
                           "%s/%s/%s: its cell is empty under a cell of two numbers (\"%s\"), the second of which may be its own, set a line higher (source table %d, row %d, column %d)",
                           xg_schema[table].key, xg_schema[table].rows[row].key,
                           xg_schema[table].cols[c].key, above->text,
                           xg_table_index(t) + 1, r + 1, v->src_col + 1) != 0)
            return xg_error_nomem(err);
    }
    return XG_OK;
}

/* Was a number read for row ROW of TABLE (not refused)? */
static int row_has_number(state *st, int table, int row)
{
    int c;

    for (c = 0; c < xg_schema[table].ncols; c++)
        if (xg_report_value(st->report, table, row, c)->kind == XG_VALUE_NUMBER)
            return 1;
    return 0;
}

/* Warn of each empty cell read (values null) under a number of a source
 * row no value was read from (2902 at the foot of the header's cells,
 * over 一、本年新收… 46086 73266 712 with two cells empty; 0 21 beside the
 * last line of a row refused, over 6.属于四类过程性信息 678 0 0 with two
 * cells empty): cells of several paragraphs, the number set a line
 * higher than the row's others, may be its.  Once all is read: a row
 * refused after says so itself. */
static int warn_empty_under_unread(state *st, const xg_doc *doc, xg_error *err)
{
    size_t b;

    for (b = 0; b < xg_doc_block_count(doc); b++) {
        const xg_table *src = xg_doc_block(doc, b)->table;
        int t, row, c;

        if (src == NULL)
            continue;
        for (t = 0; t < XG_TABLE_COUNT; t++)
            for (row = 0; row < xg_schema[t].nrows; row++)
                for (c = 0; c < xg_schema[t].ncols; c++) {
                    const xg_cellval *v = xg_report_value(st->report, t, row, c);
                    const xg_cell *above;
                    xg_value num;

                    if (read_from(v, XG_VALUE_EMPTY, src, v->src_row) == NULL ||
                        v->src_row == 0 || !row_has_number(st, t, row))
                        continue;
                    above = xg_table_cell_at(src, v->src_row - 1, v->src_col);
                    if (above == NULL || above->row + above->rowspan != v->src_row)
                        continue;
                    xg_parse_value(above->text, &num);
                    if (num.kind != XG_VALUE_NUMBER || src_read_any(st, src, v->src_row - 1))
                        continue;
                    if (xg_report_warn(st->report,
                                       "%s/%s/%s: its cell is empty under a number no row was read from (\"%s\"), which may be its own, set a line higher (source table %d, row %d, column %d)",
                                       xg_schema[t].key, xg_schema[t].rows[row].key,
                                       xg_schema[t].cols[c].key, above->text,
                                       xg_table_index(src) + 1, v->src_row + 1,
                                       v->src_col + 1) != 0)
                        return xg_error_nomem(err);
                }
    }
    return XG_OK;
}

/* Is TEXT digits a line, one each, on two lines or more (3 over 3)? */
static int digit_a_line(const char *text)
{
    size_t i, n = strlen(text);

    if (n < 3 || n % 2 == 0)
        return 0;
    for (i = 0; i < n; i++)
        if (i % 2 == 0 ? !(text[i] >= '0' && text[i] <= '9') : text[i] != '\n')
            return 0;
    return 1;
}

/* Does no cell of column COL of source table T hold two digits side by
 * side: a column a digit wide? */
static int digit_wide_column(const xg_table *t, int col)
{
    int r;

    for (r = 0; r < xg_table_rows(t); r++) {
        const xg_cell *cell = xg_table_cell_at(t, r, col);
        const char *p;

        for (p = cell != NULL ? cell->text : ""; *p != '\0'; p++)
            if (p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9')
                return 0;
    }
    return 1;
}

/* Unread each number of one digit of row ROW of TABLE, read from row R
 * of T, beside two cells or more of digits a line, one each (3 over 3, 2
 * over 1: numbers set in columns a digit wide, a digit a line, across the
 * rows): it may be a piece of such a number too (2 of 95512).  Not a 0,
 * the most common value of all, which begins no number. */
static int unread_digit_alone(state *st, const xg_table *t, int r, int table,
                              int row, xg_error *err)
{
    int c, stacks = 0;

    for (c = 0; c < xg_schema[table].ncols; c++) {
        const xg_cell *cell = read_from(xg_report_value(st->report, table, row, c),
                                        XG_VALUE_TEXT, t, r);

        stacks += cell != NULL && digit_a_line(cell->text);
    }
    for (c = 0; c < xg_schema[table].ncols && stacks >= 2; c++) {
        xg_cellval *v = xg_report_value(st->report, table, row, c);
        const xg_cell *cell = read_from(v, XG_VALUE_NUMBER, t, r);

        if (cell == NULL || strlen(cell->text) != 1 || cell->text[0] == '0' ||
            !digit_wide_column(t, v->src_col))
            continue;
        if (unread_value(st, table, row, c, "a digit alone ", cell->text,
                         " beside cells of digits set a line each, which may be a piece of a number set so too",
                         xg_table_index(t), r, v->src_col, err) != XG_OK)
            return XG_ERR_NOMEM;
    }
    return XG_OK;
}

/* Is the label of a row (its first FROM CELLS), less the pieces of a
 * group that holds groups set down its own column (度 of 本年度办理结果),
 * the start of a group's numbering cut short ((三 of （三）不予公开, its
 * rest )不 beside the next row's label)?  With WHOLE, the start of a
 * group's label, its numbering whole (（三） beside 果, 不予公 beside
 * the next row's). */
static int numbering_piece_beside(const rowcell *cells, int from, int whole)
{
    char l[MAX_LABEL_BYTES + 1];
    size_t len = 0;
    int i;

    for (i = 0; i < from; i++) {
        size_t k = strlen(cells[i].key);

        if (group_name_piece(XG_TABLE_REQUESTS, cells[i].key, 1))
            continue;
        if (len + k > MAX_LABEL_BYTES)
            return 0;
        memcpy(l + len, cells[i].key, k);
        len += k;
    }
    l[len] = '\0';
    /* and such a piece run into the cell's start (果（三）) */
    for (i = 0; i <= (int)len && i <= MAX_GROUP_PIECE; i++) {
        const char *rest = l + i;
        char c;

        if (((unsigned char)l[i] & 0xC0) == 0x80)
            continue;
        c = l[i];
        l[i] = '\0';
        if (i > 0 && !group_name_piece(XG_TABLE_REQUESTS, l, 1)) {
            l[i] = c;
            continue;
        }
        l[i] = c;
        if (whole ? group_label_cut(XG_TABLE_REQUESTS, rest, 1)
                  : numbering_piece(XG_TABLE_REQUESTS, rest, 0))
            return 1;
    }
    return 0;
}

/* Is key K pieces of a numbering alone: brackets, numerals, marks (（, 四,
 * ）, 三、 of （四） and 三、 set down a narrow merged cell a character a
 * line)? */
static int numbering_fragment(const char *k)
{
    static const char *const marks[] = {
        "（", "）", "(", ")", "、", ".", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"
    };
    size_t i;

    if (*k == '\0')
        return 0;
    while (*k != '\0') {
        for (i = 0; i < sizeof marks / sizeof *marks; i++)
            if (strncmp(k, marks[i], strlen(marks[i])) == 0)
                break;
        if (i == sizeof marks / sizeof *marks)
            return 0;
        k += strlen(marks[i]);
    }
    return 1;
}

/* The key of the lines of a row's last label cell (CELLS, FROM) after
 * those at its top that are pieces of a group's or container's name or
 * numbering, one or more, into OUT (三、 over 四 over 相关政府信息:
 * 1.本机关不掌握's rest, beside pieces of 三、本年度办理结果 and （四）无法
 * 提供 set down their narrow merged cells, the three in one cell; 理 over
 * 关不再受理其政府信息公 over 开申请: 2.申请人逾期未按…'s rest, over two
 * lines), or after label cells before it that hold such pieces alone;
 * else OUT stays empty.  1 when memory runs out. */
static int rest_after_pieces(const rowcell *cells, int from, xg_buf *out)
{
    const char *line, *at;
    char *k;
    int pieces = 0, piece = 1, nomem, i;

    if (from <= 0 || cells[from - 1].cell == NULL)
        return 0;
    /* the label cells before it, where each line of them is a group's or
     * container's numbering or start (三、 in the groups' column beside
     * 情形，不计其他情形）, the rest of （二）部分公开（区分处理的，只计这一
     * in the items'; not a later piece of a name: 开 of 不予公开 beside
     * 公开, that piece's numbers tails of the row before it) */
    for (i = 0; i < from - 1; i++)
        for (line = cells[i].cell != NULL ? cells[i].cell->text : ""; *line != '\0';) {
            if ((k = next_line_key(&line)) == NULL)
                return 1;
            piece = *k == '\0' || numbering_fragment(k) ||
                    group_start(XG_TABLE_REQUESTS, k, 1);
            pieces += *k != '\0';
            free(k);
            if (!piece)
                return 0;
        }
    for (line = cells[from - 1].cell->text; piece && strchr(line, '\n') != NULL;) {
        at = line;
        if ((k = next_line_key(&line)) == NULL)
            return 1;
        piece = numbering_fragment(k) || group_start(XG_TABLE_REQUESTS, k, 1) ||
                group_name_piece(XG_TABLE_REQUESTS, k, 0);
        free(k);
        if (piece)
            pieces++;
        else
            line = at;
    }
    if (pieces == 0 || *line == '\0')
        return 0;
    while (*line != '\0') {
        if ((k = next_line_key(&line)) == NULL)
            return 1;
        nomem = xg_buf_puts(out, k) != 0;
        free(k);
        if (nomem)
            return 1;
    }
    return 0;
}

/* How many of CELLS [0, FROM) end with a line of numbers alone under
 * lines of text (总 over 计 over 90)? */
static int numbers_ending_cells(const rowcell *cells, int from)
{
    int i, k = 0;

    for (i = 0; i < from; i++) {
        const char *nl = cells[i].cell != NULL ? strrchr(cells[i].cell->text, '\n') : NULL;

        k += nl != NULL && numbers_alone(nl + 1);
    }
    return k;
}

/* Keep LABEL, beside numbers and naming no row, as the label they stand
 * beside (begun_before).  Not numbered itself, it goes on from BEFORE,
 * the label kept on the row before, and PARAS, the pieces between
 * (5.属于三, 类 beside 5 8, 内, 部事, then 务 信 息 6. 属 于 四 alone, then
 * 类 beside 23 5 5 5: …6.属于四类), as much as fits, its end kept.
 * Digits run into the label's cell after it (2.申请人逾期 344 beside
 * 1352 …: the row's first number, its column not found) are no part of
 * it. */
static void keep_orphan_label(state *st, const char *label, const char *before,
                              const char *paras)
{
    char join[3 * MAX_LABEL_BYTES + 1];
    size_t len, skip = 0;

    if (last_numbering(label) != SIZE_MAX)
        before = paras = "";
    snprintf(join, sizeof join, "%s%s%s", before, paras, label);
    len = strlen(join);
    while (len > 0 && join[len - 1] >= '0' && join[len - 1] <= '9')
        join[--len] = '\0';
    while (len - skip > MAX_LABEL_BYTES || ((unsigned char)join[skip] & 0xC0) == 0x80)
        skip++;
    memcpy(st->orphan_label, join + skip, len - skip + 1);
}

/* Does a value cell of a row (CELLS, N, values from FROM) hold a number
 * wrapped in it (first_digits) no longer on its first line than DIGITS,
 * right under GEOM, where a number alone stood outside the table (96,
 * then 49 over 0 beside （六）其他处理: 96490, not 490)? */
static int under_lone(const xg_geom *geom, int digits, const rowcell *cells,
                      int n, int from)
{
    int i;

    for (i = from; i < n && digits > 0; i++) {
        const xg_cell *c = cells[i].cell;

        if (cells[i].src == NULL && c != NULL && c->first_digits > 0 &&
            c->first_digits <= digits && c->geom.page == geom->page &&
            c->geom.x0 < geom->x1 && geom->x0 < c->geom.x1 &&
            c->geom.y0 - geom->y1 < geom->y1 - geom->y0)
            return 1;
    }
    return 0;
}

/* Is LABEL, the label read for row ROW of TABLE, its item's beginning
 * short of the whole (（二）部分公开（区分处理的，只计这一情 of （二）部分公开
 * （区分处理的，只计这一情形，不计其他情形）)? */
static int label_cut_short(int table, int row, const char *label)
{
    const char *full = row_key(table, row), *item, *begun = last_numbered(label);
    int yes;

    if (full == NULL)
        return 0;
    item = last_numbered(full);
    yes = last_numbering(label) != SIZE_MAX && strlen(begun) < strlen(item) &&
          strncmp(item, begun, strlen(begun)) == 0;
    return yes;
}

static int read_row(state *st, const xg_table *t, int r, xg_error *err)
{
    rowcell cells[XG_MAX_GRID_COLS];
    int n = 0, rc, table, from, values, i, last_table, last_row;
    int pended_table, pended_row, after_group, nabove, above_many, numbers_before;
    int pieces_above, above_zero, above_stacked, numbering_numbers, pieces_after_group, nonrow_before;
    int above_heads_only, above_no_tails, heads_over;
    int tails_table = st->tails_table, tails_row = st->tails_row;
    int unowned_before = st->unowned_before, orphans = st->orphan_values;
    const char *cut = NULL;
    char before[MAX_LABEL_BYTES + 1], paras[MAX_LABEL_BYTES + 1];
    char begun[MAX_LABEL_BYTES + 1];
    int prefixed = -1, lone_digits;
    xg_buf label = {0}, own = {0}, rest = {0};

    numbers_before = st->numbers_before;
    st->numbers_before = 0;
    numbering_numbers = st->numbering_numbers;
    st->numbering_numbers = 0;
    st->tails_table = -1;
    st->unowned_before = 0;
    if (xg_table_loose(t))
        return read_loose_row(st, t, r, err);
    rc = collect_row(st, t, r, cells, XG_MAX_GRID_COLS, &n, err);
    if (rc != XG_OK)
        goto done;
    if (n == 0)
        goto done;
    pended_table = st->pended_table;
    pended_row = st->pended_row;
    st->pended_table = -1;
    nabove = st->nabove;
    above_many = st->above_many;
    above_zero = st->above_zero;
    above_stacked = st->above_stacked;
    st->nabove = 0;
    st->above_zero = 0;
    st->above_stacked = 0;
    above_heads_only = st->above_heads_only;
    st->above_heads_only = 0;
    above_no_tails = st->above_no_tails;
    st->above_no_tails = 0;
    pieces_above = st->pieces_above;
    st->pieces_above = 0;
    pieces_after_group = st->pieces_after_group;
    st->pieces_after_group = 0;
    nonrow_before = st->nonrow_numbers;
    st->nonrow_numbers = 0;
    memcpy(before, st->orphan_label, sizeof before);
    st->orphan_label[0] = '\0';
    memcpy(paras, st->para_label, sizeof paras);
    st->para_label[0] = '\0';
    memcpy(begun, st->item_begun, sizeof begun);
    st->item_begun[0] = '\0';
    lone_digits = st->lone_digits;
    st->lone_digits = 0;
    /* kept over rows of numbers alone, until a label */
    after_group = st->group_numbers;
    table = header_table(st, cells, n);
    if (table >= 0) {
        st->group_numbers = 0;
        /* numbers under a header are not the cells of a row above it */
        st->last_table = -1;
        /* (a header repeated over the table's next page: a row read
         * empty at the page's foot may have its numbers after it) */
        if (!(st->header_seen[table] && st->table == table))
            st->empty_table = -1;
        apply_header(st, table, t, r, cells, n);
        /* a row read as the header's that holds stacks of digits making
         * no one number (未经复议直接起诉 行政诉讼 … 413 over 368 over 8
         * over 947, under a header naming its columns): the last line
         * may be the first of the next row's number (947 over 188 over
         * 3 beside 复议后起诉: 9471883) */
        if (xg_table_open(t))
            note_stacked_last_lines(st, t, cells, n, first_value_cell(cells, n), 0);
        goto done;
    }
    from = first_value_cell(cells, n);
    values = has_values(cells, n, from);
    last_table = st->last_table;
    last_row = st->last_row;
    st->last_table = -1;
    /* the label, and its cells on this row alone (not merged down from a
     * row above: 三、本年度办理结果 beside each of its items) */
    for (i = 0; i < from; i++)
        if (xg_buf_puts(&label, cells[i].key) != 0 ||
            (cells[i].src == NULL && cells[i].cell->row == r &&
             xg_buf_puts(&own, cells[i].key) != 0)) {
            rc = xg_error_nomem(err);
            goto done;
        }
    /* grouping commas alone, a line of numbers wrapped a character a
     * line (7 over 2 at a page's foot, then , atop the next, over 4 …:
     * 7,4…): no label, and the row read before stays in view */
    if (punctuation_only(cells, n, 0)) {
        st->last_table = last_table;
        st->last_row = last_row;
        goto done;
    }
    /* numbers beside pieces of the label before, right before a label,
     * one of them begun with a 0 (01 62 … beside 开 公开): its tails, not
     * the first lines of this row's (64 beside 行政诉, over 复议后起诉 …
     * 2, the cells set at their foot: 642); not right after numbers
     * beside the group's start, whose lines they go on (69 beside （四,
     * then 62 02 94 … beside ）无, over 3.补正后… 35 67 …: 623512) */
    if (pieces_above && label.len > 0 && above_zero && !pieces_after_group)
        nabove = 0;
    /* kept over the rest of a row's label only for numbers alone, or
     * beside more of that label (2.申请人逾期未按收费通知要求缴纳费用、行
     * 556 182 189 …, then 政机关不再处理其政府, then 信息公开申请 5 5 9:
     * the row's tails, 1895), or beside pieces of it or of its group's
     * name (其他处 6555 3627 …, then 缴纳费用、行政机关不再受理其, then 理
     * 128 09 …: 6555128) */
    if (st->last_by_rest && label.len > 0 &&
        !(last_table >= 0 &&
          (item_continued(last_table, last_row, st->last_label, xg_buf_str(&label)) ||
           pieces_of_row(last_table, last_row, cells, from))))
        last_table = -1;
    st->last_by_rest = 0;
    if (label.len > 0 && values && last_table >= 0 && !own_label(cells, from, r)) {
        /* numbers beside only labels merged down from the rows above,
         * right after a row read: that row's digits cut off by a page
         * break (a ruled PDF table), not a row of their own */
        st->orphan_values = 1;
        st->last_table = last_table;
        st->last_row = last_row;
        rc = refuse_wrapped(st, t, r, 1, err);
        goto done;
    }
    if (label.len == 0) {
        /* numbers without a label: the appeals line, or the numbers of a
         * wrapped label read on the row before */
        if (!values) {
            /* a blank appeals line right under its header */
            if (st->table == XG_TABLE_APPEALS && st->in_header) {
                st->in_header = 0;
                rc = read_values(st, t, r, XG_TABLE_APPEALS, -1, cells, n, 0, err);
            }
            goto done;
        }
        if (st->pending_table >= 0) {
            rc = read_pending(st, t, r, cells, n, 0, err);
            goto done;
        }
        st->orphan_values = 1;
        st->last_table = last_table;
        st->last_row = last_row;
        /* in any grid: numbers under no label right after a row read are
         * its cells' digits cut off (by a page break, or wrapped onto a
         * line of their own) */
        rc = refuse_wrapped_cells(st, t, r, cells, n, from, err);
        if (rc != XG_OK)
            goto done;
        if (st->table == XG_TABLE_APPEALS) {
            st->in_header = 0;
            rc = read_appeals_line(st, t, r, cells, n, numbers_before, err);
            /* not read as the table's line: its numbers may be the first
             * lines of the next row's (30 over 行政复议 … 85: 3085) */
            if (rc == XG_OK && (st->appeals_from != t || st->appeals_row != r))
                note_above(st, t, cells, n, 0);
            goto done;
        }
        /* the numbers of rows of numbers alone one after another, all
         * kept (974 9811 772 over 76 34 2 over 5.属于三类… 2 7: the
         * first lines of its numbers, the tails beside its label);
         * not those kept only for a stack under them */
        st->nabove = above_heads_only ? 0 : nabove;
        st->above_many = above_many;
        /* so too numbers beside a group's numbering cut short, over
         * numbers of other columns alone (57 63 … beside 度（三, then 31
         * … 14, then 5 7 … beside 1.属于国家秘密: 575, 637) */
        st->numbering_numbers = numbering_numbers;
        /* and numbers alone outside the table before them: all may be
         * the first lines of the next row's (170, then 554 308 over
         * 3.危及… 847 0 0 … 9: 1709) */
        st->numbers_before = numbers_before;
        note_above(st, t, cells, n, from);
        st->above_no_tails = heads_under_rows(t, r, cells, n, from);
        /* and the label begun before them, which may go on below */
        memcpy(st->orphan_label, before, sizeof before);
        goto done;
    }
    if (label.len > MAX_LABEL_BYTES)
        goto done;
    /* the rest of an item's label whose numbered beginning stood alone on
     * the row before, naming no row, beside the numbers (1.申请人无正当理
     * 由逾期不, then 补正、行政机关不再处理 25 64025 …): the label is both */
    if (begun[0] != '\0' && values &&
        xg_strip_numbering(xg_buf_str(&label)) == xg_buf_str(&label)) {
        char joined[MAX_LABEL_BYTES + 1];
        int jt, jg;

        if (join_keys(joined, begun, xg_buf_str(&label)) &&
            match_any_row(st, xg_buf_str(&label), values, &jt, &jg) < 0 &&
            (match_any_row(st, joined, values, &jt, &jg) >= 0 ||
             (st->table >= 0 &&
              (prefixed = item_prefix_row(st, st->table, joined)) >= 0))) {
            xg_buf_reset(&label);
            if (xg_buf_puts(&label, joined) != 0) {
                rc = xg_error_nomem(err);
                goto done;
            }
        }
    }
    {
        int group = 0, row = match_any_row(st, xg_buf_str(&label), values, &table, &group);

        /* an item's label cut short beside its numbers, its rest on the
         * rows after (7.属于行政执法 beside 5 9 …, then 案卷 beside 3 0 …):
         * the one row whose label begins so.  Not on the table's last
         * row, whose rest may stand outside it, beside its numbers'
         * tails (2.申请人逾期未 74096, then 按收费通知要求4 after the
         * table), nor right after numbers beside the rest of a label
         * that named no row, which may be its first lines (权益 899 423
         * …, then 5.属于三类内 6 6 …: 8996), nor in text flattened to
         * lines, nor after pieces of a group's numbering beside numbers
         * with cells empty (（ 2.没有现成 beside 47 46, the first lines of
         * numbers going on beside 四, then ）) */
        if (row < 0 && prefixed < 0 && values && st->table >= 0 && !xg_table_ragged(t) &&
            r + 1 < xg_table_rows(t) && !(orphans && unowned_before) &&
            (last_numbering(xg_buf_str(&label)) == 0 || !empty_any(cells, n, from)))
            prefixed = item_prefix_row(st, st->table, xg_buf_str(&label));
        if (row < 0 && prefixed >= 0) {
            table = st->table;
            row = prefixed;
            group = xg_schema[table].rows[row].group;
        }

        if (row < 0) {
            int other = 0, container, litigation, heads, pieces, opens;

            if (extra_row(st->table, xg_buf_str(&label)))
                goto done;
            /* the start of a group's label with numbers run into one
             * cell after it ("（四）无" beside "7325 3139"): numbers
             * beside a group's start all the same */
            if (!values && from > 1 && group_start(XG_TABLE_REQUESTS, cells[0].key, 0) &&
                strpbrk(xg_buf_str(&label) + strlen(cells[0].key), "0123456789") != NULL) {
                st->group_numbers = 1;
                st->last_table = last_table;
                st->last_row = last_row;
                rc = refuse_wrapped(st, t, r, 1, err);
                goto done;
            }
            /* a group label on its own row sets the group */
            note_group(st, xg_buf_str(&label));
            if (last_table >= 0 &&
                ((!values && item_continued(last_table, last_row, st->last_label,
                                            xg_buf_str(&label))) ||
                 (dashes_only(cells, n, from) &&
                  continued_past_group(last_table, last_row, st->last_label,
                                       xg_buf_str(&label))))) {
                /* the rest of the label of the row read just before,
                 * alone on its line or beside a dash of that row's
                 * (其他处纳费用、…其政府 －, its numbers' tails on the line
                 * after) ("2.申请人逾期未按收费通知要求缴"
                 * 1037 at a page's foot, "纳费用、…其政府" opening the
                 * next): numbers under no label after it may be that
                 * row's tails (10375), as right after the row */
                st->last_table = last_table;
                st->last_row = last_row;
                st->last_by_rest = 1;
                grow_last_label(st, label.data, label.len);
                goto done;
            }
            /* a piece of that row's group's name alone on its line, set
             * between the row's lines in its narrow column
             * (2.没有现成信息需要另 72 71 …, then ）无, then 行制作 39 18
             * …), or beside marks of none alone (他处 －: a cell of the
             * row's with a dash, centred between the lines of its other
             * cells' numbers): the row stays in view.  So it does over
             * the start of a group of groups' label alone, its cells
             * empty, where its label is cut short ((二)部分公开(区分处理的，
             * 只计这一情 192 735 …, then 三、, then 形，不计其他情形） 275 7 …
             * 9: the rest of the label, beside the tails of its numbers) */
            if (last_table >= 0 &&
                (((!values || dashes_only(cells, n, from)) &&
                  group_piece_of_row(last_table, last_row, xg_buf_str(&label))) ||
                 (!values &&
                  (group_start(XG_TABLE_REQUESTS, xg_buf_str(&label), 1) ||
                   numbering_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 1)) &&
                  label_cut_short(last_table, last_row, st->last_label)))) {
                st->last_table = last_table;
                st->last_row = last_row;
                goto done;
            }
            /* (the last line of its label cell, after pieces of group
             * names, may continue the row before's label) */
            if (values && last_table >= 0 && !xg_table_ragged(t) &&
                rest_after_pieces(cells, from, &rest) != 0) {
                rc = xg_error_nomem(err);
                goto done;
            }
            /* the rest of a wrapped label takes the numbers of the label
             * before it; a label of its own item number ("3.其他" under a
             * group its page break lost) does not: it is not a tail */
            if (values && st->pending_table >= 0 &&
                xg_strip_numbering(xg_buf_str(&label)) == xg_buf_str(&label)) {
                rc = read_pending(st, t, r, cells, n, from, err);
            } else if (values && last_table >= 0 &&
                       (group_continued(st->last_label, xg_buf_str(&label)) ||
                        ((group_rest(last_table, last_row, xg_buf_str(&label)) ||
                          (rest.len > 0 &&
                           group_rest(last_table, last_row, xg_buf_str(&rest)))) &&
                         under_kind(st, last_table, last_row, t, cells, n, from,
                                    XG_VALUE_NUMBER)))) {
                /* numbers beside the rest of a group's label begun on the
                 * row read just before ("（四）无 2.没有现成…" 1105 4398,
                 * then "法提供" 52 57), or the end of that row's group's
                 * name beside numbers under its own ("（三）不", "5.属于…"
                 * 7001, "予公开" 5; "2.没有现成…" 9568 on the page after
                 * "（四）无", then "法提供" 5): that row's numbers wrapped,
                 * their tails here */
                st->pending_table = -1;
                rc = unread_wrapped(st, last_table, last_row, tails_table,
                                    tails_row, t, r, cells, n, from,
                                    "numbers beside the rest of its group's label, on the next row, may be its own, wrapped", err);
                st->orphan_values = 1;
                st->unowned_before = 1;
                /* numbers longer than those over them are no tails: the
                 * first lines of the next row's, set above its label */
                st->group_numbers = longer_than_above(t, r, cells, n, from);
                /* else, with numbers alone after them, the first lines of
                 * the next row's, any of them may be (29 24 beside 予处
                 * under 14 9 beside （五）不 1.信访举报投诉类申请, over 理
                 * 2.重复申请 … 9 16 8, the cells set at their foot: 299,
                 * 248), in a table whose columns were found from its
                 * text; not beside the rest of the row's own label too
                 * (提供 信息 7 80 …) */
                st->nabove = 0;
                if (!st->group_numbers && xg_table_open(t) &&
                    group_name_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 0)) {
                    note_above(st, t, cells, n, from);
                    st->pieces_above = 1;
                }
                /* an item begun beside them (开 2.其他法律行 beside 1 6 2 …
                 * at a page's foot, cells of one digit a line): they may
                 * be the first lines of its numbers, its label going on
                 * on the next page (政法规禁止公开 beside 9 over 4: 694) */
                if (last_numbering(xg_buf_str(&label)) != SIZE_MAX)
                    keep_orphan_label(st, xg_buf_str(&label), "", "");
            } else if (values && last_table >= 0 && !xg_table_ragged(t) &&
                       (item_continued(last_table, last_row, st->last_label,
                                       xg_buf_str(&label)) ||
                        continued_past_numbering(last_table, last_row, st->last_label,
                                                 xg_buf_str(&label)) ||
                        (own.len > 0 && own.len < label.len &&
                         item_continued(last_table, last_row, st->last_label,
                                        xg_buf_str(&own))) ||
                        (rest.len > 0 && !pieces_of_row(last_table, last_row, cells, from) &&
                         item_continued(last_table, last_row, st->last_label,
                                        xg_buf_str(&rest)))) &&
                       under_kind(st, last_table, last_row, t, cells, n, from, XG_VALUE_NUMBER)) {
                /* numbers beside the rest of the label of the row read
                 * just before, under its numbers ("5.要求…出具已" 3382
                 * 4605, then "获取信息" 451 7): that row's numbers
                 * wrapped, their tails here (text flattened to lines:
                 * refuse_wrapped's case) */
                st->pending_table = -1;
                rc = unread_wrapped(st, last_table, last_row, tails_table,
                                    tails_row, t, r, cells, n, from,
                                    "numbers beside the rest of its label, on the next row, may be its own, wrapped", err);
                st->orphan_values = 1;
                st->unowned_before = 1;
                /* they may as well be the first lines of the next row's,
                 * set at the foot of their cells (4871 8220 … beside
                 * 信息公开申请, over 3.其他 … 41 52: 487141), as beside
                 * pieces of that label, in a table whose columns were
                 * found from its text, where one is longer than the last
                 * line of the number over it (no tail of it: 85 22 … beside
                 * 取信息, under 661 1175 … the extractor joined from 66 over
                 * 1 and 11 over 75) */
                st->nabove = 0;
                heads = xg_table_open(t) && not_under(t, r, cells, n, from, 1, 1);
                note_numbers_above(st, t, cells, n, from, !heads);
                st->pieces_above = heads;
            } else if (values && last_table >= 0 && !xg_table_ragged(t) &&
                       !group_start(XG_TABLE_REQUESTS, xg_buf_str(&label), 0) &&
                       pieces_of_row(last_table, last_row, cells, from) &&
                       under_kind(st, last_table, last_row, t, cells, n, from,
                                  XG_VALUE_NUMBER)) {
                /* numbers beside pieces of the label of the row read just
                 * before, under its numbers, set a line lower ("1.属于国家
                 * 秘密" 345 532, then "）不" 9 8: （三）不予公开 wrapped in
                 * its narrow column): that row's numbers wrapped, their
                 * tails here */
                st->pending_table = -1;
                rc = unread_wrapped(st, last_table, last_row, tails_table,
                                    tails_row, t, r, cells, n, from,
                                    "numbers beside a piece of its label, on the next row, may be its own, wrapped", err);
                st->orphan_values = 1;
                st->unowned_before = 1;
                st->group_numbers = longer_than_above(t, r, cells, n, from) ||
                                    under_whole_wrap(t, r, cells, n, from) ||
                                    beside_numbering_piece(xg_buf_str(&label), cells, n, from);
                /* else, with numbers alone after them, the first lines
                 * of the next row's, any of them may be (114 beside 果 不
                 * 予公 under 1986 read whole, then 0, over 开 2.其他法律…
                 * beside 1: 1141) */
                st->nabove = 0;
                if (!st->group_numbers) {
                    note_above(st, t, cells, n, from);
                    st->pieces_above = 1;
                }
            } else if (values && last_table >= 0 && xg_table_open(t) &&
                       st->empty_table == last_table && st->empty_row == last_row &&
                       !st->refused[last_table][last_row] && !stacked_any(cells, n, from) &&
                       nabove == 0 && !above_many && !numbers_before &&
                       !open_any(cells, n, from) &&
                       (group_start(XG_TABLE_REQUESTS, xg_buf_str(&label), 1) ||
                        group_name_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 0)) &&
                       label_cut_short(last_table, last_row, st->last_label)) {
                /* numbers beside a piece of a group's name alone, between
                 * the lines of the label of the row read just before with
                 * every cell empty, cut short ((二)部分公开(区分处理的，只计
                 * 这一情, then 三、本 beside 5740 2362 …, then 形，不计其他
                 * 情形）): that row's, centred on its label.  Not where
                 * the checks on a row's first lines would doubt them
                 * (numbers above under no label, a cell open at its top):
                 * the checks after a row read do not run here */
                forget_row(st, last_table, last_row);
                st->pending_table = -1;
                rc = read_values(st, t, r, last_table, last_row, cells, n, from, err);
                st->last_table = last_table;
                st->last_row = last_row;
                st->empty_table = -1;
                goto done;
            } else if (values) {
                st->pending_table = -1;
                rc = other_layout_row(st, t, r, xg_buf_str(&label), &other, err);
                st->last_table = last_table;
                st->last_row = last_row;
                /* numbers beside the start of a group's label, which has
                 * none of its own, right after a row read: that row's
                 * digits wrapped onto the group label's line, in any grid
                 * (（三）不 beside 48 436 under 2123 8998).  So too beside
                 * a piece of a group's name, where they are no tails of
                 * the line above: the first lines of the next row's
                 * numbers set above its label ("不予处" 166 816 … 507 under
                 * 25 4 …, over 4.无正当理由… 1 1 … 35) */
                st->group_numbers = !other &&
                                    (group_start(XG_TABLE_REQUESTS, xg_buf_str(&label), 0) ||
                                     numbering_piece_beside(cells, from, 1) ||
                                     beside_numbering_piece(xg_buf_str(&label), cells, n, from) ||
                                     (group_name_piece(XG_TABLE_REQUESTS,
                                                       xg_buf_str(&label), 0) &&
                                      longer_than_above(t, r, cells, n, from)) ||
                                     /* the rest of that numbering alone,
                                      * still beside the group's start (、
                                      * under 三, a container's numbering
                                      * set down its cell a character a
                                      * line, beside 6 8 7 … over 4 1 7 …
                                      * beside （一）予以公开) */
                                     (after_group && numbering_fragment(xg_buf_str(&label))) ||
                                     /* or beside a further piece of the
                                      * name, right after numbers beside
                                      * an earlier one (不予公 681 390 505,
                                      * then 开 0 0, then 5.属于三类… 7
                                      * … 12 13: 6817) */
                                     (after_group &&
                                      group_name_piece(XG_TABLE_REQUESTS,
                                                       xg_buf_str(&label), 0)));
                /* beside the start of a container's label (三、本 of
                 * 三、本年度办理结果): the next row's first lines (3721
                 * over （一）予以公开 … 2 …, cells set at their foot), or,
                 * at most half as long as the numbers above them, the
                 * tails of the row before (7591 … over 三、本 88 …) */
                container = !other && !st->group_numbers &&
                            (group_start(XG_TABLE_REQUESTS, xg_buf_str(&label), 1) ||
                             (st->group == 0 && numbering_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 1)));
                /* in the appeals table, beside a piece of 行政诉讼 set
                 * down its narrow column (政 beside 33 29 72 37 4, over
                 * 复议后起诉 215 380 …, the cells' lines joined): the
                 * tails of the row before or the first lines of the
                 * next, neither is read */
                litigation = !other && st->table >= 0 &&
                             header_group_piece(st->table, xg_buf_str(&label));
                /* in any grid, numbers beside a label that names no row
                 * opening a page after a row read on the page before:
                 * that row cut by the break, its label and numbers going
                 * on here (1.申请人无正当…行政机关不 1 over 4, then
                 * 再受理其政府信息公开申请 8 on the next page: 148) */
                opens = last_table >= 0 && own.len > 0 &&
                        last_numbering(xg_buf_str(&own)) == SIZE_MAX &&
                        opens_page_after(st, last_table, last_row, cells, n, from);
                if (rc == XG_OK && !other)
                    rc = refuse_wrapped(st, t, r,
                                        st->group_numbers || litigation ||
                                        (container && !not_under(t, r, cells, n, from, 2, 0)) ||
                                        opens, err);
                st->group_numbers |= container || litigation;
                /* a number among them cut inside a group of digits (1,80
                 * beside 理其政府信息公开申请, the rest of a label) goes
                 * on below: the next row's under it are not its own.  So
                 * do all of them beside a piece of a group's name after
                 * its numbering, or the bracket that closes it alone, in
                 * a table whose columns were found from its text: the
                 * first lines of the next row's, whatever their length,
                 * they may be (621 6264 431 beside ）, the row before
                 * refused, over 2.重复申请 0 90 … 147: 6210, 626490) */
                pieces = !other && !st->group_numbers && xg_table_open(t) &&
                         group_piece_after_numbering(XG_TABLE_REQUESTS, xg_buf_str(&label));
                if (!other) {
                    int had;

                    /* numbers kept from a row of numbers alone right
                     * before, no tails of the rows above, stay where this
                     * row's numbers do not stand (604 319 531 under （三,
                     * over ）不 23 0, over 1.属于国家秘密 2 0 19 … 34:
                     * 6042, 31919, 53134) */
                    if (pieces && above_no_tails && !above_heads_only)
                        keep_above_beside(st, nabove, t, cells, n, from);
                    had = st->nabove;

                    /* (all of them opening a page, beside the rest of
                     * the label of the row before, on the page before, in
                     * a table whose rows were found from its text: the
                     * next row's first lines they may be, its cells set
                     * at their foot, 4871 8220 beside 信息公开申请, over
                     * 3.其他 … 41 52: 487141, 822052) */
                    note_numbers_above(st, t, cells, n, from,
                                       !pieces && !(opens && xg_table_open(t)));
                    /* atop a page, no row read just before them (that
                     * row refused, on the page before): they may be the
                     * first lines of the next row's as well as tails of
                     * its, and nothing on this page tells but a cell of
                     * the next row set over several lines under them
                     * (44 92 … 85 beside 政府信息公开申请, over
                     * 2.申请人逾期未按… 72 74|0 … 79|3: 4472, 92740).
                     * So beside pieces of groups' names alone after
                     * numbers whose label named no row, the row before
                     * refused (53 12 83 20 beside 度办）不, after 46 54 …
                     * beside the rest of 2.其他法律… not read, over
                     * 3.危及… 64|65 24|5 …: 536465, 12245); and beside a
                     * piece of a group's name or numbering, the row before
                     * refused (26 10 91 beside 五 of （五）不予处理 set down
                     * its column, over 3.要求提供公开出版物 91|6 92|60
                     * 75|65|1: 26916, 109260, 9175651).  Beside any other
                     * label naming no row, the row before refused, they
                     * may be heads as well, but only a cell set over lines
                     * under one tells (83 75 13 beside 形，不计其他情形）
                     * after (二)部分公开… not read, over 1.属于国家秘密
                     * 36|99 19|81 15|84: 833699, 751981, 131584) */
                    if (!pieces && last_table < 0 && had == 0 && st->nabove == 0) {
                        int each = first_row_on_page(t, r) ||
                                   (orphans && group_pieces_bracketed(XG_TABLE_REQUESTS, xg_buf_str(&label))) ||
                                   numbering_inner(XG_TABLE_REQUESTS, xg_buf_str(&label)) ||
                                   group_name_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 0) ||
                                   group_pieces_lines(cells, from);

                        note_numbers_above(st, t, cells, n, from, 0);
                        /* (one begun with a 0 is a tail: a line of tails,
                         * 08 11 70|39 beside 予处, under 81 57 46) */
                        if (!each && st->above_zero)
                            st->nabove = st->above_zero = 0;
                        st->above_heads_only = st->nabove == 0 ? 0 : each ? HEADS_EACH : HEADS_STACKED;
                    }
                }
                st->pieces_above = pieces;
                /* (or after numbers beside a label naming no row, no row
                 * read before them: 60 23 beside （, 47 64 … beside 三,
                 * then 45 89 23 24 00 … beside ）, over 不 1.属于国家秘密
                 * 5 9 9 60 3 84 4, the cells set at their foot: 00 is the
                 * middle of 55003) */
                st->pieces_after_group = pieces && (after_group || (last_table < 0 && nonrow_before));
                st->nonrow_numbers = 1;
                /* beside a group's numbering cut short, a whole line of
                 * them: the first lines of the next row's numbers, set
                 * above its label, may be (65 over 92 beside 度（三, then
                 * 77 beside 办）不 1.属于国家秘密, over 7: 6592777) */
                st->numbering_numbers = !other && numbering_piece_beside(cells, from, 0);
                if (rc == XG_OK && !other)
                    rc = warn_empty_row(st, t, r, err);
                if (rc == XG_OK && !other)
                    rc = refuse_gapped(st, last_table, last_row, t, r, cells, n, from, err);
                /* numbers whose label names no row: a label on the next
                 * line ("4.无正当理由 889 …" over "大量反复申请") may be
                 * the end of this one, so it cannot take the numbers
                 * after it either */
                st->orphan_values = 1;
                /* no numbering in it: no item's whole label, but the
                 * rest of one (理申请, 已获取信息) */
                st->unowned_before = !other && last_numbering(xg_buf_str(&label)) == SIZE_MAX;
                /* a piece of a group's numbering or name alone, beside
                 * numbers, between the lines of an item's label set down
                 * its narrow cell ((2.没有现成 47 46, then 四 15 240 …,
                 * then ）无信息需要另行制作 74 863 …): the label begun
                 * before it stays the one the next row's may go on from */
                if (!other && before[0] != '\0' &&
                    (numbering_inner(XG_TABLE_REQUESTS, xg_buf_str(&label)) ||
                     group_name_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 0))) {
                    memcpy(st->orphan_label, before, sizeof before);
                } else if (!other) {
                    keep_orphan_label(st, xg_buf_str(&label), before, paras);
                }
            } else if (group_start(XG_TABLE_REQUESTS, xg_buf_str(&label), 0) ||
                       numbering_piece(XG_TABLE_REQUESTS, xg_buf_str(&label), 0) ||
                       last_numbering(xg_buf_str(&own)) != SIZE_MAX) {
                /* the start of a group's label alone on its line, set
                 * in its merged cell between numbers alone and the row
                 * they may begin ((五 between 133 160 … 391 and ）不
                 * 4.无正当理由… 8 2 … 7): no text between them.  (A
                 * later piece of a group's name, 供 of 无法提供 under the
                 * tails of the row before, is.)  So is an item's
                 * beginning, numbered, alone on its line (54 0 … 54 atop
                 * a page, then 5.要求行政机关确认或, then 重新出具已获取信息
                 * beside 22: the numbers above may be its own) */
                st->nabove = nabove;
                st->above_many = above_many;
                st->above_heads_only = above_heads_only;
                if (last_numbering(xg_buf_str(&own)) != SIZE_MAX)
                    memcpy(st->item_begun, label.data, label.len + 1);
            } else if (begun[0] != '\0') {
                /* the next line of an item's beginning alone, naming no
                 * row either (5.要求行, then 政机关确, then 认或重新 beside
                 * the numbers): the beginning goes on, as far as it fits */
                join_keys(st->item_begun, begun, xg_buf_str(&label));
            }
            goto done;
        }
        if (!values && from < n && pended_table >= 0 &&
            (pended_table != table || pended_row != row)) {
            rc = refuse_pended(st, table, row, pended_table, pended_row, t, r, err);
            if (rc != XG_OK)
                goto done;
        }
        note_row_layout(st, table, row);
        st->appeals_labelled |= table == XG_TABLE_APPEALS;
        st->table = table;
        st->started[table] = 1;
        st->group = xg_schema[table].rows[row].group;
        /* right after the same row read with every cell empty, in a table
         * whose columns were found from its text: the label's first
         * lines beside no number, its numbers beside a later line
         * (他处按收费通知要求, then 理缴纳费用、行政机关… 558 5832 …): that
         * read is forgotten, and the row read here */
        if (values && row_found(st, table, row) && table == last_table &&
            row == last_row && st->empty_table == table && st->empty_row == row &&
            xg_table_open(t) && !st->refused[table][row])
            forget_row(st, table, row);
        if (row_found(st, table, row)) {
            if (values) {
                rc = found_again(st, t, r, table, &row, 1, cells, n, from, err);
            } else if (table == last_table && row == last_row) {
                /* the rest of the label of the row read just before,
                 * alone on its line and naming that row again (要求缴纳
                 * 费用、行政机关 atop the next page, under 2.申请人逾期未按
                 * 收费通知 3832 …): numbers under no label after it may
                 * be that row's tails (38323), as right after the row */
                st->last_table = last_table;
                st->last_row = last_row;
                st->last_by_rest = 1;
            }
            goto done;
        }
        if (from >= n) {
            word_run w;

            /* numbers run into its label's cell (不予处 | 3.要求提供公开
             * 出版物 9124 8170 …: a PDF table whose columns were not found
             * there), or into the header's cells over their columns, its
             * first line at a page's foot (一、本年新收… beside 自 然 人
             * 16 and 总 计 90, then 量 2399 … 336 atop the next page):
             * its numbers, unreadable; those after it are no more its own
             * than another's */
            scan_words(cells[from - 1].cell != NULL ? cells[from - 1].cell->text : "", &w);
            if ((w.other && w.trail >= 2) || numbers_ending_cells(cells, from) >= 2) {
                st->seen[table][row] = 1;
                st->refused[table][row] = 1;
                st->orphan_values = 1;
                if (xg_report_warn(st->report,
                                   "%s/%s: its numbers stand in its label's cell, their columns not found (source table %d, row %d): not read",
                                   xg_schema[table].key, xg_schema[table].rows[row].key,
                                   xg_table_index(t) + 1, r + 1) != 0) {
                    rc = xg_error_nomem(err);
                    goto done;
                }
                /* so may digits before its numbering there be the tails
                 * of the row read before (7 8 9 5 1 873 四、结转… atop a
                 * page, under （七）总计 733 … at the foot of the last) */
                if (digits_before_numbering(xg_buf_str(&label))) {
                    st->last_table = last_table;
                    st->last_row = last_row;
                    rc = refuse_wrapped(st, t, r, 1, err);
                }
                goto done;
            }
            /* a label with no cells after it: its numbers may come on the
             * next row (a wrapped label in text and PDF forms), unless
             * numbers no label took came just before it */
            if (!st->orphan_values) {
                st->pending_table = table;
                st->pending_row = row;
            } else {
                st->refused[table][row] = 1;
                if (xg_report_warn(st->report,
                                   "%s/%s: numbers stand both before and after its label (source table %d, row %d): not read",
                                   xg_schema[table].key, xg_schema[table].rows[row].key,
                                   xg_table_index(t) + 1, r + 1) != 0)
                    rc = xg_error_nomem(err);
            }
            st->orphan_values = 0;
            goto done;
        }
        /* numbers under no label on the line above, kept, in a grid
         * whose boxes tell the columns (a PDF's, not flattened to lines):
         * only the cells under them may have their first lines there */
        heads_over = values && !above_many && !above_stacked && !xg_table_ragged(t) &&
                     boxed_above(st, above_heads_only ? 0 : nabove, cells, n, from) &&
                     under_above_kind(st, above_heads_only ? 0 : nabove, t, cells, n, from, XG_VALUE_NUMBER);
        /* numbers that may be the first lines of its own, wrapped, stand
         * before it: beside its label's beginning, or on a line of their
         * own above it */
        if (values && (two_numberings(xg_buf_str(&label)) ||
                       (table == XG_TABLE_ACTIVE && lines_name_two_rows(st, cells, from))))
            cut = "its label stands in one cell with another row's, their numbers with it";
        else if (values && begun_before(table, row, xg_buf_str(&label), before))
            cut = "its label begins on the row before, beside numbers that may be the first lines of its own, wrapped";
        /* its numbering's point without its digit, after numbers under no
         * label (5 beside 6 … 53178 at a page's foot, then .要求行政机关确认…
         * beside 40 atop the next: 640): the digit stood beside them */
        else if (values && orphans && xg_buf_str(&label)[0] == '.')
            cut = "its numbering's digit stands on the row before, beside numbers that may be the first lines of its own, wrapped";
        else if (values && under_lone(&st->lone_geom, lone_digits, cells, n, from))
            cut = "a number alone on the line above it, outside the table, stands over a number of its wrapped in its cell, and may be that number's first line";
        else if (values && !above_many && stack_under_above(st, nabove, above_heads_only, t, cells, n, from))
            cut = "a cell of it holds lines of digits under a number under no label on the line above: its numbers are set over several lines, and the first lines of the others may stand above too";
        else if (values && numbers_before == NUMBERS_BESIDE_PIECE)
            cut = "numbers beside a piece of its group's name on the line above, outside the table, may be the first lines of its own, wrapped";
        else if (values && numbers_before)
            cut = "numbers alone on the line above it, outside the table, may be the first lines of its own, wrapped";
        else if (values && unowned_before && shorter_than_above(t, r, cells, n, from, 1) &&
                 empty_under_digits(t, r, cells, n, from))
            cut = "its numbers, each shorter than the one over it on the line above, beside a label that names no row, and its cells empty under the others, may be their tails, wrapped";
        else if (values && above_heads_only == HEADS_EACH && under_each_above(st, nabove, t, cells, n, from))
            cut = "numbers beside pieces of groups' names on the line above, after a row not read, stand over each of its numbers, and may be their first lines, wrapped";
        else if (values && !heads_over && (above_many ||
                            under_above_kind(st, above_heads_only ? 0 : nabove, t, cells, n, from, XG_VALUE_NUMBER)))
            cut = above_stacked && !above_many
                  ? "the last line of a cell of the row before, digits that read as no number, stands in its column, and may be the first line of its own, wrapped"
                  : "numbers under no label on the line above stand in its columns, and may be the first lines of its own, wrapped";
        else if (values && xg_table_open(t) && number_in_label(cells, from))
            cut = "its label's cell holds a number apart from its words: the column of its first numbers was not found, and its numbers may stand in their neighbours'";
        else if (values && xg_table_open(t) && table_number_in_label(t))
            cut = "a label of another row of its table holds a number apart from its words: the column of the first numbers was not found, and its numbers may stand in their neighbours' columns";
        else if (values && xg_table_open(t) && apart_in_cell(cells, n, from))
            cut = "a cell of it holds numbers apart at a space: its columns were not found, and its other numbers may stand in their neighbours'";
        /* the active table's few rows share its columns: where one
         * row's numbers share a cell, the others' may stand under their
         * neighbours' headers (826 17 in one cell, then 534 and 955
         * read as issued and repealed, 955 in force) */
        else if (values && xg_table_open(t) && table == XG_TABLE_ACTIVE && table_apart(t))
            cut = "a cell of another row of its table holds numbers apart at a space: the table's columns were not found, and its numbers may stand in their neighbours' columns";
        /* the first row of a page whose text runs past its top, or the
         * last of one whose text runs past its foot */
        else if (values && cut_off_cells(cells, n, from) == XG_CUT_EDGE)
            cut = "it stands at the top or the foot of a page whose text runs past the page's edge there: lines of its numbers may be cut off";
        else if (values && cut_off_cells(cells, n, from) == XG_CUT_BREAK)
            cut = "it ends a page, and the table goes on atop the next with numbers alone in one cell across its columns, which may be its numbers' last lines";
        /* its cells' tops found from the text, under digits not known
         * (cut at the page's edge: 18 over 54 at a page's top, the 18
         * half off the page): those may be its numbers' first lines */
        else if (values && r > 0 && under_unknown_digits(t, r, cells, n, from))
            cut = "its numbers stand under digits not known (cut at the page's edge), which may be their first lines";
        if (cut != NULL) {
            st->pending_table = -1;
            st->orphan_values = 0;
            /* the last of two labels in one cell may go on below, the
             * first lines of its numbers beside it here (3.补正后申 beside
             * 11 at a page's foot, then 请内容仍不明确 beside 22 atop the
             * next: 1122): kept as a label begun beside numbers */
            if (values && two_numberings(xg_buf_str(&label))) {
                const char *l = xg_buf_str(&label);

                keep_orphan_label(st, l + last_numbering(l), "", "");
            }
            /* numbers beside a group's start are this row's, if any */
            st->group_numbers = 0;
            /* not read, this row's cells still tell of the row before:
             * 02 under its 8 (（七）总计 8 over 四、结转… 02 over 32), or
             * first lines shorter than its numbers beside its own (1 4
             * beside 8237 649 …, under 3459 … 8846, the row cut off at
             * the page's foot) */
            if (values && xg_table_open(t) && last_table >= 0 &&
                zero_tail_under(st, last_table, last_row, t, r, cells, n, from) &&
                (rc = unread_row(st, last_table, last_row, 0, t, r, ZERO_TAIL_UNDER,
                                 err)) != XG_OK)
                goto done;
            if (values && xg_table_open(t) && last_table >= 0 &&
                tail_over_pair(t, r, cells, n, from) &&
                (rc = unread_row(st, last_table, last_row, 0, t, r, TAIL_OVER_PAIR,
                                 err)) != XG_OK)
                goto done;
            st->seen[table][row] = 1;
            st->refused[table][row] = 1;
            if (xg_report_warn(st->report, "%s/%s: %s (source table %d, row %d): not read",
                               xg_schema[table].key, xg_schema[table].rows[row].key, cut,
                               xg_table_index(t) + 1, r + 1) != 0)
                rc = xg_error_nomem(err);
            /* refused at a page's foot, its cells still tell of the next
             * row (86 over 909 beside （七）总计, then 104 over 2 beside
             * 四、结转… atop the next page: 9091042) */
            if (values && xg_table_open(t) &&
                (r + 1 == xg_table_rows(t) || first_row_on_page(t, r + 1)))
                note_stacked_last_lines(st, t, cells, n, from, 1);
            goto done;
        }
        st->pending_table = -1;
        st->orphan_values = 0;
        st->seen[table][row] = 1;
        st->in_header = 0;
        st->group_numbers = 0;
        rc = read_values(st, t, r, table, row, cells, n, from, err);
        if (rc == XG_OK && heads_over)
            rc = unread_under_above(st, table, row, above_heads_only ? 0 : nabove, t, r, err);
        if (rc == XG_OK && values)
            rc = warn_under_pair(st, t, r, table, row, err);
        if (rc == XG_OK && values)
            rc = unread_digit_alone(st, t, r, table, row, err);
        /* its cells all empty under numbers that no label took on the
         * line above: those may be its own, set a line higher */
        if (rc == XG_OK && !values &&
            (above_many || under_above_kind(st, above_heads_only ? 0 : nabove, t, cells, n, from, XG_VALUE_EMPTY)))
            rc = unread_row(st, table, row, 1, t, r,
                            "its cells are empty under numbers on the line above that no row's label took, which may be its own, set a line higher", err);
        /* its cells all empty, its label begun on the row before beside
         * numbers (2.申请人逾期 344 1352 … at a page's foot, then
         * 未按收费通知要求缴纳费用… atop the next): those are its own */
        else if (rc == XG_OK && !values &&
                 begun_before(table, row, xg_buf_str(&label), before))
            rc = unread_row(st, table, row, 1, t, r,
                            "its cells are empty, and its label begins on the row before, beside numbers that may be its own", err);
        /* its cells all empty right under numbers beside the rest of a
         * label that named no row, in a table whose columns were found
         * from its text (他处 其政府信息公开申请 1253 98 …, then 理 2.申请
         * 人逾期未按收费通知 beside empty cells): those may be its own,
         * set above its label */
        else if (rc == XG_OK && !values && orphans && unowned_before &&
                 xg_table_open(t))
            rc = unread_row(st, table, row, 1, t, r,
                            "its cells are empty right under numbers beside a label that names no row, which may be its own", err);
        /* its cells all empty, lines after numbers beside a label that
         * named no row (2.申请人 99713 16275 …, then 逾期未按, then
         * 收费通知 beside empty cells: an item's label set down its
         * narrow cell, its numbers beside the first line): those may be
         * its own */
        else if (rc == XG_OK && !values && orphans)
            rc = unread_row(st, table, row, 1, t, r,
                            "its cells are empty after numbers beside a label that names no row, which may be its own", err);
        /* in a table whose columns were found from its text, the first
         * lines of this row's numbers set above its label may share
         * their line with the tails of the row before's (8237 649 6050
         * 1 4 under 3459 212 0 8846, over 4.无正当理由… 3864 400 0 0 0
         * 243): that row is not what it seems */
        if (rc == XG_OK && values && xg_table_open(t) && last_table >= 0 &&
            tail_over_pair(t, r, cells, n, from))
            rc = unread_row(st, last_table, last_row, 0, t, r, TAIL_OVER_PAIR, err);
        /* cells of this row whose first lines may be the tails of the
         * row before's numbers (22 0 13 … over 39 60 … over 9 91 …, the
         * rest beside 3.危及…): that row is not what it seems */
        if (rc == XG_OK && values && xg_table_open(t) && last_table >= 0 &&
            stacked_under(st, table, row, last_table, last_row, t, r))
            rc = unread_row(st, last_table, last_row, 0, t, r,
                            "the first lines of the next row's cells, not read as numbers, may be its own numbers' tails, wrapped", err);
        if (rc == XG_OK && values && xg_table_open(t) && last_table >= 0 &&
            zero_tail_under(st, last_table, last_row, t, r, cells, n, from))
            rc = unread_row(st, last_table, last_row, 0, t, r, ZERO_TAIL_UNDER, err);
        /* a number of it under the one number of the line above, which
         * fills its column's line, and shorter, where no row was read
         * from that line (22 beside 重新出具已获取信息, the rest of a row
         * not read, over 9 beside 1.申请人无正当理由逾: 229), or under
         * a cell of lines of digits on a row not read, the last filling
         * the line (13232 over 78765, then 7 beside 8.属于行政查询事项:
         * 787657): that number's tail, it may be */
        if (rc == XG_OK && values && xg_table_open(t) && r > 0 &&
            ((tail_under_full(t, r, cells, n, from) && !src_row_read(st, table, t, r - 1) &&
              digit_cells(t, r - 1, first_value_col(cells, n, from)) == 1) ||
             tail_under_unread(st, t, r, cells, n, from)))
            rc = unread_row(st, table, row, 0, t, r,
                            "a number of it stands under a longer one that fills its column's line, on a line no row was read from: it may be that number's tail, wrapped", err);
        if (rc == XG_OK && values && last_table >= 0)
            rc = unread_cut_above(st, table, row, last_table, last_row, t, r, err);
        if (rc == XG_OK && values)
            rc = unread_on_tails_line(st, table, row, t, r, err);
        if (rc == XG_OK && values)
            rc = unread_open_under_digits(st, table, row, last_table, last_row, t, r, err);
        if (values && last_table >= 0 &&
            (shorter_than_above(t, r, cells, n, from, 0) ||
             tail_under_full(t, r, cells, n, from)) &&
            under_kind(st, last_table, last_row, t, cells, n, from, XG_VALUE_NUMBER)) {
            st->tails_table = last_table;
            st->tails_row = last_row;
        }
        /* right after numbers beside the start of a group's label: those
         * may be the first lines of this row's numbers wrapped in their
         * cells, its own the tails (（四）无 7325 3139 over
         * 1.本机关不掌握… 0 8 0) */
        if (rc == XG_OK && after_group && values)
            rc = unread_row(st, table, row, 0, t, r,
                            "numbers beside the group label before it, which has none of its own, may be its own, wrapped", err);
        else if (rc == XG_OK && numbering_numbers && values)
            rc = unread_row(st, table, row, 0, t, r,
                            "numbers beside its group's numbering, cut short on the row before, may be the first lines of its own, wrapped", err);
        if (rc == XG_OK && values && xg_table_open(t))
            note_stacked_last_lines(st, t, cells, n, from, 0);
        st->last_table = table;
        st->last_row = row;
        memcpy(st->last_label, label.data, label.len + 1);
        st->empty_table = values ? -1 : table;
        st->empty_row = row;
    }
done:
    xg_buf_free(&label);
    xg_buf_free(&own);
    xg_buf_free(&rest);
    free_row(cells, n);
    return rc;
}

/* Is TEXT characters not known (U+FFFD), white space and punctuation,
 * with at least one not known? */
static int unknown_only(const char *text)
{
    size_t len = strlen(text), i, adv;
    int unknown = 0;

    for (i = 0; i < len; i += adv) {
        unsigned cp = xg_utf8_decode(text + i, len - i, &adv);

        if (cp == 0xFFFD)
            unknown = 1;
        else if (!xg_is_space_cp(cp) &&
                 (cp >= 0x80 || strchr(".,:;'\"-_|~*", (int)cp) == NULL))
            return 0;
    }
    return unknown;
}

/* Add paragraph KEY, no number in it, to the label pieces set between a
 * table's rows before the next row (6. 属 于 四, then 类 beside 23 5 …, a
 * label set down its narrow cell a character a line); a paragraph with
 * digits ends them. */
static void note_label_piece(state *st, const char *key)
{
    size_t have = strlen(st->para_label), len = strlen(key);

    if (strpbrk(xg_strip_numbering(key), "0123456789") != NULL ||
        have + len > MAX_LABEL_BYTES)
        st->para_label[0] = '\0';
    else
        memcpy(st->para_label + have, key, len + 1);
}

/* One pass over the document's blocks into ST->report. */
static int read_doc(state *st, const xg_doc *doc, xg_error *err)
{
    size_t b;
    int rc = XG_OK, row;

    st->table = -1;
    st->pending_table = -1;
    st->pended_table = -1;
    st->last_table = -1;
    st->tails_table = -1;
    st->empty_table = -1;
    st->named_before = st->names_next = -1;
    rc = loose_prepass(st, doc, err);
    if (rc == XG_OK)
        rc = find_split_appeals(st, doc, err);
    for (b = 0; b < xg_doc_block_count(doc); b++)
        if (xg_doc_block(doc, b)->kind == XG_BLOCK_TABLE && xg_table_loose(xg_doc_block(doc, b)->table))
            st->loose_doc = 1;
    for (b = 0; b < xg_doc_block_count(doc) && rc == XG_OK; b++) {
        const xg_block *blk = xg_doc_block(doc, b);

        if (blk->kind == XG_BLOCK_PARAGRAPH) {
            const char *key = st->keys[b];
            int part, after_row;

            /* characters not known and nothing else (a speck OCR read
             * at a page's foot): no text between a table's rows */
            if (unknown_only(blk->text))
                continue;
            after_row = st->last_table >= 0;
            note_label_piece(st, key);
            rc = wrapped_paragraph(st, doc, b, err);
            /* the rest of the label of the row read just before, on a
             * line of its own (text set out as the page was: 1.申请人无正
             * 当理由逾期不补正、 672 6852 …, then 行政机关不再处理其政府信
             * 息公开, then 24 62 80 8): numbers under no label after it
             * may be that row's tails, as after a row of the table.  A
             * piece of that row's group's name, or a dash alone, keeps it
             * in view too; other text ends it */
            if (st->last_table >= 0 && key[0] != '\0' &&
                item_continued(st->last_table, st->last_row, st->last_label, key)) {
                st->last_by_rest = 1;
                grow_last_label(st, key, strlen(key));
            } else if (!last_row_group_piece(st, key) &&
                       !(st->last_table >= 0 && dash_alone(blk->text)))
                st->last_table = -1;
            /* a cell's mark of none alone between (无 between 1,54 1,48 …
             * and 8.属于行政查询事项 6 3 …) is no text between: numbers
             * alone before it may still be the next row's first lines */
            if (!dash_alone(blk->text)) {
                st->nabove = 0;
                st->numbers_before = 0;
            }
            st->unowned_before = 0;
            if (rc != XG_OK)
                break;
            st->names_next = b + 1 < xg_doc_block_count(doc) &&
                             xg_doc_block(doc, b + 1)->kind == XG_BLOCK_TABLE
                             ? match_header_row(XG_TABLE_APPEALS, key) : -1;
            part = xg_match_part_heading(key);
            if (st->loose_doc)
                note_header_paragraph(st, key);
            note_unit_paragraph(st, key);
            if (part > 0) {
                st->table = part_table(part);
                st->group = 0;
                st->in_header = 0;
                st->pending_table = -1;
            } else if (read_paragraph_label(st, key, blk->text) != XG_OK) {
                rc = xg_error_nomem(err);
            }
            {
                xg_value v;

                xg_parse_value(key, &v);
                st->lone_digits = v.kind == XG_VALUE_NUMBER ? count_digits(key) : 0;
                st->lone_geom = blk->geom;
            }
            /* numbers alone right after a row read are its tails, not
             * the next row's first lines, unless one is long enough */
            if (after_row && st->numbers_before < 2)
                st->numbers_before = 0;
            continue;
        }
        st->block = b;
        st->named_before = st->names_next;
        st->names_next = -1;
        if (xg_table_loose(blk->table))
            rc = label_follows(st, doc, b, &st->loose_label_after, err);
        for (row = 0; row < xg_table_rows(blk->table) && rc == XG_OK; row++)
            rc = read_row(st, blk->table, row, err);
    }
    return rc;
}

/* Does no value of table T read from source table SRC hold anything?
 * How many rows of T were read from SRC, not refused, in *READ. */
static int source_blank(const state *st, int t, int src, int *read)
{
    int row, k, blank = 1;

    *read = 0;
    for (row = 0; row < xg_schema[t].nrows; row++) {
        int from = 0;

        for (k = 0; k < xg_schema[t].ncols; k++) {
            const xg_cellval *v = xg_report_value_c(st->report, t, row, k);

            if (v->found && v->src_table == src) {
                from = 1;
                blank &= v->kind == XG_VALUE_EMPTY;
            }
        }
        *read += from && !st->refused[t][row];
    }
    return blank;
}

/* Is column C of table T read empty in every row of its layout (ALL; a
 * row not found, or not read, counts only where its cell there held
 * something, and then MIN_BLANK_ROWS rows read must be),
 * else in the rows read from some source tables, MIN_BLANK_ROWS or more
 * of them, where no cell holds anything (a table's part before a page
 * break printing none of its numbers), each source's rows marked in
 * MARK, their sources added to SRCS?  With no header row read, only
 * where no cell of the table holds anything. */
static int column_blank(const state *st, int t, int c, unsigned *mark, int *srcs,
                        int *nsrcs, int *all)
{
    int row, k, read = 0, other = 0, any = 0, skipped = 0;

    for (row = 0; row < xg_schema[t].nrows && row < MAX_SCHEMA_ROWS; row++) {
        const xg_cellval *v = xg_report_value_c(st->report, t, row, c);

        if (!xg_schema_row_in_layout(t, row, st->layout[t]))
            continue;
        /* a row not found, or nothing in the column of a row not read
         * (refused, or its empty cells unread): neither */
        if (!v->found || ((st->refused[t][row] || v->kind != XG_VALUE_EMPTY) &&
                          (v->raw == NULL || v->raw[0] == '\0'))) {
            skipped++;
            continue;
        }
        read += v->kind == XG_VALUE_EMPTY;
        other += v->kind != XG_VALUE_EMPTY;
        for (k = 0; k < xg_schema[t].ncols && !st->header_seen[t]; k++) {
            const xg_cellval *u = xg_report_value_c(st->report, t, row, k);

            other += u->found && u->kind != XG_VALUE_EMPTY;
        }
    }
    *all = (read >= MIN_BLANK_ROWS || (read > 0 && skipped == 0)) && other == 0 &&
           st->named_in[t][c] == 0;
    for (row = 0; row < xg_schema[t].nrows && row < MAX_SCHEMA_ROWS; row++) {
        const xg_cellval *v = xg_report_value_c(st->report, t, row, c);
        int n;

        if (!xg_schema_row_in_layout(t, row, st->layout[t]) || !v->found ||
            v->kind != XG_VALUE_EMPTY || (!*all && st->refused[t][row]))
            continue;
        if (!*all && ((st->named_in[t][c] & source_bit(v->src_table)) != 0 ||
                      !source_blank(st, t, v->src_table, &n) || n < MIN_BLANK_ROWS))
            continue;
        mark[row] |= 1u << c;
        any = 1;
        for (k = 0; k < *nsrcs && srcs[k] != v->src_table; k++)
            ;
        if (k == *nsrcs && *nsrcs < MAX_NAMED_SOURCES)
            srcs[(*nsrcs)++] = v->src_table;
    }
    return any;
}

/* The columns of each table that no header row named and whose cells
 * are read empty in every row of the table, or of a source table:
 * LibreOffice prints nothing in a cell whose margins leave its text no
 * room, nor the column's name in the header (申请人情况 over no 自然人,
 * 商业企业 …, every cell empty; or only in the part of a table before a
 * page break, the part after it printed in wider columns).  Their cells
 * are not read as empty, and a warning names them, and the source tables
 * where they were only some of the table's rows. */
static int unread_unnamed_empty(state *st, xg_error *err)
{
    int t, c, row;

    for (t = 0; t < XG_TABLE_COUNT; t++) {
        unsigned mark[MAX_SCHEMA_ROWS] = {0};
        int srcs[MAX_NAMED_SOURCES], nsrcs = 0, whole = 1, all, i;
        xg_buf names = {0}, at = {0};

        for (c = 0; c < xg_schema[t].ncols && c < 32; c++) {
            if (!column_blank(st, t, c, mark, srcs, &nsrcs, &all))
                continue;
            whole &= all;
            if ((names.len > 0 && xg_buf_puts(&names, ", ") != 0) ||
                xg_buf_puts(&names, xg_schema[t].cols[c].key) != 0)
                goto nomem;
        }
        if (names.len == 0)
            continue;
        for (row = 0; row < xg_schema[t].nrows && row < MAX_SCHEMA_ROWS; row++)
            for (c = 0; c < xg_schema[t].ncols && c < 32; c++)
                if (mark[row] >> c & 1u)
                    xg_report_value(st->report, t, row, c)->kind = XG_VALUE_TEXT;
        for (i = 0; i < nsrcs && !whole; i++)
            if (xg_buf_printf(&at, "%s%d", i > 0 ? ", " : " of source table ", srcs[i] + 1) != 0)
                goto nomem;
        if (xg_report_warn(st->report, "%s: no header%s names its columns %s, and none of their cells %s anything: their text may not be printed (cells too narrow for it): values null",
                           xg_schema[t].key, xg_buf_str(&at), xg_buf_str(&names),
                           whole ? "holds" : "there holds") != 0)
            goto nomem;
        xg_buf_free(&names);
        xg_buf_free(&at);
        continue;
    nomem:
        xg_buf_free(&names);
        xg_buf_free(&at);
        return xg_error_nomem(err);
    }
    return XG_OK;
}

/* Was any value of TABLE read? */
static int table_found(const xg_report *report, int table)
{
    int row, col;

    for (row = 0; row < xg_schema[table].nrows; row++)
        for (col = 0; col < xg_schema[table].ncols; col++)
            if (xg_report_value_c(report, table, row, col)->found)
                return 1;
    return 0;
}

/* Each table's layout from what the first pass saw (EVIDENCE, and FOUND:
 * values were read, or rows named): the layout whose columns and rows it showed, the
 * one shown more if both were (a warning says so).  A table that showed
 * none takes the layout the others agree on, else 2021; if it has rows
 * whose columns differ between layouts, those are not read by position
 * (UNSURE).  The report's layout is its tables', or mixed. */
static int decide_layouts(xg_report *report, int evidence[][XG_LAYOUT_COUNT],
                          const int *found, int *unsure)
{
    int shown[XG_TABLE_COUNT] = {0}, agreed = 0, t;

    for (t = 0; t < XG_TABLE_COUNT; t++) {
        int e21 = evidence[t][layout_index(XG_LAYOUT_2021)];
        int e19 = evidence[t][layout_index(XG_LAYOUT_2019)];

        if (e21 == 0 && e19 == 0)
            continue;
        shown[t] = e19 > e21 ? XG_LAYOUT_2019 : XG_LAYOUT_2021;
        if (e21 > 0 && e19 > 0 &&
            xg_report_warn(report, "%s: columns or rows of both layouts (2021: %d, 2019: %d): read as %s",
                           xg_schema[t].key, e21, e19, xg_layout_name(shown[t])) != 0)
            return -1;
        agreed = agreed == 0 || agreed == shown[t] ? shown[t] : -1;
    }
    if (agreed <= 0)
        agreed = XG_LAYOUT_2021;
    report->layout = 0;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        report->table_layout[t] = shown[t] ? shown[t] : agreed;
        unsure[t] = !shown[t] && found[t] && xg_schema_table_has_layouts(t);
        if (!xg_schema_table_has_layouts(t))
            continue;
        /* its values read as the layout nothing showed: rows of the other
         * one, not in its canonical form, are said to be missing */
        if (unsure[t] &&
            xg_report_warn(report, "%s: no column or row of its own showed its layout (2021 or 2019): read as %s, and rows only the other layout has are not reported",
                           xg_schema[t].key, xg_layout_name(report->table_layout[t])) != 0)
            return -1;
        if (report->layout == 0)
            report->layout = report->table_layout[t];
        else if (report->layout != report->table_layout[t])
            report->layout = XG_LAYOUT_MIXED;
    }
    if (report->layout == 0)
        report->layout = XG_LAYOUT_2021;
    return 0;
}

/* What the document holds, for the error that no report table was found:
 * its tables and the first cells of the first, or its paragraphs. */
static void describe_doc(const xg_doc *doc, char *out, size_t size)
{
    size_t b, tables = 0, paragraphs = 0, len;
    const xg_table *first = NULL;
    xg_buf cells = {0};
    int row, col;

    for (b = 0; b < xg_doc_block_count(doc); b++) {
        const xg_block *blk = xg_doc_block(doc, b);

        if (blk->kind == XG_BLOCK_PARAGRAPH) {
            paragraphs++;
        } else {
            if (first == NULL && xg_table_cell_count(blk->table) > 0)
                first = blk->table;
            tables++;
        }
    }
    if (first == NULL) {
        snprintf(out, size, "no table, %zu paragraph%s", paragraphs, paragraphs == 1 ? "" : "s");
        return;
    }
    /* the first row with text, up to four cells of 24 bytes */
    for (row = 0; row < xg_table_rows(first) && cells.len == 0; row++)
        for (col = 0; col < xg_table_cols(first); col++) {
            const xg_cell *cell = xg_table_cell_at(first, row, col);
            char *text;

            if (cell == NULL || cell->col != col || cell->row != row)
                continue;
            text = xg_norm_text(cell->text);
            if (text != NULL && text[0] != '\0') {
                len = strlen(text);
                if (len > 24) {
                    len = 24;
                    while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
                        len--;
                }
                xg_buf_printf(&cells, "%s%.*s%s", cells.len ? " | " : "", (int)len, text,
                              len < strlen(text) ? "…" : "");
            }
            free(text);
            if (cells.len > 120)
                break;
        }
    snprintf(out, size, "%zu table%s, the first beginning \"%s\"", tables,
             tables == 1 ? "" : "s", cells.len ? xg_buf_str(&cells) : "");
    xg_buf_free(&cells);
}

/*
 * Each paragraph's label key, made once for every pass (NULL for tables).
 * The layout reads paragraphs only for headings, labels, header cells and
 * stray numbers, all short: a paragraph longer than PARAGRAPH_KEY_BYTES
 * gets an empty key instead of being normalised again and again.
 */
#define PARAGRAPH_KEY_BYTES 4096

static void free_keys(char **keys, size_t n)
{
    size_t i;

    if (keys == NULL)
        return;
    for (i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
}

static char **paragraph_keys(const xg_doc *doc)
{
    size_t n = xg_doc_block_count(doc), b;
    char **keys = calloc(n ? n : 1, sizeof *keys);

    for (b = 0; keys != NULL && b < n; b++) {
        const xg_block *blk = xg_doc_block(doc, b);

        if (blk->kind != XG_BLOCK_PARAGRAPH)
            continue;
        keys[b] = strlen(blk->text) > PARAGRAPH_KEY_BYTES ? strdup("")
                                                           : xg_norm_label(blk->text);
        if (keys[b] == NULL) {
            free_keys(keys, n);
            return NULL;
        }
    }
    return keys;
}

int xg_layout_tables(const xg_doc *doc, xg_report *report, xg_error *err)
{
    state *st = calloc(1, sizeof *st);
    xg_report *scratch = xg_report_new(report->source, report->format);
    int evidence[XG_TABLE_COUNT][XG_LAYOUT_COUNT], found[XG_TABLE_COUNT];
    int unsure[XG_TABLE_COUNT];
    int rc = XG_OK, t, any = 0;
    xg_key keys[XG_MAX_TABLE_KEYS];
    char **para_keys = paragraph_keys(doc);

    if (st == NULL || scratch == NULL || para_keys == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    /* first pass: which layout each table shows */
    st->report = scratch;
    st->keys = para_keys;
    st->gathering = 1;
    rc = read_doc(st, doc, err);
    if (rc != XG_OK)
        goto done;
    memcpy(evidence, st->evidence, sizeof evidence);
    memcpy(found, st->found, sizeof found);
    /* or a row of it named, though not read (refused: its numbers run
     * together, or cut) */
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        int row;

        for (row = 0; row < xg_schema[t].nrows && row < MAX_SCHEMA_ROWS; row++)
            found[t] |= st->seen[t][row];
    }
    if (decide_layouts(report, evidence, found, unsure) != 0) {
        rc = xg_error_nomem(err);
        goto done;
    }
    /* second pass: each table read in its layout (the vocabulary, made
     * in the first, kept) */
    free(st->named.v);
    {
        xg_vocab *vocab = st->vocab;

        memset(st, 0, sizeof *st);
        st->vocab = vocab;
    }
    st->report = report;
    st->keys = para_keys;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        st->layout[t] = report->table_layout[t];
        st->unsure[t] = unsure[t];
    }
    rc = read_doc(st, doc, err);
    if (rc == XG_OK)
        rc = unread_unnamed_empty(st, err);
    if (rc == XG_OK)
        rc = warn_empty_under_unread(st, doc, err);
    if (rc != XG_OK)
        goto done;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        report->table_found[t] = table_found(report, t);
        any |= report->table_found[t];
    }
    /* text without row breaks whose rows were named, though none could
     * be read, says so row by row */
    if (!any && !st->loose_named) {
        char seen[300];

        describe_doc(doc, seen, sizeof seen);
        rc = xg_error_set(err, XG_ERR_NO_REPORT,
                          "no table of a known layout (the national format of 2019 or 2021) found; seen: %s",
                          seen);
        goto done;
    }
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        int n = xg_schema_keys(t, report->table_layout[t], keys, XG_MAX_TABLE_KEYS), i;

        for (i = 0; i < n && i < XG_MAX_TABLE_KEYS; i++) {
            int row = keys[i].row, col, row_found = 0;

            if (i > 0 && keys[i - 1].row == row)
                continue;
            for (col = 0; col < xg_schema[t].ncols; col++)
                if (xg_report_value(report, t, row, col)->found)
                    row_found = 1;
            if (!row_found && !st->refused[t][row] &&
                xg_report_warn(report, "%s/%s: not found in the source: values null",
                                             xg_schema[t].key, xg_schema[t].rows[row].key) != 0) {
                rc = xg_error_nomem(err);
                goto done;
            }
        }
    }
done:
    if (st != NULL)
        free(st->named.v);
    free_keys(para_keys, xg_doc_block_count(doc));
    xg_report_free(scratch);
    if (st != NULL)
        xg_vocab_free(st->vocab);
    free(st);
    return rc;
}
