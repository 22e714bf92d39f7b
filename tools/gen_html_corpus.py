#!/usr/bin/env python3
"""Generate the synthetic HTML samples of xxgk's corpus (corpus/html/) and the
content-sniffing samples (corpus/sniff/).

Standard library only, deterministic: the same bytes on every run (seeded
random values, no dates from the clock).

Every generated sample NAME gets
  corpus/html/NAME.html           the page
  corpus/html/NAME.expected.csv   the truth, as `xxgk -f csv` must print it,
                                  written from the generator's own values
  corpus/html/NAME.truth.json     layout, metadata and what the sample exercises

The values of a sample are kept as printed strings ('123', '', '—', '１２');
the expected value of a cell is the printed number (full-width digits
folded) or null for an empty or dash cell.

The NAME.expected.json files are not written here: they are xxgk's output,
reviewed (see tests/golden.sh, UPDATE=1).

It also writes seed-shaped text samples, corpus/text/seedNNN_values.*: a
real seed's text with its 0 cells replaced by distinctive values (run
tools/label_real.py first: it copies the seeds into corpus/text/).

Usage: python3 tools/label_real.py && python3 tools/gen_html_corpus.py [REPO_ROOT]
"""

import json
import os
import random
import re
import shutil
import sys
from html import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import format2019  # noqa: E402  (tools/format2019.py: the 2019 table 二)

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and __name__ == '__main__' else
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OUT = os.path.join(ROOT, 'corpus', 'html')
SNIFF = os.path.join(ROOT, 'corpus', 'sniff')

# ---------------------------------------------------------------------------
# schema

ACTIVE_KEYS = [('regulations', ['issued', 'repealed', 'in_force']),
               ('normative_documents', ['issued', 'repealed', 'in_force']),
               ('licensing', ['decisions']),
               ('punishment', ['decisions']),
               ('enforcement', ['decisions']),
               ('fees', ['amount_10k_yuan'])]
REQ_COLS = ['natural_person', 'commercial', 'research', 'social_welfare',
            'legal_services', 'other_org', 'total']
RESULT_ROWS_2021 = [
    'granted', 'partially_granted',
    'denied_state_secret', 'denied_prohibited_by_law', 'denied_three_securities',
    'denied_third_party', 'denied_internal_affairs', 'denied_process_info',
    'denied_enforcement_file', 'denied_query',
    'unavailable_not_held', 'unavailable_needs_creation', 'unavailable_unclear',
    'unprocessed_petition', 'unprocessed_duplicate', 'unprocessed_publication',
    'unprocessed_excessive', 'unprocessed_confirmation',
    'other_overdue_correction', 'other_unpaid_fee', 'other_other']
REQ_ROWS = ['new_received', 'carried_over'] + RESULT_ROWS_2021 + \
    ['results_total', 'carried_forward']
RESULT_ROWS_2019 = RESULT_ROWS_2021[:18] + ['other_processing']
APPEAL_ROWS = ['review', 'litigation_direct', 'litigation_after_review']
APPEAL_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']

FULL = str.maketrans('０１２３４５６７８９．', '0123456789.')


def expected_value(printed):
    """The value xxgk must give a printed cell: the number, or '' (null)."""
    if printed is None:
        return ''
    if isinstance(printed, int):
        return str(printed)
    s = printed.translate(FULL).strip()
    return s if re.fullmatch(r'\d+(\.\d+)?', s) else ''


def zeros_requests():
    return {k: [0] * 7 for k in REQ_ROWS}


def write_csv(path, active, requests, appeals, layout, active19=None, amount_unit=''):
    """The truth CSV, as `xxgk -f csv` must print it (see csv_lines)."""
    lines = csv_lines(active, requests, appeals, layout, active19, amount_unit)
    with open(path, 'wb') as f:
        f.write(''.join(l + '\r\n' for l in lines).encode('utf-8'))


def csv_lines(active, requests, appeals, layout, active19=None, amount_unit=''):
    """active: dict regulations/normative_documents (3 values), licensing,
    punishment, enforcement, fee (one value each); requests: row key -> 7
    values (other_processing too for the 2019 layout); appeals: the 15
    values of the single data row in source order.  Values are printed
    strings, ints or None.  ACTIVE19, if given, is a 2019 table 二 instead:
    {(row, col): printed}, its amounts under a header stating AMOUNT_UNIT.
    Returns the CSV lines, header first."""
    lines = ['table,row,col,value']
    for row, cols in (format2019.KEYS if active19 else []):
        for c in cols:
            lines.append('active,%s,%s,%s' % (row, c, format2019.truth((row, c), active19[row, c],
                                                                      amount_unit)))
    for row, cols in ([] if active19 else ACTIVE_KEYS):
        if row == 'fees':
            vals = [active['fee']]
        elif len(cols) == 1:
            vals = [active[row]]
        else:
            vals = active[row]
        for c, v in zip(cols, vals):
            lines.append('active,%s,%s,%s' % (row, c, expected_value(v)))
    rows = list(REQ_ROWS)
    if layout == '2019':
        # the keys of the layout: other_processing in place of the 2021 items
        i = rows.index('other_overdue_correction')
        rows[i:i + 3] = ['other_processing']
    for row in rows:
        vals = requests[row]
        for c, v in zip(REQ_COLS, vals):
            lines.append('requests,%s,%s,%s' % (row, c, expected_value(v)))
    for i, row in enumerate(APPEAL_ROWS):
        for j, c in enumerate(APPEAL_COLS):
            lines.append('appeals,%s,%s,%s' % (row, c, expected_value(appeals[i * 5 + j])))
    return lines


def expected_checks(requests, appeals, layout):
    """The consistency rules on the expected values: (failing, skipped),
    each a sorted list of 'rule/row-or-col', as the truth files record
    them (worked out here from the values, not taken from xxgk)."""
    def num(v):
        e = expected_value(v)
        return None if e == '' else float(e)
    req = {k: [num(v) for v in vals] for k, vals in requests.items()}
    if layout == '2019':
        results = RESULT_ROWS_2019
    else:
        results = RESULT_ROWS_2021
    fail, skip = [], []

    def judge(name, parts, total):
        if total is None or any(p is None for p in parts):
            skip.append(name)
        elif abs(sum(parts) - total) > 1e-9:
            fail.append(name)
    for c, col in enumerate(REQ_COLS):
        judge('requests_balance/' + col,
              [req['new_received'][c], req['carried_over'][c], -req['carried_forward'][c]
               if req['carried_forward'][c] is not None else None],
              req['results_total'][c])
        judge('requests_results_total/' + col, [req[r][c] for r in results],
              req['results_total'][c])
    rows = ['new_received', 'carried_over'] + results + ['results_total', 'carried_forward']
    for r in rows:
        judge('requests_row_total/' + r, req[r][:6], req[r][6])
    for i, r in enumerate(APPEAL_ROWS):
        vals = [num(v) for v in appeals[i * 5:i * 5 + 5]]
        judge('appeals_row_total/' + r, vals[:4], vals[4])
    return sorted(fail), sorted(skip)


# ---------------------------------------------------------------------------
# values


class Report:
    """One report's values, as printed, and its texts."""

    def __init__(self, seed, layout='2021'):
        rnd = random.Random(seed)
        self.layout = layout
        self.breaks = []
        # a 2019 table 二 in place of the 2021 one: {(row, col): printed},
        # and the unit its 采购总金额 header states
        self.active19 = None
        self.amount_unit = ''

        result_rows = RESULT_ROWS_2021 if layout == '2021' else RESULT_ROWS_2019
        self.result_rows = result_rows
        self.active = {
            'regulations': [rnd.randint(1, 9), rnd.randint(1, 9), rnd.randint(10, 60)],
            'normative_documents': [rnd.randint(11, 99), rnd.randint(11, 99),
                                    rnd.randint(100, 999)],
            'licensing': rnd.randint(1000, 9999),
            'punishment': rnd.randint(100, 999),
            'enforcement': rnd.randint(10, 99),
            'fee': '%d.%02d' % (rnd.randint(1, 99), rnd.randint(1, 99)),
        }
        req = {}
        for row in result_rows:
            req[row] = [rnd.randint(1, 40) for _ in range(6)]
        req['results_total'] = [sum(req[r][c] for r in result_rows) for c in range(6)]
        req['carried_forward'] = [rnd.randint(1, 30) for _ in range(6)]
        req['carried_over'] = [rnd.randint(1, 30) for _ in range(6)]
        req['new_received'] = [req['results_total'][c] + req['carried_forward'][c] -
                               req['carried_over'][c] for c in range(6)]
        for row in req:
            req[row] = req[row] + [sum(req[row])]
        self.requests = req
        ap = []
        for _ in range(3):
            parts = [rnd.randint(1, 9) for _ in range(4)]
            ap += parts + [sum(parts)]
        self.appeals = ap

    # edits, each recorded for the notes
    def set_req(self, row, col, printed, why=None):
        self.requests[row][REQ_COLS.index(col)] = printed
        if why:
            self.breaks.append(why)

    def bump_req(self, row, col, by, why):
        i = REQ_COLS.index(col)
        self.requests[row][i] += by
        self.breaks.append(why)

    def requests_for_csv(self):
        r = {k: list(v) for k, v in self.requests.items()}
        if self.layout == '2019':
            for k in ('other_overdue_correction', 'other_unpaid_fee', 'other_other'):
                r[k] = [None] * 7
        return r


# ---------------------------------------------------------------------------
# rendering of the three tables

REQ_LABELS = {
    'new_received': '一、本年新收政府信息公开申请数量',
    'carried_over': '二、上年结转政府信息公开申请数量',
    'granted': '（一）予以公开',
    'partially_granted': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'denied_state_secret': '1.属于国家秘密',
    'denied_prohibited_by_law': '2.其他法律行政法规禁止公开',
    'denied_three_securities': '3.危及“三安全一稳定”',
    'denied_third_party': '4.保护第三方合法权益',
    'denied_internal_affairs': '5.属于三类内部事务信息',
    'denied_process_info': '6.属于四类过程性信息',
    'denied_enforcement_file': '7.属于行政执法案卷',
    'denied_query': '8.属于行政查询事项',
    'unavailable_not_held': '1.本机关不掌握相关政府信息',
    'unavailable_needs_creation': '2.没有现成信息需要另行制作',
    'unavailable_unclear': '3.补正后申请内容仍不明确',
    'unprocessed_petition': '1.信访举报投诉类申请',
    'unprocessed_duplicate': '2.重复申请',
    'unprocessed_publication': '3.要求提供公开出版物',
    'unprocessed_excessive': '4.无正当理由大量反复申请',
    'unprocessed_confirmation': '5.要求行政机关确认或重新出具已获取信息',
    'other_overdue_correction': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'other_unpaid_fee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'other_other': '3.其他',
    'other_processing': '（六）其他处理',
    'results_total': '（七）总计',
    'carried_forward': '四、结转下年度继续办理',
}
GROUPS = {  # first row of a group -> (label, rows)
    'denied_state_secret': ('（三）不予公开', 8),
    'unavailable_not_held': ('（四）无法提供', 3),
    'unprocessed_petition': ('（五）不予处理', 5),
    'other_overdue_correction': ('（六）其他处理', 3),
}
IN_GROUP = set(RESULT_ROWS_2021[2:18] + RESULT_ROWS_2021[18:21])


class Cells:
    """How a cell's text is written: plain, split over spans, &nbsp; for
    empty cells."""

    def __init__(self, split=False, nbsp_empty=False, wrap_p=False, word=False):
        self.split = split
        self.nbsp_empty = nbsp_empty
        self.wrap_p = wrap_p
        self.word = word

    def text(self, s):
        s = '' if s is None else str(s)
        if self.word:   # Word's "Save as Web Page" cell paragraphs
            return ("<p class=MsoNormal align=center style='text-align:center'>"
                    "<span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312'>"
                    "%s<o:p></o:p></span></p>" % (escape(s) if s else '&nbsp;'))
        if s == '':
            return '&nbsp;' if self.nbsp_empty else ''
        if self.split and re.fullmatch(r'[0-9.]+', s) and len(s) > 1:
            cut = (len(s) + 1) // 2
            out = '<span>%s</span><span>%s</span>' % (s[:cut], s[cut:])
        else:
            out = escape(s)
        if self.wrap_p:
            out = '<p style="text-align:center">%s</p>' % out
        return out

    def td(self, s, rs=1, cs=1):
        a = " style='border:solid windowtext 1.0pt'" if self.word else ''
        if rs > 1:
            a += ' rowspan="%d"' % rs
        if cs > 1:
            a += ' colspan="%d"' % cs
        return '<td%s>%s</td>' % (a, self.text(s))


def active_table(rep, cells):
    a = rep.active
    h = ['<table border="1" cellspacing="0" cellpadding="4" class="MsoNormalTable">']

    def tr(*tds):
        h.append('<tr>' + ''.join(tds) + '</tr>')
    tr(cells.td('第二十条第（一）项', cs=4))
    tr(cells.td('信息内容'), cells.td('本年制发件数'), cells.td('本年废止件数'),
       cells.td('现行有效件数'))
    tr(cells.td('规章'), *[cells.td(v) for v in a['regulations']])
    tr(cells.td('行政规范性文件'), *[cells.td(v) for v in a['normative_documents']])
    tr(cells.td('第二十条第（五）项', cs=4))
    tr(cells.td('信息内容'), cells.td('本年处理决定数量', cs=3))
    tr(cells.td('行政许可'), cells.td(a['licensing'], cs=3))
    tr(cells.td('第二十条第（六）项', cs=4))
    tr(cells.td('信息内容'), cells.td('本年处理决定数量', cs=3))
    tr(cells.td('行政处罚'), cells.td(a['punishment'], cs=3))
    tr(cells.td('行政强制'), cells.td(a['enforcement'], cs=3))
    tr(cells.td('第二十条第（八）项', cs=4))
    tr(cells.td('信息内容'), cells.td('本年收费金额（单位：万元）', cs=3))
    tr(cells.td('行政事业性收费'), cells.td(a['fee'], cs=3))
    h.append('</table>')
    return '\n'.join(h)


def active_table_2019(rep, cells):
    """The 2019 table 二: a block per 第二十条 item, each with its header."""
    h = ['<table border="1" cellspacing="0" cellpadding="4" class="MsoNormalTable">']
    for title, head, items in format2019.BLOCKS:
        h.append('<tr>%s</tr>' % cells.td(title, cs=4))
        tds = []
        for text, span in head:
            if text == '采购总金额' and rep.amount_unit:
                text += '（%s）' % rep.amount_unit
            tds.append(cells.td(text, cs=span))
        h.append('<tr>%s</tr>' % ''.join(tds))
        for lab, key in items:
            cols = dict(format2019.KEYS)[key]
            h.append('<tr>%s%s</tr>' % (cells.td(lab), ''.join(
                cells.td(rep.active19[key, c], cs=span) for c, (_, span) in zip(cols, head[1:]))))
    h.append('</table>')
    return '\n'.join(h)


def requests_table(rep, cells, split_at=None):
    """split_at: a row key where the table is cut in two (an editor's
    page break): the second table has no header rows, and an empty cell
    stands in the 三、本年度办理结果 column."""
    r = rep.requests
    rows = ['new_received', 'carried_over'] + rep.result_rows + \
        ['results_total', 'carried_forward']
    n_results = len(rep.result_rows) + 1
    h = ['<table border="1" cellspacing="0" cellpadding="4">']

    def tr(*tds):
        h.append('<tr>' + ''.join(tds) + '</tr>')
    tr(cells.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rs=3, cs=3),
       cells.td('申请人情况', cs=7))
    tr(cells.td('自然人', rs=2), cells.td('法人或其他组织', cs=5), cells.td('总计', rs=2))
    tr(cells.td('商业企业'), cells.td('科研机构'), cells.td('社会公益组织'),
       cells.td('法律服务机构'), cells.td('其他'))
    for row in rows:
        vals = [cells.td(v) for v in r[row]]
        if row in ('new_received', 'carried_over', 'carried_forward'):
            tr(cells.td(REQ_LABELS[row], cs=3), *vals)
            continue
        lead = []
        if row == split_at:
            left = rows.index('results_total') - rows.index(row) + 1
            h.append('</table>')
            h.append('<p>&nbsp;</p>')
            h.append('<table border="1" cellspacing="0" cellpadding="4">')
            lead.append(cells.td('', rs=left))
        if row == 'granted':
            before = rows.index(split_at) - rows.index('granted') if split_at else n_results
            lead.append(cells.td('三、本年度办理结果', rs=before))
        if row in GROUPS:
            label, n = GROUPS[row]
            lead.append(cells.td(label, rs=n))
        if row in IN_GROUP:
            lead.append(cells.td(REQ_LABELS[row]))
        else:
            lead.append(cells.td(REQ_LABELS[row], cs=2))
        tr(*(lead + vals))
    h.append('</table>')
    return '\n'.join(h)


def appeals_table(rep, cells):
    h = ['<table border="1" cellspacing="0" cellpadding="4">']

    def tr(*tds):
        h.append('<tr>' + ''.join(tds) + '</tr>')
    heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    tr(cells.td('行政复议', cs=5), cells.td('行政诉讼', cs=10))
    tr(*[cells.td(x, rs=2) for x in heads],
       cells.td('未经复议直接起诉', cs=5), cells.td('复议后起诉', cs=5))
    tr(*[cells.td(x) for x in heads + heads])
    tr(*[cells.td(v) for v in rep.appeals])
    h.append('</table>')
    return '\n'.join(h)


def pipe_lines(rep):
    """The three tables flattened to |-separated lines, the way seeds 001
    and 002 show web pages once their text comes out."""
    a = rep.active

    def s(v):
        return '' if v is None else str(v)
    out = [
        '第二十条第(一)项 | |||',
        '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '规章 | %s |' % ' | '.join(s(v) for v in a['regulations']),
        '行政规范性文件 | %s |' % ' | '.join(s(v) for v in a['normative_documents']),
        '第二十条第(五)项 | |||',
        '信息内容 | 本年处理决定数量 | ||',
        '行政许可 | %s | ||' % s(a['licensing']),
        '第二十条第(六)项 | |||',
        '信息内容 | 本年处理决定数量 | ||',
        '行政处罚 | %s | ||' % s(a['punishment']),
        '行政强制 | %s | ||' % s(a['enforcement']),
        '第二十条第(八)项 | |||',
        '信息内容 | 本年收费金额(单位:万元) | ||',
        '行政事业性收费 | %s |' % s(a['fee']),
    ]
    req = [
        '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||',
        '自然人 | 法人或其他组织 | 总计 | |||||||',
        '商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||',
    ]
    for row in ['new_received', 'carried_over'] + rep.result_rows + \
            ['results_total', 'carried_forward']:
        vals = ' | '.join(s(v) for v in rep.requests[row])
        label = REQ_LABELS[row].replace('（', '(').replace('）', ')')
        lead = ''
        if row == 'granted':
            lead = '三、本年度办理结果 | '
        if row in GROUPS:
            lead += GROUPS[row][0].replace('（', '(').replace('）', ')') + ' | '
        pad = ' |' if lead else ' | ||'
        if row == 'carried_forward':
            pad = ' |'
        req.append('%s%s | %s%s' % (lead, label, vals, pad))
    ap = [
        '行政复议 | 行政诉讼 | |||||||||||||',
        '结果维持 | 结果 | 其他 | 尚未 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||',
        '结果 | 结果 | 其他 | 尚未 | 总计 | 结果 | 结果 | 其他 | 尚未 | 总计 | |||||',
        ' | '.join(s(v) for v in rep.appeals) + ' |',
    ]
    return out, req, ap


# ---------------------------------------------------------------------------
# page text

def body_text(org, year, rep, extra_overview=''):
    n_req = rep.requests['new_received'][6]
    return {
        'intro': ('本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和'
                  '《中华人民共和国政府信息公开工作年度报告格式》要求编制。报告所列数据的'
                  '统计期限自%d年1月1日起至%d年12月31日止。如对本报告有任何疑问，请与%s'
                  '办公室联系。' % (year, year, org)),
        'overview': [
            ('%d年，%s坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化。'
             '%s' % (year, org, extra_overview)),
            '（一）主动公开',
            '全年通过门户网站主动公开政府信息1347条，发布政策解读46篇。',
            '（二）依申请公开',
            '全年新收政府信息公开申请%s件，均在法定期限内答复。' % n_req,
        ],
        'problems': ['一是公开内容的深度还需拓展；二是政策解读形式较为单一。',
                     '下一步，将加强业务培训，丰富解读形式。'],
        'other': ['本年度未收取信息处理费。无其他需要报告的事项。'],
    }


def report_body(org, year, title, rep, tables_html, date_cn, extra_overview='',
                heading='h3', para_attr=''):
    t = body_text(org, year, rep, extra_overview)
    p = '<p%s>%%s</p>' % para_attr
    h = ['<h1 class="title">%s</h1>' % escape(title), p % escape(t['intro'])]
    h.append('<%s>一、总体情况</%s>' % (heading, heading))
    h += [p % escape(x) for x in t['overview']]
    h.append('<%s>二、主动公开政府信息情况</%s>' % (heading, heading))
    h.append(tables_html[0])
    h.append('<%s>三、收到和处理政府信息公开申请情况</%s>' % (heading, heading))
    h.append(tables_html[1])
    h.append('<%s>四、政府信息公开行政复议、行政诉讼情况</%s>' % (heading, heading))
    h.append(tables_html[2])
    h.append('<%s>五、存在的主要问题及改进情况</%s>' % (heading, heading))
    h += [p % escape(x) for x in t['problems']]
    h.append('<%s>六、其他需要报告的事项</%s>' % (heading, heading))
    h += [p % escape(x) for x in t['other']]
    h.append('<p style="text-align:right">%s</p>' % escape(org))
    h.append('<p style="text-align:right">%s</p>' % escape(date_cn))
    return '\n'.join(h)


def portal_page(org, year, title, rep, tables_html, meta, charset_tag, date_cn,
                extra_overview=''):
    """A government portal page: head, navigation, breadcrumb, the header
    block (索引号 / 发布机构 / 文号 / 发布日期 / 有效性), the report, a footer."""
    head = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>']
    if charset_tag:
        head.append(charset_tag)
    head += ['<meta name="ArticleTitle" content="%s">' % escape(title),
             '<meta name="PubDate" content="%s 10:30">' % meta['date'],
             '<title>%s_政府信息公开年报_%s</title>' % (escape(title), escape(meta['site'])),
             '<style>table{border-collapse:collapse}td{border:1px solid #000}</style>',
             '<script>var siteId = 12;</script>',
             '</head>', '<body>']
    nav = ['<div class="header"><div class="logo"><img src="/images/logo.png" alt="%s"></div>'
           % escape(meta['site']),
           '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
           '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li>'
           '<li><a href="/zjxx/">走进%s</a></li></ul></div></div>' % escape(meta['place']),
           '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>'
           ' &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a>政府信息公开年报</a></div>']
    info = ['<div class="xxgk_info"><ul>',
            '<li><span>索引号：</span><span>%s</span></li>' % escape(meta['index']),
            '<li><span>发布机构：</span><span>%s</span></li>' % escape(meta['publisher']),
            '<li><span>文号：</span><span>%s</span></li>' % escape(meta['docno']),
            '<li><span>发布日期：</span><span>%s</span></li>' % meta['date'],
            '<li><span>有效性：</span><span>有效</span></li>',
            '</ul></div>']
    body = ['<div class="article"><div class="content" id="zoom">',
            report_body(org, year, title, rep, tables_html, date_cn, extra_overview),
            '</div>',
            '<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> '
            '<a>关闭窗口</a></div></div>']
    foot = ['<div class="footer" id="foot">',
            '<p>主办单位：%s 承办：%s办公室</p>' % (escape(meta['site']), escape(meta['site'])),
            '<p>网站标识码：%s 备案号：%s</p>' % (meta['siteid'], escape(meta['icp'])),
            '<p>%s</p>' % escape(meta['ga']),
            '</div>', '<script>document.write("");</script>', '</body>', '</html>']
    return '\n'.join(head + nav + info + body + foot) + '\n'


# ---------------------------------------------------------------------------
# samples

SAMPLES = []


def sample(name, html_bytes, rep, truth):
    SAMPLES.append((name, html_bytes, rep, truth))


def notes_from(rep, what):
    s = what
    if rep.breaks:
        s += ' Broken or odd cells, kept as printed: ' + '; '.join(rep.breaks) + '.'
    return s


def make_portal():
    """(a) and (b): one report, as a UTF-8 portal page and in GBK."""
    org, year = '青崖县交通运输局', 2023
    title = '%s%d年政府信息公开工作年度报告' % (org, year)
    rep = Report(20231, '2021')
    # empty and dash cells
    rep.active['regulations'][1] = ''
    rep.active['enforcement'] = '—'
    rep.set_req('denied_state_secret', 'research', '', 'requests denied_state_secret/research empty (null)')
    rep.set_req('other_unpaid_fee', 'other_org', '/', 'requests other_unpaid_fee/other_org a slash (null)')
    rep.set_req('unprocessed_excessive', 'legal_services', '-', 'requests unprocessed_excessive/legal_services a hyphen (null)')
    # broken sums
    rep.bump_req('granted', 'total', 10, 'requests granted/total 10 more than the six applicant columns')
    rep.bump_req('new_received', 'commercial', 3, 'requests new_received/commercial 3 too high (balance fails in column commercial, and new_received row total)')
    rep.appeals[9] += 2  # litigation_direct total
    rep.breaks.append('appeals litigation_direct total 2 more than its parts')
    meta = dict(date='2024-01-26', site='青崖县人民政府', place='青崖', index='11451000QY/2024-00031',
                publisher='青崖县交通运输局', docno='青交〔2024〕5号', siteid='4510000012',
                icp='桂ICP备10003123号-1', ga='桂公网安备 45100002000123号')
    cells = Cells()
    tables = (active_table(rep, cells), requests_table(rep, cells), appeals_table(rep, cells))
    date_cn = '2024年1月26日'
    truth = dict(layout='2021', organisation=org, year=year, title=title,
                 publication_date='2024-01-26', index_number=meta['index'],
                 document_number=meta['docno'])
    page = portal_page(org, year, title, rep, tables, meta, '<meta charset="utf-8">', date_cn)
    t = dict(truth, notes=notes_from(rep, 'UTF-8 portal page: navigation, breadcrumb, header '
             'block (索引号/发布机构/文号/发布日期/有效性), footer with 备案号; the national '
             'template tables with rowspan/colspan.'))
    sample('portal_utf8', page.encode('utf-8'), rep, t)

    extra = '信息公开工作由办公室王堃、朱镕负责。'
    page = portal_page(org, year, title, rep, tables, meta,
                       '<meta charset="gb2312">',
                       date_cn, extra)
    t = dict(truth, notes=notes_from(rep, 'The portal_utf8 report encoded in GBK, labelled '
             'charset=gb2312 (the usual mislabel): the overview holds 堃 and 镕, GBK-only '
             'characters not in GB2312.'))
    sample('portal_gbk', page.encode('gbk'), rep, t)

    page = portal_page(org, year, title, rep, tables, meta, None, date_cn, extra)
    t = dict(truth, notes=notes_from(rep, 'The portal_gbk page with no charset label at all '
             '(no <meta> charset, no BOM): GBK must be recognised from the bytes.'))
    sample('portal_gbk_nolabel', page.encode('gbk'), rep, t)

    page = portal_page(org, year, title, rep, tables, meta,
                       '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
                       date_cn, extra)
    t = dict(truth, notes=notes_from(rep, 'The portal_gbk page labelled charset=iso-8859-1 '
             '(a template default seen on CMS pages): the label is wrong, the bytes are GBK.'))
    sample('portal_gbk_latin1_label', page.encode('gbk'), rep, t)

    page = portal_page(org, year, title, rep, tables, meta, '<meta charset="utf-8">', date_cn)
    page = page.replace('</li></ul></div></div>\n', '</li></ul></div>\n', 1)
    t = dict(truth, notes=notes_from(rep, 'The portal_utf8 page with the site header\'s '
             'closing </div> missing: the header block (class "header", page furniture) '
             'wraps the whole report, as a browser also parses it.'))
    sample('portal_unclosed_header', page.encode('utf-8'), rep, t)


def make_pipes():
    """(c) tables flattened into |-separated lines inside <p> elements."""
    org, year = '石门市自然资源和规划局', 2024
    title = '%s%d年政府信息公开工作年度报告' % (org, year)
    rep = Report(20242, '2021')
    rep.active['licensing'] = '—'
    rep.set_req('unavailable_unclear', 'social_welfare', '/', 'requests unavailable_unclear/social_welfare a slash (null)')
    rep.set_req('denied_query', 'other_org', '无', 'requests denied_query/other_org 无 (null)')
    rep.bump_req('results_total', 'legal_services', 5, 'requests results_total/legal_services 5 more than the result rows (results-total rule fails in legal_services, and results_total row total)')
    rep.appeals[4] -= 1
    rep.breaks.append('appeals review total 1 less than its parts')
    act, req, ap = pipe_lines(rep)
    p = lambda s: '<p>%s</p>' % escape(s)
    tables = ('\n'.join(p(x) for x in act), '\n'.join(p(x) for x in req),
              '\n'.join(p(x) for x in ap))
    body = report_body(org, year, title, rep, tables, '2025年1月18日', heading='p')
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body><div class="main">\n%s\n</div>\n'
            '<div class="footer"><p>版权所有：石门市人民政府 备案号：湘ICP备05011234号</p></div>\n'
            '</body></html>\n' % (escape(title), body))
    truth = dict(layout='2021', organisation=org, year=year, title=title,
                 publication_date='2025-01-18',
                 notes=notes_from(rep, 'The three tables flattened to |-separated lines, one '
                                  '<p> each (like seeds 001/002): padding pipes, wrapped '
                                  'part 四 headers cut to their first line (结果 / 其他 / 尚未); '
                                  'headings are plain <p>. Date only under the signature.'))
    sample('pipe_paragraphs', page.encode('utf-8'), rep, truth)


def make_spans():
    """(d) numbers split over inline tags, &nbsp;-only cells."""
    org, year = '河湾区市场监督管理局', 2023
    title = '%s%d年政府信息公开工作年度报告' % (org, year)
    rep = Report(20233, '2021')
    rep.active['fee'] = '0.50'
    rep.active['regulations'][0] = None
    rep.set_req('carried_over', 'research', None, 'requests carried_over/research a &nbsp;-only cell (null)')
    rep.set_req('denied_process_info', 'natural_person', None, 'requests denied_process_info/natural_person a &nbsp;-only cell (null)')
    rep.set_req('unprocessed_duplicate', 'commercial', '１２', 'requests unprocessed_duplicate/commercial printed in full-width digits １２')
    rep.bump_req('carried_forward', 'other_org', 7, 'requests carried_forward/other_org 7 too high (balance fails in other_org, and carried_forward row total)')
    rep.appeals[12] = None
    rep.breaks.append('appeals litigation_after_review other a &nbsp;-only cell (null)')
    cells = Cells(split=True, nbsp_empty=True, wrap_p=True)
    tables = (active_table(rep, cells), requests_table(rep, cells), appeals_table(rep, cells))
    body = report_body(org, year, title, rep, tables, '2024年1月29日')
    # the year of the title and headings split over spans as Word's HTML does
    body = body.replace('<h1 class="title">%s</h1>' % title,
                        '<h1 class="title"><span>%s</span><span>20</span><span>23</span>'
                        '<span>年政府信息公开工作年度报告</span></h1>' % org)
    body = body.replace('<h3>一、总体情况</h3>',
                        '<h3><span>一、</span><span>总体</span><span>情况</span></h3>')
    page = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><title>%s</title></head>\n'
            '<body><div class="TRS_Editor">\n%s\n</div></body></html>\n'
            % (escape(title), body))
    truth = dict(layout='2021', organisation=org, year=year, title=title,
                 publication_date='2024-01-29',
                 notes=notes_from(rep, 'Word-style cells: every number split over two '
                                  '<span>s inside a <p> (12<span>3</span>), empty cells '
                                  'holding only &nbsp;; the title and a heading split over '
                                  'spans; fee 0.50 (decimals kept).'))
    sample('split_spans', page.encode('utf-8'), rep, truth)


def make_2019():
    """(e) the 2019 trial layout: （六）其他处理 a single row."""
    org, year = '北岭镇人民政府', 2023
    title = '%s%d年政府信息公开工作年度报告' % (org, year)
    rep = Report(20194, '2019')
    rep.active['normative_documents'][1] = '/'
    rep.set_req('other_processing', 'legal_services', '', 'requests other_processing/legal_services empty (null)')
    rep.bump_req('other_processing', 'total', -4, 'requests other_processing/total 4 less than its row (row total would fail, but its legal_services cell is empty)')
    rep.appeals[14] = '—'
    rep.breaks.append('appeals litigation_after_review total a dash (null)')
    cells = Cells()
    tables = (active_table(rep, cells), requests_table(rep, cells), appeals_table(rep, cells))
    meta = dict(date='2024-01-15', site='北岭县人民政府', place='北岭', index='BL-0012/2024-00007',
                publisher='北岭镇人民政府', docno='', siteid='1301000045',
                icp='冀ICP备12001234号', ga='冀公网安备 13010002000045号')
    page = portal_page(org, year, title, rep, tables, meta, '<meta charset="utf-8">',
                       '2024年1月15日')
    truth = dict(layout='2019', organisation=org, year=year, title=title,
                 publication_date='2024-01-15', index_number=meta['index'],
                 document_number=None,
                 notes=notes_from(rep, '2019 trial layout: （六）其他处理 is one row (values '
                                  'under other_processing; the three 2021 rows are no keys of that layout; table 二 is the 2021 one, report layout mixed); '
                                  'portal page with an empty 文号.'))
    sample('portal_2019', page.encode('utf-8'), rep, truth)


def make_2020():
    """(f) a report on 2020 in the 2019 format throughout, as a GB2312-labelled
    portal page, and its tables as |-separated text."""
    org, year = '白沙县农业农村局', 2020
    title = '%s%d年政府信息公开工作年度报告' % (org, year)
    rep = Report(20200, '2019')
    rep.amount_unit = '万元'
    rep.active19 = {
        ('regulations', 'new_made'): '/', ('regulations', 'new_published'): '',
        ('regulations', 'published_total'): '6',
        ('normative_documents', 'new_made'): '１５', ('normative_documents', 'new_published'): '14',
        ('normative_documents', 'published_total'): '203',
        ('licensing', 'items_last_year'): '87个', ('licensing', 'change'): '减少2个',
        ('licensing', 'decisions'): '1,436',
        ('other_services', 'items_last_year'): '19', ('other_services', 'change'): '－1',
        ('other_services', 'decisions'): '352',
        ('punishment', 'items_last_year'): '409', ('punishment', 'change'): '+5',
        ('punishment', 'decisions'): '77',
        ('enforcement', 'items_last_year'): '33', ('enforcement', 'change'): '',
        ('enforcement', 'decisions'): '8',
        ('fees', 'items_last_year'): '4', ('fees', 'change'): '0',
        ('procurement', 'projects'): '11', ('procurement', 'amount_10k_yuan'): '864000元',
    }
    rep.breaks.append('active regulations new_made a slash and new_published empty (null); '
                      'procurement amount printed 864000元 under a header saying 万元 (86.4, with a warning)')
    rep.set_req('denied_process_info', 'research', '', 'requests denied_process_info/research empty (null)')
    rep.bump_req('carried_forward', 'other_org', 3, 'requests carried_forward/other_org 3 too high (balance fails in other_org, and the carried_forward row total)')
    cells = Cells()
    tables = (active_table_2019(rep, cells), requests_table(rep, cells), appeals_table(rep, cells))
    meta = dict(date='2021-01-28', site='白沙县人民政府', place='白沙', index='BS-0407/2021-00013',
                publisher='白沙县农业农村局', docno='', siteid='4690000021',
                icp='琼ICP备10002345号', ga='琼公网安备 46902502000021号')
    page = portal_page(org, year, title, rep, tables, meta,
                       '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                       '2021年1月28日')
    what = ('A report on 2020 in the 2019 format throughout, a portal page in GBK labelled '
            'gb2312: table 二 in blocks under 第二十条第（一）（五）（六）（八）（九）项 with their own '
            'headers, 采购总金额（万元）; table 三 with （六）其他处理 one row. Units (87个), signed '
            'changes (减少2个, full-width －1, +5, 0), grouping (1,436), full-width digits (１５).')
    truth = dict(layout='2019', organisation=org, year=year, title=title,
                 publication_date=meta['date'], index_number=meta['index'],
                 document_number=None, notes=notes_from(rep, what))
    sample('portal_2020', page.encode('gbk'), rep, truth)
    # the same tables as the text of a web page: |-separated rows
    act = []
    for title_, head, items in format2019.BLOCKS:
        act.append('%s | | | |' % title_.replace('（', '(').replace('）', ')'))
        heads = [t + ('(万元)' if t == '采购总金额' else '') for t, _ in head]
        act.append(' | '.join(heads) + ' |')
        for lab, key in items:
            act.append(' | '.join([lab] + [rep.active19[key, c] for c in dict(format2019.KEYS)[key]]) + ' |')
    _, req, ap = pipe_lines(rep)
    text = '\n'.join([title, '', '二、主动公开政府信息情况'] + act +
                     ['', '三、收到和处理政府信息公开申请情况'] + req +
                     ['', '四、政府信息公开行政复议、行政诉讼情况'] + ap +
                     ['', '五、存在的主要问题及改进情况', '一是公开内容的深度还需拓展。',
                      '六、其他需要报告的事项', '无。', '', org, '2021年1月28日', ''])
    name = 'portal_2020_pipes'
    with open(os.path.join(TEXT, name + '.txt'), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    write_csv(os.path.join(TEXT, name + '.expected.csv'), rep.active, rep.requests_for_csv(),
              rep.appeals, rep.layout, rep.active19, rep.amount_unit)
    truth = dict(truth, notes=notes_from(rep, 'The tables of portal_2020.html as |-separated '
                                         'text lines (web page text), blank cells kept between '
                                         'their pipes. ' + what))
    truth.pop('index_number')
    truth.pop('document_number')
    truth['checks_failing'], truth['checks_skipped'] = expected_checks(
        rep.requests_for_csv(), rep.appeals, rep.layout)
    with open(os.path.join(TEXT, name + '.truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')


def make_word():
    """Word's "Save as Web Page": MsoNormal paragraphs, <o:p>, lang spans,
    a WordSection div and the supportMisalignedColumns row; the requests
    table cut in two before （四）无法提供 by a page break."""
    org, year = '东篱县卫生健康局', 2024
    title = '%s%d年政府信息公开工作年度报告' % (org, year)
    rep = Report(20245, '2021')
    rep.active['regulations'] = ['', '', '']
    rep.set_req('unavailable_needs_creation', 'commercial', '', 'requests unavailable_needs_creation/commercial empty (null)')
    rep.bump_req('unprocessed_petition', 'research', 4, 'requests unprocessed_petition/research 4 more than printed before (results-total rule fails in research; row total fails)')
    cells = Cells(word=True)
    misaligned = ("<![if !supportMisalignedColumns]><tr height=0>" +
                  "<td width=40 style='border:none'></td>" * 10 + "</tr><![endif]>")
    tables = (active_table(rep, cells),
              requests_table(rep, cells, split_at='unavailable_not_held')
              .replace('</table>', misaligned + '</table>'),
              appeals_table(rep, cells))
    tables = tuple("<div class=WordSection1>%s</div>" % t.replace(
        '<table border="1" cellspacing="0" cellpadding="4"',
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
        "style='border-collapse:collapse;mso-table-layout-alt:fixed'").replace(
        '<table border="1" cellspacing="0" cellpadding="4" class="MsoNormalTable"',
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0")
        for t in tables)
    body = report_body(org, year, title, rep, tables, '2025年1月22日', heading='p',
                       para_attr=" class=MsoNormal style='text-indent:32.0pt'")
    page = ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
            '<title>%s</title>\n<!--[if gte mso 9]><xml><o:DocumentProperties>'
            '<o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->\n'
            '<style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style>\n</head>\n'
            '<body lang=ZH-CN style=\'text-justify-trim:punctuation\'>\n%s\n</body>\n</html>\n'
            % (escape(title), body))
    truth = dict(layout='2021', organisation=org, year=year, title=title,
                 publication_date='2025-01-22',
                 notes=notes_from(rep, 'Word "Save as Web Page" HTML: MsoNormal cell '
                                  'paragraphs with <o:p>, lang spans, &nbsp; in empty '
                                  'cells, supportMisalignedColumns rows, headings as '
                                  'plain paragraphs; the requests table is cut in two '
                                  'tables before （四）无法提供 (no header rows in the '
                                  'second, an empty cell in the 三、本年度办理结果 column); '
                                  'the three 规章 cells are empty.'))
    sample('word_split_table', page.encode('utf-8'), rep, truth)


def write_sample(name, data, rep, truth):
    with open(os.path.join(OUT, name + '.html'), 'wb') as f:
        f.write(data)
    write_csv(os.path.join(OUT, name + '.expected.csv'), rep.active,
              rep.requests_for_csv(), rep.appeals, rep.layout, rep.active19, rep.amount_unit)
    truth = dict(truth)
    truth['checks_failing'], truth['checks_skipped'] = expected_checks(
        rep.requests_for_csv(), rep.appeals, rep.layout)
    with open(os.path.join(OUT, name + '.truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')


# ---------------------------------------------------------------------------
# seed-shaped text samples: a real seed's text with its 0 cells replaced by
# distinctive values (the seeds print 0 almost everywhere, so they cannot
# show a value landing in the wrong column)

TEXT = os.path.join(ROOT, 'corpus', 'text')


def flat_values(rep, skip_licensing=False):
    """The printed values in the order the seeds print their cells."""
    a = rep.active
    out = list(a['regulations']) + list(a['normative_documents'])
    if not skip_licensing:
        out.append(a['licensing'])
    out += [a['punishment'], a['enforcement'], a['fee']]
    for row in REQ_ROWS:
        out += rep.requests[row]
    return out + list(rep.appeals)


def refill(text, form, values):
    """Replace, in order, every cell of TEXT that is exactly 0 by the next
    value.  form: 'tab' (tab-separated rows), 'pipe' (|-separated rows) or
    'line' (one tab-led cell a line)."""
    vals = iter(values)
    used = 0
    out = []
    for line in text.split('\n'):
        if form == 'line':
            if line == '\t0':
                line = '\t' + str(next(vals))
                used += 1
        else:
            sep = '\t' if form == 'tab' else '|'
            cells = line.split(sep)
            if len(cells) > 1:
                for i, c in enumerate(cells):
                    if c.strip() == '0':
                        cells[i] = c.replace('0', str(next(vals)))
                        used += 1
                line = sep.join(cells)
        out.append(line)
    assert used == len(values), (used, len(values))
    return '\n'.join(out)


def make_text_variants():
    specs = [
        ('seedlike000', 'line', 30000, False,
         'seedlike000 (pandoc plain text of a DOCX, one cell a line) with its 200 zero '
         'cells replaced by distinctive values in source order.'),
        ('seedlike001', 'pipe', 30001, False,
         'seedlike001 (web page text, |-separated rows, part 四 headers cut short) with '
         'its 200 zero cells replaced by distinctive values in source order.'),
        ('seedlike003', 'tab', 30003, True,
         'seedlike003 (pdftotext, tab-separated, ragged rows after a page break, 行政许可 '
         'empty) with its 199 zero cells replaced by distinctive values in source '
         'order; 行政许可 stays empty (null); the 0 inside the garbled fee header '
         '本年收费金额（单位：0 万元） is header text, not a cell, and stays.'),
    ]
    for seed, form, rnd, skip_lic, what in specs:
        rep = Report(rnd, '2021')
        rep.bump_req('denied_third_party', 'total', 1,
                     'requests denied_third_party/total 1 more than its row')
        rep.bump_req('carried_over', 'natural_person', 2,
                     'requests carried_over/natural_person 2 too high (balance fails in '
                     'natural_person, and the carried_over row total)')
        rep.appeals[5 + 4] += 3
        rep.breaks.append('appeals litigation_direct total 3 more than its parts')
        if skip_lic:
            rep.active['licensing'] = None
        with open(os.path.join(TEXT, seed + '.txt'), encoding='utf-8') as f:
            src = f.read()
        text = refill(src, form, flat_values(rep, skip_lic))
        name = seed + '_values'
        with open(os.path.join(TEXT, name + '.txt'), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        write_csv(os.path.join(TEXT, name + '.expected.csv'), rep.active,
                  rep.requests_for_csv(), rep.appeals, '2021')
        with open(os.path.join(TEXT, seed + '.truth.json'), encoding='utf-8') as f:
            truth = json.load(f)
        truth.pop('notes', None)
        truth.pop('source', None)
        truth['notes'] = notes_from(rep, what + ' The narrative text is unchanged '
                                    '(it still speaks of no requests).')
        truth['checks_failing'], truth['checks_skipped'] = expected_checks(
            rep.requests_for_csv(), rep.appeals, '2021')
        with open(os.path.join(TEXT, name + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write('\n')
        if seed == 'seedlike003':
            # the same text as a Windows tool saves it: GBK, CRLF line ends
            gname = name + '_gbk_crlf'
            with open(os.path.join(TEXT, gname + '.txt'), 'wb') as f:
                f.write(text.replace('\n', '\r\n').encode('gbk'))
            shutil.copyfile(os.path.join(TEXT, name + '.expected.csv'),
                            os.path.join(TEXT, gname + '.expected.csv'))
            truth['notes'] = 'seedlike003_values encoded in GBK with CRLF line ends (no BOM). ' + truth['notes']
            with open(os.path.join(TEXT, gname + '.truth.json'), 'w', encoding='utf-8') as f:
                json.dump(truth, f, ensure_ascii=False, indent=2)
                f.write('\n')


# content sniffing: (copy from, copy to, truth note)
SNIFFS = [
    ('corpus/html/split_spans.html', 'html_named_txt.txt',
     'corpus/html/split_spans', 'An HTML page (split_spans.html) saved with a .txt name.'),
    ('corpus/docx/broken_sums.docx', 'docx_named_doc.doc',
     'corpus/docx/broken_sums', 'A DOCX (broken_sums.docx) saved with a .doc name.'),
    ('corpus/text/seedlike002.txt', 'text_no_extension',
     'corpus/text/seedlike002', 'A text report (seedlike002.txt) with no extension.'),
]


def make_sniff():
    os.makedirs(SNIFF, exist_ok=True)
    for src, dst, orig, note in SNIFFS:
        shutil.copyfile(os.path.join(ROOT, src), os.path.join(SNIFF, dst))
        base = dst.rsplit('.', 1)[0] if '.' in dst else dst
        shutil.copyfile(os.path.join(ROOT, orig + '.expected.csv'),
                        os.path.join(SNIFF, base + '.expected.csv'))
        with open(os.path.join(ROOT, orig + '.truth.json'), encoding='utf-8') as f:
            truth = json.load(f)
        truth['notes'] = note + ' ' + truth.get('notes', '')
        truth['copied_from'] = src
        with open(os.path.join(SNIFF, base + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write('\n')


def main():
    os.makedirs(OUT, exist_ok=True)
    make_portal()
    make_pipes()
    make_spans()
    make_2019()
    make_2020()
    make_word()
    for s in SAMPLES:
        write_sample(*s)
    make_text_variants()
    make_sniff()


if __name__ == '__main__':
    main()
