#!/usr/bin/env python3
"""Write tools/template.docx: the blank national template (格式模板) of the
government information-disclosure annual report, made by this program.

Standard library only, deterministic (fixed zip timestamps, sorted entries,
paragraph ids counted from a fixed start).

Every byte is written here.  What it reproduces of the template as WPS
Office saves it (the form circulated to government offices) is what readers
meet in real files:

  - the three tables' grid and merge structure: 4, 10 and 15 grid columns,
    13 vertical merges (w:vMerge restart/continue), w:gridSpan up to 10;
  - cell widths (w:tcW) that disagree with the grid, as WPS leaves them
    after a table was resized: a reader must place cells by the grid;
  - value cells that look empty but hold ideographic spaces (U+3000, one or
    two), or an empty paragraph that only carries run properties;
  - labels split over runs (本年 | 制发件数, 现行有效件 | 数), over paragraphs
    (商业 / 企业) and over a w:br (结果 <br> 纠正), a second font inside one
    label (the note of （二）部分公开 in 楷体);
  - WPS's paragraph and row furniture: w14:paraId on every paragraph,
    w:tblPrEx on every row, per-cell borders with w:val="nil" and "outset"
    sides, shading on the 第二十条 rows, autospacing in cell paragraphs,
    empty paragraphs around the tables and a _GoBack bookmark.

The table labels and headings are the national form's (facts of the
schema); the placeholder sentences under the headings are ours.  Styles,
settings, fonts and document properties are minimal parts written here:
no theme, no WPS custom properties.

gen_docx_corpus.py builds every DOCX sample on parts(); `python3
tools/gen_template.py` rewrites tools/template.docx, which the unit test
test_docx (test_wps_template) reads.

Usage: python3 tools/gen_template.py [OUTPUT.docx]
"""

import os
import sys
import zipfile
from xml.sax.saxutils import escape

ZIP_DATE = (1980, 1, 1, 0, 0, 0)

TITLE = '政府信息公开工作年度报告格式模板'
HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
            '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
            '六、其他需要报告的事项']
# Placeholder paragraphs (ours); gen_docx_corpus.py replaces them with a
# sample's text.
PLACEHOLDER_OVERVIEW = '（此处概述本年度工作。）'
PLACEHOLDER_PROBLEMS = '（此处写明问题与改进措施。）'
PLACEHOLDER_OTHER = '（此处写明其他事项；收取信息处理费的，写明收费情况。）'

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 wp14"')

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

SECT_PR = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" '
           'w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
           '<w:cols w:space="425" w:num="1"/><w:docGrid w:type="lines" w:linePitch="312" '
           'w:charSpace="0"/></w:sectPr>')


class Ids:
    """w14:paraId values: eight hex digits, distinct, the same on every run."""

    def __init__(self):
        self.n = 0x1A2B0000

    def next(self):
        self.n = (self.n * 1103515245 + 12345) & 0x7FFFFFFF
        return '%08X' % self.n


# ---------------------------------------------------------------------------
# paragraphs and runs

SONG = '<w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/>'
KAI = '<w:rFonts w:ascii="楷体" w:hAnsi="楷体" w:eastAsia="楷体" w:cs="楷体"/>'
LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar"/>'
FLOW = ('<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/>'
        '<w:suppressLineNumbers w:val="0"/>')


def cell_rpr(font=SONG, black=False):
    return ('<w:rPr>' + font + ('<w:color w:val="000000"/>' if black else '') +
            '<w:kern w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/>' + LANG + '</w:rPr>')


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() else ''
    return '<w:t%s>%s</w:t>' % (sp, escape(text))


class Para:
    """A cell paragraph: pieces are text (one run each), BR (a line break
    in a run of its own) or (text, font) for a run in another font."""

    def __init__(self, jc, pieces, black=False, wide_ind=False):
        self.jc = jc
        self.pieces = pieces
        self.black = black
        self.wide_ind = wide_ind

    def xml(self, ids):
        ind = ('<w:ind w:left="0" w:leftChars="0" w:right="0" w:rightChars="0" w:firstLine="0" '
               'w:firstLineChars="0"/>' if self.wide_ind else '<w:ind w:left="0" w:right="0"/>')
        ppr = ('<w:pPr>' + FLOW + '<w:spacing w:before="0" w:beforeAutospacing="1" w:after="0" '
               'w:afterLines="0" w:afterAutospacing="0"/>' + ind + '<w:jc w:val="%s"/></w:pPr>' % self.jc)
        runs = []
        for i, p in enumerate(self.pieces):
            # WPS colours only the first run of a label it was typed into
            black = self.black and i == 0
            if p is BR:
                runs.append('<w:r>' + cell_rpr() + '<w:br w:type="textWrapping"/></w:r>')
            elif isinstance(p, tuple):
                runs.append('<w:r>' + cell_rpr(p[1], black) + t(p[0]) + '</w:r>')
            else:
                runs.append('<w:r>' + cell_rpr(SONG, black) + t(p) + '</w:r>')
        return '<w:p w14:paraId="%s">%s%s</w:p>' % (ids.next(), ppr, ''.join(runs))


BR = object()


class Blank:
    """The empty paragraph WPS leaves in an untouched cell."""

    def xml(self, ids):
        return ('<w:p w14:paraId="%s"><w:pPr><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体"/>'
                '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:pPr></w:p>' % ids.next())


def body_para(ids, text='', jc='both', bold=False, size=None, indent=True, style=True, plain=False):
    """A paragraph outside the tables, in the Normal (Web) style WPS uses."""
    if plain:
        # the bare empty paragraphs after a table
        ppr = '<w:pPr>%s%s%s</w:pPr>' % ('<w:pStyle w:val="2"/>' if style else '', FLOW,
                                          '' if style else '<w:jc w:val="center"/>')
        return '<w:p w14:paraId="%s">%s%s</w:p>' % (ids.next(), ppr, text)
    ppr = ('<w:pPr><w:pStyle w:val="2"/>' + FLOW +
           '<w:spacing w:before="0" w:beforeAutospacing="0" w:after="0" w:afterAutospacing="0"/>' +
           ('<w:ind w:left="0" w:firstLine="420"/>' if indent else '') +
           '<w:jc w:val="%s"/><w:rPr>%s</w:rPr></w:pPr>' % (jc, SONG))
    run = ''
    if text:
        rpr = SONG + ('<w:b/><w:bCs/>' if bold else '')
        if size:
            rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
        run = '<w:r><w:rPr>%s</w:rPr>%s</w:r>' % (rpr, t(text))
    return '<w:p w14:paraId="%s">%s%s</w:p>' % (ids.next(), ppr, run)


# ---------------------------------------------------------------------------
# tables

def border(side, spec):
    """spec: 'n' nil, 's8'/'s4' single of that size, 'o6' outset."""
    if spec == 'n':
        return '<w:%s w:val="nil"/>' % side
    kind = {'s': 'single', 'o': 'outset'}[spec[0]]
    return '<w:%s w:val="%s" w:color="auto" w:sz="%s" w:space="0"/>' % (side, kind, spec[1:])


class Cell:
    def __init__(self, width, paras, span=1, vmerge=None, borders='n s8 s8 s8', valign='center',
                 margin=None, fill='auto'):
        self.width = width          # w:tcW as WPS wrote it (not the grid's sum)
        self.paras = paras
        self.span = span
        self.vmerge = vmerge        # None, 'restart', 'continue'
        self.borders = borders.split()   # top left bottom right
        self.valign = valign
        self.margin = margin        # w:tcMar left/right, or None
        self.fill = fill

    def xml(self, ids):
        pr = '<w:tcW w:w="%d" w:type="dxa"/>' % self.width
        if self.span > 1:
            pr += '<w:gridSpan w:val="%d"/>' % self.span
        if self.vmerge:
            pr += '<w:vMerge w:val="%s"/>' % self.vmerge
        pr += '<w:tcBorders>%s</w:tcBorders>' % ''.join(
            border(s, b) for s, b in zip(('top', 'left', 'bottom', 'right'), self.borders))
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % self.fill
        if self.margin is not None:
            pr += ('<w:tcMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tcMar>'
                   % (self.margin, self.margin))
        pr += '<w:vAlign w:val="%s"/>' % self.valign
        paras = self.paras or [Blank()]
        return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(p.xml(ids) for p in paras))


def tbl_borders(outer, inside, size):
    return '<w:tblBorders>%s</w:tblBorders>' % ''.join(
        '<w:%s w:val="%s" w:color="auto" w:sz="%d" w:space="0"/>' % (s, inside if s.startswith('inside') else outer, size)
        for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))


class Table:
    def __init__(self, grid, width, borders, cell_margin, shd_in_row=True):
        self.grid = grid
        self.width = width
        self.borders = borders
        self.cell_margin = cell_margin
        self.shd_in_row = shd_in_row
        self.rows = []              # (height or None, [Cell])

    def row(self, cells, height=None):
        self.rows.append((height, cells))

    def xml(self, ids):
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="3"/><w:tblW w:w="%d" w:type="dxa"/>'
               '<w:jc w:val="center"/>%s<w:shd w:val="clear" w:color="auto" w:fill="auto"/>'
               '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
               '<w:left w:w="%d" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
               '<w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'
               % (self.width, self.borders, self.cell_margin, self.cell_margin)]
        out += ['<w:gridCol w:w="%d"/>' % g for g in self.grid]
        out.append('</w:tblGrid>')
        for height, cells in self.rows:
            ex = '<w:tblPrEx>%s%s</w:tblPrEx>' % (
                self.borders, '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>' if self.shd_in_row else '')
            trpr = ''
            if height:
                trpr += '<w:trHeight w:val="%d" w:hRule="atLeast"/>' % height
            trpr += '<w:jc w:val="center"/>'
            out.append('<w:tr w14:paraId="%s">%s<w:trPr>%s</w:trPr>%s</w:tr>'
                       % (ids.next(), ex, trpr, ''.join(c.xml(ids) for c in cells)))
        out.append('</w:tbl>')
        return ''.join(out)


IDEO = '\u3000'


def active_table():
    """第二十条 table: 14 rows over 4 equal columns, no table borders, every
    line drawn by the cells; the four item rows shaded."""
    tb = Table([2435] * 4, 9740, tbl_borders('none', 'none', 0), 0, shd_in_row=False)

    def lab(text, jc='center'):
        pieces = text if isinstance(text, list) else [text]
        return [Para(jc, pieces, black=True)]

    def c(width, paras, borders, span=1, fill='auto'):
        return Cell(width, paras, span=span, borders=borders, margin=57, fill=fill)

    def item(text, top='n'):
        return [c(9740, lab(text, 'left'), '%s s8 s8 s8' % top, span=4, fill='C6D9F1')]

    def empty(n, jc='left'):
        # ideographic spaces typed into a cell that looks empty
        return [Para(jc, [IDEO * n], black=True)] if n else []

    tb.row(item('第二十条第（一）项', 's8'), 340)
    tb.row([c(2435, lab('信息内容'), 'n s8 s8 s8'), c(2435, lab(['本年', '制发件数']), 's8 n s8 s8'),
            c(2435, lab('本年废止件数'), 's8 n s8 s4'), c(2435, lab(['现行有效件', '数']), 's8 n s8 s8')], 340)
    for label in ('规章', '行政规范性文件'):
        tb.row([c(2435, lab(label), 'n s8 s8 s8'), c(2435, empty(2), 'n n s8 s8'),
                c(2435, empty(1), 'n n s8 s4'), c(2435, [], 'n n s8 s8')], 340)
    tb.row(item('第二十条第（五）项'), 340)
    tb.row([c(2435, lab('信息内容'), 'n s8 s8 s4'), c(7305, lab('本年处理决定数量'), 'n n s8 s8', span=3)], 340)
    tb.row([c(2435, lab('行政许可'), 's8 s8 s8 s4'), c(7305, [], 's8 n s8 s8', span=3)], 340)
    tb.row(item('第二十条第（六）项'), 340)
    tb.row([c(2435, lab('信息内容'), 'n s8 s8 s8'), c(7305, lab('本年处理决定数量'), 's8 n s8 s8', span=3)], 340)
    for label in ('行政处罚', '行政强制'):
        tb.row([c(2435, lab(label), 'n s8 s8 s8'), c(7305, empty(1), 'n n s8 s8', span=3)], 340)
    tb.row(item('第二十条第（八）项'), 340)
    tb.row([c(2435, lab('信息内容'), 'n s8 s8 s8'),
            c(7305, lab('本年收费金额（单位：万元）'), 'n n s8 s8', span=3)], 340)
    tb.row([c(2435, lab('行政事业性收费', 'left'), 'n s8 s8 s8'), c(7305, [], 'n n s8 s8', span=3)], 340)
    return tb


REQ_ITEMS = [
    ('（三）不予公开', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”',
                   '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
                   '7.属于行政执法案卷', '8.属于行政查询事项']),
    ('（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']),
    ('（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
                   '5.要求行政机关确认或重新出具已获取信息']),
    ('（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
                   '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
                   '3.其他']),
]


def requests_table():
    """The requests table: 28 rows over 10 grid columns; the cells' widths
    (785 959 3406 714...) are not the grid's (754 921 3271 685...)."""
    tb = Table([754, 921, 3271] + [685] * 7, 9748, tbl_borders('none', 'outset', 6), 57)
    W0, W1, W2, WV = 785, 959, 3406, 714
    W012, W12 = W0 + W1 + W2, W1 + W2

    def lab(text, jc='left'):
        return [Para(jc, text if isinstance(text, list) else [text])]

    def values(top='n', valign='top', last_valign='top', bottom='s8'):
        cells = [Cell(WV, [], borders='%s n %s s8' % (top, bottom), valign=valign) for _ in range(6)]
        cells.append(Cell(WV, [], borders='%s n %s s8' % (top, bottom), valign=last_valign))
        return cells

    tb.row([Cell(W012, lab([('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', KAI)]),
                 span=3, vmerge='restart', borders='s8 s8 o6 s8', margin=108),
            Cell(WV * 7, lab('申请人情况', 'center'), span=7, borders='s8 n s8 s8')])
    tb.row([Cell(W012, [], span=3, vmerge='continue', borders='s8 s8 o6 s8', margin=108),
            Cell(WV, lab('自然人', 'center'), vmerge='restart', borders='n n s8 s8'),
            Cell(WV * 5, lab('法人或其他组织', 'center'), span=5, borders='s8 n s8 s8'),
            Cell(WV, lab('总计', 'center'), vmerge='restart', borders='s8 n o6 s8')])
    tb.row([Cell(W012, [], span=3, vmerge='continue', borders='s8 s8 o6 s8', margin=108),
            Cell(WV, [], vmerge='continue', borders='n n s8 s8'),
            Cell(WV, [Para('center', ['商业']), Para('center', ['企业'])], borders='n n s8 s8'),
            Cell(WV, [Para('center', ['科研']), Para('center', ['机构'])], borders='n n s8 s8'),
            Cell(WV, lab('社会公益组织', 'center'), borders='s8 n s8 s8'),
            Cell(WV, lab('法律服务机构', 'center'), borders='s8 n s8 s8'),
            Cell(WV, lab('其他', 'center'), borders='s8 n s8 s8'),
            Cell(WV, [], vmerge='continue', borders='s8 n o6 s8')])
    for text in ('一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'):
        tb.row([Cell(W012, lab(text), span=3, borders='n s8 s8 s8')] + values(valign='center'))
    first = Cell(W0, lab('三、本年度办理结果'), vmerge='restart', borders='n s8 o6 s8')
    tb.row([first, Cell(W12, lab('（一）予以公开'), span=2, borders='n n s8 s8')] +
           values(valign='center')[:6] + [Cell(WV, [], borders='s8 n s8 s8', valign='top')])
    cont = lambda: Cell(W0, [], vmerge='continue', borders='n s8 o6 s8')   # noqa: E731
    tb.row([cont(), Cell(W12, lab(['（二）部分公开', ('（区分处理的，只计这一情形，不计其他情形）', KAI)]),
                         span=2, borders='n n s8 s8')] + values(valign='center'))
    for g, (group, items) in enumerate(REQ_ITEMS):
        for i, item in enumerate(items):
            if g == 3:      # （六）其他处理: centred rows, its group cell's top ruled
                gtop, jc, top, va = 'o6', 'both' if i < 2 else 'left', 'n', 'center'
            elif g == 2 and 1 <= i <= 3:
                gtop, jc, top, va = 'n', 'left', 's8', 'top'
            else:
                gtop, jc, top, va = 'n', 'left', 'n', 'top'
            gcell = Cell(W1, lab(group) if i == 0 else [], vmerge='restart' if i == 0 else 'continue',
                         borders='%s n o6 s8' % gtop)
            bottom = 'o6' if (g == 2 and i == 4) else 's8'
            row_va = 'center' if (g == 2 and i == 4) else va
            icell = Cell(W2, lab(item, 'both' if g == 2 and i == 4 else jc),
                         borders='%s n %s s8' % (top, bottom), valign=row_va)
            vals = values(top=top, valign=va if g != 2 or i != 4 else 'top', bottom=bottom,
                          last_valign='top')
            tb.row([cont(), gcell, icell] + vals, 779 if (g == 2 and i == 4) else None)
    tb.row([cont(), Cell(W12, lab('（七）总计'), span=2, borders='n n s8 s8')] + values(valign='center'))
    tb.row([Cell(W012, lab('四、结转下年度继续办理'), span=3, borders='n s8 s8 s8')] + values(valign='center'))
    return tb


def appeals_table():
    """The appeals table: 4 rows over 15 grid columns, 行政诉讼 ten columns
    wide; two-character labels broken by a w:br."""
    tb = Table([649] * 7 + [650] * 8, 9748, tbl_borders('single', 'single', 4), 108)
    S = 's4 s4 s4 s4'
    N = 'n s4 s4 s4'

    def lab(pieces):
        return [Para('center', pieces, wide_ind=True)]

    def two(a, b):
        return lab([a, BR, b])

    sub = [lambda: two('结果', '维持'), lambda: two('结果', '纠正'), lambda: two('其他', '结果'),
           lambda: two('尚未', '审结'), lambda: lab(['总计'])]
    tb.row([Cell(3210, lab(['行政复议']), span=5, borders=S),
            Cell(6428, lab(['行政诉讼']), span=10, borders=S)])
    head = [Cell(642, lab(['结果维持']), vmerge='restart', borders=N),
            Cell(642, two('结果', '纠正'), vmerge='restart', borders=N)]
    head += [Cell(642, f(), vmerge='restart', borders=S) for f in sub[2:]]
    tb.row(head + [Cell(3213, lab(['未经复议直接起诉']), span=5, borders=S),
                   Cell(3215, lab(['复议后起诉']), span=5, borders=S)])
    row = [Cell(642, [], vmerge='continue', borders=N if i < 2 else S) for i in range(5)]
    row += [Cell(642 if i < 2 else 643, f(), borders=S) for i, f in enumerate(sub + sub)]
    tb.row(row)
    tb.row([Cell(642 if i < 7 else 643, [], borders=S) for i in range(15)], 672)
    return tb


def document_xml():
    ids = Ids()
    p = []

    def para(*a, **k):
        p.append(body_para(ids, *a, **k))

    para()
    para(TITLE, jc='center', bold=True, size=36, indent=False)
    para()
    para(HEADINGS[0], bold=True)
    para(PLACEHOLDER_OVERVIEW)
    para()
    para(HEADINGS[1], bold=True)
    para()
    para(jc='center')
    p.append(active_table().xml(ids))
    for i in range(9):
        para(plain=True, text='<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
             if i == 6 else '')
    para(HEADINGS[2], bold=True)
    para()
    para(jc='center')
    p.append(requests_table().xml(ids))
    para(plain=True, style=False)
    para(plain=True)
    para(HEADINGS[3], bold=True)
    para()
    para(plain=True, style=False)
    p.append(appeals_table().xml(ids))
    para(plain=True)
    para(plain=True)
    para(HEADINGS[4], bold=True)
    para(PLACEHOLDER_PROBLEMS)
    para(HEADINGS[5], bold=True)
    para(PLACEHOLDER_OTHER, jc='left')
    p.append('<w:p w14:paraId="%s"/>' % ids.next())
    return (XML_DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, ''.join(p), SECT_PR))


# ---------------------------------------------------------------------------
# the other parts (ours, minimal)

CONTENT_TYPES = (
    XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/fontTable.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '</Types>')

REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

# The main part is not rId1: readers must follow the officeDocument type.
PACKAGE_RELS = (
    XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="' + REL + 'extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="' + REL + 'officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOCUMENT_RELS = (
    XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="' + REL + 'styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="' + REL + 'settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="' + REL + 'fontTable" Target="fontTable.xml"/>'
    '</Relationships>')

APP = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
       '<Application>xxgk tools/gen_template.py</Application><DocSecurity>0</DocSecurity></Properties>')

CORE = (XML_DECL + '<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>xxgk</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'
        '</cp:coreProperties>')

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Style ids are numbers, as WPS writes them: 1 Normal, 2 Normal (Web), 3 the
# table style, 4 the default character style.
STYLES = (
    XML_DECL + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:kern w:val="2"/>'
    '<w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="4"><w:name w:val="Default Paragraph Font"/>'
    '<w:semiHidden/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="3"><w:name w:val="Normal Table"/><w:semiHidden/>'
    '<w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="Normal (Web)"/><w:basedOn w:val="1"/>'
    '<w:pPr><w:spacing w:before="0" w:beforeAutospacing="1" w:after="0" w:afterAutospacing="1"/>'
    '<w:ind w:left="0" w:right="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:kern w:val="0"/>'
    '<w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar"/></w:rPr></w:style>'
    '</w:styles>' % W_NS)

SETTINGS = (
    XML_DECL + '<w:settings %s><w:defaultTabStop w:val="420"/>'
    '<w:drawingGridVerticalSpacing w:val="156"/><w:noPunctuationKerning w:val="1"/>'
    '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/>'
    '<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
    '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:doNotWrapTextWithPunct/>'
    '<w:doNotUseEastAsianBreakRules/><w:useFELayout/></w:compat>'
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>' % W_NS)

FONTS = [('Times New Roman', 'roman', '00'), ('宋体', 'auto', '86'), ('楷体', 'modern', '86'),
         ('黑体', 'modern', '86'), ('仿宋_GB2312', 'modern', '86'), ('方正小标宋简体', 'auto', '86')]
FONT_TABLE = (XML_DECL + '<w:fonts %s>%s</w:fonts>' % (W_NS, ''.join(
    '<w:font w:name="%s"><w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="variable"/></w:font>'
    % (name, charset, family) for name, family, charset in FONTS)))


def parts():
    """Every part of the blank template, name -> str."""
    return {'[Content_Types].xml': CONTENT_TYPES,
            '_rels/.rels': PACKAGE_RELS,
            'docProps/app.xml': APP,
            'docProps/core.xml': CORE,
            'word/_rels/document.xml.rels': DOCUMENT_RELS,
            'word/document.xml': document_xml(),
            'word/styles.xml': STYLES,
            'word/settings.xml': SETTINGS,
            'word/fontTable.xml': FONT_TABLE}


def write_zip(path, files):
    with open(path, 'wb') as f:
        with zipfile.ZipFile(f, 'w') as z:
            for name in sorted(files):
                zi = zipfile.ZipInfo(name, ZIP_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 0
                zi.external_attr = 0
                data = files[name]
                if isinstance(data, str):
                    data = data.encode('utf-8')
                z.writestr(zi, data, compresslevel=9)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write_zip(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'template.docx'), parts())


if __name__ == '__main__':
    main()
