/*
 * The report's words, for text read by OCR.  OCR confuses characters
 * that look alike (禁 read as 茜, 总 as 鼠), so a label or header read
 * from a scan may match nothing of the schema.  Such a label is matched
 * to the nearest word of the vocabulary (every row, column, group and
 * part label and pattern of the schema, the rows offices add, and the
 * template's other header texts), by edit distance over characters, and only when that word is
 * near enough and no word of another meaning is as near: a label that
 * cannot be matched with confidence stays as it was read, and its row is
 * not guessed.
 */
#ifndef XG_VOCAB_H
#define XG_VOCAB_H

typedef struct xg_vocab xg_vocab;

/* The vocabulary of the schema (owned); NULL on allocation failure. */
xg_vocab *xg_vocab_new(void);
void xg_vocab_free(xg_vocab *vocab);

/* Label key KEY (xg_norm_label form) matched to the vocabulary: the key
 * with its text after any numbering replaced by the word it is near
 * (owned), or NULL when it is a word already, or near none with
 * confidence, or memory runs out (*NOMEM set then). */
char *xg_vocab_snap(const xg_vocab *vocab, const char *key, int *nomem);

#endif
