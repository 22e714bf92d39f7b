"""Write tools/lo_src/lo_fodt_2021.fodt, a report written for the purpose
as flat ODF (LibreOffice's own format), and its truth
corpus/docx/lo_fodt_2021.{expected.csv,truth.json}.  tools/make_lo_docx.sh
saves it as DOCX and tools/make_doc_corpus.sh as .doc: both must give its
values, and the same report.

What LibreOffice writes from its own model, not from a DOCX: row and column
spans as covered cells, a header and a footer with digits, a footnote, a
text box, a page-count field, and text hidden by a character style
(text:display="none": a w:rStyle whose style has w:vanish in the DOCX,
sprmCIstd to a style with sprmCFVanish in the .doc).  Deterministic: the
numbers come from a seeded generator.  The generator can also write the
2019 layout, full-width digits, split tables and tracked changes (used
for checks outside the corpus, see notes in tools/README.md)."""
import csv, os, random, sys, json
from xml.sax.saxutils import escape as E

REQ_COLS = ['natural_person','commercial','research','social_welfare','legal_services','other_org','total']
REQ_ROWS = [
 ('new_received', [('一、本年新收政府信息公开申请数量',3)]),
 ('carried_over', [('二、上年结转政府信息公开申请数量',3)]),
 ('granted', [('（一）予以公开',2)]),
 ('partially_granted', [('（二）部分公开（区分处理的，只计这一情形，不计其他情形）',2)]),
 ('denied_state_secret', [('1.属于国家秘密',1)]),
 ('denied_prohibited_by_law', [('2.其他法律行政法规禁止公开',1)]),
 ('denied_three_securities', [('3.危及“三安全一稳定”',1)]),
 ('denied_third_party', [('4.保护第三方合法权益',1)]),
 ('denied_internal_affairs', [('5.属于三类内部事务信息',1)]),
 ('denied_process_info', [('6.属于四类过程性信息',1)]),
 ('denied_enforcement_file', [('7.属于行政执法案卷',1)]),
 ('denied_query', [('8.属于行政查询事项',1)]),
 ('unavailable_not_held', [('1.本机关不掌握相关政府信息',1)]),
 ('unavailable_needs_creation', [('2.没有现成信息需要另行制作',1)]),
 ('unavailable_unclear', [('3.补正后申请内容仍不明确',1)]),
 ('unprocessed_petition', [('1.信访举报投诉类申请',1)]),
 ('unprocessed_duplicate', [('2.重复申请',1)]),
 ('unprocessed_publication', [('3.要求提供公开出版物',1)]),
 ('unprocessed_excessive', [('4.无正当理由大量反复申请',1)]),
 ('unprocessed_confirmation', [('5.要求行政机关确认或重新出具已获取信息',1)]),
 ('other_overdue_correction', [('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',1)]),
 ('other_unpaid_fee', [('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',1)]),
 ('other_other', [('3.其他',1)]),
 ('results_total', [('（七）总计',2)]),
 ('carried_forward', [('四、结转下年度继续办理',3)]),
]
GROUPS = {'denied_state_secret': ('（三）不予公开', 8), 'unavailable_not_held': ('（四）无法提供', 3),
          'unprocessed_petition': ('（五）不予处理', 5), 'other_overdue_correction': ('（六）其他处理', 3)}

class Doc:
    def __init__(self, seed):
        self.r = random.Random(seed); self.values = {}; self.body = []; self.notes = 0
    def num(self, key, lo=11, hi=987, empty=0.0):
        if self.r.random() < empty:
            self.values[key] = None; return ''
        v = self.r.randint(lo, hi); self.values[key] = str(v); return str(v)

def cell(text, cs=1, rs=1, style='C'):
    a = ''
    if cs > 1: a += ' table:number-columns-spanned="%d"' % cs
    if rs > 1: a += ' table:number-rows-spanned="%d"' % rs
    paras = text if isinstance(text, list) else [text]
    inner = ''.join('<text:p text:style-name="%s">%s</text:p>' % (style, p if p.startswith('<') else E(p)) for p in paras)
    return '<table:table-cell table:style-name="Cell"%s office:value-type="string">%s</table:table-cell>' % (a, inner)
COV = '<table:covered-table-cell/>'

def table(name, ncols, rows):
    out = ['<table:table table:name="%s" table:style-name="Tbl">' % name,
           '<table:table-column table:number-columns-repeated="%d"/>' % ncols]
    for r in rows:
        out.append('<table:table-row>%s</table:table-row>' % ''.join(r))
    out.append('</table:table>')
    return ''.join(out)

def P(text, style='Body'):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if text.startswith('<') else E(text))

def active_2021(d, fmt=str):
    rows = []
    def block(title, head, items):
        rows.append([cell(title, 4), COV, COV, COV])
        if len(head) == 3:
            rows.append([cell('信息内容')] + [cell(h) for h in head])
        else:
            rows.append([cell('信息内容'), cell(head[0], 3), COV, COV])
        for lab, key, cols in items:
            if len(cols) == 3:
                rows.append([cell(lab)] + [cell(fmt(d.num(('active', key, c), empty=0.1))) for c in cols])
            else:
                c = cols[0]
                if c == 'amount_10k_yuan':
                    v = '%d.%02d' % (d.r.randint(100, 9999), d.r.randint(1, 99)); d.values[('active', key, c)] = v
                else:
                    v = d.num(('active', key, c))
                rows.append([cell(lab), cell(fmt(v), 3), COV, COV])
    block('第二十条第（一）项', ['本年制发件数','本年废止件数','现行有效件数'],
          [('规章','regulations',['issued','repealed','in_force']), ('行政规范性文件','normative_documents',['issued','repealed','in_force'])])
    block('第二十条第（五）项', ['本年处理决定数量'], [('行政许可','licensing',['decisions'])])
    block('第二十条第（六）项', ['本年处理决定数量'], [('行政处罚','punishment',['decisions']), ('行政强制','enforcement',['decisions'])])
    block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [('行政事业性收费','fees',['amount_10k_yuan'])])
    return table('主动公开', 4, rows)

def active_2019(d):
    rows = []
    blocks = [
     ('第二十条第（一）项', [('信息内容',1),('本年新制作数量',1),('本年新公开数量',1),('对外公开总数量',1)],
      [('规章','regulations',['new_made','new_published','published_total']),('规范性文件','normative_documents',['new_made','new_published','published_total'])]),
     ('第二十条第（五）项', [('信息内容',1),('上一年项目数量',1),('本年增/减',1),('处理决定数量',1)],
      [('行政许可','licensing',['items_last_year','change','decisions']),('其他对外管理服务事项','other_services',['items_last_year','change','decisions'])]),
     ('第二十条第（六）项', [('信息内容',1),('上一年项目数量',1),('本年增/减',1),('处理决定数量',1)],
      [('行政处罚','punishment',['items_last_year','change','decisions']),('行政强制','enforcement',['items_last_year','change','decisions'])]),
     ('第二十条第（八）项', [('信息内容',1),('上一年项目数量',1),('本年增/减',2)],
      [('行政事业性收费','fees',['items_last_year','change'])]),
     ('第二十条第（九）项', [('信息内容',1),('采购项目数量',1),('采购总金额',2)],
      [('政府集中采购','procurement',['projects','amount_10k_yuan'])]),
    ]
    for title, head, items in blocks:
        rows.append([cell(title, 4), COV, COV, COV])
        rows.append(sum(([cell(h, s)] + [COV] * (s - 1) for h, s in head), []))
        for lab, key, cols in items:
            r = [cell(lab)]
            for c, (_, s) in zip(cols, head[1:]):
                if c == 'change':
                    v = d.r.randint(1, 40); neg = d.r.random() < 0.5
                    d.values[('active', key, c)] = ('-' if neg else '') + str(v)
                    txt = ('减少' if neg else '增加') + str(v)
                elif c == 'amount_10k_yuan':
                    txt = '%d.%d万元' % (d.r.randint(10, 999), d.r.randint(1, 9)); d.values[('active', key, c)] = txt[:-2]
                else:
                    txt = d.num(('active', key, c))
                r += [cell(txt, s)] + [COV] * (s - 1)
            rows.append(r)
    return table('主动公开', 4, rows)

def requests(d, layout='2021', fmt=str, split=None):
    cols = REQ_COLS
    head = [[cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), COV, COV, cell('申请人情况', 7), COV, COV, COV, COV, COV, COV],
            [COV, COV, COV, cell('自然人', 1, 2), cell('法人或其他组织', 5), COV, COV, COV, COV, cell('总计', 1, 2)],
            [COV, COV, COV, COV, cell('商业企业'), cell('科研机构'), cell('社会公益组织'), cell('法律服务机构'), cell('其他'), COV]]
    spec = REQ_ROWS
    if layout == '2019':
        spec = [s for s in REQ_ROWS if not s[0].startswith('other_')]
        i = [k for k, _ in spec].index('results_total')
        spec.insert(i, ('other_processing', [('（六）其他处理', 2)]))
    # labels: (col0 group, col1 group, text, span)
    labs = []
    grp = None; left = 0
    for key, l in spec:
        text, span = l[0]
        if key in ('new_received', 'carried_over', 'carried_forward'):
            labs.append((None, None, text, 3)); continue
        g = GROUPS.get(key)
        if g: grp, left = g[0], g[1]
        if span == 2:
            labs.append(('三', None, text, 2))
        else:
            labs.append(('三', grp, text, 1))
    vals = []
    for key, _ in spec:
        vs = [d.num(('requests', key, c), lo=0 if d.r.random() < 0.3 else 3, hi=60, empty=0.15) for c in cols[:-1]]
        tot = sum(int(v) for v in vs if v)
        if d.r.random() < 0.08: tot += 1
        d.values[('requests', key, 'total')] = str(tot)
        vals.append(vs + [str(tot)])
    segs = [(0, len(spec))] if split is None else [(0, split), (split, len(spec))]
    out = []
    for a, b in segs:
        rows = []
        for i in range(a, b):
            g0, g1, text, span = labs[i]
            r = []
            if span == 3:
                r += [cell(text, 3), COV, COV]
            else:
                if i == a or labs[i - 1][0] != g0:
                    n = 1
                    while i + n < b and labs[i + n][0] == g0: n += 1
                    r.append(cell('三、本年度办理结果' if i == 0 or labs[i - 1][0] != g0 else '', 1, n))
                else:
                    r.append(COV)
                if span == 2:
                    r += [cell(text, 2), COV]
                else:
                    if i == a or labs[i - 1][1] != g1 or labs[i - 1][3] != 1:
                        n = 1
                        while i + n < b and labs[i + n][1] == g1 and labs[i + n][3] == 1: n += 1
                        fresh = i == 0 or labs[i - 1][1] != g1 or labs[i - 1][3] != 1
                        r.append(cell(g1 if fresh else '', 1, n))
                    else:
                        r.append(COV)
                    r.append(cell(text))
            r += [cell(fmt(v)) for v in vals[i]]
            rows.append(r)
        out.append(rows)
    return head, out

def appeals(d, fmt=str):
    rows = [[cell('行政复议', 5)] + [COV]*4 + [cell('行政诉讼', 10)] + [COV]*9,
            [cell(t, 1, 2) for t in ['结果维持','结果纠正','其他结果','尚未审结','总计']] + [cell('未经复议直接起诉', 5)] + [COV]*4 + [cell('复议后起诉', 5)] + [COV]*4,
            [COV]*5 + [cell(t) for t in ['结果维持','结果纠正','其他结果','尚未审结','总计']*2]]
    r = []
    for row in ['review', 'litigation_direct', 'litigation_after_review']:
        vs = [d.num(('appeals', row, c), lo=1, hi=9, empty=0.2) for c in ['upheld','corrected','other','pending']]
        t = sum(int(v) for v in vs if v); d.values[('appeals', row, 'total')] = str(t)
        r += [cell(fmt(v)) for v in vs + [str(t)]]
    rows.append(r)
    return table('复议诉讼', 15, rows)

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="12pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0.85cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Hidden" style:family="text"><style:text-properties text:display="none"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="2cm" fo:margin-bottom="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>
<office:body><office:text>%s
'''
TAIL = '</office:text></office:body></office:document>\n'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE_CSV = os.path.join(ROOT, 'corpus', 'docx', 'broken_sums.expected.csv')


def write(name, d, body, header='', tracked='', truth=None):
    with open(os.path.join(ROOT, 'tools', 'lo_src', name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(HEAD % (header, tracked) + ''.join(body) + TAIL)
    # the 2021 keys, in the order xxgk prints them
    with open(TEMPLATE_CSV, encoding='utf-8') as f:
        keys = [(r['table'], r['row'], r['col']) for r in csv.DictReader(f)]
    assert set(keys) == set(d.values), 'values do not cover the 2021 keys'
    with open(os.path.join(ROOT, 'corpus', 'docx', name + '.expected.csv'), 'w',
              encoding='utf-8', newline='') as f:
        f.write('table,row,col,value\r\n')
        for k in keys:
            f.write('%s,%s,%s,%s\r\n' % (k + (d.values[k] or '',)))
    with open(os.path.join(ROOT, 'corpus', 'docx', name + '.truth.json'), 'w',
              encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def report(name, seed, org, year, layout='2021', features=()):
    d = Doc(seed)
    body = [P('%s%d年政府信息公开工作年度报告' % (org, year), 'Title')]
    p1 = ('本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自%d年1月1日起至%d年12月31日止。' % (year, year))
    if 'footnote' in features:
        p1 += '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Standard">注：本年度另有分支机构报送申请431件，未计入本报告。</text:p></text:note-body></text:note>'
        p1 = E(p1.split('<text:note')[0]) + '<text:note' + p1.split('<text:note', 1)[1]
    body.append(P(p1))
    body.append(P('一、总体情况', 'H'))
    body.append(P('本年度，我%s把政务公开作为提升治理水平的抓手，围绕群众关切梳理公开清单，共召开专题会议%d次，培训业务骨干%d人次。' % (org[-1], 7, 286)))
    if 'textbox' in features:
        body.append('<text:p text:style-name="Body">附表说明见右侧方框。<draw:frame draw:style-name="fr1" draw:name="框1" text:anchor-type="paragraph" svg:width="5cm" svg:height="2cm" svg:x="10cm" svg:y="0cm"><draw:text-box><text:p text:style-name="Standard">方框内数字：8842件</text:p></draw:text-box></draw:frame></text:p>')
    if 'hidden' in features:
        body.append('<text:p text:style-name="Body">公开目录共更新条目<text:span text:style-name="Hidden">（内部统计口径9931条）</text:span>若干。</text:p>')
    if 'field' in features:
        body.append('<text:p text:style-name="Body">本报告页数：<text:page-count>3</text:page-count>页，编制人：<text:author-name>办公室</text:author-name>。</text:p>')
    body.append(P('二、主动公开政府信息情况', 'H'))
    fmt = (lambda s: s.translate(FW)) if 'fullwidth' in features else str
    body.append(active_2019(d) if layout == '2019' else active_2021(d, fmt))
    body.append(P('三、收到和处理政府信息公开申请情况', 'H'))
    head, segs = requests(d, layout, fmt, 9 if 'split' in features else None)
    if 'split' in features:
        body.append(table('申请1', 10, head + segs[0]))
        body.append(P('（续表）', 'C'))
        body.append(table('申请2', 10, head + segs[1]))
    else:
        body.append(table('申请', 10, head + segs[0]))
    body.append(P('四、政府信息公开行政复议、行政诉讼情况', 'H'))
    body.append(appeals(d, fmt))
    body.append(P('五、存在的主要问题及改进情况', 'H'))
    body.append(P('一是部分栏目更新频率不高；二是解读材料形式单一。下一步将建立栏目巡查制度，每季度通报一次。'))
    body.append(P('六、其他需要报告的事项', 'H'))
    body.append(P('本年度未收取信息处理费。本机关没有其他需要报告的事项。'))
    body.append(P(org, 'Right'))
    body.append(P('%d年1月%d日' % (year + 1, 9 + seed % 19), 'Right'))
    header = ''
    if 'header' in features:
        header = ('<style:header><text:p text:style-name="C">%s政务公开 第<text:page-number>1</text:page-number>页 编号2024-0375</text:p></style:header>'
                  '<style:footer><text:p text:style-name="C">联系电话：0571-87654321</text:p></style:footer>') % org
    tracked = ''
    if 'tracked' in features:
        # in part 一: a deleted "5123" and an inserted "6217"
        tracked = ('<text:tracked-changes><text:changed-region xml:id="ct1" text:id="ct1"><text:deletion><office:change-info><dc:creator>甲</dc:creator><dc:date>2024-01-05T10:00:00</dc:date></office:change-info><text:p>5123</text:p></text:deletion></text:changed-region>'
                   '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion><office:change-info><dc:creator>甲</dc:creator><dc:date>2024-01-05T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>')
        body.insert(4, '<text:p text:style-name="Body">网站发布信息<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>6217<text:change-end text:change-id="ct2"/>条。</text:p>')
    date = '%d-01-%02d' % (year + 1, 9 + seed % 19)
    truth = {'layout': layout, 'organisation': org, 'year': year,
             'title': '%s%d年政府信息公开工作年度报告' % (org, year), 'publication_date': date,
             'notes': NOTES}
    write(name, d, body, header, tracked, truth)


NOTES = ('Written as flat ODF by tools/gen_lo_fodt.py and saved by LibreOffice as DOCX and .doc. '
         'Spans as covered cells; a header, footer and footnote with digits (0375, 87654321, 431) '
         'that are not body text; a text box (8842) read after its anchor paragraph; text hidden by a '
         'character style (9931) that is not read; a page-count field. Empty cells are null; the '
         'requests totals of a few rows are one more than their parts (broken sums kept).')

if __name__ == '__main__':
    report('lo_fodt_2021', 3, '东江市自然资源和规划局', 2023, '2021',
           ('header', 'footnote', 'textbox', 'hidden', 'field'))
