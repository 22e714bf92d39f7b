/* The document model as text, for the extractors' unit tests. */
#ifndef XG_DUMPDOC_H
#define XG_DUMPDOC_H

#include "buf.h"
#include "model.h"

/* The document model, one line per block and per cell:
 *   P:text
 *   T:rowsxcols
 *   C:row,col rowspanxcolspan:text
 * with newlines and tabs in text written \n and \t. */
static char *xg_test_dump_doc(const xg_doc *doc)
{
    xg_buf out = {0};
    size_t i, j;

    for (i = 0; i < xg_doc_block_count(doc); i++) {
        const xg_block *b = xg_doc_block(doc, i);
        const char *s;

        if (b->kind == XG_BLOCK_PARAGRAPH) {
            xg_buf_puts(&out, "P:");
            for (s = b->text; *s; s++)
                xg_buf_puts(&out, *s == '\n' ? "\\n" : *s == '\t' ? "\\t"
                                                     : (char[2]){*s, 0});
            xg_buf_putc(&out, '\n');
            continue;
        }
        xg_buf_printf(&out, "T:%dx%d\n", xg_table_rows(b->table),
                      xg_table_cols(b->table));
        for (j = 0; j < xg_table_cell_count(b->table); j++) {
            const xg_cell *c = xg_table_cell(b->table, j);

            xg_buf_printf(&out, "C:%d,%d %dx%d:", c->row, c->col, c->rowspan,
                          c->colspan);
            for (s = c->text; *s; s++)
                xg_buf_puts(&out, *s == '\n' ? "\\n" : *s == '\t' ? "\\t"
                                                     : (char[2]){*s, 0});
            xg_buf_putc(&out, '\n');
        }
    }
    return xg_buf_steal(&out);
}

#endif
