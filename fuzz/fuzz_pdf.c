/*
 * libFuzzer harness for the PDF stages after Poppler, fed synthetic
 * geometry: a random PDF almost never parses, and Poppler itself is not
 * ours to fuzz, so the input bytes are read as operations building pages
 * (characters of report labels, numbers and junk placed anywhere at any
 * size, rules, whole ruled grids with text in their cells, tables set in
 * aligned columns, page furniture), and the stages run as the extractor
 * runs them: rules joined and sifted, lattice and aligned tables, page
 * structure, furniture, cross-page joins, paragraphs; then layout,
 * metadata, checks and both writers.  The last bytes also make a small
 * image whose rules are found from its pixels (pages of scans).
 *
 *   ./configure --enable-fuzzing CC=clang CXX=clang++ && make fuzz
 *   nice -n 19 fuzz/fuzz_pdf -jobs=1 -workers=1 -max_len=4096 corpus-dir/
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_internal.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_PAGES 4
#define MAX_CHARS 3000

static const char *const words[] = {
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果", "（一）予以公开", "（二）部分公开", "（三）不予公开",
    "1.属于国家秘密", "（四）无法提供", "（六）其他处理", "3.其他", "（七）总计",
    "四、结转下年度继续办理", "自然人", "法人或其他组织", "商业企业", "总计",
    "行政复议", "行政诉讼", "结果维持", "尚未审结", "规章", "行政许可",
    "本年收费金额（单位：万元）", "二、主动公开政府信息情况", "- 3 -", "第 2 页",
    "0", "12", "１２", "7730.28", "—", "/", "1,234", "16073", "x", "ab cd",
};
#define NWORDS (sizeof words / sizeof words[0])

typedef struct builder {
    page_data pages[MAX_PAGES];
    size_t cap[MAX_PAGES];
    int npages;
    size_t seq;
} builder;

static uint32_t next_cp(const char **s)
{
    const unsigned char *p = (const unsigned char *)*s;
    uint32_t cp = p[0];
    int n = cp < 0x80 ? 1 : cp < 0xe0 ? 2 : cp < 0xf0 ? 3 : 4, i;

    if (n > 1)
        cp &= 0x3f >> (n - 1);
    for (i = 1; i < n && (p[i] & 0xc0) == 0x80; i++)
        cp = cp << 6 | (p[i] & 0x3f);
    *s += i;
    return cp;
}

static int add_char(builder *b, int page, uint32_t cp, double x, double y,
                    double size)
{
    page_data *pd = &b->pages[page];
    pchar *c;
    double w = cp < 0x2e80 ? size * 0.55 : size;

    if (pd->nchars >= MAX_CHARS ||
        xg_pdf_grow((void **)&pd->chars, &b->cap[page], pd->nchars + 1,
                    sizeof *pd->chars) != 0)
        return 0;
    c = &pd->chars[pd->nchars++];
    memset(c, 0, sizeof *c);
    c->cp = cp;
    c->x0 = x;
    c->x1 = x + w;
    c->y0 = y - size;
    c->y1 = y + size * 0.2;
    c->seq = b->seq++;
    c->space = cp == ' ' || cp == 0x3000;
    if (!c->space)
        pd->has_text = 1;
    return 1;
}

/* WORD set from X at baseline Y; returns the x after it. */
static double add_word(builder *b, int page, const char *word, double x,
                       double y, double size)
{
    while (*word != '\0') {
        uint32_t cp = next_cp(&word);

        if (!add_char(b, page, cp, x, y, size))
            break;
        x += cp < 0x2e80 ? size * 0.55 : size;
    }
    return x;
}

static void add_rule(builder *b, int page, int vertical, double pos,
                     double a, double c)
{
    rules *rl = &b->pages[page].rl;
    rule r;

    r.pos = pos;
    r.a = a < c ? a : c;
    r.b = a < c ? c : a;
    if (vertical) {
        if (rl->nv < 2000 &&
            xg_pdf_grow((void **)&rl->v, &rl->capv, rl->nv + 1, sizeof r) == 0)
            rl->v[rl->nv++] = r;
    } else if (rl->nh < 2000 &&
               xg_pdf_grow((void **)&rl->h, &rl->caph, rl->nh + 1, sizeof r) == 0) {
        rl->h[rl->nh++] = r;
    }
}

/* Rules from a tiny image made of the bytes: a page of a scan. */
static void image_rules(const uint8_t *data, size_t size)
{
    enum { W = 48, H = 32 };
    uint32_t px[W * H];
    page_data pd;
    rules rl = {0};
    size_t i;

    memset(&pd, 0, sizeof pd);
    for (i = 0; i < W * H; i++)
        px[i] = 0xffffff;
    for (i = 0; i + 2 < size && i < 300; i += 3) {
        int x = data[i] % W, y = data[i + 1] % H, len = data[i + 2] % 40, k;

        for (k = 0; k < len; k++) {
            if (data[i + 2] & 0x80) {
                if (y + k < H)
                    px[(y + k) * W + x] = 0;
            } else if (x + k < W) {
                px[y * W + x + k] = 0;
            }
        }
    }
    xg_pdf_rules_from_image((const unsigned char *)px, W * 4, W, H, 1.0 + size % 3,
                            &pd, &rl);
    free(rl.h);
    free(rl.v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    builder b;
    xg_doc *doc = xg_doc_new();
    xg_report *report = xg_report_new("fuzz", XG_FORMAT_PDF);
    FILE *sink = fopen("/dev/null", "w");
    size_t i = 0;
    int page = 0, p;

    memset(&b, 0, sizeof b);
    b.npages = 1;
    b.pages[0].no = 1;
    b.pages[0].w = 595;
    b.pages[0].h = 842;
    if (doc == NULL || report == NULL || sink == NULL)
        goto done;
    while (i + 4 <= size) {
        uint8_t op = data[i], a = data[i + 1], c = data[i + 2], d = data[i + 3];
        double x = a * 2.4, y = c * 3.3, sz = 5 + (d % 16);

        i += 4;
        switch (op % 8) {
        case 0:         /* a new page */
            if (b.npages < MAX_PAGES) {
                page = b.npages++;
                b.pages[page].no = page + 1;
                b.pages[page].w = 300 + a * 3;
                b.pages[page].h = 400 + c * 3;
            }
            break;
        case 1:         /* a word */
            add_word(&b, page, words[d % NWORDS], x, y, 5 + (op >> 4));
            break;
        case 2:         /* one character, any code point */
            add_char(&b, page, (uint32_t)a << 8 | d, x, y, sz);
            break;
        case 3:
            add_rule(&b, page, 0, y, x, x + d * 2.5);
            break;
        case 4:
            add_rule(&b, page, 1, x, y, y + d * 3.5);
            break;
        case 5: {       /* a ruled grid, a word in some cells */
            int nx = 2 + a % 9, ny = 2 + c % 12, gx, gy;
            double cw = 20 + d % 60, ch = 10 + (op >> 3) % 20;
            double x0 = (op >> 5) * 30.0, y0 = 40 + (a >> 4) * 20.0;

            for (gy = 0; gy <= ny; gy++)
                add_rule(&b, page, 0, y0 + gy * ch, x0, x0 + nx * cw);
            for (gx = 0; gx <= nx; gx++)
                if ((gx + d) % 5 != 4)      /* some columns without rules */
                    add_rule(&b, page, 1, x0 + gx * cw, y0, y0 + ny * ch);
            for (gy = 0; gy < ny; gy++)
                for (gx = 0; gx < nx; gx++)
                    if ((gx * 7 + gy * 3 + d) % 4 != 0)
                        add_word(&b, page, words[(gx + gy * nx + d) % NWORDS],
                                 x0 + gx * cw + 2, y0 + gy * ch + ch * 0.7,
                                 ch * 0.5);
            break;
        }
        case 6: {       /* rows set in columns, no rules */
            int rows = 1 + a % 8, r;

            for (r = 0; r < rows; r++) {
                double xx = add_word(&b, page, words[(d + r) % NWORDS], 40,
                                     y + r * sz * 1.6, sz);

                add_word(&b, page, words[(d + r * 3 + 1) % NWORDS],
                         xx + 3 * sz + (c % 7) * 10, y + r * sz * 1.6, sz);
                add_word(&b, page, "123", 400 + (c % 5) * 8, y + r * sz * 1.6, sz);
            }
            break;
        }
        default:        /* a space, or a character drawn twice */
            if (b.pages[page].nchars > 0 && (op & 0x10)) {
                pchar last = b.pages[page].chars[b.pages[page].nchars - 1];

                add_char(&b, page, last.cp, last.x0 + (a % 3) * 0.2, last.y1 - 0.2 * sz,
                         last.y1 - last.y0);
            } else {
                add_char(&b, page, d & 1 ? ' ' : 0x3000, x, y, sz);
            }
            break;
        }
    }
    image_rules(data, size);
    for (p = 0; p < b.npages; p++) {
        page_data *pd = &b.pages[p];
        int rc = xg_pdf_rules_finish(pd, &pd->rl) == 0 &&
                 xg_pdf_page_structure(pd, &pd->rl, p > 0 ? &b.pages[p - 1] : NULL,
                                       NULL) == XG_OK;

        free(pd->rl.h);
        free(pd->rl.v);
        memset(&pd->rl, 0, sizeof pd->rl);
        if (!rc)
            goto done;
    }
    if (xg_pdf_drop_furniture(b.pages, (size_t)b.npages) != 0 ||
        xg_pdf_assemble(b.pages, (size_t)b.npages, doc, NULL) != XG_OK)
        goto done;
    if (xg_layout_tables(doc, report, NULL) == XG_OK &&
        xg_layout_meta(doc, report, NULL) == XG_OK &&
        xg_run_checks(report, NULL) == XG_OK) {
        xg_write_json(report, sink, NULL);
        xg_write_csv(report, sink, NULL);
    }
done:
    for (p = 0; p < MAX_PAGES; p++)
        xg_pdf_page_free(&b.pages[p]);
    if (sink)
        fclose(sink);
    xg_report_free(report);
    xg_doc_free(doc);
    return 0;
}
