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
          "       xxgk -d DIR [-j JOBS] [options] [PATH...] [--files-from LIST]\n"
          "       xxgk merge -d DIR [--excel] [--org-map FILE] SHARDDIR...\n"
          "Convert government information-disclosure annual reports (DOCX, PDF,\n"
          "HTML, text) into canonical JSON or CSV; a corpus into a dataset.  See xxgk(1).\n"
          "  -f, --format FMT     json (default) or csv\n"
          "  -o, --output FILE    write to FILE instead of standard output\n"
          "  -d, --dir DIR        batch: files and folders into the dataset folder DIR\n"
          "                       (DIR/xxgk.sqlite, DIR/reports/, DIR/*.csv)\n"
          "  -j, --jobs N         batch: convert N files at once (default 2)\n"
          "      --files-from LIST  batch: also the paths in LIST, one a line (- for stdin)\n"
          "      --excel          batch: also DIR/dataset.xlsx\n"
          "      --org-map FILE   batch: organisation names, CSV alias,name\n"
          "      --shard K/N      batch: convert only the K-th of N shares of the inputs\n"
          "      --timeout SECS   batch: time one conversion may take (default 120)\n"
          "      --max-memory MIB batch: memory one conversion may add (default 2048)\n"
          "      --force          batch: convert files that are up to date too\n"
          "      --retry-failed   batch: convert unchanged files that failed before\n"
          "  -q, --quiet          batch: no progress line\n"
          "  -v, --verbose        batch: a line per file\n"
          "      --ocr-min-confidence N  scans: a value OCR read with less confidence\n"
          "                       (0-100, default 80) is null, with a warning\n"
          "  -h, --help           this help\n"
          "  -V, --version        the version\n", out);
}

/* A number from TEXT within [MIN, MAX], or -1. */
static double number_arg(const char *text, double min, double max)
{
    char *end;
    double v = strtod(text, &end);

    if (end == text || *end != '\0' || !(v >= min && v <= max))
        return -1;
    return v;
}

int main(int argc, char **argv)
{
    enum { OPT_FORCE = 256, OPT_RETRY, OPT_FILES_FROM, OPT_EXCEL, OPT_ORG_MAP, OPT_SHARD,
           OPT_TIMEOUT, OPT_MAX_MEMORY, OPT_OCR_MIN_CONFIDENCE };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"dir", required_argument, NULL, 'd'},
        {"jobs", required_argument, NULL, 'j'},
        {"force", no_argument, NULL, OPT_FORCE},
        {"retry-failed", no_argument, NULL, OPT_RETRY},
        {"files-from", required_argument, NULL, OPT_FILES_FROM},
        {"excel", no_argument, NULL, OPT_EXCEL},
        {"org-map", required_argument, NULL, OPT_ORG_MAP},
        {"shard", required_argument, NULL, OPT_SHARD},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"max-memory", required_argument, NULL, OPT_MAX_MEMORY},
        {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"ocr-min-confidence", required_argument, NULL, OPT_OCR_MIN_CONFIDENCE},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}
    };
    xg_batch_opts batch = {NULL, 2, 0, 0, 0, 0, 0, XG_BATCH_TIMEOUT, XG_BATCH_MAX_MEMORY,
                           NULL, NULL, 0, 0, NULL};
    xg_options opts;
    const char *format = "json", *output = NULL;
    int (*writer)(const xg_report *, FILE *, xg_error *) = xg_write_json;
    xg_error err = {0};
    xg_report *report;
    int c, status, merge = 0, batch_only = 0;
    double v;

    xg_options_init(&opts);
    batch.convert = &opts;
    /* xxgk merge -d DIR SHARDDIR... */
    if (argc > 1 && strcmp(argv[1], "merge") == 0) {
        merge = 1;
        argv++;
        argc--;
    }
    while ((c = getopt_long(argc, argv, "f:o:d:j:qvhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'd': batch.dir = optarg; break;
        case 'j':
            if ((v = number_arg(optarg, 1, 256)) < 0 || v != (int)v) {
                fprintf(stderr, "xxgk: --jobs takes a number from 1 to 256\n");
                return XG_EXIT_USAGE;
            }
            batch.jobs = (int)v;
            batch_only = 1;
            break;
        case OPT_FORCE: batch.force = 1; batch_only = 1; break;
        case OPT_RETRY: batch.retry_failed = 1; batch_only = 1; break;
        case OPT_FILES_FROM: batch.files_from = optarg; batch_only = 1; break;
        case OPT_EXCEL: batch.excel = 1; batch_only = 1; break;
        case OPT_ORG_MAP: batch.org_map = optarg; batch_only = 1; break;
        case OPT_SHARD: {
            unsigned k, n;
            char tail;

            if (sscanf(optarg, "%u/%u%c", &k, &n, &tail) != 2 || n < 1 || n > 1000000 ||
                k < 1 || k > n) {
                fprintf(stderr, "xxgk: --shard takes K/N with 1 <= K <= N\n");
                return XG_EXIT_USAGE;
            }
            batch.shard_k = k;
            batch.shard_n = n;
            batch_only = 1;
            break;
        }
        case OPT_TIMEOUT:
            if ((v = number_arg(optarg, 0, 86400)) < 0) {
                fprintf(stderr, "xxgk: --timeout takes seconds from 0 (no limit) to 86400\n");
                return XG_EXIT_USAGE;
            }
            batch.timeout = v;
            batch_only = 1;
            break;
        case OPT_MAX_MEMORY:
            if ((v = number_arg(optarg, 0, 1048576)) < 0 || v != (unsigned)v) {
                fprintf(stderr, "xxgk: --max-memory takes MiB from 0 (no limit) to 1048576\n");
                return XG_EXIT_USAGE;
            }
            batch.max_memory = (unsigned)v;
            batch_only = 1;
            break;
        case OPT_OCR_MIN_CONFIDENCE:
            if ((v = number_arg(optarg, 0, 100)) < 0) {
                fprintf(stderr, "xxgk: --ocr-min-confidence takes a number from 0 to 100\n");
                return XG_EXIT_USAGE;
            }
            opts.ocr_min_confidence = v;
            break;
        case 'q': batch.quiet = 1; batch_only = 1; break;
        case 'v': batch.verbose = 1; batch_only = 1; break;
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
    if (merge) {
        if (batch.dir == NULL || optind >= argc) {
            fprintf(stderr, "xxgk: merge needs -d DIR and at least one shard folder\n");
            return XG_EXIT_USAGE;
        }
        return xg_batch_merge(&batch, argv + optind, argc - optind);
    }
    if (batch.dir != NULL) {
        if (output != NULL) {
            fprintf(stderr, "xxgk: -o and -d do not go together\n");
            return XG_EXIT_USAGE;
        }
        if (optind >= argc && batch.files_from == NULL) {
            usage(stderr);
            return XG_EXIT_USAGE;
        }
        return xg_batch_run(&batch, argv + optind, argc - optind);
    }
    if (batch_only) {
        fprintf(stderr, "xxgk: batch options need -d DIR\n");
        return XG_EXIT_USAGE;
    }
    if (optind >= argc) {
        usage(stderr);
        return XG_EXIT_USAGE;
    }
    if (argc - optind > 1) {
        fprintf(stderr, "xxgk: several files need -d DIR\n");
        return XG_EXIT_USAGE;
    }
    /* "-" is standard input: a report piped from a download */
    if (strcmp(argv[optind], "-") == 0)
        report = xg_convert_stream_opts(stdin, "-", &opts, &err);
    else
        report = xg_convert_file_opts(argv[optind], &opts, &err);
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
