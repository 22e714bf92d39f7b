/*
 * OCR of a page image: the reading of scanned reports.
 *
 * The caller (the PDF extractor) renders a page to a grey image, turns
 * it straight by the skew this module measures, finds its rules with the
 * rule finder it uses for every page, and hands image and rules here.
 * This module then
 *
 *   1. segments the ink (ocr_image.c): rules are erased, the rest falls
 *      into connected components, the components into pieces: a piece is
 *      one line of text inside one cell, never crossing a rule and never
 *      a wide gap (so a table without rules still has one piece per
 *      cell and line);
 *   2. recognises each piece on its own (ocr.c, libtesseract), cropped
 *      with nothing but its own ink on white: a piece shaped like a number
 *      is read as one (digits, decimal point, thousands separators,
 *      dashes, slash), and is one only when two readings agree; other
 *      pieces are read as Chinese text, each run of digits in them
 *      confirmed the same way.  A number is never taken from one reading.
 *
 * The result is characters with boxes (pixels of the image) and
 * Tesseract's confidence (0..100), which the PDF extractor treats like a
 * text layer.  Nothing here knows the report.
 *
 * Images are 8-bit grey, 0 black .. 255 white.  Ownership as everywhere
 * (xxgk.h); images an xg_gray describes are borrowed unless a function
 * says it fills one (the caller then frees px).
 */
#ifndef XG_OCR_H
#define XG_OCR_H

#include <stddef.h>

#include "../src/xxgk.h"

/* Bounds (documented in man/xxgk.1). */
#define XG_OCR_MAX_SKEW      3.0        /* degrees of skew measured and undone */
#define XG_OCR_MAX_PIECES    20000      /* pieces of ink recognised on one page */
#define XG_OCR_PIECE_MAX_W   4000       /* pixels: a wider piece is not read */

typedef struct xg_gray {
    unsigned char *px;
    int w, h;
    size_t stride;          /* bytes from one row to the next */
} xg_gray;

/* A box of pixels: x0 <= x < x1, y0 <= y < y1. */
typedef struct xg_ocr_box {
    int x0, y0, x1, y1;
} xg_ocr_box;

/* A rule of the image, in pixels: horizontal (POS = y, A..B = x) or
 * vertical (POS = x, A..B = y). */
typedef struct xg_ocr_rule {
    double pos, a, b;
    int vertical;
} xg_ocr_rule;

/* ------------------------------------------------------------------ */
/* image (ocr_image.c, no Tesseract)                                   */

/* A new W x H image (rows W bytes apart, contents undefined) into *G; the
 * caller frees g->px.  XG_ERR_USAGE for an empty size. */
int xg_gray_new(xg_gray *g, int w, int h, xg_error *err);

/* The grey level that best parts ink from paper (Otsu's): pixels darker
 * than it are ink. */
int xg_ocr_threshold(const xg_gray *img);

/* The skew of the text lines and rules of IMG in degrees: a horizontal
 * line of the page runs along y = c + x * tan(skew) in the image (y
 * down), so turning the image by -skew straightens it.  Measured within
 * +-XG_OCR_MAX_SKEW to a hundredth of a degree; 0 when IMG has too little
 * ink to tell. */
double xg_ocr_skew(const xg_gray *img);

/* The image turned by -SKEW about its centre (see xg_ocr_skew), in a
 * new image of the same size (the caller frees out->px). */
int xg_ocr_straighten(const xg_gray *src, double skew, xg_gray *out,
                      xg_error *err);

/* The ink of a page in pieces (see above). */
typedef struct xg_ocr_seg xg_ocr_seg;

/* Segment IMG (straight) whose NRULES rules are RULES; PX_PER_PT is the
 * resolution (pixels per point), which sets the size of a speck of noise.
 * Returns NULL with ERR on no memory, or XG_ERR_LIMIT past
 * XG_OCR_MAX_PIECES.  IMG must outlive the result. */
xg_ocr_seg *xg_ocr_segment(const xg_gray *img, const xg_ocr_rule *rules,
                           size_t nrules, double px_per_pt, xg_error *err);
void xg_ocr_seg_free(xg_ocr_seg *seg);

/* Pieces, top to bottom then left to right. */
size_t xg_ocr_seg_count(const xg_ocr_seg *seg);
xg_ocr_box xg_ocr_seg_box(const xg_ocr_seg *seg, size_t i);
/* Does piece I look like a number by the shapes of its ink (digits each
 * one stroke as tall as the line and narrower than high, small marks
 * between)?  Only then is it read as one first. */
int xg_ocr_seg_numeric(const xg_ocr_seg *seg, size_t i);
/* The PX_PER_PT it was made with. */
double xg_ocr_seg_resolution(const xg_ocr_seg *seg);

/* Piece I alone: its box with MARGIN white pixels around, its own ink in
 * its grey levels, everything else (other pieces' ink, erased rules,
 * specks, paper) white.  Fills OUT (the caller frees out->px). */
int xg_ocr_seg_crop(const xg_ocr_seg *seg, size_t i, int margin,
                    xg_gray *out, xg_error *err);

/* ------------------------------------------------------------------ */
/* recognition (ocr.c, libtesseract; only in a build with OCR)         */

typedef struct xg_ocr_glyph {
    unsigned cp;            /* Unicode code point */
    xg_ocr_box box;         /* in the page image */
    float confidence;       /* 0..100 (see above for numbers) */
    int piece;              /* the piece it was read in */
    int number;             /* read as part of a number */
} xg_ocr_glyph;

typedef struct xg_ocr xg_ocr;

/* Load the recognisers (chi_sim and eng data of Tesseract; the data path
 * is Tesseract's own, TESSDATA_PREFIX overriding it).  NULL with ERR
 * (XG_ERR_UNSUPPORTED naming the missing data) when they will not load. */
xg_ocr *xg_ocr_new(xg_error *err);
void xg_ocr_free(xg_ocr *ocr);

/* Recognise every piece of SEG; the glyphs are appended to *GLYPHS (*N
 * of them, *CAP allocated; the caller frees *GLYPHS).  DEADLINE_MS > 0
 * bounds the time spent (milliseconds of the process's CPU time): past
 * it, XG_ERR_LIMIT. */
int xg_ocr_read(xg_ocr *ocr, const xg_ocr_seg *seg, long deadline_ms,
                xg_ocr_glyph **glyphs, size_t *n, size_t *cap,
                xg_error *err);

#endif
