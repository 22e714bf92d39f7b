#!/usr/bin/env python3
"""Write the text look-alikes of the five seeds: corpus/text/seedlikeNNN.txt
with NAME.expected.csv (the values put in here) and NAME.truth.json.

Standard library only, deterministic.

The seeds (shared/seeds/NNN_*.txt) are text layers of real reports: what
pandoc makes of a DOCX, what a browser copies from a portal page, what
pdftotext makes of a PDF.  They stay outside the repository.  Each
look-alike here is a report we write (its organisation, people, sites,
figures and every sentence of its prose are invented) put into the same
form as one seed: the same table layout line for line (the national form's
labels, where they break, tabs, pipes, empty cells, the cells a page
break loses), the same header blocks and furniture in kind, the same kinds
of numbers (mostly 0, as in the seeds).  What each reproduces is listed in
its truth notes and in corpus/text/README.md.

gen_html_corpus.py then derives the *_values variants from these texts.

Usage: python3 tools/gen_text_corpus.py [REPO_ROOT]
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_html_corpus import expected_checks, write_csv, zeros_requests  # noqa: E402

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..'))
TEXT = os.path.join(ROOT, 'corpus', 'text')

REQ_ORDER = list(zeros_requests())

# (key, group, item) of the 25 rows of the requests table, 2021 layout
REQ_LABELS = [
    ('new_received', None, '一、本年新收政府信息公开申请数量'),
    ('carried_over', None, '二、上年结转政府信息公开申请数量'),
    ('granted', '三、本年度办理结果', '（一）予以公开'),
    ('partially_granted', None, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('denied_state_secret', '（三）不予公开', '1.属于国家秘密'),
    ('denied_prohibited_by_law', None, '2.其他法律行政法规禁止公开'),
    ('denied_three_securities', None, '3.危及“三安全一稳定”'),
    ('denied_third_party', None, '4.保护第三方合法权益'),
    ('denied_internal_affairs', None, '5.属于三类内部事务信息'),
    ('denied_process_info', None, '6.属于四类过程性信息'),
    ('denied_enforcement_file', None, '7.属于行政执法案卷'),
    ('denied_query', None, '8.属于行政查询事项'),
    ('unavailable_not_held', '（四）无法提供', '1.本机关不掌握相关政府信息'),
    ('unavailable_needs_creation', None, '2.没有现成信息需要另行制作'),
    ('unavailable_unclear', None, '3.补正后申请内容仍不明确'),
    ('unprocessed_petition', '（五）不予处理', '1.信访举报投诉类申请'),
    ('unprocessed_duplicate', None, '2.重复申请'),
    ('unprocessed_publication', None, '3.要求提供公开出版物'),
    ('unprocessed_excessive', None, '4.无正当理由大量反复申请'),
    ('unprocessed_confirmation', None, '5.要求行政机关确认或重新出具已获取信息'),
    ('other_overdue_correction', '（六）其他处理',
     '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('other_unpaid_fee', None, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('other_other', None, '3.其他'),
    ('results_total', None, '（七）总计'),
    ('carried_forward', None, '四、结转下年度继续办理'),
]
assert [r[0] for r in REQ_LABELS] == REQ_ORDER

HALF = str.maketrans('（）：，', '(): ')


def half(s):
    """Portal text: ASCII brackets, colon and comma (as pages copied from
    some CMS editors print them)."""
    return s.replace('，', ',').replace('（', '(').replace('）', ')').replace('：', ':')


class Report:
    """The values of one look-alike, as printed (int, str, or None = empty)."""

    def __init__(self):
        self.active = {'regulations': [0, 0, 0], 'normative_documents': [0, 0, 0],
                       'licensing': 0, 'punishment': 0, 'enforcement': 0, 'fee': 0}
        self.requests = zeros_requests()
        self.appeals = [0] * 15

    def set_row(self, key, natural, other=(0, 0, 0, 0, 0)):
        vals = [natural] + list(other)
        self.requests[key] = vals + [sum(vals)]

    def req(self, key):
        return self.requests[key]


def write(name, text, rep, truth, encoding='utf-8'):
    with open(os.path.join(TEXT, name + '.txt'), 'wb') as f:
        f.write(text.encode(encoding))
    write_csv(os.path.join(TEXT, name + '.expected.csv'), rep.active, rep.requests,
              rep.appeals, '2021')
    truth = dict(truth)
    truth['layout'] = '2021'
    truth['checks_failing'], truth['checks_skipped'] = expected_checks(rep.requests, rep.appeals, '2021')
    order = ['layout', 'organisation', 'year', 'title', 'publication_date', 'index_number',
             'document_number', 'notes', 'checks_failing', 'checks_skipped']
    out = {k: truth[k] for k in order if k in truth}
    with open(os.path.join(TEXT, name + '.truth.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write('\n')


# ---------------------------------------------------------------------------
# seedlike000: pandoc plain text of a DOCX (like seed 000): one cell a line,
# each cell tab-led, rows ended by an empty line; merged labels broken one
# or two characters a line; a [bookmark: _GoBack] before a paragraph.

def form_docx_cells(rep, heading_active, heading_requests, heading_appeals):
    out = []

    def cell(s=''):
        out.append('\t' + s)

    def vals(xs):
        for x in xs:
            cell('' if x is None else str(x))

    a = rep.active
    out.append(heading_active)
    cell('第二十条第（一）项')
    out.append('')
    for s in ('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'):
        cell(s)
    for label, key in (('规章', 'regulations'), ('行政规范性文件', 'normative_documents')):
        out.append('')
        cell(label)
        vals(a[key])
    out.append('')
    for item, rows, head in (('（五）', [('行政许可', 'licensing')], '本年处理决定数量'),
                             ('（六）', [('行政处罚', 'punishment'), ('行政强制', 'enforcement')],
                              '本年处理决定数量'),
                             ('（八）', [('行政事业性收费', 'fee')], '本年收费金额（单位：万元）')):
        cell('第二十条第%s项' % item)
        out.append('')
        cell('信息内容')
        cell(head)
        for label, key in rows:
            out.append('')
            cell(label)
            vals([a[key]])
        out.append('')
    out.append('')
    out.append(heading_requests)
    # the header as pandoc flattens its merged cells: empty cells, labels
    # cut where the narrow columns wrap them, some cells without their tab
    out += ['', '\t', '', '',
            '（本列数据的勾稽关系 为：第一项加第二项之 和，等于第三项加第四项之和）',
            '\t申请人情况', '', '\t', '\t', '', '', '自然人', '\t法人或其他组织', '\t', '', '',
            '总计', '', '\t', '\t', '\t', '商业企业', '\t', '科研机构', '\t社会公益组', '织',
            '\t法律服务机', '构', '\t', '', '', '其他', '\t', '']
    r = rep.requests
    for key, text in (('new_received', ('一、本年新收政府信息公开', '申请数量')),
                      ('carried_over', ('二、上年结转政府信息公开', '申请数量'))):
        cell(text[0])
        out.append(text[1])
        vals(r[key])
        out.append('')
    # the results rows: the group columns come first, broken by character
    groups = {'granted': ['', '三', '、本年度办理结果'],
              'denied_state_secret': ['\t（三', '）不予公开'],
              'unavailable_not_held': ['\t（四', '）无法提供'],
              'unprocessed_petition': ['\t（五', '）不予处', '理'],
              'other_overdue_correction': ['\t（六', '）其', '他处', '理']}
    items = {'denied_enforcement_file': '7.\t属于行政执法案卷',
             'other_unpaid_fee': '2.申请人逾期未按收费通知要 求 缴 纳 费用、行政机关\n不再处理其政\n府信息公开申\n请'}
    for key, group, item in REQ_LABELS[2:-1]:
        cell()
        if key in groups:
            out += groups[key]
        elif key not in ('partially_granted', 'results_total'):
            cell()
        cell(items.get(key, item))
        vals(r[key])
        out.append('')
    cell('四、结转下年度继续办理')
    vals(r['carried_forward'])
    out += ['', '']
    out.append(heading_appeals)
    out += ['\t行政复议', '\t行政诉讼', '', '\t', '结果维持', '\t', '结果纠正', '\t', '其他结果', '\t',
            '尚未审结', '\t', '', '总计', '\t未经复议直接起诉', '\t复议后起诉', '', '\t', '\t', '\t',
            '\t', '\t']
    for _ in range(2):
        out += ['\t结果维', '持', '\t结果纠', '正', '\t其他结', '果', '\t尚未审', '结', '\t', '总计']
    out.append('')
    vals(rep.appeals)
    out += ['', '']
    return out


def seedlike000():
    rep = Report()
    org = '青岚医学院附属第三医院'
    text = ['', org, '2023年政府信息公开年度工作报告', '',
            '依据《中华人民共和国政府信息公开条例》（下称《条例》）和年度报告格式的相关要求，'
            '青岚医学院附属第三医院编制了本院2023年政府信息公开工作年度报告。全文分为总体情况、主动公开政府信息情况、'
            '收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、'
            '其他需要报告的事项六个部分，统计期限为2023年1月1日至2023年12月31日。'
            '本报告可在本院门户网站（www.qlsfy-example.cn）的“院务公开”栏目查阅。',
            '一、总体情况',
            '2023年，本院把院务公开作为改善患者就医体验的一项日常工作来抓，由院办公室牵头、各职能科室分工负责，'
            '围绕诊疗服务、收费价格、招标采购、人才招聘等群众关心的事项，做到应公开的及时公开、公开的内容准确完整。',
            '（一）主动公开情况',
            '[bookmark: _GoBack]全年通过医院门户网站发布各类信息1350条，通过医院微信公众号推送信息612条，'
            '内容涵盖门诊排班、专家介绍、医保政策解读、药品和耗材集中采购结果、健康讲座预告等。'
            '对价格调整、停诊安排等时效性强的信息，做到当日审核、当日发布。',
            '（二）依申请公开情况',
            '2023年度,本院未收到政府信息公开申请。',
            '（三）政府信息管理情况',
            '本院实行信息发布“科室初审、办公室复审、分管院领导终审”的三级审核，涉及患者个人信息和医疗数据的内容'
            '一律先做脱敏处理，从源头防止泄露个人隐私和工作秘密。',
            '（四）政府信息公开平台建设情况',
            '年内完成门户网站改版，新增“就医指南”“价格公示”两个专栏,并安排信息中心专人每周巡检网站链接和栏目更新情况,'
            '发现空白栏目和失效链接当周整改。',
            '（五）监督保障情况',
            '一是将院务公开纳入科室年度目标考核，全年开展两次专项检查。二是组织信息员参加业务培训三场，'
            '讲解保密审查要点和发布流程。三是在门诊大厅设置意见箱，收集患者对公开内容的意见建议。']
    text += form_docx_cells(rep, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
                            '四、政府信息公开行政复议、行政诉讼情况')
    text += ['五、存在的主要问题及改进情况', '（一）存在问题',
             '一是部分科室报送信息不够及时，公开内容以通知类为主，政策解读偏少；二是信息员队伍流动较大，'
             '业务熟练程度参差不齐。',
             '（二）改进情况',
             '下一步，本院将建立信息报送月度提醒机制，增加图解、短视频等解读形式，并对新任信息员开展岗前培训，'
             '持续提升院务公开的规范化水平。',
             '六、其他需要报告的事项',
             '本院未收取信息处理费。无其他需要报告的事项。', '', '', '']
    write('seedlike000', '\n'.join(text), rep, {
        'organisation': org, 'year': 2023, 'title': org + '2023年政府信息公开年度工作报告',
        'publication_date': None,
        'notes': 'Look-alike of seed 000 (pandoc plain text of a DOCX), our own report: every cell '
                 'on its own line, tab-led; merged labels broken one or two characters a line '
                 '(三 / 、本年度办理结果, （六 / ）其 / 他处 / 理), header cells cut (社会公益组 / 织), '
                 'spaced-out characters (要 求 缴 纳), a tab inside a label (7.<TAB>属于行政执法案卷); '
                 'a stray [bookmark: _GoBack]. All 200 values are 0. No date is stated.'})


# ---------------------------------------------------------------------------
# seedlike001 and seedlike002: the text a browser copies from a portal page
# (like seeds 001 and 002): tables flattened into |-separated lines with
# trailing empty cells, ASCII brackets in the labels, merged header cells
# collapsed onto fewer lines.

def form_pipes(rep, headings, accept='处理', short_tail=True, cut_appeals=True):
    """short_tail: the fee and carried_forward rows end in ' |' (seed 001)
    rather than ' | ||' (seed 002).  cut_appeals: the appeals header
    cells keep only their first line (结果 / 其他 / 尚未)."""
    a = rep.active
    out = [headings[0]]

    def row(cells, tail):
        out.append(' | '.join(str('' if c is None else c) for c in cells) + tail)

    row(['第二十条第(一)项'], ' | |||')
    row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ' |')
    row(['规章'] + a['regulations'], ' |')
    row(['行政规范性文件'] + a['normative_documents'], ' |')
    for item, rows, head in (('(五)', [('行政许可', 'licensing')], '本年处理决定数量'),
                             ('(六)', [('行政处罚', 'punishment'), ('行政强制', 'enforcement')],
                              '本年处理决定数量'),
                             ('(八)', [('行政事业性收费', 'fee')], '本年收费金额(单位:万元)')):
        row(['第二十条第%s项' % item], ' | |||')
        row(['信息内容', head], ' | ||')
        for label, key in rows:
            row([label, a[key]], ' |' if key == 'fee' and short_tail else ' | ||')
    out.append(headings[1])
    row([half('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), '申请人情况'],
        ' | ||||||||')
    row(['自然人', '法人或其他组织', '总计'], ' | |||||||')
    row(['商业 企业', '科研 机构', '社会公益组织', '法律服务机构', '其他'], ' | |||||')
    r = rep.requests
    for key, group, item in REQ_LABELS:
        item = half(item).replace('不再处理', '不再' + accept)
        cells = ([half(group)] if group else []) + [item] + r[key]
        if key == 'carried_forward':
            row(cells, ' |' if short_tail else ' | ||')
        else:
            row(cells, ' | |' if group else ' | ||')
    out.append(headings[2])
    row(['行政复议', '行政诉讼'], ' | |||||||||||||')
    if cut_appeals:
        sub = ['结果', '结果', '其他', '尚未', '总计']
        row(['结果维持'] + sub[1:] + ['未经复议直接起诉', '复议后起诉'], ' | ||||||||')
        row(sub + sub, ' | |||||')
    row(rep.appeals, ' |')
    return out


def seedlike001():
    rep = Report()
    org = '云溪市卫生健康局'
    head = ['- 索引号yxswjj/2024-00213', '- 发布机构云溪市卫健局', '- 文号', '- 发布日期2024-01-26',
            '- 有效性有效']
    text = head + [
        org + '2023年政府信息公开工作年度报告',
        '按照《中华人民共和国政府信息公开条例》(以下简称《条例》)和《云溪市人民政府办公室关于编制公布2023年政府信息公开'
        '工作年度报告的通知》的要求,云溪市卫生健康局编制了本年度报告。报告由总体情况、主动公开政府信息情况、收到和处理政府'
        '信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成,所列数据的'
        '统计期限为2023年1月1日至2023年12月31日。',
        '一、总体情况',
        '2023年,云溪市卫生健康局依托市政府门户网站、局微信公众号和乡镇卫生院公示栏,按照“谁制作、谁公开,谁审核、谁负责”'
        '的要求推进政务公开,重点做好疫苗接种、家庭医生签约、医疗机构执业登记等事项的公开。',
        '(一)主动公开政府信息情况',
        '1.主动公开政府信息的数量。2023年度,我局在门户网站“卫生健康”专栏发布信息48条,在“通知公告”栏目发布信息19条,'
        '公开部门预算和决算信息6条,公开“双随机、一公开”抽查结果12条。',
        '2.回应社会关切情况。通过12345热线转办件和局长信箱受理群众咨询,对就医报销、出生医学证明办理等问题逐件答复,'
        '全年答复群众来信来电156件。',
        '(二)依申请公开方面。2023年度,我局未收到政府信息公开申请,也未发生因政府信息公开引起的行政复议和行政诉讼。',
        '(三)政府信息管理方面。局办公室对拟公开信息逐条进行保密审查和公开属性认定,每季度清理一次已公开信息,对失效的'
        '通知公告及时标注。',
        '(四)平台建设方面。2023年,我局完成政务公开专栏栏目梳理,将原有的9个子栏目调整为6个,方便群众查找。',
        '(五)监督保障方面。局党组每半年听取一次政务公开工作汇报,把公开工作完成情况纳入科室年度考核。']
    text += form_pipes(rep, ['二、主动公开政府信息情况表', '三、收到和处理政府信息公开申请情况表',
                             '四、政府信息公开行政复议、行政诉讼情况表'], accept='受理')
    # part 五's heading is missing: its two sub-headings follow the table
    text += ['(一)工作中存在的主要问题。',
             '信息发布以工作动态为主,与群众就医相关的服务信息更新不够及时;基层医疗机构公开内容不够统一。',
             '(二)改进情况。',
             '我局将按月梳理就医服务类信息的更新情况,统一乡镇卫生院公示栏的公开模板,并加强对基层信息员的指导。',
             '六、其他需要报告的事项', '无。']
    write('seedlike001', '\n'.join(text), rep, {
        'organisation': org, 'year': 2023, 'title': org + '2023年政府信息公开工作年度报告',
        'publication_date': '2024-01-26', 'index_number': 'yxswjj/2024-00213', 'document_number': None,
        'notes': 'Look-alike of seed 001 (web page text), our own report: header block (索引号, 发布机构 '
                 'in a short name, empty 文号, 发布日期 2024-01-26); tables flattened to |-separated '
                 'lines with trailing empty cells; part 五 heading missing; part 四 header cells cut to '
                 'their first line (结果 / 其他 / 尚未); 不再受理 instead of 不再处理 in the 其他处理 rows. '
                 'All 200 values are 0.'})


def seedlike002():
    rep = Report()
    rep.active['punishment'] = 5
    rep.set_row('new_received', 3)
    rep.set_row('granted', 1)
    rep.set_row('denied_third_party', 1)
    rep.set_row('unavailable_not_held', 1)
    rep.set_row('results_total', 3)
    org = '北河区卫生健康委员会'
    text = [org, '2025年政府信息公开工作年度报告',
            '本报告依据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制,由北河区卫健委负责解释。报告中的数据'
            '统计期限为2025年1月1日至2025年12月31日。对本报告如有疑问,可与北河区卫健委办公室联系(地址:北河区政务服务中心'
            '二楼,电话:6612345)。',
            '一、总体情况',
            '北河区卫健委把政府信息公开列入年度重点任务,委主要负责同志牵头抓总,办公室具体承办,各科室按职责提供公开内容,'
            '形成分工明确、衔接顺畅的工作格局。',
            '(一)主动公开情况',
            '一是发布工作动态。全年向区政府门户网站报送卫生健康工作动态22条,经审核后全部发布。',
            '二是公开财政信息。按区财政局统一安排,公开部门预算、决算及“三公”经费说明。',
            '(二)依申请公开情况',
            '2025年共收到政府信息公开申请3件,均在法定期限内答复。',
            '(三)政府信息管理情况',
            '对拟公开信息实行“起草人自查、科室负责人审核、分管领导签发”,并建立已公开信息台账,定期核对链接和附件。',
            '(四)政府信息平台建设情况',
            '按时在门户网站更新机构职能、领导分工、通知公告和财政报表。',
            '(五)监督保障情况',
            '将信息公开工作纳入科室目标管理,确定一名工作人员担任联络员,年内参加区政务公开培训两次。']
    text += form_pipes(rep, ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
                             '四、政府信息公开行政复议、行政诉讼情况'], short_tail=False)
    text += ['五、存在的主要问题及改进情况',
             '主要问题:信息内容以通知和动态为主,解读类信息少;个别信息发布前核对不够细致。',
             '改进情况:增加政策解读和办事指引类信息,落实发布前双人核对,提高信息的准确性和实用性。',
             '六、其他需要报告的事项',
             '(一)收费情况',
             '本年度未收取政府信息公开信息处理费。',
             '(二)落实上级政务公开工作要点情况',
             '按区政务公开工作要点,按时公开卫生健康领域基层政务公开标准目录所列事项。',
             '', '', '北公网安备', '13010402000127号']
    write('seedlike002', '\n'.join(text), rep, {
        'organisation': org, 'year': 2025, 'title': org + '2025年政府信息公开工作年度报告',
        'publication_date': None,
        'notes': 'Look-alike of seed 002 (web page text), our own report: |-separated table lines; '
                 '行政处罚 5 and three requests from natural persons (1 granted, 1 denied third party, '
                 '1 not held); all rules hold. Footer 北公网安备 13010402000127号 is site furniture. '
                 'No publication date is stated.'})


# ---------------------------------------------------------------------------
# seedlike003 and seedlike004: pdftotext of a PDF (like seeds 003 and 004):
# tab-separated rows with ragged leading cells, a space after each label's
# number ("(一) 予以公开", "1. 属于"), labels with spaces where the PDF broke
# them, a page break that costs some rows their leading cells.

def pdf_item(label):
    """'（一）予以公开' -> '(一) 予以公开', '1.属于' -> '1. 属于'."""
    label = label.replace('（', '(').replace('）', ') ', 1) if label.startswith('（') else label
    if label[:1].isdigit():
        label = label[:2] + ' ' + label[2:]
    return label


def tabs(*cells):
    return '\t'.join('' if c is None else str(c) for c in cells)


def form_pdf_a(rep):
    """Seed 003's tables: 行政许可 with no value, a fee header that
    swallowed a 0, the rows after a page break (requests rows 5. of 不予处理
    to the end) without their group cells, the appeals header over a line
    of dashes."""
    a = rep.active
    lic = a['licensing']
    out = ['第二十条第（一）项\t\t\t', tabs('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
           tabs('规章', *a['regulations']), tabs('行政规范性文件', *a['normative_documents']),
           '第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量\t\t',
           tabs('行政许可', lic, '', '') if lic is not None else '行政许可\t\t\t',
           '第二十条第（六）项\t\t\t', '信息内容\t本年处理决定数量\t\t',
           tabs('行政处罚', a['punishment'], '', ''), tabs('行政强制', a['enforcement'], '', ''),
           '第二十条第（八）项\t\t\t', '信息内容\t本年收费金额（单位：0 万元）\t\t',
           tabs('行政事业性收费', a['fee'], '', ''), '', '三、收到和处理政府信息公开申请情况', '',
           '(本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和)\t申请人情况\t\t\t\t\t\t总计',
           '\t自然 人\t法人或其他组织\t\t\t\t\t',
           '\t\t商业 企业\t科研 机构\t社会公 益组织\t法律服 务机构\t其他\t', '']
    r = rep.requests
    late = False
    for key, group, item in REQ_LABELS:
        v = r[key]
        if key in ('new_received', 'carried_over', 'carried_forward'):
            out.append(tabs(item, '', *v) + '\t')
        elif key == 'granted':
            out.append(tabs(group, pdf_item(item), *v) + '\t')
        elif key == 'partially_granted':
            out.append(tabs('', '(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', *v) + '\t')
        elif key == 'unprocessed_confirmation':
            late = True      # the page breaks here
            out.append(tabs(pdf_item(item), '', *v) + '\t')
        elif key == 'results_total':
            out.append(tabs(pdf_item(item), *v) + '\t\t')
        elif late:
            out.append(tabs(pdf_item(group) if group else '', pdf_item(item), *v) + '\t')
        else:
            out.append(tabs('', pdf_item(group) if group else '', pdf_item(item), *v))
    sub = ['结果 维持', '结果 纠正', '其他 结果', '尚未 审结', '总 计']
    out += ['', '四、政府信息公开行政复议、行政诉讼情况', '', '行政复议\t行政诉讼', '------\t------', '',
            tabs(*sub, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''),
            tabs('', '', '', '', '', *(sub + sub)), tabs(*rep.appeals), '']
    return out


def form_pdf_b(rep):
    """Seed 004's tables: the active table's last two items set narrower
    (after a page break, one tab fewer), 三、 本 年 度 办 理 结 果 spaced
    out, the row numbers 一、 二、 in a cell of their own, a page break
    inside 不予处理 that shifts its last three rows one cell left."""
    a = rep.active
    out = ['第二十条第（一）项\t\t\t', tabs('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
           tabs('规章', *a['regulations']), tabs('行政规范性文件', *a['normative_documents']),
           '第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量\t\t',
           tabs('行政许可', a['licensing'], '', ''), '',
           '第二十条第（六）项\t', '信息内容\t本年处理决定数量',
           tabs('行政处罚', a['punishment']), tabs('行政强制', a['enforcement']),
           '第二十条第（八）项\t', '信息内容\t本年收费金额（单位：万元）', tabs('行政事业性收费', a['fee']), '',
           '三、收到和处理政府信息公开申请情况', '',
           '(本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t',
           '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
           '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t']
    r = rep.requests
    for key, group, item in REQ_LABELS:
        v = r[key]
        if key in ('new_received', 'carried_over'):
            out.append(tabs(item[:2], item[2:], *v) + '\t')
        elif key == 'granted':
            out.append(tabs('三、 本 年 度 办 理 结 果', pdf_item(item), *v) + '\t')
        elif key == 'partially_granted':
            out.append(tabs('', '(二) 部分公开（区分处理的，只计这一情形， 不计其他情形）', *v) + '\t')
        elif key in ('unprocessed_publication', 'unprocessed_excessive', 'unprocessed_confirmation',
                     'other_unpaid_fee', 'other_other'):
            if key == 'unprocessed_publication':
                out.append('')          # the page break
            out.append(tabs('', pdf_item(item), *v))
        elif key == 'other_overdue_correction':
            out.append(tabs(pdf_item(group), pdf_item(item), *v))
        elif key in ('results_total', 'carried_forward'):
            out.append(tabs(pdf_item(item).strip(), '', *v))
        else:
            out.append(tabs('', pdf_item(group) if group else '', pdf_item(item), *v))
    sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    out += ['', '四、政府信息公开行政复议、行政诉讼情况', '',
            '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
            tabs(*sub, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''),
            tabs('', '', '', '', '', *(sub + sub)), tabs(*rep.appeals), '']
    return out


def seedlike003():
    rep = Report()
    rep.active['licensing'] = None
    org = '东湖市第三人民医院'
    text = ['', '', org, '', '2024 年信息公开工作年度报告', '',
            '本报告依照《中华人民共和国政府信息公开条例》和国务院办公厅关于年度报告的有关要求编写，所列数据的统计期限自 2024 年 '
            '1 月 1 日起至 2024 年 12 月 31 日止。本报告电子版可在东湖市第三人民医院网站（<https://www.dhsy-example.org/>）'
            '查阅。如对本报告有疑问，请与医院党政办公室联系（地址：东湖市湖滨路 16 号；电话：0546-6123456）。', '',
            '一、总体情况', '',
            '2024 年，东湖市第三人民医院按照市卫生健康委的统一部署，把信息公开与改善医疗服务行动结合起来，完善公开目录，'
            '规范发布流程，公开工作总体平稳有序。', '',
            '（1）主动公开。2024 年，医院通过官网、微信公众号和院内电子屏主动公开各类信息，全年在官网发布信息', '',
            '共 316 条，其中新闻动态 97 条、通知公告 84 条，微信公众号推送 135 条；向省、市媒体投稿被采用 23 篇。', '',
            '（2）依申请公开。医院明确了申请受理、登记、答复的办理流程和答复文书样式。2024 年度，医院未收到信息公开申请。', '',
            '（3）政府信息管理。医院按照卫生健康领域信息公开的评估要求，把公开事项分解到责任科室，实行每月更新、季度检查。', '',
            '（4）政府信息公开平台建设。一是维护“东湖市第三人民医院信息公开专栏”，按时更新价格、服务、招聘等栏目；二是开通线上'
            '咨询留言，对群众关心的就诊问题集中解答；三是借助微信公众号推送便民就医信息。', '',
            '（5）监督保障。制定《东湖市第三人民医院信息公开工作规程》，明确分管领导、牵头科室和信息员的职责，为公开工作的规范性',
            '',
            '提供制度支撑；每半年开展一次自查，发现问题限期整改；组织信息员参加市里举办的业务培训两次。', '',
            '二、主动公开政府信息情况', '', '数据统计截至 2024 年 12 月 31 日。', '']
    text += form_pdf_a(rep)
    text += ['', '五、存在的主要问题及改进情况', '',
             '存在的主要问题：一是网站部分栏目更新间隔偏长，个别信息发布滞后；二是信息员多为兼职，业务水平有待提高。', '',
             '下一步改进措施：一是建立栏目更新提醒制度；二是加强信息员培训和考核；三是邀请主管部门对公开工作进行指导。', '',
             '六、其他需要报告的事项', '',
             '1.2024年度医院未收取信息处理费。', '',
             '2.医院将信息公开纳入院务管理，各职能科室按照分工提供公开内容，由党政办公室统一审核发布，做到分工明确、',
             '', '流程清晰、责任到人。', '',
             '3.2024年医院没有收到人大代表建议和政协提案办理事项。', '',
             '4.本报告统计期限自2024年1月1日起至2024年12月31日止。', '',
             '5.我院无其他需要报告的事项。', '',
             org, '', '2025年1月16日']
    write('seedlike003', '\n'.join(text), rep, {
        'organisation': org, 'year': 2024, 'title': org + '2024年信息公开工作年度报告',
        'publication_date': '2025-01-16',
        'notes': 'Look-alike of seed 003 (pdftotext of a PDF), our own report: tab-separated rows; '
                 '行政许可 row has no value (null); fee header garbled to 本年收费金额（单位：0 万元） (the 0 '
                 'is not the fee; the fee row prints 0); after a page break the rows from 5. 要求行政机关确认 '
                 'on lost their leading cells; spaces inside labels (结果 维持, 总 计, 社会公 益组织); a '
                 'paragraph broken over an empty line. Every other value is 0. Dated 2025年1月16日 under '
                 'the closing signature.'})


def seedlike004():
    rep = Report()
    org = '南渠市卫生健康委员会高新区工作办公室'
    text = ['', '', org, '', '2023 年政府信息公开', '', '工作年度报告', '',
            '本报告由' + org + '依据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作'
            '年度报告格式》编写。', '',
            '报告分为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、'
            '存在的主要问题及改进情况、其他需要报告的事项六个部分。', '',
            '报告数据的统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。电子版可在“南渠高新区”管委会门户网站'
            '(<http://gxq.nanqu-example.gov.cn/>)查阅。', '',
            '一、总体情况', '',
            '2023 年,' + org + '围绕群众看病就医中的常见问题,主动调整公开重点,推动公开内容向基层医疗服务延伸,依法有序开展政',
            '',
            '务公开工作，通过网站、微信公众号和公示栏等渠道发布卫生健康信息，工作透明度进一步提高。', '',
            '（一）做好主动公开。', '',
            '一是更新政府信息公开指南和公开目录，方便群众查询。二是集中公开基本公共卫生服务项目、家庭医生签约服务、'
            '预防接种门诊等与群众关系密切的信息。', '',
            '（二）规范依申请公开', '', '2023年未收到政府信息公开申请。', '',
            '（三）加强信息管理', '',
            '坚持先审后发，对拟公开信息逐条进行保密审查，定期检查已公开信息的时效性，对过期信息及时调整。', '',
            '（四）推进平台建设', '',
            '一是运营“健康南渠高新区”微信公众号，开设“政策解读”“健康科普”栏目。二是在辖区卫生院、村卫生室设置公示栏，',
            '', '张贴服务项目和收费标准，方便群众就近了解。', '',
            '（五）强化监督保障', '',
            '一是组织辖区医疗机构信息员集中培训一次。二是把政务公开纳入对辖区医疗机构的年度考核。', '',
            '二、主动公开政府信息情况', '']
    text += form_pdf_b(rep)
    text += ['依申请行政复议、诉讼统计时间范围为 2023.1.1-2023.12.31, 以申请人提起行政复议、诉讼的时间为准。', '',
             '五、存在的主要问题及改进情况', '',
             '主要问题：一是公开内容以工作动态为主，服务类信息不够丰富。二是解读形式较为单一。', '',
             '改进情况：一是向先进单位学习，丰富公开内容；二是增加图解、问答等解读形式,并严格执行保密审查,既保障群众的知情权,',
             '', '又防止泄露个人信息。', '',
             '六、其他需要报告的事项', '',
             '(一) 依据《政府信息公开信息处理费管理办法》收取信息处理费的情况:', '', '无。', '',
             '(二) 本行政机关其他有关文件专门要求通过年度报告予以报告的事项:', '', '无。']
    write('seedlike004', '\n'.join(text), rep, {
        'organisation': org, 'year': 2023, 'title': org + '2023年政府信息公开工作年度报告',
        'publication_date': None,
        'notes': 'Look-alike of seed 004 (pdftotext of a PDF), our own report: title broken over two lines '
                 '(2023 年政府信息公开 / 工作年度报告); tab-separated rows, spaced-out 三、 本 年 度 办 理 '
                 '结 果, row numbers 一、/二、 in a cell of their own; a page break inside part 三 (rows '
                 '3.-5. of 不予处理 lost their group cell); paragraphs broken over empty lines. All 200 '
                 'values are 0. No date is stated.'})


def main():
    os.makedirs(TEXT, exist_ok=True)
    seedlike000()
    seedlike001()
    seedlike002()
    seedlike003()
    seedlike004()


if __name__ == '__main__':
    main()
