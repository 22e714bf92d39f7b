/*
 * The document model every extractor fills and the layout stage reads.
 *
 * A document is an ordered list of blocks: paragraphs and tables, in
 * reading order.  A table is a grid of cells; each cell has its top-left
 * grid position and its row and column spans (a vertically merged Word
 * cell, an HTML rowspan and a PDF cell crossing two ruled rows are all one
 * cell with rowspan > 1).  A cell keeps its text as the lines it had in
 * the source, joined with '\n': one line per Word paragraph or w:br, per
 * HTML <p>/<br>, per visual line in a PDF.  Text is UTF-8 as the source
 * had it; normalisation (full-width forms, Kangxi radicals, spaces) is the
 * layout stage's business, so provenance can quote the original.
 *
 * Grid positions not covered by any cell are empty.  Cells may not
 * overlap: xg_table_add_cell refuses a cell over an occupied position.
 *
 * Ownership: the document owns its blocks, tables and cells; pointers
 * returned by the accessors are borrowed from it.
 */
#ifndef XG_MODEL_H
#define XG_MODEL_H

#include <stddef.h>

#include "xxgk.h"

/* Where a block or cell stood in the source.  PAGE is 1-based for paged
 * formats (PDF) and 0 otherwise; the box (points, origin top-left, y down)
 * is meaningful only when PAGE > 0. */
typedef struct xg_geom {
    int page;
    double x0, y0, x1, y1;
} xg_geom;

/* The most digits of a number an extractor joins again from the lines
 * of its cell (a narrow column wrapped it: 16073 printed as 1607 over 3);
 * lines of digits holding more are no one number. */
#define XG_WRAPPED_DIGITS_MAX 7

typedef struct xg_cell {
    int row, col;           /* top-left grid position, 0-based */
    int rowspan, colspan;   /* >= 1 */
    char *text;             /* lines joined with '\n'; never NULL */
    xg_geom geom;
    /* Text recognised by OCR in a scanned page (OCR is set), with the
     * lowest confidence of its characters, 0..100; 0 and 0 for text the
     * source holds as text. */
    int ocr;
    double ocr_confidence;
    /* Its top bound was found from where the text stands, not drawn (a
     * PDF table with no rules across), and the text near it may belong
     * on either side: a number wrapped in the cell above may have its
     * last lines here, or this cell's number its first lines there
     * (XG_OPEN_TOP).  XG_OPEN_TOP_LINE: only its first line, above the
     * row's label, where nothing tells how the table sets its numbers
     * in their cells; 0: neither. */
    int open_top;
    /* A number the extractor joined from the lines of its cell (a number
     * wrapped in a cell it fills): the digits of its first line; 0 when
     * the text is not such a number. */
    int first_digits;
    /* Its number's first lines or tails may be lost at a page's edge:
     * XG_CUT_EDGE, lines of it drawn off the page, past its top or foot
     * (Poppler leaves them out of the text); XG_CUT_BREAK, it ends a
     * page where its table goes on with a line of numbers alone in one
     * cell across its columns (the next page's part drawn with no rules
     * between them), which may hold its tails; 0: neither. */
    int cut_off;
} xg_cell;

typedef struct xg_table xg_table;
typedef struct xg_doc xg_doc;

typedef enum xg_block_kind {
    XG_BLOCK_PARAGRAPH,
    XG_BLOCK_TABLE
} xg_block_kind;

typedef struct xg_block {
    xg_block_kind kind;
    char *text;             /* paragraphs: the text; tables: NULL */
    xg_table *table;        /* tables: the table; paragraphs: NULL */
    xg_geom geom;
    int ocr;                /* a paragraph recognised by OCR */
} xg_block;

xg_doc *xg_doc_new(void);
void xg_doc_free(xg_doc *doc);

/* Append a paragraph of LEN bytes (need not be NUL-terminated).  GEOM may
 * be NULL.  Returns XG_OK, XG_ERR_NOMEM, or XG_ERR_LIMIT past
 * XG_MAX_BLOCKS paragraphs and tables. */
int xg_doc_add_paragraph(xg_doc *doc, const char *text, size_t len,
                         const xg_geom *geom, xg_error *err);

/* Mark the last block, a paragraph, as recognised by OCR. */
void xg_doc_mark_ocr(xg_doc *doc);

/* Append an empty table block; returns it (borrowed) or NULL with ERR
 * (out of memory, or past XG_MAX_BLOCKS paragraphs and tables). */
xg_table *xg_doc_add_table(xg_doc *doc, xg_error *err);

/* Remove the last block if it is a table with no cells (an extractor that
 * opened a table and found nothing in it). */
void xg_doc_drop_empty_table(xg_doc *doc);

/* Metadata the source states outside the report's body, such as a web
 * portal's header block (索引号, 发布机构, 文号, 发布日期, 有效性).  KEY and
 * VALUE are copied; a key set twice keeps the first value. */
int xg_doc_set_meta(xg_doc *doc, const char *key, const char *value,
                    xg_error *err);
const char *xg_doc_meta(const xg_doc *doc, const char *key);

size_t xg_doc_block_count(const xg_doc *doc);
const xg_block *xg_doc_block(const xg_doc *doc, size_t i);

/* Add a cell at (ROW, COL) spanning ROWSPAN x COLSPAN grid positions, with
 * TEXT of LEN bytes; the grid grows to fit.  Refuses (XG_ERR_CORRUPT) a
 * cell overlapping another, and (XG_ERR_LIMIT) one past XG_MAX_GRID_COLS
 * or XG_MAX_TABLE_CELLS.  GEOM may be NULL. */
int xg_table_add_cell(xg_table *table, int row, int col, int rowspan,
                      int colspan, const char *text, size_t len,
                      const xg_geom *geom, xg_error *err);

/* Mark the cell whose top-left is (ROW, COL) as recognised by OCR with
 * CONFIDENCE (0..100); nothing when there is no such cell. */
void xg_table_mark_ocr(xg_table *table, int row, int col, double confidence);

enum { XG_OPEN_TOP = 1, XG_OPEN_TOP_LINE = 2 };
enum { XG_CUT_EDGE = 1, XG_CUT_BREAK = 2 };

/* Mark the cell whose top-left is (ROW, COL) as open at its top, HOW
 * (xg_cell.open_top); nothing when there is no such cell. */
void xg_table_mark_open_top(xg_table *table, int row, int col, int how);
/* Mark the cell at (ROW, COL) as maybe cut off, HOW (xg_cell.cut_off). */
void xg_table_mark_cut_off(xg_table *table, int row, int col, int how);

/* Set xg_cell.first_digits of the cell whose top-left is (ROW, COL) to
 * DIGITS; nothing when there is no such cell. */
void xg_table_mark_first_digits(xg_table *table, int row, int col, int digits);

/* Extend the cell whose top-left is (ROW, COL) by one more grid row (a
 * Word w:vMerge continuation).  Returns XG_OK, or XG_ERR_CORRUPT if there
 * is no such cell or the position below it is taken. */
int xg_table_extend_down(xg_table *table, int row, int col, xg_error *err);

int xg_table_rows(const xg_table *table);
int xg_table_cols(const xg_table *table);
size_t xg_table_cell_count(const xg_table *table);
const xg_cell *xg_table_cell(const xg_table *table, size_t i);
/* The cell covering grid position (ROW, COL), or NULL if none does. */
const xg_cell *xg_table_cell_at(const xg_table *table, int row, int col);
/* A ragged table's columns are the order of the cells in a line of text
 * (text forms, tables flattened to "|" lines), not positions under a
 * header: the layout stage reads its rows by position only. */
void xg_table_set_ragged(xg_table *table);
int xg_table_ragged(const xg_table *table);
/* An open table's column bounds were found from where its text stands
 * (a PDF table with no rules between its columns), not drawn: one cell
 * may hold two columns' numbers, and then the row's others may stand in
 * their neighbours' columns. */
void xg_table_set_open(xg_table *table);
int xg_table_open(const xg_table *table);
/* A cut table stands on a page whose text runs past a side, words begun
 * off the page (drawn where no reader shows them): whole cells, whole
 * columns may be cut off, and the cells left do not tell by their number
 * which columns they are. */
void xg_table_set_cut(xg_table *table);
int xg_table_cut(const xg_table *table);
/* A loose table (implies ragged) holds text whose row breaks were lost:
 * `pdftotext` without -layout sets each cell apart, in the PDF's order,
 * which is row by row only where the producer drew it so.  Column 0 of
 * each row holds the text right before a run of numbers (empty when
 * none), the next columns those numbers.  The layout stage reads such a
 * row only by that label, and only where the rows around it show that
 * labels come before their numbers. */
void xg_table_set_loose(xg_table *table);
int xg_table_loose(const xg_table *table);

/* Position of the table among the document's tables (0-based). */
int xg_table_index(const xg_table *table);

#endif
