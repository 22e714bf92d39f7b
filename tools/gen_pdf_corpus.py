#!/usr/bin/env python3
"""Generate the sources and truth files of xxgk's PDF corpus (corpus/pdf/).

Standard library only, deterministic.  tools/make_pdf_corpus.sh runs this,
then turns the sources into PDFs (LibreOffice for the DOCX sources, the
small cairo program tools/pdf_src/drawpdf.c for the drawn ones).

Three kinds of sample:

  LibreOffice exports of corpus/docx samples, unchanged (EXPORTS) or
  changed first (VARIANTS: landscape page, narrow label columns, a table
  pushed down so a page break cuts its body).  The changed DOCX goes to
  tools/pdf_src/NAME.docx.  The truth is the DOCX sample's: its
  .expected.csv is copied, its truth.json copied with the notes extended.

  Tables drawn by hand (DRAWN): tools/pdf_src/NAME.draw, a list of text
  and line commands that drawpdf.c renders with cairo: tables with only
  horizontal rules and with no rules at all.  The truth CSV is written from
  the values put in.

  (The look-alike of the real WPS report, wps_2019_crosspage, has a
  generator of its own: tools/gen_wps_report.py.)

Every sample NAME gets corpus/pdf/NAME.expected.csv and NAME.truth.json;
NAME.expected.json is xxgk's output, reviewed (tests/golden.sh, UPDATE=1).

Usage: python3 tools/gen_pdf_corpus.py [REPO_ROOT]
"""

import json
import os
import random
import re
import sys
import zipfile

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DOCX = os.path.join(ROOT, 'corpus', 'docx')
OUT = os.path.join(ROOT, 'corpus', 'pdf')
SRC = os.path.join(ROOT, 'tools', 'pdf_src')
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

ACTIVE = [('regulations', ['issued', 'repealed', 'in_force']),
          ('normative_documents', ['issued', 'repealed', 'in_force']),
          ('licensing', ['decisions']),
          ('punishment', ['decisions']),
          ('enforcement', ['decisions']),
          ('fees', ['amount_10k_yuan'])]
REQ_COLS = ['natural_person', 'commercial', 'research', 'social_welfare',
            'legal_services', 'other_org', 'total']
APPLICANTS = REQ_COLS[:6]
REQ_ROWS = [
    ('new_received', '一、本年新收政府信息公开申请数量'),
    ('carried_over', '二、上年结转政府信息公开申请数量'),
    ('granted', '三、本年度办理结果', '（一）予以公开'),
    ('partially_granted', '', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('denied_state_secret', '', '（三）不予公开', '1.属于国家秘密'),
    ('denied_prohibited_by_law', '', '', '2.其他法律行政法规禁止公开'),
    ('denied_three_securities', '', '', '3.危及“三安全一稳定”'),
    ('denied_third_party', '', '', '4.保护第三方合法权益'),
    ('denied_internal_affairs', '', '', '5.属于三类内部事务信息'),
    ('denied_process_info', '', '', '6.属于四类过程性信息'),
    ('denied_enforcement_file', '', '', '7.属于行政执法案卷'),
    ('denied_query', '', '', '8.属于行政查询事项'),
    ('unavailable_not_held', '', '（四）无法提供', '1.本机关不掌握相关政府信息'),
    ('unavailable_needs_creation', '', '', '2.没有现成信息需要另行制作'),
    ('unavailable_unclear', '', '', '3.补正后申请内容仍不明确'),
    ('unprocessed_petition', '', '（五）不予处理', '1.信访举报投诉类申请'),
    ('unprocessed_duplicate', '', '', '2.重复申请'),
    ('unprocessed_publication', '', '', '3.要求提供公开出版物'),
    ('unprocessed_excessive', '', '', '4.无正当理由大量反复申请'),
    ('unprocessed_confirmation', '', '', '5.要求行政机关确认或重新出具已获取信息'),
    ('other_overdue_correction', '', '（六）其他处理',
     '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('other_unpaid_fee', '', '',
     '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('other_other', '', '', '3.其他'),
    ('results_total', '', '（七）总计'),
    ('carried_forward', '四、结转下年度继续办理'),
]
OTHER3 = ('other_overdue_correction', 'other_unpaid_fee', 'other_other')
APPEAL_ROWS = ['review', 'litigation_direct', 'litigation_after_review']
APPEAL_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']


def csv_rows(layout):
    """The keys xxgk prints: those of the layout (no 2021 items in 2019)."""
    keys = [r[0] for r in REQ_ROWS if not (layout == '2019' and r[0] in OTHER3)]
    if layout == '2019':
        keys.insert(keys.index('results_total'), 'other_processing')
    return keys


def write_csv(name, layout, val):
    """val[(table,row,col)] = CSV value ('' or missing = null)."""
    lines = ['table,row,col,value']
    for r, cols in ACTIVE:
        for c in cols:
            lines.append('active,%s,%s,%s' % (r, c, val.get(('active', r, c), '')))
    for r in csv_rows(layout):
        for c in REQ_COLS:
            lines.append('requests,%s,%s,%s' % (r, c, val.get(('requests', r, c), '')))
    for r in APPEAL_ROWS:
        for c in APPEAL_COLS:
            lines.append('appeals,%s,%s,%s' % (r, c, val.get(('appeals', r, c), '')))
    with open(os.path.join(OUT, name + '.expected.csv'), 'w', newline='') as f:
        f.write(''.join(l + '\r\n' for l in lines))


def write_truth(name, truth):
    with open(os.path.join(OUT, name + '.truth.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(truth, ensure_ascii=False, indent=2) + '\n')


# ---------------------------------------------------------------------------
# LibreOffice exports of DOCX samples

EXPORTS = {
    'template_filled': 'A4 portrait. Numbers wrap in their narrow cells (16073 printed as 1607 / 3): '
                       'the header of the requests table is cut by a page break.',
    'broken_labels': 'A4 portrait.',
    'layout_2019': 'A4 portrait.',
    'broken_sums': 'A4 portrait.',
    'format_2019': 'A4 portrait; table 二 crosses no page.',
}


def read_docx(name):
    with zipfile.ZipFile(os.path.join(DOCX, name + '.docx')) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def write_docx(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in sorted(parts):
            info = zipfile.ZipInfo(n, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[n])


def copy_docx_truth(pdf_name, docx_name, notes):
    with open(os.path.join(DOCX, docx_name + '.expected.csv'), 'rb') as f:
        data = f.read()
    with open(os.path.join(OUT, pdf_name + '.expected.csv'), 'wb') as f:
        f.write(data)
    with open(os.path.join(DOCX, docx_name + '.truth.json'), encoding='utf-8') as f:
        truth = json.load(f)
    truth['notes'] = ('LibreOffice PDF export of corpus/docx/%s.docx%s. %s Same values as the DOCX. '
                      'The DOCX sample: %s' % (docx_name,
                                               '' if pdf_name == docx_name else
                                               ' (changed first: tools/pdf_src/%s.docx)' % pdf_name,
                                               notes, truth['notes']))
    write_truth(pdf_name, truth)


def set_grid(tbl, grid):
    """Give table XML TBL the column widths GRID (twips): tblGrid, tblW and
    every tcW (sum of the grid columns the cell spans)."""
    tbl = re.sub(r'<w:tblGrid>.*?</w:tblGrid>',
                 '<w:tblGrid>' + ''.join('<w:gridCol w:w="%d"/>' % w for w in grid) + '</w:tblGrid>',
                 tbl, count=1, flags=re.S)
    tbl = re.sub(r'<w:tblW w:w="\d+"', '<w:tblW w:w="%d"' % sum(grid), tbl)

    def fix_row(m):
        row = m.group(0)
        out, pos, col = [], 0, 0
        skip = re.search(r'<w:gridBefore w:val="(\d+)"/>', row)
        if skip:
            col = int(skip.group(1))
        for c in re.finditer(r'<w:tc>.*?</w:tc>', row, re.S):
            cell = c.group(0)
            span = re.search(r'<w:gridSpan w:val="(\d+)"/>', cell)
            n = int(span.group(1)) if span else 1
            w = sum(grid[col:col + n])
            cell = re.sub(r'<w:tcW w:w="\d+"', '<w:tcW w:w="%d"' % w, cell, count=1)
            out.append(row[pos:c.start()])
            out.append(cell)
            pos = c.end()
            col += n
        out.append(row[pos:])
        return ''.join(out)

    return re.sub(r'<w:tr[ >].*?</w:tr>', fix_row, tbl, flags=re.S)


def tables_of(doc):
    return list(re.finditer(r'<w:tbl>.*?</w:tbl>', doc, re.S))


def v_landscape(doc):
    """A4 landscape; every table widened by the ratio of the text widths."""
    doc = doc.replace('<w:pgSz w:w="11906" w:h="16838"/>',
                      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    ratio = (16838 - 3600) / (11906 - 3600)
    out, pos = [], 0
    for m in tables_of(doc):
        tbl = m.group(0)
        grid = [int(x) for x in re.findall(r'<w:gridCol w:w="(\d+)"/>', tbl)]
        out.append(doc[pos:m.start()])
        out.append(set_grid(tbl, [int(w * ratio) for w in grid]))
        pos = m.end()
    out.append(doc[pos:])
    return ''.join(out)


def v_narrow(doc):
    """Label columns narrowed: the requests labels wrap over two to four lines,
    the active table's label column over two."""
    ts = tables_of(doc)
    new = {}
    new[0] = set_grid(ts[0].group(0), [1100, 2900, 2900, 2840])
    new[1] = set_grid(ts[1].group(0), [560, 760, 2000] + [917] * 7)
    out, pos = [], 0
    for i, m in enumerate(ts):
        out.append(doc[pos:m.start()])
        out.append(new.get(i, m.group(0)))
        pos = m.end()
    out.append(doc[pos:])
    return ''.join(out)


FILLER = ('本机关坚持以公开为常态、不公开为例外，围绕年度重点工作，持续加强政府信息公开标准化规范化建设，'
          '依法做好政府信息主动公开、依申请公开和政策解读工作，及时回应社会关切。')


def v_pagebreak(doc, n):
    """N body paragraphs before part 三's table, so that it starts low on a
    page and the break falls among its body rows."""
    i = doc.index('三、收到和处理政府信息公开申请情况')
    i = doc.index('</w:p>', i) + len('</w:p>')
    p = ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>'
         '<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" '
         'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % FILLER)
    return doc[:i] + p * n + doc[i:]


VARIANTS = [
    ('template_filled_landscape', 'template_filled', v_landscape,
     'A4 landscape (w:pgSz orient="landscape", w and h swapped), tables widened to the wider text area: '
     'no number wraps, the tables fall differently over the pages.'),
    ('template_sparse_narrow', 'template_sparse', v_narrow,
     'Label columns narrowed (requests: 560/760/2000 twips; active: 1100): the row labels wrap over two to '
     'four lines, 三、本年度办理结果 and the group labels over several; value columns widened.'),
    ('fullwidth_dashes_pagebreak', 'fullwidth_dashes', lambda d: v_pagebreak(d, 14),
     'Fourteen body paragraphs before the requests table, so that it starts low on a page and a page '
     'break cuts its body rows (the rowspan of 三、本年度办理结果 goes on over the break).'),
]


def gen_docx_samples():
    for name, notes in EXPORTS.items():
        copy_docx_truth(name, name, notes)
    for name, base, fn, notes in VARIANTS:
        parts = read_docx(base)
        doc = parts['word/document.xml'].decode('utf-8')
        parts['word/document.xml'] = fn(doc).encode('utf-8')
        write_docx(os.path.join(SRC, name + '.docx'), parts)
        copy_docx_truth(name, base, notes)


# ---------------------------------------------------------------------------
# tables drawn by hand (tools/pdf_src/NAME.draw, rendered by drawpdf.c)

PW, PH, MARGIN = 842, 595, 40      # A4 landscape, points


def text_width(s, size):
    return sum(size * (0.55 if ord(ch) < 0x2e80 else 1.0) for ch in s)


class Drawing:
    def __init__(self):
        self.cmds = []
        self.y = PH
        self.page = 0

    def new_page(self):
        self.page += 1
        self.cmds.append('page %d %d' % (PW, PH))
        self.cmds.append('font 8')
        self.text(PW / 2, PH - 25, 'c', '- %d -' % self.page, 8)
        self.y = MARGIN

    def need(self, h):
        if self.y + h > PH - MARGIN:
            self.new_page()

    def text(self, x, y, align, s, size):
        self.cmds.append('font %g' % size)
        self.cmds.append('text %.2f %.2f %s %s' % (x, y, align, s))

    def line(self, x0, y0, x1, y1, w=0.75):
        self.cmds.append('line %.2f %.2f %.2f %.2f %.2f' % (x0, y0, x1, y1, w))

    def para(self, s, size=12, indent=2, align='l'):
        """S wrapped to the text width, first line indented INDENT characters."""
        width = PW - 2 * MARGIN
        lines, cur, x = [], '', indent * size
        for ch in s:
            w = text_width(ch, size)
            if x + w > width and cur:
                lines.append(cur)
                cur, x = '', 0
            cur += ch
            x += w
        lines.append(cur)
        for i, l in enumerate(lines):
            self.need(size * 1.8)
            self.y += size * 1.8
            if align == 'c':
                self.text(PW / 2, self.y, 'c', l, size)
            else:
                self.text(MARGIN + (indent * size if i == 0 else 0), self.y, 'l', l, size)
        self.y += size * 0.4

    def table(self, xs, rows, rules, size=8):
        """XS: column boundaries; ROWS: lists of (first col, last col, text,
        align) spans, a text may hold '\n' (lines); RULES: 'h' (a rule above
        every row and below the last) or 'none'.  Keeps to one page."""
        lh = size * 1.3
        heights = [max([t.count('\n') + 1 for _, _, t, _ in r] + [1]) * lh + 4 for r in rows]
        self.need(sum(heights) + 10)
        self.y += 6
        for r, h in zip(rows, heights):
            if rules == 'h':
                self.line(xs[0], self.y, xs[-1], self.y)
            for c0, c1, t, al in r:
                ls = t.split('\n')
                top = self.y + (h - len(ls) * lh) / 2 + size * 1.05
                for i, l in enumerate(ls):
                    if not l:
                        continue
                    yy = top + i * lh
                    if al == 'l':
                        self.text(xs[c0] + 3, yy, 'l', l, size)
                    elif al == 'r':
                        self.text(xs[c1 + 1] - 3, yy, 'r', l, size)
                    else:
                        self.text((xs[c0] + xs[c1 + 1]) / 2, yy, 'c', l, size)
            self.y += h
        if rules == 'h':
            self.line(xs[0], self.y, xs[-1], self.y)
        self.y += 6

    def write(self, path):
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(self.cmds) + '\n')


def drawn_values(seed, layout, nulls, breaks):
    """Distinct non-zero values with consistent sums; then NULLS
    {key: printed form ('' or a dash)} emptied and BREAKS {key: delta}
    added to printed totals.  Returns (printed, truth)."""
    rng = random.Random(seed)
    pool = iter(rng.sample(range(11, 3000), 300))
    pr = {}
    for r, cols in ACTIVE:
        for c in cols:
            pr[('active', r, c)] = '3915.47' if r == 'fees' else str(next(pool))
    rows = [x[0] for x in REQ_ROWS if not (layout == '2019' and x[0] in OTHER3)]
    if layout == '2019':
        rows.insert(rows.index('results_total'), 'other_processing')
    results = rows[rows.index('granted'):rows.index('results_total')]
    for c in APPLICANTS:
        for r in results:
            pr[('requests', r, c)] = str(next(pool) % 400 + 3)
        for k in list(nulls):
            if k[0] == 'requests' and k[2] == c and k[1] in results:
                pr[k] = '0'
        tot = sum(int(pr[('requests', r, c)]) for r in results)
        pr[('requests', 'results_total', c)] = str(tot)
        fwd = next(pool) % 300 + 5
        over = next(pool) % 200 + 7
        pr[('requests', 'carried_forward', c)] = str(fwd)
        pr[('requests', 'carried_over', c)] = str(over)
        pr[('requests', 'new_received', c)] = str(tot + fwd - over)
    for r in rows:
        pr[('requests', r, 'total')] = str(sum(int(pr[('requests', r, c)]) for c in APPLICANTS))
    for r in APPEAL_ROWS:
        parts = [next(pool) % 90 + 2 for _ in range(4)]
        for c, x in zip(APPEAL_COLS, parts):
            pr[('appeals', r, c)] = str(x)
        pr[('appeals', r, 'total')] = str(sum(parts))
    for k, form in nulls.items():
        pr[k] = form
    for k, d in breaks.items():
        pr[k] = str(int(pr[k]) + d)
    truth = {k: (v if re.fullmatch(r'\d+(\.\d+)?', v) else '') for k, v in pr.items()}
    return rows, pr, truth


GROUPS = {'granted': ('三、本年度办理结果', '（一）予以公开', ''),
          'partially_granted': ('', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''),
          'results_total': ('', '（七）总计', ''),
          'other_processing': ('', '（六）其他处理', '')}


def req_label(key, layout):
    """(column A, B, C) labels of a requests row, the group labels only on
    the first row of their group."""
    for x in REQ_ROWS:
        if x[0] != key:
            continue
        if key in GROUPS:
            return GROUPS[key]
        if len(x) == 2:
            return (x[1], '', '')
        return ('', x[2], x[3])
    return GROUPS[key]


def draw_report(name, meta, layout, pr, rows, rules, wrap):
    d = Drawing()
    d.new_page()
    org, year = meta['organisation'], meta['year']
    d.para(org, 18, 0, 'c')
    d.para('%d年政府信息公开工作年度报告' % year, 18, 0, 'c')
    d.para('本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自%d年1月1日起至%d年12月31日止。'
           % (year, year))
    d.para('一、总体情况', 14, 2)
    d.para('%d年，%s认真贯彻落实《条例》要求，依法做好政府信息主动公开和依申请公开工作，'
           '信息公开的规范化水平持续提升，政务公开平台建设和监督保障工作稳步推进。' % (year, org))
    d.para('二、主动公开政府信息情况', 14, 2)
    x0 = MARGIN + 60
    xs = [x0, x0 + 200, x0 + 340, x0 + 480, x0 + 620]
    a = []

    def sec(t):
        a.append([(0, 3, t, 'l')])

    def v(r, c):
        return pr[('active', r, c)]
    sec('第二十条第（一）项')
    a.append([(0, 0, '信息内容', 'c'), (1, 1, '本年制发件数', 'c'), (2, 2, '本年废止件数', 'c'),
              (3, 3, '现行有效件数', 'c')])
    for r, lab in (('regulations', '规章'), ('normative_documents', '行政规范性文件')):
        a.append([(0, 0, lab, 'l')] + [(i + 1, i + 1, v(r, c), 'c')
                                      for i, c in enumerate(['issued', 'repealed', 'in_force'])])
    sec('第二十条第（五）项')
    a.append([(0, 0, '信息内容', 'c'), (1, 3, '本年处理决定数量', 'c')])
    a.append([(0, 0, '行政许可', 'l'), (1, 3, v('licensing', 'decisions'), 'c')])
    sec('第二十条第（六）项')
    a.append([(0, 0, '信息内容', 'c'), (1, 3, '本年处理决定数量', 'c')])
    a.append([(0, 0, '行政处罚', 'l'), (1, 3, v('punishment', 'decisions'), 'c')])
    a.append([(0, 0, '行政强制', 'l'), (1, 3, v('enforcement', 'decisions'), 'c')])
    sec('第二十条第（八）项')
    a.append([(0, 0, '信息内容', 'c'), (1, 3, '本年收费金额（单位：万元）', 'c')])
    a.append([(0, 0, '行政事业性收费', 'l'), (1, 3, v('fees', 'amount_10k_yuan'), 'c')])
    d.table(xs, a, rules, 9)
    d.new_page()
    d.para('三、收到和处理政府信息公开申请情况', 14, 2)
    # requests: label columns A (60), B (110 or 95), C, then 7 value columns
    wa, wb = 76, 118
    wc = 230 if not wrap else 150
    wv = 48 if not wrap else 50
    x = MARGIN
    xs = [x, x + wa, x + wa + wb, x + wa + wb + wc]
    for i in range(7):
        xs.append(xs[-1] + wv)
    q = [[(0, 2, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'l'), (3, 9, '申请人情况', 'c')],
         [(3, 3, '自然人', 'c'), (4, 8, '法人或其他组织', 'c'), (9, 9, '总计', 'c')],
         [(4, 4, '商业企业', 'c'), (5, 5, '科研机构', 'c'), (6, 6, '社会公益组织', 'c'),
          (7, 7, '法律服务机构', 'c'), (8, 8, '其他', 'c')]]
    if wrap:
        q = [[(0, 2, '（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）', 'l'),
              (3, 9, '申请人情况', 'c')],
             [(3, 3, '自然人', 'c'), (4, 8, '法人或其他组织', 'c'), (9, 9, '总计', 'c')],
             [(4, 4, '商业\n企业', 'c'), (5, 5, '科研\n机构', 'c'), (6, 6, '社会公益\n组织', 'c'),
              (7, 7, '法律服务\n机构', 'c'), (8, 8, '其他', 'c')]]
    for r in rows:
        la, lb, lc = req_label(r, layout)
        spans = []
        if la and not lb and not lc:
            spans.append((0, 2, la, 'l'))
        else:
            if la:
                spans.append((0, 0, la, 'l'))
            if lb and not lc:
                if wrap and len(lb) > 20:
                    lb = lb[:19] + '\n' + lb[19:]
                spans.append((1, 2, lb, 'l'))
            else:
                if lb:
                    spans.append((1, 1, lb, 'l'))
                if wrap and len(lc) > 17:
                    lc = '\n'.join(lc[i:i + 17] for i in range(0, len(lc), 17))
                spans.append((2, 2, lc, 'l'))
        for i, c in enumerate(REQ_COLS):
            t = pr[('requests', r, c)]
            if t:
                spans.append((3 + i, 3 + i, t, 'r'))
        q.append(spans)
    d.table(xs, q, rules, 7.5)
    d.new_page()
    d.para('四、政府信息公开行政复议、行政诉讼情况', 14, 2)
    w = 47
    xs = [MARGIN + 20 + i * w for i in range(16)]
    ap = [[(0, 4, '行政复议', 'c'), (5, 14, '行政诉讼', 'c')],
          [(5, 9, '未经复议直接起诉', 'c'), (10, 14, '复议后起诉', 'c')],
          [(i, i, t, 'c') for i, t in enumerate(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 3)],
          [(i * 5 + j, i * 5 + j, pr[('appeals', r, c)], 'c')
           for i, r in enumerate(APPEAL_ROWS) for j, c in enumerate(APPEAL_COLS) if pr[('appeals', r, c)]]]
    d.table(xs, ap, rules, 8)
    d.para('五、存在的主要问题及改进情况', 14, 2)
    d.para('信息公开的及时性仍需提高。下一步将完善工作机制，加强培训。')
    d.para('六、其他需要报告的事项', 14, 2)
    d.para('本年度未收取信息处理费。')
    d.para(org, 12, 0, 'r' if False else 'l')
    y, m, dd = meta['publication_date'].split('-')
    d.para('%s年%d月%d日' % (y, int(m), int(dd)), 12, 0)
    d.write(os.path.join(SRC, name + '.draw'))


DRAWN = [
    ('hrules_only', '2021', 'h', True, 501,
     {('requests', 'denied_query', 'research'): '', ('requests', 'other_unpaid_fee', 'legal_services'): '—',
      ('active', 'licensing', 'decisions'): '', ('active', 'regulations', 'repealed'): '—',
      ('appeals', 'litigation_direct', 'pending'): '/'},
     {('requests', 'results_total', 'commercial'): 13, ('appeals', 'review', 'total'): -5},
     {'organisation': '临川市交通运输局', 'year': 2023, 'publication_date': '2024-01-26'},
     'Drawn with cairo (tools/pdf_src/hrules_only.draw, drawpdf.c), A4 landscape: the three tables '
     'with horizontal rules only (one above every row and one below the table), no vertical rule; '
     'labels and header cells wrapped over two or three lines, group labels only on the first row of '
     'their group, numbers set right. Empty cells (denied_query research, licensing), dashes (— in '
     'other_unpaid_fee legal_services and regulations repealed, / in litigation_direct pending). '
     'Broken: results_total commercial printed 13 more than its parts (requests_results_total and '
     'requests_row_total of results_total fail, requests_balance commercial too), appeals review total '
     '5 less (appeals_row_total review fails).'),
    ('no_rules', '2019', 'none', False, 502,
     {('requests', 'unavailable_unclear', 'other_org'): '', ('requests', 'granted', 'social_welfare'): '-',
      ('active', 'punishment', 'decisions'): '/', ('appeals', 'litigation_after_review', 'other'): ''},
     {('requests', 'carried_forward', 'total'): 100},
     {'organisation': '临川市卫生健康委员会', 'year': 2024, 'publication_date': '2025-01-22'},
     'Drawn with cairo (tools/pdf_src/no_rules.draw, drawpdf.c), A4 landscape: the three tables with no '
     'rules at all, columns told only by alignment; one-line labels, group labels only on the first row '
     'of their group, numbers set right; 2019 layout (（六）其他处理 one row, other_processing). Empty '
     'cells (unavailable_unclear other_org, litigation_after_review other), dashes (- in granted '
     'social_welfare, / in punishment). Broken: carried_forward total printed 100 more than its parts '
     '(requests_row_total carried_forward and requests_balance total fail).'),
]


def gen_drawn():
    for name, layout, rules, wrap, seed, nulls, breaks, meta, notes in DRAWN:
        meta = dict(meta)
        meta['title'] = '%s%d年政府信息公开工作年度报告' % (meta['organisation'], meta['year'])
        rows, pr, truth = drawn_values(seed, layout, nulls, breaks)
        draw_report(name, meta, layout, pr, rows, rules, wrap)
        write_csv(name, layout, truth)
        write_truth(name, {'layout': layout, 'organisation': meta['organisation'], 'year': meta['year'],
                           'title': meta['title'], 'publication_date': meta['publication_date'],
                           'notes': notes})



def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(SRC, exist_ok=True)
    gen_docx_samples()
    gen_drawn()


if __name__ == '__main__':
    main()
