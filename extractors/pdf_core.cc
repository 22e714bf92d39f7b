/*
 * The PDF as Poppler's core interpreter reads it: the document, and for
 * each page, in one interpretation of its content, the characters with
 * their boxes (Poppler's text layout) and the rules its paths draw.
 *
 * Why the core (libpoppler-private-dev) and not the GLib API: the GLib API
 * gives text, and rules only by rendering the page, which draws every
 * glyph with fonts loaded from the file or, when a font is not embedded,
 * substituted from the machine's (so what was found depended on the fonts
 * installed), reads each page twice and costs several times the text.
 * An output device of the core is handed every path stroked or filled in
 * device space and the characters, and needs no font file at all.  Its
 * characters are those poppler_page_get_text_layout gives (the same text
 * device, the same selection of words), so nothing changes for the
 * stages that read them.
 *
 * The rules kept are the dark, thin, axis-aligned bars a renderer would
 * draw: stroked segments (with their dash pattern), thin filled shapes,
 * the sides of a filled frame, clipped to the clip box; paths inside a
 * soft mask are no ink.  Patterns, shadings and images are skipped (the
 * text device does not ask for them).
 *
 * Bounds: characters and rules per page, and the CPU time of the whole
 * reading (Poppler's interpreter checks back every few operators).
 * Poppler's own messages are silenced: a file is read, or refused with
 * one line of ours.
 *
 * For OCR (a build with it), a page is also drawn in grey with Poppler's
 * Splash renderer, text left out (a scan has none; no font is loaded),
 * and the pictures a page draws are found by a device that notes only
 * where images go.
 *
 * The only C++ in the project; C sees pdf_internal.h.  No exception
 * crosses into C.
 */
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <new>
#include <set>
#include <utility>
#include <vector>

#include <Error.h>
#include <ErrorCodes.h>
#include <Gfx.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Page.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <splash/SplashBitmap.h>

extern "C" {
#include "error.h"
#include "pdf_internal.h"
}

namespace {
class PageDev;

/* the page being read, told of errors in its content */
thread_local PageDev *reading = nullptr;

void page_error(ErrorCategory category, const char *msg);
} // namespace

static void silent_error(ErrorCategory category, Goffset, const char *msg)
{
    page_error(category, msg);
}

struct xg_pdf_core {
    GlobalParamsIniter initer{silent_error};
    PDFDoc *doc = nullptr;
    size_t content = 0;     /* content bytes to interpret so far */
    std::set<std::pair<int, int>> metered;  /* forms counted (num, gen) */
    size_t chars = 0;       /* characters drawn so far, all pages */
    double limit = 0;       /* CPU seconds allowed (0: no limit) */
    double deadline = 0;    /* process CPU seconds when they are spent */
};

namespace {

double cpu_seconds()
{
    struct timespec ts;

    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Is a colour with opacity OPACITY over white paper dark enough to be
 * ink?  The threshold is the one rules from pixels use. */
bool dark(const GfxRGB &rgb, double opacity)
{
    double r = colToDbl(rgb.r), g = colToDbl(rgb.g), b = colToDbl(rgb.b);
    double luma = (r * 77 + g * 150 + b * 29) / 256.0 * 255.0;

    if (!(opacity > 0))
        return false;
    if (opacity < 1)
        luma = 255.0 - opacity * (255.0 - luma);
    return luma < DARK_LUMA;
}

bool is_space_cp(uint32_t c);

/* Poppler's text device (as poppler_page_get_text_page sets it up), which
 * also keeps the bars the page's paths draw. */
class PageDev : public TextOutputDev
{
public:
    PageDev(rules *out, xg_pdf_core *doc)
        : TextOutputDev(nullptr, true, 0, false, false), rl(out), core(doc)
    {
    }

    void drawChar(GfxState *state, double x, double y, double dx, double dy,
                  double originX, double originY, CharCode c, int nBytes,
                  const Unicode *u, int uLen) override
    {
        if (++nchars > XG_MAX_PAGE_CHARS) {
            too_many_chars = true;
            return;
        }
        count_word(state, x, y, dx, dy);
        if (too_many_words)
            return;
        if (++core->chars > XG_MAX_PDF_CHARS) {
            too_many_doc_chars = true;
            return;
        }
        static const Unicode unknown = 0xfffd;
        bool digit = uLen == 1 && xg_pdf_digit_cp(u[0]);

        if (!damaged)
            note_line(state, x, y, digit);
        if (uLen > 0 && !is_space_cp(u[0])) {
            /* past a side, a word begun on the page is a number cut
             * there (its digits at the edge are not known: edge_digits);
             * one begun off it, a whole cell, maybe a column */
            if (word_start)
                offpage |= off_side(state, x, y, dx, dy);
            if (look_turn)
                note_direction(state, dx, dy);
            off_across(state, x, y, dx, dy);
        }

        /* A glyph whose code has no Unicode (a ToUnicode map damaged or
         * cut short: "7" of 756 lost, 56 read) is a character not known,
         * not a space.  After an error in the page's content (an operator
         * garbled and skipped, a move among them), where a glyph goes is
         * not known either: a digit drawn then may stand beside another
         * number's and be read as one of its.  It is kept, as a
         * character not known. */
        if (uLen == 0 || (damaged && digit)) {
            u = &unknown;
            uLen = 1;
        }
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c,
                                nBytes, u, uLen);
    }
    void stroke(GfxState *state) override;
    void fill(GfxState *state) override { fill_path(state); }
    void eoFill(GfxState *state) override { fill_path(state); }
    /* a soft mask's content is a mask, not ink */
    void beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *,
                                bool, bool, bool forSoftMask) override
    {
        groups.push_back(forSoftMask);
        if (forSoftMask)
            in_mask++;
    }
    void endTransparencyGroup(GfxState *) override
    {
        if (!groups.empty()) {
            if (groups.back())
                in_mask--;
            groups.pop_back();
        }
    }

    bool stopped() const
    {
        return too_many_chars || too_many_doc_chars || too_many_words ||
               too_many_rules || too_slow || failed || turn_seen != 0;
    }

    /* Poppler's interpreter asks every few operators whether to stop */
    static bool abort_check(void *data)
    {
        PageDev *d = static_cast<PageDev *>(data);

        if (d->stopped())
            return true;
        if (d->core->deadline > 0 && ++d->checks % 64 == 0 &&
            cpu_seconds() > d->core->deadline) {
            d->too_slow = true;
            return true;
        }
        return false;
    }

    /* The first error in the content: what is drawn after it is
     * damaged, and what the line it broke off was to draw (the tails of
     * numbers wrapped in their cells, drawn after their first lines) may
     * be lost: the digits drawn on that line so far are at risk. */
    void damage()
    {
        if (!damaged)
            at_risk = line_digits;
        damaged = true;
    }
    bool has_risk() const { return !at_risk.empty(); }
    /* Does the digit PC stand where a digit at risk was drawn? */
    bool at_risk_char(const pchar *pc) const
    {
        for (const auto &p : at_risk)
            if (std::fabs(pc->x0 - p.first) <= 0.5 && p.second >= pc->y0 - 1 &&
                p.second <= pc->y1 + 1)
                return true;
        return false;
    }

    double pw = 0, ph = 0;          /* the page's size as displayed */
    bool off_top = false, off_foot = false; /* glyphs past its top, foot */
    int offpage = 0;                /* words begun off a side (off_side) */
    /* the first characters all run one way other than left to right (a
     * page printed sideways): the page is read turned, not so */
    bool look_turn = false;
    int turn_seen = 0;              /* as page_turn counts: 1 down, 2 left, 3 up */
    bool damaged = false;           /* an error in the content so far */
    bool failed = false;            /* out of memory */
    bool too_many_rules = false;
    bool too_many_chars = false;
    bool too_many_doc_chars = false;
    bool too_many_words = false;
    bool too_slow = false;

private:
    /* Separate pieces of text cost Poppler's text layout more than
     * their characters (a page of ten thousand single digits set apart
     * takes seconds): a character not set right after the one before
     * starts a word, and words are counted. */
    void count_word(GfxState *state, double x, double y, double dx,
                    double dy)
    {
        double x1, y1, w1, h1, fs = state->getTransformedFontSize();

        state->transform(x, y, &x1, &y1);
        state->transformDelta(dx, dy, &w1, &h1);
        if (!(fs > 0))
            fs = 1;
        word_start = nwords == 0 || !(std::fabs(x1 - word_x) <= 0.5 * fs &&
                                      std::fabs(y1 - word_y) <= 0.5 * fs);
        if (word_start) {
            if (++nwords > XG_MAX_PAGE_WORDS) {
                too_many_words = true;
                return;
            }
        }
        word_x = x1 + w1;
        word_y = y1 + h1;
    }
    /* The digits drawn on the current line (origins, device space): a
     * glyph set apart from the line's baseline starts another. */
    void note_line(GfxState *state, double x, double y, bool digit)
    {
        double x1, y1, fs = state->getTransformedFontSize();

        state->transform(x, y, &x1, &y1);
        if (!(std::fabs(y1 - line_y) <= 0.5 * (fs > 0 ? fs : 1))) {
            line_digits.clear();
            line_y = y1;
        }
        if (digit && line_digits.size() < MAX_AT_RISK)
            line_digits.emplace_back(x1, y1);
    }
    /* The way a glyph advancing (DX, DY) runs on the page, counted over
     * the first TURN_LOOK characters: all one way but left to right sets
     * turn_seen, and the reading stops. */
    void note_direction(GfxState *state, double dx, double dy)
    {
        double w1, h1;
        int r;

        state->transformDelta(dx, dy, &w1, &h1);
        if (!std::isfinite(w1) || !std::isfinite(h1) || (w1 == 0 && h1 == 0))
            return;
        if (std::fabs(w1) >= std::fabs(h1))
            r = w1 > 0 ? 0 : 2;
        else
            r = h1 > 0 ? 1 : 3;
        if (++dir_n[r] < TURN_LOOK)
            return;
        look_turn = false;
        if (r != 0 && dir_n[r] == dir_n[0] + dir_n[1] + dir_n[2] + dir_n[3])
            turn_seen = r;
    }
    static const size_t TURN_LOOK = 64;
    size_t dir_n[4] = {0, 0, 0, 0};
    /* Note a glyph drawn at (X, Y), advancing (DX, DY), past the page's
     * top or foot: where Poppler leaves it out of the text (its origin
     * and its end above the top, or its origin below the foot), by
     * however little (the 22 of 38322 at -0.39, cut off a page's top). */
    void off_across(GfxState *state, double x, double y, double dx, double dy)
    {
        double x1, y1, w1, h1;

        state->transform(x, y, &x1, &y1);
        state->transformDelta(dx, dy, &w1, &h1);
        if (!std::isfinite(y1) || !(ph > 0))
            return;
        off_top |= y1 + h1 < 0;
        off_foot |= y1 > ph;
    }
    /* Is a glyph drawn at (X, Y), advancing (DX, DY), past a side of
     * the page, its origin or its end outside it by more than half a
     * point?  Poppler leaves what is drawn outside the page out of the
     * text. */
    bool off_side(GfxState *state, double x, double y, double dx, double dy)
    {
        double x1, y1, w1, h1;

        state->transform(x, y, &x1, &y1);
        state->transformDelta(dx, dy, &w1, &h1);
        if (!std::isfinite(x1) || !std::isfinite(w1) || !(pw > 0))
            return false;
        return std::fmin(x1, x1 + w1) < -0.5 || std::fmax(x1, x1 + w1) > pw + 0.5;
    }
    static const size_t MAX_AT_RISK = 256;
    std::vector<std::pair<double, double>> line_digits, at_risk;
    double line_y = 0;

    void fill_path(GfxState *state);
    void bar(bool vertical, double pos, double a, double b, double thick,
             const double *clip);
    void dashed(bool vertical, double pos, double a, double b, double thick,
                const double *clip, const std::vector<double> &dash,
                size_t *k, double *left, bool *on);

    rules *rl;
    xg_pdf_core *core;
    size_t nbars = 0, nchars = 0, nwords = 0;
    double word_x = 0, word_y = 0;      /* where the next character goes on */
    bool word_start = false;            /* the last character began a word */
    unsigned long checks = 0;
    int in_mask = 0;
    std::vector<bool> groups;
};

/* An error while a page is read, MSG Poppler's message: one of the
 * content's lexer or operators (garbage where an operator or its operands
 * were, an operator skipped) damages what is drawn after it.  Others do
 * not move glyphs: a stream's length or filter wrong (Poppler finds its
 * end, or the stream is not drawn), a font's map, a missing resource. */
void page_error(ErrorCategory category, const char *msg)
{
    static const char *const content[] = {
        "Unknown operator", "Too few (", "Arg #", "Too many args in content",
        "Illegal character", "Illegal digit", "Unterminated", "Command token",
        "No font in show", "Unknown font tag",
    };

    if (reading == nullptr || category != errSyntaxError || msg == nullptr)
        return;
    /* a stream's /Length too long reads its end as operators: nothing
     * is drawn after them */
    if (std::strcmp(msg, "Unknown operator 'endstream'") == 0 ||
        std::strcmp(msg, "Unknown operator 'endobj'") == 0)
        return;
    for (const char *c : content)
        if (std::strncmp(msg, c, std::strlen(c)) == 0) {
            reading->damage();
            return;
        }
}

/* One dark bar: horizontal at y = POS from x = A to B, or vertical at
 * x = POS from y = A to B, THICK wide, inside the clip box CLIP (x0, y0,
 * x1, y1).  Short and thick bars are no rules, as with pixels. */
void PageDev::bar(bool vertical, double pos, double a, double b,
                  double thick, const double *clip)
{
    rule r;

    if (failed || too_many_rules)
        return;
    if (a > b) {
        double t = a;

        a = b;
        b = t;
    }
    if (vertical) {
        if (pos < clip[0] || pos > clip[2])
            return;
        a = a < clip[1] ? clip[1] : a;
        b = b > clip[3] ? clip[3] : b;
    } else {
        if (pos < clip[1] || pos > clip[3])
            return;
        a = a < clip[0] ? clip[0] : a;
        b = b > clip[2] ? clip[2] : b;
    }
    if (!(b - a >= RULE_MIN_LEN) || !(thick <= RULE_MAX_THICK) ||
        !std::isfinite(pos) || !std::isfinite(a) || !std::isfinite(b))
        return;
    if (++nbars > XG_MAX_PAGE_RULES) {
        too_many_rules = true;
        return;
    }
    r.pos = pos;
    r.a = a;
    r.b = b;
    if (vertical) {
        if (xg_pdf_grow((void **)&rl->v, &rl->capv, rl->nv + 1, sizeof r))
            failed = true;
        else
            rl->v[rl->nv++] = r;
    } else {
        if (xg_pdf_grow((void **)&rl->h, &rl->caph, rl->nh + 1, sizeof r))
            failed = true;
        else
            rl->h[rl->nh++] = r;
    }
}

/* The drawn stretches of a dashed bar from A to B.  The pattern runs on
 * from segment to segment of a subpath: *K is the current dash, *LEFT
 * what remains of it, *ON whether it is drawn.  Each stretch is a bar;
 * those shorter than a rule are dropped, as the dots of a dotted line
 * are with pixels. */
void PageDev::dashed(bool vertical, double pos, double a, double b,
                     double thick, const double *clip,
                     const std::vector<double> &dash, size_t *k,
                     double *left, bool *on)
{
    double at = a, dir = b >= a ? 1 : -1, len = std::fabs(b - a);
    int steps = 0;

    while (len > 0 && steps++ < 10000) {
        double step = *left < len ? *left : len;

        if (*on)
            bar(vertical, pos, at, at + dir * step, thick, clip);
        at += dir * step;
        len -= step;
        *left -= step;
        if (*left <= 0) {
            *k = (*k + 1) % dash.size();
            *left = dash[*k];
            *on = !*on;
        }
    }
}

void PageDev::stroke(GfxState *state)
{
    const GfxPath *path = state->getPath();
    double w = state->getTransformedLineWidth(), clip[4], start, total = 0;
    GfxRGB rgb;
    std::vector<double> dash;

    if (in_mask > 0 || path == nullptr || failed || too_many_rules)
        return;
    state->getStrokeRGB(&rgb);
    if (!dark(rgb, state->getStrokeOpacity()))
        return;
    if (!(w > 0))
        w = 0.5;    /* a hairline */
    if (!(w <= RULE_MAX_THICK))
        return;
    state->getClipBBox(&clip[0], &clip[1], &clip[2], &clip[3]);
    /* the dash pattern in device units: user units scaled as the line
     * width is */
    {
        const std::vector<double> &user = state->getLineDash(&start);
        const double *m = state->getCTM();
        double scale = state->getLineWidth() > 0
                           ? w / state->getLineWidth()
                           : std::sqrt(std::fabs(m[0] * m[3] - m[1] * m[2]));

        for (double d : user) {
            if (!(d >= 0) || !std::isfinite(d * scale)) {
                dash.clear();
                break;
            }
            dash.push_back(d * scale);
            total += d * scale;
        }
        /* a pattern of dashes finer than a hundredth of a point draws
         * a line */
        if (!(total > 0.01 * (double)dash.size()))
            dash.clear();
        start *= scale;
    }
    for (int s = 0; s < path->getNumSubpaths(); s++) {
        const GfxSubpath *sp = path->getSubpath(s);
        int n = sp->getNumPoints();
        size_t k = 0;
        double left = 0;
        bool on = true;

        if (!dash.empty()) {
            double phase = std::fmod(start, total);

            if (!(phase >= 0))
                phase = phase < 0 ? phase + total : 0;
            while (phase >= dash[k] && phase > 0) {
                phase -= dash[k];
                k = (k + 1) % dash.size();
                on = !on;
            }
            left = dash[k] - phase;
        }
        for (int i = 0; i < n; i++) {
            int j = i + 1;
            double x0, y0, x1, y1;

            if (j == n) {       /* the closing side of a closed subpath */
                if (!sp->isClosed() || n < 2)
                    break;
                j = 0;
            }
            if (sp->getCurve(i) || sp->getCurve(j))
                continue;       /* a curve is no rule */
            state->transform(sp->getX(i), sp->getY(i), &x0, &y0);
            state->transform(sp->getX(j), sp->getY(j), &x1, &y1);
            bool horiz = std::fabs(y1 - y0) <= 0.3 && std::fabs(x1 - x0) > 0;
            bool vert = std::fabs(x1 - x0) <= 0.3 && std::fabs(y1 - y0) > 0;

            if (!horiz && !vert)
                continue;
            double pos = horiz ? (y0 + y1) / 2 : (x0 + x1) / 2;
            double a = horiz ? x0 : y0, b = horiz ? x1 : y1;

            if (!dash.empty()) {
                dashed(vert, pos, a, b, w, clip, dash, &k, &left, &on);
                continue;
            }
            if (state->getLineCap() == 2) {     /* projecting */
                double ext = a <= b ? w / 2 : -w / 2;

                a -= ext;
                b += ext;
            }
            bar(vert, pos, a, b, w, clip);
        }
    }
}

/* A filled path: each subpath without curves whose box is thin is a bar
 * (a rule drawn as a filled rectangle or a mitred polygon); a rectangle
 * inside a bigger rectangle of the same path (a frame, filled even-odd or
 * with the inner side wound the other way) leaves four bars, its sides. */
void PageDev::fill_path(GfxState *state)
{
    const GfxPath *path = state->getPath();
    double clip[4];
    GfxRGB rgb;
    struct box {
        double x0, y0, x1, y1;
    };
    std::vector<box> rects;

    if (in_mask > 0 || path == nullptr || failed || too_many_rules)
        return;
    state->getFillRGB(&rgb);
    if (!dark(rgb, state->getFillOpacity()))
        return;
    state->getClipBBox(&clip[0], &clip[1], &clip[2], &clip[3]);
    for (int s = 0; s < path->getNumSubpaths(); s++) {
        const GfxSubpath *sp = path->getSubpath(s);
        int n = sp->getNumPoints();
        box bx = {1e300, 1e300, -1e300, -1e300};
        bool curve = false, axis = true;
        double px = 0, py = 0;

        for (int i = 0; i < n; i++) {
            double x, y;

            if (sp->getCurve(i))
                curve = true;
            state->transform(sp->getX(i), sp->getY(i), &x, &y);
            if (i > 0 && std::fabs(x - px) > 0.3 && std::fabs(y - py) > 0.3)
                axis = false;
            px = x;
            py = y;
            bx.x0 = x < bx.x0 ? x : bx.x0;
            bx.y0 = y < bx.y0 ? y : bx.y0;
            bx.x1 = x > bx.x1 ? x : bx.x1;
            bx.y1 = y > bx.y1 ? y : bx.y1;
        }
        if (curve || n < 3 || !(bx.x1 > bx.x0) || !(bx.y1 > bx.y0))
            continue;
        double w = bx.x1 - bx.x0, h = bx.y1 - bx.y0;

        if (h <= RULE_MAX_THICK && w >= h)
            bar(false, (bx.y0 + bx.y1) / 2, bx.x0, bx.x1, h, clip);
        else if (w <= RULE_MAX_THICK)
            bar(true, (bx.x0 + bx.x1) / 2, bx.y0, bx.y1, w, clip);
        else if (axis && n <= 5 && rects.size() < 64)
            rects.push_back(bx);
    }
    for (size_t i = 0; i < rects.size(); i++)
        for (size_t j = 0; j < rects.size(); j++) {
            const box &o = rects[i], &in = rects[j];

            if (i == j || !(in.x0 >= o.x0 && in.y0 >= o.y0 &&
                            in.x1 <= o.x1 && in.y1 <= o.y1))
                continue;
            bar(false, (o.y0 + in.y0) / 2, o.x0, o.x1, in.y0 - o.y0, clip);
            bar(false, (in.y1 + o.y1) / 2, o.x0, o.x1, o.y1 - in.y1, clip);
            bar(true, (o.x0 + in.x0) / 2, o.y0, o.y1, in.x0 - o.x0, clip);
            bar(true, (in.x1 + o.x1) / 2, o.y0, o.y1, o.x1 - in.x1, clip);
        }
}

/* The content a page's reading interprets, measured before it is
 * interpreted: its content streams and the forms (and soft-mask groups)
 * its resources reach, each form once a document, decompressed.  A
 * content stream is parsed into objects whole (an array of a hundred
 * million numbers takes gigabytes), so its size is bounded before
 * Poppler sees it.  Returns false past XG_MAX_PDF_CONTENT bytes in all. */
class ContentMeter
{
public:
    explicit ContentMeter(xg_pdf_core *doc) : core(doc) { }

    bool page(Page *page)
    {
        Object contents = page->getContents();

        if (contents.isArray()) {
            for (int i = 0; i < contents.arrayGetLength() && ok; i++) {
                Object s = contents.arrayGet(i);

                if (s.isStream())
                    stream(s.getStream());
            }
        } else if (contents.isStream()) {
            stream(contents.getStream());
        }
        if (page->getResourceDict() != nullptr)
            resources(page->getResourceDict(), 0);
        return ok;
    }

private:
    void stream(Stream *str)
    {
        unsigned char buf[65536];
        int n;

        str->reset();
        while (ok && (n = str->doGetChars((int)sizeof buf, buf)) > 0) {
            core->content += (size_t)n;
            ok = core->content <= XG_MAX_PDF_CONTENT;
        }
        str->close();
    }

    /* A form (or soft-mask group) by its reference NF: counted once,
     * then what its own resources reach. */
    void form(const Object &nf, int depth)
    {
        if (!ok || depth > 32 || !nf.isRef())
            return;
        std::pair<int, int> key(nf.getRef().num, nf.getRef().gen);

        if (!core->metered.insert(key).second)
            return;
        Object obj = nf.fetch(core->doc->getXRef());

        if (!obj.isStream())
            return;
        Dict *dict = obj.streamGetDict();
        Object type = dict->lookup("Subtype");

        if (!type.isName("Form"))
            return;     /* an image: not interpreted */
        stream(obj.getStream());
        Object res = dict->lookup("Resources");

        if (res.isDict())
            resources(res.getDict(), depth + 1);
    }

    void resources(Dict *res, int depth)
    {
        Object xobjects = res->lookup("XObject");
        Object states = res->lookup("ExtGState");

        if (xobjects.isDict())
            for (int i = 0; i < xobjects.dictGetLength() && ok; i++)
                form(xobjects.dictGetValNF(i), depth);
        if (states.isDict())
            for (int i = 0; i < states.dictGetLength() && ok; i++) {
                Object gs = states.dictGetVal(i);

                if (!gs.isDict())
                    continue;
                Object mask = gs.dictLookup("SMask");

                if (mask.isDict())
                    form(mask.dictLookupNF("G"), depth);
            }
    }

    xg_pdf_core *core;
    bool ok = true;
};

bool is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 ||
           c == 0x3000 || c == 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

/* One character of the text layout into PD: the rules of
 * poppler_page_get_text_layout's text and rectangles, one for one: line
 * breaks dropped, spaces kept (marked), a box of no height given one. */
bool add_char(page_data *pd, size_t *cap, uint32_t cp, double x1, double y1,
              double x2, double y2, size_t seq)
{
    pchar *c;
    double x0 = x1 < x2 ? x1 : x2, xe = x1 < x2 ? x2 : x1;
    double y0 = y1 < y2 ? y1 : y2, ye = y1 < y2 ? y2 : y1;

    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        cp = 0xfffd;
    if (cp == '\n' || cp == '\r' || cp < 0x20)
        return true;
    if (!std::isfinite(x0) || !std::isfinite(xe) || !std::isfinite(y0) ||
        !std::isfinite(ye))
        return true;
    if (ye - y0 < 0.1)
        ye = y0 + 0.1;
    if (xg_pdf_grow((void **)&pd->chars, cap, pd->nchars + 1, sizeof *c))
        return false;
    c = &pd->chars[pd->nchars++];
    std::memset(c, 0, sizeof *c);
    c->seq = seq;
    c->cp = cp;
    c->x0 = x0;
    c->x1 = xe;
    c->y0 = y0;
    c->y1 = ye;
    c->space = is_space_cp(cp);
    /* glyphs of no known character alone are no text layer */
    if (!c->space && cp != 0xfffd)
        pd->has_text = 1;
    return true;
}

/* Characters BEGIN to END of WORD, and a space after it when Poppler saw
 * one before NEXT (its box the gap). */
bool word_chars(page_data *pd, size_t *cap, const TextWord *word, int begin,
                int end, const TextWord *next, size_t *seq)
{
    double x1, y1, x2, y2;
    bool ok = true;

    for (int k = begin; k < end && ok; k++) {
        double cx1, cy1, cx2, cy2;

        word->getCharBBox(k, &cx1, &cy1, &cx2, &cy2);
        ok = add_char(pd, cap, *word->getChar(k), cx1, cy1, cx2, cy2,
                      (*seq)++);
    }
    word->getBBox(&x1, &y1, &x2, &y2);
    if (ok && word->hasSpaceAfter() && next != nullptr) {
        double x3, y3, x4, y4;

        /* the gap between the two words, the way they run */
        next->getBBox(&x3, &y3, &x4, &y4);
        switch (word->getRotation() & 3) {
        case 0: ok = add_char(pd, cap, ' ', x2, y1, x3, y2, (*seq)++); break;
        case 1: ok = add_char(pd, cap, ' ', x1, y2, x2, y3, (*seq)++); break;
        case 2: ok = add_char(pd, cap, ' ', x4, y1, x1, y2, (*seq)++); break;
        default: ok = add_char(pd, cap, ' ', x1, y4, x2, y1, (*seq)++); break;
        }
    }
    return ok;
}

/* Is WORD (partly) on the page? */
bool on_page(const TextWord *word, const page_data *pd)
{
    double x1, y1, x2, y2;

    word->getBBox(&x1, &y1, &x2, &y2);
    return x2 >= 0 && x1 <= pd->w && y2 >= 0 && y1 <= pd->h;
}

/* How many characters the words of TEXT's flows on the page hold: all
 * the text the page draws.  With CAP not null, they are also added to PD
 * line by line (*OK false when memory runs out). */
size_t flow_chars(const TextPage *text, page_data *pd, size_t *cap,
                  bool *ok)
{
    size_t seq = 0, n = 0;

    for (const TextFlow *f = text->getFlows(); f; f = f->getNext())
        for (const TextBlock *b = f->getBlocks(); b; b = b->getNext())
            for (const TextLine *l = b->getLines(); l; l = l->getNext()) {
                for (const TextWord *w = l->getWords(); w; w = w->getNext()) {
                    if (!on_page(w, pd))
                        continue;
                    n += (size_t)w->getLength();
                    if (cap != nullptr && *ok)
                        *ok = word_chars(pd, cap, w, 0, w->getLength(),
                                         w->getNext(), &seq);
                }
                seq++;      /* the line break */
            }
    return n;
}

/* The characters of TEXT in the order and with the boxes of
 * poppler_page_get_text_layout: words line by line, a space between
 * words Poppler saw a space between (its box the gap), a line break
 * between lines.
 * Where that selection of the whole page leaves out characters the page
 * draws (on a damaged page, a word with a box far off can hide others
 * from it), the characters are taken line by line from Poppler's flows
 * instead, so that no cell is read from part of its text. */
bool page_chars(TextPage *text, page_data *pd)
{
    PDFRectangle area(0, 0, pd->w, pd->h);
    int nlines = 0;
    std::vector<TextWordSelection *> **lines =
        text->getSelectionWords(&area, selectionStyleGlyph, &nlines);
    size_t seq = 0, cap = 0, selected = 0;
    bool ok = true;

    for (int i = 0; lines != nullptr && i < nlines; i++) {
        std::vector<TextWordSelection *> *words = lines[i];

        for (size_t j = 0; j < words->size(); j++) {
            TextWordSelection *sel = (*words)[j];

            selected += (size_t)(sel->getEnd() - sel->getBegin());
            if (ok)
                ok = word_chars(pd, &cap, sel->getWord(), sel->getBegin(),
                                sel->getEnd(),
                                j + 1 < words->size()
                                    ? (*words)[j + 1]->getWord()
                                    : nullptr,
                                &seq);
            delete sel;
        }
        seq++;      /* the line break */
        delete words;
    }
    gfree(lines);
    if (ok && flow_chars(text, pd, nullptr, &ok) > selected) {
        pd->nchars = 0;
        pd->has_text = 0;
        flow_chars(text, pd, &cap, &ok);
    }
    return ok;
}

/* The quarter turns that set most of TEXT's characters upright, by the
 * direction Poppler found its words to run in (1: down the page, the
 * page printed sideways; 2: upside down; 3: up the page); 0 where most
 * stand upright (a header cell's text set down it is a few words). */
int page_turn(const TextPage *text)
{
    size_t n[4] = {0, 0, 0, 0}, all = 0;

    for (const TextFlow *f = text->getFlows(); f; f = f->getNext())
        for (const TextBlock *b = f->getBlocks(); b; b = b->getNext())
            for (const TextLine *l = b->getLines(); l; l = l->getNext())
                for (const TextWord *w = l->getWords(); w; w = w->getNext()) {
                    n[w->getRotation() & 3] += (size_t)w->getLength();
                    all += (size_t)w->getLength();
                }
    for (int r = 1; r < 4; r++)
        if (2 * n[r] > all)
            return r;
    return 0;
}

} // namespace

extern "C" int xg_pdf_core_open(const unsigned char *data, size_t size,
                                double cpu_limit, xg_pdf_core **out,
                                xg_error *err)
{
    xg_pdf_core *core = nullptr;
    int code;

    *out = nullptr;
    try {
        core = new xg_pdf_core;
        /* also when Poppler's parameters were set up before, with another
         * callback */
        setErrorCallback(silent_error);
        core->limit = cpu_limit > 0 ? cpu_limit : 0;
        core->deadline = cpu_limit > 0 ? cpu_seconds() + cpu_limit : 0;
        core->doc = new PDFDoc(new MemStream((const char *)data, 0,
                                             (Goffset)size, Object(objNull)));
    } catch (const std::bad_alloc &) {
        delete core;
        return xg_error_nomem(err);
    } catch (...) {
        delete core;
        return xg_error_set(err, XG_ERR_CORRUPT, "not a readable PDF");
    }
    if (core->doc->isOk()) {
        *out = core;
        return XG_OK;
    }
    code = core->doc->getErrorCode();
    xg_pdf_core_close(core);
    switch (code) {
    case errEncrypted:
        return xg_error_set(err, XG_ERR_ENCRYPTED,
                            "encrypted PDF: a password is required");
    case errBadCatalog:
        return xg_error_set(err, XG_ERR_CORRUPT,
                            "Failed to read the document catalog");
    case errDamaged:
        return xg_error_set(err, XG_ERR_CORRUPT, "PDF document is damaged");
    default:
        return xg_error_set(err, XG_ERR_CORRUPT, "Failed to load document");
    }
}

extern "C" int xg_pdf_core_npages(const xg_pdf_core *core)
{
    return core->doc->getNumPages();
}

namespace {

/* Page PAGE read once into PD and RL: its characters and the bars it
 * draws, the page displayed turned by ROTATE degrees more than its
 * /Rotate; *TURN the quarter turns that would set most of its text
 * upright (page_turn). */
int read_display(xg_pdf_core *core, Page *page, page_data *pd, rules *rl,
                 int rotate, bool look, int *turn, bool *early, xg_error *err)
{
    int rc = XG_OK;

    pd->nchars = 0;
    pd->has_text = 0;
    rl->nh = rl->nv = 0;
    *early = false;
    *turn = 0;
    if ((page->getRotate() + rotate) % 180 == 90) {
        pd->w = page->getCropHeight();
        pd->h = page->getCropWidth();
    } else {
        pd->w = page->getCropWidth();
        pd->h = page->getCropHeight();
    }
    PageDev dev(rl, core);
    dev.pw = pd->w;
    dev.ph = pd->h;
    dev.look_turn = look;
    std::unique_ptr<Gfx> gfx(page->createGfx(&dev, 72.0, 72.0, rotate, false,
                                             true, -1, -1, -1, -1, false,
                                             PageDev::abort_check, &dev));

    struct reading_guard {
        explicit reading_guard(PageDev *d) { reading = d; }
        ~reading_guard() { reading = nullptr; }
    } guard(&dev);

    page->display(gfx.get());
    /* as poppler_page_get_text_page does: the text is taken before
     * the interpreter goes (its last restore would lose it); not
     * when a bound stopped the reading (the device frees it) */
    TextPage *text = nullptr;

    if (!dev.stopped()) {
        dev.endPage();
        text = dev.takeText();
    }

    gfx.reset();
    if (dev.turn_seen != 0) {
        *turn = dev.turn_seen;          /* read again, turned */
        *early = true;
        return XG_OK;
    }
    if (dev.failed)
        rc = xg_error_nomem(err);
    else if (dev.too_many_chars)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "PDF page %d has more than %d characters",
                          pd->no, XG_MAX_PAGE_CHARS);
    else if (dev.too_many_words)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "PDF page %d has more than %d separate words",
                          pd->no, XG_MAX_PAGE_WORDS);
    else if (dev.too_many_doc_chars)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "PDF has more than %d characters",
                          XG_MAX_PDF_CHARS);
    else if (dev.too_many_rules)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "PDF page %d draws more than %d rules",
                          pd->no, XG_MAX_PAGE_RULES);
    else if (dev.too_slow)
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "PDF takes more than %g s of CPU to read",
                          core->limit);
    else if (text != nullptr && !page_chars(text, pd))
        rc = xg_error_nomem(err);
    else if (dev.has_risk())
        for (size_t i = 0; i < pd->nchars; i++)
            if (xg_pdf_digit_cp(pd->chars[i].cp) && dev.at_risk_char(&pd->chars[i]))
                pd->chars[i].cp = 0xFFFD;
    pd->offpage = dev.offpage;
    pd->off_top = dev.off_top;
    pd->off_foot = dev.off_foot;
    if (rc == XG_OK && text != nullptr)
        *turn = page_turn(text);
    if (text != nullptr)
        text->decRefCnt();
    return rc;
}

} // namespace

extern "C" int xg_pdf_core_read_page(xg_pdf_core *core, page_data *pd,
                                     rules *rl, xg_error *err)
{
    Page *page;
    int rc, turn;

    try {
        if (xg_pdf_core_in_time(core, err) != XG_OK)
            return err != nullptr ? err->code : XG_ERR_LIMIT;
        page = core->doc->getPage(pd->no);
        if (page == nullptr)
            return XG_OK;
        if (!ContentMeter(core).page(page))
            return xg_error_set(err, XG_ERR_LIMIT,
                                "PDF has more than %d MiB of page content",
                                (int)(XG_MAX_PDF_CONTENT >> 20));
        size_t doc_chars = core->chars;
        int again;
        bool early, unused;
        /* the page read set upright by T quarter turns from how it is
         * displayed (its characters counted once, however often read) */
        auto read_as = [&](int t, bool look, int *seen, bool *guessed) {
            core->chars = doc_chars;
            pd->turned = t != 0;
            return read_display(core, page, pd, rl, (4 - t) % 4 * 90, look,
                                seen, guessed, err);
        };

        /* read as displayed, but stopped as soon as its first characters
         * all run one way other than left to right */
        rc = read_as(0, true, &turn, &early);
        if (rc == XG_OK && turn != 0) {
            /* a page printed sideways (a landscape table set on a
             * portrait page) or upside down: read again, displayed so
             * that its text stands upright.  Poppler computes the boxes
             * as on an upright page: a turn of our own would move each
             * by its rounding, and a threshold met exactly on the
             * upright page could go either way. */
            rc = read_as(turn, false, &again, &unused);
            /* its first characters ran otherwise than the most (a
             * header's text set down its cells, then the page upright):
             * read as displayed after all, turned only if most runs so */
            if (rc == XG_OK && again != 0 && early) {
                rc = read_as(0, false, &turn, &unused);
                if (rc == XG_OK && turn != 0)
                    rc = read_as(turn, false, &again, &unused);
            }
        }
    } catch (const std::bad_alloc &) {
        return xg_error_nomem(err);
    } catch (...) {
        return xg_error_set(err, XG_ERR_CORRUPT, "PDF page %d is unreadable",
                            pd->no);
    }
    return rc;
}

extern "C" void xg_pdf_core_extend(xg_pdf_core *core, double seconds)
{
    if (core->deadline > 0 && seconds > 0)
        core->deadline += seconds;
}

extern "C" int xg_pdf_core_in_time(const xg_pdf_core *core, xg_error *err)
{
    if (core->deadline > 0 && cpu_seconds() > core->deadline)
        return xg_error_set(err, XG_ERR_LIMIT,
                            "PDF takes more than %g s of CPU to read",
                            core->limit);
    return XG_OK;
}

/* ------------------------------------------------------------------ */
/* pictures and rendering, for OCR                                     */

namespace {

/* The interpretation of a page for OCR stops at a CPU time of its own:
 * the document's reading budget is spent by then, OCR's recognition
 * comes between. */
struct cpu_budget {
    double deadline;
    unsigned long checks = 0;
    bool spent = false;
};

bool budget_check(void *data)
{
    cpu_budget *b = static_cast<cpu_budget *>(data);

    if (++b->checks % 64 == 0 && cpu_seconds() > b->deadline)
        b->spent = true;
    return b->spent;
}

/* A device that only notes where pictures are drawn: the unit square of
 * each image through the current matrix, in points, y down. */
class PictureDev : public OutputDev
{
public:
    PictureDev(double page_w, double page_h, double (*boxes)[4], int max)
        : area(page_w * page_h), out(boxes), cap(max)
    {
    }
    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }
    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width,
                       int height, bool invert, bool interpolate,
                       bool inlineImg) override
    {
        note(state);
        OutputDev::drawImageMask(state, ref, str, width, height, invert,
                                 interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width,
                   int height, GfxImageColorMap *colorMap, bool interpolate,
                   const int *maskColors, bool inlineImg) override
    {
        note(state);
        OutputDev::drawImage(state, ref, str, width, height, colorMap,
                             interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *, Stream *, int, int,
                         GfxImageColorMap *, bool, Stream *, int, int, bool,
                         bool) override
    {
        note(state);
    }
    void drawSoftMaskedImage(GfxState *state, Object *, Stream *, int, int,
                             GfxImageColorMap *, bool, Stream *, int, int,
                             GfxImageColorMap *, bool) override
    {
        note(state);
    }

    int n = 0;

private:
    void note(GfxState *state)
    {
        static const double corners[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;

        for (const auto &c : corners) {
            double x, y;

            state->transform(c[0], c[1], &x, &y);
            x0 = std::fmin(x0, x);
            x1 = std::fmax(x1, x);
            y0 = std::fmin(y0, y);
            y1 = std::fmax(y1, y);
        }
        if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) ||
            !std::isfinite(y1) || (x1 - x0) * (y1 - y0) < 0.1 * area || n >= cap)
            return;
        out[n][0] = x0;
        out[n][1] = y0;
        out[n][2] = x1;
        out[n][3] = y1;
        n++;
    }

    double area;
    double (*out)[4];
    int cap;
};

/* Might the page draw a large picture: an image of a quarter of a million
 * pixels among its resources, or a form (which may hold one)?  Only
 * then is it interpreted for pictures. */
bool may_have_picture(Page *page)
{
    Dict *res = page->getResourceDict();

    if (res == nullptr)
        return false;
    Object xobjs = res->lookup("XObject");
    if (!xobjs.isDict())
        return false;
    for (int i = 0; i < xobjs.dictGetLength(); i++) {
        Object x = xobjs.dictGetVal(i);

        if (!x.isStream())
            continue;
        Dict *d = x.streamGetDict();
        Object sub = d->lookup("Subtype");

        if (sub.isName("Form"))
            return true;
        if (sub.isName("Image")) {
            Object w = d->lookup("Width"), h = d->lookup("Height");

            if (w.isInt() && h.isInt() && (double)w.getInt() * h.getInt() >= 250000)
                return true;
        }
    }
    return false;
}

} // namespace

extern "C" int xg_pdf_core_pictures(xg_pdf_core *core, int page_no,
                                    double boxes[][4], int max, int *n,
                                    xg_error *err)
{
    *n = 0;
    try {
        Page *page = core->doc->getPage(page_no);
        double w, h;

        if (page == nullptr || !may_have_picture(page))
            return XG_OK;
        if (page->getRotate() == 90 || page->getRotate() == 270) {
            w = page->getCropHeight();
            h = page->getCropWidth();
        } else {
            w = page->getCropWidth();
            h = page->getCropHeight();
        }
        PictureDev dev(w, h, boxes, max);
        cpu_budget budget;

        budget.deadline = cpu_seconds() + XG_OCR_PAGE_SECONDS;
        std::unique_ptr<Gfx> gfx(page->createGfx(&dev, 72.0, 72.0, 0, false,
                                                 true, -1, -1, -1, -1, false,
                                                 budget_check, &budget));
        page->display(gfx.get());
        *n = dev.n;
        if (budget.spent)
            return xg_error_set(err, XG_ERR_LIMIT,
                                "PDF page %d takes more than %d s of CPU to draw",
                                page_no, XG_OCR_PAGE_SECONDS);
    } catch (const std::bad_alloc &) {
        return xg_error_nomem(err);
    } catch (...) {
        return xg_error_set(err, XG_ERR_CORRUPT, "PDF page %d is unreadable",
                            page_no);
    }
    return XG_OK;
}

extern "C" int xg_pdf_core_render(xg_pdf_core *core, int page_no,
                                  double scale, unsigned char **px, int *w,
                                  int *h, xg_error *err)
{
    *px = nullptr;
    *w = *h = 0;
    try {
        SplashColor paper;
        cpu_budget budget;

        paper[0] = paper[1] = paper[2] = 255;
        SplashOutputDev dev(splashModeMono8, 1, false, paper);

        /* what a scan holds is pictures: no text drawn, no font loaded */
        dev.setSkipText(true, true);
        dev.startDoc(core->doc);
        budget.deadline = cpu_seconds() + XG_OCR_PAGE_SECONDS;
        core->doc->displayPage(&dev, page_no, 72.0 * scale, 72.0 * scale, 0,
                               false, true, false, budget_check, &budget);
        SplashBitmap *bm = dev.getBitmap();

        if (budget.spent)
            return xg_error_set(err, XG_ERR_LIMIT,
                                "PDF page %d takes more than %d s of CPU to draw",
                                page_no, XG_OCR_PAGE_SECONDS);
        if (bm == nullptr || bm->getWidth() <= 0 || bm->getHeight() <= 0)
            return XG_OK;
        if (bm->getWidth() > XG_OCR_MAX_SIDE + 2 || bm->getHeight() > XG_OCR_MAX_SIDE + 2)
            return xg_error_set(err, XG_ERR_LIMIT,
                                "PDF page %d larger than %d pixels to read by OCR",
                                page_no, XG_OCR_MAX_SIDE);
        size_t rowlen = (size_t)bm->getWidth();
        unsigned char *copy = (unsigned char *)malloc(rowlen * (size_t)bm->getHeight());

        if (copy == nullptr)
            return xg_error_nomem(err);
        for (int y = 0; y < bm->getHeight(); y++)
            memcpy(copy + (size_t)y * rowlen,
                   bm->getDataPtr() + (size_t)y * (size_t)bm->getRowSize(), rowlen);
        *px = copy;
        *w = bm->getWidth();
        *h = bm->getHeight();
    } catch (const std::bad_alloc &) {
        return xg_error_nomem(err);
    } catch (...) {
        return xg_error_set(err, XG_ERR_CORRUPT, "PDF page %d is unreadable",
                            page_no);
    }
    return XG_OK;
}

extern "C" void xg_pdf_core_close(xg_pdf_core *core)
{
    if (core == nullptr)
        return;
    delete core->doc;
    delete core;
}
