/*
 * The report's vocabulary and the tolerant matching of labels read by
 * OCR (see vocab.h).
 *
 * A word is kept once with every meaning it has (总计 names the total
 * column of two tables and the requests table's total row): two words
 * that share a meaning are synonyms (总计, 合计), and being near both of
 * them is no ambiguity.
 */
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "schema.h"

#define MAX_MEANINGS 8
#define MAX_WORD_CPS 200        /* longer keys are not matched */

/* Header texts of the national template that name no canonical column
 * or row.  In the vocabulary so that a garbled one is matched to itself,
 * not taken for the nearest column. */
static const char *const template_texts[] = {
    "申请人情况", "法人或其他组织", "信息内容", "第二十条第（一）项",
    "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
    "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
    "行政诉讼", NULL
};

enum { M_COL = 1, M_ROW, M_GROUP, M_PART, M_EXTRA_ROW, M_TEMPLATE };

typedef struct word {
    char *text;                 /* label key form, numbering stripped */
    unsigned *cps;
    size_t n;
    int meanings[MAX_MEANINGS];
    int nmeanings;
} word;

struct xg_vocab {
    word *words;
    size_t n, cap;
};

static int meaning(int kind, int table, int index)
{
    return kind * 100000 + table * 1000 + index;
}

/* The code points of S into a new array (*N of them). */
static unsigned *code_points(const char *s, size_t *n)
{
    size_t len = strlen(s), i = 0, adv;
    unsigned *cps = malloc((len + 1) * sizeof *cps);

    *n = 0;
    if (cps == NULL)
        return NULL;
    while (i < len) {
        cps[(*n)++] = xg_utf8_decode(s + i, len - i, &adv);
        i += adv;
    }
    return cps;
}

void xg_vocab_free(xg_vocab *v)
{
    size_t i;

    if (v == NULL)
        return;
    for (i = 0; i < v->n; i++) {
        free(v->words[i].text);
        free(v->words[i].cps);
    }
    free(v->words);
    free(v);
}

/* Add TEXT (a label as printed, or a pattern when PATTERN) with MEANING. */
static int add(xg_vocab *v, const char *text, int pattern, int m)
{
    char *key;
    const char *bare;
    size_t i;
    word *w;

    if (pattern) {
        if (text[0] == '=')
            text++;
        key = strdup(text);
    } else {
        key = xg_norm_label(text);
    }
    if (key == NULL)
        return -1;
    bare = xg_strip_numbering(key);
    if (bare != key)
        memmove(key, bare, strlen(bare) + 1);
    for (i = 0; i < v->n; i++)
        if (strcmp(v->words[i].text, key) == 0)
            break;
    if (i < v->n) {
        free(key);
        w = &v->words[i];
    } else {
        if (v->n == v->cap) {
            size_t cap = v->cap ? v->cap * 2 : 256;
            word *p = realloc(v->words, cap * sizeof *p);

            if (p == NULL) {
                free(key);
                return -1;
            }
            v->words = p;
            v->cap = cap;
        }
        w = &v->words[v->n];
        memset(w, 0, sizeof *w);
        w->text = key;
        w->cps = code_points(key, &w->n);
        if (w->cps == NULL) {
            free(key);
            return -1;
        }
        v->n++;
    }
    for (i = 0; i < (size_t)w->nmeanings; i++)
        if (w->meanings[i] == m)
            return 0;
    if (w->nmeanings < MAX_MEANINGS)
        w->meanings[w->nmeanings++] = m;
    return 0;
}

xg_vocab *xg_vocab_new(void)
{
    xg_vocab *v = calloc(1, sizeof *v);
    int t, k, i, rc = 0;

    if (v == NULL)
        return NULL;
    for (t = 0; t < XG_TABLE_COUNT; t++) {
        const xg_table_def *def = &xg_schema[t];

        for (k = 0; k < def->ncols; k++) {
            rc |= add(v, def->cols[k].label, 0, meaning(M_COL, t, k));
            for (i = 0; i < XG_MAX_PATTERNS && def->cols[k].patterns[i]; i++)
                rc |= add(v, def->cols[k].patterns[i], 1, meaning(M_COL, t, k));
        }
        for (k = 0; k < def->nrows; k++) {
            /* the item: a label's last part (its group comes first) */
            const char *label = def->rows[k].label, *sp = strrchr(label, ' ');

            rc |= add(v, sp ? sp + 1 : label, 0, meaning(M_ROW, t, k));
            for (i = 0; i < XG_MAX_PATTERNS && def->rows[k].patterns[i]; i++)
                rc |= add(v, def->rows[k].patterns[i], 1, meaning(M_ROW, t, k));
        }
        for (k = 1; k < def->ngroups; k++)
            rc |= add(v, def->groups[k], 1, meaning(M_GROUP, t, k));
        for (k = 0; k < XG_MAX_PATTERNS && def->extra_rows[k]; k++)
            rc |= add(v, def->extra_rows[k], 1, meaning(M_EXTRA_ROW, t, k));
    }
    for (k = 0; k < XG_PART_COUNT; k++) {
        rc |= add(v, xg_parts[k].label, 0, meaning(M_PART, 0, k));
        for (i = 0; i < XG_MAX_PATTERNS && xg_parts[k].patterns[i]; i++)
            rc |= add(v, xg_parts[k].patterns[i], 1, meaning(M_PART, 0, k));
    }
    for (k = 0; template_texts[k]; k++)
        rc |= add(v, template_texts[k], 0, meaning(M_TEMPLATE, 0, k));
    /* a word of one character would be near every other one */
    for (i = k = 0; (size_t)i < v->n; i++) {
        if (v->words[i].n >= 2) {
            v->words[k++] = v->words[i];
        } else {
            free(v->words[i].text);
            free(v->words[i].cps);
        }
    }
    v->n = (size_t)k;
    if (rc != 0) {
        xg_vocab_free(v);
        return NULL;
    }
    return v;
}

/* Levenshtein distance of A and B (code points), or LIMIT + 1 as soon as
 * it must exceed LIMIT.  ROW is scratch of NB + 1. */
static size_t distance(const unsigned *a, size_t na, const unsigned *b,
                       size_t nb, size_t limit, size_t *row)
{
    size_t i, j;

    for (j = 0; j <= nb; j++)
        row[j] = j;
    for (i = 1; i <= na; i++) {
        size_t diag = row[0], low;

        row[0] = i;
        low = row[0];
        for (j = 1; j <= nb; j++) {
            size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);

            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
            if (best < low)
                low = best;
        }
        if (low > limit)
            return limit + 1;
    }
    return row[nb];
}

/* Edits a word of N characters may be away: one for up to seven, then
 * one more every four. */
static size_t allowed(size_t n)
{
    return n < 8 ? 1 : n / 4;
}

static int synonyms(const word *a, const word *b)
{
    int i, j;

    for (i = 0; i < a->nmeanings; i++)
        for (j = 0; j < b->nmeanings; j++)
            if (a->meanings[i] == b->meanings[j])
                return 1;
    return 0;
}

/* Length of a group of one or two characters in brackets at S, none of
 * them a bracket: the number of an item ((一), (七)) read as something
 * else ((巧), (《-)); or of digits OCR could not confirm, without the
 * stop after them (�保护第三方合法权益 for 4.保护第三方合法权益); 0 if
 * none. */
static size_t junk_number(const char *s)
{
    size_t len = strlen(s), i = 0, adv, k;

    while (i < len && xg_utf8_decode(s + i, len - i, &adv) == 0xFFFD)
        i += adv;
    if (i > 0 || s[0] != '(')
        return i;
    for (i = 1, k = 0; i < len && k < 3; k++) {
        unsigned cp = xg_utf8_decode(s + i, len - i, &adv);

        if (cp == ')')
            return k > 0 ? i + 1 : 0;
        if (cp == '(')
            return 0;
        i += adv;
    }
    return 0;
}

char *xg_vocab_snap(const xg_vocab *v, const char *key, int *nomem)
{
    const char *bare = xg_strip_numbering(key), *junk = bare;
    unsigned *cps = NULL;
    size_t n, i, *row = NULL, *dist = NULL, best = (size_t)-1, best_d = (size_t)-1;
    char *out = NULL;

    *nomem = 0;
    /* an item's number is never what tells it (xg_strip_numbering): one
     * OCR could not read is set aside, and given back as an unread one */
    bare += junk_number(bare);
    cps = code_points(bare, &n);
    row = malloc((MAX_WORD_CPS + 2) * sizeof *row);
    dist = malloc((v->n + 1) * sizeof *dist);
    if (cps == NULL || row == NULL || dist == NULL) {
        *nomem = 1;
        goto out;
    }
    if (n < 2 || n > MAX_WORD_CPS)
        goto out;
    for (i = 0; i < v->n; i++) {
        const word *w = &v->words[i];
        size_t lim = allowed(w->n);

        /* one edit past the limit still counts against another word */
        dist[i] = (size_t)-1;
        if (w->n > MAX_WORD_CPS || (n > w->n ? n - w->n : w->n - n) > lim + 1)
            continue;
        dist[i] = distance(cps, n, w->cps, w->n, lim + 1, row);
        if (dist[i] == 0 && bare == junk)
            goto out;           /* a word already */
        if (dist[i] == 0) {
            best = i;           /* a word after an unread number */
            goto snap;
        }
        if (dist[i] > lim + 1) {
            dist[i] = (size_t)-1;
            continue;
        }
        if (dist[i] <= lim &&
            (dist[i] < best_d || (dist[i] == best_d && w->n > v->words[best].n))) {
            best_d = dist[i];
            best = i;
        }
    }
    if (best == (size_t)-1)
        goto out;
    /* no word of another meaning nearly as near: one edit further at
     * most, and sharing more than half its characters with the label (two
     * words of two characters are always two edits apart, and 总计 read
     * as 鼠计 is no nearer 其他 for it) */
    for (i = 0; i < v->n; i++)
        if (dist[i] != (size_t)-1 && dist[i] <= best_d + 1 &&
            2 * dist[i] < v->words[i].n && !synonyms(&v->words[i], &v->words[best]))
            goto out;
snap:
    {
        static const char unread[] = "(\xEF\xBF\xBD)";
        size_t plen = (size_t)(junk - key), wlen = strlen(v->words[best].text);
        size_t ulen = bare != junk ? strlen(unread) : 0;

        out = malloc(plen + ulen + wlen + 1);
        if (out == NULL) {
            *nomem = 1;
            goto out;
        }
        memcpy(out, key, plen);
        memcpy(out + plen, unread, ulen);
        memcpy(out + plen + ulen, v->words[best].text, wlen + 1);
    }
out:
    free(cps);
    free(row);
    free(dist);
    return out;
}
