/*
 * libFuzzer harness for the text extractor and everything after it: the
 * input is a text file in any bytes (UTF-8, GBK, UTF-16 with a BOM), read
 * by xg_extract_text in whichever of its forms it shows (tab rows, pipe
 * rows, one cell a line, space-aligned columns, one cell a block), then
 * the layout stage, metadata, checks and both writers.
 *
 *   ./configure --enable-fuzzing CC=clang && make fuzz
 *   fuzz/fuzz_text -max_len=65536 -dict=fuzz/text.dict corpus-dir/ corpus/text
 */
#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xg_doc *doc = xg_doc_new();
    xg_error err;

    if (doc == NULL)
        return 0;
    if (xg_extract_text(data, size, doc, &err) == XG_OK)
        run_pipeline(doc, XG_FORMAT_TEXT);
    xg_doc_free(doc);
    return 0;
}
