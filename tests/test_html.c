/* Unit tests of the HTML extractor: inputs built here, the model checked
 * exactly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "extract.h"

static xg_doc *extract(const char *html, int expect)
{
    xg_doc *doc = xg_doc_new();
    xg_error err = { 0, "" };

    assert_non_null(doc);
    assert_int_equal(xg_extract_html((const unsigned char *)html,
                                     strlen(html), doc, &err), expect);
    return doc;
}

static const xg_table *table_at(const xg_doc *doc, size_t block)
{
    const xg_block *b = xg_doc_block(doc, block);

    assert_non_null(b);
    assert_int_equal(b->kind, XG_BLOCK_TABLE);
    return b->table;
}

static void assert_para(const xg_doc *doc, size_t block, const char *text)
{
    const xg_block *b = xg_doc_block(doc, block);

    assert_non_null(b);
    assert_int_equal(b->kind, XG_BLOCK_PARAGRAPH);
    assert_string_equal(b->text, text);
}

static void assert_cell(const xg_table *t, int row, int col, int rowspan,
                        int colspan, const char *text)
{
    const xg_cell *c = xg_table_cell_at(t, row, col);

    assert_non_null(c);
    assert_int_equal(c->row, row);
    assert_int_equal(c->col, col);
    assert_int_equal(c->rowspan, rowspan);
    assert_int_equal(c->colspan, colspan);
    assert_string_equal(c->text, text);
}

static void test_spans(void **state)
{
    xg_doc *doc = extract(
        "<html><body><table>"
        "<tr><td rowspan=\"2\">A</td><td colspan=\"2\">B</td></tr>"
        "<tr><td>C</td><td>D</td></tr>"
        "<tr><td>E</td><td>F</td><td rowspan=\"99\">G</td></tr>"
        "<tr><td colspan=\"0\">H</td></tr>"
        "</table></body></html>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 1);
    t = table_at(doc, 0);
    assert_int_equal(xg_table_rows(t), 4);
    assert_int_equal(xg_table_cols(t), 3);
    assert_int_equal(xg_table_cell_count(t), 8);
    assert_cell(t, 0, 0, 2, 1, "A");
    assert_cell(t, 0, 1, 1, 2, "B");
    assert_cell(t, 1, 1, 1, 1, "C");
    assert_cell(t, 1, 2, 1, 1, "D");
    assert_cell(t, 2, 0, 1, 1, "E");
    assert_cell(t, 2, 1, 1, 1, "F");
    /* rowspan bounded by the rows that exist */
    assert_cell(t, 2, 2, 2, 1, "G");
    assert_cell(t, 3, 0, 1, 1, "H");
    assert_null(xg_table_cell_at(t, 3, 1));
    xg_doc_free(doc);
}

/* A colspan past what browsers accept is capped, and cells after it in
 * the row that no longer fit are dropped rather than failing the page. */
static void test_absurd_colspan(void **state)
{
    xg_doc *doc = extract(
        "<table><tr><td>a</td><td colspan=\"99999\">b</td><td>c</td></tr>"
        "<tr><td>d</td><td>e</td></tr></table>", XG_OK);
    const xg_table *t = table_at(doc, 0);

    (void)state;
    assert_int_equal(xg_table_cols(t), XG_MAX_GRID_COLS);
    assert_cell(t, 0, 0, 1, 1, "a");
    assert_cell(t, 0, 1, 1, XG_MAX_GRID_COLS - 1, "b");
    assert_cell(t, 1, 1, 1, 1, "e");
    assert_int_equal(xg_table_cell_count(t), 4);
    xg_doc_free(doc);
}

/* A rowspan from above takes its positions: the next cells skip them. */
static void test_rowspan_skips_positions(void **state)
{
    xg_doc *doc = extract(
        "<table><thead><tr><th rowspan=\"3\">h</th><th>x</th><th rowspan=\"2\">y</th></tr>"
        "<tr><th>z</th></tr></thead>"
        "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>", XG_OK);
    const xg_table *t = table_at(doc, 0);

    (void)state;
    /* the thead group ends the rowspan of h after two rows */
    assert_cell(t, 0, 0, 2, 1, "h");
    assert_cell(t, 0, 1, 1, 1, "x");
    assert_cell(t, 0, 2, 2, 1, "y");
    assert_cell(t, 1, 1, 1, 1, "z");
    assert_cell(t, 2, 0, 1, 1, "1");
    assert_cell(t, 2, 1, 1, 1, "2");
    xg_doc_free(doc);
}

static void test_joined_spans_and_lines(void **state)
{
    xg_doc *doc = extract(
        "<body><p><span>20</span><span>23</span>年，<b>全年</b>\n"
        "  共公开信息</p>"
        "<table><tr><td><p>结果</p><p>维持</p></td><td>尚未<br>审结</td>"
        "<td>&nbsp;</td><td> &nbsp; <p>&nbsp;</p></td><td>&nbsp;7</td>"
        "<td><span>1</span><span>2</span></td></tr>"
        "<tr><td>a</td><td>b</td></tr></table>"
        "<div>一、总体<br/>情况</div></body>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 4);
    /* a line break between two Chinese characters is not a space */
    assert_para(doc, 0, "2023年，全年共公开信息");
    t = table_at(doc, 1);
    assert_cell(t, 0, 0, 1, 1, "结果\n维持");
    assert_cell(t, 0, 1, 1, 1, "尚未\n审结");
    assert_cell(t, 0, 2, 1, 1, "");
    assert_cell(t, 0, 3, 1, 1, "");
    assert_cell(t, 0, 4, 1, 1, "\xC2\xA0" "7");
    assert_cell(t, 0, 5, 1, 1, "12");
    assert_para(doc, 2, "一、总体");
    assert_para(doc, 3, "情况");
    xg_doc_free(doc);
}

/* HTML saved by Word: Office namespaces, conditional comments and a
 * hidden closing row of empty cells that is not part of the grid. */
static void test_word_html(void **state)
{
    xg_doc *doc = extract(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
        "<body lang=ZH-CN><div class=WordSection1>"
        "<p class=MsoNormal><span lang=EN-US>2023</span><span>年<o:p></o:p></span></p>"
        "<table class=MsoNormalTable border=1><caption>表一</caption>"
        "<tr style='height:20pt'><td width=100 rowspan=2 style='border:solid windowtext 1.0pt'>"
        "<p class=MsoNormal><span>行政复议<o:p></o:p></span></p></td>"
        "<td><p class=MsoNormal><span>结果<br>维持</span></p></td></tr>"
        "<tr><td><p class=MsoNormal><span lang=EN-US>0<o:p></o:p></span></p></td></tr>"
        "<![if !supportMisalignedColumns]>"
        "<tr height=0 style='display:none'><td width=100 style='border:none'></td>"
        "<td width=50 style='border:none'></td></tr>"
        "<![endif]>"
        "</table></div></body></html>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "2023年");
    assert_para(doc, 1, "表一");
    t = table_at(doc, 2);
    assert_int_equal(xg_table_rows(t), 2);
    assert_int_equal(xg_table_cols(t), 2);
    assert_int_equal(xg_table_cell_count(t), 3);
    assert_cell(t, 0, 0, 2, 1, "行政复议");
    assert_cell(t, 0, 1, 1, 1, "结果\n维持");
    assert_cell(t, 1, 1, 1, 1, "0");
    xg_doc_free(doc);
}

/* GBK bytes in a page labelled gb2312: 镕 (E9 46) is in GBK, not in
 * GB2312, so a strict GB2312 decoder would fail here. */
static void test_gbk_labelled_gb2312(void **state)
{
    static const char page[] =
        "<html><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=gb2312\"><title>\xc6\xbd\xcc\xb6</title></head>"
        "<body><p>\xd6\xec\xe9\x46\xbb\xf9</p>"
        "<table><tr><td>\xb9\xe6\xd5\xc2</td><td>0</td></tr></table></body></html>";
    xg_doc *doc = extract(page, XG_OK);
    const xg_table *t;

    (void)state;
    assert_string_equal(xg_doc_meta(doc, "page_title"), "平潭");
    assert_para(doc, 0, "朱镕基");
    t = table_at(doc, 1);
    assert_cell(t, 0, 0, 1, 1, "规章");
    assert_cell(t, 0, 1, 1, 1, "0");
    xg_doc_free(doc);
}

static void test_meta_charset_gbk_html5(void **state)
{
    xg_doc *doc = extract("<meta charset='GBK'><p>\xb9\xe6\xd5\xc2</p>", XG_OK);

    (void)state;
    assert_para(doc, 0, "规章");
    xg_doc_free(doc);
}

/* No label: valid UTF-8 is UTF-8; anything else is taken as GB18030. */
static void test_detection(void **state)
{
    xg_doc *doc = extract("<p>行政许可</p>", XG_OK);

    (void)state;
    assert_para(doc, 0, "行政许可");
    xg_doc_free(doc);
    doc = extract("<p>\xd0\xd0\xd5\xfe\xd0\xed\xbf\xc9</p>", XG_OK);
    assert_para(doc, 0, "行政许可");
    xg_doc_free(doc);
    /* labelled UTF-8 but written in GBK */
    doc = extract("<meta charset=\"utf-8\"><p>\xd0\xd0\xd5\xfe</p>", XG_OK);
    assert_para(doc, 0, "行政");
    xg_doc_free(doc);
    /* a UTF-8 BOM */
    doc = extract("\xEF\xBB\xBF<p>规章</p>", XG_OK);
    assert_para(doc, 0, "规章");
    xg_doc_free(doc);
}

/* A Western single-byte label (a template's or server's default) on a
 * Chinese page is not believed: the bytes decide, GBK here, UTF-8 there. */
static void test_western_label_ignored(void **state)
{
    xg_doc *doc = extract("<meta charset=\"iso-8859-1\">"
                          "<p>\xd0\xd0\xd5\xfe\xd0\xed\xbf\xc9</p>", XG_OK);

    (void)state;
    assert_para(doc, 0, "行政许可");
    xg_doc_free(doc);
    doc = extract("<meta http-equiv=\"Content-Type\" "
                  "content=\"text/html; charset=windows-1252\"><p>行政许可</p>", XG_OK);
    assert_para(doc, 0, "行政许可");
    xg_doc_free(doc);
}

static void test_utf16_bom(void **state)
{
    static const unsigned char page[] = {
        0xFF, 0xFE, '<', 0, 'p', 0, '>', 0, 0xC4, 0x89, 0xE0, 0x7A,
        '<', 0, '/', 0, 'p', 0, '>', 0,
    };
    xg_doc *doc = xg_doc_new();
    xg_error err;

    (void)state;
    assert_int_equal(xg_extract_html(page, sizeof page, doc, &err), XG_OK);
    assert_para(doc, 0, "规章");
    xg_doc_free(doc);
}

static void test_header_block(void **state)
{
    xg_doc *doc = extract(
        "<html><head><title> 某某局2023年政府信息公开工作年度报告 </title>"
        "<meta name=\"PubDate\" content=\"2024-01-30 09:00\"></head><body>"
        "<div class=\"xxgk_info\"><ul>"
        "<li><span>索引号：</span><span>ABC/2024-00078</span></li>"
        "<li>发布机构：某某局</li>"
        "<li>文号：</li>"
        "<li>发布日期：2024-01-31</li>"
        "<li>有效性：有效</li></ul></div>"
        "<div>主题分类：综合政务 成文日期：2024-01-29</div>"
        "<div>文号：</div>"
        "<h1>某某局2023年政府信息公开工作年度报告</h1>"
        "<p>对规范性文件文号、成文日期、发布日期、有效性进行标注。</p>"
        "<p>时间紧任务重</p>"
        "</body></html>", XG_OK);

    (void)state;
    assert_string_equal(xg_doc_meta(doc, "index_number"), "ABC/2024-00078");
    assert_string_equal(xg_doc_meta(doc, "publisher"), "某某局");
    assert_null(xg_doc_meta(doc, "document_number"));
    assert_string_equal(xg_doc_meta(doc, "publication_date"), "2024-01-31");
    assert_string_equal(xg_doc_meta(doc, "validity"), "有效");
    assert_string_equal(xg_doc_meta(doc, "written_date"), "2024-01-29");
    assert_string_equal(xg_doc_meta(doc, "page_title"),
                        "某某局2023年政府信息公开工作年度报告");
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "某某局2023年政府信息公开工作年度报告");
    assert_para(doc, 1, "对规范性文件文号、成文日期、发布日期、有效性进行标注。");
    /* 时间 needs its colon to be a label */
    assert_para(doc, 2, "时间紧任务重");
    xg_doc_free(doc);
}

/* A header field stated empty (无, a slash or a dash) has no value. */
static void test_header_placeholders(void **state)
{
    xg_doc *doc = extract(
        "<ul><li>索引号：/</li><li>发布机构：某某局</li><li>文号：无</li>"
        "<li>发布日期：2024-01-31</li></ul>"
        "<table><tr><th>文号</th><td>——</td><th>有效性</th><td>有效</td></tr></table>"
        "<p>正文</p>", XG_OK);

    (void)state;
    assert_null(xg_doc_meta(doc, "index_number"));
    assert_null(xg_doc_meta(doc, "document_number"));
    assert_string_equal(xg_doc_meta(doc, "publisher"), "某某局");
    assert_string_equal(xg_doc_meta(doc, "publication_date"), "2024-01-31");
    assert_string_equal(xg_doc_meta(doc, "validity"), "有效");
    assert_int_equal(xg_doc_block_count(doc), 1);
    assert_para(doc, 0, "正文");
    xg_doc_free(doc);
}

/* The header block as label and value cells, some labels without a
 * colon; the <meta> date only fills in for a missing one. */
static void test_header_table(void **state)
{
    xg_doc *doc = extract(
        "<head><meta name=\"PubDate\" content=\"2024-01-30\"></head>"
        "<table><tr><th>索 引 号</th><td>11530/2024-001</td>"
        "<th>发布机构：</th><td>弥勒市卫健局</td></tr>"
        "<tr><th>文\xE3\x80\x80\xE3\x80\x80号</th><td>弥卫发〔2024〕3号</td>"
        "<th>有效性</th><td>有效&nbsp;\xE3\x80\x80</td></tr>"
        "</table><p>正文</p>"
        "<table><tr><td>规章</td><td>0</td></tr></table>"
        "<p>时间：全年</p>", XG_OK);

    (void)state;
    assert_string_equal(xg_doc_meta(doc, "index_number"), "11530/2024-001");
    assert_string_equal(xg_doc_meta(doc, "publisher"), "弥勒市卫健局");
    assert_string_equal(xg_doc_meta(doc, "document_number"), "弥卫发〔2024〕3号");
    assert_string_equal(xg_doc_meta(doc, "validity"), "有效");
    assert_string_equal(xg_doc_meta(doc, "publication_date"), "2024-01-30");
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "正文");
    /* after the report's tables a weak label opens text */
    assert_para(doc, 2, "时间：全年");
    xg_doc_free(doc);
}

static void test_furniture_dropped(void **state)
{
    xg_doc *doc = extract(
        "<body><div class=\"top\"><nav><a href=\"/\">首页</a><a>政务公开</a></nav></div>"
        "<div class=\"position\">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; "
        "<a>年度报告</a></div>"
        "<script>document.write('x');</script><style>p{}</style>"
        "<p style=\"display: none\">隐藏</p>"
        "<p>一、总体情况</p>"
        "<div>【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> <a>关闭窗口</a></div>"
        "<div id=\"foot\"><p>主办：某某局 技术支持：某某公司</p>"
        "<p>网站标识码：5303000001</p><p>滇ICP备05002211号</p>"
        "<p>地址：某某路1号</p></div>"
        "<p>版权所有：某某局</p>"
        "<p>如有疑问请联系我们，技术支持单位另行公布。</p>"
        "</body>", XG_OK);

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 2);
    assert_para(doc, 0, "一、总体情况");
    /* weak footer words alone do not make report text furniture */
    assert_para(doc, 1, "如有疑问请联系我们，技术支持单位另行公布。");
    xg_doc_free(doc);
}

/* The widgets under an article say the same things in other words from
 * site to site: a QR-code caption and a related-reading title end no part's
 * text, while a short report sentence that mentions a QR code stays. */
static void test_widget_captions(void **state)
{
    xg_doc *doc = extract(
        "<body><p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>"
        "<div class=\"article_qrcode_area\"><p>用手机扫描二维码浏览本页</p></div>"
        "<div class=\"title_base\"><div class=\"title_name\">相关解读</div></div>"
        "<p>群众可扫描二维码查阅办事指南。</p>"
        "</body>", XG_OK);

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "六、其他需要报告的事项");
    assert_para(doc, 1, "本年度未收取信息处理费。");
    assert_para(doc, 2, "群众可扫描二维码查阅办事指南。");
    xg_doc_free(doc);
}

/* A header block left unclosed wraps the whole page: it still holds the
 * report, whose tables are read; its own menu and footer stay dropped,
 * and a furniture block without the report's tables is still dropped. */
static void test_unclosed_furniture(void **state)
{
    xg_doc *doc = extract(
        "<body><div class=\"header\"><div class=\"nav\"><ul><li>首页</li>"
        "<li>行政复议</li></ul></div>"
        "<div class=\"menu\"><p>政务公开</p></div>"
        "<p>一、总体情况</p>"
        "<table><tr><td>信息内容</td><td>本年制发件数</td></tr>"
        "<tr><td>规章</td><td>3</td></tr></table>"
        "<div class=\"footer\"><p>版权所有：某某局</p></div>"
        "</body>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 2);
    assert_para(doc, 0, "一、总体情况");
    t = table_at(doc, 1);
    assert_cell(t, 1, 1, 1, 1, "3");
    xg_doc_free(doc);
    doc = extract("<div class=\"header\"><p>结转下年度继续办理</p>"
                  "<div style=\"display:none\"><p>本年制发件数</p></div></div>"
                  "<div class=\"nav\"><p>本年新收</p></div>"
                  "<p>正文</p>", XG_OK);
    /* the header holds a marker, so it is read; the hidden block is not */
    assert_int_equal(xg_doc_block_count(doc), 2);
    assert_para(doc, 0, "结转下年度继续办理");
    assert_para(doc, 1, "正文");
    xg_doc_free(doc);
}

/* A portal's layout table: the navigation column is a one-column table,
 * the content cell holds the report's paragraphs and its data table. */
static void test_layout_table(void **state)
{
    xg_doc *doc = extract(
        "<table width=\"100%\"><tr>"
        "<td><table><tr><td>栏目</td></tr><tr><td>年度报告</td></tr></table></td>"
        "<td><p>二、主动公开政府信息情况</p>"
        "<table border=\"1\"><tr><td>信息内容</td><td>本年制发件数</td></tr>"
        "<tr><td>规章</td><td>0</td></tr></table>"
        "<p>三、收到和处理政府信息公开申请情况</p></td>"
        "</tr></table>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 5);
    assert_para(doc, 0, "栏目");
    assert_para(doc, 1, "年度报告");
    assert_para(doc, 2, "二、主动公开政府信息情况");
    t = table_at(doc, 3);
    assert_int_equal(xg_table_rows(t), 2);
    assert_int_equal(xg_table_cols(t), 2);
    assert_cell(t, 0, 0, 1, 1, "信息内容");
    assert_cell(t, 1, 1, 1, 1, "0");
    assert_para(doc, 4, "三、收到和处理政府信息公开申请情况");
    xg_doc_free(doc);
}

/* An older portal: the whole page in layout tables, the header block a
 * table of label and value cells, the report in a cell beside a menu,
 * the footer a table of its own. */
static void test_portal_in_tables(void **state)
{
    xg_doc *doc = extract(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<title>年度报告</title></head><body>"
        "<table width=\"1000\"><tr><td><img src=\"logo.png\"></td></tr></table>"
        "<table width=\"1000\"><tr>"
        "<td width=\"200\" class=\"menu\"><a>机构概况</a><br><a>政策文件</a></td>"
        "<td width=\"800\">"
        "<table class=\"xxgk_info\"><tr><td>索 引 号：</td><td>000014349/2024-00001</td>"
        "<td>主题分类：</td><td>综合政务</td></tr>"
        "<tr><td>发布机构：</td><td>某某县人民政府办公室</td><td>发文日期：</td><td></td></tr>"
        "<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>2024-01-20</td></tr></table>"
        "<div align=\"center\"><b>某某县2023年政府信息公开工作年度报告</b></div>"
        "<p>一、总体情况</p>"
        "<table border=\"1\"><tr><td colspan=\"2\">第二十条第（五）项</td></tr>"
        "<tr><td>行政许可</td><td>12</td></tr></table>"
        "<p>六、其他需要报告的事项</p>"
        "<p align=\"right\">【<a>打印本页</a>】【<a>关闭窗口</a>】</p>"
        "</td></tr></table>"
        "<table><tr><td>版权所有：某某县人民政府</td><td>网站标识码：1234000001</td></tr>"
        "<tr><td>皖ICP备05000000号</td><td>技术支持：某公司</td></tr></table>"
        "</body></html>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_string_equal(xg_doc_meta(doc, "index_number"), "000014349/2024-00001");
    assert_string_equal(xg_doc_meta(doc, "publisher"), "某某县人民政府办公室");
    assert_string_equal(xg_doc_meta(doc, "publication_date"), "2024-01-20");
    assert_null(xg_doc_meta(doc, "document_number"));
    assert_string_equal(xg_doc_meta(doc, "page_title"), "年度报告");
    assert_int_equal(xg_doc_block_count(doc), 4);
    assert_para(doc, 0, "某某县2023年政府信息公开工作年度报告");
    assert_para(doc, 1, "一、总体情况");
    t = table_at(doc, 2);
    assert_cell(t, 0, 0, 1, 2, "第二十条第（五）项");
    assert_cell(t, 1, 1, 1, 1, "12");
    assert_para(doc, 3, "六、其他需要报告的事项");
    xg_doc_free(doc);
}

/* A table whose cell holds a paragraph's worth of text is a page column
 * too, even without a table inside. */
static void test_layout_by_long_text(void **state)
{
    char page[4096];
    char para[1200] = "";
    xg_doc *doc;
    int i;

    (void)state;
    for (i = 0; i < 100; i++)
        strcat(para, "公开");
    snprintf(page, sizeof page,
             "<table><tr><td>左</td><td><p>%s</p><p>尾</p></td></tr></table>",
             para);
    doc = extract(page, XG_OK);
    assert_int_equal(xg_doc_block_count(doc), 3);
    assert_para(doc, 0, "左");
    assert_para(doc, 1, para);
    assert_para(doc, 2, "尾");
    xg_doc_free(doc);
}

/* Tables flattened to "| a | b |" paragraphs go through the text
 * extractor's row splitter. */
static void test_pipe_paragraphs(void **state)
{
    xg_doc *doc = extract(
        "<p>二、主动公开政府信息情况</p>"
        "<p>第二十条第(一)项 | |||</p>"
        "<p>信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |</p>"
        "<p>|---|---|</p>"
        "<p>规章 | 0 | 0 | 0 |</p>"
        "<p>三、收到</p>", XG_OK);
    const xg_table *t;

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 3);
    t = table_at(doc, 1);
    assert_int_equal(xg_table_rows(t), 3);
    assert_int_equal(xg_table_cols(t), 4);
    assert_cell(t, 0, 0, 1, 1, "第二十条第(一)项");
    assert_cell(t, 0, 3, 1, 1, "");
    assert_cell(t, 1, 3, 1, 1, "现行有效件数");
    assert_cell(t, 2, 0, 1, 1, "规章");
    assert_cell(t, 2, 3, 1, 1, "0");
    assert_para(doc, 2, "三、收到");
    xg_doc_free(doc);
}

/* libxml2 must print nothing, even about a broken page. */
static void test_silent(void **state)
{
    char path[] = "/tmp/xg_html_stderrXXXXXX";
    int fd = mkstemp(path), saved;
    xg_doc *doc;
    off_t size;

    (void)state;
    assert_true(fd >= 0);
    fflush(stderr);
    saved = dup(2);
    dup2(fd, 2);
    doc = extract("<html><body><p>a<td>b</tr></x:y><b<<&nbsp&bogus;</table>"
                  "<p>\xff\xfe</p></body></html></html>", XG_OK);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    size = lseek(fd, 0, SEEK_END);
    close(fd);
    unlink(path);
    assert_int_equal(size, 0);
    xg_doc_free(doc);
}

static void test_depth_bound(void **state)
{
    size_t n = 400, i;
    char *page = malloc(n * 11 + 16);
    xg_doc *doc = xg_doc_new();
    xg_error err;
    int rc;

    (void)state;
    assert_non_null(page);
    page[0] = '\0';
    for (i = 0; i < n; i++)
        strcat(page, "<div>");
    strcat(page, "x");
    for (i = 0; i < n; i++)
        strcat(page, "</div>");
    rc = xg_extract_html((const unsigned char *)page, strlen(page), doc, &err);
    /* libxml2 stops at 256 levels and returns what it read: refused, not
     * passed off as the whole page */
    assert_int_equal(rc, XG_ERR_LIMIT);
    assert_string_equal(err.message, "HTML nested deeper than 256 elements");
    xg_doc_free(doc);
    free(page);
}

static void test_empty(void **state)
{
    xg_doc *doc = extract("", XG_OK);

    (void)state;
    assert_int_equal(xg_doc_block_count(doc), 0);
    xg_doc_free(doc);
    doc = extract("<html><body>  </body></html>", XG_OK);
    assert_int_equal(xg_doc_block_count(doc), 0);
    xg_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_absurd_colspan),
        cmocka_unit_test(test_rowspan_skips_positions),
        cmocka_unit_test(test_joined_spans_and_lines),
        cmocka_unit_test(test_word_html),
        cmocka_unit_test(test_gbk_labelled_gb2312),
        cmocka_unit_test(test_meta_charset_gbk_html5),
        cmocka_unit_test(test_detection),
        cmocka_unit_test(test_western_label_ignored),
        cmocka_unit_test(test_utf16_bom),
        cmocka_unit_test(test_unclosed_furniture),
        cmocka_unit_test(test_header_block),
        cmocka_unit_test(test_header_placeholders),
        cmocka_unit_test(test_header_table),
        cmocka_unit_test(test_furniture_dropped),
        cmocka_unit_test(test_widget_captions),
        cmocka_unit_test(test_layout_table),
        cmocka_unit_test(test_layout_by_long_text),
        cmocka_unit_test(test_portal_in_tables),
        cmocka_unit_test(test_pipe_paragraphs),
        cmocka_unit_test(test_silent),
        cmocka_unit_test(test_depth_bound),
        cmocka_unit_test(test_empty),
    };

    return cmocka_run_group_tests(tests, NULL, NULL) ? 1 : 0;
}
