/* SHA-256 (FIPS 180-4): the identity of an input file in the corpus
 * database.  Streaming: init, update any number of times, final. */
#ifndef XG_SHA256_H
#define XG_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct xg_sha256 {
    uint32_t state[8];
    uint64_t length;            /* bytes hashed so far */
    unsigned char block[64];
    size_t fill;                /* bytes in BLOCK */
} xg_sha256;

void xg_sha256_init(xg_sha256 *ctx);
void xg_sha256_update(xg_sha256 *ctx, const void *data, size_t size);
/* The digest as 64 lowercase hex digits and a NUL in HEX. */
void xg_sha256_hex(xg_sha256 *ctx, char hex[65]);

#endif
