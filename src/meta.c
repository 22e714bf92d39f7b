/*
 * Metadata and the six parts' text, from the document's paragraphs.
 *
 * The title is the first short paragraph that names an annual report; the
 * organisation is what precedes the year in it, or the line above it, or
 * the publisher a portal page states, or the signature over the closing
 * date.  Part headings are found in order; a part whose heading is
 * missing is reported, and its text stays with the part before.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "report.h"

#define HEAD_PARAGRAPHS 20

/* A site footer copied with the report (a page saved as text keeps it)
 * ends the report: these lines and all after them are not part 六. */
static const char *const footer_markers[] = {
    "公网安备", "ICP备", "ICP证", "备案号", "网站标识码", "版权所有", "主办单位:",
    "技术支持:", NULL
};

static int is_footer(const char *key)
{
    int i;

    for (i = 0; footer_markers[i]; i++)
        if (strstr(key, footer_markers[i]))
            return 1;
    return 0;
}

typedef struct para {
    const char *text;       /* as the source has it */
    char *norm;             /* xg_norm_text */
    char *key;              /* xg_norm_label */
    int ocr;                /* read by OCR */
} para;

/* A 4-digit year (19xx or 20xx) followed by 年 in S; where it starts in
 * *AT.  0 when none. */
static int find_year(const char *s, const char **at)
{
    const char *p;

    for (p = s; *p; p++) {
        if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) {
            const char *q = p + 4;

            if (p[2] < '0' || p[2] > '9' || p[3] < '0' || p[3] > '9')
                continue;
            if (p > s && p[-1] >= '0' && p[-1] <= '9')
                continue;
            while (*q == ' ')
                q++;
            if (strncmp(q, "年", 3) == 0) {
                if (at)
                    *at = p;
                return (p[0] - '0') * 1000 + (p[1] - '0') * 100 +
                       (p[2] - '0') * 10 + (p[3] - '0');
            }
        }
    }
    return 0;
}

/* A whole date in S (label key form): "2024年1月20日", "2024-01-20",
 * "2024/1/20", "2024.1.20"; written as YYYY-MM-DD into OUT.  Returns the
 * bytes of S it used, 0 when S holds no date. */
static size_t parse_date(const char *s, char out[11])
{
    const char *p = s;
    long y = 0, m = 0, d = 0;
    int n;

    for (n = 0; *p >= '0' && *p <= '9' && n < 4; n++, p++)
        y = y * 10 + (*p - '0');
    if (n != 4 || y < 1990 || y > 2100)
        return 0;
    if (strncmp(p, "年", 3) == 0) p += 3;
    else if (*p == '-' || *p == '/' || *p == '.') p++;
    else return 0;
    for (n = 0; *p >= '0' && *p <= '9' && n < 2; n++, p++)
        m = m * 10 + (*p - '0');
    if (n == 0 || m < 1 || m > 12)
        return 0;
    if (strncmp(p, "月", 3) == 0) p += 3;
    else if (*p == '-' || *p == '/' || *p == '.') p++;
    else return 0;
    for (n = 0; *p >= '0' && *p <= '9' && n < 2; n++, p++)
        d = d * 10 + (*p - '0');
    if (n == 0 || d < 1 || d > 31)
        return 0;
    if (strncmp(p, "日", 3) == 0)
        p += 3;
    snprintf(out, 11, "%04ld-%02ld-%02ld", y, m, d);
    return (size_t)(p - s);
}

static int is_title(const char *key)
{
    return strlen(key) <= 80 * 3 && strstr(key, "报告") != NULL &&
           (strstr(key, "年度") != NULL || strstr(key, "年报") != NULL ||
            strstr(key, "工作报告") != NULL) &&
           strstr(key, "信息公开") != NULL;
}

static int set_str(char **dst, const char *src, size_t len)
{
    char *p = malloc(len + 1);

    if (p == NULL)
        return -1;
    memcpy(p, src, len);
    p[len] = '\0';
    free(*dst);
    *dst = p;
    return 0;
}

/* Organisation names are short and hold no digits or sentence marks. */
static int looks_like_org(const char *key)
{
    size_t n = strlen(key);
    const char *p;

    if (n < 2 * 3 || n > 40 * 3)
        return 0;
    for (p = key; *p; p++)
        if (*p >= '0' && *p <= '9')
            return 0;
    return strstr(key, "。") == NULL && strstr(key, "，") == NULL &&
           strstr(key, ",") == NULL && strstr(key, ":") == NULL &&
           strstr(key, "报告") == NULL;
}

static int find_meta(const xg_doc *doc, para *ps, size_t np, xg_report *r)
{
    size_t i, title = np, date_at = np;
    const char *m;
    char date[11];

    xg_buf joined = {0};
    int rc = -1, pass;

    /* a title may be broken over up to three short lines; one that names
     * the year wins over one that does not (a portal's menu item) */
    for (pass = 0; pass < 2 && title == np; pass++) {
        for (i = 0; i < np && i < HEAD_PARAGRAPHS && title == np; i++) {
            size_t span, k;
            xg_buf key = {0};

            for (span = 1; span <= 3 && i + span <= np; span++) {
                /* one line may be long; the lines of a broken title are short */
                if (strlen(ps[i + span - 1].key) > (span == 1 ? 80 : 40) * 3)
                    break;
                xg_buf_reset(&key);
                for (k = i; k < i + span; k++)
                    if (xg_buf_puts(&key, ps[k].key) != 0) {
                        xg_buf_free(&key);
                        goto done;
                    }
                if (is_title(xg_buf_str(&key)) &&
                    (pass == 1 || find_year(xg_buf_str(&key), NULL) != 0)) {
                    title = i;
                    for (k = i; k < i + span; k++)
                        if (xg_buf_puts(&joined, ps[k].norm) != 0) {
                            xg_buf_free(&key);
                            goto done;
                        }
                    break;
                }
            }
            xg_buf_free(&key);
        }
    }
    if (title < np) {
        const char *at = NULL;
        const char *t = xg_buf_str(&joined);

        r->year = find_year(t, &at);
        if (at != NULL && at > t) {
            size_t len = (size_t)(at - t);

            while (len > 0 && t[len - 1] == ' ')
                len--;
            if (set_str(&r->organisation, t, len) != 0)
                goto done;
        } else if (title > 0 && looks_like_org(ps[title - 1].key)) {
            if (set_str(&r->organisation, ps[title - 1].norm, strlen(ps[title - 1].norm)) != 0)
                goto done;
        }
        if (at == t && r->organisation) {
            xg_buf b = {0};

            if (xg_buf_puts(&b, r->organisation) != 0 || xg_buf_puts(&b, t) != 0) {
                xg_buf_free(&b);
                goto done;
            }
            free(r->title);
            r->title = xg_buf_steal(&b);
            if (r->title == NULL)
                goto done;
        } else if (set_str(&r->title, t, strlen(t)) != 0) {
            goto done;
        }
    }
    m = xg_doc_meta(doc, "page_title");
    if (r->title == NULL && m != NULL && set_str(&r->title, m, strlen(m)) != 0)
        goto done;
    if (r->year == 0 && r->title)
        r->year = find_year(r->title, NULL);
    /* the closing date: the last paragraph that is a date and nothing else */
    for (i = np; i-- > 0;) {
        size_t used = parse_date(ps[i].key, date);

        if (used > 0 && ps[i].key[used] == '\0') {
            date_at = i;
            break;
        }
        if (np - i > 6)
            break;
    }
    m = xg_doc_meta(doc, "publication_date");
    if (m != NULL) {
        char *key = xg_norm_label(m);

        if (key == NULL)
            goto done;
        if (parse_date(key, date) > 0 && set_str(&r->publication_date, date, 10) != 0) {
            free(key);
            goto done;
        }
        free(key);
    }
    if (r->publication_date == NULL && date_at < np &&
        set_str(&r->publication_date, date, 10) != 0)
        goto done;
    m = xg_doc_meta(doc, "publisher");
    if (r->organisation == NULL && m != NULL && set_str(&r->organisation, m, strlen(m)) != 0)
        goto done;
    if (r->organisation == NULL && date_at < np && date_at > 0 &&
        looks_like_org(ps[date_at - 1].key) &&
        set_str(&r->organisation, ps[date_at - 1].norm, strlen(ps[date_at - 1].norm)) != 0)
        goto done;
    m = xg_doc_meta(doc, "index_number");
    if (m != NULL && set_str(&r->index_number, m, strlen(m)) != 0)
        goto done;
    m = xg_doc_meta(doc, "document_number");
    if (m != NULL && set_str(&r->document_number, m, strlen(m)) != 0)
        goto done;
    if (r->year == 0) {
        /* 统计期限自 2024 年 1 月 1 日 … */
        for (i = 0; i < np && i < HEAD_PARAGRAPHS && r->year == 0; i++)
            if (strstr(ps[i].key, "统计期限") || strstr(ps[i].key, "统计期"))
                r->year = find_year(ps[i].norm, NULL);
    }
    rc = 0;
done:
    xg_buf_free(&joined);
    return rc;
}

static int find_sections(para *ps, size_t np, xg_report *r)
{
    size_t start[XG_PART_COUNT + 1], i, end = np;
    int last = 0, part, k;

    for (k = 0; k <= XG_PART_COUNT; k++)
        start[k] = np;
    for (i = 0; i < np; i++) {
        part = xg_match_part_heading(ps[i].key);
        if (part > last) {
            start[part - 1] = i;
            last = part;
        }
    }
    for (k = XG_PART_COUNT; k-- > 0;)
        if (start[k] < np) {
            for (i = start[k] + 1; i < np; i++)
                if (is_footer(ps[i].key)) {
                    end = i;
                    break;
                }
            break;
        }
    /* the closing signature and date are not part of 六 */
    if (end > 0) {
        char date[11];
        size_t used = parse_date(ps[end - 1].key, date);

        if (used > 0 && ps[end - 1].key[used] == '\0') {
            end--;
            if (end > 0 && looks_like_org(ps[end - 1].key))
                end--;
        }
    }
    for (k = 0; k < XG_PART_COUNT; k++) {
        size_t next = end, j;
        xg_buf text = {0};

        if (start[k] >= np) {
            if (xg_report_warn(r, "part %d (%s): heading not found", k + 1,
                               xg_parts[k].label) != 0)
                return -1;
            continue;
        }
        for (j = (size_t)k + 1; j < XG_PART_COUNT; j++)
            if (start[j] < np) {
                next = start[j];
                break;
            }
        r->sections[k].heading = xg_clean_text(ps[start[k]].text);
        if (r->sections[k].heading == NULL)
            return -1;
        r->sections[k].ocr = ps[start[k]].ocr;
        for (j = start[k] + 1; j < next && j < np; j++) {
            char *clean = xg_clean_text(ps[j].text);

            r->sections[k].ocr |= ps[j].ocr;
            if (clean == NULL) {
                xg_buf_free(&text);
                return -1;
            }
            if (clean[0] && ((text.len && xg_buf_putc(&text, '\n') != 0) ||
                             xg_buf_puts(&text, clean) != 0)) {
                free(clean);
                xg_buf_free(&text);
                return -1;
            }
            free(clean);
        }
        r->sections[k].text = xg_buf_steal(&text);
        if (r->sections[k].text == NULL)
            return -1;
    }
    return 0;
}

int xg_layout_meta(const xg_doc *doc, xg_report *r, xg_error *err)
{
    size_t nb = xg_doc_block_count(doc), np = 0, i;
    para *ps = calloc(nb ? nb : 1, sizeof *ps);
    int rc = XG_OK;

    if (ps == NULL)
        return xg_error_nomem(err);
    for (i = 0; i < nb; i++) {
        const xg_block *b = xg_doc_block(doc, i);

        if (b->kind != XG_BLOCK_PARAGRAPH)
            continue;
        ps[np].text = b->text;
        ps[np].ocr = b->ocr;
        ps[np].norm = xg_norm_text(b->text);
        ps[np].key = xg_norm_label(b->text);
        if (ps[np].norm == NULL || ps[np].key == NULL) {
            free(ps[np].norm);
            free(ps[np].key);
            rc = xg_error_nomem(err);
            goto done;
        }
        if (ps[np].key[0] == '\0') {
            free(ps[np].norm);
            free(ps[np].key);
            continue;
        }
        np++;
    }
    if (find_meta(doc, ps, np, r) != 0 || find_sections(ps, np, r) != 0)
        rc = xg_error_nomem(err);
done:
    for (i = 0; i < np; i++) {
        free(ps[i].norm);
        free(ps[i].key);
    }
    free(ps);
    return rc;
}
