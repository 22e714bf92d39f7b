/*
 * HTML: report pages saved from government portals.
 *
 * The bytes are decoded by us (BOM, then <meta charset>, then a guess) and
 * handed to libxml2's HTML parser as UTF-8, so a wrong label cannot make
 * libxml2 guess again.  The DOM is walked once: block elements make
 * paragraphs, data tables become table blocks with their real spans, and
 * the tables portals use for page layout are looked through.  The portal's
 * furniture (header block, navigation, share links, footer) is recognised
 * by the markers below, kept as data so a new portal is a new line here.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "buf.h"
#include "decode.h"
#include "error.h"
#include "extract.h"
#include "lines.h"
#include "norm.h"

/* ------------------------------------------------------------------ data */


/* <meta name=...> values that stand in for a missing header field. */
static const struct meta_tag {
    const char *name;
    const char *key;
} meta_tags[] = {
    { "pubdate", "publication_date" },
    { "publishdate", "publication_date" },
    { "firstpublishedtime", "publication_date" },
    { "contentsource", "publisher" },
};
#define META_TAG_RANK 4

/* Text that opens a breadcrumb ("当前位置：首页 > ..."). */
static const char *const breadcrumb_prefixes[] = {
    "当前位置", "您当前的位置", "您的位置", "您现在的位置", "你的位置",
    "你当前的位置", "现在的位置", "所在位置",
};

/* Share, print and font-size links around the article; a short paragraph
 * holding one of these is furniture. */
static const char *const tool_markers[] = {
    "打印本页", "关闭窗口", "【字体", "字体：", "字号：", "【打印", "【关闭",
    "分享到", "收藏本页", "加入收藏", "扫一扫", "上一篇", "下一篇",
    "热门搜索", "相关链接", "全真版", "文字版", "文件下载", "附件下载",
    "文字解读", "图片解读", "视频解读", "相关解读", "无障碍浏览", "长者模式",
    "关怀版", "二维码浏览", "浏览本页", "手机上浏览", "手机上查看",
};

/* The site footer.  A short paragraph naming one of these is footer; */
static const char *const footer_markers[] = {
    "备案号", "网站标识码", "版权所有", "ICP备", "ICP证", "公网安备",
    "Copyright", "©",
};

/* and a short container naming two of these or of the above is the
 * footer.  Alone they may be report text ("请联系我们"). */
static const char *const footer_weak_markers[] = {
    "主办单位", "承办单位", "技术支持", "网站地图", "联系我们",
    "政府网站找错", "适老化", "无障碍", "主办：", "承办：",
};

/* class or id tokens of page furniture. */
static const char *const furniture_classes[] = {
    "header", "nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "bread",
    "position", "location", "dqwz", "footer", "foot", "copyright", "share",
    "bdsharebuttonbox", "share_box", "sharebox",
};

/* Elements whose content is never report text. */
static const char *const skipped_tags[] = {
    "script", "style", "noscript", "iframe", "nav", "template", "object",
    "embed", "button", "select", "input", "textarea", "svg", "canvas",
    "map", "audio", "video", "footer", "frameset", "noframes", "applet",
};

/* Elements that break paragraphs (and, inside a cell, lines). */
static const char *const block_tags[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "tr", "td", "th", "section", "article", "center", "blockquote",
    "pre", "header", "main", "aside", "form", "address", "hr", "fieldset",
    "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "body",
    "html", "legend", "details", "summary", "menu",
};

/* Blocks that group others, judged whole as furniture or not. */
static const char *const container_tags[] = {
    "div", "ul", "ol", "dl", "section", "header", "aside", "center", "td",
    "th", "tr", "tbody", "thead", "tfoot", "form", "article", "main",
    "blockquote", "fieldset", "details", "menu",
};

#define MAX_DEPTH            256    /* DOM depth we recurse to */
#define MAX_COLSPAN          1000   /* what browsers accept */
#define MAX_ROWSPAN          65534
#define SNIFF_BYTES          8192   /* where <meta charset> must be */
#define FURNITURE_TEXT_MAX   1600   /* a footer container is short */
#define BREADCRUMB_TEXT_MAX  800
#define TOOL_PARA_MAX        150
#define FOOTER_PARA_MAX      600
#define LAYOUT_CELL_TEXT     600    /* a cell with this much text is a page column */
#define META_TABLE_TEXT_MAX  2000
#define PEEK_NODES           5000   /* nodes read to judge one element */
#define PEEK_TOTAL           2000000 /* and to judge all of a page's */

#define N_ELEMS(a) (sizeof (a) / sizeof (a)[0])

/* ---------------------------------------------------------------- walker */

typedef struct html_walker {
    xg_doc *doc;
    xg_error *err;
    xg_buf para;               /* the paragraph being built */
    int ws;                    /* white space pending in para */
    xg_table *pipe_table;      /* open table of "| a | b |" paragraphs */
    int pipe_row;
    int table_depth;
    xg_meta_reader meta;       /* the portal's header block */
    char *title;
    xg_buf scratch;
    size_t peek_left;          /* of PEEK_TOTAL */
    size_t rescue_left;        /* of RESCUE_TOTAL */
} html_walker;

static int is_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
        || c == '\v';
}

static int is_wide(unsigned cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* The code point that ends B (0 when empty). */
static unsigned last_cp(const xg_buf *b)
{
    size_t i, adv;

    if (b->len == 0)
        return 0;
    i = b->len - 1;
    while (i > 0 && ((unsigned char)b->data[i] & 0xC0) == 0x80
           && b->len - i < 4)
        i--;
    return xg_utf8_decode(b->data + i, b->len - i, &adv);
}

static const char *tag_name(const xmlNode *n)
{
    return n->name ? (const char *)n->name : "";
}

static int in_list(const char *s, const char *const *list, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

static int is_block(const xmlNode *n)
{
    return in_list(tag_name(n), block_tags, N_ELEMS(block_tags));
}

/*
 * Append text as a browser shows it: runs of ASCII white space become one
 * space, none at the start of a line.  A line break in the source between
 * two Chinese characters is dropped (CSS Text 3, as Firefox renders it):
 * editors wrap long Chinese lines anywhere.  *WS carries pending space
 * between calls: 1 a space, 2 a line break.
 */
static int append_text(xg_buf *b, int *ws, const char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t adv = 1;
        unsigned cp;

        if (is_ascii_space(c)) {
            if (c == '\n' || c == '\r')
                *ws = 2;
            else if (*ws == 0)
                *ws = 1;
            i++;
            continue;
        }
        cp = c < 0x80 ? c : xg_utf8_decode(s + i, len - i, &adv);
        if (*ws && b->len > 0 && b->data[b->len - 1] != '\n') {
            if (!(*ws == 2 && is_wide(cp) && is_wide(last_cp(b))))
                if (xg_buf_putc(b, ' ') != 0)
                    return -1;
        }
        *ws = 0;
        if (xg_buf_append(b, s + i, adv) != 0)
            return -1;
        i += adv;
    }
    return 0;
}

/* The text of a cell: its lines trimmed, lines of white space dropped,
 * joined with '\n'.  Owned; NULL on allocation failure. */
static char *finish_lines(const char *s, size_t len)
{
    xg_buf out = {0};
    const char *end = s + len;

    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        const char *a = s;

        while (a < e && is_ascii_space((unsigned char)*a))
            a++;
        while (e > a && is_ascii_space((unsigned char)e[-1]))
            e--;
        if (e > a && !xg_only_space(a, (size_t)(e - a))) {
            if ((out.len > 0 && xg_buf_putc(&out, '\n') != 0)
                || xg_buf_append(&out, a, (size_t)(e - a)) != 0) {
                xg_buf_free(&out);
                return NULL;
            }
        }
        s = nl ? nl + 1 : end;
    }
    return xg_buf_steal(&out);
}

static int has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int count_markers(const char *s, const char *const *list, size_t n)
{
    size_t i;
    int found = 0;

    for (i = 0; i < n; i++)
        if (strstr(s, list[i]) != NULL)
            found++;
    return found;
}

static int is_breadcrumb(const char *s)
{
    size_t i;

    for (i = 0; i < N_ELEMS(breadcrumb_prefixes); i++)
        if (has_prefix(s, breadcrumb_prefixes[i]))
            return 1;
    return 0;
}

/* ----------------------------------------------------------- paragraphs */

static void end_pipe_table(html_walker *w)
{
    w->pipe_table = NULL;
}

/* Emit the paragraph being built, unless it is furniture, metadata or a
 * row of a table flattened to "| a | b |" text. */
static int flush_para(html_walker *w)
{
    char *text = NULL;
    size_t len;
    int rc = XG_OK, kind, meta;

    w->ws = 0;
    if (w->para.len == 0)
        return XG_OK;
    text = finish_lines(w->para.data, w->para.len);
    xg_buf_reset(&w->para);
    if (text == NULL)
        return xg_error_nomem(w->err);
    len = strlen(text);
    if (len == 0)
        goto done;
    if (is_breadcrumb(text)
        || (len <= TOOL_PARA_MAX
            && count_markers(text, tool_markers, N_ELEMS(tool_markers)))
        || (len <= FOOTER_PARA_MAX
            && count_markers(text, footer_markers, N_ELEMS(footer_markers))))
        goto done;
    meta = xg_meta_read(&w->meta, text, len);
    if (meta < 0) {
        rc = XG_ERR_NOMEM;
        goto done;
    }
    if (meta > 0)
        goto done;
    kind = xg_pipe_line_kind(text, len);
    if (kind == XG_PIPE_SEPARATOR && w->pipe_table != NULL)
        goto done;
    if (kind == XG_PIPE_ROW) {
        if (w->pipe_table == NULL) {
            w->meta.body_begun = 1;
            w->pipe_table = xg_doc_add_table(w->doc, w->err);
            w->pipe_row = 0;
            if (w->pipe_table == NULL) {
                rc = w->err ? w->err->code : XG_ERR_NOMEM;
                goto done;
            }
            xg_table_set_ragged(w->pipe_table);
        }
        rc = xg_pipe_row_add(w->pipe_table, w->pipe_row++, text, len, w->err);
        goto done;
    }
    end_pipe_table(w);
    rc = xg_doc_add_paragraph(w->doc, text, len, NULL, w->err);
done:
    free(text);
    return rc;
}

/* --------------------------------------------------------- element tests */

static const char *attr(const xmlNode *n, const char *name)
{
    const xmlAttr *a;

    for (a = n->properties; a != NULL; a = a->next)
        if (a->name != NULL && strcmp((const char *)a->name, name) == 0) {
            if (a->children != NULL && a->children->type == XML_TEXT_NODE
                && a->children->content != NULL)
                return (const char *)a->children->content;
            return "";
        }
    return NULL;
}

/* display:none or visibility:hidden in the inline style, or hidden. */
static int is_hidden(const xmlNode *n)
{
    const char *style = attr(n, "style");
    char squeezed[256];
    size_t i = 0;

    if (attr(n, "hidden") != NULL)
        return 1;
    if (style == NULL)
        return 0;
    for (; *style && i + 1 < sizeof squeezed; style++) {
        unsigned char c = (unsigned char)*style;

        if (is_ascii_space(c))
            continue;
        squeezed[i++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    squeezed[i] = '\0';
    return strstr(squeezed, "display:none") != NULL
        || strstr(squeezed, "visibility:hidden") != NULL;
}

static int has_token(const char *value, const char *const *list, size_t n)
{
    char token[64];
    const char *p = value;

    if (value == NULL)
        return 0;
    while (*p) {
        size_t l = 0;

        while (*p && is_ascii_space((unsigned char)*p))
            p++;
        while (*p && !is_ascii_space((unsigned char)*p)) {
            if (l + 1 < sizeof token) {
                unsigned char c = (unsigned char)*p;
                token[l++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            p++;
        }
        token[l] = '\0';
        if (l > 0 && in_list(token, list, n))
            return 1;
    }
    return 0;
}

static int is_skipped(const xmlNode *n)
{
    return in_list(tag_name(n), skipped_tags, N_ELEMS(skipped_tags))
        || is_hidden(n)
        || has_token(attr(n, "class"), furniture_classes, N_ELEMS(furniture_classes))
        || has_token(attr(n, "id"), furniture_classes, N_ELEMS(furniture_classes));
}

/* Labels only the report's own tables print: a container marked as
 * furniture that holds one of them is not furniture after all, but a
 * header or menu block left unclosed (a missing </div>) that the parser
 * has wrapped around the whole page. */
static const char *const report_table_markers[] = {
    "本年制发件数", "本年处理决定数量", "本年新收政府信息公开申请",
    "结转下年度继续办理", "未经复议直接起诉",
};

#define RESCUE_NODES         200000 /* nodes searched for those labels */
#define RESCUE_TOTAL         2000000 /* in all of a page's furniture */

static int holds_report_table(const xmlNode *n, int depth, size_t *budget)
{
    const xmlNode *c;
    size_t i;

    if (depth > MAX_DEPTH || *budget == 0)
        return 0;
    (*budget)--;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content == NULL)
            return 0;
        for (i = 0; i < N_ELEMS(report_table_markers); i++)
            if (strstr((const char *)n->content, report_table_markers[i]) != NULL)
                return 1;
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE || is_hidden(n)
        || strcmp(tag_name(n), "script") == 0 || strcmp(tag_name(n), "style") == 0)
        return 0;
    for (c = n->children; c != NULL; c = c->next)
        if (holds_report_table(c, depth + 1, budget))
            return 1;
    return 0;
}

/* Skipped only as page furniture (by its class or id, or a <nav> or
 * <footer>), not as hidden or never-text content. */
static int is_furniture_only(const xmlNode *n)
{
    const char *name = tag_name(n);

    if (is_hidden(n))
        return 0;
    if (strcmp(name, "nav") == 0 || strcmp(name, "footer") == 0)
        return 1;
    return !in_list(name, skipped_tags, N_ELEMS(skipped_tags));
}

/* Append the visible text of N to B, stopping near LIMIT bytes or after
 * PEEK_NODES nodes: enough to judge a container without reading a whole
 * page (or a whole subtree of empty elements) per element. */
static int peek_nodes(const xmlNode *n, xg_buf *b, int *ws, size_t limit,
                      int depth, size_t *budget)
{
    const xmlNode *c;

    if (b->len >= limit || depth > MAX_DEPTH || *budget == 0)
        return 0;
    (*budget)--;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != NULL)
            return append_text(b, ws, (const char *)n->content,
                               strlen((const char *)n->content));
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE || is_skipped(n))
        return 0;
    if (is_block(n) || strcmp(tag_name(n), "br") == 0)
        *ws = 1;
    for (c = n->children; c != NULL && b->len < limit; c = c->next)
        if (peek_nodes(c, b, ws, limit, depth + 1, budget) != 0)
            return -1;
    return 0;
}

/* Peeks share one budget per page, PEEK_TOTAL node visits: each container
 * peeks its subtree, so a page of nested wrappers would cost its depth
 * times its size (a million nodes, 250 deep).  Past it, containers show
 * no text: none is taken for furniture, none for a page column. */
static int peek_text(html_walker *w, const xmlNode *n, xg_buf *b, int *ws,
                     size_t limit)
{
    size_t budget = w->peek_left < PEEK_NODES ? w->peek_left : PEEK_NODES;
    size_t start = budget;
    int rc = peek_nodes(n, b, ws, limit, 0, &budget);

    w->peek_left -= start - budget;
    return rc;
}

/* A container of furniture: a breadcrumb, or a footer naming two of its
 * markers. */
static int is_furniture(html_walker *w, const xmlNode *n, int *furniture)
{
    int ws = 0;
    const char *s;

    *furniture = 0;
    xg_buf_reset(&w->scratch);
    if (peek_text(w, n, &w->scratch, &ws, FURNITURE_TEXT_MAX) != 0)
        return xg_error_nomem(w->err);
    s = xg_buf_str(&w->scratch);
    if (w->scratch.len <= BREADCRUMB_TEXT_MAX && is_breadcrumb(s))
        *furniture = 1;
    else if (w->scratch.len < FURNITURE_TEXT_MAX
             && count_markers(s, footer_markers, N_ELEMS(footer_markers))
                + count_markers(s, footer_weak_markers,
                                N_ELEMS(footer_weak_markers)) >= 2)
        *furniture = 1;
    return XG_OK;
}

/* ------------------------------------------------------------------ head */

static int read_meta_tag(html_walker *w, const xmlNode *n)
{
    const char *name = attr(n, "name"), *content = attr(n, "content");
    char lower[32];
    size_t i;

    if (name == NULL || content == NULL || strlen(name) >= sizeof lower)
        return XG_OK;
    for (i = 0; name[i]; i++)
        lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    lower[i] = '\0';
    for (i = 0; i < N_ELEMS(meta_tags); i++)
        if (strcmp(lower, meta_tags[i].name) == 0)
            return xg_meta_offer(&w->meta, meta_tags[i].key, META_TAG_RANK,
                                 content, strlen(content)) == 0
                ? XG_OK : xg_error_nomem(w->err);
    return XG_OK;
}

static int read_title(html_walker *w, const xmlNode *n)
{
    xg_buf b = {0};
    int ws = 0;

    if (w->title != NULL)
        return XG_OK;
    if (peek_text(w, n, &b, &ws, 4096) != 0) {
        xg_buf_free(&b);
        return xg_error_nomem(w->err);
    }
    w->title = finish_lines(xg_buf_str(&b), b.len);
    xg_buf_free(&b);
    return w->title ? XG_OK : xg_error_nomem(w->err);
}

static int read_head(html_walker *w, const xmlNode *n, int depth)
{
    const xmlNode *c;
    int rc;

    if (depth > MAX_DEPTH)
        return XG_OK;
    for (c = n->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp(tag_name(c), "title") == 0)
            rc = read_title(w, c);
        else if (strcmp(tag_name(c), "meta") == 0)
            rc = read_meta_tag(w, c);
        else
            rc = read_head(w, c, depth + 1);
        if (rc != XG_OK)
            return rc;
    }
    return XG_OK;
}

/* --------------------------------------------------------------- tables */

static int walk(html_walker *w, const xmlNode *n, int depth);
static int do_table(html_walker *w, const xmlNode *table, int depth);

typedef struct table_rows {
    const xmlNode **row;
    int *group_end;     /* index past the last row of the row's group */
    int n, cap;
} table_rows;

static int push_row(table_rows *tr, const xmlNode *row)
{
    if (tr->n == tr->cap) {
        int cap = tr->cap ? tr->cap * 2 : 32;
        const xmlNode **r;
        int *g;

        if (cap > XG_MAX_TABLE_CELLS)
            return XG_ERR_LIMIT;
        r = realloc(tr->row, (size_t)cap * sizeof *r);
        if (r == NULL)
            return XG_ERR_NOMEM;
        tr->row = r;
        g = realloc(tr->group_end, (size_t)cap * sizeof *g);
        if (g == NULL)
            return XG_ERR_NOMEM;
        tr->group_end = g;
        tr->cap = cap;
    }
    tr->row[tr->n] = row;
    tr->group_end[tr->n] = 0;
    tr->n++;
    return XG_OK;
}

/* The rows of TABLE in order: its own tr children and those of its
 * thead, tbody and tfoot sections, each section a row group. */
static int collect_rows(const xmlNode *table, table_rows *tr, xg_error *err)
{
    const xmlNode *c, *r;
    int start, i, rc = XG_OK;

    for (c = table->children; c != NULL; c = c->next) {
        const char *name;

        if (c->type != XML_ELEMENT_NODE)
            continue;
        name = tag_name(c);
        start = tr->n;
        /* Word's HTML ends its tables with a hidden row of empty cells
         * (<tr style='display:none'>): rows not shown are not rows. */
        if (strcmp(name, "tr") == 0) {
            if (!is_hidden(c))
                rc = push_row(tr, c);
        } else if (strcmp(name, "thead") == 0 || strcmp(name, "tbody") == 0
                   || strcmp(name, "tfoot") == 0) {
            for (r = c->children; r != NULL && rc == XG_OK; r = r->next)
                if (r->type == XML_ELEMENT_NODE && strcmp(tag_name(r), "tr") == 0
                    && !is_hidden(r))
                    rc = push_row(tr, r);
        } else {
            continue;
        }
        if (rc == XG_ERR_LIMIT)
            return xg_error_set(err, rc, "table larger than %d cells",
                                XG_MAX_TABLE_CELLS);
        if (rc != XG_OK)
            return xg_error_nomem(err);
        for (i = start; i < tr->n; i++)
            tr->group_end[i] = tr->n;
    }
    /* Bare rows between sections form one group with their neighbours;
     * only sections end a rowspan early. */
    for (i = tr->n - 1; i >= 0; i--)
        if (tr->group_end[i] == i + 1 && i + 1 < tr->n
            && tr->row[i]->parent == table && tr->row[i + 1]->parent == table)
            tr->group_end[i] = tr->group_end[i + 1];
    return XG_OK;
}

static int is_cell(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE
        && (strcmp(tag_name(n), "td") == 0 || strcmp(tag_name(n), "th") == 0);
}

static int span_attr(const xmlNode *n, const char *name, int dflt, int max)
{
    const char *v = attr(n, name);
    long val = 0;
    int digits = 0;

    if (v == NULL)
        return dflt;
    while (is_ascii_space((unsigned char)*v))
        v++;
    while (*v >= '0' && *v <= '9') {
        if (val <= max)
            val = val * 10 + (*v - '0');
        v++;
        digits++;
    }
    if (!digits)
        return dflt;
    return val > max ? max : (int)val;
}

static int has_descendant_table(const xmlNode *n, int depth)
{
    const xmlNode *c;

    if (depth > MAX_DEPTH)
        return 0;
    for (c = n->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp(tag_name(c), "table") == 0 || has_descendant_table(c, depth + 1))
            return 1;
    }
    return 0;
}

/*
 * Portals lay whole pages out in tables, and Word pages put <p> in every
 * cell, so "cells hold blocks" alone proves nothing.  A table is layout if
 * it has a single column, if a cell holds another table, or if a cell
 * holds a paragraph's worth of text: no cell of the report's tables does.
 */
static int is_layout_table(html_walker *w, const table_rows *tr, int *layout)
{
    int i, max_cells = 0;

    *layout = 0;
    for (i = 0; i < tr->n; i++) {
        const xmlNode *c;
        int cells = 0;

        for (c = tr->row[i]->children; c != NULL; c = c->next) {
            int ws = 0;

            if (!is_cell(c))
                continue;
            cells++;
            if (has_descendant_table(c, 0)) {
                *layout = 1;
                return XG_OK;
            }
            xg_buf_reset(&w->scratch);
            if (peek_text(w, c, &w->scratch, &ws, LAYOUT_CELL_TEXT) != 0)
                return xg_error_nomem(w->err);
            if (w->scratch.len >= LAYOUT_CELL_TEXT) {
                *layout = 1;
                return XG_OK;
            }
        }
        if (cells > max_cells)
            max_cells = cells;
    }
    *layout = max_cells <= 1 && tr->n > 0;
    return XG_OK;
}

/* The header block laid out as a table of label and value cells. */
static int read_meta_table(html_walker *w, const table_rows *tr, int *taken)
{
    int i, labels = 0, pass, rc;
    size_t total = 0;
    const xg_meta_label *label;

    *taken = 0;
    for (pass = 0; pass < 2; pass++) {
        for (i = 0; i < tr->n; i++) {
            const xmlNode *c;

            for (c = tr->row[i]->children; c != NULL; c = c->next) {
                int ws = 0, colon;
                const char *after, *s;
                char *text;

                if (!is_cell(c))
                    continue;
                if (pass == 0 && has_descendant_table(c, 0))
                    return XG_OK;
                xg_buf_reset(&w->scratch);
                if (peek_text(w, c, &w->scratch, &ws, META_TABLE_TEXT_MAX) != 0)
                    return xg_error_nomem(w->err);
                text = finish_lines(xg_buf_str(&w->scratch), w->scratch.len);
                if (text == NULL)
                    return xg_error_nomem(w->err);
                s = text;
                if (pass == 0) {
                    total += strlen(s);
                    if (xg_meta_label_at(s, s + strlen(s), &after, &colon) != NULL
                        && (colon || strlen(s) <= XG_META_BARE_MAX))
                        labels++;
                    free(text);
                    continue;
                }
                /* A label cell alone leaves its key pending for the
                 * next cell. */
                label = xg_meta_label_at(s, s + strlen(s), &after, &colon);
                if (label != NULL && *after == '\0') {
                    w->meta.pending = label;
                    free(text);
                    continue;
                }
                rc = strlen(s) ? xg_meta_read(&w->meta, s, strlen(s)) : 0;
                free(text);
                if (rc < 0)
                    return XG_ERR_NOMEM;
            }
        }
        if (pass == 0 && (labels < 2 || total > META_TABLE_TEXT_MAX))
            return XG_OK;
    }
    w->meta.pending = NULL;
    *taken = 1;
    return XG_OK;
}

/* Inside a data table's cell: text and lines, no paragraphs.  A table
 * nested here becomes a block of its own after this one. */
static int walk_cell(html_walker *w, const xmlNode *n, xg_buf *cell, int *ws,
                     int depth)
{
    const xmlNode *c;
    int block, rc;

    if (depth > MAX_DEPTH)
        return xg_error_set(w->err, XG_ERR_LIMIT,
                            "HTML nested deeper than %d elements", MAX_DEPTH);
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != NULL
            && append_text(cell, ws, (const char *)n->content,
                           strlen((const char *)n->content)) != 0)
            return xg_error_nomem(w->err);
        return XG_OK;
    }
    if (n->type != XML_ELEMENT_NODE || is_skipped(n))
        return XG_OK;
    if (strcmp(tag_name(n), "table") == 0)
        return do_table(w, n, depth + 1);
    if (strcmp(tag_name(n), "br") == 0) {
        *ws = 0;
        return xg_buf_putc(cell, '\n') == 0 ? XG_OK : xg_error_nomem(w->err);
    }
    block = is_block(n);
    if (block && cell->len > 0 && xg_buf_putc(cell, '\n') != 0)
        return xg_error_nomem(w->err);
    if (block)
        *ws = 0;
    for (c = n->children; c != NULL; c = c->next) {
        rc = walk_cell(w, c, cell, ws, depth + 1);
        if (rc != XG_OK)
            return rc;
    }
    if (block && cell->len > 0 && xg_buf_putc(cell, '\n') != 0)
        return xg_error_nomem(w->err);
    if (block)
        *ws = 0;
    return XG_OK;
}

/* Place the rows by the HTML table algorithm: each cell at the first
 * column its row leaves free, spans capped as browsers cap them and
 * clipped where they would run into cells placed before. */
static int fill_table(html_walker *w, xg_table *t, const table_rows *tr,
                      int depth)
{
    xg_buf cell = {0};
    int r, rc = XG_OK;

    for (r = 0; r < tr->n; r++) {
        const xmlNode *c;
        int col = 0;

        for (c = tr->row[r]->children; c != NULL; c = c->next) {
            int rowspan, colspan, free_cols, ws = 0;
            const xmlNode *k;
            char *text;

            if (!is_cell(c) || is_hidden(c))
                continue;
            while (col < XG_MAX_GRID_COLS && xg_table_cell_at(t, r, col) != NULL)
                col++;
            if (col >= XG_MAX_GRID_COLS)
                break;
            colspan = span_attr(c, "colspan", 1, MAX_COLSPAN);
            rowspan = span_attr(c, "rowspan", 1, MAX_ROWSPAN);
            if (colspan < 1)
                colspan = 1;
            if (colspan > XG_MAX_GRID_COLS - col)
                colspan = XG_MAX_GRID_COLS - col;
            if (rowspan == 0 || rowspan > tr->group_end[r] - r)
                rowspan = tr->group_end[r] - r;
            if (rowspan < 1)
                rowspan = 1;
            for (free_cols = 1; free_cols < colspan; free_cols++)
                if (xg_table_cell_at(t, r, col + free_cols) != NULL)
                    break;
            colspan = free_cols;
            xg_buf_reset(&cell);
            for (k = c->children; k != NULL; k = k->next) {
                rc = walk_cell(w, k, &cell, &ws, depth + 1);
                if (rc != XG_OK)
                    goto done;
            }
            text = finish_lines(xg_buf_str(&cell), cell.len);
            if (text == NULL) {
                rc = xg_error_nomem(w->err);
                goto done;
            }
            rc = xg_table_add_cell(t, r, col, rowspan, colspan, text,
                                   strlen(text), NULL, w->err);
            free(text);
            if (rc != XG_OK)
                goto done;
            col += colspan;
        }
    }
done:
    xg_buf_free(&cell);
    return rc;
}

/* A layout table: its cells are page regions, read as blocks in order. */
static int walk_layout(html_walker *w, const table_rows *tr, int depth)
{
    int r, rc;

    for (r = 0; r < tr->n; r++) {
        const xmlNode *c;

        for (c = tr->row[r]->children; c != NULL; c = c->next) {
            if (!is_cell(c))
                continue;
            rc = flush_para(w);
            if (rc == XG_OK)
                rc = walk(w, c, depth + 1);
            if (rc == XG_OK)
                rc = flush_para(w);
            if (rc != XG_OK)
                return rc;
        }
    }
    return XG_OK;
}

static int do_table(html_walker *w, const xmlNode *table, int depth)
{
    table_rows tr = {0};
    const xmlNode *c;
    xg_table *t;
    int rc, layout, taken, furniture;

    if (w->table_depth >= XG_MAX_NESTING)
        return xg_error_set(w->err, XG_ERR_LIMIT,
                            "tables nested deeper than %d", XG_MAX_NESTING);
    w->table_depth++;
    rc = flush_para(w);
    if (rc != XG_OK)
        goto done;
    rc = is_furniture(w, table, &furniture);
    if (rc != XG_OK || furniture)
        goto done;
    /* A caption is the table's title: a paragraph before it. */
    for (c = table->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp(tag_name(c), "caption") == 0) {
            rc = walk(w, c, depth + 1);
            if (rc == XG_OK)
                rc = flush_para(w);
            if (rc != XG_OK)
                goto done;
        }
    rc = collect_rows(table, &tr, w->err);
    if (rc != XG_OK)
        goto done;
    rc = read_meta_table(w, &tr, &taken);
    if (rc != XG_OK || taken)
        goto done;
    rc = is_layout_table(w, &tr, &layout);
    if (rc != XG_OK)
        goto done;
    if (layout) {
        rc = walk_layout(w, &tr, depth);
        goto done;
    }
    end_pipe_table(w);
    w->meta.body_begun = 1;
    t = xg_doc_add_table(w->doc, w->err);
    if (t == NULL) {
        rc = w->err ? w->err->code : XG_ERR_NOMEM;
        goto done;
    }
    rc = fill_table(w, t, &tr, depth);
    if (rc == XG_OK)
        xg_doc_drop_empty_table(w->doc);
done:
    free(tr.row);
    free(tr.group_end);
    w->table_depth--;
    return rc;
}

/* ------------------------------------------------------------- the walk */

static int walk_children(html_walker *w, const xmlNode *n, int depth)
{
    const xmlNode *c;
    int rc;

    for (c = n->children; c != NULL; c = c->next) {
        rc = walk(w, c, depth + 1);
        if (rc != XG_OK)
            return rc;
    }
    return XG_OK;
}

static int walk(html_walker *w, const xmlNode *n, int depth)
{
    const char *name;
    int rc, furniture;

    if (depth > MAX_DEPTH)
        return xg_error_set(w->err, XG_ERR_LIMIT,
                            "HTML nested deeper than %d elements", MAX_DEPTH);
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != NULL
            && append_text(&w->para, &w->ws, (const char *)n->content,
                           strlen((const char *)n->content)) != 0)
            return xg_error_nomem(w->err);
        return XG_OK;
    }
    if (n->type != XML_ELEMENT_NODE)
        return XG_OK;
    name = tag_name(n);
    if (strcmp(name, "head") == 0)
        return read_head(w, n, depth + 1);
    if (strcmp(name, "title") == 0)
        return read_title(w, n);
    if (strcmp(name, "meta") == 0)
        return read_meta_tag(w, n);
    if (is_skipped(n)) {
        /* each furniture block searched shares the page's RESCUE_TOTAL */
        size_t budget = w->rescue_left < RESCUE_NODES ? w->rescue_left : RESCUE_NODES;
        size_t start = budget;
        int holds = is_furniture_only(n) && holds_report_table(n, depth, &budget);

        w->rescue_left -= start - budget;
        if (!holds)
            return XG_OK;
        /* An unclosed furniture block around the report: read it, its
         * own furniture children are still dropped one by one. */
    }
    if (strcmp(name, "br") == 0)
        return flush_para(w);
    if (strcmp(name, "table") == 0)
        return do_table(w, n, depth);
    if (!is_block(n))
        return walk_children(w, n, depth);
    rc = flush_para(w);
    if (rc != XG_OK)
        return rc;
    /* Containers only: a paragraph is judged by its own text when
     * flushed, where weak footer words do not count. */
    if (in_list(name, container_tags, N_ELEMS(container_tags))) {
        rc = is_furniture(w, n, &furniture);
        if (rc != XG_OK || furniture)
            return rc;
    }
    rc = walk_children(w, n, depth);
    if (rc != XG_OK)
        return rc;
    return flush_para(w);
}

/* -------------------------------------------------------------- decoding */

static char lower_ascii(char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* The charset a <meta> in the first bytes declares, into OUT; 0 if none. */
static int declared_charset(const unsigned char *data, size_t size,
                            char *out, size_t outsz)
{
    size_t n = size < SNIFF_BYTES ? size : SNIFF_BYTES, i, j;

    for (i = 0; i + 5 < n; i++) {
        if (data[i] != '<' || lower_ascii((char)data[i + 1]) != 'm'
            || lower_ascii((char)data[i + 2]) != 'e'
            || lower_ascii((char)data[i + 3]) != 't'
            || lower_ascii((char)data[i + 4]) != 'a')
            continue;
        for (j = i + 5; j + 7 < n && data[j] != '>'; j++) {
            size_t k, l = 0;

            for (k = 0; k < 7; k++)
                if (lower_ascii((char)data[j + k]) != "charset"[k])
                    break;
            if (k < 7)
                continue;
            k = j + 7;
            while (k < n && is_ascii_space(data[k]))
                k++;
            if (k >= n || data[k] != '=')
                continue;
            k++;
            while (k < n && (is_ascii_space(data[k]) || data[k] == '"'
                             || data[k] == '\''))
                k++;
            while (k < n && l + 1 < outsz
                   && ((data[k] >= 'A' && data[k] <= 'Z')
                       || (data[k] >= 'a' && data[k] <= 'z')
                       || (data[k] >= '0' && data[k] <= '9')
                       || data[k] == '-' || data[k] == '_' || data[k] == '.'
                       || data[k] == ':'))
                out[l++] = lower_ascii((char)data[k++]);
            out[l] = '\0';
            if (l > 0)
                return 1;
        }
    }
    return 0;
}

/* Decode the page to UTF-8 (owned): a byte order mark, then the charset
 * a <meta> declares, then the bytes themselves decide (src/decode.c). */
static int decode_page(const unsigned char *data, size_t size, char **out,
                       size_t *outlen, xg_error *err)
{
    char label[40];
    const char *charset = NULL;
    int rc;

    if (size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE)
                      || (data[0] == 0xFE && data[1] == 0xFF)))
        return xg_decode_guess(data, size, 1, out, outlen, err);
    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        data += 3;
        size -= 3;
        charset = "UTF-8";
    } else if (declared_charset(data, size, label, sizeof label)) {
        charset = xg_decode_charset_name(label);
    }
    if (charset == NULL)
        return xg_decode_guess(data, size, 1, out, outlen, err);
    if (strcmp(charset, "UTF-8") == 0) {
        /* Not UTF-8 whatever it says: a Chinese page in GBK, or else
         * UTF-8 with the bad bytes replaced. */
        if (xg_decode_utf8_valid(data, size))
            return xg_decode_to_utf8(data, size, "UTF-8", 1, out, outlen, err);
        rc = xg_decode_to_utf8(data, size, "GB18030", 0, out, outlen, err);
        if (rc != XG_ERR_FORMAT)
            return rc;
        return xg_decode_to_utf8(data, size, "UTF-8", 1, out, outlen, err);
    }
    rc = xg_decode_to_utf8(data, size, charset, 1, out, outlen, err);
    if (rc == XG_ERR_UNSUPPORTED)   /* a label iconv does not know */
        rc = xg_decode_to_utf8(data, size,
                               xg_decode_utf8_valid(data, size) ? "UTF-8" : "GB18030",
                               1, out, outlen, err);
    return rc;
}

/* libxml2 reports to stderr unless told otherwise; a library never prints.
 * One of its errors matters: past 256 levels it stops parsing and hands
 * back the part it read, which must not pass for the whole page. */
static void quiet_structured(void *ctx, xmlErrorPtr error)
{
    int *too_deep = ctx;

    if (error != NULL && error->level == XML_ERR_FATAL
        && error->message != NULL
        && strncmp(error->message, "Excessive depth", 15) == 0)
        *too_deep = 1;
}

static void quiet_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* ------------------------------------------------------------ bounds */

/*
 * libxml2 builds the whole tree before we walk it, a few hundred bytes a
 * node: 50 MB of "<td>" made 2 GB.  The tree builder's callbacks are
 * wrapped to count the nodes it makes (elements, attributes, text) and
 * stop the parser past XG_MAX_HTML_NODES (a report page has a few
 * thousand).
 */
typedef struct node_budget {
    startElementSAXFunc start_element;
    charactersSAXFunc characters;
    charactersSAXFunc cdata_block;
    ignorableWhitespaceSAXFunc ignorable;
    commentSAXFunc comment;
    size_t nodes;
    int over;
} node_budget;

/* COUNT more nodes; 0 once over budget (the parser is then stopped). */
static int spend(void *ctx, size_t count)
{
    htmlParserCtxtPtr ctxt = ctx;
    node_budget *b = ctxt->_private;

    if (b->over)
        return 0;
    b->nodes += count;
    if (b->nodes > XG_MAX_HTML_NODES) {
        b->over = 1;
        xmlStopParser(ctxt);
        return 0;
    }
    return 1;
}

/* An element and its attributes, each a node (and a text node). */
static void counted_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    size_t n = 1;

    while (atts != NULL && atts[2 * (n - 1)] != NULL)
        n++;
    if (spend(ctx, n))
        ((node_budget *)((htmlParserCtxtPtr)ctx)->_private)->start_element(ctx, name, atts);
}

/* Text right after text joins its node: entities ("&nbsp;") come one
 * callback each and make no node. */
static int joins_text(void *ctx)
{
    const xmlNode *cur = ((htmlParserCtxtPtr)ctx)->node;

    return cur != NULL && cur->last != NULL && cur->last->type == XML_TEXT_NODE;
}

static void counted_characters(void *ctx, const xmlChar *ch, int len)
{
    if (joins_text(ctx) || spend(ctx, 1))
        ((node_budget *)((htmlParserCtxtPtr)ctx)->_private)->characters(ctx, ch, len);
}

static void counted_cdata(void *ctx, const xmlChar *ch, int len)
{
    if (spend(ctx, 1))
        ((node_budget *)((htmlParserCtxtPtr)ctx)->_private)->cdata_block(ctx, ch, len);
}

static void counted_ignorable(void *ctx, const xmlChar *ch, int len)
{
    if (joins_text(ctx) || spend(ctx, 1))
        ((node_budget *)((htmlParserCtxtPtr)ctx)->_private)->ignorable(ctx, ch, len);
}

static void counted_comment(void *ctx, const xmlChar *value)
{
    if (spend(ctx, 1))
        ((node_budget *)((htmlParserCtxtPtr)ctx)->_private)->comment(ctx, value);
}

/* Does S start with the ASCII word W, in any case? */
static int starts_word(const char *s, const char *end, const char *w)
{
    for (; *w; s++, w++)
        if (s >= end || lower_ascii(*s) != *w)
            return 0;
    return 1;
}

/* Where the raw text of <script> or <style> that starts at P ends. */
static const char *skip_raw_text(const char *p, const char *end, const char *name)
{
    size_t n = strlen(name);

    for (; p + 2 + n <= end; p++)
        if (p[0] == '<' && p[1] == '/' && starts_word(p + 2, end, name))
            return p;
    return end;
}

/*
 * Does an element carry more than XG_MAX_HTML_ATTRS attributes?  libxml2
 * compares each attribute with all those before it, so one tag of
 * millions took minutes; no element of a page has a hundred.  A lexical
 * look at the start tags (quotes, comments, script and style skipped);
 * it may count a name, '=' and value apart, which only errs high.
 */
static int too_many_attributes(const char *page, size_t len)
{
    const char *p = page, *end = page + len;

    while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        size_t tokens = 0;
        int space = 0;
        char quote = 0;
        const char *name;

        p++;
        if (end - p >= 3 && memcmp(p, "!--", 3) == 0) {
            const char *close = p + 3;

            while (close + 3 <= end && memcmp(close, "-->", 3) != 0)
                close++;
            p = close;
            continue;
        }
        if (p >= end || !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            continue;
        name = p;
        for (; p < end; p++) {
            if (quote) {
                if (*p == quote)
                    quote = 0;
            } else if (*p == '>') {
                break;
            } else if (*p == '"' || *p == '\'') {
                quote = *p;
            } else if (is_ascii_space((unsigned char)*p) || *p == '/') {
                space = 1;
            } else if (space) {
                space = 0;
                if (++tokens > XG_MAX_HTML_ATTRS)
                    return 1;
            }
        }
        if (starts_word(name, end, "script") || starts_word(name, end, "style"))
            p = skip_raw_text(p, end, lower_ascii(*name) == 's' &&
                              lower_ascii(name[1]) == 'c' ? "script" : "style");
    }
    return 0;
}

/* Parse PAGE into a tree, or NULL; *OVER set when past XG_MAX_HTML_NODES. */
static htmlDocPtr parse_page(const char *page, size_t len, int *over)
{
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    node_budget b;
    htmlDocPtr html;

    *over = 0;
    if (ctxt == NULL || ctxt->sax == NULL) {
        htmlFreeParserCtxt(ctxt);
        return NULL;
    }
    memset(&b, 0, sizeof b);
    b.start_element = ctxt->sax->startElement;
    b.characters = ctxt->sax->characters;
    b.cdata_block = ctxt->sax->cdataBlock;
    b.ignorable = ctxt->sax->ignorableWhitespace;
    b.comment = ctxt->sax->comment;
    if (b.start_element != NULL)
        ctxt->sax->startElement = counted_start;
    if (b.characters != NULL)
        ctxt->sax->characters = counted_characters;
    if (b.cdata_block != NULL)
        ctxt->sax->cdataBlock = counted_cdata;
    if (b.ignorable != NULL)
        ctxt->sax->ignorableWhitespace = counted_ignorable;
    if (b.comment != NULL)
        ctxt->sax->comment = counted_comment;
    ctxt->_private = &b;
    html = htmlCtxtReadMemory(ctxt, page, (int)len, NULL, "UTF-8",
                              HTML_PARSE_NONET | HTML_PARSE_NOERROR
                              | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
                              | HTML_PARSE_IGNORE_ENC);
    htmlFreeParserCtxt(ctxt);
    if (b.over) {
        xmlFreeDoc(html);
        *over = 1;
        return NULL;
    }
    return html;
}

int xg_extract_html(const unsigned char *data, size_t size, xg_doc *doc,
                    xg_error *err)
{
    html_walker w;
    char *page = NULL;
    size_t len = 0;
    htmlDocPtr html = NULL;
    xmlStructuredErrorFunc old_serror;
    xmlGenericErrorFunc old_error;
    void *old_sctx, *old_ctx;
    const xmlNode *root;
    int rc, too_deep = 0, over = 0;

    memset(&w, 0, sizeof w);
    w.doc = doc;
    w.err = err;
    w.peek_left = PEEK_TOTAL;
    w.rescue_left = RESCUE_TOTAL;
    if (size > XG_MAX_INPUT_BYTES) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "page larger than %u bytes",
                          XG_MAX_INPUT_BYTES);
        goto done;
    }
    rc = decode_page(data, size, &page, &len, err);
    if (rc != XG_OK)
        goto done;
    if (len > INT_MAX) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "page too large to parse");
        goto done;
    }
    old_serror = xmlStructuredError;
    old_sctx = xmlStructuredErrorContext;
    old_error = xmlGenericError;
    old_ctx = xmlGenericErrorContext;
    if (too_many_attributes(page, len)) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "an element with more than %d attributes",
                          XG_MAX_HTML_ATTRS);
        goto done;
    }
    xmlSetStructuredErrorFunc(&too_deep, quiet_structured);
    xmlSetGenericErrorFunc(NULL, quiet_generic);
    html = parse_page(page, len, &over);
    xmlSetStructuredErrorFunc(old_sctx, old_serror);
    xmlSetGenericErrorFunc(old_ctx, old_error);
    if (over) {
        rc = xg_error_set(err, XG_ERR_LIMIT, "page of more than %d elements, attributes and text nodes",
                          XG_MAX_HTML_NODES);
        goto done;
    }
    if (too_deep) {
        rc = xg_error_set(err, XG_ERR_LIMIT,
                          "HTML nested deeper than %d elements", MAX_DEPTH);
        goto done;
    }
    if (html == NULL) {
        /* libxml2 gives no tree for a page without any markup or text. */
        if (xg_only_space(page, len))
            goto done;
        rc = xg_error_set(err, XG_ERR_CORRUPT, "cannot parse the page as HTML");
        goto done;
    }
    root = xmlDocGetRootElement(html);
    if (root != NULL) {
        rc = walk(&w, root, 0);
        if (rc == XG_OK)
            rc = flush_para(&w);
        if (rc != XG_OK)
            goto done;
    }
    if (w.title != NULL && w.title[0] != '\0') {
        rc = xg_doc_set_meta(doc, "page_title", w.title, err);
        if (rc != XG_OK)
            goto done;
    }
    rc = xg_meta_apply(&w.meta, doc, err);
done:
    xg_meta_reader_free(&w.meta);
    free(w.title);
    xg_buf_free(&w.para);
    xg_buf_free(&w.scratch);
    xmlFreeDoc(html);
    free(page);
    return rc;
}
