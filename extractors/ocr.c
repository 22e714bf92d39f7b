/*
 * Recognition of the pieces of a page image with libtesseract's C API.
 * Two recognisers are loaded once per document: chi_sim for text, eng
 * restricted to the characters of a number (digits . , - /) for numbers.
 * Every piece is one line of one cell already, and is read as a line of
 * text: as a raw line (no layout analysis of Tesseract's own, which reads
 * 三 as three lines and drops short lines; measured on the scans of the
 * corpus, the raw line makes fewer errors), as a single line when the raw
 * line reads nothing.
 *
 * A number is kept only when two readings agree, one of them at least by
 * the digits recogniser: it as a single line and as a raw line, then the
 * text recogniser.  On the scans of the corpus, chi_sim alone misreads
 * this font's 1 as 工 or 了, and the digits recogniser alone is
 * confidently wrong now and then (2,99 for 2,59 at 94); no pair of
 * agreeing readings was wrong.  The characters of a number get the lower
 * confidence of the agreeing pair; a number no two readings agree on is
 * kept as the digits recogniser read it with confidence 0, which the
 * layout stage never takes.
 *
 * Tesseract reports through its own printing; its "debug_file" is set to
 * /dev/null before anything else so that the library prints nothing.
 */
#include "ocr.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <tesseract/capi.h>

#include "error.h"
#include "lazylib.h"
#include "xxgk.h"

/* libtesseract is loaded when a page first needs OCR, not when the
 * program starts: it and what it needs (OpenMP, curl, archive: 33 of the
 * 72 shared libraries xxgk linked) cost about 30 ms of CPU to load and
 * initialise, most of xxgk's time on a small PDF with text.  Its
 * functions are called through this table. */
#define TESS_FUNCTIONS(X) \
    X(TessBaseAPIClear) \
    X(TessBaseAPICreate) \
    X(TessBaseAPIDelete) \
    X(TessBaseAPIEnd) \
    X(TessBaseAPIGetIterator) \
    X(TessBaseAPIInit2) \
    X(TessBaseAPIRecognize) \
    X(TessBaseAPISetImage) \
    X(TessBaseAPISetPageSegMode) \
    X(TessBaseAPISetSourceResolution) \
    X(TessBaseAPISetVariable) \
    X(TessDeleteText) \
    X(TessMonitorCreate) \
    X(TessMonitorDelete) \
    X(TessMonitorSetCancelFunc) \
    X(TessMonitorSetCancelThis) \
    X(TessPageIteratorBoundingBox) \
    X(TessResultIteratorConfidence) \
    X(TessResultIteratorDelete) \
    X(TessResultIteratorGetPageIteratorConst) \
    X(TessResultIteratorGetUTF8Text) \
    X(TessResultIteratorNext)

static struct {
    TESS_FUNCTIONS(XG_LAZY_POINTER)
} tess;

XG_LAZY_LOADER(load_library, tess, TESS_FUNCTIONS, "OCR library", "libtesseract5",
               "libtesseract.so.5", "libtesseract.so.4", "libtesseract.so")

/* Load libtesseract once.  Tesseract runs each step of its recogniser on
 * OpenMP threads: on the short lines of a table, and beside other
 * processes, that costs several times what it gains, and OpenMP reads
 * its limit from the environment when it is loaded, with Tesseract: so
 * OMP_THREAD_LIMIT is set to 1 first, unless the user chose a limit. */
static int load_tesseract(xg_error *err)
{
    if (getenv("OMP_THREAD_LIMIT") == NULL)
        setenv("OMP_THREAD_LIMIT", "1", 1);
    return load_library(err);       /* never unloaded: Tesseract keeps state */
}

#define NUMBER_CHARS "0123456789.,-/"
#define CROP_MARGIN 0.2             /* of the piece's height, white around it */

struct xg_ocr {
    TessBaseAPI *text;          /* chi_sim */
    TessBaseAPI *digits;        /* eng, number characters only */
    ETEXT_DESC *monitor;
    long allowed_ms;        /* of the current xg_ocr_read, for the message */
    long deadline;          /* cpu_ms() when it is spent */
};

/* One symbol as Tesseract read it. */
typedef struct sym {
    unsigned cp;
    int x0, y0, x1, y1;     /* in the crop */
    float conf;
} sym;

typedef struct syms {
    sym *v;
    size_t n, cap;
} syms;

static TessBaseAPI *load(const char *lang, const char *package,
                         TessPageSegMode psm, xg_error *err)
{
    TessBaseAPI *api = tess.TessBaseAPICreate();

    if (api == NULL) {
        xg_error_nomem(err);
        return NULL;
    }
    tess.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    if (tess.TessBaseAPIInit2(api, NULL, lang, OEM_LSTM_ONLY) != 0) {
        tess.TessBaseAPIDelete(api);
        xg_error_set(err, XG_ERR_UNSUPPORTED,
                     "OCR data for '%s' not found (install %s)", lang, package);
        return NULL;
    }
    tess.TessBaseAPISetPageSegMode(api, psm);
    return api;
}

/* CPU time of the process, in milliseconds: the time bounds of OCR are
 * in CPU time, so that a busy machine does not make a page too slow. */
static long cpu_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Tesseract asks this now and then while it recognises. */
static bool cancel_check(void *data, int words)
{
    const xg_ocr *ocr = data;

    (void)words;
    return cpu_ms() >= ocr->deadline;
}

xg_ocr *xg_ocr_new(xg_error *err)
{
    xg_ocr *ocr;

    if (load_tesseract(err) != XG_OK)
        return NULL;
    ocr = calloc(1, sizeof *ocr);
    if (ocr == NULL) {
        xg_error_nomem(err);
        return NULL;
    }
    ocr->text = load("chi_sim", "tesseract-ocr-chi-sim", PSM_SINGLE_LINE, err);
    if (ocr->text != NULL)
        ocr->digits = load("eng", "tesseract-ocr-eng", PSM_SINGLE_LINE, err);
    if (ocr->digits == NULL) {
        xg_ocr_free(ocr);
        return NULL;
    }
    if (!tess.TessBaseAPISetVariable(ocr->digits, "tessedit_char_whitelist", NUMBER_CHARS)) {
        xg_error_set(err, XG_ERR_UNSUPPORTED, "OCR: Tesseract has no character whitelist");
        xg_ocr_free(ocr);
        return NULL;
    }
    ocr->monitor = tess.TessMonitorCreate();
    if (ocr->monitor == NULL) {
        xg_error_nomem(err);
        xg_ocr_free(ocr);
        return NULL;
    }
    tess.TessMonitorSetCancelThis(ocr->monitor, ocr);
    tess.TessMonitorSetCancelFunc(ocr->monitor, cancel_check);
    return ocr;
}

static void unload(TessBaseAPI *api)
{
    if (api != NULL) {
        tess.TessBaseAPIEnd(api);
        tess.TessBaseAPIDelete(api);
    }
}

void xg_ocr_free(xg_ocr *ocr)
{
    if (ocr == NULL)
        return;
    unload(ocr->text);
    unload(ocr->digits);
    if (ocr->monitor != NULL)
        tess.TessMonitorDelete(ocr->monitor);
    free(ocr);
}

static int out_of_time(const xg_ocr *ocr, xg_error *err)
{
    return xg_error_set(err, XG_ERR_LIMIT, "OCR took more than %ld s of CPU",
                        (ocr->allowed_ms + 999) / 1000);
}

/* The next code point of UTF-8 S, or 0xFFFD for a bad byte. */
static unsigned utf8_next(const char **s)
{
    const unsigned char *p = (const unsigned char *)*s;
    unsigned cp;
    int n, i;

    if (p[0] < 0x80) {
        *s += 1;
        return p[0];
    }
    if ((p[0] & 0xE0) == 0xC0) { cp = p[0] & 0x1F; n = 1; }
    else if ((p[0] & 0xF0) == 0xE0) { cp = p[0] & 0x0F; n = 2; }
    else if ((p[0] & 0xF8) == 0xF0) { cp = p[0] & 0x07; n = 3; }
    else { *s += 1; return 0xFFFD; }
    for (i = 1; i <= n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *s += i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    *s += n + 1;
    return cp;
}

/* Read CROP with API as one line; the symbols into OUT.  XG_ERR_LIMIT
 * when the OCR's deadline passes. */
static int read_line(xg_ocr *ocr, TessBaseAPI *api, TessPageSegMode psm,
                     const xg_gray *crop, int ppi, syms *out, xg_error *err)
{
    TessResultIterator *it;
    int rc = XG_OK;

    out->n = 0;
    if (cpu_ms() >= ocr->deadline)
        return out_of_time(ocr, err);
    tess.TessBaseAPISetPageSegMode(api, psm);
    tess.TessBaseAPISetImage(api, crop->px, crop->w, crop->h, 1, (int)crop->stride);
    tess.TessBaseAPISetSourceResolution(api, ppi);
    if (tess.TessBaseAPIRecognize(api, ocr->monitor) != 0) {
        /* cancelled at the deadline, or nothing Tesseract could read */
        tess.TessBaseAPIClear(api);
        return cpu_ms() >= ocr->deadline ? out_of_time(ocr, err) : XG_OK;
    }
    it = tess.TessBaseAPIGetIterator(api);
    if (it != NULL) {
        do {
            const TessPageIterator *pit = tess.TessResultIteratorGetPageIteratorConst(it);
            char *text = tess.TessResultIteratorGetUTF8Text(it, RIL_SYMBOL);
            int l, t, r, b, k = 0, ncp = 0;
            const char *p;
            float conf;

            if (text == NULL)
                continue;
            if (!tess.TessPageIteratorBoundingBox(pit, RIL_SYMBOL, &l, &t, &r, &b)) {
                tess.TessDeleteText(text);
                continue;
            }
            conf = tess.TessResultIteratorConfidence(it, RIL_SYMBOL);
            for (p = text; *p;) {
                utf8_next(&p);
                ncp++;
            }
            /* a symbol of several code points shares its box out */
            for (p = text; *p; k++) {
                unsigned cp = utf8_next(&p);
                sym *s;

                if (cp == ' ')
                    continue;
                if (out->n == out->cap) {
                    size_t cap = out->cap ? out->cap * 2 : 64;
                    sym *v = realloc(out->v, cap * sizeof *v);

                    if (v == NULL) {
                        tess.TessDeleteText(text);
                        rc = xg_error_nomem(err);
                        goto done;
                    }
                    out->v = v;
                    out->cap = cap;
                }
                s = &out->v[out->n++];
                s->cp = cp;
                s->x0 = l + (r - l) * k / ncp;
                s->x1 = l + (r - l) * (k + 1) / ncp;
                s->y0 = t;
                s->y1 = b;
                s->conf = conf < 0 ? 0 : conf > 100 ? 100 : conf;
            }
            tess.TessDeleteText(text);
        } while (tess.TessResultIteratorNext(it, RIL_SYMBOL));
    }
done:
    tess.TessResultIteratorDelete(it);
    tess.TessBaseAPIClear(api);
    return rc;
}

/* The ASCII form of a character of a number, 0 when it is none:
 * full-width digits and punctuation, and the dashes, fold. */
static char number_char(unsigned cp)
{
    if (cp >= '0' && cp <= '9')
        return (char)cp;
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (char)('0' + cp - 0xFF10);
    switch (cp) {
    case '.': case 0xFF0E: case 0x3002: return '.';
    case ',': case 0xFF0C: return ',';
    case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFF0D: case 0x2500: case 0x4E00: return '-';
    case '/': case 0xFF0F: return '/';
    }
    return 0;
}

static int is_digit_cp(unsigned cp)
{
    char c = number_char(cp);

    return c >= '0' && c <= '9';
}

/* A reading of a number: its characters in ASCII form and the lowest
 * confidence among them; OK when every character is one of a number's
 * and there is a digit (or, for a dash cell, only dashes and slashes). */
typedef struct number_reading {
    char text[64];
    float conf;
    int ok;
    int digits;             /* by the digits recogniser */
} number_reading;

static void as_number(const syms *s, size_t from, size_t to, int digits,
                      number_reading *out)
{
    size_t i, n = 0;
    int digit = 0, other = 0;

    out->ok = 0;
    out->conf = 100;
    out->digits = digits;
    out->text[0] = '\0';
    if (to <= from || to - from >= sizeof out->text)
        return;
    for (i = from; i < to; i++) {
        char c = number_char(s->v[i].cp);

        if (c == 0)
            return;
        digit |= c >= '0' && c <= '9';
        other |= c == '.' || c == ',';
        out->text[n++] = c;
        if (s->v[i].conf < out->conf)
            out->conf = s->v[i].conf;
    }
    out->text[n] = '\0';
    out->ok = digit || !other;
}

typedef struct reading {
    xg_ocr *ocr;
    const xg_ocr_seg *seg;
    int piece;
    xg_ocr_box box;         /* the piece */
    int margin;             /* of its crop */
    int ppi;
    syms text, scratch, scratch2;   /* symbols of the readings */
    xg_ocr_glyph **glyphs;
    size_t *n, *cap;
} reading;

static int add_glyph(reading *rd, unsigned cp, int x0, int y0, int x1,
                     int y1, float conf, int number, xg_error *err)
{
    xg_ocr_glyph *g;

    if (*rd->n == *rd->cap) {
        size_t cap = *rd->cap ? *rd->cap * 2 : 256;
        xg_ocr_glyph *v = realloc(*rd->glyphs, cap * sizeof *v);

        if (v == NULL)
            return xg_error_nomem(err);
        *rd->glyphs = v;
        *rd->cap = cap;
    }
    g = &(*rd->glyphs)[(*rd->n)++];
    g->cp = cp;
    /* crop to page coordinates */
    g->box.x0 = rd->box.x0 - rd->margin + x0;
    g->box.y0 = rd->box.y0 - rd->margin + y0;
    g->box.x1 = rd->box.x0 - rd->margin + x1;
    g->box.y1 = rd->box.y0 - rd->margin + y1;
    g->confidence = conf;
    g->piece = rd->piece;
    g->number = number;
    return XG_OK;
}

/* Add TEXT as the glyphs of a number over columns X0..X1 of the crop,
 * each character a equal share. */
static int add_number(reading *rd, const char *text, int x0, int x1,
                      float conf, xg_error *err)
{
    size_t i, n = strlen(text);
    int rc = XG_OK, h = rd->box.y1 - rd->box.y0 + 2 * rd->margin;

    for (i = 0; i < n && rc == XG_OK; i++)
        rc = add_glyph(rd, (unsigned char)text[i], x0 + (int)((x1 - x0) * i / n),
                       0, x0 + (int)((x1 - x0) * (i + 1) / n), h, conf, 1, err);
    return rc;
}

/* The best pair of agreeing readings among R[0..N): the same number, one
 * of the two at least by the digits recogniser; its index in *AT and the
 * lower confidence of the two in *CONF.  0 when no two agree. */
static int agreement(const number_reading *r, size_t n, size_t *at,
                     float *conf)
{
    size_t i, j;
    int found = 0;

    for (i = 0; i < n; i++)
        for (j = i + 1; j < n; j++) {
            float c = r[i].conf < r[j].conf ? r[i].conf : r[j].conf;

            if (!r[i].ok || !r[j].ok || !(r[i].digits || r[j].digits) ||
                strcmp(r[i].text, r[j].text) != 0)
                continue;
            if (!found || c > *conf) {
                *conf = c;
                *at = r[i].digits ? i : j;
                found = 1;
            }
        }
    return found;
}

/* Read CROP (a number, or a run of digits within text) until two readings
 * agree (see agreement): the digits recogniser as a single line and as a
 * raw line, then the text recogniser as a raw line and a single line.  R holds
 * KNOWN (readings made already) readings on entry and every reading on
 * return (*NR); *AGREED is set with *AT and *CONF as agreement() sets
 * them.  A pair under 90 does not stop the reading: a better may come. */
static int read_number(reading *rd, const xg_gray *crop, number_reading *r,
                       size_t known, size_t *nr, int *agreed, size_t *at,
                       float *conf, xg_error *err)
{
    static const struct {
        int digits;
        TessPageSegMode psm;
    } order[] = {
        {1, PSM_SINGLE_LINE}, {1, PSM_RAW_LINE}, {0, PSM_RAW_LINE}, {0, PSM_SINGLE_LINE}
    };
    size_t k;
    int rc = XG_OK;

    *nr = known;
    *agreed = agreement(r, *nr, at, conf);
    for (k = 0; k < sizeof order / sizeof order[0] && !(*agreed && *conf >= 90); k++) {
        TessBaseAPI *api = order[k].digits ? rd->ocr->digits : rd->ocr->text;

        /* a known text reading stands for the text recogniser's first */
        if (!order[k].digits && known > 0 && order[k].psm == PSM_RAW_LINE)
            continue;
        rc = read_line(rd->ocr, api, order[k].psm, crop, rd->ppi,
                       &rd->scratch, err);
        if (rc != XG_OK)
            return rc;
        as_number(&rd->scratch, 0, rd->scratch.n, order[k].digits, &r[*nr]);
        (*nr)++;
        *agreed = agreement(r, *nr, at, conf);
        /* the digits recogniser sees no digit: not a number */
        if (k == 0 && !r[0 + known].ok && known == 0)
            break;
    }
    return XG_OK;
}

/* The lowest confidence of symbols FROM..TO-1 of S (100 when none). */
static float min_conf(const syms *s, size_t from, size_t to)
{
    float c = 100;

    for (; from < to; from++)
        if (s->v[from].conf < c)
            c = s->v[from].conf;
    return c;
}

/* Does the run FROM..TO-1 of A stand in B too: the same characters of a
 * number, after the same character (or the start) and before the same
 * (or the end)?  The lowest confidence of it in B into *CONF. */
static int run_in(const syms *a, size_t from, size_t to, const syms *b,
                  float *conf)
{
    size_t k, i, n = to - from;

    for (k = 0; k + n <= b->n; k++) {
        for (i = 0; i < n; i++)
            if (number_char(b->v[k + i].cp) != number_char(a->v[from + i].cp))
                break;
        if (i < n)
            continue;
        if ((from == 0) != (k == 0) || (from > 0 && b->v[k - 1].cp != a->v[from - 1].cp))
            continue;
        if ((to == a->n) != (k + n == b->n) ||
            (to < a->n && b->v[k + n].cp != a->v[to].cp))
            continue;
        *conf = min_conf(b, k, k + n);
        return 1;
    }
    return 0;
}

/* Symbols FROM..TO-1 of RD->text (the text reading of the piece in CROP)
 * are a run of digits.  A run that is the whole piece is a number read
 * as numbers are (read_number on the whole crop).  A run inside text is
 * confirmed by a second reading of the whole line (Tesseract's single
 * line mode; the first was the raw line): the same digits between the
 * same characters.  (Cutting the run's columns out for the digits
 * recogniser was tried: Tesseract's boxes of Chinese text are too
 * rough, a cut that lost the edge of a 2 read 023 twice over.)  A run
 * not confirmed is no number: each digit is kept as U+FFFD, so that no
 * unconfirmed digit reaches the text (nor a year or a date taken from
 * it), with confidence 0. */
static int confirm_run(reading *rd, const xg_gray *crop, size_t from,
                       size_t to, int *second_read, xg_error *err)
{
    const syms *t = &rd->text;
    number_reading r[5];
    int agreed = 0, rc = XG_OK;
    size_t nr = 0, at = 0, i;
    float conf = 0;

    as_number(t, from, to, 0, &r[0]);
    if (!r[0].ok)
        goto unconfirmed;
    if (from == 0 && to == t->n) {
        rc = read_number(rd, crop, r, 1, &nr, &agreed, &at, &conf, err);
        if (rc != XG_OK)
            return rc;
        if (agreed)
            return add_number(rd, r[at].text, t->v[from].x0, t->v[to - 1].x1, conf, err);
        goto unconfirmed;
    }
    if (!*second_read) {
        rc = read_line(rd->ocr, rd->ocr->text, PSM_SINGLE_LINE, crop, rd->ppi,
                       &rd->scratch2, err);
        if (rc != XG_OK)
            return rc;
        *second_read = 1;
    }
    if (run_in(t, from, to, &rd->scratch2, &conf)) {
        if (r[0].conf < conf)
            conf = r[0].conf;
        return add_number(rd, r[0].text, t->v[from].x0, t->v[to - 1].x1, conf, err);
    }
unconfirmed:
    for (i = from; i < to && rc == XG_OK; i++) {
        const sym *s = &t->v[i];
        char c = number_char(s->cp);

        rc = add_glyph(rd, c >= '0' && c <= '9' ? 0xFFFD : c ? (unsigned char)c : s->cp,
                       s->x0, s->y0, s->x1, s->y1, 0, 1, err);
    }
    return rc;
}

/* Is T a sure reading of words: Chinese, no character of a number, each
 * symbol at the default confidence threshold or above?  (A digit of a
 * number split from the rest by noise reads as 马 at 76: it stays a
 * digit no reading agrees on, and its number unreadable.) */
static int sure_words(const syms *t)
{
    size_t i;
    int chinese = 0;

    for (i = 0; i < t->n; i++) {
        if (number_char(t->v[i].cp) != 0 || t->v[i].conf < XG_OCR_MIN_CONFIDENCE)
            return 0;
        if (t->v[i].cp >= 0x3400 && t->v[i].cp <= 0x9FFF)
            chinese = 1;
    }
    return chinese;
}

/* Read piece RD->piece (see the top of the file). */
static int read_piece_glyphs(reading *rd, xg_error *err)
{
    xg_gray crop = {0};
    syms *t = &rd->text;
    size_t i;
    int rc, all_number = 1, second_read = 0;

    rd->box = xg_ocr_seg_box(rd->seg, (size_t)rd->piece);
    rd->margin = (int)((rd->box.y1 - rd->box.y0) * CROP_MARGIN) + 4;
    if (rd->box.x1 - rd->box.x0 > XG_OCR_PIECE_MAX_W)
        return add_glyph(rd, 0xFFFD, rd->margin, rd->margin,
                         rd->margin + rd->box.x1 - rd->box.x0,
                         rd->margin + rd->box.y1 - rd->box.y0, 0, 0, err);
    rc = xg_ocr_seg_crop(rd->seg, (size_t)rd->piece, rd->margin, &crop, err);
    if (rc != XG_OK)
        return rc;
    t->n = 0;
    if (xg_ocr_seg_numeric(rd->seg, (size_t)rd->piece)) {
        number_reading r[4];
        size_t nr = 0, at = 0;
        int agreed = 0;
        float conf = 0;

        rc = read_number(rd, &crop, r, 0, &nr, &agreed, &at, &conf, err);
        if (rc != XG_OK)
            goto out;
        if (agreed) {
            rc = add_number(rd, r[at].text, rd->margin, crop.w - rd->margin, conf, err);
            goto out;
        }
        /* read as a number but never twice the same: text when the text
         * recogniser reads it surely as words (理 of a label wrapped under
         * its group's name, of a number's shapes), else kept as the
         * digits recogniser read it, with confidence 0 (what was seen,
         * never taken) */
        if (r[0].ok) {
            rc = read_line(rd->ocr, rd->ocr->text, PSM_RAW_LINE, &crop, rd->ppi,
                           t, err);
            if (rc != XG_OK)
                goto out;
            if (!sure_words(t)) {
                t->n = 0;
                rc = add_number(rd, r[0].text, rd->margin, crop.w - rd->margin, 0, err);
                goto out;
            }
        }
    }
    if (t->n == 0)
        rc = read_line(rd->ocr, rd->ocr->text, PSM_RAW_LINE, &crop, rd->ppi,
                       t, err);
    if (rc == XG_OK && t->n == 0)
        rc = read_line(rd->ocr, rd->ocr->text, PSM_SINGLE_LINE, &crop, rd->ppi,
                       t, err);
    if (rc != XG_OK)
        goto out;
    if (t->n == 0) {
        /* ink that reads as nothing is not nothing: it says so */
        rc = add_glyph(rd, 0xFFFD, rd->margin, rd->margin,
                       rd->margin + rd->box.x1 - rd->box.x0,
                       rd->margin + rd->box.y1 - rd->box.y0, 0, 0, err);
        goto out;
    }
    for (i = 0; i < t->n; i++)
        if (number_char(t->v[i].cp) == 0)
            all_number = 0;
    i = 0;
    while (i < t->n && rc == XG_OK) {
        size_t j = i;
        int digits = 0;

        while (j < t->n && number_char(t->v[j].cp) != 0) {
            digits |= is_digit_cp(t->v[j].cp);
            j++;
        }
        if (j > i && (digits || all_number)) {
            rc = confirm_run(rd, &crop, i, j, &second_read, err);
            i = j;
            continue;
        }
        if (j == i)
            j = i + 1;
        /* text, and punctuation of the text (a dash between words) */
        for (; i < j && rc == XG_OK; i++)
            rc = add_glyph(rd, t->v[i].cp, t->v[i].x0, t->v[i].y0, t->v[i].x1,
                           t->v[i].y1, t->v[i].conf, 0, err);
    }
out:
    free(crop.px);
    return rc;
}

/* Tesseract's boxes of the symbols of a line overlap and may even run
 * backwards; the PDF stages take overlapping characters for characters
 * printed twice or stacked, and order them by position.  So the glyphs of
 * a piece (from FIRST on) get boxes in their reading order: each from the
 * middle of the gap (or overlap) with the one before to the middle with
 * the one after, all as high as the piece. */
static void tidy_boxes(reading *rd, size_t first)
{
    xg_ocr_glyph *g = *rd->glyphs;
    size_t n = *rd->n, i;
    int prev_end;

    if (first >= n)
        return;
    prev_end = g[first].box.x0 < rd->box.x0 ? rd->box.x0 : g[first].box.x0;
    for (i = first; i < n; i++) {
        int x0 = prev_end, x1;

        if (i + 1 < n) {
            x1 = (g[i].box.x1 + g[i + 1].box.x0) / 2;
            if (x1 < (g[i].box.x0 + g[i].box.x1) / 2 || x1 > (g[i + 1].box.x0 + g[i + 1].box.x1) / 2)
                x1 = (g[i].box.x0 + g[i].box.x1 + g[i + 1].box.x0 + g[i + 1].box.x1) / 4;
        } else {
            x1 = g[i].box.x1 > rd->box.x1 ? rd->box.x1 : g[i].box.x1;
        }
        if (x1 <= x0)
            x1 = x0 + 1;
        g[i].box.x0 = x0;
        g[i].box.x1 = x1;
        g[i].box.y0 = rd->box.y0;
        g[i].box.y1 = rd->box.y1;
        prev_end = x1;
    }
}

int xg_ocr_read(xg_ocr *ocr, const xg_ocr_seg *seg, long deadline_ms,
                xg_ocr_glyph **glyphs, size_t *n, size_t *cap,
                xg_error *err)
{
    reading rd;
    size_t i, count = xg_ocr_seg_count(seg);
    int rc = XG_OK;

    memset(&rd, 0, sizeof rd);
    rd.ocr = ocr;
    rd.seg = seg;
    rd.ppi = (int)(xg_ocr_seg_resolution(seg) * 72 + 0.5);
    ocr->allowed_ms = deadline_ms > 0 ? deadline_ms : 24L * 3600 * 1000;
    ocr->deadline = cpu_ms() + ocr->allowed_ms;
    rd.glyphs = glyphs;
    rd.n = n;
    rd.cap = cap;
    for (i = 0; i < count && rc == XG_OK; i++) {
        size_t first = *n;

        rd.piece = (int)i;
        rc = read_piece_glyphs(&rd, err);
        if (rc == XG_OK)
            tidy_boxes(&rd, first);
    }
    free(rd.text.v);
    free(rd.scratch.v);
    free(rd.scratch2.v);
    return rc;
}
