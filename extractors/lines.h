/*
 * What several extractors read the same way, in one place so that no
 * extractor calls into another (extractors/lines.c): a Word cell's text
 * built paragraph by paragraph (DOCX, DOC), rows of a table flattened to
 * "| a | b |" text and the portal header block's "索引号：X" lines (HTML,
 * text).  Decoding bytes to UTF-8 is src/decode.h.
 */
#ifndef XG_LINES_H
#define XG_LINES_H

#include <stddef.h>

#include "../src/buf.h"
#include "../src/model.h"

/* ------------------------------------------------------------ Word cells */

/* The text of a Word table cell, built from its paragraphs one at a time:
 * lines joined with '\n'; empty paragraphs between lines are kept as
 * empty lines, those before the first line and after the last are
 * spacing, dropped.  The zero value starts a cell. */
typedef struct xg_cell_lines {
    int started;            /* a non-empty line is in the text */
    size_t empty_lines;     /* empty paragraphs since the last line */
} xg_cell_lines;

/* Add the paragraph LINE (LEN bytes) to the cell text in TEXT; 0, or -1
 * when memory runs out. */
int xg_cell_lines_add(xg_buf *text, xg_cell_lines *state, const char *line,
                      size_t len);

/* ------------------------------------------------------------- pipe rows */

/* Trim ASCII white space from both ends of *S (*LEN bytes). */
void xg_trim_ascii(const char **s, size_t *len);

/* Add the cells of P..END separated by SEP, each trimmed of ASCII white
 * space, to TABLE as grid row ROW from column 0. */
int xg_split_row_add(xg_table *table, int row, const char *p,
                     const char *end, char sep, xg_error *err);

/* Lines of a table flattened to text, "a | b | c |" or "| a | b |". */
enum xg_pipe_kind {
    XG_PIPE_NONE,       /* not a row: fewer than two bars */
    XG_PIPE_ROW,        /* a row of cells */
    XG_PIPE_SEPARATOR   /* a rule such as |---|---|, no cells */
};
int xg_pipe_line_kind(const char *line, size_t len);

/* Add the cells of the pipe row LINE (LEN bytes) to TABLE as grid row
 * ROW, left to right from column 0, each trimmed of spaces. */
int xg_pipe_row_add(xg_table *table, int row, const char *line, size_t len,
                    xg_error *err);

/* ------------------------------------------------- portal header block */

#define XG_META_KEYS 6
/* "索引号xxx" without a colon is a header line only this short. */
#define XG_META_BARE_MAX 150

/* A label of the header block (索引号, 发布机构, 文号 ...). */
typedef struct xg_meta_label xg_meta_label;

/* The header block's values as they are read, the best per key (labels
 * that compete for a key have ranks; the lower wins).  The zero value is
 * an empty reader. */
typedef struct xg_meta_reader {
    char *value[XG_META_KEYS];
    int rank[XG_META_KEYS];
    const xg_meta_label *pending;   /* a label alone: its value follows */
    int body_begun;     /* tables have come: "时间：" opens report text */
} xg_meta_reader;

/* If a header label starts at P (before END), return it and set *AFTER
 * past it and past the colon that follows (*COLON says whether there was
 * one); else NULL. */
const xg_meta_label *xg_meta_label_at(const char *p, const char *end,
                                      const char **after, int *colon);

/* Read S (LEN bytes) as part of the header block: "索引号：X 发布机构：Y"
 * (several labels may share one line), a bare "索引号X", or a label alone
 * whose value is the next text read.  Returns 1 if S was metadata (and is
 * not a paragraph), 0 if not, -1 when memory runs out. */
int xg_meta_read(xg_meta_reader *r, const char *s, size_t len);

/* Offer VALUE (LEN bytes) for metadata KEY at RANK: kept if it is the best
 * so far and says something ("无", "/" say the field is empty).  0, or -1
 * when memory runs out. */
int xg_meta_offer(xg_meta_reader *r, const char *key, int rank,
                  const char *value, size_t len);

/* Set DOC's metadata from the values read.  XG_OK or an error. */
int xg_meta_apply(const xg_meta_reader *r, xg_doc *doc, xg_error *err);

void xg_meta_reader_free(xg_meta_reader *r);

/* If LINE (LEN bytes) is a line of a web portal's header block ("索引号：
 * X", "发布机构X", optionally after a "- " bullet: a page saved as text),
 * set DOC's metadata from it and set *FOUND to 1, else to 0.  Without the
 * page around it the first value of a key wins.  Returns XG_OK or
 * XG_ERR_NOMEM. */
int xg_header_line_meta(xg_doc *doc, const char *line, size_t len,
                        int *found, xg_error *err);

#endif
