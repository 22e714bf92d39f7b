#!/usr/bin/env python3
"""Write two portal pages of our own in the manner of a TRS CMS site, the
look-alikes of the two real pages in shared/real (pingtan-2022.html and
pingtan-2023.html), with their expected CSV and truth:

  corpus/html/trs_word_2022.html    tables pasted from Word into the CMS
                                    editor: MsoNormalTable, mso-* border
                                    styles written over several lines, each
                                    cell's text in nested spans with an
                                    empty span after it, &nbsp; padding
                                    around labels and values, header labels
                                    one character a paragraph (结/果/纠/正),
                                    a heading typo (行政法复议), body
                                    paragraphs led by a white-space:pre tab
  corpus/html/trs_editor_2023.html  tables made in the online editor:
                                    compact cell styles, two-line labels as
                                    two <p>, the fee printed with six
                                    decimals, <strong> headings with &nbsp;

Both carry the portal around the report as such pages do: meta tags
(ArticleTitle, PubDate, Url), navigation, sub-menus, breadcrumb, the
来源/时间 line, font and share buttons, the 全真版/文字版 tabs, attachment
and QR-code blocks, a related-reading column, footer link lists and site
registration lines, scripts.  The site, the organisation (临海新区), every
sentence and every number are ours (numbers of the same kinds as the real
pages'; all rules hold).  Standard library only, deterministic.

Usage: python3 tools/gen_trs_pages.py [REPO_ROOT]
"""

import json
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_html_corpus import (GROUPS, IN_GROUP, REQ_LABELS, RESULT_ROWS_2021,  # noqa: E402
                             expected_checks, write_csv, zeros_requests)

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..'))
OUT = os.path.join(ROOT, 'corpus', 'html')

SITE = '临海新区管理委员会'
DOMAIN = 'www.linhai-example.gov.cn'
ORG = '临海新区'


# ---------------------------------------------------------------------------
# the portal around the report

NAV = [('首页', '/'), ('政务公开', '/zwgk/'), ('政策解读', '/zcjd/'), ('办事服务', '/bsfw/'),
       ('互动交流', '/hdjl/'), ('走进新区', '/zjxq/')]
SUBMENU = [
    [('政府信息公开', 'zfxxgk'), ('领导信息', 'ldxx'), ('机构职能', 'jgzn'), ('新区要闻', 'xqyw'),
     ('通知公告', 'tzgg'), ('政策文件', 'zcwj'), ('规划计划', 'ghjh'), ('财政资金', 'czzj'),
     ('人事信息', 'rsxx'), ('统计数据', 'tjsj'), ('重点领域', 'zdly'), ('专题专栏', 'ztzl')],
    [('文字解读', 'wzjd'), ('图解政策', 'tjzc'), ('新闻发布', 'xwfb'), ('回应关切', 'hygq')],
    [('网上办事大厅', 'wsbsdt'), ('便民服务', 'bmfw'), ('办事指南', 'bszn')],
    [('主任信箱', 'zrxx'), ('在线访谈', 'zxft'), ('意见征集', 'yjzj'), ('常见问题', 'cjwt')],
]
FOOT_LINKS = [('国家部委网站', ['中国政府网', '国务院部门']),
              ('省内政府网站', ['省政府门户', '各市政府']),
              ('新区部门网站', ['经济发展局', '社会事业局', '规划建设局', '综合执法局']),
              ('其他网站', ['新区融媒体中心', '新区政务服务中心'])]


def frame(title, pubdate, source, url, doc_id, column, article):
    """The page around ARTICLE (the report's HTML)."""
    site_title = '%s_%s_%s' % (title, column, SITE)
    nav = ''.join('\n            <li%s><a href="%s">%s</a></li>' % (
        ' class="parentNode"' if i else '', h, t) for i, (t, h) in enumerate(NAV))
    sub = ''.join(
        '\n          <div class="row"><div>%s\n          </div></div>' % ''.join(
            '\n            <a href="https://%s/%s/" target="_blank" title="%s">%s</a>' % (DOMAIN, h, t, t)
            for t, h in group) for group in SUBMENU)
    foot = ''.join(
        '\n          <li class="trt-col-6"><span>%s</span><select onchange="goLink(this)">'
        '<option>%s</option>%s</select></li>' % (
            name, name, ''.join('<option value="#">%s</option>' % x for x in links))
        for name, links in FOOT_LINKS)
    return '''<!DOCTYPE html>
<html ms-controller="pageRoot">
  <head>
    <meta charset="utf-8" name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <meta name="SiteName" content="%(site)s"/>
    <meta name="SiteDomain" content="%(domain)s"/>
    <meta name="SiteIDCode" content="9990000042"/>
    <meta name="ColumnName" content="%(column)s"/>
    <meta name="ColumnType" content="%(column)s"/>
    <meta name="ArticleTitle" content="%(title)s"/>
    <meta name="PubDate" content="%(pubdate)s"/>
    <meta name="ContentSource" content=""/>
    <meta name="Author" content="新区办公室"/>
    <meta name="Url" content="%(url)s"/>
    <meta name="DocId" content="%(doc_id)s"/>
    <title>%(site_title)s</title>
    <link rel="stylesheet" type="text/css" href="/static/css/base.css">
    <link rel="stylesheet" type="text/css" href="/static/css/header.css">
    <link rel="stylesheet" type="text/css" href="/static/css/footer.css">
    <link rel="stylesheet" type="text/css" href="/static/css/xxgk_detail.css" />
  </head>
  <body>
    <div class="wrap xxgk_bg">
      <!--页头-->
      <div class="header menu_hov">
        <div class="row">
          <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="%(site)s" /></a></div>
          <div class="header_line" role="serve" des="头部信息">
            <div class="header_link">
              <a href="javascript:;" class="none_sm">无障碍</a>
              <a href="javascript:;" class="none_sm">长者模式</a>
              <em ms-visible="!isLogin"><a href="javascript:void(0);" ms-click="$login">登录</a>
              <a href="javascript:void(0);" ms-click="$register">注册</a></em>
            </div>
            <span>本站支持IPv6访问</span>
          </div>
          <div class="menu_base menu_hd">
            <ul class="clearflx" role="navigation" des="站点主目录">%(nav)s
            </ul>
          </div>
          <div class="search_box">
            <form method="get" action="/search/index.html" target="_blank">
              <input type="text" placeholder="搜索本站内容" name="q" class="form-control" />
              <button class="btn_base"><i class="iconfont icon-search"></i></button>
            </form>
          </div>
        </div>
        <div class="submenu menu_bd">%(sub)s
        </div>
      </div>
      <div class="banner_header">
        <div class="row"><p class="today"><font ms-text="now|date('yyyy年MM月dd日 EEEE')"></font></p></div>
      </div>
      <!--页头结束-->
      <div class="main">
        <div class="content">
          <div class="row content_bg pad_xl" role="viewlist" des="正文">
            <div class="breadcrumb">
              <span><i class="iconfont icon-location"></i>您现在的位置：</span>
              <ul>
                <li><a href="../../../../" title="首页">首页</a></li><li><a href="../../../" title="政务公开">政务公开</a></li><li><a href="../../" title="政府信息公开">政府信息公开</a></li><li><a href="../" title="%(column)s">%(column)s</a></li>
              </ul>
            </div>
            <div class="trt-row">
              <div class="trt-col-18">
                <div class="article_component">
                  <div class="article_title_group">
                    <div class="article_title text_align_center">
                      %(title)s
                    </div>
                  </div>
                  <div class="article_extend pad_base mar_t_base">
                    <div class="trt-row">
                      <div class="trt-col-16">
                        <span class="article_source">来源：%(source)s</span>
                        <span class="article_time">时间：%(pubdate)s</span>
                      </div>
                      <div class="trt-col-8 function_icon none_sm">
                        <span ms-click="$addfont()"><i class="iconfont icon-font-up"></i></span>
                        <span ms-click="$reducefont()"><i class="iconfont icon-font-down"></i></span>
                        <span onclick="window.print()"><i class="iconfont icon-print"></i></span>
                        <span class="share"><i class="iconfont icon-share"></i>
                          <div class="share_box"><a href="javascript:void(0);" ms-click="$weixin">微信</a><a href="javascript:void(0);" ms-attr-href="share.weibo" target="_blank">微博</a></div>
                        </span>
                      </div>
                    </div>
                  </div>
                  <div class="tabs tab_base">
                    <div class="tabs_hd" ms-controller="FullView" ms-visible="fullFile!=''">
                      <ul>
                        <li ms-click="$togs(0)" ms-class="on:show==0"><a href="javascript:;">全真版</a></li>
                        <li ms-click="$togs(1)" ms-class="on:show==1"><a href="javascript:;">文字版</a></li>
                      </ul>
                      <a ms-attr-href="fullFile" title="文件下载" class="download"><i class="iconfont icon-pdf"></i>文件下载</a>
                    </div>
                    <div class="tabs_bd">
                      <div class="pic_con" ms-controller="FullView" ms-visible="show==0&amp;&amp;fullFile!=''">
                        <iframe class="viewer" ms-attr-src="/viewer/web/viewer.html?file={{fullFile}}" frameborder="0" scrolling="no"></iframe>
                      </div>
                      <div class="word_con" ms-controller="FullView" ms-visible="show==1||fullFile==''">
                        <div class="article_area" ms-class="font{{detailFont}}">
                          <div class="article_content">
                            %(article)s
                          </div>
                        </div>
                        <div class="article_attachment" id="file_list" ms-if="''!=''">
                          <div class="title_base"><i class="iconfont icon-download"></i>附件下载</div>
                          <ul id="file_ul"></ul>
                        </div>
                        <div class="article_qrcode_area none_sm">
                          <div class="article_qrcode"><p>用手机扫描二维码浏览本页</p><div class="ewm-img" id="qrcode"></div></div>
                        </div>
                        <div class="article_btn_group none_sm">
                          <button onclick="window.close();" title="关闭" class="btn_base btn_outline"><i class="iconfont icon-close"></i>关闭本页</button>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div class="trt-col-5 trt-col-offset-1" ms-controller="related" ms-if="isShow">
                <div class="title_base"><div class="title_name">相关解读</div></div>
                <div class="list_base" id="related_list">
                  <ul><li ms-repeat="list"><a ms-attr-href="el.url" ms-text="el.title" target="_blank"></a></li></ul>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <!--页脚-->
      <div class="footer">
        <div class="row">
          <div class="out_links" role="navigation" des="网站链接">
            <ul class="trt-row">%(foot)s
            </ul>
          </div>
          <div class="footer_info">
            <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
            <p>主办单位：%(site)s办公室　　网站标识码：9990000042</p>
            <p>地址：临海新区滨海大道88号　　邮编：318099</p>
            <p><a href="#" target="_blank">X ICP备00000042号-1</a>　　<a href="#" target="_blank">X公网安备 33990202000042号</a></p>
          </div>
        </div>
      </div>
    </div>
    <script src="/static/js/jquery.min.js"></script>
    <script src="/static/js/avalon.min.js"></script>
    <script>
      var pageInfo = { docId: "%(doc_id)s", channel: "%(column)s" };
      function goLink(sel) { if (sel.value && sel.value !== "#") window.open(sel.value); }
    </script>
  </body>
</html>
''' % {'site': SITE, 'domain': DOMAIN, 'column': column, 'title': escape(title), 'pubdate': pubdate,
       'url': url, 'doc_id': doc_id, 'site_title': escape(site_title), 'source': source, 'nav': nav,
       'sub': sub, 'foot': foot, 'article': article}


# ---------------------------------------------------------------------------
# 2022: tables pasted from Word

SONG = 'font-family: 仿宋_GB2312; letter-spacing: %s; font-size: 14pt;'


class WordCells:
    """A Word-pasted cell: every style attribute over several lines, text
    in spans followed by an empty span; &nbsp; where Word padded."""

    def __init__(self, colour, kind, spacing):
        self.colour = colour        # 'windowtext' or 'rgb(0,0,0)'
        self.kind = kind            # 'solid' or 'outset'
        self.spacing = spacing      # letter-spacing of the spans

    def span(self, inner):
        return '<span style="%s">%s</span>' % (SONG % self.spacing, inner)

    def para(self, pieces, cls='p'):
        """pieces: text, ('nb', text) for text followed by a nested &nbsp;,
        ('pad', text) for &nbsp; text &nbsp; in three spans."""
        out = []
        for p in pieces:
            if isinstance(p, tuple) and p[0] == 'nb':
                out.append(self.span('<span style="font-family:仿宋_GB2312">%s</span>'
                                     '<span style="font-family:仿宋_GB2312">&nbsp;</span>' % escape(p[1])))
            elif isinstance(p, tuple) and p[0] == 'pad':
                out.append(self.span('&nbsp;') + self.span(escape(p[1])) + self.span('&nbsp;'))
            elif isinstance(p, tuple) and p[0] == 'lead':
                out.append(self.span('&nbsp;') + self.span(escape(p[1])))
            else:
                out.append(self.span(escape(str(p))))
        return ('<p class="%s" style="margin: 0pt; text-align: justify; line-height: 20pt;">%s%s</p>'
                % (cls, ''.join(out), self.span('')))

    def td(self, paras, width_pt, rs=1, cs=1, top=True, valign='center'):
        b = '1.0000pt %s %s' % (self.kind, self.colour)
        alt = '%s %s %s' % ('0.7500pt' if self.kind == 'outset' else '0.5000pt', self.kind, self.colour)
        span = (' colspan="%d"' % cs if cs > 1 else '') + (' rowspan="%d"' % rs if rs > 1 else '')
        style = ('width:%.4fpt;padding:0.0000pt 0.0000pt 0.0000pt 0.0000pt ;border-left:%s;\n'
                 'mso-border-left-alt:%s;border-right:%s;mso-border-right-alt:%s;\n'
                 'border-top:%s;mso-border-top-alt:%s;border-bottom:%s;\n'
                 'mso-border-bottom-alt:%s;' % (width_pt, b, alt, b, alt, b if top else 'none',
                                                alt if top else 'none', b, alt))
        return '<td width="%d" valign="%s"%s style="%s">%s</td>' % (
            round(width_pt * 4 / 3), valign, span, style, ''.join(paras))


def word_table(width_pt, colour, rows_html):
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse;'
            'width:%.4fpt;border:none;\nmso-border-left-alt:0.5000pt solid %s;mso-border-top-alt:0.5000pt '
            'solid %s;mso-border-right-alt:0.5000pt solid %s;\nmso-border-bottom-alt:0.5000pt solid %s;'
            'mso-border-insideh:0.5000pt solid %s;mso-border-insidev:0.5000pt solid %s;\n'
            'mso-padding-alt:0.0000pt 0.0000pt 0.0000pt 0.0000pt ;"><tbody>%s</tbody></table>'
            % (width_pt, colour, colour, colour, colour, colour, colour, ''.join(rows_html)))


def word_rows(rows, heights):
    out = []
    for i, (tds, h) in enumerate(zip(rows, heights)):
        out.append('<tr style="height:%.4fpt;"%s>%s</tr>' % (h, ' class="firstRow"' if i == 0 else '',
                                                              ''.join(tds)))
    return out


def word_active(a):
    c = WordCells('windowtext', 'solid', '0pt')
    W = [107.25, 109.2, 109.25, 109.25]
    full = sum(W)

    def label(s, nb=False):
        return [c.para([('nb', s)] if nb else [s])]

    rows = [[c.td(label('第二十条第（一）项', True), full, cs=4)],
            [c.td(label(s, True), w, top=False) for s, w in zip(
                ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], W)]]
    for lab, key in (('规章', 'regulations'), ('行政规范性文件', 'normative_documents')):
        rows.append([c.td(label(lab), W[0], top=False)] +
                    [c.td(label(str(v)), w, top=False) for v, w in zip(a[key], W[1:])])
    for item, lines, head in (('（五）', [('行政许可', 'licensing')], '本年处理决定数量'),
                              ('（六）', [('行政处罚', 'punishment'), ('行政强制', 'enforcement')],
                               '本年处理决定数量'),
                              ('（八）', [('行政事业性收费', 'fee')], '本年收费金额（单位：万元）')):
        rows.append([c.td(label('第二十条第%s项' % item), full, cs=4, top=False)])
        rows.append([c.td(label('信息内容'), W[0], top=False), c.td(label(head), full - W[0], cs=3, top=False)])
        for lab, key in lines:
            rows.append([c.td(label(lab), W[0], top=False),
                         c.td(label(str(a[key])), full - W[0], cs=3, top=False)])
    return word_table(full, 'windowtext', word_rows(rows, [30.5] * len(rows)))


def word_requests(r):
    c = WordCells('rgb(0,0,0)', 'solid', '-0.3pt')
    W = [75.3, 48.4, 98.5] + [31.2] * 6 + [33.4]

    def nb(s, cls='p'):
        return [c.para([('nb', s)], cls)]

    def plain(s, cls='p'):
        return [c.para([str(s)], cls)]

    rows = [[c.td(nb('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), sum(W[:3]), rs=3, cs=3),
             c.td(nb('申请人情况'), sum(W[3:]), cs=7)],
            [c.td(nb('自然人'), W[3], rs=2, top=False), c.td(nb('法人或其他组织'), sum(W[4:9]), cs=5, top=False),
             c.td(nb('总计'), W[9], rs=2, top=False)],
            [c.td([c.para([('nb', '商业')]), c.para([('nb', '企业')])], W[4], top=False),
             c.td([c.para([('nb', '科研')]), c.para([('nb', '机构')])], W[5], top=False),
             c.td(nb('社会公益组织'), W[6], top=False), c.td(nb('法律服务机构'), W[7], top=False),
             c.td(nb('其他'), W[8], top=False)]]

    def values(key):
        return [c.td(plain(v), w, top=False) for v, w in zip(r[key], W[3:])]

    for key in ('new_received', 'carried_over'):
        rows.append([c.td(nb(REQ_LABELS[key]), sum(W[:3]), cs=3, top=False)] + values(key))
    for key in RESULT_ROWS_2021 + ['results_total']:
        lead = []
        if key == 'granted':
            lead.append(c.td(nb('三、本年度办理结果'), W[0], rs=22, top=False))
        if key in GROUPS:
            label, n = GROUPS[key]
            lead.append(c.td(nb(label), W[1], rs=n, top=False))
        if key in IN_GROUP:
            # the first item of 不予公开 without its &nbsp;, as Word left it
            text = plain(REQ_LABELS[key], 'MsoNormal') if key == 'denied_state_secret' else nb(REQ_LABELS[key])
            lead.append(c.td(text, W[2], top=False, valign='top'))
        else:
            lead.append(c.td(nb(REQ_LABELS[key]), W[1] + W[2], cs=2, top=False))
        rows.append(lead + values(key))
    rows.append([c.td(nb(REQ_LABELS['carried_forward']), sum(W[:3]), cs=3, top=False)] +
                values('carried_forward'))
    return word_table(sum(W), 'rgb(0,0,0)', word_rows(rows, [22.0] * len(rows)))


def word_appeals(ap):
    c = WordCells('rgb(0,0,0)', 'outset', '-0.3pt')
    W = [24.4] + [30.5] * 14

    def chars(s, per=1):
        """One paragraph per PER characters: the narrow columns Word
        wrapped, typed as paragraphs."""
        return [c.para([s[i:i + per]]) for i in range(0, len(s), per)]

    def nb(s):
        return [c.para([('nb', s)])]

    heads = [chars('结果维持', 3), chars('结果纠正'), chars('其他结果'), chars('尚未审结'),
             [c.para(['总']), c.para([('nb', '计')])]]
    rows = [[c.td(nb('行政复议'), sum(W[:5]), cs=5), c.td(nb('行政诉讼'), sum(W[5:]), cs=10)],
            [c.td(h, w, rs=2, top=i > 1) for i, (h, w) in enumerate(zip(heads, W))] +
            [c.td(nb('未经复议直接起诉'), sum(W[5:10]), cs=5), c.td(nb('复议后起诉'), sum(W[10:]), cs=5)]]
    sub = [lambda: chars('结果维持'), lambda: chars('结果纠正'), lambda: chars('其他结果'),
           lambda: [c.para(['尚未'])] + chars('审结'), lambda: [c.para(['总计'])]]
    rows.append([c.td(f(), w, top=False) for f, w in zip(sub + sub, W[5:])])
    vals = []
    for i, (v, w) in enumerate(zip(ap, W)):
        piece = ('lead', str(v)) if i == 9 else ('pad', str(v))
        vals.append(c.td([c.para([piece], 'MsoNormal')], w, top=False))
    rows.append(vals)
    return word_table(sum(W), 'rgb(0,0,0)', word_rows(rows, [26.05, 26.05, 52.1, 30.0]))


def pre_para(text):
    return ('<p><span style="font-size: 16px;"><span style="white-space:pre">\t</span>%s</span></p>'
            % escape(text))


def page_2022():
    year = 2022
    a = {'regulations': [0, 0, 0], 'normative_documents': [64, 41, 517], 'licensing': 8834,
         'punishment': 1772, 'enforcement': 0, 'fee': '7408.53'}
    r = zeros_requests()

    def row(key, natural, commercial=0):
        r[key] = [natural, commercial, 0, 0, 0, 0, natural + commercial]
    row('new_received', 58, 2)
    row('carried_over', 2)
    row('granted', 17)
    row('partially_granted', 6, 1)
    row('denied_internal_affairs', 2)
    row('denied_process_info', 1)
    row('denied_enforcement_file', 1)
    row('unavailable_not_held', 29)
    row('other_overdue_correction', 3)
    row('other_other', 0, 1)
    row('results_total', 59, 2)
    row('carried_forward', 1)
    ap = [1, 0, 1, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]
    title = '%s%d年度政府信息公开工作年度报告' % (ORG, year)
    body = [
        pre_para('本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室'
                 '印发的年度报告格式编制，汇总了临海新区管委会各部门的政府信息公开工作情况。报告所列数据的统计时限为2022年1月1日'
                 '至2022年12月31日。对本报告有疑问的，请与临海新区管委会办公室联系（地址：临海新区滨海大道88号，邮编：318099，'
                 '电话：0576-80000042）。'),
        pre_para('一、总体情况'),
        pre_para('2022年，临海新区围绕园区建设和企业服务两条主线推进政务公开，把公开工作与优化营商环境结合起来，'
                 '重点做好规划、项目、惠企政策等信息的发布，全年公开工作平稳有序。'),
        pre_para('（一）主动公开方面'),
        pre_para('全年主动公开政府信息9862条。一是集中公开行政规范性文件，在门户网站设立文件库，公开现行有效文件517件、'
                 '本年度新制发文件64件。二是公开新区总体规划和产业专项规划，发布规划类信息53条。三是设立惠企政策专栏，'
                 '按行业归集政策文件，方便企业查找。四是按月公开重点项目建设进度。'),
        pre_para('（二）依申请公开方面'),
        pre_para('新区统一了申请受理、登记、承办、审核、答复的工作流程，答复前由法制部门进行合法性审查。2022年，'
                 '全区收到政府信息公开申请60件，其中自然人58件、商业企业2件，均在法定期限内答复。'
                 '全年发生与政府信息公开有关的行政复议2件、行政诉讼1件，均已审结。'),
        pre_para('（三）政府信息管理方面'),
        pre_para('新区办公室制定了网站和政务新媒体信息发布审核办法，明确信息采集、审核、发布、更新的责任人和时限；'
                 '对行政规范性文件逐件标注有效性，并提供可下载的版式文件。'),
        pre_para('（四）信息公开平台建设方面'),
        pre_para('完成门户网站集约化改版，统一栏目设置和页面样式，新增智能检索和“我要找政策”功能；'
                 '对长期未更新的政务新媒体账号进行了清理，现有政务新媒体12个。'),
        pre_para('（五）监督保障方面'),
        pre_para('新区把政务公开纳入各部门年度绩效考核，每季度开展一次网站检查并通报结果，对发现的问题限期整改。'
                 '全年未发生因政府信息公开工作引起的责任追究。'),
        pre_para('二、主动公开政府信息情况'),
        word_active(a),
        pre_para('三、收到和处理政府信息公开申请情况'),
        word_requests(r),
        pre_para('四、政府信息公开行政法复议、行政诉讼情况'),
        word_appeals(ap),
        pre_para('五、存在的主要问题及改进情况'),
        pre_para('2022年，新区的政府信息公开工作还存在一些不足：一是重大决策预公开的范围不够广，征求意见的方式较少；'
                 '二是部分重点项目只公开了立项信息，建设过程信息公开不够；三是政策解读以文字为主，形式不够丰富。'),
        pre_para('2023年，新区将从三个方面改进：一是扩大决策预公开范围，采用座谈、问卷等多种方式听取意见；'
                 '二是推进重点项目全过程信息公开；三是增加图解、短视频等解读形式。'),
        pre_para('六、其他需要报告的事项'),
        pre_para('2022年，新区未收取信息处理费。'),
    ]
    article = '<div class=TRS_Editor>%s</div>' % ''.join(body)
    html = frame(title, '2023-02-17 16:20', '临海新区管委会办公室',
                 'https://%s/zwgk/zfxxgk/xxgknb/202302/t20230217_4021.html' % DOMAIN, '4021',
                 '政府信息公开年报', article)
    return html, a, r, ap, {
        'layout': '2021', 'organisation': ORG, 'year': year, 'title': title,
        'publication_date': '2023-02-17',
        'notes': 'Look-alike of a TRS CMS portal page with tables pasted from Word (like shared/real/'
                 'pingtan-2022.html), our own site and report: MsoNormalTable with mso-* border styles over '
                 'several lines, text in nested spans with an empty span after each, &nbsp; padding around '
                 'labels and values, appeals header labels one character a paragraph, a heading typo '
                 '(行政法复议); portal furniture around the report; publication_date from 时间：2023-02-17 16:20. '
                 'All rules hold.'}


# ---------------------------------------------------------------------------
# 2023: tables made in the online editor

def ed_td(paras, rs=1, cs=1, width=None, pad='5px 5px 5px 5px', sides='1px solid windowtext'):
    span = (' colspan="%d"' % cs if cs > 1 else '') + (' rowspan="%d"' % rs if rs > 1 else '')
    w = ' width="%d"' % width if width else ''
    style = ('padding:%s ;border-left:%s;border-right:%s;border-top:none;border-bottom:%s'
             % (pad, sides, sides, sides))
    return '<td%s style="%s" valign="center"%s>%s</td>' % (span, style, w, ''.join(
        '<p style="text-indent: 0em;">%s</p>' % escape(str(p)) for p in paras))


def ed_table(rows, heights):
    out = []
    for i, (tds, h) in enumerate(zip(rows, heights)):
        out.append('<tr style="height:%dpx"%s>%s</tr>' % (h, ' class="firstRow"' if i == 0 else '', ''.join(tds)))
    return ('<table style="border-collapse:collapse;border:none" cellspacing="0" align="center" border="1">'
            '<tbody>%s</tbody></table>' % '\n'.join(out))


def page_2023():
    year = 2023
    a = {'regulations': [0, 0, 0], 'normative_documents': [59, 103, 426], 'licensing': 3187,
         'punishment': 1405, 'enforcement': 37, 'fee': '3871.205413'}
    r = zeros_requests()

    def row(key, natural, commercial=0):
        r[key] = [natural, commercial, 0, 0, 0, 0, natural + commercial]
    row('new_received', 73, 2)
    row('granted', 25)
    row('partially_granted', 15, 1)
    row('denied_third_party', 2)
    row('denied_process_info', 1)
    row('denied_query', 1)
    row('unavailable_not_held', 26)
    row('unavailable_needs_creation', 0, 1)
    row('unprocessed_duplicate', 1)
    row('other_overdue_correction', 1)
    row('other_other', 1)
    row('results_total', 73, 2)
    ap = [2, 0, 1, 0, 3, 3, 1, 0, 1, 5, 0, 1, 1, 0, 2]
    title = '%s%d年度政府信息公开工作年度报告' % (ORG, year)

    rows = [[ed_td(['第二十条第（一）项'], cs=4)],
            [ed_td([s]) for s in ('信息内容', '本年制发件数', '本年废止件数', '现行有效件数')],
            [ed_td(['规章'])] + [ed_td([v]) for v in a['regulations']],
            [ed_td(['行政规范性文件'])] + [ed_td([v]) for v in a['normative_documents']]]
    for item, lines, head in (('（五）', [('行政许可', 'licensing')], '本年处理决定数量'),
                              ('（六）', [('行政处罚', 'punishment'), ('行政强制', 'enforcement')],
                               '本年处理决定数量'),
                              ('（八）', [('行政事业性收费', 'fee')], '本年收费金额（单位：万元）')):
        rows.append([ed_td(['第二十条第%s项' % item], cs=4)])
        rows.append([ed_td(['信息内容']), ed_td([head], cs=3)])
        for lab, key in lines:
            rows.append([ed_td([lab]), ed_td([a[key]], cs=3)])
    active = ed_table(rows, [38] * len(rows))

    P = '0px 4px'
    rows = [[ed_td(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'], rs=3, cs=3, pad=P),
             ed_td(['申请人情况'], cs=7, pad=P)],
            [ed_td(['自然人'], rs=2, pad=P, width=38), ed_td(['法人或其他组织'], cs=5, pad=P),
             ed_td(['总计'], rs=2, pad=P, width=40)],
            [ed_td(['商业', '企业'], pad=P, width=38), ed_td(['科研', '机构'], pad=P, width=39),
             ed_td(['社会公益组织'], pad=P, width=39), ed_td(['法律服务机构'], pad=P, width=39),
             ed_td(['其他'], pad=P, width=40)]]
    for key in ('new_received', 'carried_over'):
        rows.append([ed_td([REQ_LABELS[key]], cs=3, pad=P)] + [ed_td([v], pad=P) for v in r[key]])
    for key in RESULT_ROWS_2021 + ['results_total']:
        lead = []
        if key == 'granted':
            lead.append(ed_td(['三、本年度办理结果'], rs=22, pad=P))
        if key in GROUPS:
            label, n = GROUPS[key]
            lead.append(ed_td([label], rs=n, pad=P))
        lead.append(ed_td([REQ_LABELS[key]], cs=1 if key in IN_GROUP else 2, pad=P))
        rows.append(lead + [ed_td([v], pad=P) for v in r[key]])
    rows.append([ed_td([REQ_LABELS['carried_forward']], cs=3, pad=P)] +
                [ed_td([v], pad=P) for v in r['carried_forward']])
    requests = ed_table(rows, [45] * len(rows))

    P = '0px 7px'
    two = [['结果', '维持'], ['结果', '纠正'], ['其他', '结果'], ['尚未', '审结'], ['总计']]
    rows = [[ed_td(['行政复议'], cs=5, pad=P), ed_td(['行政诉讼'], cs=10, pad=P)],
            [ed_td(['结果维持'], rs=2, pad=P)] + [ed_td(x, rs=2, pad=P) for x in two[1:]] +
            [ed_td(['未经复议直接起诉'], cs=5, pad=P), ed_td(['复议后起诉'], cs=5, pad=P)],
            [ed_td(x, pad=P) for x in two + two],
            [ed_td([v], pad=P, width=43) for v in ap]]
    appeals = ed_table(rows, [38, 38, 60, 45])

    def p(text, strong=False):
        if strong:
            return '<p style="text-indent: 2em;"><strong>%s</strong></p>' % text
        return '<p style="text-indent: 2em;">%s</p>' % escape(text)

    body = [
        p('本报告按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式的要求，'
          '汇总临海新区管委会各部门2023年政府信息公开工作情况编制。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。'
          '报告电子版可在临海新区门户网站（%s）下载。如有疑问，请与临海新区管委会办公室联系，电话：0576-80000042。' % DOMAIN),
        '<p style="text-indent: 2em;"><strong>&nbsp;一、总体情况</strong>&nbsp;</p>',
        p('2023年，临海新区以服务企业、方便群众为导向推进政务公开，重点加强政策文件集中公开和解读，'
          '推动公开工作向园区、社区延伸。'),
        p('（一）主动公开方面'),
        p('全年主动公开政府信息10473条。一是清理并集中公开现行有效行政规范性文件426件，公开本年度制发文件59件。'
          '二是围绕企业关心的用地、用工、融资等事项发布政策解读31篇，采用图解、问答等形式。三是公开重点项目批准和实施信息。'),
        p('（二）依申请公开方面'),
        p('全年收到政府信息公开申请75件，其中自然人73件、商业企业2件，全部按期答复，上年无结转申请。'),
        p('（三）政府信息管理方面'),
        p('对拟公开信息实行发布前保密审查和属性确认，全年对已公开的政策文件逐件核对有效性标注。'),
        p('（四）平台建设方面'),
        p('一是优化门户网站栏目，整合政策文件、办事服务、查询服务等内容。二是上线发布前内容校对功能，'
          '自动提示错别字和不规范表述。三是注销重复建设的政务新媒体账号2个。'),
        p('（五）监督保障方面'),
        '<p style="text-indent: 2em;">开展网站月度巡检和季度通报，全年通报4次，检查结果纳入部门年度绩效考核。'
        '&nbsp;&nbsp;&nbsp;</p>',
        p('二、主动公开政府信息情况', True),
        active,
        p('三、收到和处理政府信息公开申请情况', True),
        requests,
        p('四、政府信息公开行政复议、行政诉讼情况', True),
        appeals,
        p('五、存在的主要问题及改进情况', True),
        p('主要问题：一是个别部门对信息公开属性的判断不够准确；二是政策解读的针对性还不够强。'),
        p('2024年，我区将采取以下措施加以改进：'),
        p('一是开展公开属性认定培训，每月抽查各部门发布的信息。二是围绕企业办事的高频事项开展解读，'
          '提高解读的针对性和可读性。'),
        p('六、其他需要报告的事项', True),
        p('2023年，新区未收取信息处理费。'),
        '<p style="text-indent: 2em;">&nbsp;</p>',
    ]
    article = '<div class=TRS_Editor>%s</div>' % ''.join(body)
    html = frame(title, '2024-03-05 09:41', '临海新区管委会办公室',
                 'https://%s/zwgk/zfxxgk/xxgknb/202403/t20240305_5307.html' % DOMAIN, '5307',
                 '政府信息公开年报', article)
    return html, a, r, ap, {
        'layout': '2021', 'organisation': ORG, 'year': year, 'title': title,
        'publication_date': '2024-03-05',
        'notes': 'Look-alike of a TRS CMS portal page with tables made in the online editor (like '
                 'shared/real/pingtan-2023.html), our own site and report: compact cell styles, two-line '
                 'labels as two <p>, <strong> headings with &nbsp;, the fee printed with six decimals '
                 '(3871.205413); portal furniture around the report. All rules hold.'}


def write(name, made):
    html, a, r, ap, truth = made
    with open(os.path.join(OUT, name + '.html'), 'wb') as f:
        f.write(html.encode('utf-8'))
    write_csv(os.path.join(OUT, name + '.expected.csv'), a, r, ap, '2021')
    truth['checks_failing'], truth['checks_skipped'] = expected_checks(r, ap, '2021')
    with open(os.path.join(OUT, name + '.truth.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write('\n')


def main():
    write('trs_word_2022', page_2022())
    write('trs_editor_2023', page_2023())


if __name__ == '__main__':
    main()
