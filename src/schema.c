#include "schema.h"

#include <stdlib.h>
#include <string.h>

#include "norm.h"

#define BIT(i) (1u << (i))

/* ---- table active (part 二) ---- */
/* The 2021 table prints, under 第二十条第（一）（五）（六）（八）项, counts of
 * regulations and normative documents, decisions and the fee amount; the
 * 2019 table prints new and total documents, the number of items of each
 * kind of decision with its change and the decisions, fee items, and
 * central procurement.  Only decisions measures the same thing in both;
 * the 2019 columns otherwise have keys of their own, so no 2019 value sits
 * under a 2021 key of another meaning. */
enum {
    A_ISSUED, A_REPEALED, A_IN_FORCE, A_NEW_MADE, A_NEW_PUBLISHED,
    A_PUBLISHED_TOTAL, A_ITEMS_LAST_YEAR, A_CHANGE, A_DECISIONS,
    A_FEE_AMOUNT, A_PROJECTS, A_PROCUREMENT_AMOUNT
};
static const xg_col_def active_cols[] = {
    {"issued", "本年制发件数", {"本年制发件数", "本年制发", "制发件数"},
     XG_LAYOUT_2021, XG_COL_COUNT, XG_UNIT_NONE},
    {"repealed", "本年废止件数", {"本年废止件数", "废止件数", "本年废止"},
     XG_LAYOUT_2021, XG_COL_COUNT, XG_UNIT_NONE},
    {"in_force", "现行有效件数", {"现行有效件数", "现行有效"},
     XG_LAYOUT_2021, XG_COL_COUNT, XG_UNIT_NONE},
    {"new_made", "本年新制作数量", {"本年新制作数量", "新制作数量", "本年新制作"},
     XG_LAYOUT_2019, XG_COL_COUNT, XG_UNIT_NONE},
    {"new_published", "本年新公开数量", {"本年新公开数量", "新公开数量", "本年新公开"},
     XG_LAYOUT_2019, XG_COL_COUNT, XG_UNIT_NONE},
    {"published_total", "对外公开总数量", {"对外公开总数量", "公开总数量", "对外公开总数"},
     XG_LAYOUT_2019, XG_COL_COUNT, XG_UNIT_NONE},
    {"items_last_year", "上一年项目数量", {"上一年项目数量", "上一年项目数", "上年项目数量"},
     XG_LAYOUT_2019, XG_COL_COUNT, XG_UNIT_NONE},
    {"change", "本年增/减", {"增/减", "增减", "增(减)", "增加/减少", "=本年增/"},
     XG_LAYOUT_2019, XG_COL_CHANGE, XG_UNIT_NONE},
    {"decisions", "本年处理决定数量", {"本年处理决定数量", "处理决定数量", "本年处理决定", "处理决定数"},
     0, XG_COL_COUNT, XG_UNIT_NONE},
    {"amount_10k_yuan", "本年收费金额（单位：万元）", {"本年收费金额", "收费金额"},
     XG_LAYOUT_2021, XG_COL_AMOUNT, XG_UNIT_10K_YUAN},
    {"projects", "采购项目数量", {"采购项目数量", "采购项目数"},
     XG_LAYOUT_2019, XG_COL_COUNT, XG_UNIT_NONE},
    /* the 2019 template states no unit: a bare number needs one from the
     * source's header */
    {"amount_10k_yuan", "采购总金额", {"采购总金额", "采购金额"},
     XG_LAYOUT_2019, XG_COL_AMOUNT, XG_UNIT_NONE},
};

#define BITS3(a, b, c) (BIT(a) | BIT(b) | BIT(c))
static const xg_row_def active_rows[] = {
    {"regulations", "规章", 0, {"=规章"}, BITS3(A_ISSUED, A_REPEALED, A_IN_FORCE), XG_LAYOUT_2021},
    {"normative_documents", "行政规范性文件", 0, {"=行政规范性文件", "=规范性文件"}, BITS3(A_ISSUED, A_REPEALED, A_IN_FORCE), XG_LAYOUT_2021},
    {"licensing", "行政许可", 0, {"=行政许可"}, BIT(A_DECISIONS), XG_LAYOUT_2021},
    {"punishment", "行政处罚", 0, {"=行政处罚"}, BIT(A_DECISIONS), XG_LAYOUT_2021},
    {"enforcement", "行政强制", 0, {"=行政强制"}, BIT(A_DECISIONS), XG_LAYOUT_2021},
    {"fees", "行政事业性收费", 0, {"事业性收费"}, BIT(A_FEE_AMOUNT), XG_LAYOUT_2021},
    {"regulations", "规章", 0, {"=规章"},
     BITS3(A_NEW_MADE, A_NEW_PUBLISHED, A_PUBLISHED_TOTAL), XG_LAYOUT_2019},
    {"normative_documents", "规范性文件", 0, {"=规范性文件", "=行政规范性文件"},
     BITS3(A_NEW_MADE, A_NEW_PUBLISHED, A_PUBLISHED_TOTAL), XG_LAYOUT_2019},
    {"licensing", "行政许可", 0, {"=行政许可"},
     BITS3(A_ITEMS_LAST_YEAR, A_CHANGE, A_DECISIONS), XG_LAYOUT_2019},
    {"other_services", "其他对外管理服务事项", 0, {"对外管理服务", "其他对外管理"},
     BITS3(A_ITEMS_LAST_YEAR, A_CHANGE, A_DECISIONS), XG_LAYOUT_2019},
    {"punishment", "行政处罚", 0, {"=行政处罚"},
     BITS3(A_ITEMS_LAST_YEAR, A_CHANGE, A_DECISIONS), XG_LAYOUT_2019},
    {"enforcement", "行政强制", 0, {"=行政强制"},
     BITS3(A_ITEMS_LAST_YEAR, A_CHANGE, A_DECISIONS), XG_LAYOUT_2019},
    {"fees", "行政事业性收费", 0, {"事业性收费"},
     BIT(A_ITEMS_LAST_YEAR) | BIT(A_CHANGE), XG_LAYOUT_2019},
    {"procurement", "政府集中采购", 0, {"集中采购"},
     BIT(A_PROJECTS) | BIT(A_PROCUREMENT_AMOUNT), XG_LAYOUT_2019},
};

/* ---- table requests (part 三) ---- */
static const xg_col_def requests_cols[] = {
    {"natural_person", "自然人", {"=自然人"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"commercial", "商业企业", {"=商业企业"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"research", "科研机构", {"=科研机构"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"social_welfare", "社会公益组织", {"=社会公益组织", "=公益组织"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"legal_services", "法律服务机构", {"=法律服务机构"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"other_org", "其他", {"=其他", "=其它"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"total", "总计", {"=总计", "=合计"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
};

enum { G_NONE, G_RESULTS, G_DENIED, G_UNAVAILABLE, G_UNPROCESSED, G_OTHER };
static const char *const requests_groups[] = {
    NULL, "本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理"
};

static const xg_row_def requests_rows[] = {
    {"new_received", "一、本年新收政府信息公开申请数量", G_NONE, {"本年新收"}, 0, 0},
    {"carried_over", "二、上年结转政府信息公开申请数量", G_NONE, {"上年结转"}, 0, 0},
    {"granted", "三、本年度办理结果 （一）予以公开", G_NONE, {"予以公开"}, 0, 0},
    {"partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", G_NONE, {"部分公开"}, 0, 0},
    {"denied_state_secret", "（三）不予公开 1.属于国家秘密", G_DENIED, {"国家秘密"}, 0, 0},
    {"denied_prohibited_by_law", "2.其他法律行政法规禁止公开", G_DENIED, {"禁止公开", "法律行政止公开", "其他法律行政法规"}, 0, 0},
    {"denied_three_securities", "3.危及“三安全一稳定”", G_DENIED, {"三安全一稳定", "危及"}, 0, 0},
    {"denied_third_party", "4.保护第三方合法权益", G_DENIED, {"第三方合法权益", "保护第三方"}, 0, 0},
    {"denied_internal_affairs", "5.属于三类内部事务信息", G_DENIED, {"内部事务"}, 0, 0},
    {"denied_process_info", "6.属于四类过程性信息", G_DENIED, {"过程性信息"}, 0, 0},
    {"denied_enforcement_file", "7.属于行政执法案卷", G_DENIED, {"执法案卷"}, 0, 0},
    {"denied_query", "8.属于行政查询事项", G_DENIED, {"行政查询"}, 0, 0},
    {"unavailable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息", G_UNAVAILABLE, {"不掌握"}, 0, 0},
    {"unavailable_needs_creation", "2.没有现成信息需要另行制作", G_UNAVAILABLE, {"另行制作", "没有现成信息"}, 0, 0},
    {"unavailable_unclear", "3.补正后申请内容仍不明确", G_UNAVAILABLE, {"仍不明确", "补正后申请内容"}, 0, 0},
    {"unprocessed_petition", "（五）不予处理 1.信访举报投诉类申请", G_UNPROCESSED, {"信访举报投诉", "信访举报"}, 0, 0},
    {"unprocessed_duplicate", "2.重复申请", G_UNPROCESSED, {"重复申请"}, 0, 0},
    {"unprocessed_publication", "3.要求提供公开出版物", G_UNPROCESSED, {"公开出版物"}, 0, 0},
    {"unprocessed_excessive", "4.无正当理由大量反复申请", G_UNPROCESSED, {"大量反复"}, 0, 0},
    {"unprocessed_confirmation", "5.要求行政机关确认或重新出具已获取信息", G_UNPROCESSED, {"重新出具", "确认或重新"}, 0, 0},
    {"other_overdue_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", G_OTHER, {"逾期不补正"}, 0, XG_LAYOUT_2021},
    {"other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", G_OTHER, {"收费通知", "缴纳费用"}, 0, XG_LAYOUT_2021},
    {"other_other", "3.其他", G_OTHER, {"=其他", "=其它"}, 0, XG_LAYOUT_2021},
    /* 2019 trial layout: （六）其他处理 is one row with no items; its label
     * is the group alone, matched by the layout stage. */
    {"other_processing", "（六）其他处理", G_OTHER, {"="}, 0, XG_LAYOUT_2019},
    {"results_total", "（七）总计", G_NONE, {"=总计", "=合计"}, 0, 0},
    {"carried_forward", "四、结转下年度继续办理", G_NONE, {"结转下年度", "结转下一年度", "结转下年"}, 0, 0},
};

/* ---- table appeals (part 四) ---- */
static const xg_col_def appeals_cols[] = {
    {"upheld", "结果维持", {"=结果维持", "=维持"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"corrected", "结果纠正", {"=结果纠正", "=纠正"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"other", "其他结果", {"=其他结果", "=其他"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"pending", "尚未审结", {"=尚未审结", "=未审结"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
    {"total", "总计", {"=总计", "=合计"}, 0, XG_COL_COUNT, XG_UNIT_NONE},
};

/* Matched in the header, most specific first: 复议后起诉 and
 * 未经复议直接起诉 both contain 复议. */
static const xg_row_def appeals_rows[] = {
    {"review", "行政复议", 0, {"=行政复议", "=行政法复议"}, 0, 0},
    {"litigation_direct", "行政诉讼 / 未经复议直接起诉", 0, {"未经复议直接起诉", "直接起诉"}, 0, 0},
    {"litigation_after_review", "行政诉讼 / 复议后起诉", 0, {"复议后起诉"}, 0, 0},
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

const xg_table_def xg_schema[XG_TABLE_COUNT] = {
    {"active", "主动公开政府信息情况", 2, active_rows, COUNT(active_rows),
     active_cols, COUNT(active_cols), NULL, 0, 0, {"其他主动公开文件", "其他主动公开"}},
    {"requests", "收到和处理政府信息公开申请情况", 3, requests_rows, COUNT(requests_rows),
     requests_cols, COUNT(requests_cols), requests_groups, COUNT(requests_groups), 0, {NULL}},
    {"appeals", "政府信息公开行政复议、行政诉讼情况", 4, appeals_rows, COUNT(appeals_rows),
     appeals_cols, COUNT(appeals_cols), NULL, 0, 1, {NULL}},
};

const xg_part_def xg_parts[XG_PART_COUNT] = {
    {1, "overview", "总体情况", {"总体情况"}},
    {2, "active_disclosure", "主动公开政府信息情况", {"主动公开政府信息", "主动公开情况", "主动公开"}},
    {3, "requests", "收到和处理政府信息公开申请情况", {"收到和处理", "依申请公开", "政府信息公开申请"}},
    {4, "appeals", "政府信息公开行政复议、行政诉讼情况", {"行政复议", "行政诉讼", "行政法复议"}},
    {5, "problems", "存在的主要问题及改进情况", {"存在的主要问题", "主要问题", "改进情况"}},
    {6, "other", "其他需要报告的事项", {"其他需要报告", "其他事项"}},
};

const xg_rule_def xg_rules[] = {
    {"requests_balance",
     "new_received + carried_over = results_total + carried_forward, in every column",
     XG_RULE_COLUMN_BALANCE, XG_TABLE_REQUESTS,
     {"new_received", "carried_over", NULL},
     {"results_total", "carried_forward", NULL}, NULL},
    {"requests_results_total",
     "results_total = the sum of the rows from granted to other_other, in every column",
     XG_RULE_COLUMN_BALANCE, XG_TABLE_REQUESTS,
     {"granted", "partially_granted", "denied_state_secret", "denied_prohibited_by_law",
      "denied_three_securities", "denied_third_party", "denied_internal_affairs",
      "denied_process_info", "denied_enforcement_file", "denied_query",
      "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
      "unprocessed_petition", "unprocessed_duplicate", "unprocessed_publication",
      "unprocessed_excessive", "unprocessed_confirmation", "other_overdue_correction",
      "other_unpaid_fee", "other_other", "other_processing", NULL},
     {"results_total", NULL}, NULL},
    {"requests_row_total",
     "total = natural_person + commercial + research + social_welfare + legal_services + other_org, in every row",
     XG_RULE_ROW_TOTAL, XG_TABLE_REQUESTS, {NULL}, {NULL}, "total"},
    {"appeals_row_total",
     "total = upheld + corrected + other + pending, in every row",
     XG_RULE_ROW_TOTAL, XG_TABLE_APPEALS, {NULL}, {NULL}, "total"},
};
const int xg_rule_count = COUNT(xg_rules);

const int xg_layouts[XG_LAYOUT_COUNT] = {XG_LAYOUT_2021, XG_LAYOUT_2019};

const char *xg_layout_name(int layout)
{
    switch (layout) {
    case XG_LAYOUT_2019: return "2019";
    case XG_LAYOUT_2021: return "2021";
    case XG_LAYOUT_MIXED: return "mixed";
    }
    return "unknown";
}

int xg_schema_row_in(int table, const char *key, int layout)
{
    int i;

    for (i = 0; i < xg_schema[table].nrows; i++)
        if (strcmp(xg_schema[table].rows[i].key, key) == 0 &&
            xg_schema_row_in_layout(table, i, layout))
            return i;
    return -1;
}

int xg_schema_col_in(int table, const char *key, int layout)
{
    int i;

    for (i = 0; i < xg_schema[table].ncols; i++)
        if (strcmp(xg_schema[table].cols[i].key, key) == 0 &&
            xg_schema_col_in_layout(table, i, layout))
            return i;
    return -1;
}

int xg_schema_row(int table, const char *key)
{
    return xg_schema_row_in(table, key, 0);
}

int xg_schema_col(int table, const char *key)
{
    return xg_schema_col_in(table, key, 0);
}

int xg_schema_row_has_col(int table, int row, int col)
{
    unsigned cols = xg_schema[table].rows[row].cols;

    return cols == 0 || (cols & BIT(col)) != 0;
}

int xg_schema_row_in_layout(int table, int row, int layout)
{
    int l = xg_schema[table].rows[row].layout;

    return l == 0 || layout == 0 || l == layout;
}

int xg_schema_col_in_layout(int table, int col, int layout)
{
    int l = xg_schema[table].cols[col].layout;

    return l == 0 || layout == 0 || l == layout;
}

int xg_schema_table_has_layouts(int table)
{
    int i;

    for (i = 0; i < xg_schema[table].nrows; i++)
        if (xg_schema[table].rows[i].layout != 0)
            return 1;
    for (i = 0; i < xg_schema[table].ncols; i++)
        if (xg_schema[table].cols[i].layout != 0)
            return 1;
    return 0;
}

int xg_schema_keys(int table, int layout, xg_key *out, int max)
{
    const xg_table_def *def = &xg_schema[table];
    int r, c, n = 0;

    for (r = 0; r < def->nrows; r++) {
        if (!xg_schema_row_in_layout(table, r, layout))
            continue;
        for (c = 0; c < def->ncols; c++) {
            if (!xg_schema_row_has_col(table, r, c))
                continue;
            if (n < max) {
                out[n].table = table;
                out[n].row = r;
                out[n].col = c;
            }
            n++;
        }
    }
    return n;
}

int xg_schema_value_count(int layout)
{
    int t, n = 0;

    for (t = 0; t < XG_TABLE_COUNT; t++)
        n += xg_schema_keys(t, layout, NULL, 0);
    return n;
}

/* U+FFFD too: a digit OCR read once and could not confirm ("�.其他" for
 * "3.其他"); an item is known by its words, never by its number. */
static const char *const numerals[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "\xEF\xBF\xBD", NULL
};

size_t xg_numeral_run(const char *s)
{
    const char *p = s;
    int more = 1;

    while (more) {
        int i;

        more = 0;
        if (*p >= '0' && *p <= '9') {
            p++;
            more = 1;
            continue;
        }
        for (i = 0; numerals[i]; i++) {
            size_t n = strlen(numerals[i]);

            if (strncmp(p, numerals[i], n) == 0) {
                p += n;
                more = 1;
                break;
            }
        }
    }
    return (size_t)(p - s);
}

const char *xg_strip_numbering(const char *text)
{
    const char *p = text;

    for (;;) {
        size_t n;

        if (*p == '(') {
            n = xg_numeral_run(p + 1);
            if (n > 0 && p[1 + n] == ')') {
                p += n + 2;
                continue;
            }
            break;
        }
        if (strncmp(p, "第", 3) == 0) {
            n = xg_numeral_run(p + 3);
            /* 第三方 (a third party) is a word, not a numbering */
            if (n > 0 && strncmp(p + 3 + n, "方", 3) != 0) {
                p += 3 + n;
                if (strncmp(p, "部分", 6) == 0)
                    p += 6;
                continue;
            }
            break;
        }
        n = xg_numeral_run(p);
        if (n == 0)
            break;
        if (p[n] == '.' || p[n] == ')') {
            p += n + 1;
        } else if (strncmp(p + n, "、", 3) == 0) {
            p += n + 3;
        } else {
            break;
        }
    }
    return p;
}

/* An exact pattern also takes a bracketed note after the label, as
 * offices print them: 规章（设区的市、自治州人民政府应提供相关数据）. */
int xg_pattern_match(const char *pattern, const char *text)
{
    if (pattern[0] == '=') {
        const char *t = xg_strip_numbering(text);
        size_t n = strlen(pattern + 1), len = strlen(t);

        return strcmp(t, pattern + 1) == 0 ||
               (n > 0 && strncmp(t, pattern + 1, n) == 0 && t[n] == '(' && t[len - 1] == ')');
    }
    return strstr(text, pattern) != NULL;
}

/* Value of a numeral run ("三", "12"); 0 when not a simple number. */
static int numeral_value(const char *s, size_t n)
{
    int v = 0, i;

    if (n == 0)
        return 0;
    if (s[0] >= '0' && s[0] <= '9') {
        size_t k;

        for (k = 0; k < n && k < 3; k++)
            v = v * 10 + (s[k] - '0');
        return v;
    }
    for (i = 0; numerals[i]; i++)
        if (n == strlen(numerals[i]) && strncmp(s, numerals[i], n) == 0)
            return i + 1;
    return 0;
}

/* An unnumbered heading must end so: not a table's header cell (行政复议,
 * 行政复议行政诉讼). */
int xg_heading_end(const char *t)
{
    size_t len = strlen(t);

    return len >= 6 && (strcmp(t + len - 6, "情况") == 0 ||
                        strcmp(t + len - 6, "事项") == 0);
}

int xg_match_part_heading(const char *key)
{
    const char *p = key, *rest;
    size_t n;
    int number = 0, part, i;

    if (strlen(key) > 40 * 3)
        return 0;
    if (strncmp(p, "第", 3) == 0) {
        n = xg_numeral_run(p + 3);
        number = numeral_value(p + 3, n);
        rest = p + 3 + n;
        if (strncmp(rest, "部分", 6) == 0)
            rest += 6;
        else
            number = 0;
    } else if (*p == '(') {
        n = xg_numeral_run(p + 1);
        number = numeral_value(p + 1, n);
        rest = p + 1 + n;
        if (*rest == ')')
            rest++;
        else
            number = 0;
    } else {
        n = xg_numeral_run(p);
        number = numeral_value(p, n);
        rest = p + n;
        if (*rest == '.' || *rest == ')')
            rest++;
        else if (strncmp(rest, "、", 3) == 0)
            rest += 3;
        else
            number = 0;
    }
    if (number == 0)
        rest = key;
    /* a lone digit run is not a marker: "2023年…" */
    if (number != 0 && (number < 1 || number > XG_PART_COUNT))
        return 0;
    for (part = 1; part <= XG_PART_COUNT; part++) {
        if (number != 0 && part != number)
            continue;
        for (i = 0; i < XG_MAX_PATTERNS && xg_parts[part - 1].patterns[i]; i++) {
            const char *pat = xg_parts[part - 1].patterns[i];

            /* unnumbered: the words first, short, and no digits (a
             * table's row of 行政复议 76 2 311 … is no heading) */
            if (number != 0 ? strstr(rest, pat) != NULL
                            : (strncmp(rest, pat, strlen(pat)) == 0 &&
                               strlen(rest) <= 20 * 3 &&
                               strpbrk(rest, "0123456789") == NULL &&
                               xg_heading_end(rest)))
                return part;
        }
    }
    return 0;
}

int xg_match_part_heading_text(const char *text)
{
    char *key = xg_norm_label(text);
    int part = key != NULL ? xg_match_part_heading(key) : 0;

    free(key);
    return part;
}
