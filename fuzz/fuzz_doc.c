/*
 * libFuzzer harness for the Word binary extractor (and the layout after
 * it, through xg_convert_bytes).
 *
 * An input that starts with the compound file signature is converted as
 * it is, to exercise the container reader.  Any other input is taken as
 * the streams of a Word document, "wdlen tablelen WordDocument Table
 * Data" (the lengths 32-bit little-endian, clamped to what is there),
 * and packed into a well-formed compound file first: random bytes almost
 * never make one, so without this the FIB, the piece table, the FKPs and
 * the tables would hardly be reached.  The packed file puts every stream
 * in regular sectors (mini stream cutoff 0) and names the table stream
 * both 0Table and 1Table, so the FIB's choice always finds it.
 *
 *   ./configure --enable-fuzzing CC=clang && make fuzz/fuzz_doc
 *   fuzz/fuzz_doc -max_len=131072 corpus-dir/
 *
 * Seeds: the corpus .doc files, and the same split into streams (see
 * tools/README.md).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xxgk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SECTOR 512
#define ENTRIES_PER_FAT (SECTOR / 4)

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static void dir_entry(unsigned char *e, const char *name, int type, uint32_t right,
                      uint32_t child, uint32_t start, uint32_t size)
{
    size_t i, n = strlen(name);

    memset(e, 0, 128);
    for (i = 0; i < n; i++)
        put16(e + 2 * i, (unsigned char)name[i]);
    put16(e + 64, (unsigned)(2 * n + 2));
    e[66] = (unsigned char)type;
    e[67] = 1;
    put32(e + 68, 0xFFFFFFFFu);
    put32(e + 72, right);
    put32(e + 76, child);
    put32(e + 116, start);
    put32(e + 120, size);
}

/* A compound file of the three streams (owned), *LEN its size: the FAT
 * sectors, two directory sectors (five entries), then the streams. */
static unsigned char *pack(const uint8_t *s[3], const size_t n[3], size_t *len)
{
    size_t secs[3], first[3], nsect, nfat = 1, i, k, total;
    uint32_t start[3];
    unsigned char *f, *fat, *dir;

    for (k = 0; k < 3; k++)
        secs[k] = (n[k] + SECTOR - 1) / SECTOR;
    nsect = 2 + secs[0] + secs[1] + secs[2];
    while (nfat * ENTRIES_PER_FAT < nsect + nfat)
        nfat++;
    if (nfat > 109)
        return NULL;
    total = SECTOR * (1 + nfat + nsect);
    f = calloc(total, 1);
    if (f == NULL)
        return NULL;
    memcpy(f, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    put16(f + 24, 0x3E);
    put16(f + 26, 3);
    put16(f + 28, 0xFFFE);
    put16(f + 30, 9);
    put16(f + 32, 6);
    put32(f + 44, (uint32_t)nfat);
    put32(f + 48, (uint32_t)nfat);                  /* the directory */
    put32(f + 56, 0);                               /* no mini stream */
    put32(f + 60, 0xFFFFFFFEu);
    put32(f + 68, 0xFFFFFFFEu);
    for (i = 0; i < 109; i++)
        put32(f + 76 + 4 * i, i < nfat ? (uint32_t)i : 0xFFFFFFFFu);
    fat = f + SECTOR;
    for (i = 0; i < nfat * ENTRIES_PER_FAT; i++)
        put32(fat + 4 * i, i < nfat ? 0xFFFFFFFDu : 0xFFFFFFFFu);
    put32(fat + 4 * nfat, (uint32_t)nfat + 1);
    put32(fat + 4 * (nfat + 1), 0xFFFFFFFEu);
    first[0] = nfat + 2;
    first[1] = first[0] + secs[0];
    first[2] = first[1] + secs[1];
    for (k = 0; k < 3; k++) {
        for (i = 0; i < secs[k]; i++)
            put32(fat + 4 * (first[k] + i),
                  i + 1 < secs[k] ? (uint32_t)(first[k] + i + 1) : 0xFFFFFFFEu);
        if (n[k] > 0)
            memcpy(f + SECTOR * (1 + first[k]), s[k], n[k]);
        start[k] = secs[k] ? (uint32_t)first[k] : 0xFFFFFFFEu;
    }
    dir = f + SECTOR * (1 + nfat);
    dir_entry(dir, "Root Entry", 5, 0xFFFFFFFFu, 1, 0xFFFFFFFEu, 0);
    dir_entry(dir + 128, "WordDocument", 2, 2, 0xFFFFFFFFu, start[0], (uint32_t)n[0]);
    dir_entry(dir + 256, "1Table", 2, 3, 0xFFFFFFFFu, start[1], (uint32_t)n[1]);
    dir_entry(dir + 384, "0Table", 2, 4, 0xFFFFFFFFu, start[1], (uint32_t)n[1]);
    dir_entry(dir + 512, "Data", 2, 0xFFFFFFFFu, 0xFFFFFFFFu, start[2], (uint32_t)n[2]);
    *len = total;
    return f;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xg_report *report;
    xg_error err;

    if (size >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
        report = xg_convert_bytes(data, size, "fuzz.doc", &err);
    } else if (size >= 8) {
        const uint8_t *s[3];
        size_t n[3], rest = size - 8, len = 0;
        unsigned char *file;

        n[0] = get32(data) < rest ? get32(data) : rest;
        rest -= n[0];
        n[1] = get32(data + 4) < rest ? get32(data + 4) : rest;
        rest -= n[1];
        n[2] = rest;
        s[0] = data + 8;
        s[1] = s[0] + n[0];
        s[2] = s[1] + n[1];
        file = pack(s, n, &len);
        if (file == NULL)
            return 0;
        report = xg_convert_bytes(file, len, "fuzz.doc", &err);
        free(file);
    } else {
        return 0;
    }
    xg_report_free(report);
    return 0;
}
