/*
 * The command line: parses options, calls the library, prints, and maps
 * results to the exit statuses of batch.h (documented in man/xxgk.1).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xxgk.h"
#include "batch.h"

static void usage(FILE *out)
{
    fputs("usage: xxgk [-f json|csv] [-o OUTPUT] FILE|-\n"
          "       xxgk -d DIR [-j JOBS] [--force] [-q] FILE...\n"
          "Convert government information-disclosure annual reports (DOCX, PDF,\n"
          "HTML, text) into canonical JSON or CSV.  See xxgk(1).\n"
          "  -f, --format FMT    json (default) or csv\n"
          "  -o, --output FILE   write to FILE instead of standard output\n"
          "  -d, --dir DIR       batch: write DIR/NAME.json, DIR/NAME.csv, DIR/dataset.csv\n"
          "  -j, --jobs N        batch: convert N files at once (default 2)\n"
          "      --force         batch: convert files whose outputs are up to date too\n"
          "  -q, --quiet         batch: print only the closing summary\n"
          "  -h, --help          this help\n"
          "  -V, --version       the version\n", out);
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"dir", required_argument, NULL, 'd'},
        {"jobs", required_argument, NULL, 'j'},
        {"force", no_argument, NULL, 'F'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}
    };
    xg_batch_opts batch = {NULL, 2, 0, 0, 120};
    const char *format = "json", *output = NULL;
    int (*writer)(const xg_report *, FILE *, xg_error *) = xg_write_json;
    xg_error err = {0};
    xg_report *report;
    int c, status;

    while ((c = getopt_long(argc, argv, "f:o:d:j:qhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'd': batch.dir = optarg; break;
        case 'j': {
            char *end;
            long j = strtol(optarg, &end, 10);

            if (*end != '\0' || j < 1 || j > 256) {
                fprintf(stderr, "xxgk: --jobs takes a number from 1 to 256\n");
                return XG_EXIT_USAGE;
            }
            batch.jobs = (int)j;
            break;
        }
        case 'F': batch.force = 1; break;
        case 'q': batch.quiet = 1; break;
        case 'h': usage(stdout); return XG_EXIT_OK;
        case 'V': puts("xxgk " XG_VERSION_STRING); return XG_EXIT_OK;
        default: usage(stderr); return XG_EXIT_USAGE;
        }
    }
    if (strcmp(format, "csv") == 0) {
        writer = xg_write_csv;
    } else if (strcmp(format, "json") != 0) {
        fprintf(stderr, "xxgk: unknown format '%s' (json or csv)\n", format);
        return XG_EXIT_USAGE;
    }
    if (optind >= argc) {
        usage(stderr);
        return XG_EXIT_USAGE;
    }
    if (batch.dir != NULL) {
        if (output != NULL) {
            fprintf(stderr, "xxgk: -o and -d do not go together\n");
            return XG_EXIT_USAGE;
        }
        return xg_batch_run(&batch, argv + optind, argc - optind);
    }
    if (argc - optind > 1) {
        fprintf(stderr, "xxgk: several files need -d DIR\n");
        return XG_EXIT_USAGE;
    }
    /* "-" is standard input: a report piped from a download */
    if (strcmp(argv[optind], "-") == 0)
        report = xg_convert_stream(stdin, "-", &err);
    else
        report = xg_convert_file(argv[optind], &err);
    if (report == NULL) {
        fprintf(stderr, "xxgk: %s: %s\n", argv[optind], err.message);
        return xg_exit_status(err.code);
    }
    if (output != NULL) {
        status = xg_write_atomic(output, report, writer, &err);
    } else {
        status = writer(report, stdout, &err);
        if (status == XG_OK && fflush(stdout) != 0)
            status = XG_ERR_IO;
    }
    xg_report_free(report);
    if (status != XG_OK) {
        /* xg_write_atomic's message names the file it could not write */
        if (output != NULL)
            fprintf(stderr, "xxgk: %s\n", err.message);
        else
            fprintf(stderr, "xxgk: standard output: write error\n");
        return XG_EXIT_OUTPUT;
    }
    return XG_EXIT_OK;
}
