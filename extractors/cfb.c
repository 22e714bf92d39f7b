/*
 * Compound File Binary reader: see cfb.h.
 *
 * Our own rather than libgsf's GsfInfileMSOle, which the issue suggested:
 * on Debian 12 (libgsf 1.14.50) that reader walks the directory's
 * sibling links by recursion with no bound on depth, so a 13 MB file
 * whose 100,000 directory entries are chained one after another
 * overflows the stack (a crash, after 4 s of sorted-list insertion), and
 * it reports damage through g_warning on standard error, which library
 * code must not do.  What a Word document needs of the container is
 * small: the header, the FAT, the mini FAT, the root's streams read
 * whole; here it is, every bound explicit.
 */
#include "cfb.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define SECT_MAXREG   0xFFFFFFFAu   /* above: special values */
#define SECT_END      0xFFFFFFFEu   /* ENDOFCHAIN */
#define SECT_FREE     0xFFFFFFFFu
#define HEADER_SIZE   512
#define DIFAT_IN_HEADER 109
#define DIR_ENTRY_SIZE 128
#define MINI_SECTOR   64
#define NO_SIZE       UINT64_MAX   /* read a chain to its end */

typedef struct stream_entry {
    uint16_t name[32];
    int name_len;                   /* UTF-16 units, without the NUL */
    uint32_t start;
    uint64_t size;
} stream_entry;

struct xg_cfb {
    const unsigned char *data;
    size_t size;
    unsigned shift;                 /* sector size 1 << shift */
    size_t sector_size;
    uint32_t nsect;                 /* sectors in the file after the header */
    uint32_t *fat;
    uint32_t nfat;
    uint32_t *minifat;
    uint32_t nminifat;
    unsigned char *ministream;      /* the root entry's stream */
    size_t ministream_size;
    uint32_t cutoff;                /* streams smaller live in the mini stream */
    stream_entry *streams;          /* the root storage's streams */
    size_t nstreams;
};

static const unsigned char signature[8] = {
    0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1
};

static uint16_t le16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

int xg_cfb_sniff(const unsigned char *data, size_t size)
{
    return size >= sizeof signature && memcmp(data, signature, sizeof signature) == 0;
}

void xg_cfb_free(xg_cfb *cfb)
{
    if (cfb == NULL)
        return;
    free(cfb->fat);
    free(cfb->minifat);
    free(cfb->ministream);
    free(cfb->streams);
    free(cfb);
}

/* The bytes of regular sector SEC and how many of them the file holds
 * (the last sector of a file may be cut short). */
static const unsigned char *sector(const xg_cfb *c, uint32_t sec, size_t *avail)
{
    size_t off = ((size_t)sec + 1) << c->shift;

    *avail = c->size - off < c->sector_size ? c->size - off : c->sector_size;
    return c->data + off;
}

/* Read the chain starting at START through the FAT (or, with MINI, the
 * mini FAT and the mini stream) into *OUT: SIZE bytes, or with NO_SIZE
 * every sector up to the end of the chain.  WHAT names the chain in
 * messages. */
static int read_chain(const xg_cfb *c, int mini, uint32_t start, uint64_t size,
                      const char *what, unsigned char **out, size_t *outlen,
                      xg_error *err)
{
    const uint32_t *table = mini ? c->minifat : c->fat;
    uint32_t ntable = mini ? c->nminifat : c->nfat;
    size_t unit = mini ? MINI_SECTOR : c->sector_size;
    uint32_t units = mini ? (uint32_t)((c->ministream_size + MINI_SECTOR - 1) / MINI_SECTOR)
                          : c->nsect;
    unsigned char *visited = NULL, *buf = NULL;
    size_t len = 0, cap;
    uint32_t sec = start;
    int rc = XG_OK;

    *out = NULL;
    *outlen = 0;
    if (size != NO_SIZE && size > c->size)
        return xg_error_set(err, XG_ERR_CORRUPT, "%s larger than the file", what);
    cap = size != NO_SIZE ? (size_t)size : 0;
    buf = malloc(cap + 1);
    visited = calloc((size_t)ntable / 8 + 1, 1);
    if (buf == NULL || visited == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    while (size == NO_SIZE || len < cap) {
        const unsigned char *src;
        size_t avail, take;

        if (sec >= SECT_MAXREG) {
            if (size == NO_SIZE)
                break;
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "%s: sector chain shorter than its size", what);
            goto done;
        }
        if (sec >= ntable || sec >= units) {
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "%s: sector past the end of the file", what);
            goto done;
        }
        if (visited[sec / 8] & (1u << (sec % 8))) {
            rc = xg_error_set(err, XG_ERR_CORRUPT, "%s: sector chain loops", what);
            goto done;
        }
        visited[sec / 8] |= (unsigned char)(1u << (sec % 8));
        if (mini) {
            src = c->ministream + (size_t)sec * MINI_SECTOR;
            avail = c->ministream_size - (size_t)sec * MINI_SECTOR;
            if (avail > MINI_SECTOR)
                avail = MINI_SECTOR;
        } else {
            src = sector(c, sec, &avail);
        }
        take = unit;
        if (size != NO_SIZE && cap - len < take)
            take = cap - len;
        if (take > avail) {
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "%s: sector past the end of the file", what);
            goto done;
        }
        if (size == NO_SIZE) {
            /* Chains without a size (directory, mini FAT) grow a sector
             * at a time; the visited sectors bound them by the file. */
            unsigned char *nb = realloc(buf, len + take + 1);

            if (nb == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            buf = nb;
        }
        memcpy(buf + len, src, take);
        len += take;
        sec = table[sec];
    }
    *out = buf;
    *outlen = len;
    buf = NULL;
done:
    free(buf);
    free(visited);
    return rc;
}

/* The FAT: its sector numbers come from the header's 109 slots and then
 * from the DIFAT sector chain. */
static int read_fat(xg_cfb *c, const unsigned char *h, xg_error *err)
{
    uint32_t nfatsect = le32(h + 44);
    uint32_t difat = le32(h + 68), ndifat = le32(h + 72);
    uint32_t per_sector = (uint32_t)(c->sector_size / 4);
    uint32_t *fatsect = NULL, got = 0, i, hops = 0;
    int rc = XG_OK;

    if (nfatsect > c->nsect)
        return xg_error_set(err, XG_ERR_CORRUPT,
                            "compound file: more FAT sectors than the file holds");
    fatsect = malloc(((size_t)nfatsect + 1) * sizeof *fatsect);
    if (fatsect == NULL)
        return xg_error_nomem(err);
    for (i = 0; i < DIFAT_IN_HEADER && got < nfatsect; i++)
        fatsect[got++] = le32(h + 76 + 4 * i);
    while (got < nfatsect) {
        const unsigned char *s;
        size_t avail;

        /* Each DIFAT sector is visited once at most: more hops than the
         * header declares, or than the file has sectors, is a loop. */
        if (difat >= c->nsect || hops >= ndifat || hops >= c->nsect) {
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "compound file: FAT sector list is broken");
            goto done;
        }
        hops++;
        s = sector(c, difat, &avail);
        if (avail < c->sector_size) {
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "compound file: FAT sector list is broken");
            goto done;
        }
        for (i = 0; i + 1 < per_sector && got < nfatsect; i++)
            fatsect[got++] = le32(s + 4 * i);
        difat = le32(s + 4 * (per_sector - 1));
    }
    c->nfat = nfatsect * per_sector;
    c->fat = malloc(((size_t)c->nfat + 1) * sizeof *c->fat);
    if (c->fat == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    for (i = 0; i < nfatsect; i++) {
        const unsigned char *s;
        size_t avail;
        uint32_t j;

        if (fatsect[i] >= c->nsect) {
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "compound file: FAT sector past the end of the file");
            goto done;
        }
        s = sector(c, fatsect[i], &avail);
        if (avail < c->sector_size) {
            rc = xg_error_set(err, XG_ERR_CORRUPT,
                              "compound file: FAT sector past the end of the file");
            goto done;
        }
        for (j = 0; j < per_sector; j++)
            c->fat[(size_t)i * per_sector + j] = le32(s + 4 * j);
    }
done:
    free(fatsect);
    return rc;
}

/* Record the streams among the root storage's children.  The children
 * are a binary tree through the left and right sibling links; it is
 * walked with a stack of our own, each entry at most once, so neither a
 * cycle nor a degenerate tree costs more than the directory's size. */
static int read_root_streams(xg_cfb *c, const unsigned char *dir, size_t nent,
                             int v3, xg_error *err)
{
    unsigned char *seen = NULL;
    uint32_t *stack = NULL;
    size_t top = 0;
    int rc = XG_OK;

    if (nent == 0)
        return xg_error_set(err, XG_ERR_CORRUPT, "compound file: empty directory");
    seen = calloc(nent / 8 + 1, 1);
    stack = malloc((2 * nent + 1) * sizeof *stack);
    c->streams = malloc(nent * sizeof *c->streams);
    if (seen == NULL || stack == NULL || c->streams == NULL) {
        rc = xg_error_nomem(err);
        goto done;
    }
    stack[top++] = le32(dir + 76);      /* the root entry's child */
    while (top > 0) {
        uint32_t e = stack[--top];
        const unsigned char *d;
        unsigned name_bytes;

        if (e >= nent || e == 0 || (seen[e / 8] & (1u << (e % 8))))
            continue;
        seen[e / 8] |= (unsigned char)(1u << (e % 8));
        d = dir + (size_t)e * DIR_ENTRY_SIZE;
        stack[top++] = le32(d + 68);
        stack[top++] = le32(d + 72);
        name_bytes = le16(d + 64);
        if (d[66] != 2 || name_bytes < 2 || name_bytes > 64 || name_bytes % 2 != 0)
            continue;   /* a storage, an unused slot, or a name we cannot hold */
        {
            stream_entry *s = &c->streams[c->nstreams++];
            int k;

            s->name_len = (int)name_bytes / 2 - 1;
            for (k = 0; k < s->name_len; k++)
                s->name[k] = le16(d + 2 * k);
            s->start = le32(d + 116);
            /* Version 3 files may leave junk in the high half of the
             * size ([MS-CFB] 2.6.3): it is ignored. */
            s->size = v3 ? le32(d + 120)
                         : (uint64_t)le32(d + 120) | (uint64_t)le32(d + 124) << 32;
        }
    }
done:
    free(seen);
    free(stack);
    return rc;
}

int xg_cfb_open(const unsigned char *data, size_t size, xg_cfb **out,
                xg_error *err)
{
    xg_cfb *c;
    const unsigned char *h = data;
    unsigned char *dir = NULL, *minifat = NULL;
    size_t dirlen = 0, mflen = 0, i;
    unsigned shift, mini_shift;
    int rc, v3;

    *out = NULL;
    if (!xg_cfb_sniff(data, size))
        return xg_error_set(err, XG_ERR_FORMAT, "not a compound file");
    if (size < HEADER_SIZE)
        return xg_error_set(err, XG_ERR_CORRUPT, "compound file header truncated");
    shift = le16(h + 30);
    mini_shift = le16(h + 32);
    if (le16(h + 28) != 0xFFFE)
        return xg_error_set(err, XG_ERR_CORRUPT, "compound file: bad byte order mark");
    if ((shift != 9 && shift != 12) || mini_shift != 6)
        return xg_error_set(err, XG_ERR_CORRUPT,
                            "compound file: unsupported sector size");
    c = calloc(1, sizeof *c);
    if (c == NULL)
        return xg_error_nomem(err);
    c->data = data;
    c->size = size;
    c->shift = shift;
    c->sector_size = (size_t)1 << shift;
    c->cutoff = le32(h + 56);
    v3 = shift == 9;
    if (size > c->sector_size) {
        size_t n = (size - c->sector_size + c->sector_size - 1) >> shift;

        c->nsect = n > SECT_MAXREG ? SECT_MAXREG : (uint32_t)n;
    }
    rc = read_fat(c, h, err);
    if (rc != XG_OK)
        goto fail;
    rc = read_chain(c, 0, le32(h + 48), NO_SIZE, "compound file directory",
                    &dir, &dirlen, err);
    if (rc != XG_OK)
        goto fail;
    rc = read_root_streams(c, dir, dirlen / DIR_ENTRY_SIZE, v3, err);
    if (rc != XG_OK)
        goto fail;
    /* The mini stream is the root entry's stream; the mini FAT chains
     * its 64-byte sectors. */
    if (le32(h + 60) < SECT_MAXREG) {
        rc = read_chain(c, 0, le32(h + 60), NO_SIZE, "compound file mini FAT",
                        &minifat, &mflen, err);
        if (rc != XG_OK)
            goto fail;
        c->nminifat = (uint32_t)(mflen / 4);
        c->minifat = malloc(((size_t)c->nminifat + 1) * sizeof *c->minifat);
        if (c->minifat == NULL) {
            rc = xg_error_nomem(err);
            goto fail;
        }
        for (i = 0; i < c->nminifat; i++)
            c->minifat[i] = le32(minifat + 4 * i);
        rc = read_chain(c, 0, le32(dir + 116), v3 ? le32(dir + 120)
                        : (uint64_t)le32(dir + 120) | (uint64_t)le32(dir + 124) << 32,
                        "compound file mini stream", &c->ministream,
                        &c->ministream_size, err);
        if (rc != XG_OK)
            goto fail;
    }
    free(dir);
    free(minifat);
    *out = c;
    return XG_OK;
fail:
    free(dir);
    free(minifat);
    xg_cfb_free(c);
    return rc;
}

static const stream_entry *find(const xg_cfb *c, const char *name)
{
    size_t i, len = strlen(name);

    for (i = 0; i < c->nstreams; i++) {
        const stream_entry *s = &c->streams[i];
        size_t k;

        if ((size_t)s->name_len != len)
            continue;
        for (k = 0; k < len; k++) {
            unsigned a = s->name[k], b = (unsigned char)name[k];

            if (a >= 'A' && a <= 'Z')
                a += 'a' - 'A';
            if (b >= 'A' && b <= 'Z')
                b += 'a' - 'A';
            if (a != b)
                break;
        }
        if (k == len)
            return s;
    }
    return NULL;
}

int xg_cfb_has_stream(const xg_cfb *cfb, const char *name)
{
    return find(cfb, name) != NULL;
}

int xg_cfb_read(const xg_cfb *cfb, const char *name, unsigned char **out,
                size_t *size, xg_error *err)
{
    const stream_entry *s = find(cfb, name);
    char what[64];

    *out = NULL;
    *size = 0;
    if (s == NULL)
        return xg_error_set(err, XG_ERR_CORRUPT, "no %s stream", name);
    snprintf(what, sizeof what, "%s stream", name);
    return read_chain(cfb, s->size < cfb->cutoff, s->start, s->size, what, out,
                      size, err);
}
