#include "model.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

struct xg_table {
    int index;
    int ragged;
    int loose;
    int open;
    int cut;
    int nrows, ncols;
    xg_cell *cells;
    size_t ncells, cap;
    /* occupancy: map[r * map_cols + c] = cell index + 1, 0 when empty */
    uint32_t *map;
    int map_rows, map_cols;
    size_t *doc_cells;      /* the document's count of table cells */
};

typedef struct meta_entry {
    char *key;
    char *value;
} meta_entry;

struct xg_doc {
    xg_block *blocks;
    size_t nblocks, cap;
    int ntables;
    size_t ncells;          /* table cells in all its tables */
    meta_entry *meta;
    size_t nmeta;
};

static char *dup_n(const char *s, size_t len)
{
    char *p = malloc(len + 1);

    if (p == NULL)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

xg_doc *xg_doc_new(void)
{
    return calloc(1, sizeof(xg_doc));
}

static void table_free(xg_table *t)
{
    size_t i;

    if (t == NULL)
        return;
    for (i = 0; i < t->ncells; i++)
        free(t->cells[i].text);
    free(t->cells);
    free(t->map);
    free(t);
}

void xg_doc_free(xg_doc *doc)
{
    size_t i;

    if (doc == NULL)
        return;
    for (i = 0; i < doc->nblocks; i++) {
        free(doc->blocks[i].text);
        table_free(doc->blocks[i].table);
    }
    free(doc->blocks);
    for (i = 0; i < doc->nmeta; i++) {
        free(doc->meta[i].key);
        free(doc->meta[i].value);
    }
    free(doc->meta);
    free(doc);
}

/* A new empty block at the end into *OUT; XG_ERR_LIMIT past XG_MAX_BLOCKS
 * (a page of a million paragraphs is no report), XG_ERR_NOMEM. */
static int push_block(xg_doc *doc, xg_block **out, xg_error *err)
{
    if (doc->nblocks >= XG_MAX_BLOCKS)
        return xg_error_set(err, XG_ERR_LIMIT, "more than %d paragraphs and tables",
                            XG_MAX_BLOCKS);
    if (doc->nblocks == doc->cap) {
        size_t cap = doc->cap ? doc->cap * 2 : 32;
        xg_block *b;

        if (cap > SIZE_MAX / sizeof *b)
            return xg_error_nomem(err);
        b = realloc(doc->blocks, cap * sizeof *b);
        if (b == NULL)
            return xg_error_nomem(err);
        doc->blocks = b;
        doc->cap = cap;
    }
    memset(&doc->blocks[doc->nblocks], 0, sizeof doc->blocks[0]);
    *out = &doc->blocks[doc->nblocks++];
    return XG_OK;
}

int xg_doc_add_paragraph(xg_doc *doc, const char *text, size_t len,
                         const xg_geom *geom, xg_error *err)
{
    char *copy = dup_n(text, len);
    xg_block *b;
    int rc;

    if (copy == NULL)
        return xg_error_nomem(err);
    rc = push_block(doc, &b, err);
    if (rc != XG_OK) {
        free(copy);
        return rc;
    }
    b->kind = XG_BLOCK_PARAGRAPH;
    b->text = copy;
    if (geom)
        b->geom = *geom;
    return XG_OK;
}

void xg_doc_mark_ocr(xg_doc *doc)
{
    if (doc->nblocks > 0 && doc->blocks[doc->nblocks - 1].kind == XG_BLOCK_PARAGRAPH)
        doc->blocks[doc->nblocks - 1].ocr = 1;
}

xg_table *xg_doc_add_table(xg_doc *doc, xg_error *err)
{
    xg_table *t = calloc(1, sizeof *t);
    xg_block *b;

    if (t == NULL) {
        xg_error_nomem(err);
        return NULL;
    }
    if (push_block(doc, &b, err) != XG_OK) {
        free(t);
        return NULL;
    }
    t->index = doc->ntables++;
    t->doc_cells = &doc->ncells;
    b->kind = XG_BLOCK_TABLE;
    b->table = t;
    return t;
}

void xg_doc_drop_empty_table(xg_doc *doc)
{
    xg_block *b;

    if (doc->nblocks == 0)
        return;
    b = &doc->blocks[doc->nblocks - 1];
    if (b->kind != XG_BLOCK_TABLE || b->table->ncells != 0)
        return;
    table_free(b->table);
    doc->nblocks--;
    doc->ntables--;
}

int xg_doc_set_meta(xg_doc *doc, const char *key, const char *value,
                    xg_error *err)
{
    meta_entry *m;

    if (xg_doc_meta(doc, key) != NULL)
        return XG_OK;
    m = realloc(doc->meta, (doc->nmeta + 1) * sizeof *m);
    if (m == NULL)
        return xg_error_nomem(err);
    doc->meta = m;
    m = &doc->meta[doc->nmeta];
    m->key = dup_n(key, strlen(key));
    m->value = dup_n(value, strlen(value));
    if (m->key == NULL || m->value == NULL) {
        free(m->key);
        free(m->value);
        return xg_error_nomem(err);
    }
    doc->nmeta++;
    return XG_OK;
}

const char *xg_doc_meta(const xg_doc *doc, const char *key)
{
    size_t i;

    for (i = 0; i < doc->nmeta; i++)
        if (strcmp(doc->meta[i].key, key) == 0)
            return doc->meta[i].value;
    return NULL;
}

size_t xg_doc_block_count(const xg_doc *doc)
{
    return doc->nblocks;
}

const xg_block *xg_doc_block(const xg_doc *doc, size_t i)
{
    return i < doc->nblocks ? &doc->blocks[i] : NULL;
}

/* Grow the occupancy map to at least ROWS x COLS, keeping its contents. */
static int grow_map(xg_table *t, int rows, int cols, xg_error *err)
{
    int nr = t->map_rows, nc = t->map_cols, r;
    uint32_t *map;

    if (rows <= nr && cols <= nc)
        return XG_OK;
    while (nr < rows)
        nr = nr ? nr * 2 : 16;
    while (nc < cols)
        nc = nc ? nc * 2 : 8;
    if ((size_t)nr > SIZE_MAX / sizeof *map / (size_t)nc)
        return xg_error_nomem(err);
    map = calloc((size_t)nr * (size_t)nc, sizeof *map);
    if (map == NULL)
        return xg_error_nomem(err);
    for (r = 0; r < t->map_rows; r++)
        memcpy(map + (size_t)r * nc, t->map + (size_t)r * t->map_cols,
               (size_t)t->map_cols * sizeof *map);
    free(t->map);
    t->map = map;
    t->map_rows = nr;
    t->map_cols = nc;
    return XG_OK;
}

static uint32_t *slot(const xg_table *t, int r, int c)
{
    return &t->map[(size_t)r * t->map_cols + c];
}

int xg_table_add_cell(xg_table *t, int row, int col, int rowspan,
                      int colspan, const char *text, size_t len,
                      const xg_geom *geom, xg_error *err)
{
    int r, c, rc;
    xg_cell *cell;

    if (row < 0 || col < 0 || rowspan < 1 || colspan < 1)
        return xg_error_set(err, XG_ERR_CORRUPT, "table cell at invalid position");
    if (col > XG_MAX_GRID_COLS - colspan)
        return xg_error_set(err, XG_ERR_LIMIT, "table wider than %d columns",
                            XG_MAX_GRID_COLS);
    if (t->ncells >= XG_MAX_TABLE_CELLS || row > XG_MAX_TABLE_CELLS - rowspan)
        return xg_error_set(err, XG_ERR_LIMIT, "table larger than %d cells",
                            XG_MAX_TABLE_CELLS);
    /* many tables of fewer cells each (a text of long runs of numbers)
     * would hold gigabytes: the whole document is bounded too */
    if (*t->doc_cells >= XG_MAX_DOC_CELLS)
        return xg_error_set(err, XG_ERR_LIMIT, "more than %d table cells",
                            XG_MAX_DOC_CELLS);
    /* the occupancy map is rows x columns: one very wide row over very
     * many rows would make it huge long before the cell limit */
    if ((long)(row + rowspan > t->nrows ? row + rowspan : t->nrows) *
            (long)(col + colspan > t->ncols ? col + colspan : t->ncols) > XG_MAX_GRID_AREA)
        return xg_error_set(err, XG_ERR_LIMIT, "table grid larger than %ld positions",
                            (long)XG_MAX_GRID_AREA);
    rc = grow_map(t, row + rowspan, col + colspan, err);
    if (rc != XG_OK)
        return rc;
    for (r = row; r < row + rowspan; r++)
        for (c = col; c < col + colspan; c++)
            if (*slot(t, r, c) != 0)
                return xg_error_set(err, XG_ERR_CORRUPT,
                                    "overlapping table cells at row %d, column %d",
                                    r + 1, c + 1);
    if (t->ncells == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        xg_cell *cells = realloc(t->cells, cap * sizeof *cells);

        if (cells == NULL)
            return xg_error_nomem(err);
        t->cells = cells;
        t->cap = cap;
    }
    cell = &t->cells[t->ncells];
    memset(cell, 0, sizeof *cell);
    cell->text = dup_n(text ? text : "", text ? len : 0);
    if (cell->text == NULL)
        return xg_error_nomem(err);
    cell->row = row;
    cell->col = col;
    cell->rowspan = rowspan;
    cell->colspan = colspan;
    if (geom)
        cell->geom = *geom;
    t->ncells++;
    (*t->doc_cells)++;
    for (r = row; r < row + rowspan; r++)
        for (c = col; c < col + colspan; c++)
            *slot(t, r, c) = (uint32_t)t->ncells;
    if (row + rowspan > t->nrows)
        t->nrows = row + rowspan;
    if (col + colspan > t->ncols)
        t->ncols = col + colspan;
    return XG_OK;
}

/* The cell whose top-left grid position is (ROW, COL), to be marked;
 * NULL if none begins there. */
static xg_cell *cell_to_mark(xg_table *t, int row, int col)
{
    const xg_cell *found = xg_table_cell_at(t, row, col);

    if (found == NULL || found->row != row || found->col != col)
        return NULL;
    return &t->cells[found - t->cells];
}

void xg_table_mark_ocr(xg_table *t, int row, int col, double confidence)
{
    xg_cell *cell = cell_to_mark(t, row, col);

    if (cell != NULL) {
        cell->ocr = 1;
        cell->ocr_confidence = confidence;
    }
}

void xg_table_mark_open_top(xg_table *t, int row, int col, int how)
{
    xg_cell *cell = cell_to_mark(t, row, col);

    if (cell != NULL)
        cell->open_top = how;
}

void xg_table_mark_cut_off(xg_table *t, int row, int col, int how)
{
    xg_cell *cell = cell_to_mark(t, row, col);

    if (cell != NULL && cell->cut_off == 0)
        cell->cut_off = how;
}

void xg_table_mark_first_digits(xg_table *t, int row, int col, int digits)
{
    xg_cell *cell = cell_to_mark(t, row, col);

    if (cell != NULL)
        cell->first_digits = digits;
}

int xg_table_extend_down(xg_table *t, int row, int col, xg_error *err)
{
    const xg_cell *found = xg_table_cell_at(t, row, col);
    xg_cell *cell;
    int below, c, rc;

    if (found == NULL || found->row != row || found->col != col)
        return xg_error_set(err, XG_ERR_CORRUPT,
                            "merge continues a cell that does not exist");
    cell = &t->cells[found - t->cells];
    below = cell->row + cell->rowspan;
    if (below >= XG_MAX_TABLE_CELLS)
        return xg_error_set(err, XG_ERR_LIMIT, "table larger than %d cells",
                            XG_MAX_TABLE_CELLS);
    if ((long)(below + 1) * (long)t->ncols > XG_MAX_GRID_AREA)
        return xg_error_set(err, XG_ERR_LIMIT, "table grid larger than %ld positions",
                            (long)XG_MAX_GRID_AREA);
    rc = grow_map(t, below + 1, cell->col + cell->colspan, err);
    if (rc != XG_OK)
        return rc;
    for (c = cell->col; c < cell->col + cell->colspan; c++)
        if (*slot(t, below, c) != 0)
            return xg_error_set(err, XG_ERR_CORRUPT,
                                "merged cell runs into another at row %d",
                                below + 1);
    for (c = cell->col; c < cell->col + cell->colspan; c++)
        *slot(t, below, c) = (uint32_t)(cell - t->cells) + 1;
    cell->rowspan++;
    if (below + 1 > t->nrows)
        t->nrows = below + 1;
    return XG_OK;
}

int xg_table_rows(const xg_table *t)
{
    return t->nrows;
}

int xg_table_cols(const xg_table *t)
{
    return t->ncols;
}

size_t xg_table_cell_count(const xg_table *t)
{
    return t->ncells;
}

const xg_cell *xg_table_cell(const xg_table *t, size_t i)
{
    return i < t->ncells ? &t->cells[i] : NULL;
}

const xg_cell *xg_table_cell_at(const xg_table *t, int row, int col)
{
    uint32_t v;

    if (row < 0 || col < 0 || row >= t->map_rows || col >= t->map_cols)
        return NULL;
    v = *slot(t, row, col);
    return v ? &t->cells[v - 1] : NULL;
}

void xg_table_set_ragged(xg_table *t)
{
    t->ragged = 1;
}

int xg_table_ragged(const xg_table *t)
{
    return t->ragged;
}

void xg_table_set_open(xg_table *t)
{
    t->open = 1;
}

int xg_table_open(const xg_table *t)
{
    return t->open;
}

void xg_table_set_cut(xg_table *t)
{
    t->cut = 1;
}

int xg_table_cut(const xg_table *t)
{
    return t->cut;
}

void xg_table_set_loose(xg_table *t)
{
    t->ragged = 1;
    t->loose = 1;
}

int xg_table_loose(const xg_table *t)
{
    return t->loose;
}

int xg_table_index(const xg_table *t)
{
    return t->index;
}
