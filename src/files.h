/* Files written whole or not at all: a temporary file, then a rename.
 * Library code (no printing); messages name the final path and the
 * system's reason. */
#ifndef XG_FILES_H
#define XG_FILES_H

#include <stdio.h>

#include "xxgk.h"

/* Fills OUT with the file's content; returns XG_OK or an error. */
typedef int (*xg_fill_fn)(FILE *out, void *ctx, xg_error *err);

enum {
    XG_WRITE_MKDIRS = 1,    /* create PATH's missing parent folders */
    XG_WRITE_IF_CHANGED = 2 /* leave PATH untouched if its content is the same */
};

/* Write PATH through a temporary file in TMPDIR (NULL: PATH's folder; it
 * must be on the same file system), created with mode 0666 less the
 * umask.  A PATH that is a device or a pipe is written directly (never
 * replaced); a folder is an error.  *CHANGED (may be NULL) is set to 1 when PATH was replaced.  On
 * failure PATH is as it was, no temporary file is left, and ERR says
 * "cannot write PATH: REASON" (XG_ERR_IO) unless FILL failed. */
int xg_write_file(const char *path, const char *tmpdir, int flags,
                  xg_fill_fn fill, void *ctx, int *changed, xg_error *err);

/* Put the finished temporary file TMP (closed) in place as PATH, as
 * xg_write_file does: the mode, the comparison when XG_WRITE_IF_CHANGED,
 * the rename; TMP is gone afterwards either way. */
int xg_install_file(const char *tmp, const char *path, int flags, int *changed,
                    xg_error *err);

/* Create folder PATH and its missing parents (mode 0777 less the umask). */
int xg_mkdirs(const char *path, xg_error *err);

/* The mode new files get: 0666 less the umask. */
unsigned xg_file_mode(void);

#endif
