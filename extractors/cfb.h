/*
 * Compound File Binary ([MS-CFB], "OLE2"): the container of Word 97-2003
 * (.doc), WPS (.wps) and the other Office binary formats.  Read-only and
 * in memory: the streams at the root of the file, read whole.
 *
 * The file is untrusted.  Every sector number is checked against the
 * size of the file, every sector chain is walked at most once per sector
 * (a chain that comes back to a sector it has visited is refused), the
 * directory is walked without recursion, each entry at most once, and a
 * stream's declared size must fit in the file and in its chain.
 *
 * Ownership: xg_cfb_open gives the caller the container (xg_cfb_free);
 * it borrows DATA, which must outlive it.  xg_cfb_read gives the caller
 * the stream's bytes (free()).
 */
#ifndef XG_CFB_H
#define XG_CFB_H

#include <stddef.h>

#include "../src/xxgk.h"

typedef struct xg_cfb xg_cfb;

/* True if DATA starts with the compound file signature. */
int xg_cfb_sniff(const unsigned char *data, size_t size);

/* Open the container in the SIZE bytes at DATA: the header, the sector
 * allocation tables and the root storage's directory.  XG_ERR_CORRUPT
 * with a one-line reason when they are malformed. */
int xg_cfb_open(const unsigned char *data, size_t size, xg_cfb **out,
                xg_error *err);
void xg_cfb_free(xg_cfb *cfb);

/* Whether the root storage holds a stream called NAME (ASCII, compared
 * without regard to case, as [MS-CFB] compares names). */
int xg_cfb_has_stream(const xg_cfb *cfb, const char *name);

/* Read the root stream NAME whole: *OUT (owned, never NULL on success,
 * even for an empty stream) and *SIZE.  A stream that is not there is
 * XG_ERR_CORRUPT "no NAME stream"; one whose chain is broken, loops or is
 * shorter than its size is XG_ERR_CORRUPT too. */
int xg_cfb_read(const xg_cfb *cfb, const char *name, unsigned char **out,
                size_t *size, xg_error *err);

#endif
