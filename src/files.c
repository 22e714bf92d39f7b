/*
 * Atomic file writes (see files.h).  Every output of xxgk goes through
 * here: the single-file -o, the per-report outputs of a batch, the
 * exports of a dataset.
 */
#include "files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"

unsigned xg_file_mode(void)
{
    mode_t mask = umask(0);

    umask(mask);
    return 0666u & ~(unsigned)mask;
}

int xg_mkdirs(const char *path, xg_error *err)
{
    xg_buf b = {0};
    struct stat st;
    size_t i;
    int rc = XG_OK;

    if (xg_buf_puts(&b, path) != 0)
        return xg_error_nomem(err);
    for (i = 1; i <= b.len; i++) {
        if (i < b.len && b.data[i] != '/')
            continue;
        b.data[i] = '\0';
        if (mkdir(b.data, 0777) != 0 && errno != EEXIST) {
            rc = xg_error_set(err, XG_ERR_IO, "cannot create folder %s: %s", b.data, strerror(errno));
            break;
        }
        if (i < b.len)
            b.data[i] = '/';
    }
    if (rc == XG_OK && (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)))
        rc = xg_error_set(err, XG_ERR_IO, "cannot create folder %s: %s", path,
                          strerror(errno ? errno : ENOTDIR));
    xg_buf_free(&b);
    return rc;
}

/* Create the folder PATH is in. */
static int make_parent(const char *path, xg_error *err)
{
    const char *base = strrchr(path, '/');
    xg_buf dir = {0};
    int rc;

    if (base == NULL || base == path)
        return xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(ENOENT));
    if (xg_buf_append(&dir, path, (size_t)(base - path)) != 0)
        return xg_error_nomem(err);
    rc = xg_mkdirs(dir.data, err);
    xg_buf_free(&dir);
    return rc;
}

/* Do the files at PATH and TMP hold the same bytes? */
static int same_content(const char *path, const char *tmppath)
{
    FILE *old = fopen(path, "rb"), *tmp = fopen(tmppath, "rb");
    char a[8192], b[8192];
    int same = 0;

    while (old != NULL && tmp != NULL) {
        size_t na = fread(a, 1, sizeof a, old), nb = fread(b, 1, sizeof b, tmp);

        if (na != nb || memcmp(a, b, na) != 0)
            break;
        if (na < sizeof a) {
            same = !ferror(old) && !ferror(tmp);
            break;
        }
    }
    if (old)
        fclose(old);
    if (tmp)
        fclose(tmp);
    return same;
}

/* Is PATH there and something a rename must not replace (a device such
 * as /dev/null, a pipe, a folder)?  Then 1, with its type in *ST. */
static int special(const char *path, struct stat *st)
{
    return stat(path, st) == 0 && !S_ISREG(st->st_mode);
}

int xg_install_file(const char *tmp, const char *path, int flags, int *changed,
                    xg_error *err)
{
    struct stat st;
    int rc = XG_OK;

    if (changed)
        *changed = 0;
    if (special(path, &st)) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path,
                          S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
        goto fail;
    }
    if (chmod(tmp, (mode_t)xg_file_mode()) != 0) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        goto fail;
    }
    if ((flags & XG_WRITE_IF_CHANGED) && same_content(path, tmp)) {
        unlink(tmp);
        return XG_OK;
    }
    if (rename(tmp, path) != 0) {
        int e = errno;

        if (e == ENOENT && (flags & XG_WRITE_MKDIRS)) {
            if ((rc = make_parent(path, err)) != XG_OK)
                goto fail;
            if (rename(tmp, path) == 0)
                goto done;
            e = errno;
        }
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(e));
        goto fail;
    }
done:
    if (changed)
        *changed = 1;
    return XG_OK;
fail:
    {
        int e = errno;      /* the caller may want the reason */

        unlink(tmp);
        errno = e;
    }
    return rc;
}

int xg_write_file(const char *path, const char *tmpdir, int flags,
                  xg_fill_fn fill, void *ctx, int *changed, xg_error *err)
{
    xg_buf tmp = {0};
    FILE *f;
    const char *base = strrchr(path, '/');
    struct stat st;
    int fd, rc;

    if (changed)
        *changed = 0;
    if (special(path, &st)) {
        /* a device or a pipe (-o /dev/stdout) is written to, never
         * replaced: as root a rename would put a file in place of
         * /dev/null */
        if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode))
            return xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path,
                                S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
        if ((f = fopen(path, "wb")) == NULL)
            return xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        rc = fill(f, ctx, err);
        if ((fflush(f) != 0 || ferror(f)) && (rc == XG_OK || rc == XG_ERR_IO))
            rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        if (fclose(f) != 0 && rc == XG_OK)
            rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        if (rc == XG_OK && changed)
            *changed = 1;
        return rc;
    }
    if (tmpdir != NULL)
        rc = xg_buf_printf(&tmp, "%s/%.40s.XXXXXX", tmpdir, base ? base + 1 : path);
    else
        rc = xg_buf_printf(&tmp, "%s.tmp.XXXXXX", path);
    if (rc != 0)
        return xg_error_nomem(err);
    fd = mkstemp(tmp.data);
    if (fd < 0 && errno == ENOENT && (flags & XG_WRITE_MKDIRS) && tmpdir == NULL) {
        if ((rc = make_parent(path, err)) != XG_OK) {
            xg_buf_free(&tmp);
            return rc;
        }
        fd = mkstemp(tmp.data);
    }
    if (fd < 0) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        xg_buf_free(&tmp);
        return rc;
    }
    if ((f = fdopen(fd, "wb")) == NULL) {
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
        close(fd);
        goto fail;
    }
    rc = fill(f, ctx, err);
    /* a write error inside FILL or at the end: the file and the reason */
    if ((rc == XG_OK || rc == XG_ERR_IO) && (fflush(f) != 0 || ferror(f))) {
        /* errno may have moved on since the failed write: try once more */
        int e = errno;

        clearerr(f);
        if (fflush(f) != 0)
            e = errno;
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(e));
        fclose(f);
        goto fail;
    }
    if (fclose(f) != 0 && rc == XG_OK)
        rc = xg_error_set(err, XG_ERR_IO, "cannot write %s: %s", path, strerror(errno));
    if (rc != XG_OK)
        goto fail;
    rc = xg_install_file(tmp.data, path, flags, changed, err);
    xg_buf_free(&tmp);
    return rc;
fail:
    {
        int e = errno;

        unlink(tmp.data);
        xg_buf_free(&tmp);
        errno = e;
    }
    return rc;
}
