#!/usr/bin/env python3
"""Generate the DOCX test corpus of xxgk (corpus/docx/, corpus/bad/).

Standard library only, deterministic: the same bytes on every run (fixed
zip timestamps, sorted entries, seeded random values).

Every sample NAME gets
  corpus/docx/NAME.docx           the document (parts from tools/gen_template.py,
                                  word/document.xml generated here)
  corpus/docx/NAME.expected.csv   the truth, as `xxgk -f csv` must print it
  corpus/docx/NAME.truth.json     layout, metadata and what the sample exercises

It also writes the HTML sources of the LibreOffice samples to tools/lo_src/
(with their truth files in corpus/docx/lo_*.{expected.csv,truth.json});
tools/make_lo_docx.sh turns those sources into corpus/docx/lo_*.docx.

Usage: python3 tools/gen_docx_corpus.py [REPO_ROOT]
"""

import json
import os
import random
import re
import sys
from xml.sax.saxutils import escape

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
TEMPLATE = os.path.join(ROOT, 'tools', 'template.docx')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_template  # noqa: E402  (tools/gen_template.py: the blank template, ours)
import format2019  # noqa: E402  (tools/format2019.py: the 2019 table 二)
OUT = os.path.join(ROOT, 'corpus', 'docx')
BAD = os.path.join(ROOT, 'corpus', 'bad')
LO_SRC = os.path.join(ROOT, 'tools', 'lo_src')


# ---------------------------------------------------------------------------
# schema

ACTIVE = [('regulations', ['issued', 'repealed', 'in_force']),
          ('normative_documents', ['issued', 'repealed', 'in_force']),
          ('licensing', ['decisions']),
          ('punishment', ['decisions']),
          ('enforcement', ['decisions']),
          ('fees', ['amount_10k_yuan'])]

REQ_COLS = ['natural_person', 'commercial', 'research', 'social_welfare',
            'legal_services', 'other_org', 'total']
APPLICANTS = REQ_COLS[:6]

# (key, group label, item label); group None = row label spans the group columns
REQ_ROWS_2021 = [
    ('new_received', None, '一、本年新收政府信息公开申请数量'),
    ('carried_over', None, '二、上年结转政府信息公开申请数量'),
    ('granted', '（一）予以公开', None),
    ('partially_granted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', None),
    ('denied_state_secret', '（三）不予公开', '1.属于国家秘密'),
    ('denied_prohibited_by_law', '（三）不予公开', '2.其他法律行政法规禁止公开'),
    ('denied_three_securities', '（三）不予公开', '3.危及“三安全一稳定”'),
    ('denied_third_party', '（三）不予公开', '4.保护第三方合法权益'),
    ('denied_internal_affairs', '（三）不予公开', '5.属于三类内部事务信息'),
    ('denied_process_info', '（三）不予公开', '6.属于四类过程性信息'),
    ('denied_enforcement_file', '（三）不予公开', '7.属于行政执法案卷'),
    ('denied_query', '（三）不予公开', '8.属于行政查询事项'),
    ('unavailable_not_held', '（四）无法提供', '1.本机关不掌握相关政府信息'),
    ('unavailable_needs_creation', '（四）无法提供', '2.没有现成信息需要另行制作'),
    ('unavailable_unclear', '（四）无法提供', '3.补正后申请内容仍不明确'),
    ('unprocessed_petition', '（五）不予处理', '1.信访举报投诉类申请'),
    ('unprocessed_duplicate', '（五）不予处理', '2.重复申请'),
    ('unprocessed_publication', '（五）不予处理', '3.要求提供公开出版物'),
    ('unprocessed_excessive', '（五）不予处理', '4.无正当理由大量反复申请'),
    ('unprocessed_confirmation', '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'),
    ('other_overdue_correction', '（六）其他处理',
     '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('other_unpaid_fee', '（六）其他处理',
     '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('other_other', '（六）其他处理', '3.其他'),
    ('results_total', '（七）总计', None),
    ('carried_forward', None, '四、结转下年度继续办理'),
]
OTHER3 = ['other_overdue_correction', 'other_unpaid_fee', 'other_other']


def req_rows(layout):
    """Rows as they appear in the table for the given layout."""
    if layout == '2021':
        return list(REQ_ROWS_2021)
    rows = [r for r in REQ_ROWS_2021 if r[0] not in OTHER3]
    i = [r[0] for r in rows].index('results_total')
    rows.insert(i, ('other_processing', '（六）其他处理', None))
    return rows


def result_keys(layout):
    keys = [r[0] for r in req_rows(layout)]
    return keys[keys.index('granted'):keys.index('results_total')]


def csv_req_rows(layout):
    """The keys xxgk prints: those of the layout (no 2021 items in 2019)."""
    return [r[0] for r in req_rows(layout)]


APPEAL_ROWS = ['review', 'litigation_direct', 'litigation_after_review']
APPEAL_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']

HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
            '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
            '六、其他需要报告的事项']

# ---------------------------------------------------------------------------
# values


class Values:
    """Truth values and how each is printed.

    val[(table,row,col)] = CSV value ('' = null)
    disp[(table,row,col)] = printed form: str (one run), list of str (one
    run each), or ('xml', paragraph inner xml)."""

    def __init__(self, layout):
        self.layout = layout
        self.active_layout = '2021'     # '2019': table 二 of the 2019 format
        self.val = {}
        self.disp = {}

    def set(self, key, value, disp=None):
        self.val[key] = value
        self.disp[key] = value if disp is None else disp

    def show(self, key, disp):
        self.disp[key] = disp

    def get(self, t, r, c):
        return self.val.get((t, r, c), '')

    def csv(self):
        lines = ['table,row,col,value']
        for r, cols in (format2019.KEYS if self.active_layout == '2019' else ACTIVE):
            for c in cols:
                lines.append('active,%s,%s,%s' % (r, c, self.get('active', r, c)))
        for r in csv_req_rows(self.layout):
            for c in REQ_COLS:
                lines.append('requests,%s,%s,%s' % (r, c, self.get('requests', r, c)))
        for r in APPEAL_ROWS:
            for c in APPEAL_COLS:
                lines.append('appeals,%s,%s,%s' % (r, c, self.get('appeals', r, c)))
        return ''.join(l + '\r\n' for l in lines)


def resum(v):
    """Recompute the derived cells (results_total, new_received, row totals,
    appeals totals) after cells were changed; nulls count as 0 and stay null.
    A custom printed form is kept only where the value does not change."""
    def upd(key, value):
        if v.val.get(key, '') == '':
            return
        if v.val[key] != value:
            v.set(key, value)
    res = result_keys(v.layout)
    for c in APPLICANTS:
        tot = sum(num(v.get('requests', r, c)) for r in res)
        upd(('requests', 'results_total', c), str(tot))
        new = tot + num(v.get('requests', 'carried_forward', c)) - num(v.get('requests', 'carried_over', c))
        upd(('requests', 'new_received', c), str(new))
    for r in [x[0] for x in req_rows(v.layout)]:
        upd(('requests', r, 'total'), str(sum(num(v.get('requests', r, c)) for c in APPLICANTS)))
    for r in APPEAL_ROWS:
        upd(('appeals', r, 'total'), str(sum(num(v.get('appeals', r, c)) for c in APPEAL_COLS[:4])))


def num(v):
    if v in ('', None):
        return 0
    return int(v)


def make_values(seed, layout='2021', fee='7730.28', nulls=None, lo=10, hi=2000):
    """Distinct non-zero values, consistent sums (nulls count as 0).

    nulls: {(table,row,col): printed form} for cells that are null."""
    rng = random.Random(seed)
    nulls = nulls or {}
    pool = rng.sample(range(lo, hi), 260)
    it = iter(pool)
    v = Values(layout)

    def put(key, value):
        if key in nulls:
            v.set(key, '', nulls[key])
        else:
            v.set(key, str(value))

    for r, cols in ACTIVE:
        for c in cols:
            if r == 'fees':
                put(('active', r, c), fee)
            else:
                put(('active', r, c), next(it))
    res = result_keys(layout)
    for c in APPLICANTS:
        for r in res:
            put(('requests', r, c), next(it))
        total = sum(num(v.get('requests', r, c)) for r in res)
        v.set(('requests', 'results_total', c), str(total))
        fwd = next(it)
        put(('requests', 'carried_forward', c), fwd)
        over = rng.randrange(1, max(2, total // 3))
        put(('requests', 'carried_over', c), over)
        new = total + num(v.get('requests', 'carried_forward', c)) - num(v.get('requests', 'carried_over', c))
        put(('requests', 'new_received', c), new)
    for r in [x[0] for x in req_rows(layout)]:
        key = ('requests', r, 'total')
        if key in nulls:
            v.set(key, '', nulls[key])
        else:
            v.set(key, str(sum(num(v.get('requests', r, c)) for c in APPLICANTS)))
    for r in APPEAL_ROWS:
        parts = [rng.randrange(1, 400) for _ in range(4)]
        for c, p in zip(APPEAL_COLS, parts):
            put(('appeals', r, c), p)
        put(('appeals', r, 'total'), sum(num(v.get('appeals', r, c)) for c in APPEAL_COLS[:4]))
    return v


# ---------------------------------------------------------------------------
# WordprocessingML building blocks

RPR = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" '
       'w:cs="宋体"/><w:kern w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
       '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar"/></w:rPr>')
RPR_BODY = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" '
            'w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')
RPR_HEAD = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" '
            'w:cs="黑体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')
RPR_TITLE = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" '
             'w:eastAsia="方正小标宋简体"/><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>')

BORDERS = ('<w:tcBorders><w:top w:val="single" w:color="auto" w:sz="8" w:space="0"/>'
           '<w:left w:val="single" w:color="auto" w:sz="8" w:space="0"/>'
           '<w:bottom w:val="single" w:color="auto" w:sz="8" w:space="0"/>'
           '<w:right w:val="single" w:color="auto" w:sz="8" w:space="0"/></w:tcBorders>')


def t(text):
    sp = ' xml:space="preserve"' if (text != text.strip() or '  ' in text) else ''
    return '<w:t%s>%s</w:t>' % (sp, escape(text))


def run(text, rpr=RPR):
    return '<w:r>%s%s</w:r>' % (rpr, t(text))


def para(inner, jc='center', rpr_mark=''):
    ppr = '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += rpr_mark + '</w:pPr>'
    return '<w:p>%s%s</w:p>' % (ppr, inner)


def tpara(text, jc='center'):
    """Cell paragraph with one run of text (or none for '')."""
    return para(run(text) if text else '', jc)


def body_p(text, style='body'):
    if style == 'title':
        return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
                + run(text, RPR_TITLE) + '</w:p>')
    if style == 'head':
        return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>'
                + run(text, RPR_HEAD) + '</w:p>')
    if style == 'right':
        return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="right"/></w:pPr>'
                + run(text, RPR_BODY) + '</w:p>')
    if style == 'center':
        return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
                + run(text, RPR_BODY) + '</w:p>')
    if style == 'empty':
        return '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:p>'
    return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>'
            + run(text, RPR_BODY) + '</w:p>')


class Cell:
    def __init__(self, paras, span=1, vm=None, raw=None):
        self.paras = paras          # list of paragraph xml strings
        self.span = span
        self.vm = vm                # None, 'restart', 'continue', 'bare'
        self.raw = raw              # full <w:tc> override (rarely)
        self.wrap = None            # 'sdt' to wrap the cell in a content control
        self.tcpr_extra = ''


class Row:
    def __init__(self, cells, trpr=''):
        self.cells = cells
        self.trpr = trpr
        self.wrap = None            # 'sdt'
        self.grid_before = 0
        self.grid_after = 0


SDT_ID = [100]


def sdt(content, alias):
    SDT_ID[0] += 1
    return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
            '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (alias, alias, SDT_ID[0], content))


def cell_xml(c, width):
    if c.raw is not None:
        return c.raw
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if c.span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % c.span
    if c.vm == 'restart':
        pr += '<w:vMerge w:val="restart"/>'
    elif c.vm == 'continue':
        pr += '<w:vMerge w:val="continue"/>'
    elif c.vm == 'bare':
        pr += '<w:vMerge/>'
    pr += BORDERS + '<w:vAlign w:val="center"/>' + c.tcpr_extra
    paras = c.paras or [para('')]
    x = '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(paras))
    if c.wrap == 'sdt':
        x = sdt(x, '单元格')
    return x


def table_xml(rows, grid, tblpr_extra=''):
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/>'
           '<w:right w:w="57" w:type="dxa"/></w:tblCellMar>%s</w:tblPr><w:tblGrid>' % (sum(grid), tblpr_extra)]
    out += ['<w:gridCol w:w="%d"/>' % g for g in grid]
    out.append('</w:tblGrid>')
    for r in rows:
        pos = r.grid_before
        trpr = ''
        if r.grid_before:
            trpr += '<w:gridBefore w:val="%d"/><w:wBefore w:w="%d" w:type="dxa"/>' % (
                r.grid_before, sum(grid[:r.grid_before]))
        if r.grid_after:
            trpr += '<w:gridAfter w:val="%d"/><w:wAfter w:w="%d" w:type="dxa"/>' % (
                r.grid_after, sum(grid[len(grid) - r.grid_after:]))
        trpr += '<w:jc w:val="center"/>' + r.trpr
        cells = []
        for c in r.cells:
            w = sum(grid[pos:pos + c.span])
            pos += c.span
            cells.append(cell_xml(c, w))
        x = '<w:tr><w:trPr>%s</w:trPr>%s</w:tr>' % (trpr, ''.join(cells))
        if r.wrap == 'sdt':
            x = sdt(x, '行')
        elif r.wrap == 'customXml':
            x = '<w:customXml w:uri="urn:xxgk-test" w:element="row">%s</w:customXml>' % x
        out.append(x)
    out.append('</w:tbl>')
    return ''.join(out)


def value_paras(v, key, jc='center'):
    d = v.disp.get(key, '')
    if isinstance(d, tuple) and d[0] == 'xml':
        return [para(d[1], jc)]
    if isinstance(d, tuple) and d[0] == 'xml2':
        return list(d[1])
    if isinstance(d, list):
        return [para(''.join(run(x) for x in d), jc)]
    return [tpara(d, jc)]


def L(text):
    """Label cell paragraphs: a str, or a list of str (one w:p each)."""
    if isinstance(text, list):
        return [tpara(x) for x in text]
    return [tpara(text)]


# ---------------------------------------------------------------------------
# the three tables (canonical structure of the national template)

ACTIVE_GRID = [2435, 2435, 2435, 2435]
REQ_GRID = [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685]
APPEAL_GRID = [649] * 7 + [650] * 8

ACTIVE_SECTIONS = [
    ('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
     [('规章', 'regulations'), ('行政规范性文件', 'normative_documents')]),
    ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [('行政许可', 'licensing')]),
    ('第二十条第（六）项', ['信息内容', '本年处理决定数量'],
     [('行政处罚', 'punishment'), ('行政强制', 'enforcement')]),
    ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [('行政事业性收费', 'fees')]),
]


def active_sections(v, labels=None):
    """One list of rows per 第二十条 item."""
    labels = labels or {}
    secs = []
    for title, head, rows in ACTIVE_SECTIONS:
        out = [Row([Cell(L(labels.get(title, title)), span=4)])]
        if len(head) == 4:
            out.append(Row([Cell(L(labels.get(h, h))) for h in head]))
        else:
            out.append(Row([Cell(L(labels.get(head[0], head[0]))),
                            Cell(L(labels.get(head[1], head[1])), span=3)]))
        for lab, key in rows:
            cols = dict(ACTIVE)[key]
            cells = [Cell(L(labels.get(lab, lab)))]
            if len(cols) == 3:
                cells += [Cell(value_paras(v, ('active', key, c))) for c in cols]
            else:
                cells.append(Cell(value_paras(v, ('active', key, cols[0])), span=3))
            out.append(Row(cells))
        secs.append(out)
    return secs


REQ_HEAD = {
    'note': '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    'applicant': '申请人情况', 'natural': '自然人', 'legal': '法人或其他组织', 'total': '总计',
    'commercial': ['商业', '企业'], 'research': ['科研', '机构'], 'social': '社会公益组织',
    'lawfirm': '法律服务机构', 'other': '其他',
    'results': '三、本年度办理结果',
}


def requests_header(labels=None, cont='continue'):
    lb = dict(REQ_HEAD)
    lb.update(labels or {})
    return [
        Row([Cell(L(lb['note']), span=3, vm='restart'), Cell(L(lb['applicant']), span=7)]),
        Row([Cell([], span=3, vm=cont), Cell(L(lb['natural']), vm='restart'),
             Cell(L(lb['legal']), span=5), Cell(L(lb['total']), vm='restart')]),
        Row([Cell([], span=3, vm=cont), Cell([], vm=cont), Cell(L(lb['commercial'])),
             Cell(L(lb['research'])), Cell(L(lb['social'])), Cell(L(lb['lawfirm'])),
             Cell(L(lb['other'])), Cell([], vm=cont)]),
    ]


def requests_body(v, labels=None, cont='continue'):
    """Data rows of the requests table, template structure."""
    lb = dict(REQ_HEAD)
    lb.update(labels or {})
    rows = []
    prev_group = None
    first_result = True
    for key, group, item in req_rows(v.layout):
        vals = [Cell(value_paras(v, ('requests', key, c))) for c in REQ_COLS]
        if group is None:
            cells = [Cell(L(lb.get(key, item)), span=3)]
        else:
            c0 = Cell(L(lb['results']), vm='restart') if first_result else Cell([], vm=cont)
            first_result = False
            if item is None:
                cells = [c0, Cell(L(lb.get(key, group)), span=2)]
            elif group != prev_group:
                cells = [c0, Cell(L(lb.get(group, group)), vm='restart'), Cell(L(lb.get(key, item)))]
            else:
                cells = [c0, Cell([], vm=cont), Cell(L(lb.get(key, item)))]
        prev_group = group
        r = Row(cells + vals)
        r.key = key
        rows.append(r)
    return rows


APPEAL_HEAD = {'review': '行政复议', 'litigation': '行政诉讼', 'direct': '未经复议直接起诉',
               'after': '复议后起诉', 'upheld': '结果维持', 'corrected': '结果纠正',
               'other': '其他结果', 'pending': '尚未审结', 'total': '总计'}


def appeals_rows(v, labels=None, cont='continue'):
    lb = dict(APPEAL_HEAD)
    lb.update(labels or {})
    sub = [lb['upheld'], lb['corrected'], lb['other'], lb['pending'], lb['total']]
    r0 = Row([Cell(L(lb['review']), span=5), Cell(L(lb['litigation']), span=10)])
    r1 = Row([Cell(L(s), vm='restart') for s in sub] +
             [Cell(L(lb['direct']), span=5), Cell(L(lb['after']), span=5)])
    r2 = Row([Cell([], vm=cont) for _ in sub] + [Cell(L(s)) for s in sub] * 2)
    r3 = Row([Cell(value_paras(v, ('appeals', r, c))) for r in APPEAL_ROWS for c in APPEAL_COLS])
    return [r0, r1, r2, r3]


# ---------------------------------------------------------------------------
# report text

def part_texts(org, year):
    return {
        1: ['%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，'
            '围绕中心工作，不断加大政府信息公开力度，切实保障人民群众的知情权、参与权、表达权和监督权。' % (year, org),
            '（一）主动公开。全年通过门户网站主动公开政府信息，及时发布政策文件、工作动态、财政预决算等信息。',
            '（二）依申请公开。严格按照法定时限答复申请人，规范答复文书格式。',
            '（三）政府信息管理。落实公开前保密审查制度，动态调整主动公开基本目录。',
            '（四）平台建设。持续优化政府网站政府信息公开专栏，提升检索和浏览体验。',
            '（五）监督保障。将政务公开工作纳入年度考核，开展业务培训。'],
        2: ['本年度主动公开政府信息情况见下表。'],
        3: ['本年度收到和处理政府信息公开申请情况见下表。'],
        4: ['本年度因政府信息公开引起的行政复议、行政诉讼情况见下表。'],
        5: ['一是公开内容的全面性有待加强；二是政策解读形式较为单一。',
            '下一步，我们将进一步完善工作机制，丰富解读形式，提高公开质量。'],
        6: ['本年度未收取信息处理费。',
            '本机关无其他需要报告的事项。'],
    }


def cn_date(d):
    y, m, dd = d.split('-')
    return '%d年%d月%d日' % (int(y), int(m), int(dd))


def active_rows_2019(v):
    """The 2019 table 二: a block per 第二十条 item, each with its header."""
    rows = []
    for title, head, items in format2019.BLOCKS:
        rows.append(Row([Cell(L(title), span=4)]))
        rows.append(Row([Cell(L(text), span=span) for text, span in head]))
        for lab, key in items:
            cols = dict(format2019.KEYS)[key]
            cells = [Cell(L(lab))]
            for c, (_, span) in zip(cols, head[1:]):
                cells.append(Cell(value_paras(v, ('active', key, c)), span=span))
            rows.append(Row(cells))
    return rows


def tables_std(v, gap=1):
    """Standard table blocks: {2: xml, 3: xml, 4: xml}."""
    act = [r for s in active_sections(v) for r in s]
    return {2: table_xml(act, ACTIVE_GRID),
            3: table_xml(requests_header() + requests_body(v), REQ_GRID),
            4: table_xml(appeals_rows(v), APPEAL_GRID)}


def report_xml(meta, tables, headings=None, extra=None, gap=1):
    """Body paragraphs + tables. tables: {part: xml}; headings: {part: text or None}.
    extra: {('after', part): xml inserted after that part's heading text}."""
    org, year = meta['organisation'], meta['year']
    headings = headings or {}
    extra = extra or {}
    texts = part_texts(org, year)
    out = [body_p(meta['title'], 'title'), body_p('', 'empty')]
    out.append(body_p('根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求，'
                      '现公布%d年度政府信息公开工作年度报告。本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。'
                      % (year, year, year)))
    for part in range(1, 7):
        h = headings.get(part, HEADINGS[part - 1])
        if h is not None:
            out.append(body_p(h, 'head'))
        for s in texts[part]:
            out.append(body_p(s))
        if ('after', part) in extra:
            out.append(extra[('after', part)])
        if part in tables:
            out += [body_p('', 'empty')] * gap
            out.append(tables[part])
            out += [body_p('', 'empty')] * gap
    out.append(body_p('', 'empty'))
    out.append(body_p(meta.get('signature_org', org), 'right'))
    if meta.get('publication_date'):
        if meta.get('date_xml'):
            out.append('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="right"/></w:pPr>'
                       '%s</w:p>' % meta['date_xml'])
        else:
            out.append(body_p(cn_date(meta['publication_date']), 'right'))
    return ''.join(out)


# ---------------------------------------------------------------------------
# package

def read_template():
    """The blank template's parts; tools/template.docx is rewritten from them
    (the unit test reads it)."""
    parts = gen_template.parts()
    gen_template.write_zip(TEMPLATE, parts)
    return {n: (x.encode('utf-8') if isinstance(x, str) else x) for n, x in parts.items()}


TEMPLATE_PARTS = None


def doc_root():
    d = TEMPLATE_PARTS['word/document.xml'].decode('utf-8')
    m = re.search(r'<w:document[^>]*>', d)
    sect = d[d.rindex('<w:sectPr'):d.rindex('</w:body>')]
    return d[:m.end()], sect


# fixed timestamps, sorted entries: the same bytes on every run
write_zip = gen_template.write_zip


def docx_parts(body_xml):
    head, sect = doc_root()
    doc = head + '<w:body>' + body_xml + sect + '</w:body></w:document>'
    parts = dict(TEMPLATE_PARTS)
    parts['word/document.xml'] = doc
    return parts


def write_sample(name, meta, values, body_xml=None, document_xml=None):
    parts = dict(TEMPLATE_PARTS)
    if document_xml is not None:
        parts['word/document.xml'] = document_xml
    else:
        parts = docx_parts(body_xml)
    write_zip(os.path.join(OUT, name + '.docx'), parts)
    write_truth(name, meta, values)


def write_truth(name, meta, values):
    for k, x in values.val.items():
        assert re.fullmatch(r'(-?\d+(\.\d+)?)?', x), (name, k, x)
    with open(os.path.join(OUT, name + '.expected.csv'), 'w', newline='') as f:
        f.write(values.csv())
    truth = {'layout': values.layout,
             'organisation': meta['organisation'],
             'year': meta['year'],
             'title': meta['title'],
             'publication_date': meta.get('publication_date'),
             'notes': meta['notes']}
    with open(os.path.join(OUT, name + '.truth.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(truth, ensure_ascii=False, indent=2) + '\n')


def meta_for(org, year, date, notes, title=None):
    return {'organisation': org, 'year': year,
            'title': title or '%s%d年政府信息公开工作年度报告' % (org, year),
            'publication_date': date, 'notes': notes}


# ---------------------------------------------------------------------------
# samples

def s_template_filled():
    name = 'template_filled'
    meta = meta_for('临川市自然资源和规划局', 2023, '2024-01-20',
                    'The national template as WPS saves it (rebuilt by tools/gen_template.py) with its '
                    'three tables untouched in structure (13 vMerge restarts, gridSpan up to 10, 15-column appeals header) and every '
                    'value cell filled with a distinct non-zero number; fee 7730.28. All consistency rules hold.')
    v = make_values(name, fee='7730.28')
    template_sample(name, meta, v)


TEMPLATE_KEEP = '\0keep'


def s_template_sparse():
    name = 'template_sparse'
    keep = [('active', 'regulations', 'issued'), ('active', 'regulations', 'repealed'),
            ('active', 'normative_documents', 'in_force'), ('active', 'punishment', 'decisions'),
            ('active', 'fees', 'amount_10k_yuan'),
            ('requests', 'denied_state_secret', 'research'), ('requests', 'denied_query', 'commercial'),
            ('requests', 'unavailable_unclear', 'other_org'), ('requests', 'other_other', 'natural_person'),
            ('requests', 'unprocessed_excessive', 'legal_services'),
            ('appeals', 'litigation_direct', 'other'), ('appeals', 'litigation_after_review', 'pending')]
    meta = meta_for('临川市机关事务管理局', 2023, '2024-02-02',
                    'The national template (tools/gen_template.py) with some value cells left exactly as the template has them '
                    '(ideographic-space runs 　　 / 　, or an empty paragraph): those are null, not 0 '
                    '(regulations issued/repealed, normative_documents in_force, punishment, the fee, five '
                    'requests cells, two appeals cells). Many other cells are 0, as in real reports; the '
                    'non-zero ones are small and distinct. Consistent sums when nulls count as 0.')
    v = make_values(name, nulls={k: TEMPLATE_KEEP for k in keep}, lo=1, hi=400)
    rng = random.Random(name + 'zeros')
    for k in sorted(v.val):
        if k[0] == 'requests' and k[1] in result_keys('2021') and k[2] != 'total' and v.val[k] != '':
            if rng.random() < 0.6:
                v.set(k, '0')
        if k[0] == 'appeals' and k[2] != 'total' and v.val[k] != '' and rng.random() < 0.5:
            v.set(k, '0')
    resum(v)
    for c in APPLICANTS:
        tot = num(v.get('requests', 'results_total', c)) + num(v.get('requests', 'carried_forward', c))
        if v.get('requests', 'carried_over', c) != '':
            v.set(('requests', 'carried_over', c), str(tot // 4))
    resum(v)
    template_sample(name, meta, v)


def template_sample(name, meta, v):
    d = TEMPLATE_PARTS['word/document.xml'].decode('utf-8')
    tbls = list(re.finditer(r'<w:tbl>.*?</w:tbl>', d, re.S))
    assert len(tbls) == 3

    def fill(tc, text):
        m = re.search(r'<w:p\b[^>]*?(/>|>(.*?)</w:p>)', tc, re.S)
        ptag = re.match(r'<w:p\b[^>]*?(?=/?>)', m.group(0)).group(0)
        inner = m.group(2) or ''
        ppr = re.search(r'<w:pPr>.*?</w:pPr>', inner, re.S)
        newp = ptag + '>' + (ppr.group(0) if ppr else '') + run(text) + '</w:p>'
        return tc[:m.start()] + newp + tc[m.end():]

    def fill_table(tx, plan):
        trs = list(re.finditer(r'<w:tr[ >].*?</w:tr>', tx, re.S))
        out, last = [], 0
        for i, trm in enumerate(trs):
            tr = trm.group(0)
            if i in plan:
                tcs = list(re.finditer(r'<w:tc>.*?</w:tc>', tr, re.S))
                keys = plan[i]
                tcs = tcs[len(tcs) - len(keys):]
                new, l2 = [], 0
                for tcm, key in zip(tcs, keys):
                    new.append(tr[l2:tcm.start()])
                    if v.disp[key] == TEMPLATE_KEEP:
                        new.append(tcm.group(0))
                    else:
                        new.append(fill(tcm.group(0), v.disp[key]))
                    l2 = tcm.end()
                new.append(tr[l2:])
                tr = ''.join(new)
            out.append(tx[last:trm.start()])
            out.append(tr)
            last = trm.end()
        out.append(tx[last:])
        return ''.join(out)

    plans = [
        {2: [('active', 'regulations', c) for c in ['issued', 'repealed', 'in_force']],
         3: [('active', 'normative_documents', c) for c in ['issued', 'repealed', 'in_force']],
         6: [('active', 'licensing', 'decisions')], 9: [('active', 'punishment', 'decisions')],
         10: [('active', 'enforcement', 'decisions')], 13: [('active', 'fees', 'amount_10k_yuan')]},
        {3 + i: [('requests', r[0], c) for c in REQ_COLS] for i, r in enumerate(REQ_ROWS_2021)},
        {3: [('appeals', r, c) for r in APPEAL_ROWS for c in APPEAL_COLS]},
    ]
    pieces, last = [], 0
    for m, plan in zip(tbls, plans):
        pieces.append(d[last:m.start()])
        pieces.append(fill_table(m.group(0), plan))
        last = m.end()
    pieces.append(d[last:])
    d = ''.join(pieces)
    # body text
    texts = part_texts(meta['organisation'], meta['year'])
    d = d.replace('<w:t>政府信息公开工作年度报告格式模板</w:t>', t(meta['title']), 1)

    def replace_para_text(doc, old, paras):
        i = doc.index('<w:t>%s</w:t>' % old)
        ps = doc.rindex('<w:p ', 0, i)
        pe = doc.index('</w:p>', i) + len('</w:p>')
        return doc[:ps] + ''.join(body_p(s) for s in paras) + doc[pe:]

    def after_heading(doc, heading, paras):
        i = doc.index('<w:t>%s</w:t>' % heading)
        pe = doc.index('</w:p>', i) + len('</w:p>')
        return doc[:pe] + ''.join(body_p(s) for s in paras) + doc[pe:]

    d = replace_para_text(d, gen_template.PLACEHOLDER_OVERVIEW, texts[1])
    d = replace_para_text(d, gen_template.PLACEHOLDER_PROBLEMS, texts[5])
    d = replace_para_text(d, gen_template.PLACEHOLDER_OTHER, texts[6])
    for p in (2, 3, 4):
        d = after_heading(d, HEADINGS[p - 1], texts[p])
    sig = body_p(meta['organisation'], 'right') + body_p(cn_date(meta['publication_date']), 'right')
    i = d.rindex('<w:sectPr')
    d = d[:i] + sig + d[i:]
    write_sample(name, meta, v, document_xml=d)


def s_split_requests_repeat_header():
    name = 'split_requests_repeat_header'
    meta = meta_for('临川市人力资源和社会保障局', 2023, '2024-01-25',
                    'Requests table split into two w:tbl at the start of （三）不予公开 (an empty paragraph '
                    'between, like a page break); the second table repeats the three header rows and '
                    'restarts the 三、本年度办理结果 and （三）不予公开 merges with their labels. '
                    'Consistent sums.')
    v = make_values(name, fee='12.50')
    body = requests_body(v)
    i = [r.key for r in body].index('denied_state_secret')
    first, second = body[:i], body[i:]
    second[0].cells[0] = Cell(L(REQ_HEAD['results']), vm='restart')
    tables = tables_std(v)
    tables[3] = (table_xml(requests_header() + first, REQ_GRID) + body_p('', 'empty') +
                 table_xml(requests_header() + second, REQ_GRID))
    write_sample(name, meta, v, report_xml(meta, tables))


def s_split_requests_no_header():
    name = 'split_requests_no_header'
    meta = meta_for('临川市住房和城乡建设局', 2023, '2024-01-18',
                    'Requests table split into two w:tbl in the middle of the （三）不予公开 group (before '
                    'item 4), no repeated header: the continuation table starts with vMerge restarts that '
                    'hold no text in the 三、本年度办理结果 and （三）不予公开 columns, so the group must be '
                    'carried over from the first table (item 4-8 are denied_*, not other groups). '
                    'Consistent sums.')
    v = make_values(name, fee='316.08')
    body = requests_body(v)
    i = [r.key for r in body].index('denied_third_party')
    first, second = body[:i], body[i:]
    second[0].cells[0] = Cell([], vm='restart')
    second[0].cells[1] = Cell([], vm='restart')
    tables = tables_std(v)
    tables[3] = (table_xml(requests_header() + first, REQ_GRID) + body_p('', 'empty') +
                 table_xml(second, REQ_GRID))
    write_sample(name, meta, v, report_xml(meta, tables))


def s_one_big_table():
    name = 'one_big_table'
    meta = meta_for('临川市生态环境局', 2023, '2024-01-22',
                    'No blank paragraphs anywhere around the tables; the active table is four separate '
                    'adjacent w:tbl (one per 第二十条 item, nothing between them); the requests and appeals '
                    'tables follow their part headings directly. The （六）其他处理 items 1 and 2 say 不再受理 '
                    '(a wording seen in real reports) instead of 不再处理. Consistent sums.')
    v = make_values(name, fee='45.6')
    secs = active_sections(v)
    lab = {'other_overdue_correction': '1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请',
           'other_unpaid_fee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请'}
    tables = {2: ''.join(table_xml(s, ACTIVE_GRID) for s in secs),
              3: table_xml(requests_header() + requests_body(v, lab), REQ_GRID),
              4: table_xml(appeals_rows(v), APPEAL_GRID)}
    write_sample(name, meta, v, report_xml(meta, tables, gap=0))


def s_broken_labels():
    name = 'broken_labels'
    meta = meta_for('临川市第一人民医院', 2023, '2024-01-31',
                    'Labels split over several w:p in one cell, one or two characters a paragraph '
                    '(三 / 、本年度办理结果; （六 / ）其 / 他处 / 理; （三 / ）不予公开), characters spaced out '
                    '(要 求 缴 纳, 结果 维持, 总 计), header cells split (社会公益组 / 织, 法律服务机 / 构), '
                    'continuation merges written as bare <w:vMerge/>. Consistent sums.')
    v = make_values(name, fee='0.75')
    lab = {
        'note': ['（本列数据的勾稽关系', '为：第一项加第二项之', '和，等于第三项加第四项之和）'],
        'social': ['社会公益组', '织'], 'lawfirm': ['法律服务机', '构'],
        'natural': ['自', '然', '人'], 'total': ['总', '计'],
        'results': ['三', '、本年度办理结果'],
        'new_received': ['一、本年新收政府信息公开', '申请数量'],
        'carried_over': ['二、上年结转政府信息公开', '申请数量'],
        '（三）不予公开': ['（三', '）不予公开'],
        '（四）无法提供': ['（四）无', '法提供'],
        '（五）不予处理': ['（五）不', '予处理'],
        '（六）其他处理': ['（六', '）其', '他处', '理'],
        'partially_granted': ['（二）部分公开（区分处理的，', '只计这一情形，不计其他情形）'],
        'unprocessed_confirmation': ['5.要求行政机关确认或重', '新出具已获取信息'],
        'other_overdue_correction': ['1.申请人无正当理由逾期不', '补正、行政机关不再处理', '其政府信息公开申请'],
        'other_unpaid_fee': ['2.申请人逾期未按收费通知', '要 求 缴 纳 费 用、行政机关', '不再处理其政府信息公开申请'],
        'results_total': '（七）总 计',
        'carried_forward': ['四、结转下年度继续', '办理'],
    }
    alab = {'upheld': '结果 维持', 'corrected': '结果 纠正', 'other': ['其他', '结果'],
            'pending': ['尚未', '审结'], 'total': '总 计', 'direct': ['未经复议', '直接起诉']}
    actlab = {'本年收费金额（单位：万元）': ['本年收费金额', '（单位：万元）'],
              '行政规范性文件': ['行政规范', '性文件'], '第二十条第（一）项': '第 二 十 条 第（一）项'}
    act = [r for s in active_sections(v, actlab) for r in s]
    tables = {2: table_xml(act, ACTIVE_GRID),
              3: table_xml(requests_header(lab, cont='bare') + requests_body(v, lab, cont='bare'), REQ_GRID),
              4: table_xml(appeals_rows(v, alab, cont='bare'), APPEAL_GRID)}
    write_sample(name, meta, v, report_xml(meta, tables))


REV = 'w:author="李" w:date="2024-01-12T10:00:00Z"'


def smarttag_num(text):
    return ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">'
            '<w:smartTagPr><w:attr w:name="UnitName" w:val="件"/><w:attr w:name="SourceValue" w:val="%s"/>'
            '<w:attr w:name="HasSpace" w:val="False"/><w:attr w:name="Negative" w:val="False"/>'
            '<w:attr w:name="NumberType" w:val="1"/><w:attr w:name="TCSC" w:val="0"/></w:smartTagPr>%s'
            '</w:smartTag>' % (text, run(text)))


def s_word_fields_revisions():
    name = 'word_fields_revisions'
    meta = meta_for('临川市水利局', 2023, '2024-01-16',
                    'More Word markup: the results_total row is computed by complex fields '
                    '(fldChar begin / instrText " =SUM(D6:D26) " / separate / result / end: only the '
                    'result counts, the digits of the instruction must not leak); the total column of '
                    'the granted..denied rows uses w:fldSimple =SUM(LEFT); numbers wrapped in chmetcnv '
                    'smart tags; the signature date wrapped in a chsdate smart tag; the active table '
                    'inside a block-level w:sdt; a requests row wrapped in w:customXml; a tracked '
                    'deleted row (trPr/w:del, a duplicate 1.属于国家秘密 row with other numbers: ignored) '
                    'and a tracked inserted row (trPr/w:ins, kept); a tracked move (w:moveFrom text in '
                    'w:t, not w:delText, must be dropped; w:moveTo kept). Consistent sums.')
    v = make_values(name, fee='640.32')
    res_cols = 'DEFGHIJ'
    for i, c in enumerate(REQ_COLS):
        key = ('requests', 'results_total', c)
        val = v.val[key]
        v.show(key, ('xml', '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
                            '<w:r>%s<w:instrText xml:space="preserve"> =SUM(%s6:%s26) </w:instrText></w:r>'
                            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>%s'
                            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
                     % (RPR, RPR, res_cols[i], res_cols[i], RPR, run(val), RPR)))
    for r in ['granted', 'partially_granted', 'denied_state_secret', 'denied_prohibited_by_law',
              'denied_three_securities']:
        key = ('requests', r, 'total')
        v.show(key, ('xml', '<w:fldSimple w:instr=" =SUM(LEFT) \\# &quot;0&quot; ">%s</w:fldSimple>' % run(v.val[key])))
    for key in [('requests', 'new_received', 'research'), ('requests', 'carried_over', 'commercial'),
                ('requests', 'unavailable_needs_creation', 'natural_person'), ('active', 'punishment', 'decisions'),
                ('appeals', 'review', 'pending')]:
        v.show(key, ('xml', smarttag_num(v.val[key])))
    # tracked move: the value of unprocessed_petition/research moved there from the commercial cell
    moved = v.val[('requests', 'unprocessed_petition', 'research')]
    v.show(('requests', 'unprocessed_petition', 'research'),
           ('xml', '<w:moveToRangeStart w:id="31" %s w:name="move154"/><w:moveTo w:id="32" %s>%s</w:moveTo>'
                   '<w:moveToRangeEnd w:id="31"/>' % (REV, REV, run(moved))))
    kc = ('requests', 'unprocessed_petition', 'commercial')
    v.show(kc, ('xml', '<w:moveFromRangeStart w:id="33" %s w:name="move154"/><w:moveFrom w:id="34" %s>%s'
                       '</w:moveFrom><w:moveFromRangeEnd w:id="33"/>%s' % (REV, REV, run(moved), run(v.val[kc]))))
    meta['date_xml'] = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
                        '<w:smartTagPr><w:attr w:name="IsROCDate" w:val="False"/><w:attr w:name="IsLunarDate" '
                        'w:val="False"/><w:attr w:name="Day" w:val="16"/><w:attr w:name="Month" w:val="1"/>'
                        '<w:attr w:name="Year" w:val="2024"/></w:smartTagPr>%s</w:smartTag>'
                        % run('2024年1月16日', RPR_BODY))
    body = requests_body(v)
    keys = [r.key for r in body]
    body[keys.index('unavailable_not_held')].wrap = 'customXml'
    ins = body[keys.index('denied_prohibited_by_law')]
    ins.trpr = '<w:ins w:id="40" %s/>' % REV
    for c in ins.cells:
        c.paras = [p.replace('<w:r>', '<w:ins w:id="41" %s><w:r>' % REV).replace('</w:r>', '</w:r></w:ins>')
                   for p in c.paras]
    i = keys.index('denied_state_secret')
    dup = Row([Cell([], vm='continue'), Cell([], vm='continue'),
               Cell([para('<w:del w:id="42" %s><w:r>%s<w:delText>1.属于国家秘密</w:delText></w:r></w:del>'
                          % (REV, RPR))])] +
              [Cell([para('<w:del w:id="43" %s><w:r>%s<w:delText>%d</w:delText></w:r></w:del>'
                          % (REV, RPR, 9100 + j))]) for j in range(7)],
              trpr='<w:del w:id="44" %s/>' % REV)
    dup.key = 'deleted_dup'
    body.insert(i + 1, dup)
    act = [r for sec in active_sections(v) for r in sec]
    tables = {2: sdt(table_xml(act, ACTIVE_GRID), '主动公开情况'),
              3: table_xml(requests_header() + body, REQ_GRID),
              4: table_xml(appeals_rows(v), APPEAL_GRID)}
    write_sample(name, meta, v, report_xml(meta, tables))


def s_cell_paragraphs():
    name = 'cell_paragraphs'
    meta = meta_for('临川市统计局', 2023, '2024-01-21',
                    'Value cells with more than one paragraph, as WPS leaves them: an empty paragraph '
                    'before or after the number, a paragraph holding only ideographic spaces next to '
                    'the number, a null cell made of two empty paragraphs; many 0 values; a full-width '
                    'fee １２．５０ (value 12.50). Consistent sums.')
    v = make_values(name, fee='12.50', lo=1, hi=900)
    rng = random.Random(name + 'zeros')
    for k in sorted(v.val):
        if k[0] == 'requests' and k[1] in result_keys('2021') and k[2] != 'total' and rng.random() < 0.4:
            v.set(k, '0')
    resum(v)
    for c in APPLICANTS:
        tot = num(v.get('requests', 'results_total', c)) + num(v.get('requests', 'carried_forward', c))
        v.set(('requests', 'carried_over', c), str(tot // 5))
    resum(v)
    v.set(('requests', 'denied_query', 'legal_services'), '', ('xml2', [para(''), para('')]))
    resum(v)
    v.show(('active', 'fees', 'amount_10k_yuan'), '１２．５０')
    keys = sorted(k for k in v.val if v.val[k] != '' and k[1] != 'fees')
    for i, k in enumerate(keys):
        m = i % 4
        if m == 0:
            v.show(k, ('xml2', [para(''), tpara(v.val[k])]))
        elif m == 1:
            v.show(k, ('xml2', [tpara(v.val[k]), para('')]))
        elif m == 2:
            v.show(k, ('xml2', [tpara('\u3000\u3000'), tpara(v.val[k])]))
    tables = tables_std(v)
    write_sample(name, meta, v, report_xml(meta, tables))


def to_hmerge(rows):
    """Rewrite gridSpan cells as legacy w:hMerge runs of cells (restart + continue)."""
    for r in rows:
        cells = []
        for c in r.cells:
            if c.span > 1:
                n = c.span
                c.span = 1
                c.tcpr_extra += '<w:hMerge w:val="restart"/>'
                cells.append(c)
                for _ in range(n - 1):
                    k = Cell([], vm=c.vm if c.vm in ('continue', 'bare') else
                             ('restart' if c.vm == 'restart' else None))
                    k.tcpr_extra = '<w:hMerge w:val="continue"/>'
                    cells.append(k)
            else:
                cells.append(c)
        r.cells = cells
    return rows


def s_hmerge_legacy():
    name = 'hmerge_legacy'
    meta = meta_for('临川市民政局', 2023, '2024-01-27',
                    'Legacy horizontal merges as written by old converters: every gridSpan of the '
                    'template is replaced by w:hMerge restart/continue cells (one w:tc per grid column), '
                    'and the w:tblGrid of each table lists fewer columns than the rows use (a single '
                    'gridCol), as in converted documents that Word repairs on opening. Consistent sums.')
    v = make_values(name, fee='77.07')
    act = to_hmerge([r for sec in active_sections(v) for r in sec])
    req = to_hmerge(requests_header() + requests_body(v))
    app = to_hmerge(appeals_rows(v))
    tables = {2: table_xml(act, ACTIVE_GRID), 3: table_xml(req, REQ_GRID), 4: table_xml(app, APPEAL_GRID)}
    for k in tables:
        tables[k] = re.sub(r'<w:tblGrid>.*?</w:tblGrid>', '<w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>',
                           tables[k])
    write_sample(name, meta, v, report_xml(meta, tables))


A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def textbox_run(inner_paras, ident):
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="1828800" cy="360000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic %s><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="360000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" '
            'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="文本框 %d" o:spid="_x0000_s10%02d" '
            'type="#_x0000_t202" style="position:absolute;width:144pt;height:28.35pt" filled="f" stroked="f">'
            '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>'
            % (251659264 + ident, ident, ident, A_NS, inner_paras, ident, ident, inner_paras))


def s_word_features():
    name = 'word_features'
    meta = meta_for('临川市交通运输局', 2023, '2024-01-26',
                    'Word features: w:sdt content controls around whole rows (carried_over, '
                    'denied_query), around single cells (granted row) and around runs (licensing value, '
                    'fee); tracked changes (requests/granted/natural_person is <w:del>5</w:del>'
                    '<w:ins>7</w:ins> = 7; appeals/review/upheld is 1<w:del>9</w:del><w:ins>3</w:ins> = 13); '
                    'mc:AlternateContent text boxes (a body paragraph in part 一, and the value of '
                    'appeals/litigation_after_review/pending) whose text must come out once; the whole '
                    'requests table nested inside a one-cell layout table; the active table has w:gridBefore '
                    'on its item rows, the appeals table w:gridAfter on every row; w:tab and w:br inside '
                    'label and value cells; numbers split across runs (12|34), a bookmark and proofErr '
                    'between digit runs, a w:hyperlink around a label. Consistent sums, computed with the '
                    'inserted (not the deleted) digits.')
    v = make_values(name, fee='1234.56')
    # tracked changes
    v.set(('requests', 'granted', 'natural_person'), '7',
          ('xml', '<w:del w:id="901" w:author="王" w:date="2024-01-10T09:00:00Z"><w:r>%s<w:delText>5</w:delText>'
                  '</w:r></w:del><w:ins w:id="902" w:author="王" w:date="2024-01-10T09:00:00Z">%s</w:ins>'
                  % (RPR, run('7'))))
    v.set(('appeals', 'review', 'upheld'), '13',
          ('xml', run('1') + '<w:del w:id="903" w:author="王" w:date="2024-01-10T09:00:00Z"><w:r>%s'
                  '<w:delText>9</w:delText></w:r></w:del><w:ins w:id="904" w:author="王" '
                  'w:date="2024-01-10T09:00:00Z">%s</w:ins>' % (RPR, run('3'))))
    resum(v)
    # numbers split across runs, with bookmark/proofErr in between
    def split_runs(key, mode):
        s = v.val[key]
        a, b = s[:len(s) // 2], s[len(s) // 2:]
        if mode == 'plain':
            v.show(key, [a, b])
        elif mode == 'bookmark':
            v.show(key, ('xml', run(a) + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' + run(b)))
        elif mode == 'proof':
            v.show(key, ('xml', '<w:proofErr w:type="spellStart"/>' + run(a) + run(b) + '<w:proofErr w:type="spellEnd"/>'))
        elif mode == 'tab':
            v.show(key, ('xml', '<w:r>%s<w:tab/>%s</w:r>' % (RPR, t(s))))
        elif mode == 'br':
            v.show(key, ('xml', '<w:r>%s<w:br/>%s</w:r>' % (RPR, t(s))))
        elif mode == 'sdt':
            v.show(key, ('xml', sdt(run(s), '数值')))
    split_runs(('requests', 'new_received', 'natural_person'), 'plain')
    split_runs(('requests', 'results_total', 'total'), 'plain')
    split_runs(('requests', 'unavailable_not_held', 'research'), 'bookmark')
    split_runs(('requests', 'unprocessed_duplicate', 'commercial'), 'proof')
    split_runs(('requests', 'carried_forward', 'other_org'), 'tab')
    split_runs(('requests', 'denied_process_info', 'legal_services'), 'br')
    split_runs(('active', 'licensing', 'decisions'), 'sdt')
    split_runs(('active', 'fees', 'amount_10k_yuan'), 'sdt')
    split_runs(('active', 'regulations', 'in_force'), 'plain')
    key = ('appeals', 'litigation_after_review', 'pending')
    v.show(key, ('xml', textbox_run(para(run(v.val[key])), 2)))

    # active: gridBefore on item rows (section title rows span the whole grid)
    act = []
    for s in active_sections(v):
        for i, r in enumerate(s):
            if i == 0:
                r.cells[0].span = 5
            else:
                r.grid_before = 1
            act.append(r)
    act_xml = table_xml(act, [300] + ACTIVE_GRID)
    # requests: sdt rows / cells, tab/br in labels, hyperlink
    lab = {'carried_over': '二、上年结转政府信息公开申请数量'}
    body = requests_body(v, lab)
    keys = [r.key for r in body]
    body[keys.index('carried_over')].wrap = 'sdt'
    body[keys.index('denied_query')].wrap = 'sdt'
    for c in body[keys.index('granted')].cells[2:5]:
        c.wrap = 'sdt'
    r = body[keys.index('new_received')]
    r.cells[0].paras = [para('<w:r>%s%s<w:br/>%s</w:r>' % (RPR, t('一、本年新收政府信息公开'), t('申请数量')))]
    r = body[keys.index('unavailable_unclear')]
    r.cells[2].paras = [para('<w:r>%s%s<w:tab/>%s</w:r>' % (RPR, t('3.'), t('补正后申请内容仍不明确')))]
    r = body[keys.index('unprocessed_petition')]
    r.cells[2].paras = [para('<w:hyperlink w:anchor="_说明" w:history="1">%s</w:hyperlink>' % run('1.信访举报投诉类申请'))]
    head = requests_header({'commercial': '商业企业'})
    head[2].cells[2].paras = [para('<w:r>%s%s<w:br/>%s</w:r>' % (RPR, t('商业'), t('企业')))]
    inner = table_xml(head + body, REQ_GRID)
    outer = ('<w:tbl><w:tblPr><w:tblW w:w="9900" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
             '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
             '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="9900"/></w:tblGrid>'
             '<w:tr><w:tc><w:tcPr><w:tcW w:w="9900" w:type="dxa"/></w:tcPr>%s%s</w:tc></w:tr></w:tbl>'
             % (inner, para('')))
    app = appeals_rows(v)
    for r in app:
        r.grid_after = 1
    app_xml = table_xml(app, APPEAL_GRID + [300])
    tb = textbox_run(para(run('（注：本报告中数据统计口径与上年一致。）', RPR_BODY)), 1)
    extra = {('after', 1): '<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr>%s%s</w:p>'
             % (run('本机关政务公开工作领导小组统筹推进各项工作。', RPR_BODY), tb)}
    tables = {2: act_xml, 3: outer, 4: app_xml}
    write_sample(name, meta, v, report_xml(meta, tables, extra=extra))


def s_layout_2019():
    name = 'layout_2019'
    meta = meta_for('临川市东湖区人民政府', 2023, '2024-01-29',
                    '2019 trial layout of the requests table: （六）其他处理 is one row with no items, its '
                    'values go under other_processing; the three 2021 other_* rows are no keys of that layout; table 二 is the 2021 one (report layout mixed). The label of '
                    'denied_prohibited_by_law carries the typo 2.其他法律行政止公开 seen in a real report. '
                    'Consistent sums (other_processing counted in results_total).')
    v = make_values(name, layout='2019', fee='88.8')
    lab = {'denied_prohibited_by_law': '2.其他法律行政止公开'}
    tables = tables_std(v)
    tables[3] = table_xml(requests_header() + requests_body(v, lab), REQ_GRID)
    write_sample(name, meta, v, report_xml(meta, tables))


def s_format_2019():
    name = 'format_2019'
    meta = meta_for('青石县人民政府', 2019, '2020-01-31',
                    'A report on 2019 in the 2019 national format throughout: table 二 in blocks under '
                    '第二十条第（一）（五）（六）（八）（九）项, each with its own header (本年新制作数量 …, '
                    '上一年项目数量 / 本年增/减 / 处理决定数量, 采购项目数量 / 采购总金额); table 三 with '
                    '（六）其他处理 one row. Cells print units (24件, 692件, 12项, 2516300元 under a header '
                    'with no unit: 251.63 万元), signed changes (-3, +2, 减少1, 增加4) and blanks (null: '
                    'other_services decisions, fees change). Requests: commercial other_processing empty '
                    '(null); results_total natural_person printed 7 more than its rows.')
    v = make_values(name, layout='2019', fee='1.5')
    v.active_layout = '2019'
    printed = {
        ('regulations', 'new_made'): '3', ('regulations', 'new_published'): '2',
        ('regulations', 'published_total'): '47',
        ('normative_documents', 'new_made'): '26', ('normative_documents', 'new_published'): '24件',
        ('normative_documents', 'published_total'): '318',
        ('licensing', 'items_last_year'): '236', ('licensing', 'change'): '-3',
        ('licensing', 'decisions'): '5817',
        ('other_services', 'items_last_year'): '41', ('other_services', 'change'): '+2',
        ('other_services', 'decisions'): '',
        ('punishment', 'items_last_year'): '1974', ('punishment', 'change'): '减少1',
        ('punishment', 'decisions'): '692件',
        ('enforcement', 'items_last_year'): '58', ('enforcement', 'change'): '增加4',
        ('enforcement', 'decisions'): '113',
        ('fees', 'items_last_year'): '12项', ('fees', 'change'): '',
        ('procurement', 'projects'): '37', ('procurement', 'amount_10k_yuan'): '2516300元',
    }
    for (r, c), text in printed.items():
        v.set(('active', r, c), format2019.truth((r, c), text), text)
    v.set(('requests', 'other_processing', 'commercial'), '', '')
    resum(v)
    total = int(v.get('requests', 'results_total', 'natural_person')) + 7
    v.set(('requests', 'results_total', 'natural_person'), str(total))
    tables = tables_std(v)
    tables[2] = table_xml(active_rows_2019(v), ACTIVE_GRID)
    write_sample(name, meta, v, report_xml(meta, tables))


FW = str.maketrans('0123456789.', '０１２３４５６７８９．')


def s_fullwidth_dashes():
    name = 'fullwidth_dashes'
    nulls = {('requests', 'denied_state_secret', 'research'): '—',
             ('requests', 'denied_three_securities', 'social_welfare'): '-',
             ('requests', 'denied_enforcement_file', 'legal_services'): '/',
             ('requests', 'denied_query', 'other_org'): '无',
             ('requests', 'unprocessed_publication', 'natural_person'): '',
             ('requests', 'unprocessed_excessive', 'commercial'): '　',
             ('requests', 'other_unpaid_fee', 'research'): '－',
             ('requests', 'other_other', 'social_welfare'): '／',
             ('requests', 'carried_forward', 'legal_services'): '——',
             ('active', 'regulations', 'repealed'): '—',
             ('active', 'licensing', 'decisions'): '/',
             ('active', 'enforcement', 'decisions'): '',
             ('appeals', 'litigation_direct', 'other'): '无',
             ('appeals', 'litigation_after_review', 'upheld'): '-'}
    meta = meta_for('临川市市场监督管理局', 2023, '2024-01-19',
                    'Printed forms: full-width digits (１２３), thousands separators (1,234 and 12,345), '
                    'padding spaces and ideographic spaces around numbers, fee 0.5, and null cells '
                    'written as —, -, /, 无, －, ／, —— , a lone ideographic space and empty cells. Consistent '
                    'sums when nulls count as 0.', )
    v = make_values(name, fee='0.5', nulls=nulls, lo=100, hi=3000)
    rng = random.Random(name + 'disp')
    keys = sorted(k for k in v.val if v.val[k] != '')
    for k in keys:
        s = v.val[k]
        if k[0] == 'active' and k[1] == 'fees':
            continue
        r = rng.random()
        if len(s) >= 4 and r < 0.6:
            v.show(k, '{:,}'.format(int(s)))
        elif r < 0.45:
            v.show(k, s.translate(FW))
        elif r < 0.55:
            v.show(k, ' %s ' % s)
        elif r < 0.65:
            v.show(k, '　%s' % s)
    tables = tables_std(v)
    write_sample(name, meta, v, report_xml(meta, tables))


def s_heading_variants():
    name = 'heading_variants'
    meta = meta_for('临川市文化广电旅游局', 2023, '2024-01-15',
                    'Part headings in mixed styles (一． / （二）/ (三) / 4.), the 五 heading missing (its '
                    'text is there), table headings with 表 at the end, a title without the organisation: '
                    'the organisation appears only in the closing signature. Consistent sums.',
                    title='2023年政府信息公开工作年度报告')
    v = make_values(name, fee='5.25')
    headings = {1: '一．总体情况', 2: '（二）主动公开政府信息情况', 3: '(三)收到和处理政府信息公开申请情况',
                4: '4.政府信息公开行政复议、行政诉讼情况', 5: None, 6: '六、其他需要报告的事项'}
    tables = tables_std(v)
    tables[2] = body_p('主动公开政府信息情况表', 'center') + tables[2]
    tables[3] = body_p('收到和处理政府信息公开申请情况表', 'center') + tables[3]
    tables[4] = body_p('政府信息公开行政复议、行政诉讼情况表', 'center') + tables[4]
    # report_xml's intro names no organisation; the body text of part 一 would: use a neutral one
    meta2 = dict(meta)
    meta2['organisation'] = '本局'
    meta2['signature_org'] = meta['organisation']
    write_sample(name, meta, v, report_xml(meta2, tables, headings=headings))


def s_broken_sums():
    name = 'broken_sums'
    meta = meta_for('临川市应急管理局', 2023, '2024-01-23',
                    'Broken consistency rules, values kept as printed: column commercial has '
                    'new_received + carried_over != results_total + carried_forward (new_received raised by '
                    '100); column research has results_total != sum of the result rows (raised by 10); row '
                    'unavailable_not_held has a wrong total (raised by 1); appeals review total is 0 where '
                    'the parts sum to 11 (3+4+2+2); appeals litigation_direct total printed as 0 too (parts '
                    'sum to 5). The total column inherits the column breaks (its new_received is 110 too high, its results_total 10 too high); all other rules hold.')
    v = make_values(name, fee='20.00')
    k = ('requests', 'new_received', 'commercial')
    v.set(k, str(int(v.val[k]) + 100))
    # the row total of new_received stays the sum of the printed applicant cells
    v.set(('requests', 'new_received', 'total'),
          str(sum(num(v.get('requests', 'new_received', c)) for c in APPLICANTS)))
    k = ('requests', 'results_total', 'research')
    v.set(k, str(int(v.val[k]) + 10))
    v.set(('requests', 'results_total', 'total'),
          str(sum(num(v.get('requests', 'results_total', c)) for c in APPLICANTS)))
    # keep new + carried = results + forward for research: adjust new_received
    k2 = ('requests', 'new_received', 'research')
    v.set(k2, str(int(v.val[k2]) + 10))
    v.set(('requests', 'new_received', 'total'),
          str(sum(num(v.get('requests', 'new_received', c)) for c in APPLICANTS)))
    k = ('requests', 'unavailable_not_held', 'total')
    v.set(k, str(int(v.val[k]) + 1))
    for c, x in zip(APPEAL_COLS, ['3', '4', '2', '2', '0']):
        v.set(('appeals', 'review', c), x)
    for c, x in zip(APPEAL_COLS, ['1', '0', '3', '1', '0']):
        v.set(('appeals', 'litigation_direct', c), x)
    tables = tables_std(v)
    write_sample(name, meta, v, report_xml(meta, tables))


# ---------------------------------------------------------------------------
# LibreOffice sources (HTML); the .docx are made by tools/make_lo_docx.sh

HTML_HEAD = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
             '<style>table{border-collapse:collapse} td{border:1px solid #000;text-align:center;'
             'padding:2px 4px} h1{text-align:center;font-size:18pt}</style>\n</head>\n<body>\n')


def h(x):
    return escape(x)


def html_paras(meta, tables, headings=None):
    org, year = meta['organisation'], meta['year']
    headings = headings or {}
    texts = part_texts(org, year)
    out = [HTML_HEAD % h(meta['title']), '<h1>%s</h1>\n' % h(meta['title'])]
    out.append('<p>根据《中华人民共和国政府信息公开条例》，现公布%d年度政府信息公开工作年度报告。</p>\n' % year)
    for part in range(1, 7):
        hd = headings.get(part, HEADINGS[part - 1])
        if hd:
            out.append('<p><b>%s</b></p>\n' % h(hd))
        for s in texts[part]:
            out.append('<p>%s</p>\n' % h(s))
        if part in tables:
            out.append(tables[part])
            out.append('<p></p>\n')
    out.append('<p style="text-align:right">%s</p>\n' % h(org))
    out.append('<p style="text-align:right">%s</p>\n' % h(cn_date(meta['publication_date'])))
    out.append('</body>\n</html>\n')
    return ''.join(out)


def td(text, rs=1, cs=1):
    a = ''
    if rs > 1:
        a += ' rowspan="%d"' % rs
    if cs > 1:
        a += ' colspan="%d"' % cs
    return '<td%s>%s</td>' % (a, text)


def hv(v, key):
    d = v.disp.get(key, '')
    return h(d) if isinstance(d, str) else h(v.val[key])


def html_active(v):
    rows = []
    for title, head, items in ACTIVE_SECTIONS:
        rows.append('<tr>%s</tr>' % td(h(title), cs=4))
        if len(head) == 4:
            rows.append('<tr>%s</tr>' % ''.join(td(h(x)) for x in head))
        else:
            rows.append('<tr>%s%s</tr>' % (td(h(head[0])), td(h(head[1]), cs=3)))
        for lab, key in items:
            cols = dict(ACTIVE)[key]
            if len(cols) == 3:
                rows.append('<tr>%s%s</tr>' % (td(h(lab)), ''.join(td(hv(v, ('active', key, c))) for c in cols)))
            else:
                rows.append('<tr>%s%s</tr>' % (td(h(lab)), td(hv(v, ('active', key, cols[0])), cs=3)))
    return '<table>\n%s\n</table>\n' % '\n'.join(rows)


def html_requests_rowspan(v):
    """Requests table with rowspan groups (three label columns)."""
    rows = ['<tr>%s%s</tr>' % (td(h(REQ_HEAD['note']), rs=3, cs=3), td('申请人情况', cs=7)),
            '<tr>%s%s%s</tr>' % (td('自然人', rs=2), td('法人或其他组织', cs=5), td('总计', rs=2)),
            '<tr>%s</tr>' % ''.join(td(x) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])]
    layout_rows = req_rows(v.layout)
    n_results = len(result_keys(v.layout)) + 1
    groups = {}
    for key, g, it in layout_rows:
        if g and it:
            groups[g] = groups.get(g, 0) + 1
    seen = set()
    first = True
    for key, g, it in layout_rows:
        cells = ''
        if g is None:
            cells += td(h(it), cs=3)
        else:
            if first:
                cells += td('三、本年度办理结果', rs=n_results)
                first = False
            if it is None:
                cells += td(h(g), cs=2)
            else:
                if g not in seen:
                    cells += td(h(g), rs=groups[g])
                    seen.add(g)
                cells += td(h(it))
        cells += ''.join(td(hv(v, ('requests', key, c))) for c in REQ_COLS)
        rows.append('<tr>%s</tr>' % cells)
    return '<table>\n%s\n</table>\n' % '\n'.join(rows)


def html_requests_flat(v):
    """Requests table with one label column: group and item written together."""
    rows = ['<tr>%s%s%s%s</tr>' % (td('项目', rs=2), td('自然人', rs=2), td('法人或其他组织', cs=5), td('总计', rs=2)),
            '<tr>%s</tr>' % ''.join(td(x) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])]
    prev = None
    for key, g, it in req_rows(v.layout):
        if g is None:
            lab = it
        elif it is None:
            lab = ('三、本年度办理结果 ' if key == 'granted' else '') + g
        else:
            lab = (g + ' ' if g != prev else '') + it
        prev = g
        rows.append('<tr>%s%s</tr>' % (td(h(lab)), ''.join(td(hv(v, ('requests', key, c))) for c in REQ_COLS)))
    return '<table>\n%s\n</table>\n' % '\n'.join(rows)


def html_appeals(v):
    sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    rows = ['<tr>%s%s</tr>' % (td('行政复议', cs=5), td('行政诉讼', cs=10)),
            '<tr>%s%s%s</tr>' % (''.join(td(s, rs=2) for s in sub), td('未经复议直接起诉', cs=5), td('复议后起诉', cs=5)),
            '<tr>%s</tr>' % ''.join(td(s) for s in sub * 2),
            '<tr>%s</tr>' % ''.join(td(hv(v, ('appeals', r, c))) for r in APPEAL_ROWS for c in APPEAL_COLS)]
    return '<table>\n%s\n</table>\n' % '\n'.join(rows)


def html_appeals_split(v):
    """Appeals as two tables: 行政复议 (5 columns), then 行政诉讼 (10 columns)."""
    sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    t1 = ['<tr>%s</tr>' % td('行政复议', cs=5), '<tr>%s</tr>' % ''.join(td(s) for s in sub),
          '<tr>%s</tr>' % ''.join(td(hv(v, ('appeals', 'review', c))) for c in APPEAL_COLS)]
    t2 = ['<tr>%s</tr>' % td('行政诉讼', cs=10),
          '<tr>%s%s</tr>' % (td('未经复议直接起诉', cs=5), td('复议后起诉', cs=5)),
          '<tr>%s</tr>' % ''.join(td(s) for s in sub * 2),
          '<tr>%s</tr>' % ''.join(td(hv(v, ('appeals', r, c))) for r in APPEAL_ROWS[1:] for c in APPEAL_COLS)]
    return ('<table>\n%s\n</table>\n<p></p>\n<table>\n%s\n</table>\n' % ('\n'.join(t1), '\n'.join(t2)))


def html_appeals_rows(v):
    """Appeals transposed: one row per kind, as on many web pages."""
    rows = ['<tr>%s%s</tr>' % (td('类别', cs=2), ''.join(td(s) for s in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']))]
    labs = [('行政复议', None), ('行政诉讼', '未经复议直接起诉'), (None, '复议后起诉')]
    for r, (a, b) in zip(APPEAL_ROWS, labs):
        if b is None:
            cells = td(h(a), cs=2)
        elif a is None:
            cells = td(h(b))
        else:
            cells = td(h(a), rs=2) + td(h(b))
        rows.append('<tr>%s%s</tr>' % (cells, ''.join(td(hv(v, ('appeals', r, c))) for c in APPEAL_COLS)))
    return '<table>\n%s\n</table>\n' % '\n'.join(rows)


def lo_samples():
    os.makedirs(LO_SRC, exist_ok=True)
    samples = []
    # 1 rowspan groups, 2021
    m = meta_for('临川市教育局', 2023, '2024-01-24',
                 'LibreOffice-made DOCX from tools/lo_src/lo_rowspan_2021.html: HTML rowspan/colspan '
                 'become LibreOffice vMerge/gridSpan (LO writes its own tblGrid and widths); 2021 layout, '
                 'consistent sums.')
    v = make_values('lo_rowspan_2021', fee='263.40')
    samples.append(('lo_rowspan_2021', m, v, {2: html_active(v), 3: html_requests_rowspan(v), 4: html_appeals(v)}, None))
    # 2 2019 layout, one label column
    m = meta_for('临川市卫生健康委员会', 2022, '2023-01-30',
                 'LibreOffice-made DOCX from tools/lo_src/lo_2019_flat.html: 2019 layout (（六）其他处理 one '
                 'row, values in other_processing) and a requests table with a single label column where '
                 'group and item share a cell (（三）不予公开 1.属于国家秘密, then 2.… alone), two header rows '
                 'with a 项目 header; some 0 values; consistent sums.')
    v = make_values('lo_2019_flat', layout='2019', fee='3.125')
    for k in [('requests', 'denied_three_securities', 'research'), ('requests', 'unprocessed_excessive', 'legal_services'),
              ('requests', 'other_processing', 'social_welfare'), ('appeals', 'litigation_direct', 'corrected')]:
        v.set(k, '0')
    resum(v)
    samples.append(('lo_2019_flat', m, v, {2: html_active(v), 3: html_requests_flat(v), 4: html_appeals(v)}, None))
    # 3 appeals split in two tables
    m = meta_for('临川市公安局', 2023, '2024-01-28',
                 'LibreOffice-made DOCX from tools/lo_src/lo_appeals_split.html: the appeals table split in '
                 'two tables (行政复议 with 5 columns; 行政诉讼 with two header rows over 10 columns), '
                 'rowspan requests table, consistent sums.')
    v = make_values('lo_appeals_split', fee='1096.7')
    samples.append(('lo_appeals_split', m, v, {2: html_active(v), 3: html_requests_rowspan(v), 4: html_appeals_split(v)}, None))
    # 4 appeals transposed + nulls
    nulls = {('requests', 'denied_state_secret', 'research'): '—', ('requests', 'other_other', 'commercial'): '/',
             ('active', 'licensing', 'decisions'): '', ('appeals', 'litigation_direct', 'pending'): '无'}
    m = meta_for('临川市财政局', 2023, '2024-01-17',
                 'LibreOffice-made DOCX from tools/lo_src/lo_appeals_rows.html: appeals table transposed '
                 '(one row per review / litigation kind, 5 value columns, 行政诉讼 merged over two rows), '
                 'null cells (—, /, empty, 无), consistent sums with nulls as 0.')
    v = make_values('lo_appeals_rows', fee='58.00', nulls=nulls)
    samples.append(('lo_appeals_rows', m, v, {2: html_active(v), 3: html_requests_rowspan(v), 4: html_appeals_rows(v)}, None))
    for name, meta, v, tables, hd in samples:
        with open(os.path.join(LO_SRC, name + '.html'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(html_paras(meta, tables, hd))
        write_truth(name, meta, v)


# ---------------------------------------------------------------------------
# bad inputs

def bad_inputs():
    os.makedirs(BAD, exist_ok=True)
    with open(os.path.join(BAD, 'not_a_zip.docx'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('这不是一个DOCX文件。This is plain text, not a zip archive.\n')
    open(os.path.join(BAD, 'empty.docx'), 'wb').close()
    write_zip(os.path.join(BAD, 'no_document.docx'),
              {n: TEMPLATE_PARTS[n] for n in TEMPLATE_PARTS
               if n not in ('word/document.xml', '_rels/.rels', 'word/_rels/document.xml.rels')})
    # truncated: first half of a valid sample
    valid = docx_parts(body_p('临川市某局2023年政府信息公开工作年度报告', 'title') + body_p('一、总体情况', 'head'))
    path = os.path.join(BAD, 'truncated.docx')
    write_zip(path, valid)
    with open(path, 'rb') as f:
        data = f.read()
    with open(path, 'wb') as f:
        f.write(data[:len(data) // 2])
    head, sect = doc_root()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
           + head[head.index('<w:document'):] + '<w:body>' + body_p('2023年政府信息公开工作年度报告', 'title')
           + '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>' + sect + '</w:body></w:document>')
    parts = dict(TEMPLATE_PARTS)
    parts['word/document.xml'] = doc
    write_zip(os.path.join(BAD, 'doctype.docx'), parts)
    # bomb: 70 MB of spaces inside a w:t
    pre = head + '<w:body><w:p><w:r><w:t xml:space="preserve">'
    post = '</w:t></w:r></w:p>' + sect + '</w:body></w:document>'
    parts = dict(TEMPLATE_PARTS)
    parts['word/document.xml'] = (pre + ' ' * (70 * 1024 * 1024) + post).encode('utf-8')
    write_zip(os.path.join(BAD, 'bomb.docx'), parts)
    # no tables: a report with paragraphs only
    meta = meta_for('临川市档案馆', 2023, '2024-01-20', '')
    write_zip(os.path.join(BAD, 'no_tables.docx'), docx_parts(report_xml(meta, {})))


def main():
    global TEMPLATE_PARTS
    TEMPLATE_PARTS = read_template()
    os.makedirs(OUT, exist_ok=True)
    for f in [s_template_filled, s_template_sparse, s_split_requests_repeat_header, s_split_requests_no_header,
              s_one_big_table, s_broken_labels, s_word_features, s_word_fields_revisions, s_cell_paragraphs, s_hmerge_legacy, s_layout_2019,
              s_format_2019, s_fullwidth_dashes, s_heading_variants, s_broken_sums]:
        SDT_ID[0] = 100
        f()
    lo_samples()
    bad_inputs()


if __name__ == '__main__':
    main()
