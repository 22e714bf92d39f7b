/* The document model: blocks, cells, spans, merges, bounds. */
#include <string.h>

#include "testutil.h"
#include "model.h"

static void test_blocks(void **state)
{
    xg_doc *doc = xg_doc_new();
    xg_table *t;
    const xg_block *b;

    (void)state;
    assert_int_equal(xg_doc_add_paragraph(doc, "一、总体情况xx", strlen("一、总体情况"), NULL, NULL), XG_OK);
    t = xg_doc_add_table(doc, NULL);
    assert_non_null(t);
    assert_int_equal(xg_doc_block_count(doc), 2);
    b = xg_doc_block(doc, 0);
    assert_int_equal(b->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(b->text, "一、总体情况");
    b = xg_doc_block(doc, 1);
    assert_int_equal(b->kind, XG_BLOCK_TABLE);
    assert_ptr_equal(b->table, t);
    assert_null(xg_doc_block(doc, 2));
    /* an empty table is dropped, a table with cells is not */
    xg_doc_drop_empty_table(doc);
    assert_int_equal(xg_doc_block_count(doc), 1);
    t = xg_doc_add_table(doc, NULL);
    assert_int_equal(xg_table_index(t), 0);
    assert_int_equal(xg_table_add_cell(t, 0, 0, 1, 1, "a", 1, NULL, NULL), XG_OK);
    xg_doc_drop_empty_table(doc);
    assert_int_equal(xg_doc_block_count(doc), 2);
    xg_doc_free(doc);
    xg_doc_free(NULL);
}

static void test_spans_and_merges(void **state)
{
    xg_doc *doc = xg_doc_new();
    xg_table *t = xg_doc_add_table(doc, NULL);
    xg_error err = {0};
    const xg_cell *c;

    (void)state;
    /* 三、本年度办理结果 merged down over three rows, as w:vMerge gives it */
    assert_int_equal(xg_table_add_cell(t, 0, 0, 1, 1, "三、本年度办理结果", strlen("三、本年度办理结果"), NULL, &err), XG_OK);
    assert_int_equal(xg_table_add_cell(t, 0, 1, 1, 2, "（一）予以公开", strlen("（一）予以公开"), NULL, &err), XG_OK);
    assert_int_equal(xg_table_extend_down(t, 0, 0, &err), XG_OK);
    assert_int_equal(xg_table_extend_down(t, 0, 0, &err), XG_OK);
    c = xg_table_cell_at(t, 2, 0);
    assert_non_null(c);
    assert_int_equal(c->row, 0);
    assert_int_equal(c->rowspan, 3);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 3);
    assert_ptr_equal(xg_table_cell_at(t, 0, 2), xg_table_cell_at(t, 0, 1));
    assert_null(xg_table_cell_at(t, 1, 1));
    assert_null(xg_table_cell_at(t, -1, 0));
    assert_null(xg_table_cell_at(t, 0, 99));
    /* overlaps are refused */
    assert_int_equal(xg_table_add_cell(t, 1, 0, 1, 1, "x", 1, NULL, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "overlapping table cells at row 2, column 1");
    assert_int_equal(xg_table_extend_down(t, 1, 1, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "merge continues a cell that does not exist");
    /* bounds */
    assert_int_equal(xg_table_add_cell(t, 0, XG_MAX_GRID_COLS, 1, 1, "x", 1, NULL, &err), XG_ERR_LIMIT);
    assert_string_equal(err.message, "table wider than 1000 columns");
    assert_int_equal(xg_table_add_cell(t, 0, 5, 0, 1, "x", 1, NULL, &err), XG_ERR_CORRUPT);
    assert_int_equal(xg_table_cell_count(t), 2);
    assert_string_equal(xg_table_cell(t, 1)->text, "（一）予以公开");
    xg_doc_free(doc);
}

/* A document holds at most XG_MAX_BLOCKS paragraphs and tables. */
static void test_block_limit(void **state)
{
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    int i;

    (void)state;
    for (i = 0; i < XG_MAX_BLOCKS - 1; i++)
        assert_int_equal(xg_doc_add_paragraph(doc, "x", 1, NULL, &err), XG_OK);
    assert_non_null(xg_doc_add_table(doc, &err));
    assert_int_equal(xg_doc_add_paragraph(doc, "x", 1, NULL, &err), XG_ERR_LIMIT);
    assert_string_equal(err.message, "more than 100000 paragraphs and tables");
    err.code = 0;
    assert_null(xg_doc_add_table(doc, &err));
    assert_int_equal(err.code, XG_ERR_LIMIT);
    assert_int_equal(xg_doc_block_count(doc), XG_MAX_BLOCKS);
    xg_doc_free(doc);
}

static void test_meta(void **state)
{
    xg_doc *doc = xg_doc_new();

    (void)state;
    assert_int_equal(xg_doc_set_meta(doc, "index_number", "11320000/2024-00001", NULL), XG_OK);
    assert_int_equal(xg_doc_set_meta(doc, "index_number", "second", NULL), XG_OK);
    assert_string_equal(xg_doc_meta(doc, "index_number"), "11320000/2024-00001");
    assert_null(xg_doc_meta(doc, "publisher"));
    xg_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blocks),
        cmocka_unit_test(test_spans_and_merges),
        cmocka_unit_test(test_block_limit),
        cmocka_unit_test(test_meta),
    };
    XG_RUN_TESTS(tests);
}
