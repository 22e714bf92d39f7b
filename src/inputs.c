/*
 * The inputs of a batch (see inputs.h).  Linear in the number of files:
 * paths live in one growing arena, names are checked for clashes through a
 * hash set, and a name that is the tail of its path is not stored twice,
 * so a file costs its path's length and a few dozen bytes.
 */
#define _DEFAULT_SOURCE     /* d_type: no stat per directory entry */
#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "error.h"
#include "zipapi.h"

#define NO_TEXT SIZE_MAX

typedef struct entry {
    size_t path;            /* arena offsets */
    size_t name;
    size_t problem;         /* NO_TEXT when none */
    unsigned char walked;
} entry;

struct xg_inputs {
    char *arena;
    size_t alen, acap;
    entry *e;
    size_t n, cap;
    size_t *slots;          /* hash set of names: entry index + 1, 0 free */
    size_t nslots;
    struct { dev_t dev; ino_t ino; } exclude[4];
    int nexclude;
};

xg_inputs *xg_inputs_new(void)
{
    return calloc(1, sizeof(xg_inputs));
}

void xg_inputs_free(xg_inputs *in)
{
    if (in == NULL)
        return;
    free(in->arena);
    free(in->e);
    free(in->slots);
    free(in);
}

void xg_inputs_exclude(xg_inputs *in, dev_t dev, ino_t ino)
{
    if (in->nexclude < (int)(sizeof in->exclude / sizeof in->exclude[0])) {
        in->exclude[in->nexclude].dev = dev;
        in->exclude[in->nexclude].ino = ino;
        in->nexclude++;
    }
}

size_t xg_inputs_count(const xg_inputs *in) { return in->n; }
const char *xg_inputs_path(const xg_inputs *in, size_t i) { return in->arena + in->e[i].path; }
const char *xg_inputs_name(const xg_inputs *in, size_t i) { return in->arena + in->e[i].name; }
int xg_inputs_walked(const xg_inputs *in, size_t i) { return in->e[i].walked; }

const char *xg_inputs_problem(const xg_inputs *in, size_t i)
{
    return in->e[i].problem == NO_TEXT ? NULL : in->arena + in->e[i].problem;
}

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603u;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* PATH normalised segment by segment.  With KEEP_ROOT the leading "/" and
 * leading ".." segments stay (two paths naming the same file compare
 * equal); without, they go (the name in the dataset). */
static char *normalise(const char *path, int keep_root)
{
    xg_buf b = {0};
    size_t keep = 0;        /* bytes of B that ".." may not remove */
    const char *p = path;

    if (keep_root && *p == '/' && xg_buf_putc(&b, '/') != 0)
        return NULL;
    keep = b.len;
    while (*p) {
        const char *end = strchr(p, '/');
        size_t len = end ? (size_t)(end - p) : strlen(p);

        if (len == 0 || (len == 1 && p[0] == '.')) {
            /* nothing */
        } else if (len == 2 && p[0] == '.' && p[1] == '.') {
            if (b.len > keep) {
                size_t cut = b.len;

                while (cut > keep && b.data[cut - 1] != '/')
                    cut--;
                b.len = cut > keep ? cut - 1 : keep;
                b.data[b.len] = '\0';
            } else if (keep_root && (b.len == 0 || b.data[0] != '/')) {
                if ((b.len > 0 && xg_buf_putc(&b, '/') != 0) || xg_buf_puts(&b, "..") != 0)
                    goto fail;
                keep = b.len;
            }
        } else {
            if (b.len > 0 && b.data[b.len - 1] != '/' && xg_buf_putc(&b, '/') != 0)
                goto fail;
            if (xg_buf_append(&b, p, len) != 0)
                goto fail;
        }
        p += len;
        if (*p == '/')
            p++;
    }
    return xg_buf_steal(&b);
fail:
    xg_buf_free(&b);
    return NULL;
}

char *xg_input_name(const char *path)
{
    return normalise(path, 0);
}

/* Append S and its NUL to the arena; returns its offset or NO_TEXT. */
static size_t arena_add(xg_inputs *in, const char *s, size_t len)
{
    size_t off = in->alen;

    if (len + 1 > in->acap - in->alen) {
        size_t cap = in->acap ? in->acap : 4096;
        char *a;

        while (len + 1 > cap - in->alen) {
            if (cap > SIZE_MAX / 2)
                return NO_TEXT;
            cap *= 2;
        }
        if ((a = realloc(in->arena, cap)) == NULL)
            return NO_TEXT;
        in->arena = a;
        in->acap = cap;
    }
    memcpy(in->arena + off, s, len);
    in->arena[off + len] = '\0';
    in->alen += len + 1;
    return off;
}

static int grow_slots(xg_inputs *in)
{
    size_t n = in->nslots ? in->nslots * 2 : 1024, i;
    size_t *slots = calloc(n, sizeof *slots);

    if (slots == NULL)
        return -1;
    for (i = 0; i < in->nslots; i++) {
        size_t idx = in->slots[i], h;

        if (idx == 0)
            continue;
        h = (size_t)fnv1a(in->arena + in->e[idx - 1].name) & (n - 1);
        while (slots[h] != 0)
            h = (h + 1) & (n - 1);
        slots[h] = idx;
    }
    free(in->slots);
    in->slots = slots;
    in->nslots = n;
    return 0;
}

/* Does PATH name the same file as entry I (same path once normalised)? */
static int same_path(const xg_inputs *in, size_t i, const char *path, xg_error *err)
{
    char *a = normalise(in->arena + in->e[i].path, 1), *b = normalise(path, 1);
    int same = a && b && strcmp(a, b) == 0;

    if (a == NULL || b == NULL)
        xg_error_nomem(err);
    free(a);
    free(b);
    return same;
}

/* Add one entry.  Returns XG_OK (also when the same path was already
 * there: listed twice, kept once) or an error. */
static int add_entry(xg_inputs *in, const char *path, int walked,
                     const char *problem, xg_error *err)
{
    char *name = normalise(path, 0);
    size_t plen = strlen(path), nlen, h, pathoff;
    entry *e;
    int rc = XG_OK;

    if (name == NULL)
        return xg_error_nomem(err);
    nlen = strlen(name);
    if (in->n * 2 >= in->nslots && grow_slots(in) != 0) {
        rc = xg_error_nomem(err);
        goto done;
    }
    h = (size_t)fnv1a(name) & (in->nslots - 1);
    for (; in->slots[h] != 0; h = (h + 1) & (in->nslots - 1)) {
        size_t other = in->slots[h] - 1;

        if (strcmp(in->arena + in->e[other].name, name) != 0)
            continue;
        if (same_path(in, other, path, err))
            goto done;
        if (err && err->code == XG_ERR_NOMEM) {
            rc = XG_ERR_NOMEM;
            goto done;
        }
        rc = xg_error_set(err, XG_ERR_USAGE,
                          "%s and %s would both be named %s in the dataset",
                          in->arena + in->e[other].path, path, name);
        goto done;
    }
    if (in->n == in->cap) {
        size_t cap = in->cap ? in->cap * 2 : 256;

        if (cap > SIZE_MAX / sizeof *e || (e = realloc(in->e, cap * sizeof *e)) == NULL) {
            rc = xg_error_nomem(err);
            goto done;
        }
        in->e = e;
        in->cap = cap;
    }
    e = &in->e[in->n];
    pathoff = arena_add(in, path, plen);
    if (pathoff == NO_TEXT) {
        rc = xg_error_nomem(err);
        goto done;
    }
    e->path = pathoff;
    /* the name is usually the path's tail: share it */
    if (nlen <= plen && memcmp(in->arena + pathoff + plen - nlen, name, nlen) == 0)
        e->name = pathoff + plen - nlen;
    else if ((e->name = arena_add(in, name, nlen)) == NO_TEXT)
        rc = xg_error_nomem(err);
    e->problem = NO_TEXT;
    if (rc == XG_OK && problem != NULL &&
        (e->problem = arena_add(in, problem, strlen(problem))) == NO_TEXT)
        rc = xg_error_nomem(err);
    e->walked = (unsigned char)walked;
    if (rc == XG_OK) {
        in->slots[h] = in->n + 1;
        in->n++;
    }
done:
    free(name);
    return rc;
}

static int add_problem(xg_inputs *in, const char *path, const char *what,
                       int errnum, xg_error *err)
{
    xg_buf msg = {0};
    int rc;

    if (xg_buf_printf(&msg, "%s%s%s", what, errnum ? ": " : "",
                      errnum ? strerror(errnum) : "") != 0)
        return xg_error_nomem(err);
    rc = add_entry(in, path, 1, xg_buf_str(&msg), err);
    xg_buf_free(&msg);
    return rc;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int excluded(const xg_inputs *in, const struct stat *st)
{
    int i;

    for (i = 0; i < in->nexclude; i++)
        if (in->exclude[i].dev == st->st_dev && in->exclude[i].ino == st->st_ino)
            return 1;
    return 0;
}

/* Walk the folder at PATH (B holds it; restored on return). */
static int walk(xg_inputs *in, xg_buf *b, int depth, xg_error *err)
{
    DIR *d;
    struct dirent *de;
    char **names = NULL;
    size_t n = 0, cap = 0, i, base = b->len;
    int rc = XG_OK;

    if (depth > XG_MAX_WALK_DEPTH)
        return add_problem(in, xg_buf_str(b), "folders nested deeper than 128", 0, err);
    if ((d = opendir(xg_buf_str(b))) == NULL)
        return add_problem(in, xg_buf_str(b), "cannot read folder", errno, err);
    errno = 0;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;           /* hidden, and . and .. */
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            char **nn = realloc(names, ncap * sizeof *nn);

            if (nn == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            names = nn;
            cap = ncap;
        }
        /* the type rides after the name's NUL */
        {
            size_t len = strlen(de->d_name);
            char *copy = malloc(len + 2);

            if (copy == NULL) {
                rc = xg_error_nomem(err);
                goto done;
            }
            memcpy(copy, de->d_name, len + 1);
            copy[len + 1] = (char)de->d_type;
            names[n++] = copy;
        }
        errno = 0;
    }
    if (errno != 0) {
        rc = add_problem(in, xg_buf_str(b), "cannot read folder", errno, err);
        goto done;
    }
    qsort(names, n, sizeof *names, by_name);
    for (i = 0; i < n && rc == XG_OK; i++) {
        size_t len = strlen(names[i]);
        unsigned char type = (unsigned char)names[i][len + 1];
        struct stat st;
        int have_stat = 0;

        b->len = base;
        b->data[base] = '\0';
        if ((base > 0 && b->data[base - 1] != '/' && xg_buf_putc(b, '/') != 0) ||
            xg_buf_append(b, names[i], len) != 0) {
            rc = xg_error_nomem(err);
            break;
        }
        if (type == DT_UNKNOWN || (type == DT_DIR && in->nexclude > 0)) {
            if (fstatat(dirfd(d), names[i], &st, AT_SYMLINK_NOFOLLOW) != 0) {
                rc = add_problem(in, xg_buf_str(b), "cannot read", errno, err);
                continue;
            }
            have_stat = 1;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG :
                   S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        if (b->len > XG_MAX_PATH_BYTES) {
            rc = add_problem(in, xg_buf_str(b), "path longer than 4096 bytes", 0, err);
        } else if (type == DT_DIR) {
            if (!(have_stat && excluded(in, &st)))
                rc = walk(in, b, depth + 1, err);
        } else if (type == DT_REG) {
            rc = add_entry(in, xg_buf_str(b), 1, NULL, err);
        }
        /* symbolic links, devices, sockets and pipes are not followed */
    }
done:
    b->len = base;
    if (b->data)
        b->data[base] = '\0';
    for (i = 0; i < n; i++)
        free(names[i]);
    free(names);
    closedir(d);
    return rc;
}

int xg_inputs_add(xg_inputs *in, const char *path, xg_error *err)
{
    struct stat st;
    xg_buf b = {0};
    int rc;

    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return add_entry(in, path, 0, NULL, err);   /* opening it says why not */
    if (excluded(in, &st))
        return XG_OK;
    if (xg_buf_puts(&b, path) != 0)
        return xg_error_nomem(err);
    rc = walk(in, &b, 0, err);
    xg_buf_free(&b);
    return rc;
}

int xg_inputs_add_list(xg_inputs *in, FILE *list, const char *listname,
                       xg_error *err)
{
    xg_buf line = {0};
    long number = 0;
    int c, rc = XG_OK;

    do {
        c = getc(list);
        if (c != '\n' && c != EOF) {
            if (line.len >= XG_MAX_PATH_BYTES) {
                rc = xg_error_set(err, XG_ERR_USAGE, "%s: line %ld: longer than %d bytes",
                                  listname, number + 1, XG_MAX_PATH_BYTES);
                break;
            }
            if (xg_buf_putc(&line, (char)c) != 0) {
                rc = xg_error_nomem(err);
                break;
            }
            continue;
        }
        number++;
        if (line.len > 0 && line.data[line.len - 1] == '\r')
            line.data[--line.len] = '\0';
        if (line.len > 0 && (rc = xg_inputs_add(in, line.data, err)) != XG_OK)
            break;
        xg_buf_reset(&line);
    } while (c != EOF);
    if (rc == XG_OK && ferror(list))
        rc = xg_error_set(err, XG_ERR_IO, "%s: cannot read: %s", listname, strerror(errno));
    xg_buf_free(&line);
    return rc;
}

void xg_inputs_shard(xg_inputs *in, unsigned k, unsigned n)
{
    size_t i, kept = 0;

    for (i = 0; i < in->n; i++)
        if (fnv1a(in->arena + in->e[i].name) % n == k - 1)
            in->e[kept++] = in->e[i];
    in->n = kept;
    /* the name set no longer matches the entries; nothing is added after */
    free(in->slots);
    in->slots = NULL;
    in->nslots = 0;
}

static int has(const unsigned char *d, size_t size, size_t at, const char *magic, size_t len)
{
    return size >= at + len && memcmp(d + at, magic, len) == 0;
}

/* Spreadsheets, presentations and plain archives among zip files, by the
 * names inside: OOXML keeps its parts under word/, xl/ or ppt/, and
 * OpenDocument names its type first, uncompressed. */
static const char *zip_kind(const unsigned char *d, size_t size)
{
    static const char odf[] = "mimetypeapplication/vnd.oasis.opendocument.";
    zip_error_t zerr;
    zip_source_t *src;
    zip_t *za;
    zip_int64_t i, n;
    const char *kind = "ZIP archive";

    if (has(d, size, 30, odf, sizeof odf - 1)) {
        const char *type = (const char *)d + 30 + sizeof odf - 1;
        size_t left = size - 30 - (sizeof odf - 1);

        if (left >= 11 && memcmp(type, "spreadsheet", 11) == 0)
            return "ODS spreadsheet";
        if (left >= 12 && memcmp(type, "presentation", 12) == 0)
            return "ODP presentation";
        return NULL;
    }
    if (xg_zip_load(NULL) != XG_OK)
        return NULL;            /* the conversion says why */
    xg_zip.zip_error_init(&zerr);
    if ((src = xg_zip.zip_source_buffer_create(d, size, 0, &zerr)) == NULL) {
        xg_zip.zip_error_fini(&zerr);
        return NULL;
    }
    if ((za = xg_zip.zip_open_from_source(src, ZIP_RDONLY, &zerr)) == NULL) {
        xg_zip.zip_source_free(src);
        xg_zip.zip_error_fini(&zerr);
        return NULL;            /* broken: the conversion says how */
    }
    n = xg_zip.zip_get_num_entries(za, 0);
    for (i = 0; i < n && i < XG_MAX_ZIP_ENTRIES; i++) {
        const char *name = xg_zip.zip_get_name(za, (zip_uint64_t)i, ZIP_FL_ENC_RAW);

        if (name == NULL)
            continue;
        if (strncmp(name, "word/", 5) == 0 || strcmp(name, "_rels/.rels") == 0 ||
            strcmp(name, "[Content_Types].xml") == 0)
            kind = NULL;
        if (strncmp(name, "xl/", 3) == 0) {
            kind = "XLSX spreadsheet";
            break;
        }
        if (strncmp(name, "ppt/", 4) == 0) {
            kind = "PPTX presentation";
            break;
        }
    }
    xg_zip.zip_discard(za);
    xg_zip.zip_error_fini(&zerr);
    return kind;
}

/* Compound (OLE2) files: Word (and WPS) keep a WordDocument stream, Excel
 * a Workbook (or Book), PowerPoint a "PowerPoint Document".  A stream's
 * name is a directory entry: 128 bytes on a 128-byte boundary, the name
 * in UTF-16LE with its terminator, its length in bytes at offset 64 (so a
 * word in a document's text is never taken for one). */
static int has_entry(const unsigned char *d, size_t size, const char *ascii)
{
    unsigned char pattern[66];
    size_t i, len = strlen(ascii), n = 2 * (len + 1);

    if (n > 64)
        return 0;
    for (i = 0; i < len; i++) {
        pattern[2 * i] = (unsigned char)ascii[i];
        pattern[2 * i + 1] = 0;
    }
    pattern[2 * len] = pattern[2 * len + 1] = 0;
    for (i = 0; i + 128 <= size; i += 128)
        if (memcmp(d + i, pattern, n) == 0 && d[i + 64] == n && d[i + 65] == 0)
            return 1;
    return 0;
}

static const char *ole_kind(const unsigned char *d, size_t size)
{
    if (has_entry(d, size, "WordDocument"))
        return NULL;
    if (has_entry(d, size, "Workbook") || has_entry(d, size, "Book"))
        return "XLS spreadsheet";
    if (has_entry(d, size, "PowerPoint Document"))
        return "PPT presentation";
    return NULL;
}

const char *xg_content_kind(const unsigned char *d, size_t size)
{
    if (has(d, size, 0, "PK\5\6", 4))
        return "ZIP archive";       /* an empty one */
    if (has(d, size, 0, "PK\3\4", 4))
        return zip_kind(d, size);
    if (has(d, size, 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return ole_kind(d, size);
    if (has(d, size, 0, "\x89PNG\r\n\x1a\n", 8))
        return "PNG image";
    if (has(d, size, 0, "\xFF\xD8\xFF", 3))
        return "JPEG image";
    if (has(d, size, 0, "GIF87a", 6) || has(d, size, 0, "GIF89a", 6))
        return "GIF image";
    if (has(d, size, 0, "II*\0", 4) || has(d, size, 0, "MM\0*", 4))
        return "TIFF image";
    if (has(d, size, 0, "BM", 2) && size >= 26 && d[15] == 0 && d[16] == 0 && d[17] == 0 &&
        (d[14] == 12 || d[14] == 40 || d[14] == 52 || d[14] == 56 || d[14] == 108 || d[14] == 124))
        return "BMP image";
    if (has(d, size, 0, "RIFF", 4) && has(d, size, 8, "WEBP", 4))
        return "WebP image";
    if (has(d, size, 0, "RIFF", 4) && has(d, size, 8, "WAVE", 4))
        return "WAV audio";
    if (has(d, size, 0, "RIFF", 4) && has(d, size, 8, "AVI ", 4))
        return "AVI video";
    if (has(d, size, 4, "ftypheic", 8) || has(d, size, 4, "ftypmif1", 8) ||
        has(d, size, 4, "ftypavif", 8))
        return "HEIF image";
    if (has(d, size, 4, "ftyp", 4))
        return "MP4 video";
    if (has(d, size, 0, "\x1A\x45\xDF\xA3", 4))
        return "Matroska video";
    if (has(d, size, 0, "ID3", 3))
        return "MP3 audio";
    if (has(d, size, 0, "OggS", 4))
        return "Ogg media";
    if (has(d, size, 0, "fLaC", 4))
        return "FLAC audio";
    if (has(d, size, 0, "Rar!\x1a\x07", 6))
        return "RAR archive";
    if (has(d, size, 0, "7z\xBC\xAF\x27\x1C", 6))
        return "7z archive";
    if (has(d, size, 0, "\x1F\x8B", 2))
        return "gzip archive";
    if (has(d, size, 0, "BZh", 3) && size > 3 && d[3] >= '1' && d[3] <= '9')
        return "bzip2 archive";
    if (has(d, size, 0, "\xFD" "7zXZ\0", 6))
        return "xz archive";
    if (has(d, size, 0, "\x28\xB5\x2F\xFD", 4))
        return "zstd archive";
    if (has(d, size, 0, "MSCF\0\0\0\0", 8))
        return "CAB archive";
    if (has(d, size, 257, "ustar", 5))
        return "tar archive";
    if (has(d, size, 0, "\x7F" "ELF", 4))
        return "executable";
    if (has(d, size, 0, "MZ", 2) && size >= 64) {
        size_t pe = (size_t)d[60] | (size_t)d[61] << 8 | (size_t)d[62] << 16;

        if (has(d, size, pe, "PE\0\0", 4))
            return "executable";
    }
    if (has(d, size, 0, "SQLite format 3", 16))
        return "SQLite database";
    return NULL;
}
