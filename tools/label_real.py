#!/usr/bin/env python3
"""Truth of the real originals, typed by hand: tests/real/NAME.json for
every file in shared/real/ and shared/seeds/ (tests/real.sh converts each
original there and compares).

The originals stay outside the repository (../shared next to the source
tree); only these facts come in: the values of the three tables, the
metadata, where each file is published, and its SHA-256 (so that real.sh
knows it reads the file that was labelled).

The values below were typed by hand from reading each source (the seed
texts directly; the HTML tables through tools/label_html_tables.py; the PDF
and the DOCX from their pages rendered with pdftoppm / soffice), never
from xxgk's output.  Each table is written as the source prints it:

  active    [[regulations x3], [normative_documents x3], licensing,
             punishment, enforcement, fee]   (fee: the string as printed)
  requests  25 rows in the national order, each 7 values
            (6 applicant columns, total); other_processing too in the
            2019 layout
  appeals   the 15 numbers of the single data row, in source order

None is a cell with no value (empty in the original).

Each tests/real/NAME.json holds one "table/row/col": value pair a line
under "values" (a number as printed, or null): tests/real.sh reads it with
sed, no JSON library.

Usage: python3 tools/label_real.py [REPO_ROOT]
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_html_corpus import csv_lines, expected_checks, zeros_requests  # noqa: E402

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..'))
SHARED = os.path.join(ROOT, '..', 'shared')
if not os.path.isdir(SHARED):
    SHARED = '/work/shared'

Z3 = [0, 0, 0]


def active(reg, norm, lic, pun, enf, fee):
    return {'regulations': reg, 'normative_documents': norm, 'licensing': lic,
            'punishment': pun, 'enforcement': enf, 'fee': fee}


SAMPLES = []

# seed 000: 昆明医科大学第二附属医院 (from DOCX: one cell a line). Every cell 0.
SAMPLES.append(dict(
    file='seeds/000_96dcc6533eef8f2a.txt',
    published='昆明医科大学第二附属医院 (www.kyfey.com), its 2023 report as a DOCX; this is its text layer',
    labelled='read from the text',
    active=active(Z3, Z3, 0, 0, 0, '0'),
    requests=zeros_requests(), appeals=[0] * 15,
    truth=dict(layout='2021', organisation='昆明医科大学第二附属医院', year=2023,
               title='昆明医科大学第二附属医院2023年政府信息公开年度工作报告',
               publication_date=None,
               notes='Text layer of a DOCX: every cell on its own line, tab-indented; '
                     'merged labels broken one or two characters a line; spaced-out '
                     'characters (要 求 缴 纳); a stray [bookmark: _GoBack]. All 200 '
                     'values are 0. No date is stated.')))

# seed 001: 弥勒市卫生健康局 (web page, |-separated lines). Every cell 0.
SAMPLES.append(dict(
    file='seeds/001_c5f6c594807cd11d.txt',
    published='弥勒市人民政府 portal, 弥勒市卫生健康局 page (索引号 mlswjj/2025-00078, 2024-02-01); the page\'s text',
    labelled='read from the text',
    active=active(Z3, Z3, 0, 0, 0, '0'),
    requests=zeros_requests(), appeals=[0] * 15,
    truth=dict(layout='2021', organisation='弥勒市卫生健康局', year=2023,
               title='弥勒市卫生健康局2023年政府信息公开工作年度报告',
               publication_date='2024-02-01',
               index_number='mlswjj/2025-00078', document_number=None,
               notes='Web page text: header block (索引号, 发布机构 弥勒市卫健局 - the '
                     'short name; the title says 弥勒市卫生健康局 -, empty 文号, '
                     '发布日期 2024-02-01); tables flattened to |-separated lines; the '
                     'part 五 heading is missing; part 四 header cells cut to their '
                     'first line (结果 / 其他 / 尚未); 不再受理 instead of 不再处理 in the '
                     '其他处理 rows. All 200 values are 0.')))

# seed 002: 昆都仑区卫生健康委员会 2025 (web page, |-separated lines).
r = zeros_requests()
r['new_received'] = [4, 0, 0, 0, 0, 0, 4]
r['granted'] = [2, 0, 0, 0, 0, 0, 2]
r['denied_third_party'] = [1, 0, 0, 0, 0, 0, 1]
r['unavailable_not_held'] = [1, 0, 0, 0, 0, 0, 1]
r['results_total'] = [4, 0, 0, 0, 0, 0, 4]
SAMPLES.append(dict(
    file='seeds/002_45ce31bc910069ab.txt',
    published='昆都仑区 (包头市) government portal, 昆都仑区卫生健康委员会 page; the page\'s text',
    labelled='read from the text',
    active=active(Z3, Z3, 0, 7, 0, '0'),
    requests=r, appeals=[0] * 15,
    truth=dict(layout='2021', organisation='昆都仑区卫生健康委员会', year=2025,
               title='昆都仑区卫生健康委员会2025年政府信息公开工作年度报告',
               publication_date=None,
               notes='Web page text, |-separated table lines; 行政处罚 7; four '
                     'requests from natural persons (2 granted, 1 denied third party, '
                     '1 not held); all rules hold. Footer 蒙公网安备 15020302000445号 '
                     'is site furniture. No publication date is stated.')))

# seed 003: 东营市第二人民医院 2024 (PDF text, tab-separated). 行政许可 empty.
SAMPLES.append(dict(
    file='seeds/003_e8ec6a5d6c0a1c89.txt',
    published='东营市第二人民医院 (www.dysdermyy.org), its 2024 report as a PDF; this is its text layer',
    labelled='read from the text',
    active=active(Z3, Z3, None, 0, 0, '0'),
    requests=zeros_requests(), appeals=[0] * 15,
    truth=dict(layout='2021', organisation='东营市第二人民医院', year=2024,
               title='东营市第二人民医院2024年信息公开工作年度报告',
               publication_date='2025-01-20',
               notes='PDF text layer, tab-separated: 行政许可 row has no value (null); '
                     'fee header garbled to 本年收费金额（单位：0 万元） (the 0 is not the '
                     'fee; the fee row prints 0); the 5. 要求行政机关确认 row lost its '
                     'leading cells; spaces inside labels (结果 维持, 总 计). Every other '
                     'value is 0. Dated 2025年1月20日 under the closing signature.')))

# seed 004: 济宁市卫生健康委员会经开区管理办公室 2023 (PDF text). Every cell 0.
SAMPLES.append(dict(
    file='seeds/004_2c0ad4f5183450d8.txt',
    published='济宁经济技术开发区 portal (jkq.jining.gov.cn), a PDF report; this is its text layer',
    labelled='read from the text',
    active=active(Z3, Z3, 0, 0, 0, '0'),
    requests=zeros_requests(), appeals=[0] * 15,
    truth=dict(layout='2021', organisation='济宁市卫生健康委员会经开区管理办公室', year=2023,
               title='济宁市卫生健康委员会经开区管理办公室2023年政府信息公开工作年度报告',
               publication_date=None,
               notes='PDF text layer: title broken over two lines (2023 年政府信息公开 / '
                     '工作年度报告); tab-separated rows, spaced-out 三、 本 年 度 办 理 '
                     '结 果; a page break inside part 三 (rows 3.-5. of 不予处理 lost their '
                     'group cell). All 200 values are 0. No date is stated.')))

# pingtan-2022: 平潭综合实验区 2022 (TRS CMS page, Word-made tables).
r = zeros_requests()
r['new_received'] = [71, 3, 0, 0, 0, 0, 74]
r['carried_over'] = [1, 0, 0, 0, 0, 0, 1]
r['granted'] = [21, 0, 0, 0, 0, 0, 21]
r['partially_granted'] = [8, 1, 0, 0, 0, 0, 9]
r['denied_internal_affairs'] = [1, 0, 0, 0, 0, 0, 1]
r['denied_process_info'] = [2, 0, 0, 0, 0, 0, 2]
r['denied_enforcement_file'] = [1, 0, 0, 0, 0, 0, 1]
r['unavailable_not_held'] = [37, 0, 0, 0, 0, 0, 37]
r['other_overdue_correction'] = [2, 0, 0, 0, 0, 0, 2]
r['other_other'] = [0, 2, 0, 0, 0, 0, 2]
r['results_total'] = [72, 3, 0, 0, 0, 0, 75]
SAMPLES.append(dict(
    file='real/pingtan-2022.html',
    published='https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm (平潭综合实验区 '
              'portal, TRS CMS, 政府信息公开年报; the URL as the page\'s own meta tag gives it); the page as saved',
    labelled='read from the page\'s tables (tools/label_html_tables.py)',
    active=active(Z3, [88, 55, 698], 10690, 2113, 0, '9116.36'),
    requests=r, appeals=[0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    truth=dict(layout='2021', organisation='平潭综合实验区', year=2022,
               title='平潭综合实验区2022年度政府信息公开工作年度报告',
               publication_date='2023-02-20',
               notes='Portal page (TRS CMS) as saved: Word-made tables with '
                     '&nbsp; padding, part 四 header text broken one character a '
                     'paragraph, a heading typo (行政法复议). publication_date from the '
                     'page header 时间：2023-02-20 15:07. All rules hold.')))

# pingtan-2023: 平潭综合实验区 2023 (online-editor tables), fee 5949.088667.
r = zeros_requests()
r['new_received'] = [80, 1, 0, 0, 0, 0, 81]
r['granted'] = [22, 0, 0, 0, 0, 0, 22]
r['partially_granted'] = [19, 1, 0, 0, 0, 0, 20]
r['denied_third_party'] = [1, 0, 0, 0, 0, 0, 1]
r['denied_process_info'] = [1, 0, 0, 0, 0, 0, 1]
r['denied_enforcement_file'] = [1, 0, 0, 0, 0, 0, 1]
r['denied_query'] = [2, 0, 0, 0, 0, 0, 2]
r['unavailable_not_held'] = [31, 0, 0, 0, 0, 0, 31]
r['unprocessed_duplicate'] = [1, 0, 0, 0, 0, 0, 1]
r['other_overdue_correction'] = [1, 0, 0, 0, 0, 0, 1]
r['other_other'] = [1, 0, 0, 0, 0, 0, 1]
r['results_total'] = [80, 1, 0, 0, 0, 0, 81]
SAMPLES.append(dict(
    file='real/pingtan-2023.html',
    published='https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm (平潭综合实验区 '
              'portal, TRS CMS, 政府信息公开年报; the URL as the page\'s own meta tag gives it); the page as saved',
    labelled='read from the page\'s tables (tools/label_html_tables.py)',
    active=active(Z3, [77, 132, 470], 2629, 1330, 54, '5949.088667'),
    requests=r, appeals=[1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2],
    truth=dict(layout='2021', organisation='平潭综合实验区', year=2023,
               title='平潭综合实验区2023年度政府信息公开工作年度报告',
               publication_date='2024-03-08',
               notes='Portal page: clean online-editor tables; the fee is '
                     'printed with six decimals, 5949.088667. All rules hold.')))


# hongze-2023.pdf: 洪泽区人民政府 2023 (WPS / Jisupdf PDF, 2019 layout),
# read from its pages rendered with pdftoppm -r 80.
r = {k: [0] * 7 for k in zeros_requests()}
for row, n in {'new_received': 21, 'partially_granted': 4, 'denied_state_secret': 1,
               'denied_process_info': 1, 'denied_enforcement_file': 1,
               'unavailable_not_held': 10, 'unavailable_needs_creation': 3,
               'unprocessed_petition': 1, 'results_total': 21}.items():
    r[row] = [n, 0, 0, 0, 0, 0, n]
r['other_processing'] = [0] * 7
SAMPLES.append(dict(
    file='real/hongze-2023.pdf',
    published='淮安市洪泽区人民政府 portal, 政府信息公开年报 (PDF made with WPS 文字 / Jisupdf, 2024-02-26)',
    labelled='read from the pages rendered with pdftoppm -r 80',
    active=active(Z3, [0, 5, 5], 550, 4119, 195, '7730.28'),
    requests=r, appeals=[10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
    csv_layout='2019',
    truth=dict(layout='mixed', organisation='洪泽区人民政府', year=2023,
               title='洪泽区人民政府2023年政府信息公开工作年度报告',
               publication_date=None,
               notes='Table 二 in the 2021 layout, table 三 in the 2019 layout (report layout '
                     'mixed): （六）其他处理 is one row (all 0) under other_processing; the three 2021 '
                     'other_* rows are no keys of that layout. The active table crosses pages 2-3, the '
                     'requests table pages 3-4; 三、本年度办理结果 is set vertically; the labels of '
                     'partially_granted, unprocessed_excessive and unprocessed_confirmation wrap '
                     'with their numbers on a line of their own; label typo 2.其他法律行政止公开. '
                     'Appeals totals are printed 0 where the parts sum to 11 (review: 10 upheld, '
                     '1 corrected) and 5 (litigation_after_review: 5 upheld). No publication '
                     'date is printed.')))

# template.docx: the blank national template (WPS-saved), rendered with
# soffice: every value cell is empty (ideographic spaces or nothing).
SAMPLES.append(dict(
    file='real/template.docx',
    published='the national format of 国办公开办函〔2021〕30号 as circulated to government offices, '
              'saved by WPS Office',
    labelled='read from its pages rendered with soffice --convert-to pdf and pdftoppm',
    active=active([None] * 3, [None] * 3, None, None, None, None),
    requests={k: [None] * 7 for k in zeros_requests()}, appeals=[None] * 15,
    truth=dict(layout='2021', organisation=None, year=None,
               title='政府信息公开工作年度报告格式模板', publication_date=None,
               notes='The blank template: all 200 values are null.')))


def sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    out = os.path.join(ROOT, 'tests', 'real')
    os.makedirs(out, exist_ok=True)
    for s in SAMPLES:
        t = s['truth']
        layout = s.get('csv_layout', t['layout'])
        lines = csv_lines(s['active'], s['requests'], s['appeals'], layout)[1:]
        values = []
        for line in lines:
            table, row, col, value = line.split(',')
            values.append('    "%s/%s/%s": %s' % (table, row, col, value if value else 'null'))
        head = {'file': s['file'],
                'sha256': sha256(os.path.join(SHARED, s['file'])),
                'published': s['published'],
                'labelled': s['labelled']}
        head.update(t)
        head['checks_failing'], head['checks_skipped'] = expected_checks(
            s['requests'], s['appeals'], layout)
        text = json.dumps(head, ensure_ascii=False, indent=2)
        text = text[:-2] + ',\n  "values": {\n' + ',\n'.join(values) + '\n  }\n}\n'
        json.loads(text)
        name = os.path.basename(s['file']) + '.json'
        with open(os.path.join(out, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)


if __name__ == '__main__':
    main()
