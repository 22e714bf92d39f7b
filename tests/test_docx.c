/*
 * Unit tests of the DOCX extractor.  Each test builds a small package in
 * memory with libzip, extracts it and compares the whole document model,
 * printed one block or cell a line, with what Word would show.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <zip.h>

#include "buf.h"
#include "dumpdoc.h"
#include "extract.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"

#define DOC_OPEN XML_DECL DOC_ROOT
#define DOC_ROOT \
    "<w:document xmlns:w=\"" NS_W "\"" \
    " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"" \
    " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"" \
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"" \
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"" \
    " xmlns:v=\"urn:schemas-microsoft-com:vml\"" \
    " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"" \
    " xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\"" \
    " mc:Ignorable=\"w14 w16se\"><w:body>"
#define DOC_CLOSE "<w:sectPr/></w:body></w:document>"

#define REL_OFFICE \
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
#define RELS_WITH(target) \
    XML_DECL \
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" \
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/" \
    "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" \
    "<Relationship Id=\"rId1\" Type=\"" REL_OFFICE "\" Target=\"" target "\"/>" \
    "</Relationships>"
#define RELS RELS_WITH("word/document.xml")

#define CONTENT_TYPES \
    XML_DECL \
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" \
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"

/* A one-paragraph, one-run paragraph. */
#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
/* A plain cell holding one paragraph. */
#define TC(text) "<w:tc>" P(text) "</w:tc>"
#define TC_PR(pr, text) "<w:tc><w:tcPr>" pr "</w:tcPr>" P(text) "</w:tc>"

typedef struct part {
    const char *name;
    const char *data;
    size_t len;     /* 0: strlen(data) */
} part;

/* A zip archive of PARTS, as bytes (owned).  libzip writes into a memory
 * source kept alive past zip_close, which is then read back. */
static unsigned char *make_zip(const part *parts, size_t n, size_t *out_len)
{
    zip_error_t zerr;
    zip_source_t *src, *entry;
    zip_t *za;
    zip_stat_t st;
    unsigned char *bytes;
    size_t i;

    zip_error_init(&zerr);
    src = zip_source_buffer_create(NULL, 0, 0, &zerr);
    assert_non_null(src);
    zip_source_keep(src);
    za = zip_open_from_source(src, ZIP_TRUNCATE, &zerr);
    assert_non_null(za);
    for (i = 0; i < n; i++) {
        size_t len = parts[i].len ? parts[i].len : strlen(parts[i].data);

        entry = zip_source_buffer(za, parts[i].data, len, 0);
        assert_non_null(entry);
        assert_true(zip_file_add(za, parts[i].name, entry, ZIP_FL_ENC_UTF_8) >= 0);
    }
    assert_int_equal(zip_close(za), 0);
    assert_int_equal(zip_source_open(src), 0);
    zip_stat_init(&st);
    assert_int_equal(zip_source_stat(src, &st), 0);
    bytes = malloc(st.size ? st.size : 1);
    assert_non_null(bytes);
    assert_int_equal(zip_source_read(src, bytes, st.size), (zip_int64_t)st.size);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&zerr);
    *out_len = st.size;
    return bytes;
}

/* A package with the usual parts around DOCUMENT_XML. */
static unsigned char *make_docx(const char *document_xml, size_t *out_len)
{
    const part parts[] = {
        {"[Content_Types].xml", CONTENT_TYPES, 0},
        {"_rels/.rels", RELS, 0},
        {"word/document.xml", document_xml, 0},
    };

    return make_zip(parts, sizeof parts / sizeof parts[0], out_len);
}

/* Extract BODY (the content of w:body) and compare the dump with EXPECT. */
static void check_body(const char *body, const char *expect)
{
    xg_buf xml = {0};
    unsigned char *zip;
    size_t len;
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    char *got;
    int rc;

    assert_non_null(doc);
    xg_buf_puts(&xml, DOC_OPEN);
    xg_buf_puts(&xml, body);
    xg_buf_puts(&xml, DOC_CLOSE);
    zip = make_docx(xg_buf_str(&xml), &len);
    rc = xg_extract_docx(zip, len, doc, &err);
    if (rc != XG_OK)
        print_error("extract failed: %s\n", err.message);
    assert_int_equal(rc, XG_OK);
    got = xg_test_dump_doc(doc);
    assert_string_equal(got, expect);
    free(got);
    free(zip);
    xg_buf_free(&xml);
    xg_doc_free(doc);
}

/* Extract BYTES with CAP and expect failure with CODE and MESSAGE. */
static void check_fails_capped(const unsigned char *bytes, size_t len, size_t cap,
                               int code, const char *message)
{
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    assert_non_null(doc);
    assert_int_equal(xg_extract_docx_capped(bytes, len, cap, doc, &err), code);
    assert_int_equal(err.code, code);
    assert_string_equal(err.message, message);
    xg_doc_free(doc);
}

static void check_fails(const unsigned char *bytes, size_t len, int code,
                        const char *message)
{
    check_fails_capped(bytes, len, XG_MAX_ZIP_ENTRY, code, message);
}

/* A whole document.xml expected to fail. */
static void check_document_fails(const char *document_xml, int code,
                                 const char *message)
{
    size_t len;
    unsigned char *zip = make_docx(document_xml, &len);

    check_fails(zip, len, code, message);
    free(zip);
}

/* Extract the package of PARTS and compare the dump with EXPECT. */
static void check_package(const part *parts, size_t n, const char *expect)
{
    size_t len;
    unsigned char *zip = make_zip(parts, n, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    char *got;

    assert_int_equal(xg_extract_docx(zip, len, doc, &err), XG_OK);
    got = xg_test_dump_doc(doc);
    assert_string_equal(got, expect);
    free(got);
    free(zip);
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* Paragraphs and runs                                                 */

static void test_runs_and_special_characters(void **state)
{
    (void)state;
    check_body(
        "<w:p><w:pPr><w:jc w:val=\"center\"/><w:rPr><w:b/></w:rPr></w:pPr>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t>一、</w:t></w:r>"
        "<w:r><w:t xml:space=\"preserve\">总体 情况 </w:t></w:r></w:p>"
        /* tab, line break, carriage return, page and column breaks */
        "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t>"
        "<w:br w:type=\"textWrapping\"/><w:t>d</w:t><w:cr/><w:t>e</w:t>"
        "<w:br w:type=\"page\"/><w:t>f</w:t><w:br w:type=\"column\"/>"
        "<w:t>g</w:t></w:r></w:p>"
        /* hyphens, symbols, field instructions, deleted text */
        "<w:p><w:r><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/>"
        "<w:t>z</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>"
        "<w:fldChar w:fldCharType=\"begin\"/><w:instrText> PAGE </w:instrText>"
        "<w:fldChar w:fldCharType=\"separate\"/><w:t>1</w:t>"
        "<w:fldChar w:fldCharType=\"end\"/><w:delText>gone</w:delText></w:r></w:p>"
        /* empty paragraphs are not blocks; ideographic spaces are kept */
        "<w:p/><w:p><w:pPr/></w:p><w:p><w:r><w:t></w:t></w:r></w:p>"
        P("\xe3\x80\x80\xe3\x80\x80（文字描述）")
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>[</w:t></w:r>"
        "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
        "<w:proofErr w:type=\"spellStart\"/><w:r><w:t>]</w:t></w:r></w:p>"
        /* ruby: the base text, not the guide */
        "<w:p><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/></w:rubyPr>"
        "<w:rt><w:r><w:t>xìn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>信</w:t></w:r>"
        "</w:rubyBase></w:ruby></w:r><w:r><w:t>息</w:t></w:r></w:p>",
        "P:一、总体 情况 \n"
        "P:a\\tb\\nc\\nd\\nefg\n"
        "P:x-yz1\n"
        "P:\xe3\x80\x80\xe3\x80\x80（文字描述）\n"
        "P:[]\n"
        "P:信息\n");
}

static void test_tracked_changes(void **state)
{
    (void)state;
    check_body(
        "<w:p><w:r><w:t>本年</w:t></w:r>"
        "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>新收</w:t></w:r></w:ins>"
        "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
        "<w:del w:id=\"3\" w:author=\"a\"><w:r><w:t>odd</w:t></w:r></w:del>"
        "<w:moveFrom w:id=\"4\" w:author=\"a\"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>"
        "<w:moveTo w:id=\"5\" w:author=\"a\"><w:r><w:t>申请</w:t></w:r></w:moveTo>"
        "</w:p>"
        /* a whole row deleted with tracked changes */
        "<w:tbl><w:tr>" TC("1") TC("2") "</w:tr>"
        "<w:tr><w:trPr><w:del w:id=\"6\" w:author=\"a\"/></w:trPr>" TC("x") TC("y")
        "</w:tr><w:tr>" TC("3") TC("4") "</w:tr></w:tbl>",
        "P:本年新收申请\n"
        "T:2x2\n"
        "C:0,0 1x1:1\n"
        "C:0,1 1x1:2\n"
        "C:1,0 1x1:3\n"
        "C:1,1 1x1:4\n");
}

/* Hidden text (w:vanish on) is not shown by Word and not read: in a
 * paragraph, in a cell; w:vanish off and a paragraph mark's w:vanish hide
 * nothing. */
static void test_hidden_text(void **state)
{
    (void)state;
    check_body(
        "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>"
        "<w:r><w:t>收到</w:t></w:r>"
        "<w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t>（内部口径9931件）</w:t></w:r>"
        "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>申请</w:t></w:r>"
        "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>12</w:t></w:r>"
        "<w:r><w:rPr><w:vanish w:val=\"true\"/></w:rPr><w:t>34</w:t></w:r>"
        "<w:hyperlink><w:r><w:rPr><w:vanish/></w:rPr><w:t>链接</w:t></w:r></w:hyperlink>"
        "</w:p>"
        "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>整段隐藏</w:t></w:r></w:p>"
        "<w:tbl><w:tr>" TC("行政许可")
        "<w:tc><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>5</w:t></w:r>"
        "<w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        "P:收到申请12\n"
        "T:1x2\n"
        "C:0,0 1x1:行政许可\n"
        "C:0,1 1x1:7\n");
}

#define STYLES_REL \
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
#define STYLE(type, id, inner) \
    "<w:style w:type=\"" type "\" w:styleId=\"" id "\">" inner "</w:style>"

/* Text hidden by its character or paragraph style, found through the main
 * part's styles relationship (here to a part of another name, relative to
 * the main part's folder): a style without w:vanish takes its base's;
 * the character style toggles the paragraph style's; a run's own
 * w:vanish decides over both; a style named by the wrong kind of
 * reference, or based on itself in a loop, hides nothing. */
static void test_hidden_by_style(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS, 0},
        {"word/_rels/document.xml.rels",
         XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
         "relationships\"><Relationship Id=\"rId1\" Type=\"" STYLES_REL "\" "
         "Target=\"look/s.xml\"/></Relationships>", 0},
        {"word/styles.xml", XML_DECL "<w:styles xmlns:w=\"" NS_W "\">"
         STYLE("character", "Hid", "<w:rPr><w:vanish/></w:rPr>") "</w:styles>", 0},
        {"word/look/s.xml", XML_DECL "<w:styles xmlns:w=\"" NS_W "\">"
         STYLE("character", "Hid", "<w:name w:val=\"x\"/><w:rPr><w:b/><w:vanish/></w:rPr>")
         STYLE("character", "HidChild", "<w:basedOn w:val=\"Hid\"/><w:rPr><w:i/></w:rPr>")
         STYLE("character", "Shown", "<w:basedOn w:val=\"Hid\"/>"
               "<w:rPr><w:vanish w:val=\"off\"/></w:rPr>")
         STYLE("character", "LoopA", "<w:basedOn w:val=\"LoopB\"/>")
         STYLE("character", "LoopB", "<w:basedOn w:val=\"LoopA\"/>")
         STYLE("paragraph", "HidPara", "<w:pPr/><w:rPr><w:vanish/></w:rPr>")
         "<w:style w:type=\"character\"><w:basedOn w:val=\"Hid\"/>"
         "<w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:style>"
         "</w:styles>", 0},
        {"word/document.xml", DOC_OPEN
         "<w:p><w:r><w:t>一</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"Hid\"/></w:rPr><w:t>11</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"HidChild\"/></w:rPr><w:t>22</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"Shown\"/></w:rPr><w:t>二</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"LoopA\"/></w:rPr><w:t>三</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"HidPara\"/></w:rPr><w:t>四</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"Hid\"/><w:vanish w:val=\"0\"/></w:rPr>"
         "<w:t>五</w:t></w:r></w:p>"
         "<w:p><w:pPr><w:pStyle w:val=\"HidPara\"/></w:pPr><w:r><w:t>33</w:t></w:r>"
         "<w:r><w:rPr><w:rStyle w:val=\"Hid\"/></w:rPr><w:t>六</w:t></w:r>"
         "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>七</w:t></w:r>"
         "<w:hyperlink><w:r><w:t>44</w:t></w:r>"
         "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>九</w:t></w:r></w:hyperlink></w:p>"
         "<w:p><w:pPr><w:pStyle w:val=\"Hid\"/></w:pPr><w:r><w:t>八</w:t></w:r></w:p>"
         DOC_CLOSE, 0},
    };

    (void)state;
    check_package(parts, sizeof parts / sizeof parts[0], "P:一二三四五\nP:六七九\nP:八\n");
}

/* A styles part that is there must be well-formed, as the main part. */
static void test_styles_part_broken(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS, 0},
        {"word/_rels/document.xml.rels",
         XML_DECL "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
         "relationships\"><Relationship Id=\"rId1\" Type=\"" STYLES_REL "\" "
         "Target=\"/word/styles.xml\"/></Relationships>", 0},
        {"word/styles.xml", XML_DECL "<w:styles xmlns:w=\"" NS_W "\"><w:style>", 0},
        {"word/document.xml", DOC_OPEN P("一") DOC_CLOSE, 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, sizeof parts / sizeof parts[0], &len);

    (void)state;
    check_fails(zip, len, XG_ERR_CORRUPT, "word/styles.xml: XML error at line 1: "
                "Premature end of data in tag style line 1");
    free(zip);
}

static void test_inline_wrappers(void **state)
{
    (void)state;
    check_body(
        "<w:p>"
        "<w:hyperlink w:anchor=\"x\"><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
        "<w:smartTag w:uri=\"u\" w:element=\"e\"><w:r><w:t>标记</w:t></w:r></w:smartTag>"
        "<w:customXml w:element=\"c\"><w:r><w:t>自定义</w:t></w:r></w:customXml>"
        "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>2024年</w:t></w:r></w:fldSimple>"
        "<w:sdt><w:sdtPr><w:alias w:val=\"别名\"/><w:showingPlcHdr/></w:sdtPr>"
        "<w:sdtEndPr/><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:hyperlink r:id=\"rId9\" xmlns:r=\"urn:r\"><w:sdt><w:sdtContent>"
        "<w:smartTag><w:r><w:t>深</w:t></w:r></w:smartTag>"
        "</w:sdtContent></w:sdt></w:hyperlink>"
        "</w:p>",
        "P:链接标记自定义2024年控件深\n");
}

static void test_block_sdt_and_custom_xml(void **state)
{
    (void)state;
    check_body(
        P("前")
        "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"x\"/></w:docPartObj>"
        "</w:sdtPr><w:sdtContent>" P("块一") P("块二")
        "<w:tbl><w:tr>" TC("格") "</w:tr></w:tbl>"
        "</w:sdtContent></w:sdt>"
        "<w:customXml w:element=\"x\">" P("自定义块") "</w:customXml>"
        P("后"),
        "P:前\n"
        "P:块一\n"
        "P:块二\n"
        "T:1x1\n"
        "C:0,0 1x1:格\n"
        "P:自定义块\n"
        "P:后\n");
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

static void test_table_grid_span_and_cell_text(void **state)
{
    (void)state;
    check_body(
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        "<w:tblGrid><w:gridCol w:w=\"1\"/><w:gridCol w:w=\"1\"/>"
        "<w:gridCol w:w=\"1\"/></w:tblGrid>"
        "<w:tr>" TC_PR("<w:gridSpan w:val=\"3\"/>", "申请人情况") "</w:tr>"
        "<w:tr>"
        /* several paragraphs and runs; empty ones at the ends dropped,
         * the one in the middle kept */
        "<w:tc><w:tcPr><w:tcW w:w=\"1\"/></w:tcPr><w:p/>"
        "<w:p><w:r><w:t>商业</w:t></w:r><w:r><w:t>企业</w:t></w:r></w:p>"
        "<w:p/>"
        "<w:p><w:r><w:t>第</w:t><w:br/><w:t>二行</w:t><w:tab/></w:r></w:p>"
        "<w:p/><w:p></w:p></w:tc>"
        TC_PR("<w:gridSpan w:val=\"2\"/>", "\xe3\x80\x80")
        "</w:tr></w:tbl>",
        "T:2x3\n"
        "C:0,0 1x3:申请人情况\n"
        "C:1,0 1x1:商业企业\\n\\n第\\n二行\\t\n"
        "C:1,1 1x2:\xe3\x80\x80\n");
}

static void test_table_vmerge(void **state)
{
    (void)state;
    check_body(
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" TC_PR("<w:vMerge w:val=\"restart\"/>", "三、本年度办理结果")
        TC("（一）予以公开") TC("1") "</w:tr>"
        "<w:tr>" TC_PR("<w:vMerge w:val=\"continue\"/>", "")
        TC_PR("<w:vMerge w:val=\"restart\"/>", "（三）不予公开") TC("2") "</w:tr>"
        /* a bare vMerge continues, in both columns */
        "<w:tr>" TC_PR("<w:vMerge/>", "") TC_PR("<w:vMerge/>", "ignored") TC("3")
        "</w:tr>"
        /* a continuation under a cell of another width is a cell */
        "<w:tr>" TC("四、结转")
        TC_PR("<w:gridSpan w:val=\"2\"/><w:vMerge/>", "lone") "</w:tr>"
        "</w:tbl>"
        /* so is one with nothing above it */
        "<w:tbl><w:tr>" TC_PR("<w:vMerge/>", "top")
        "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" TC("a")
        "</w:tr><w:tr>" TC_PR("<w:vMerge/>", "b") TC_PR("<w:vMerge/>", "")
        "</w:tr></w:tbl>",
        "T:4x3\n"
        "C:0,0 3x1:三、本年度办理结果\n"
        "C:0,1 1x1:（一）予以公开\n"
        "C:0,2 1x1:1\n"
        "C:1,1 2x1:（三）不予公开\n"
        "C:1,2 1x1:2\n"
        "C:2,2 1x1:3\n"
        "C:3,0 1x1:四、结转\n"
        "C:3,1 1x2:lone\n"
        "T:3x2\n"
        "C:0,0 1x1:top\n"
        "C:1,1 2x1:a\n"
        "C:2,0 1x1:b\n");
}

static void test_table_vmerge_by_grid_column(void **state)
{
    (void)state;
    check_body(
        "<w:tbl>"
        "<w:tr>" TC_PR("<w:gridSpan w:val=\"2\"/>", "a")
        TC_PR("<w:vMerge w:val=\"restart\"/>", "m") TC("b") "</w:tr>"
        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" TC("c")
        TC_PR("<w:vMerge/>", "") TC("d") "</w:tr>"
        /* the third cell of this row is at grid column 3, not 2: it
         * continues d, though d did not start a merge */
        "<w:tr>" TC("e") TC_PR("<w:gridSpan w:val=\"2\"/>", "f")
        TC_PR("<w:vMerge/>", "g") "</w:tr>"
        "</w:tbl>",
        "T:3x4\n"
        "C:0,0 1x2:a\n"
        "C:0,2 2x1:m\n"
        "C:0,3 1x1:b\n"
        "C:1,1 1x1:c\n"
        "C:1,3 2x1:d\n"
        "C:2,0 1x1:e\n"
        "C:2,1 1x2:f\n");
}

static void test_table_grid_before_after(void **state)
{
    (void)state;
    check_body(
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/>"
        "</w:tblGrid>"
        "<w:tr>" TC("1") TC("2") TC("3") TC("4") "</w:tr>"
        "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/><w:wBefore w:w=\"10\"/></w:trPr>"
        TC("c") TC("d") "</w:tr>"
        "<w:tr><w:trPr><w:gridAfter w:val=\"3\"/></w:trPr>" TC("a") "</w:tr>"
        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/></w:trPr>"
        TC_PR("<w:gridSpan w:val=\"2\"/>", "bc") "</w:tr>"
        "</w:tbl>",
        "T:4x4\n"
        "C:0,0 1x1:1\n"
        "C:0,1 1x1:2\n"
        "C:0,2 1x1:3\n"
        "C:0,3 1x1:4\n"
        "C:1,2 1x1:c\n"
        "C:1,3 1x1:d\n"
        "C:2,0 1x1:a\n"
        "C:3,1 1x2:bc\n");
}

static void test_table_sdt_rows_and_cells(void **state)
{
    (void)state;
    check_body(
        "<w:tbl>"
        "<w:tr>" TC("h1") TC("h2") "</w:tr>"
        /* a content control around two whole rows */
        "<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>"
        "<w:tr>" TC_PR("<w:vMerge w:val=\"restart\"/>", "r1") TC("a") "</w:tr>"
        "<w:tr>" TC_PR("<w:vMerge/>", "") TC("b") "</w:tr>"
        "</w:sdtContent></w:sdt>"
        /* around single cells, and a run control inside a cell */
        "<w:tr><w:sdt><w:sdtPr/><w:sdtContent>" TC("c1") "</w:sdtContent></w:sdt>"
        "<w:sdt><w:sdtContent><w:tc><w:p><w:sdt><w:sdtContent><w:r><w:t>c2</w:t>"
        "</w:r></w:sdtContent></w:sdt></w:p></w:tc></w:sdtContent></w:sdt></w:tr>"
        /* custom XML around a row */
        "<w:customXml w:element=\"row\"><w:tr>" TC("d1") TC("d2") "</w:tr></w:customXml>"
        "</w:tbl>",
        "T:5x2\n"
        "C:0,0 1x1:h1\n"
        "C:0,1 1x1:h2\n"
        "C:1,0 2x1:r1\n"
        "C:1,1 1x1:a\n"
        "C:2,1 1x1:b\n"
        "C:3,0 1x1:c1\n"
        "C:3,1 1x1:c2\n"
        "C:4,0 1x1:d1\n"
        "C:4,1 1x1:d2\n");
}

static void test_table_hmerge(void **state)
{
    (void)state;
    check_body(
        "<w:tbl>"
        "<w:tr>" TC_PR("<w:hMerge w:val=\"restart\"/>", "wide")
        TC_PR("<w:hMerge w:val=\"continue\"/>", "hidden") TC_PR("<w:hMerge/>", "")
        TC("x") "</w:tr>"
        "<w:tr>" TC("1") TC("2") TC("3") TC("4") "</w:tr>"
        "</w:tbl>",
        "T:2x4\n"
        "C:0,0 1x3:wide\n"
        "C:0,3 1x1:x\n"
        "C:1,0 1x1:1\n"
        "C:1,1 1x1:2\n"
        "C:1,2 1x1:3\n"
        "C:1,3 1x1:4\n");
}

/* A row without cells takes no grid row; a row whose cells are all merge
 * continuations does. */
static void test_table_rows_without_cells(void **state)
{
    (void)state;
    check_body(
        "<w:tbl>"
        "<w:tr>" TC_PR("<w:vMerge w:val=\"restart\"/>", "a") TC("b") "</w:tr>"
        "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr></w:tr>"
        "<w:tr/>"
        "<w:tr>" TC_PR("<w:vMerge/>", "") TC("c") "</w:tr>"
        "</w:tbl>"
        "<w:tbl><w:tr></w:tr></w:tbl>"
        P("end"),
        "T:2x2\n"
        "C:0,0 2x1:a\n"
        "C:0,1 1x1:b\n"
        "C:1,1 1x1:c\n"
        "P:end\n");
}

static void test_nested_table(void **state)
{
    (void)state;
    check_body(
        P("before")
        "<w:tbl>"
        "<w:tr><w:tc>" P("outer text")
        "<w:tbl><w:tr>" TC("n1")
        "<w:tc><w:tbl><w:tr>" TC("deep") "</w:tr></w:tbl><w:p/></w:tc>"
        "</w:tr><w:tr>" TC_PR("<w:gridSpan w:val=\"2\"/>", "n2") "</w:tr></w:tbl>"
        P("after inner") "</w:tc>" TC("o2") "</w:tr>"
        "<w:tr>" TC("o3") TC("o4") "</w:tr>"
        "</w:tbl>"
        P("after"),
        "P:before\n"
        "T:2x2\n"
        "C:0,0 1x1:outer text\\nafter inner\n"
        "C:0,1 1x1:o2\n"
        "C:1,0 1x1:o3\n"
        "C:1,1 1x1:o4\n"
        "T:2x2\n"
        "C:0,0 1x1:n1\n"
        "C:0,1 1x1:\n"
        "C:1,0 1x2:n2\n"
        "T:1x1\n"
        "C:0,0 1x1:deep\n"
        "P:after\n");
}

/* DEPTH tables each inside the only cell of the one before. */
static char *nested_tables(int depth)
{
    xg_buf b = {0};
    int i;

    xg_buf_puts(&b, DOC_OPEN);
    for (i = 0; i < depth; i++)
        xg_buf_puts(&b, "<w:tbl><w:tr><w:tc>");
    xg_buf_puts(&b, P("core"));
    for (i = 0; i < depth; i++)
        xg_buf_puts(&b, "</w:tc></w:tr></w:tbl>");
    xg_buf_puts(&b, DOC_CLOSE);
    return xg_buf_steal(&b);
}

static void test_nesting_limit(void **state)
{
    char *xml;
    unsigned char *zip;
    size_t len;
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    xml = nested_tables(XG_MAX_NESTING);
    zip = make_docx(xml, &len);
    assert_int_equal(xg_extract_docx(zip, len, doc, &err), XG_OK);
    assert_int_equal(xg_doc_block_count(doc), XG_MAX_NESTING);
    assert_string_equal(xg_table_cell(xg_doc_block(doc, XG_MAX_NESTING - 1)->table,
                                      0)->text, "core");
    free(zip);
    free(xml);
    xg_doc_free(doc);

    xml = nested_tables(XG_MAX_NESTING + 1);
    zip = make_docx(xml, &len);
    check_fails(zip, len, XG_ERR_LIMIT, "tables nested deeper than 32 levels");
    free(zip);
    free(xml);
}

/* ------------------------------------------------------------------ */
/* Alternate content and text boxes                                    */

#define TXBX(content) "<w:txbxContent>" content "</w:txbxContent>"

static void test_alternate_content_once(void **state)
{
    (void)state;
    check_body(
        "<w:p><w:r><w:t>锚</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
        "<wps:wsp><wps:txbx>" TXBX(P("文本框") P("第二段")) "</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox>" TXBX(P("文本框") P("第二段"))
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>点</w:t></w:r></w:p>"
        /* a Choice needing a namespace we do not read: the fallback */
        "<w:p><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"w16se\"><w16se:symEx w16se:font=\"Segoe UI Emoji\""
        " w16se:char=\"2714\"/></mc:Choice>"
        "<mc:Fallback><w:t>\xe2\x9c\x94</w:t></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        /* a Choice naming an undeclared prefix is not understood either */
        "<w:p><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"zz\"><w:t>choice</w:t></mc:Choice>"
        "<mc:Choice Requires=\"w14 wps\"><w:t>second choice</w:t></mc:Choice>"
        "<mc:Fallback><w:t>fallback</w:t></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        /* at block level */
        "<mc:AlternateContent><mc:Choice Requires=\"w14\">" P("block choice")
        "</mc:Choice><mc:Fallback>" P("block fallback") "</mc:Fallback>"
        "</mc:AlternateContent>",
        "P:锚点\n"
        "P:文本框\n"
        "P:第二段\n"
        "P:\xe2\x9c\x94\n"
        "P:second choice\n"
        "P:block choice\n");
}

static void test_text_boxes(void **state)
{
    (void)state;
    check_body(
        /* a VML text box with a table, anchored in an otherwise empty
         * paragraph */
        "<w:p><w:r><w:pict><v:shape><v:textbox>"
        TXBX(P("框内") "<w:tbl><w:tr>" TC("框表") "</w:tr></w:tbl>")
        "</v:textbox></v:shape></w:pict></w:r></w:p>"
        /* two boxes in one drawing, and one in a following run */
        "<w:p><w:r><w:t>段</w:t><w:drawing><wpg:wgp xmlns:wpg=\"urn:g\">"
        "<wps:wsp><wps:txbx>" TXBX(P("甲")) "</wps:txbx></wps:wsp>"
        "<wps:wsp><wps:txbx>" TXBX(P("乙")) "</wps:txbx></wps:wsp>"
        "</wpg:wgp></w:drawing></w:r><w:r><w:t>落</w:t></w:r>"
        "<w:r><w:pict><v:rect><v:textbox>" TXBX(P("丙"))
        "</v:textbox></v:rect></w:pict></w:r></w:p>"
        /* in a cell, a box's paragraphs are lines of the cell */
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t><w:pict><v:shape><v:textbox>"
        TXBX(P("格中框")) "</v:textbox></v:shape></w:pict></w:r></w:p>"
        P("格末") "</w:tc></w:tr></w:tbl>",
        "P:框内\n"
        "T:1x1\n"
        "C:0,0 1x1:框表\n"
        "P:段落\n"
        "P:甲\n"
        "P:乙\n"
        "P:丙\n"
        "T:1x1\n"
        "C:0,0 1x1:格\\n格中框\\n格末\n");
}

/* ------------------------------------------------------------------ */
/* Read as a whole block                                               */

/* Each child of w:body is read whole before it is walked, so what comes
 * later in a block still counts: an understood mc:Choice after the
 * mc:Fallback, w:trPr after the cells of its row, w:tcPr after the
 * paragraphs of its cell. */
static void test_properties_after_content(void **state)
{
    (void)state;
    check_body(
        "<w:p><w:r><mc:AlternateContent>"
        "<mc:Fallback><w:t>fallback</w:t></mc:Fallback>"
        "<mc:Choice Requires=\"wps\"><w:t>choice</w:t></mc:Choice>"
        "<mc:Fallback><w:t>second fallback</w:t></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        "<w:tbl>"
        "<w:tr>" TC("1") TC("2") TC("3") "</w:tr>"
        "<w:tr>" TC("b") "<w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>"
        "<w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr></w:tr>"
        "<w:tr>" TC("gone") "<w:trPr><w:gridBefore w:val=\"1\"/>"
        "<w:del w:id=\"2\" w:author=\"a\"/></w:trPr></w:tr>"
        "<w:tr><w:tc>" P("wide") "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
        "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr></w:tc>" TC("x") "</w:tr>"
        "</w:tbl>",
        "P:choice\n"
        "T:3x3\n"
        "C:0,0 1x1:1\n"
        "C:0,1 1x1:2\n"
        "C:0,2 1x1:3\n"
        "C:1,2 1x1:b\n"
        "C:2,0 1x2:wide\n"
        "C:2,2 1x1:x\n");
}

/* The text of a w:t comes in pieces (entities, character references,
 * CDATA, around comments and processing instructions); only its own
 * text counts, not that of an element inside it, nor text outside any
 * w:t. */
static void test_text_pieces(void **state)
{
    (void)state;
    check_body(
        "<w:p><w:r><w:t>a&amp;b&lt;&#x4E2D;&#25991;<!-- note --><![CDATA[<c>]]>"
        "<?pi x?>d</w:t></w:r></w:p>"
        "<w:p><w:r>loose<w:t>in<w:t>nested</w:t>side</w:t>loose</w:r>"
        "<w:r><w:rPr><w:t>props</w:t></w:rPr><w:t>run</w:t></w:r></w:p>",
        "P:a&b<中文<c>d\n"
        "P:insiderun\n");
}

/* An mc:Choice's Requires names prefixes as declared where the Choice
 * stands: on itself, on its parents, redeclared inside; not one declared
 * on an element that has ended, nor xml. */
static void test_choice_prefix_scope(void **state)
{
    (void)state;
    check_body(
        "<w:p xmlns:s=\"urn:other\"><w:r><mc:AlternateContent"
        " xmlns:s=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        "<mc:Choice Requires=\"s\"><w:t>redeclared</w:t></mc:Choice>"
        "<mc:Fallback><w:t>no</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:r><w:rPr xmlns:g=\"http://schemas.microsoft.com/office/word/2010/wordml\"/>"
        "<mc:AlternateContent><mc:Choice Requires=\"g\"><w:t>out of scope</w:t></mc:Choice>"
        "<mc:Choice xmlns:h=\"urn:schemas-microsoft-com:vml\" Requires=\"h\"><w:t>own</w:t>"
        "</mc:Choice></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"xml\"><w:t>xml</w:t>"
        "</mc:Choice><mc:Fallback><w:t>fallback</w:t></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
        "P:redeclared\n"
        "P:own\n"
        "P:fallback\n");
}

/* The strict namespace of ISO 29500 reads like the transitional one; an
 * unqualified attribute is read like a w: one, a foreign one is not. */
static void test_strict_namespace_and_attributes(void **state)
{
    const char *xml =
        XML_DECL "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\""
        " xmlns:o=\"urn:other\"><w:body>"
        "<w:p><w:r><w:t>严格</w:t><w:br o:type=\"page\"/><w:t>a</w:t>"
        "<w:br type=\"page\"/><w:t>b</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan val=\"2\"/></w:tcPr>" P("c")
        "</w:tc><w:tc><w:tcPr><w:gridSpan o:val=\"3\"/></w:tcPr>" P("d") "</w:tc>"
        "</w:tr></w:tbl></w:body></w:document>";
    size_t len;
    unsigned char *zip = make_docx(xml, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    char *got;

    (void)state;
    assert_int_equal(xg_extract_docx(zip, len, doc, &err), XG_OK);
    got = xg_test_dump_doc(doc);
    assert_string_equal(got,
                        "P:严格\\nab\n"
                        "T:1x3\n"
                        "C:0,0 1x2:c\n"
                        "C:0,2 1x1:d\n");
    free(got);
    free(zip);
    xg_doc_free(doc);
}

/* ------------------------------------------------------------------ */
/* The package                                                         */

static void test_main_part_found_through_rels(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS_WITH("/word/main-part.xml"), 0},
        {"word/document.xml", DOC_OPEN P("decoy") DOC_CLOSE, 0},
        {"word/main-part.xml", DOC_OPEN P("real") DOC_CLOSE, 0},
    };

    (void)state;
    check_package(parts, 3, "P:real\n");
}

/* Targets are URIs: escapes decoded, case ignored. */
static void test_main_part_target_escaped(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS_WITH("Word/%E6%8A%A5%E5%91%8A%20main.xml"), 0},
        {"word/报告 main.xml", DOC_OPEN P("escaped") DOC_CLOSE, 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, 2, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    assert_int_equal(xg_extract_docx(zip, len, doc, &err), XG_OK);
    assert_int_equal(xg_doc_block_count(doc), 1);
    assert_string_equal(xg_doc_block(doc, 0)->text, "escaped");
    free(zip);
    xg_doc_free(doc);
}

/* An attribute value is read decoded: &amp; in a target is '&'. */
static void test_main_part_target_entity(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS_WITH("word/a&amp;b.xml"), 0},
        {"word/a&b.xml", DOC_OPEN P("ampersand") DOC_CLOSE, 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, 2, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    assert_int_equal(xg_extract_docx(zip, len, doc, &err), XG_OK);
    assert_int_equal(xg_doc_block_count(doc), 1);
    assert_string_equal(xg_doc_block(doc, 0)->text, "ampersand");
    free(zip);
    xg_doc_free(doc);
}

static void test_not_a_zip(void **state)
{
    static const unsigned char text[] = "一、总体情况\n本机关……";
    static const unsigned char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";

    (void)state;
    check_fails(text, sizeof text - 1, XG_ERR_FORMAT, "not a zip archive");
    check_fails(pdf, sizeof pdf - 1, XG_ERR_FORMAT, "not a zip archive");
    check_fails((const unsigned char *)"", 0, XG_ERR_FORMAT, "not a zip archive");
}

static void test_zip_without_rels(void **state)
{
    const part parts[] = {
        {"word/document.xml", DOC_OPEN P("x") DOC_CLOSE, 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, 1, &len);

    (void)state;
    check_fails(zip, len, XG_ERR_FORMAT, "not a Word document: no _rels/.rels");
    free(zip);
}

static void test_rels_without_office_document(void **state)
{
    const part parts[] = {
        {"_rels/.rels", XML_DECL "<Relationships xmlns=\"http://schemas."
         "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
         "</Relationships>", 0},
        {"word/document.xml", DOC_OPEN P("x") DOC_CLOSE, 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, 2, &len);

    (void)state;
    check_fails(zip, len, XG_ERR_FORMAT,
                "not a Word document: no officeDocument relationship in _rels/.rels");
    free(zip);
}

static void test_main_part_missing(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS, 0},
        {"word/other.xml", DOC_OPEN P("x") DOC_CLOSE, 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, 2, &len);

    (void)state;
    check_fails(zip, len, XG_ERR_CORRUPT,
                "word/document.xml: main part named in _rels/.rels is missing");
    free(zip);
}

static void test_spreadsheet_refused(void **state)
{
    const part parts[] = {
        {"_rels/.rels", RELS_WITH("xl/workbook.xml"), 0},
        {"xl/workbook.xml", XML_DECL "<workbook xmlns=\"http://schemas."
         "openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>", 0},
    };
    size_t len;
    unsigned char *zip = make_zip(parts, 2, &len);

    (void)state;
    check_fails(zip, len, XG_ERR_FORMAT,
                "not a Word document: main part xl/workbook.xml is not WordprocessingML");
    free(zip);
}

static void test_too_many_entries(void **state)
{
    enum { N = XG_MAX_ZIP_ENTRIES + 1 };
    part *parts = calloc(N, sizeof *parts);
    char (*names)[16] = calloc(N, sizeof *names);
    unsigned char *zip;
    size_t len;
    int i;

    (void)state;
    assert_non_null(parts);
    assert_non_null(names);
    parts[0].name = "_rels/.rels";
    parts[0].data = RELS;
    parts[1].name = "word/document.xml";
    parts[1].data = DOC_OPEN DOC_CLOSE;
    for (i = 2; i < N; i++) {
        snprintf(names[i], sizeof names[i], "f%d", i);
        parts[i].name = names[i];
        parts[i].data = "";
        parts[i].len = 0;
    }
    zip = make_zip(parts, N, &len);
    check_fails(zip, len, XG_ERR_LIMIT, "zip archive has more than 20000 entries");
    free(zip);
    free(names);
    free(parts);
}

/* ------------------------------------------------------------------ */
/* Byte caps                                                           */

/* Set the uncompressed size recorded for entry NAME, in its local header
 * and in the central directory, to SIZE: a header that lies. */
static void patch_declared_size(unsigned char *zip, size_t len, const char *name,
                                uint32_t size)
{
    size_t nlen = strlen(name), i;
    int patched = 0;

    for (i = 0; i + 46 + nlen <= len; i++) {
        size_t field;

        if (memcmp(zip + i, "PK\3\4", 4) == 0 && memcmp(zip + i + 30, name, nlen) == 0 &&
            zip[i + 26] == (nlen & 0xff) && zip[i + 27] == (nlen >> 8))
            field = i + 22;
        else if (memcmp(zip + i, "PK\1\2", 4) == 0 &&
                 memcmp(zip + i + 46, name, nlen) == 0 &&
                 zip[i + 28] == (nlen & 0xff) && zip[i + 29] == (nlen >> 8))
            field = i + 24;
        else
            continue;
        zip[field] = size & 0xff;
        zip[field + 1] = (size >> 8) & 0xff;
        zip[field + 2] = (size >> 16) & 0xff;
        zip[field + 3] = (size >> 24) & 0xff;
        patched++;
    }
    assert_int_equal(patched, 2);
}

/* A document.xml of about SIZE bytes: one long paragraph. */
static char *long_document(size_t size)
{
    xg_buf b = {0};

    xg_buf_puts(&b, DOC_OPEN "<w:p><w:r><w:t>");
    while (b.len < size)
        xg_buf_puts(&b, "申请数量");
    xg_buf_puts(&b, "</w:t></w:r></w:p>" DOC_CLOSE);
    return xg_buf_steal(&b);
}

static void test_entry_cap_declared_size(void **state)
{
    char *xml = long_document(5000);
    size_t len, xml_len = strlen(xml);
    unsigned char *zip = make_docx(xml, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    /* at the cap exactly: read */
    assert_int_equal(xg_extract_docx_capped(zip, len, xml_len, doc, &err), XG_OK);
    assert_int_equal(xg_doc_block_count(doc), 1);
    xg_doc_free(doc);
    /* one byte over */
    {
        char message[128];

        snprintf(message, sizeof message,
                 "word/document.xml: entry larger than %zu bytes", xml_len - 1);
        check_fails_capped(zip, len, xml_len - 1, XG_ERR_LIMIT, message);
    }
    /* the real cap, against a header declaring one byte more than it */
    patch_declared_size(zip, len, "word/document.xml", XG_MAX_ZIP_ENTRY + 1);
    check_fails(zip, len, XG_ERR_LIMIT,
                "word/document.xml: entry larger than 67108864 bytes");
    free(zip);
    free(xml);
}

/* A header declaring a small size in front of a long entry: the bytes are
 * counted as they are inflated, and reading stops at the cap. */
static void test_entry_cap_lying_header(void **state)
{
    char *xml = long_document(20000);
    size_t len;
    unsigned char *zip = make_docx(xml, &len);

    (void)state;
    patch_declared_size(zip, len, "word/document.xml", 100);
    check_fails_capped(zip, len, 1000, XG_ERR_LIMIT,
                       "word/document.xml: entry larger than 1000 bytes");
    free(zip);
    free(xml);
}

/* The blocks of the body are walked and freed as they are parsed, so the
 * bound on nodes held at once (one per 32 bytes of the cap) applies to
 * one block: many small blocks pass, one big block does not. */
static void test_node_bound_per_block(void **state)
{
    xg_buf xml = {0};
    unsigned char *zip;
    size_t len;
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    int i;

    (void)state;
    xg_buf_puts(&xml, DOC_OPEN);
    for (i = 0; i < 3000; i++)
        xg_buf_puts(&xml, "<w:p/>");
    xg_buf_puts(&xml, P("end") DOC_CLOSE);
    assert_true(xml.len < 64000);
    zip = make_docx(xg_buf_str(&xml), &len);
    assert_int_equal(xg_extract_docx_capped(zip, len, 64000, doc, &err), XG_OK);
    assert_int_equal(xg_doc_block_count(doc), 1);
    assert_string_equal(xg_doc_block(doc, 0)->text, "end");
    xg_doc_free(doc);
    free(zip);

    xg_buf_reset(&xml);
    xg_buf_puts(&xml, DOC_OPEN "<w:sdt><w:sdtContent>");
    for (i = 0; i < 3000; i++)
        xg_buf_puts(&xml, "<w:p/>");
    xg_buf_puts(&xml, "</w:sdtContent></w:sdt>" DOC_CLOSE);
    zip = make_docx(xg_buf_str(&xml), &len);
    check_fails_capped(zip, len, 64000, XG_ERR_LIMIT,
                       "word/document.xml: more than 2000 XML nodes in one block");
    free(zip);
    xg_buf_free(&xml);
}

/* ------------------------------------------------------------------ */
/* Hostile and broken XML                                              */

static void test_doctype_refused(void **state)
{
    (void)state;
    check_document_fails(XML_DECL "<!DOCTYPE w:document>" DOC_ROOT P("x") DOC_CLOSE,
                         XG_ERR_CORRUPT,
                         "word/document.xml: document type declaration not allowed");
}

/* External entities naming a file with a marker and a FIFO: the parse
 * must stop at the DOCTYPE, the marker must not reach the document, and
 * the FIFO must never be opened (opening it would block with no writer:
 * the alarm then ends the test as a failure). */
static void test_external_entity_never_read(void **state)
{
    char dir[] = "/tmp/xg_test_docx_XXXXXX";
    char marker[64], fifo[64];
    FILE *f;
    xg_buf xml = {0};
    unsigned char *zip;
    size_t len, i;
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(marker, sizeof marker, "%s/marker", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    f = fopen(marker, "w");
    assert_non_null(f);
    fputs("SECRET-MARKER", f);
    fclose(f);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    xg_buf_printf(&xml, XML_DECL "<!DOCTYPE w:document SYSTEM \"file://%s\" ["
                  "<!ENTITY x SYSTEM \"file://%s\">"
                  "<!ENTITY y SYSTEM \"file:///etc/passwd\">"
                  "<!ENTITY z SYSTEM \"file://%s\">]>", fifo, marker, fifo);
    xg_buf_puts(&xml, DOC_ROOT);
    xg_buf_puts(&xml, "<w:p><w:r><w:t>&x;&y;&z;</w:t></w:r></w:p>" DOC_CLOSE);
    zip = make_docx(xg_buf_str(&xml), &len);
    alarm(30);
    assert_int_equal(xg_extract_docx(zip, len, doc, &err), XG_ERR_CORRUPT);
    alarm(0);
    assert_string_equal(err.message,
                        "word/document.xml: document type declaration not allowed");
    for (i = 0; i < xg_doc_block_count(doc); i++)
        assert_null(strstr(xg_doc_block(doc, i)->text, "SECRET"));
    assert_int_equal(xg_doc_block_count(doc), 0);
    xg_doc_free(doc);
    free(zip);
    xg_buf_free(&xml);
    unlink(fifo);
    unlink(marker);
    rmdir(dir);

    /* the same in _rels/.rels */
    {
        const part parts[] = {
            {"_rels/.rels", XML_DECL "<!DOCTYPE r [<!ENTITY t SYSTEM "
             "\"file:///etc/passwd\">]><Relationships xmlns=\"http://schemas."
             "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"a\" "
             "Type=\"" REL_OFFICE "\" Target=\"&t;\"/></Relationships>", 0},
        };

        zip = make_zip(parts, 1, &len);
        check_fails(zip, len, XG_ERR_CORRUPT,
                    "_rels/.rels: document type declaration not allowed");
        free(zip);
    }
}

static void test_xml_errors(void **state)
{
    (void)state;
    /* an entity that was never declared */
    check_document_fails(DOC_OPEN "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>" DOC_CLOSE,
                         XG_ERR_CORRUPT,
                         "word/document.xml: XML error at line 1: Entity 'x' not defined");
    /* a mismatched tag on line 3 */
    check_document_fails(DOC_OPEN "\n<w:p>\n<w:r></w:p>" DOC_CLOSE, XG_ERR_CORRUPT,
                         "word/document.xml: XML error at line 3: "
                         "Opening and ending tag mismatch: r line 3 and p");
    /* an undeclared namespace prefix is an error, not a warning */
    check_document_fails(DOC_OPEN "<x:p/>" DOC_CLOSE, XG_ERR_CORRUPT,
                         "word/document.xml: XML error at line 1: "
                         "Namespace prefix x on p is not defined");
    /* truncated */
    check_document_fails(DOC_OPEN "<w:p>", XG_ERR_CORRUPT,
                         "word/document.xml: XML error at line 1: "
                         "Premature end of data in tag p line 1");
    /* not UTF-8 though it says so */
    check_document_fails(DOC_OPEN P("\xb1\xbe") DOC_CLOSE, XG_ERR_CORRUPT,
                         "word/document.xml: XML error at line 1: "
                         "Input is not proper UTF-8, indicate encoding ! Bytes: 0xB1 0xBE 0x3C 0x2F");
    check_document_fails("", XG_ERR_CORRUPT, "word/document.xml: XML error: empty part");
}

/* libxml2's depth bound (256 without XML_PARSE_HUGE) is a limit, said
 * without libxml2's advice to lift it. */
static void test_xml_depth_limit(void **state)
{
    xg_buf xml = {0};
    int i;

    (void)state;
    xg_buf_puts(&xml, DOC_OPEN);
    for (i = 0; i < 300; i++)
        xg_buf_puts(&xml, "<w:sdt><w:sdtContent>");
    for (i = 0; i < 300; i++)
        xg_buf_puts(&xml, "</w:sdtContent></w:sdt>");
    xg_buf_puts(&xml, DOC_CLOSE);
    check_document_fails(xg_buf_str(&xml), XG_ERR_LIMIT,
                         "word/document.xml: XML nested deeper than 256 levels");
    xg_buf_free(&xml);
}

static int foreign_errors;

static void foreign_handler(void *data, xmlErrorPtr e)
{
    (void)data;
    (void)e;
    foreign_errors++;
}

/* libxml2 prints nothing, and the caller's own error handler is back in
 * place afterwards and was not called. */
static void test_errors_silent_and_handler_restored(void **state)
{
    FILE *capture = tmpfile();
    int saved = dup(2);
    long size;

    (void)state;
    assert_non_null(capture);
    assert_true(saved >= 0);
    xmlSetStructuredErrorFunc(&foreign_errors, foreign_handler);
    fflush(stderr);
    assert_true(dup2(fileno(capture), 2) >= 0);
    check_document_fails(DOC_OPEN "<w:p>" DOC_CLOSE, XG_ERR_CORRUPT,
                         "word/document.xml: XML error at line 1: "
                         "Opening and ending tag mismatch: p line 1 and body");
    check_document_fails(XML_DECL "<!DOCTYPE d SYSTEM \"http://example.invalid/d.dtd\">"
                         "<d/>", XG_ERR_CORRUPT,
                         "word/document.xml: document type declaration not allowed");
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    assert_ptr_equal(xmlStructuredError, foreign_handler);
    assert_ptr_equal(xmlStructuredErrorContext, &foreign_errors);
    assert_int_equal(foreign_errors, 0);
    xmlSetStructuredErrorFunc(NULL, NULL);
    fseek(capture, 0, SEEK_END);
    size = ftell(capture);
    fclose(capture);
    assert_int_equal(size, 0);
}

/* ------------------------------------------------------------------ */
/* A real file                                                         */

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *data;
    long size;

    if (f == NULL)
        return NULL;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    rewind(f);
    data = malloc(size > 0 ? (size_t)size : 1);
    assert_non_null(data);
    assert_int_equal(fread(data, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    *len = (size_t)size;
    return data;
}

/* The blank national template the way WPS saves it (tools/template.docx,
 * written by tools/gen_template.py): three tables, thirteen vertical
 * merges, spans up to ten columns, cell widths that disagree with the
 * grid.  Found through
 * SRCDIR, set by make check, or from the top of the source tree. */
static void test_wps_template(void **state)
{
    const char *srcdir = getenv("SRCDIR");
    char path[4096];
    unsigned char *data;
    size_t len = 0, i, tables = 0, merges = 0;
    const xg_table *requests = NULL, *appeals = NULL;
    const xg_cell *c;
    xg_doc *doc;
    xg_error err = {0};

    (void)state;
    snprintf(path, sizeof path, "%s/tools/template.docx", srcdir ? srcdir : ".");
    data = read_file(path, &len);
    if (data == NULL) {
        print_message("%s not found: test skipped\n", path);
        skip();
    }
    doc = xg_doc_new();
    assert_int_equal(xg_extract_docx(data, len, doc, &err), XG_OK);
    assert_string_equal(xg_doc_block(doc, 0)->text, "政府信息公开工作年度报告格式模板");
    for (i = 0; i < xg_doc_block_count(doc); i++) {
        const xg_block *b = xg_doc_block(doc, i);
        size_t j;

        if (b->kind != XG_BLOCK_TABLE)
            continue;
        tables++;
        if (tables == 2)
            requests = b->table;
        if (tables == 3)
            appeals = b->table;
        for (j = 0; j < xg_table_cell_count(b->table); j++)
            if (xg_table_cell(b->table, j)->rowspan > 1)
                merges++;
    }
    assert_int_equal(tables, 3);
    assert_int_equal(merges, 13);

    /* active: 14 x 4, the fee row's value cell three columns wide */
    c = xg_table_cell_at(xg_doc_block(doc, 4)->table, 13, 1);
    assert_non_null(c);
    assert_int_equal(c->colspan, 3);

    /* requests: 28 rows x 10 columns */
    assert_non_null(requests);
    assert_int_equal(xg_table_rows(requests), 28);
    assert_int_equal(xg_table_cols(requests), 10);
    c = xg_table_cell_at(requests, 5, 0);
    assert_string_equal(c->text, "三、本年度办理结果");
    assert_int_equal(c->row, 5);
    assert_int_equal(c->rowspan, 22);
    assert_int_equal(c->colspan, 1);
    c = xg_table_cell_at(requests, 7, 1);
    assert_string_equal(c->text, "（三）不予公开");
    assert_int_equal(c->rowspan, 8);
    c = xg_table_cell_at(requests, 0, 5);
    assert_string_equal(c->text, "申请人情况");
    assert_int_equal(c->colspan, 7);
    c = xg_table_cell_at(requests, 1, 6);
    assert_string_equal(c->text, "法人或其他组织");
    assert_int_equal(c->col, 4);
    assert_int_equal(c->colspan, 5);
    c = xg_table_cell_at(requests, 2, 9);
    assert_string_equal(c->text, "总计");
    assert_int_equal(c->row, 1);
    assert_int_equal(c->rowspan, 2);
    c = xg_table_cell_at(requests, 27, 0);
    assert_string_equal(c->text, "四、结转下年度继续办理");
    assert_int_equal(c->colspan, 3);
    c = xg_table_cell_at(requests, 25, 2);
    assert_string_equal(c->text, "3.其他");

    /* appeals: 4 rows x 15 columns, 行政诉讼 ten columns wide */
    assert_non_null(appeals);
    assert_int_equal(xg_table_rows(appeals), 4);
    assert_int_equal(xg_table_cols(appeals), 15);
    c = xg_table_cell_at(appeals, 0, 5);
    assert_string_equal(c->text, "行政诉讼");
    assert_int_equal(c->colspan, 10);
    c = xg_table_cell_at(appeals, 2, 4);
    assert_string_equal(c->text, "总计");
    assert_int_equal(c->row, 1);
    assert_int_equal(c->rowspan, 2);
    for (i = 0; i < 15; i++)
        assert_non_null(xg_table_cell_at(appeals, 3, (int)i));

    xg_doc_free(doc);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_runs_and_special_characters),
        cmocka_unit_test(test_tracked_changes),
        cmocka_unit_test(test_hidden_text),
        cmocka_unit_test(test_hidden_by_style),
        cmocka_unit_test(test_styles_part_broken),
        cmocka_unit_test(test_inline_wrappers),
        cmocka_unit_test(test_block_sdt_and_custom_xml),
        cmocka_unit_test(test_table_grid_span_and_cell_text),
        cmocka_unit_test(test_table_vmerge),
        cmocka_unit_test(test_table_vmerge_by_grid_column),
        cmocka_unit_test(test_table_grid_before_after),
        cmocka_unit_test(test_table_sdt_rows_and_cells),
        cmocka_unit_test(test_table_hmerge),
        cmocka_unit_test(test_table_rows_without_cells),
        cmocka_unit_test(test_nested_table),
        cmocka_unit_test(test_nesting_limit),
        cmocka_unit_test(test_alternate_content_once),
        cmocka_unit_test(test_text_boxes),
        cmocka_unit_test(test_properties_after_content),
        cmocka_unit_test(test_text_pieces),
        cmocka_unit_test(test_choice_prefix_scope),
        cmocka_unit_test(test_strict_namespace_and_attributes),
        cmocka_unit_test(test_main_part_found_through_rels),
        cmocka_unit_test(test_main_part_target_escaped),
        cmocka_unit_test(test_main_part_target_entity),
        cmocka_unit_test(test_not_a_zip),
        cmocka_unit_test(test_zip_without_rels),
        cmocka_unit_test(test_rels_without_office_document),
        cmocka_unit_test(test_main_part_missing),
        cmocka_unit_test(test_spreadsheet_refused),
        cmocka_unit_test(test_too_many_entries),
        cmocka_unit_test(test_entry_cap_declared_size),
        cmocka_unit_test(test_entry_cap_lying_header),
        cmocka_unit_test(test_node_bound_per_block),
        cmocka_unit_test(test_doctype_refused),
        cmocka_unit_test(test_external_entity_never_read),
        cmocka_unit_test(test_xml_errors),
        cmocka_unit_test(test_xml_depth_limit),
        cmocka_unit_test(test_errors_silent_and_handler_restored),
        cmocka_unit_test(test_wps_template),
    };

    XG_RUN_TESTS(tests);
}
