/*
 * What several extractors read the same way (extractors/lines.h): a Word
 * cell's text built paragraph by paragraph, rows of a table flattened to
 * "| a | b |" text, and the portal header block.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "lines.h"
#include "norm.h"

#define N_ELEMS(a) (sizeof (a) / sizeof (a)[0])

#define META_PARA_MAX        600    /* a header block is short */
#define PENDING_VALUE_MAX    90     /* a value in the block after its label */

/* ------------------------------------------------------------ Word cells */

int xg_cell_lines_add(xg_buf *text, xg_cell_lines *state, const char *line,
                      size_t len)
{
    if (len == 0) {
        if (state->started)
            state->empty_lines++;
        return 0;
    }
    if (state->started) {
        size_t i;

        for (i = 0; i <= state->empty_lines; i++)
            if (xg_buf_putc(text, '\n') != 0)
                return -1;
    }
    if (xg_buf_append(text, line, len) != 0)
        return -1;
    state->started = 1;
    state->empty_lines = 0;
    return 0;
}

/* ------------------------------------------------------------- pipe rows */

static int is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'
        || c == '\v';
}

void xg_trim_ascii(const char **s, size_t *len)
{
    while (*len > 0 && is_ascii_space(**s)) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && is_ascii_space((*s)[*len - 1]))
        (*len)--;
}

int xg_pipe_line_kind(const char *line, size_t len)
{
    size_t i, bars = 0;
    int rule = 1, dash = 0;

    for (i = 0; i < len; i++) {
        char c = line[i];

        if (c == '|')
            bars++;
        else if (c == '-' || c == '=')
            dash = 1;
        else if (c != ':' && c != '+' && !is_ascii_space(c))
            rule = 0;
    }
    if (bars < 2)
        return XG_PIPE_NONE;
    return rule && dash ? XG_PIPE_SEPARATOR : XG_PIPE_ROW;
}

int xg_split_row_add(xg_table *table, int row, const char *p,
                     const char *end, char sep, xg_error *err)
{
    int col = 0, rc;

    for (;;) {
        const char *next = memchr(p, sep, (size_t)(end - p));
        const char *cell = p;
        size_t clen = (size_t)((next ? next : end) - p);

        xg_trim_ascii(&cell, &clen);
        rc = xg_table_add_cell(table, row, col++, 1, 1, cell, clen, NULL, err);
        if (rc != XG_OK)
            return rc;
        if (next == NULL)
            return XG_OK;
        p = next + 1;
    }
}

int xg_pipe_row_add(xg_table *table, int row, const char *line, size_t len,
                    xg_error *err)
{
    const char *end;

    xg_trim_ascii(&line, &len);
    end = line + len;
    /* Bars frame the cells: "| a | b |" and "a | b |" both hold a, b. */
    if (len > 0 && line[0] == '|')
        line++;
    if (end > line && end[-1] == '|')
        end--;
    return xg_split_row_add(table, row, line, end, '|', err);
}

/* ------------------------------------------------- portal header block */

/* The portal header block: label (followed by ：or : or, on some portals,
 * directly by the value) and the metadata key it fills.  Where labels
 * compete for one key the lower rank wins, and only rank 0 labels are
 * recognised without a colon; a NULL key is recognised (the block is not
 * a paragraph) but not kept. */
struct xg_meta_label {
    const char *label;
    const char *key;
    int rank;
};

static const xg_meta_label meta_labels[] = {
    { "索引号", "index_number", 0 },
    { "发布机构", "publisher", 0 },
    { "发文机关", "publisher", 1 },
    { "发布单位", "publisher", 1 },
    { "发布机关", "publisher", 1 },
    { "信息来源", "publisher", 3 },
    { "来源", "publisher", 3 },
    { "发文字号", "document_number", 0 },
    { "文号", "document_number", 0 },
    { "文件编号", "document_number", 1 },
    { "发布日期", "publication_date", 0 },
    { "发布时间", "publication_date", 1 },
    { "公开日期", "publication_date", 1 },
    { "公开时间", "publication_date", 1 },
    { "时间", "publication_date", 3 },
    { "有效性", "validity", 0 },
    { "成文日期", "written_date", 0 },
    { "生成日期", "written_date", 1 },
    { "成文时间", "written_date", 1 },
    { "发文日期", "written_date", 1 },
    { "主题分类", NULL, 0 },
    { "主题词", NULL, 0 },
    { "公开方式", NULL, 0 },
    { "公开范围", NULL, 0 },
    { "信息分类", NULL, 0 },
    { "体裁分类", NULL, 0 },
    { "组配分类", NULL, 0 },
    { "信息名称", NULL, 0 },
    { "浏览次数", NULL, 0 },
    { "访问量", NULL, 0 },
};

static const char *const meta_keys[XG_META_KEYS] = {
    "index_number", "publisher", "document_number", "publication_date",
    "validity", "written_date",
};

static void skip_space(const char **p, const char *end)
{
    size_t adv;

    while (*p < end && xg_is_space_cp(xg_utf8_decode(*p, (size_t)(end - *p), &adv)))
        *p += adv;
}

/* Portals space labels out to align them ("索 引 号", "文　　号"): match
 * LABEL at P with white space allowed between its characters.  Returns
 * the end of the match, or NULL. */
static const char *match_spaced(const char *p, const char *end,
                                const char *label)
{
    size_t adv;

    while (*label) {
        size_t n = 1;

        while ((((unsigned char)label[n]) & 0xC0) == 0x80)
            n++;
        if ((size_t)(end - p) < n || memcmp(p, label, n) != 0)
            return NULL;
        p += n;
        label += n;
        if (*label)
            while (p < end && xg_is_space_cp(xg_utf8_decode(p, (size_t)(end - p), &adv)))
                p += adv;
    }
    return p;
}

const xg_meta_label *xg_meta_label_at(const char *p, const char *end,
                                      const char **after, int *colon)
{
    const xg_meta_label *best = NULL;
    const char *best_end = NULL;
    size_t i;

    for (i = 0; i < N_ELEMS(meta_labels); i++) {
        const char *e = match_spaced(p, end, meta_labels[i].label);

        if (e != NULL && (best_end == NULL || e > best_end)) {
            best = &meta_labels[i];
            best_end = e;
        }
    }
    if (best == NULL)
        return NULL;
    p = best_end;
    skip_space(&p, end);
    *colon = 0;
    if (end - p >= 3 && memcmp(p, "\xEF\xBC\x9A", 3) == 0) {   /* ： */
        p += 3;
        *colon = 1;
    } else if (p < end && *p == ':') {
        p++;
        *colon = 1;
    }
    *after = p;
    return best;
}

/* A header value that says there is none. */
static int is_placeholder(const char *s, size_t len)
{
    static const char *const none[] = {
        "无", "暂无", "/", "-", "--", "—", "——", "－", "／", "空",
    };
    size_t i;

    for (i = 0; i < N_ELEMS(none); i++)
        if (strlen(none[i]) == len && memcmp(s, none[i], len) == 0)
            return 1;
    return 0;
}

int xg_meta_offer(xg_meta_reader *r, const char *key, int rank,
                  const char *value, size_t len)
{
    size_t k;
    char *copy;

    if (key == NULL || len == 0 || xg_only_space(value, len))
        return 0;
    /* Trim trailing white space of any kind (&nbsp;, U+3000 padding). */
    while (len > 0) {
        size_t start = len - 1, adv;

        while (start > 0 && ((unsigned char)value[start] & 0xC0) == 0x80)
            start--;
        if (!xg_is_space_cp(xg_utf8_decode(value + start, len - start, &adv)))
            break;
        len = start;
    }
    /* "文号：无", "文号：/": the field is stated empty. */
    if (len == 0 || is_placeholder(value, len))
        return 0;
    for (k = 0; k < XG_META_KEYS; k++)
        if (strcmp(meta_keys[k], key) == 0)
            break;
    if (k == XG_META_KEYS || (r->value[k] != NULL && r->rank[k] <= rank))
        return 0;
    copy = malloc(len + 1);
    if (copy == NULL)
        return -1;
    memcpy(copy, value, len);
    copy[len] = '\0';
    free(r->value[k]);
    r->value[k] = copy;
    r->rank[k] = rank;
    return 0;
}

/*
 * Read S as part of the header block: "索引号：X 发布机构：Y ..." (the
 * labels may share one line once inline elements are joined), or a bare
 * "索引号X" as some portals lay it out, or a label alone whose value is the
 * next text.  Returns 1 if S was metadata (and is not a paragraph), 0 if
 * not, or a negative error.
 */
int xg_meta_read(xg_meta_reader *r, const char *s, size_t len)
{
    const char *end = s + len, *p, *after;
    const xg_meta_label *label;
    int colon;

    p = s;
    skip_space(&p, end);
    if (r->pending != NULL) {
        const xg_meta_label *prev = r->pending;

        r->pending = NULL;
        /* A header with an empty last field ("文号：") is often followed
         * by the report's title: a value is short and is no sentence. */
        if (xg_meta_label_at(p, end, &after, &colon) == NULL && len <= PENDING_VALUE_MAX
            && strstr(p, "报告") == NULL && strstr(p, "。") == NULL
            && strstr(p, "，") == NULL) {
            if (xg_meta_offer(r, prev->key, prev->rank, p, (size_t)(end - p)) != 0)
                return -1;
            return 1;
        }
    }
    if (len > META_PARA_MAX)
        return 0;
    label = xg_meta_label_at(p, end, &after, &colon);
    if (label == NULL)
        return 0;
    /* Without a colon only the header's own labels count: a paragraph
     * may well begin with 时间 or 来源. */
    if (!colon && (len > XG_META_BARE_MAX || label->rank > 0))
        return 0;
    /* Once tables have come, "时间：" or "来源：" opens report text. */
    if (label->rank > 0 && r->body_begun)
        return 0;
    while (label != NULL) {
        const xg_meta_label *next = NULL;
        const char *q = after, *value = after, *next_after = NULL;
        int next_colon = 0;

        skip_space(&value, end);
        /* The value runs to the next label followed by a colon. */
        while (q < end) {
            size_t adv;

            next = xg_meta_label_at(q, end, &next_after, &next_colon);
            if (next != NULL && next_colon)
                break;
            next = NULL;
            xg_utf8_decode(q, (size_t)(end - q), &adv);
            q += adv;
        }
        if (value >= q && next == NULL && colon)
            r->pending = label;    /* "文号：" alone: the value follows */
        else if (xg_meta_offer(r, label->key, label->rank, value,
                               value < q ? (size_t)(q - value) : 0) != 0)
            return -1;
        label = next;
        after = next_after;
        colon = next_colon;
    }
    return 1;
}

int xg_meta_apply(const xg_meta_reader *r, xg_doc *doc, xg_error *err)
{
    size_t k;
    int rc;

    for (k = 0; k < XG_META_KEYS; k++)
        if (r->value[k] != NULL) {
            rc = xg_doc_set_meta(doc, meta_keys[k], r->value[k], err);
            if (rc != XG_OK)
                return rc;
        }
    return XG_OK;
}

void xg_meta_reader_free(xg_meta_reader *r)
{
    size_t k;

    for (k = 0; k < XG_META_KEYS; k++) {
        free(r->value[k]);
        r->value[k] = NULL;
    }
}

int xg_header_line_meta(xg_doc *doc, const char *line, size_t len,
                        int *found, xg_error *err)
{
    xg_meta_reader r;
    int meta, rc;

    memset(&r, 0, sizeof r);
    if (len >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
        line += 2;
        len -= 2;
    }
    meta = xg_meta_read(&r, line, len);
    *found = meta > 0;
    rc = meta < 0 ? xg_error_nomem(err) : xg_meta_apply(&r, doc, err);
    xg_meta_reader_free(&r);
    return rc;
}
