/*
 * In-process benchmark: read each file once, convert it ROUNDS times with
 * the library and print the CPU time per conversion (getrusage), without
 * process start-up and dynamic linking, which the whole-process figures of
 * bench/run.sh include.
 * usage: bench_convert ROUNDS FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "xxgk.h"

static double cpu_seconds(void)
{
    struct rusage ru;

    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
           (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

int main(int argc, char **argv)
{
    int rounds, i, k;

    if (argc < 3 || (rounds = atoi(argv[1])) < 1) {
        fprintf(stderr, "usage: bench_convert ROUNDS FILE...\n");
        return 1;
    }
    for (i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        unsigned char *data = NULL;
        long size;
        double start;
        const char *base = strrchr(argv[i], '/');

        if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
            fseek(f, 0, SEEK_SET) != 0 || (data = malloc((size_t)size + 1)) == NULL ||
            fread(data, 1, (size_t)size, f) != (size_t)size) {
            fprintf(stderr, "bench_convert: %s: cannot read\n", argv[i]);
            return 1;
        }
        fclose(f);
        start = cpu_seconds();
        for (k = 0; k < rounds; k++) {
            xg_error err = {0};
            xg_report *r = xg_convert_bytes(data, (size_t)size, argv[i], &err);

            if (r == NULL) {
                fprintf(stderr, "bench_convert: %s: %s\n", argv[i], err.message);
                return 1;
            }
            xg_report_free(r);
        }
        printf("%-44s %8.3f ms\n", base ? base + 1 : argv[i],
               (cpu_seconds() - start) * 1000 / rounds);
        free(data);
    }
    return 0;
}
