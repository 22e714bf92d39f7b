#!/usr/bin/env python3
"""Generate the page-break samples of xxgk's PDF corpus (corpus/pdf/).

Standard library only, deterministic; tools/make_pdf_corpus.sh runs it
after gen_pdf_corpus.py, whose helpers (values, labels, truth files) it
uses.  Two kinds of sample:

  Drawn (BROKEN_TABLES): A4 portrait reports whose requests table runs
  over one or more page breaks, drawn as a Word-like tool, a report
  generator or a plain typesetter would: with every rule (a lattice, the
  group labels in cells merged down), with horizontal rules only, or with
  none; rows cut by a break (the lines of a wrapped label on both pages,
  the numbers above or below the break), a header repeated or not, page
  numbers and a running header in the margins.  tools/pdf_src/NAME.draw,
  rendered by drawpdf.c (cairo).  The truth CSV is the values put in.

  LibreOffice exports (LO_VARIANTS): corpus/docx samples changed first
  (tools/pdf_src/NAME.docx): cells of several paragraphs with the requests
  table over three pages; the appeals header cells merged down with
  vertical text (tbRlV).  Their truth is the DOCX sample's.

  A font not embedded (NOEMBED): a drawing list written by
  tools/pdf_src/plainpdf.py with a font the PDF does not carry.  Its truth
  is the drawn sample's.

Usage: python3 tools/gen_pdf_breaks.py [REPO_ROOT]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_pdf_corpus as g  # noqa: E402  (reads REPO_ROOT from argv too)

PW, PH = 595, 842           # A4 portrait, points
LEFT, RIGHT, TOP, BOTTOM = 50, 545, 60, 780


def text_width(s, size):
    return g.text_width(s, size)


def wrap(s, width, size):
    """S broken into lines no wider than WIDTH at SIZE; '\\n' kept."""
    out = []
    for part in s.split('\n'):
        cur, w = '', 0
        for ch in part:
            cw = text_width(ch, size)
            if w + cw > width and cur:
                out.append(cur)
                cur, w = '', 0
            cur += ch
            w += cw
        out.append(cur)
    return out


class Cell:
    def __init__(self, r0, r1, c0, c1, text, halign='c', valign='c'):
        self.r0, self.r1, self.c0, self.c1 = r0, r1, c0, c1
        self.text, self.halign, self.valign = text, halign, valign
        self.lines = []


class Page:
    """A drawing list with a cursor; pages numbered at the foot, a running
    header when RUNNING is set."""

    def __init__(self, running=None, number_style='- %d -'):
        self.cmds, self.y, self.page = [], PH, 0
        self.running, self.number_style = running, number_style

    def new_page(self):
        self.page += 1
        self.cmds.append('page %d %d' % (PW, PH))
        self.text(PW / 2, PH - 30, 'c', self.number_style % self.page, 9)
        if self.running:
            self.text(PW / 2, 38, 'c', self.running, 8)
        self.y = TOP

    def text(self, x, y, align, s, size):
        self.cmds.append('font %g' % size)
        self.cmds.append('text %.2f %.2f %s %s' % (x, y, align, s))

    def line(self, x0, y0, x1, y1, w=0.6):
        self.cmds.append('line %.2f %.2f %.2f %.2f %.2f' % (x0, y0, x1, y1, w))

    def para(self, s, size=12, indent=2, align='l'):
        lines = wrap(s, RIGHT - LEFT - indent * size, size)
        for i, l in enumerate(lines):
            if self.y + size * 1.8 > BOTTOM:
                self.new_page()
            self.y += size * 1.8
            if align == 'c':
                self.text(PW / 2, self.y, 'c', l, size)
            else:
                self.text(LEFT + (indent * size if i == 0 else 0), self.y, 'l', l, size)
        self.y += size * 0.4

    def table(self, xs, nrows, cells, rules, size, header_rows=0,
              repeat_header=False, cut_rows=(), close_at_break=True,
              breaks=None):
        """A table of NROWS rows over columns XS, CELLS (Cell) placed row
        after row, over as many pages as it takes.  RULES: 'full' (every
        cell's sides), 'h' (a rule above every row and below the last,
        across the table) or 'none'.  A row in CUT_ROWS that does not fit
        is cut: its cells' lines before the break on this page, the rest
        on the next (a cell set 'bottom' keeps its lines at the bottom of
        the row); any other row goes to the next page whole.  Header rows
        are drawn again at the top of each page when REPEAT_HEADER.  With
        CLOSE_AT_BREAK, a rule closes the table at the foot of a page and
        opens it at the top of the next.  BREAKS {row: lines}: the page
        ends after that many lines of that row (0: before the row), as a
        longer text above the table would have made it."""
        breaks = breaks or {}
        lh = size * 1.35
        pad = 3
        for c in cells:
            c.lines = [l for l in wrap(c.text, xs[c.c1 + 1] - xs[c.c0] - 2 * pad, size)]
            if c.lines == ['']:
                c.lines = []
        need = [1] * nrows
        for c in cells:
            if c.r0 == c.r1:
                need[c.r0] = max(need[c.r0], len(c.lines))
        for c in cells:     # a spanning cell's lines fit in its rows
            if c.r1 > c.r0:
                have = sum(need[c.r0:c.r1 + 1])
                if have < len(c.lines):
                    need[c.r1] += len(c.lines) - have
        # place rows: segments (page, row, first line, last line, y0, y1)
        segs = []
        page_rows = []

        def start_page(first):
            self.new_page()
            page_rows.append([])
            if not first and repeat_header:
                for r in range(header_rows):
                    h = need[r] * lh + 2 * pad
                    segs.append((self.page, r, 0, need[r], self.y, self.y + h))
                    self.y += h

        self.y += 8
        if self.y + (need[0] + need[min(1, nrows - 1)]) * lh + 4 * pad > BOTTOM:
            start_page(True)
        page_rows.append([])
        for r in range(nrows):
            done = 0
            if breaks.get(r) == 0:
                start_page(False)
            elif r in breaks:
                k = breaks[r]
                h = k * lh + 2 * pad
                segs.append((self.page, r, 0, k, self.y, self.y + h))
                self.y += h
                done = k
                start_page(False)
            while done < need[r]:
                left = need[r] - done
                room = int((BOTTOM - self.y - 2 * pad) // lh)
                if left <= room:
                    h = left * lh + 2 * pad
                    segs.append((self.page, r, done, need[r], self.y, self.y + h))
                    self.y += h
                    done = need[r]
                elif r in cut_rows and room >= 1:
                    h = room * lh + 2 * pad
                    segs.append((self.page, r, done, done + room, self.y, self.y + h))
                    self.y += h
                    done += room
                    start_page(False)
                else:
                    start_page(False)
        # draw
        for (pg, r, l0, l1, y0, y1) in segs:
            self._segment(xs, cells, need, pg, r, l0, l1, y0, y1, rules, size, lh, pad, segs)
        # closing rules
        if rules in ('full', 'h'):
            by_page = {}
            for s in segs:
                by_page.setdefault(s[0], []).append(s)
            pages = sorted(by_page)
            for i, pg in enumerate(pages):
                last = by_page[pg][-1]
                if i == len(pages) - 1 or close_at_break:
                    self._on_page(pg, ('line %.2f %.2f %.2f %.2f %.2f' %
                                       (xs[0], last[5], xs[-1], last[5], 0.6)))
        self.y += 10

    def _on_page(self, pg, cmd):
        """Insert a drawing command into page PG's part of the list."""
        n = 0
        for i, c in enumerate(self.cmds):
            if c.startswith('page '):
                n += 1
                if n == pg + 1:
                    self.cmds.insert(i, cmd)
                    return
        self.cmds.append(cmd)

    def _segment(self, xs, cells, need, pg, r, l0, l1, y0, y1, rules, size, lh, pad, segs):
        first_on_page = not any(s[0] == pg and s[4] < y0 for s in segs)
        for c in cells:
            if not (c.r0 <= r <= c.r1):
                continue
            x0, x1 = xs[c.c0], xs[c.c1 + 1]
            top_of_cell = (r == c.r0 and l0 == 0)
            if rules == 'full':
                if top_of_cell or first_on_page:
                    self._on_page(pg, 'line %.2f %.2f %.2f %.2f 0.60' % (x0, y0, x1, y0))
                self._on_page(pg, 'line %.2f %.2f %.2f %.2f 0.60' % (x0, y0, x0, y1))
                if c.c1 + 1 == len(xs) - 1:
                    self._on_page(pg, 'line %.2f %.2f %.2f %.2f 0.60' % (x1, y0, x1, y1))
            if c.r0 != r and not (c.r1 == r and c.r0 == c.r1):
                continue
            if c.r0 != c.r1:
                # a cell merged down: its lines from its first row on
                lines = c.lines[l0:l1] if r == c.r0 else []
                if r == c.r0:
                    lines = c.lines[l0:]
                top = y0 + pad
            else:
                n = len(c.lines)
                if c.valign == 'bottom':
                    first = need[r] - n
                    lines = [c.lines[i - first] for i in range(max(l0, first), l1)]
                    top = y0 + pad + (max(l0, first) - l0) * lh
                elif c.valign == 'top' or l1 - l0 < need[r]:
                    lines = c.lines[l0:l1]
                    top = y0 + pad
                else:
                    lines = c.lines
                    top = y0 + pad + (need[r] - n) * lh / 2
            for i, l in enumerate(lines):
                yy = top + i * lh + size * 1.02
                if not l:
                    continue
                if c.halign == 'l':
                    self._on_page(pg, 'font %g' % size)
                    self._on_page(pg, 'text %.2f %.2f l %s' % (x0 + pad, yy, l))
                elif c.halign == 'r':
                    self._on_page(pg, 'font %g' % size)
                    self._on_page(pg, 'text %.2f %.2f r %s' % (x1 - pad, yy, l))
                else:
                    self._on_page(pg, 'font %g' % size)
                    self._on_page(pg, 'text %.2f %.2f c %s' % ((x0 + x1) / 2, yy, l))
        if rules == 'h':
            self._on_page(pg, 'line %.2f %.2f %.2f %.2f 0.60' % (xs[0], y0, xs[-1], y0))

    def write(self, path):
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(self.cmds) + '\n')


GROUP_B = {  # requests rows grouped under a (B) label: first key -> label
    'denied_state_secret': '（三）不予公开',
    'unavailable_not_held': '（四）无法提供',
    'unprocessed_petition': '（五）不予处理',
    'other_overdue_correction': '（六）其他处理',
}


def requests_cells(rows, pr, layout, merged):
    """The requests table as cells: three header rows, then a row a key.
    MERGED: group labels in cells merged down over their items (a Word
    table); else on the first row of their group only."""
    cells = [Cell(0, 0, 0, 2, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'l'),
             Cell(0, 0, 3, 9, '申请人情况'),
             Cell(1, 2, 3, 3, '自然人'), Cell(1, 1, 4, 8, '法人或其他组织'), Cell(1, 2, 9, 9, '总计')]
    for i, t in enumerate(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']):
        cells.append(Cell(2, 2, 4 + i, 4 + i, t))
    cells.append(Cell(1, 2, 0, 2, ''))
    r0 = 3
    keys = list(rows)
    results = keys[keys.index('granted'):keys.index('results_total') + 1]
    # group extents
    groups_b = {}
    cur = None
    for k in keys:
        if k in GROUP_B:
            cur = k
            groups_b[cur] = [k]
        elif cur and k in results and not k.startswith(('granted', 'partially', 'results', 'other_processing')):
            groups_b[cur].append(k)
        else:
            cur = None
    for i, k in enumerate(keys):
        r = r0 + i
        la, lb, lc = g.req_label(k, layout)
        if k in ('new_received', 'carried_over', 'carried_forward'):
            cells.append(Cell(r, r, 0, 2, la, 'l'))
        else:
            if k == 'granted':
                if merged:
                    cells.append(Cell(r, r0 + keys.index('results_total'), 0, 0, '三、本年度办理结果', 'l', 'top'))
                else:
                    cells.append(Cell(r, r, 0, 0, '三、本年度办理结果', 'l', 'top'))
            elif not merged:
                cells.append(Cell(r, r, 0, 0, '', 'l'))
            if k in ('granted', 'partially_granted', 'results_total', 'other_processing'):
                cells.append(Cell(r, r, 1, 2, lb, 'l', 'top'))
            else:
                if k in GROUP_B:
                    n = len(groups_b[k])
                    cells.append(Cell(r, r + n - 1 if merged else r, 1, 1, GROUP_B[k], 'l', 'top'))
                elif not merged:
                    cells.append(Cell(r, r, 1, 1, '', 'l'))
                cells.append(Cell(r, r, 2, 2, lc, 'l', 'top'))
        for j, c in enumerate(g.REQ_COLS):
            cells.append(Cell(r, r, 3 + j, 3 + j, pr[('requests', k, c)], 'r'))
    return cells, r0 + len(keys)


def active_table(d, pr, rules):
    xs = [LEFT, LEFT + 160, LEFT + 272, LEFT + 384, RIGHT]
    cells, r = [], 0

    def v(k, c):
        return pr[('active', k, c)]
    for sec, head, items in (
            ('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
             [('regulations', '规章', ['issued', 'repealed', 'in_force']),
              ('normative_documents', '行政规范性文件', ['issued', 'repealed', 'in_force'])]),
            ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [('licensing', '行政许可', ['decisions'])]),
            ('第二十条第（六）项', ['信息内容', '本年处理决定数量'],
             [('punishment', '行政处罚', ['decisions']), ('enforcement', '行政强制', ['decisions'])]),
            ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'],
             [('fees', '行政事业性收费', ['amount_10k_yuan'])])):
        cells.append(Cell(r, r, 0, 3, sec, 'l'))
        r += 1
        if len(head) == 4:
            cells += [Cell(r, r, i, i, t) for i, t in enumerate(head)]
        else:
            cells += [Cell(r, r, 0, 0, head[0]), Cell(r, r, 1, 3, head[1])]
        r += 1
        for k, lab, cols in items:
            cells.append(Cell(r, r, 0, 0, lab, 'l'))
            if len(cols) == 3:
                cells += [Cell(r, r, 1 + i, 1 + i, v(k, c)) for i, c in enumerate(cols)]
            else:
                cells.append(Cell(r, r, 1, 3, v(k, cols[0])))
            r += 1
    d.table(xs, r, cells, rules, 9)


def appeals_table(d, pr, rules):
    w = (RIGHT - LEFT) / 15
    xs = [LEFT + i * w for i in range(16)]
    cells = [Cell(0, 0, 0, 4, '行政复议'), Cell(0, 0, 5, 14, '行政诉讼'),
             Cell(1, 1, 5, 9, '未经复议直接起诉'), Cell(1, 1, 10, 14, '复议后起诉')]
    for i, t in enumerate(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']):
        cells.append(Cell(1, 2, i, i, '\n'.join(t[k:k + 2] for k in range(0, 4, 2)) if len(t) > 2 else t))
    for i, t in enumerate(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2):
        cells.append(Cell(2, 2, 5 + i, 5 + i, '\n'.join(t[k:k + 2] for k in range(0, 4, 2)) if len(t) > 2 else t))
    for i, r in enumerate(g.APPEAL_ROWS):
        for j, c in enumerate(g.APPEAL_COLS):
            cells.append(Cell(3, 3, i * 5 + j, i * 5 + j, pr[('appeals', r, c)]))
    d.table(xs, 4, cells, rules, 8)


def draw_report(name, meta, layout, pr, rows, s):
    """S: the sample's settings (see BROKEN_TABLES)."""
    org, year = meta['organisation'], meta['year']
    d = Page(running=('%s%d年政府信息公开工作年度报告' % (org, year)) if s.get('running') else None)
    d.new_page()
    d.para(org, 18, 0, 'c')
    d.para('%d年政府信息公开工作年度报告' % year, 18, 0, 'c')
    d.para('本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自%d年1月1日起至%d年12月31日止。'
           % (year, year))
    d.para('一、总体情况', 14, 2)
    for _ in range(s.get('before_active', 2)):
        d.para('%d年，%s认真贯彻落实《条例》要求，依法做好政府信息主动公开和依申请公开工作，'
               '信息公开的规范化水平持续提升，政务公开平台建设和监督保障工作稳步推进。%s'
               % (year, org, g.FILLER), 12)
    d.para('二、主动公开政府信息情况', 14, 2)
    active_table(d, pr, s['rules'])
    d.para('三、收到和处理政府信息公开申请情况', 14, 2)
    for _ in range(s.get('before_requests', 0)):
        d.para(g.FILLER, 12)
    wa, wb, wc = 52, 62, 108
    xs = [LEFT, LEFT + wa, LEFT + wa + wb, LEFT + wa + wb + wc]
    wv = (RIGHT - xs[-1]) / 7
    for i in range(7):
        xs.append(xs[-1] + wv)
    cells, n = requests_cells(rows, pr, layout, s['rules'] == 'full')
    cut = set(3 + rows.index(k) for k in s.get('cut', ()))
    forced = {3 + rows.index(k): n for k, n in s.get('breaks', ())}
    cut |= set(r for r, n in forced.items() if n > 0)
    for c in cells:
        if c.r0 == c.r1 and c.r0 - 3 in [rows.index(k) for k in s.get('numbers_below', ())] and c.c0 >= 3:
            c.valign = 'bottom'
        elif c.r0 == c.r1 and c.r0 in cut:
            c.valign = 'top'
    d.table(xs, n, cells, s['rules'], s.get('size', 8), header_rows=3,
            repeat_header=s.get('repeat_header', False), cut_rows=cut,
            close_at_break=s.get('close_at_break', True), breaks=forced)
    d.para('四、政府信息公开行政复议、行政诉讼情况', 14, 2)
    appeals_table(d, pr, s['rules'])
    d.para('五、存在的主要问题及改进情况', 14, 2)
    d.para('信息公开的及时性仍需提高。下一步将完善工作机制，加强培训。')
    d.para('六、其他需要报告的事项', 14, 2)
    d.para('本年度未收取信息处理费。')
    d.para(org, 12, 0)
    y, m, dd = meta['publication_date'].split('-')
    d.para('%s年%d月%d日' % (y, int(m), int(dd)), 12, 0)
    d.write(os.path.join(g.SRC, name + '.draw'))
    return d.page


BROKEN_TABLES = [
    ('pb_hrules_header_alone', '2021', 611,
     {'rules': 'h', 'size': 9, 'before_requests': 3,
      'breaks': [('new_received', 0)]},
     {('requests', 'denied_query', 'legal_services'): ''},
     {},
     {'organisation': '宁远县交通运输局', 'year': 2023, 'publication_date': '2024-01-25'},
     'Drawn with cairo (tools/pdf_src/pb_hrules_header_alone.draw), A4 portrait, horizontal rules only: '
     'the page breaks right after the requests table\'s three header rows, which stand alone at the foot '
     'of page 2; every row of numbers is on the next page, no header repeated. The header\'s words alone '
     '(商业企 over 科研机, 社会公 over 法律服) gave that page\'s columns, fewer than the numbers\', and '
     'the rows going on in them held three numbers in one cell (before: 25 of 200 read). '
     'Empty cell (denied_query legal_services).'),
    ('pb_lattice_2breaks', '2021', 601,
     {'rules': 'full', 'size': 9, 'before_requests': 1,
      'breaks': [('partially_granted', 2), ('other_overdue_correction', 2)],
      'numbers_below': ['other_overdue_correction']},
     {('requests', 'denied_query', 'social_welfare'): '', ('requests', 'unprocessed_duplicate', 'research'): '—'},
     {('requests', 'results_total', 'legal_services'): 7},
     {'organisation': '宁远县自然资源局', 'year': 2023, 'publication_date': '2024-01-19'},
     'Drawn with cairo (tools/pdf_src/pb_lattice_2breaks.draw), A4 portrait, every rule drawn (a lattice; '
     'the group labels 三、本年度办理结果, （三）…（六） in cells merged down over their items): the requests '
     'table runs over two page breaks, no header repeated. Two rows are cut by a break: （二）部分公开, its '
     'label wrapped over three lines, with lines on both pages and its numbers on the first; '
     '（六）其他处理 1. (a long wrapped label) with its label on the first page and its numbers set at '
     'the bottom of the row, on the second. The merged group cells go on over the breaks. Page numbers '
     'in the foot. Empty cell (denied_query social_welfare), dash (unprocessed_duplicate research). '
     'Broken: results_total legal_services printed 7 more than its parts.'),
    ('pb_hrules_repeat', '2021', 602,
     {'rules': 'h', 'size': 9, 'before_requests': 1, 'repeat_header': True,
      'breaks': [('denied_prohibited_by_law', 1)], 'running': True},
     {('requests', 'unavailable_unclear', 'commercial'): '', ('appeals', 'review', 'pending'): '—'},
     {('requests', 'new_received', 'total'): -3},
     {'organisation': '宁远县市场监督管理局', 'year': 2023, 'publication_date': '2024-01-22'},
     'Drawn with cairo (tools/pdf_src/pb_hrules_repeat.draw), A4 portrait, horizontal rules only (one above '
     'every row, one closing the table at each page foot), group labels on the first row of their group: '
     'the requests table runs over a page break with its three header rows repeated on the next page; '
     'the row at the break is cut (its wrapped label on both pages, its numbers on the first). A running '
     'header (the report title) at the top of every page, page numbers at the foot. Empty cell '
     '(unavailable_unclear commercial), dash (appeals review pending). Broken: new_received total '
     'printed 3 less than its parts.'),
    ('pb_norules_cut', '2021', 603,
     {'rules': 'none', 'size': 9, 'before_requests': 1,
      'breaks': [('other_unpaid_fee', 2)],
      'numbers_below': ['other_unpaid_fee'], 'running': True},
     {('requests', 'denied_enforcement_file', 'other_org'): '', ('requests', 'carried_over', 'research'): '-'},
     {('requests', 'results_total', 'natural_person'): 11},
     {'organisation': '宁远县人力资源和社会保障局', 'year': 2024, 'publication_date': '2025-01-17'},
     'Drawn with cairo (tools/pdf_src/pb_norules_cut.draw), A4 portrait, no rules at all: the requests '
     'table runs over a page break, columns told only by alignment, no header repeated; the row at the '
     'break is cut, its label wrapped with lines on both pages and its numbers set at the bottom of the '
     'row, below the break, after the page number and the running header of the next page. Empty cell '
     '(denied_enforcement_file other_org), dash (carried_over research). Broken: results_total '
     'natural_person printed 11 more than its parts.'),
    ('pb_hrules_tight', '2021', 604,
     {'rules': 'h', 'size': 10, 'before_requests': 1, 'repeat_header': True, 'running': True,
      'breaks': [('denied_internal_affairs', 1), ('other_unpaid_fee', 2)]},
     {('requests', 'granted', 'legal_services'): '', ('requests', 'unavailable_not_held', 'other_org'): '—'},
     {('requests', 'results_total', 'total'): 2},
     {'organisation': '宁远县民政局', 'year': 2023, 'publication_date': '2024-01-26'},
     'Drawn with cairo (tools/pdf_src/pb_hrules_tight.draw), A4 portrait, horizontal rules only, set in '
     '10 points in the same narrow columns: right-aligned numbers of neighbouring columns (4609 and 26310) '
     'about one character height apart. The requests table runs over two page breaks with its header '
     'repeated; both rows at the breaks are cut (label lines on both pages, numbers on the first). On the '
     'pages after the first the header text forms a column of its own left of the labels, and the group '
     'label （六）其他处理 is wrapped beside its item 1. Empty cell (granted legal_services), dash '
     '(unavailable_not_held other_org). Broken: results_total total printed 2 more than its parts.'),
    ('pb_hrules_foot_rows', '2021', 948,
     {'rules': 'h', 'size': 11, 'before_requests': 0,
      'breaks': [('granted', 1), ('other_other', 1)], 'running': True,
      'numbers_below': ['other_unpaid_fee']},
     {}, {},
     {'organisation': '清河县交通运输局', 'year': 2023, 'publication_date': '2024-01-19'},
     'Drawn with cairo (tools/pdf_src/pb_hrules_foot_rows.draw), A4 portrait, horizontal rules only, '
     'set in 11 points: the requests table runs over two page breaks, and each leaves only two rows on '
     'a page: 2.申请人逾期未按收费通知要求缴纳费用 (a label of four lines) and 3.其他 alone on page 4, '
     '（七）总计 and 四、结转下年度继续办理 at the top of page 5, numbers of neighbouring columns set close '
     '(162 1129). Two lines in columns are too few for columns of their own: they go on in the columns '
     'of the table ending the page before (before: both pairs of rows a paragraph, 28 values null).'),
]


def gen_drawn():
    for name, layout, seed, settings, nulls, breaks, meta, notes in BROKEN_TABLES:
        meta = dict(meta)
        meta['title'] = '%s%d年政府信息公开工作年度报告' % (meta['organisation'], meta['year'])
        rows, pr, truth = g.drawn_values(seed, layout, nulls, breaks)
        draw_report(name, meta, layout, pr, rows, settings)
        g.write_csv(name, layout, truth)
        g.write_truth(name, {'layout': layout, 'organisation': meta['organisation'], 'year': meta['year'],
                             'title': meta['title'], 'publication_date': meta['publication_date'],
                             'notes': notes})


# ---------------------------------------------------------------------------
# LibreOffice exports of changed corpus DOCX samples

def v_tbrlv(doc):
    """The five 行政复议 header cells of the appeals table (merged down over
    two rows) set in vertical text (w:textDirection tbRlV), their rows
    made tall enough for it."""
    t = g.tables_of(doc)[2]
    tbl = t.group(0)
    rows = list(re.finditer(r'<w:tr[ >].*?</w:tr>', tbl, re.S))
    out, pos = [], 0
    for i, m in enumerate(rows):
        row = m.group(0)
        if i == 1:
            row = re.sub(r'(<w:vMerge w:val="restart"/>.*?)(<w:vAlign )',
                         r'\1<w:textDirection w:val="tbRlV"/>\2', row, flags=re.S)
        if i in (1, 2):
            row = row.replace('<w:trPr>', '<w:trPr><w:trHeight w:val="620"/>', 1)
        out.append(tbl[pos:m.start()])
        out.append(row)
        pos = m.end()
    out.append(tbl[pos:])
    return doc[:t.start()] + ''.join(out) + doc[t.end():]


def v_three_pages(doc, n):
    """N body paragraphs before the requests table, whose cells hold
    several paragraphs (cell_paragraphs), and the labels of (二) and
    (七) in two paragraphs each: the table runs over three pages."""
    doc = g.v_pagebreak(doc, n)
    t = g.tables_of(doc)[1]
    tbl = t.group(0)
    for label, split in (('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开'),
                         ('（七）总计', '（七）')):
        m = re.search(r'<w:p[ >](?:(?!</w:p>).)*?' + re.escape(label[:6]) + r'.*?</w:p>', tbl, re.S)
        if m is None:
            continue
        para = m.group(0)
        text = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', para))
        if not text.startswith(split):
            continue
        first = re.sub(r'(<w:t[^>]*>)[^<]*(</w:t>)', lambda x: x.group(1) + split + x.group(2), para, count=1)
        first = re.sub(r'(</w:t></w:r>).*(</w:p>)$', r'\1\2', first, flags=re.S)
        second = first.replace('>' + split + '<', '>' + text[len(split):] + '<', 1)
        tbl = tbl[:m.start()] + first + second + tbl[m.end():]
    return doc[:t.start()] + tbl + doc[t.end():]


LO_VARIANTS = [
    ('lo_appeals_tbrlv', 'template_filled', v_tbrlv,
     'The five 行政复议 header cells of the appeals table (结果维持 … 总计, merged down over two rows) set '
     'in vertical text (w:textDirection tbRlV, as Word writes it), their rows made tall for it: LibreOffice '
     'draws their characters turned.'),
    ('lo_three_pages', 'cell_paragraphs', lambda d: v_three_pages(d, 5),
     'Five body paragraphs before the requests table, whose value cells hold two paragraphs each (an '
     'empty one before or after the number, as WPS leaves them) and whose （二）部分公开 and （七）总计 labels '
     'are two paragraphs each: the table runs from page 3 over page 4 to page 5.'),
    ('lo_split_tail', 'cell_paragraphs', lambda d: v_three_pages(d, 6),
     'As lo_three_pages with six body paragraphs before the requests table: it runs from page 4 to page 6, '
     'and the first break cuts the row 5.要求行政机关确认或重新出具已获取信息 between the lines of its label '
     'and between the paragraphs of its cells: the label\'s first line and three numbers on page 4, the '
     'label\'s tail and three other numbers (under empty cells) on page 5.'),
]


def gen_lo():
    for name, base, fn, notes in LO_VARIANTS:
        parts = g.read_docx(base)
        doc = parts['word/document.xml'].decode('utf-8')
        parts['word/document.xml'] = fn(doc).encode('utf-8')
        g.write_docx(os.path.join(g.SRC, name + '.docx'), parts)
        g.copy_docx_truth(name, base, notes)


# ---------------------------------------------------------------------------
# fonts not embedded (rendered by pdf_src/plainpdf.py)

NOEMBED = [
    ('hrules_only_noembed', 'hrules_only',
     'tools/pdf_src/hrules_only.draw written by tools/pdf_src/plainpdf.py instead of drawpdf.c: the same '
     'pages with one font, SimSun, not embedded (Identity-H, glyph numbers of the original font, widths '
     'and a ToUnicode map, no font program), as a report saved without its fonts: a reader draws it '
     'with whatever font the machine substitutes, and draws it differently with and without CJK fonts '
     'installed. xxgk must read the same from it whatever fonts the machine has (tests/fonts.sh).'),
]


def gen_noembed():
    for name, base, notes in NOEMBED:
        with open(os.path.join(g.OUT, base + '.expected.csv'), 'rb') as f:
            data = f.read()
        with open(os.path.join(g.OUT, name + '.expected.csv'), 'wb') as f:
            f.write(data)
        import json
        with open(os.path.join(g.OUT, base + '.truth.json'), encoding='utf-8') as f:
            truth = json.load(f)
        truth['notes'] = notes + ' The drawing: ' + truth['notes']
        g.write_truth(name, truth)


def main():
    os.makedirs(g.OUT, exist_ok=True)
    os.makedirs(g.SRC, exist_ok=True)
    gen_drawn()
    gen_lo()
    gen_noembed()


if __name__ == '__main__':
    main()
