/*
 * The inputs of a batch: the files named on the command line or in a list,
 * and the files under the folders named, each with its name in the
 * dataset.  Part of the library; nothing here prints.
 *
 * A file's name in the dataset is its path as written, made relative:
 * "." and empty segments dropped, "a/../b" read as "b", and a leading "/"
 * or leading ".." segments removed ("/data/x.pdf" is "data/x.pdf",
 * "../dl/x.pdf" is "dl/x.pdf").  A file found under a folder is named by
 * the folder as written followed by its path inside it.  The name is the
 * file's identity across runs and machines: the database key, the path of
 * its outputs under DIR/reports, the shard it falls in.
 */
#ifndef XG_INPUTS_H
#define XG_INPUTS_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "xxgk.h"

/* Bounds on what a batch lists. */
#define XG_MAX_WALK_DEPTH   128         /* folders inside folders */
#define XG_MAX_PATH_BYTES   4096        /* one path */

typedef struct xg_inputs xg_inputs;

xg_inputs *xg_inputs_new(void);
void xg_inputs_free(xg_inputs *in);

/* Never descend into the folder with this device and inode (the output
 * folder, when it lies inside an input folder). */
void xg_inputs_exclude(xg_inputs *in, dev_t dev, ino_t ino);

/* Add PATH: a file, or a folder walked recursively in name order, with
 * hidden entries (names starting with ".") skipped and symbolic links not
 * followed.  A path that cannot be read is still added, with the reason
 * as its problem (xg_inputs_problem).  Fails with XG_ERR_USAGE when two
 * different paths would get the same name (the message names both), and
 * XG_ERR_NOMEM. */
int xg_inputs_add(xg_inputs *in, const char *path, xg_error *err);

/* Add every path of LIST, one a line ("\n" or "\r\n"; empty lines
 * ignored), as xg_inputs_add does.  LISTNAME is used in messages. */
int xg_inputs_add_list(xg_inputs *in, FILE *list, const char *listname,
                       xg_error *err);

/* Keep only the inputs of shard K of N (1 <= K <= N): those whose name
 * hashes (FNV-1a, 64 bits) to K - 1 modulo N.  Deterministic across
 * machines and runs. */
void xg_inputs_shard(xg_inputs *in, unsigned k, unsigned n);

size_t xg_inputs_count(const xg_inputs *in);
/* The path to open (borrowed). */
const char *xg_inputs_path(const xg_inputs *in, size_t i);
/* The name in the dataset (borrowed). */
const char *xg_inputs_name(const xg_inputs *in, size_t i);
/* True when the file was found by walking a folder: open it without
 * following a symbolic link. */
int xg_inputs_walked(const xg_inputs *in, size_t i);
/* Why the path could not be listed ("cannot read folder: ..."), or NULL. */
const char *xg_inputs_problem(const xg_inputs *in, size_t i);

/* The name PATH gets in the dataset (see above), in a buffer the caller
 * frees; NULL when out of memory. */
char *xg_input_name(const char *path);

/* What the content of a file is when it is certainly not a report: "PNG
 * image", "ZIP archive", "XLSX spreadsheet", ...; NULL when it may be one
 * (DOCX, PDF, Word binary, web page, text: anything xxgk reads or should
 * say why it cannot).  DATA is the file's first SIZE bytes; zip archives
 * need the whole file to be told apart. */
const char *xg_content_kind(const unsigned char *data, size_t size);

#endif
