/*
 * What every harness runs after building or extracting a document: the
 * layout stage, metadata, checks and both writers, as a conversion does.
 */
#ifndef XG_FUZZ_PIPELINE_H
#define XG_FUZZ_PIPELINE_H

#include <stdio.h>

#include "report.h"

static void run_pipeline(const xg_doc *doc, int format)
{
    xg_report *report = xg_report_new("fuzz", format);
    FILE *sink = fopen("/dev/null", "w");

    if (report != NULL && sink != NULL &&
        xg_layout_tables(doc, report, NULL) == XG_OK &&
        xg_layout_meta(doc, report, NULL) == XG_OK &&
        xg_run_checks(report, NULL) == XG_OK) {
        xg_write_json(report, sink, NULL);
        xg_write_csv(report, sink, NULL);
    }
    if (sink != NULL)
        fclose(sink);
    xg_report_free(report);
}

#endif
