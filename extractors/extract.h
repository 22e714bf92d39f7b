/*
 * The extractors: one per input format, each filling the document model
 * (src/model.h) from the bytes of one file.  An extractor knows its format
 * and nothing of the report; it never prints.  Each returns XG_OK or an
 * error code with ERR filled with a one-line reason (without the path:
 * the caller adds it).  On failure DOC may hold a partial document, which
 * the caller discards.
 */
#ifndef XG_EXTRACT_H
#define XG_EXTRACT_H

#include <stddef.h>

#include "../src/buf.h"
#include "../src/model.h"

int xg_extract_docx(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);
/* xg_extract_docx with the byte cap on each inflated zip entry as a
 * parameter instead of XG_MAX_ZIP_ENTRY, which also sets the bound on XML
 * nodes per block (one per 32 bytes of the cap): for the unit tests, which
 * exercise the caps with small archives.  Nothing else has a reason to
 * choose another cap. */
int xg_extract_docx_capped(const unsigned char *data, size_t size,
                           size_t entry_cap, xg_doc *doc, xg_error *err);
/* Word 97-2003 binary documents (.doc, .dot, and .wps as WPS Office saves
 * them): extractors/doc.c. */
int xg_extract_doc(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err);
int xg_extract_pdf(const unsigned char *data, size_t size, xg_doc *doc,
                   xg_error *err);
int xg_extract_html(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);
int xg_extract_text(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err);

/* The text of a Word table cell, built from its paragraphs one at a time
 * (the DOCX and DOC extractors; extractors/docx.c): lines joined with
 * '\n'; empty paragraphs between lines are kept as empty lines, those
 * before the first line and after the last are spacing, dropped.  The
 * zero value starts a cell. */
typedef struct xg_cell_lines {
    int started;            /* a non-empty line is in the text */
    size_t empty_lines;     /* empty paragraphs since the last line */
} xg_cell_lines;

/* Add the paragraph LINE (LEN bytes) to the cell text in TEXT; 0, or -1
 * when memory runs out. */
int xg_cell_lines_add(xg_buf *text, xg_cell_lines *state, const char *line,
                      size_t len);

/* Helpers the text and HTML extractors share (extractors/text.c). */

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

/* If LINE (LEN bytes) is a line of a web portal's header block ("索引号：
 * X", "发布机构X", optionally after a "- " bullet), set DOC's metadata from
 * it and set *FOUND to 1, else to 0.  Returns XG_OK or XG_ERR_NOMEM
 * (extractors/html.c). */
int xg_header_line_meta(xg_doc *doc, const char *line, size_t len,
                        int *found, xg_error *err);

#endif
