/*
 * libFuzzer harness for the HTML extractor and everything after it: the
 * input is a page in any bytes (the decoder finds or guesses its charset),
 * read by xg_extract_html, then the layout stage, metadata, checks and
 * both writers.
 *
 *   ./configure --enable-fuzzing CC=clang && make fuzz
 *   fuzz/fuzz_html -max_len=131072 -dict=fuzz/html.dict corpus-dir/ corpus/html
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
    if (xg_extract_html(data, size, doc, &err) == XG_OK)
        run_pipeline(doc, XG_FORMAT_HTML);
    xg_doc_free(doc);
    return 0;
}
