#!/usr/bin/env python3
"""Write tools/pdf_src/wps_2019_crosspage.docx, the source of the PDF
look-alike corpus/pdf/wps_2019_crosspage.pdf, with that PDF's expected CSV
and truth (the values put in here).

The look-alike is a report of our own (云泽区人民政府, invented: every
sentence and number) set the way the real shared/real/hongze-2023.pdf
(exported by WPS 文字 / Jisupdf) is set, so that LibreOffice's export of
this DOCX puts its tables on the same pages, broken at the same rows:

  - A4, 公文 margins, 仿宋 16 pt body on a 27 pt line, 黑体 headings, a
    two-line title, page numbers "- N -" right on odd pages, left on even;
  - table 二 in the 2021 layout (light-blue 第二十条 rows) starting low on
    page 2 and broken after the 第二十条第（六）项 row;
  - table 三 in the 2019 layout (（六）其他处理 one row), starting on page 3
    and broken inside （四）无法提供 after its item 2; 三、本年度办理结果
    set vertically in a narrow merged column; the label typo
    2.其他法律行政止公开; labels that wrap (（二）部分公开…, 4.无正当理由
    大量反复 申请, 5.要求行政机关确认或重 新出具已获取信息) with their
    numbers centred, so that a text layer has them on a line of their own;
  - table 四 with the appeals totals printed 0 where the parts sum to 9
    and 3: a broken rule, as in the original.

What LibreOffice cannot do as WPS does is said in corpus/pdf/README.md
(the vertical label is stacked upright glyphs, not a vertical-writing
font; the fonts are the fallbacks installed here).

Standard library only, deterministic.  Usage: python3 tools/gen_wps_report.py [REPO_ROOT]
"""

import json
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_template  # noqa: E402
from gen_html_corpus import expected_checks, write_csv, zeros_requests  # noqa: E402

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..'))
NAME = 'wps_2019_crosspage'
SRC = os.path.join(ROOT, 'tools', 'pdf_src', NAME + '.docx')
OUT = os.path.join(ROOT, 'corpus', 'pdf')

ORG = '云泽区人民政府'
YEAR = 2023

# ---------------------------------------------------------------------------
# the values (printed as in the original: the total column repeats the
# natural-person one, every other applicant column is 0)

ACTIVE = {'regulations': [0, 0, 0], 'normative_documents': [0, 4, 6], 'licensing': 612,
          'punishment': 3857, 'enforcement': 176, 'fee': '6215.47'}
NATURAL = {'new_received': 18, 'partially_granted': 3, 'denied_state_secret': 1,
           'denied_process_info': 2, 'denied_enforcement_file': 1,
           'unavailable_not_held': 8, 'unavailable_needs_creation': 2,
           'unprocessed_petition': 1, 'results_total': 18}
# review: 7 upheld + 2 corrected, total printed 0; after review: 3 upheld, total printed 0
APPEALS = [7, 2, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0]


def requests_values():
    r = zeros_requests()
    r['other_processing'] = [0] * 7
    for key in r:
        n = NATURAL.get(key, 0)
        r[key] = [n, 0, 0, 0, 0, 0, n]
    return r


# ---------------------------------------------------------------------------
# WordprocessingML

BODY_FONT = '<w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312"/>'
HEAD_FONT = '<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:cs="黑体"/>'
TITLE_FONT = '<w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/>'
SONG = '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/>'
TIMES = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'


def run(text, font=BODY_FONT, size=32, bold=False):
    rpr = font + ('<w:b/><w:bCs/>' if bold else '') + '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def para(runs, jc='both', indent=True, line=540, before=0):
    ppr = '<w:pPr><w:spacing w:before="%d" w:after="0" w:line="%d" w:lineRule="exact"/>' % (before, line)
    if indent:
        ppr += '<w:ind w:firstLine="640"/>'
    ppr += '<w:jc w:val="%s"/></w:pPr>' % jc
    return '<w:p>%s%s</w:p>' % (ppr, runs)


def body(text):
    """A body paragraph; a leading （一）… sentence in 黑体 bold, as the
    original sets its sub-headings inside the paragraph."""
    if text.startswith('（') and '。' in text and text.index('。') < 16:
        i = text.index('。') + 1
        return para(run(text[:i], HEAD_FONT) + run(text[i:]))
    return para(run(text))


def heading(text):
    return para(run(text, HEAD_FONT))


# cells

def border(kind='single', sz=4):
    return ''.join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="000000"/>' % (s, kind, sz)
                   for s in ('top', 'left', 'bottom', 'right'))


def cell(width, paras, span=1, vmerge=None, fill=None, valign='center'):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge:
        pr += '<w:vMerge w:val="%s"/>' % vmerge if vmerge == 'restart' else '<w:vMerge/>'
    pr += '<w:tcBorders>%s</w:tcBorders>' % border()
    if fill:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    pr += '<w:vAlign w:val="%s"/>' % valign
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(paras) or '<w:p/>')


def cpara(text, jc='center', size=21, bold=False, font=SONG):
    if not text:
        return '<w:p><w:pPr><w:jc w:val="%s"/></w:pPr></w:p>' % jc
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:jc w:val="%s"/></w:pPr>%s</w:p>' % (jc, run(text, font, size, bold)))


def num(v):
    return cpara(str(v), size=24, font=TIMES)


def row(cells, height, exact=False):
    return ('<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="%d" w:hRule="%s"/><w:jc w:val="center"/></w:trPr>%s</w:tr>'
            % (height * 20, 'exact' if exact else 'atLeast', ''.join(cells)))


def table(grid, rows):
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (sum(grid), ''.join('<w:gridCol w:w="%d"/>' % g for g in grid), ''.join(rows)))


BLUE = 'C6D9F1'


def active_table():
    g = [3120, 2140, 1740, 1840]
    wide = sum(g[1:])
    a = ACTIVE
    rows = [row([cell(sum(g), [cpara('第二十条第（一）项')], span=4, fill=BLUE)], 36),
            row([cell(w, [cpara(s, bold=True)]) for w, s in zip(g, ('信息内容', '本年制发件数', '本年废止件数',
                                                                    '现行有效件数'))], 45)]
    for label, key in (('规章', 'regulations'), ('行政规范性文件', 'normative_documents')):
        rows.append(row([cell(g[0], [cpara(label, 'left')])] + [cell(w, [num(v)]) for w, v in zip(g[1:], a[key])],
                        34))
    for item, lines, head in (('（五）', [('行政许可', 'licensing')], '本年处理决定数量'),
                              ('（六）', [('行政处罚', 'punishment'), ('行政强制', 'enforcement')],
                               '本年处理决定数量'),
                              ('（八）', [('行政事业性收费', 'fee')], '本年收费金额（单位：万元）')):
        rows.append(row([cell(sum(g), [cpara('第二十条第%s项' % item)], span=4, fill=BLUE)], 42))
        rows.append(row([cell(g[0], [cpara('信息内容', bold=True)]), cell(wide, [cpara(head, bold=True)], span=3)], 40))
        for label, key in lines:
            rows.append(row([cell(g[0], [cpara(label, 'left')]), cell(wide, [num(a[key])], span=3)], 36))
    return table(g, rows)


def requests_table():
    g = [420, 1640, 2600, 620, 580, 560, 560, 580, 560, 660]
    r = requests_values()
    L = 18      # 9 pt labels

    def lab(text, bold=False, jc='left'):
        return [cpara(text, jc, L, bold)]

    def vals(key):
        return [cell(w, [num(v)]) for w, v in zip(g[3:], r[key])]

    first = sum(g[:3])
    rows = [row([cell(first, lab('（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）'), span=3,
                      vmerge='restart'), cell(sum(g[3:]), lab('申请人情况', jc='center'), span=7)], 29),
            row([cell(first, [], span=3, vmerge='continue'), cell(g[3], lab('自然人', jc='center'), vmerge='restart'),
                 cell(sum(g[4:9]), lab('法人或其他组织', jc='center'), span=5),
                 cell(g[9], lab('总计', jc='center'), vmerge='restart')], 29),
            row([cell(first, [], span=3, vmerge='continue'), cell(g[3], [], vmerge='continue')] +
                [cell(w, [cpara(x, 'center', L) for x in parts]) for w, parts in zip(
                    g[4:9], (['商业', '企业'], ['科研', '机构'], ['社会', '公益', '组织'], ['法律', '服务', '机构'],
                             ['其他']))] + [cell(g[9], [], vmerge='continue')], 57)]
    rows.append(row([cell(first, lab('一、本年新收政府信息公开申请数量', True), span=3)] + vals('new_received'), 22))
    rows.append(row([cell(first, lab('二、上年结转政府信息公开申请数量', True), span=3)] + vals('carried_over'), 22))
    items = [
        ('granted', None, '（一）予以公开'),
        ('partially_granted', None, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
        ('denied_state_secret', '（三）不予公开', '1.属于国家秘密'),
        ('denied_prohibited_by_law', '', '2.其他法律行政止公开'),
        ('denied_three_securities', '', '3.危及“三安全一稳定”'),
        ('denied_third_party', '', '4.保护第三方合法权益'),
        ('denied_internal_affairs', '', '5.属于三类内部事务信息'),
        ('denied_process_info', '', '6.属于四类过程性信息'),
        ('denied_enforcement_file', '', '7.属于行政执法案卷'),
        ('denied_query', '', '8.属于行政查询事项'),
        ('unavailable_not_held', '（四）无法提供', '1.本机关不掌握相关政府信息'),
        ('unavailable_needs_creation', '', '2.没有现成信息需要另行制作'),
        ('unavailable_unclear', '', '3.补正后申请内容仍不明确'),
        ('unprocessed_petition', '（五）不予处理', '1.信访举报投诉类申请'),
        ('unprocessed_duplicate', '', '2.重复申请'),
        ('unprocessed_publication', '', '3.要求提供公开出版物'),
        ('unprocessed_excessive', '', '4.无正当理由大量反复 申请'),
        ('unprocessed_confirmation', '', '5.要求行政机关确认或重 新出具已获取信息'),
        ('other_processing', None, '（六）其他处理'),
        ('results_total', None, '（七）总计'),
    ]
    heights = {'partially_granted': 33, 'unprocessed_excessive': 28, 'unprocessed_confirmation': 28}
    for i, (key, group, item) in enumerate(items):
        # LibreOffice loses the rest of the document when a cell with
        # vertical text (tbRlV) is split by a page break: the label is set
        # upright in a column too narrow for two characters instead
        c0 = (cell(g[0], [cpara('三、本年度办理结果', 'center', L, True)], vmerge='restart')
              if i == 0 else cell(g[0], [], vmerge='continue'))
        if group is None:
            cells = [c0, cell(g[1] + g[2], lab(item), span=2)]
        elif group:
            cells = [c0, cell(g[1], lab(group), vmerge='restart'), cell(g[2], lab(item))]
        else:
            cells = [c0, cell(g[1], [], vmerge='continue'), cell(g[2], lab(item))]
        rows.append(row(cells + vals(key), heights.get(key, 20)))
    rows.append(row([cell(first, lab('四、结转下年度继续办理', True), span=3)] + vals('carried_forward'), 25))
    return table(g, rows)


def appeals_table():
    g = [586] * 14 + [576]
    L = 18
    two = [['结果', '维持'], ['结果', '纠正'], ['其他', '结果'], ['尚未', '审结'], ['总 计']]

    def lab(lines):
        return [cpara(x, 'center', L) for x in lines]

    rows = [row([cell(sum(g[:5]), lab(['行政复议']), span=5), cell(sum(g[5:]), lab(['行政诉讼']), span=10)], 24),
            row([cell(w, lab(x), vmerge='restart') for w, x in zip(g[:5], two)] +
                [cell(sum(g[5:10]), lab(['未经复议直接起诉']), span=5),
                 cell(sum(g[10:]), lab(['复议后起诉']), span=5)], 23),
            row([cell(w, [], vmerge='continue') for w in g[:5]] +
                [cell(w, lab(x)) for w, x in zip(g[5:], two + two)], 71),
            row([cell(w, [num(v)]) for w, v in zip(g, APPEALS)], 27)]
    return table(g, rows)


# ---------------------------------------------------------------------------
# the report (our prose)

INTRO = ('本报告由云泽区人民政府办公室依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，'
         '所列数据的统计期限为2023年1月1日至2023年12月31日。对本报告有疑问的，请与云泽区人民政府办公室联系'
         '（地址：云泽区府前路18号，邮编：999031，电话：0000-81234567，电子邮箱：yzzwgk@example.cn）。')

PART1 = [
    '2023年，云泽区人民政府按照《条例》和上级政务公开工作要点的部署，围绕重点工作和群众关切推进政务公开，'
    '健全公开制度，规范发布流程，政务公开工作整体平稳有序。',
    '（一）主动公开情况。区政府依托门户网站、政务新媒体和基层公开栏公开政策文件、财政资金、重大项目和'
    '民生事项等信息，全年在门户网站主动公开政府信息1024条，其中政策文件86条、通知公告241条、'
    '财政预决算信息57条；对群众关心的教育招生、医保缴费、道路施工等事项，通过政务新媒体同步推送，扩大信息的知晓面。',
    '（二）依申请公开情况。区政府统一了申请的受理、登记、办理和答复流程，2023年全区收到政府信息公开申请18件，'
    '均在法定期限内答复。',
    '（三）政府信息管理情况。区政府办公室对拟公开信息实行保密审查和公开属性认定，坚持先审后发；'
    '每季度对已公开的政策文件进行一次清理，及时标注失效文件，确保公开信息准确、完整、有效。'
    '对涉及个人信息的公示内容，发布前逐条核对，公示期满后按规定撤除。',
    '（四）政府信息公开平台建设情况。年内完成区政府门户网站栏目优化，合并内容重复的栏目，增设政策文件检索功能；'
    '对更新不及时的政务新媒体账号进行整改，关停两个长期无人维护的账号。同时在各镇（街道）便民服务中心设置'
    '政务公开专区，配备查阅终端，方便群众就近查询。',
    '（五）监督保障情况。区政府将政务公开纳入年度综合考核，每季度通报一次各部门网站和政务新媒体的检查结果，'
    '组织业务培训两次，督促各部门落实专人负责。对检查中发现的栏目空白、信息更新不及时等问题，'
    '逐一列出清单，明确整改时限，整改情况纳入下一季度通报。',
]
PART5 = [
    '2023年，区政府信息公开工作取得了一定进展，但还存在一些不足：一是个别部门公开意识不强，信息更新不够及时；'
    '二是政策解读的形式还比较单一；三是基层公开标准化建设推进不平衡。',
    '下一步，区政府将重点做好以下工作：一是加强对各部门的督促检查，提高信息发布的及时性；'
    '二是丰富政策解读形式，增加图解、问答等解读方式；三是推动镇（街道）公开目录统一规范；'
    '四是组织政务公开工作人员开展业务轮训，提高工作人员的业务能力。',
]
PART6 = ['2023年，区政府严格执行政府信息公开信息处理费的有关规定，全年未收取信息处理费。']


def document():
    title = (para(run(ORG, TITLE_FONT, 44), 'center', False, 660) +
             para(run('2023年政府信息公开工作年度报告', TITLE_FONT, 44), 'center', False, 660) +
             para('', 'center', False, 540) + para('', 'center', False, 540))
    out = [title, body(INTRO), heading('一、总体情况')]
    out += [body(t) for t in PART1]
    out.append(heading('二、主动公开政府信息情况'))
    out.append(active_table())
    out.append(para('', line=620))
    out.append(heading('三、收到和处理政府信息公开申请情况'))
    out.append(requests_table())
    out.append(para('', line=300))
    out.append(heading('四、政府信息公开行政复议、行政诉讼情况'))
    out.append(appeals_table())
    out.append(heading('五、存在的主要问题及改进情况'))
    out += [body(t) for t in PART5]
    out.append(heading('六、其他需要报告的事项'))
    out += [body(t) for t in PART6]
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
            '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1500" w:right="1480" w:bottom="1200" '
            'w:left="1480" w:header="851" w:footer="700" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:linePitch="312"/></w:sectPr>')
    d = gen_template.parts()['word/document.xml']
    head = d[:d.index('<w:body>') + len('<w:body>')]
    return head + ''.join(out) + sect + '</w:body></w:document>'


def footer(jc):
    return (gen_template.XML_DECL + '<w:ftr %s><w:p><w:pPr><w:jc w:val="%s"/></w:pPr>'
            '%s<w:r><w:rPr>%s<w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr>%s<w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:rPr>%s<w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr>%s<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
            '<w:r><w:rPr>%s<w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>%s</w:p></w:ftr>'
            % (gen_template.W_NS, jc, run('- ', SONG, 28), SONG, SONG, SONG, SONG, SONG, run(' -', SONG, 28)))


def parts():
    p = gen_template.parts()
    p['word/document.xml'] = document()
    p['word/footer1.xml'] = footer('right')
    p['word/footer2.xml'] = footer('left')
    rel = gen_template.REL
    p['word/_rels/document.xml.rels'] = p['word/_rels/document.xml.rels'].replace(
        '</Relationships>',
        '<Relationship Id="rIdFooterOdd" Type="%sfooter" Target="footer1.xml"/>'
        '<Relationship Id="rIdFooterEven" Type="%sfooter" Target="footer2.xml"/></Relationships>' % (rel, rel))
    ct = ('<Override PartName="/word/footer%d.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
    p['[Content_Types].xml'] = p['[Content_Types].xml'].replace('</Types>', ct % 1 + ct % 2 + '</Types>')
    p['word/settings.xml'] = p['word/settings.xml'].replace(
        '<w:defaultTabStop', '<w:evenAndOddHeaders/><w:defaultTabStop')
    return p


def main():
    os.makedirs(os.path.dirname(SRC), exist_ok=True)
    gen_template.write_zip(SRC, parts())
    r = requests_values()
    write_csv(os.path.join(OUT, NAME + '.expected.csv'), ACTIVE, r, APPEALS, '2019')
    failing, skipped = expected_checks(r, APPEALS, '2019')
    truth = {
        'layout': 'mixed', 'organisation': ORG, 'year': YEAR,
        'title': ORG + '2023年政府信息公开工作年度报告', 'publication_date': None,
        'notes': 'Look-alike of shared/real/hongze-2023.pdf (WPS / Jisupdf), our own report, exported by '
                 'LibreOffice from tools/pdf_src/wps_2019_crosspage.docx (tools/gen_wps_report.py): table 二 '
                 'in the 2021 layout broken after its 第二十条第（六）项 row (pages 2-3), table 三 in the 2019 '
                 'layout ((六)其他处理 one row, under other_processing) broken inside (四)无法提供 (pages 3-4); '
                 '三、本年度办理结果 set vertically; labels that wrap with their numbers centred '
                 '(partially_granted, unprocessed_excessive, unprocessed_confirmation); label typo '
                 '2.其他法律行政止公开. Appeals totals printed 0 where the parts sum to 9 (review) and 3 '
                 '(litigation_after_review). No publication date is printed.',
        'checks_failing': failing, 'checks_skipped': skipped}
    with open(os.path.join(OUT, NAME + '.truth.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(truth, ensure_ascii=False, indent=2) + '\n')


if __name__ == '__main__':
    main()
