/*
 * Unit tests of the compound file reader (extractors/cfb.c) and the Word
 * binary extractor (extractors/doc.c).  Documents are built in memory
 * (tests/docbuild.h) the ways Word, WPS and LibreOffice write them, and
 * the whole document model is compared, one block or cell a line, with
 * what Word shows.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cfb.h"
#include "docbuild.h"
#include "dumpdoc.h"
#include "extract.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static void check_doc(db_doc *d, const char *expect)
{
    size_t len;
    unsigned char *bytes = db_build(d, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    char *got;
    int rc;

    assert_non_null(doc);
    rc = xg_extract_doc(bytes, len, doc, &err);
    if (rc != XG_OK)
        print_error("extract failed: %s\n", err.message);
    assert_int_equal(rc, XG_OK);
    got = xg_test_dump_doc(doc);
    assert_string_equal(got, expect);
    free(got);
    free(bytes);
    xg_doc_free(doc);
    db_free(d);
}

static void check_bytes_fail(const unsigned char *bytes, size_t len, int code,
                             const char *message)
{
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};

    assert_non_null(doc);
    assert_int_equal(xg_extract_doc(bytes, len, doc, &err), code);
    assert_int_equal(err.code, code);
    assert_string_equal(err.message, message);
    xg_doc_free(doc);
}

static void check_doc_fails(db_doc *d, int code, const char *message)
{
    size_t len;
    unsigned char *bytes = db_build(d, &len);

    check_bytes_fail(bytes, len, code, message);
    free(bytes);
    db_free(d);
}

/* A container of streams called NAMES (NULL-terminated), 600 bytes each. */
static unsigned char *container_of(const char *const *names, size_t *len)
{
    static unsigned char filler[600];
    db_stream s[DB_MAX_STREAMS];
    size_t n = 0;

    for (; names[n] != NULL; n++) {
        s[n].name = names[n];
        s[n].p = filler;
        s[n].n = sizeof filler;
    }
    return db_cfb(s, n, 0, len, NULL);
}

static unsigned char *two_streams(size_t small, size_t big, size_t *len, db_layout *lay,
                                  unsigned char **a, unsigned char **b)
{
    db_stream s[2];
    size_t i;

    *a = malloc(small);
    *b = malloc(big);
    assert_non_null(*a);
    assert_non_null(*b);
    for (i = 0; i < small; i++)
        (*a)[i] = (unsigned char)(i * 7);
    for (i = 0; i < big; i++)
        (*b)[i] = (unsigned char)(i * 13 + 1);
    s[0].name = "Small";
    s[0].p = *a;
    s[0].n = small;
    s[1].name = "WordDocument";
    s[1].p = *b;
    s[1].n = big;
    return db_cfb(s, 2, 0, len, lay);
}

static void check_read_fails(const unsigned char *file, size_t len, const char *name,
                             const char *message)
{
    xg_cfb *cfb = NULL;
    xg_error err = {0};
    unsigned char *out = (unsigned char *)"x";
    size_t n = 7;

    if (xg_cfb_open(file, len, &cfb, &err) != XG_OK)
        print_error("open: %s\n", err.message);
    assert_non_null(cfb);
    assert_int_equal(xg_cfb_read(cfb, name, &out, &n, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, message);
    assert_null(out);
    assert_int_equal(n, 0);
    xg_cfb_free(cfb);
}

/* ------------------------------------------------------------------ */
/* The compound file                                                   */

static void test_cfb_streams(void **state)
{
    unsigned char *a, *b, *file, *out;
    size_t len, n;
    xg_cfb *cfb = NULL;
    xg_error err = {0};

    (void)state;
    file = two_streams(1000, 5000, &len, NULL, &a, &b);
    assert_true(xg_cfb_sniff(file, len));
    assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_OK);
    assert_true(xg_cfb_has_stream(cfb, "worddocument"));
    assert_true(xg_cfb_has_stream(cfb, "SMALL"));
    assert_false(xg_cfb_has_stream(cfb, "Data"));
    /* a stream of the mini stream and one of regular sectors */
    assert_int_equal(xg_cfb_read(cfb, "Small", &out, &n, &err), XG_OK);
    assert_int_equal(n, 1000);
    assert_memory_equal(out, a, 1000);
    free(out);
    assert_int_equal(xg_cfb_read(cfb, "WordDocument", &out, &n, &err), XG_OK);
    assert_int_equal(n, 5000);
    assert_memory_equal(out, b, 5000);
    free(out);
    assert_int_equal(xg_cfb_read(cfb, "Data", &out, &n, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "no Data stream");
    xg_cfb_free(cfb);
    xg_cfb_free(NULL);
    free(file);
    free(a);
    free(b);
}

static void test_cfb_broken_chains(void **state)
{
    unsigned char *a, *b, *file;
    size_t len;
    db_layout lay;
    uint32_t first;

    (void)state;
    file = two_streams(1000, 5000, &len, &lay, &a, &b);
    first = lay.first[1];
    /* the sixth sector of WordDocument goes back to its first */
    db_set32(file + lay.fat + 4 * (first + 5), first);
    check_read_fails(file, len, "WordDocument", "WordDocument stream: sector chain loops");
    /* ... or past the end of the file */
    db_set32(file + lay.fat + 4 * (first + 5), 100);
    check_read_fails(file, len, "WordDocument",
                     "WordDocument stream: sector past the end of the file");
    /* ... or ends two sectors early */
    db_set32(file + lay.fat + 4 * (first + 5), first + 6);
    db_set32(file + lay.fat + 4 * (first + 7), DB_END);
    check_read_fails(file, len, "WordDocument",
                     "WordDocument stream: sector chain shorter than its size");
    /* a size past the end of the file */
    db_set32(file + lay.dir + 2 * 128 + 120, (uint32_t)len + 1);
    check_read_fails(file, len, "WordDocument", "WordDocument stream larger than the file");
    /* a mini stream chain that loops */
    db_set32(file + lay.fat + 4 * (first + 7), first + 8);
    db_set32(file + lay.dir + 2 * 128 + 120, 5000);
    free(file);
    free(a);
    free(b);
    file = two_streams(1000, 5000, &len, &lay, &a, &b);
    {
        /* the mini FAT is the sector after the directory */
        size_t minifat = lay.dir + 512;

        db_set32(file + minifat + 4 * 3, 1);
        check_read_fails(file, len, "Small", "Small stream: sector chain loops");
    }
    free(file);
    free(a);
    free(b);
}

static void test_cfb_bad_headers(void **state)
{
    unsigned char *a, *b, *file;
    size_t len;
    xg_cfb *cfb = (xg_cfb *)&len;
    xg_error err = {0};

    (void)state;
    file = two_streams(100, 100, &len, NULL, &a, &b);
    assert_int_equal(xg_cfb_open(file, 300, &cfb, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "compound file header truncated");
    assert_null(cfb);
    db_set16(file + 28, 0xFEFF);
    assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "compound file: bad byte order mark");
    db_set16(file + 28, 0xFFFE);
    db_set16(file + 30, 10);
    assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "compound file: unsupported sector size");
    db_set16(file + 30, 9);
    db_set32(file + 44, 1000);
    assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message, "compound file: more FAT sectors than the file holds");
    /* two FAT sectors declared, the second nowhere: the DIFAT chain
     * (none) cannot list it */
    db_set32(file + 44, 2);
    db_set32(file + 76 + 4, DB_FREE);
    db_set32(file + 72, 0);
    assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_ERR_CORRUPT);
    assert_string_equal(err.message,
                        "compound file: FAT sector past the end of the file");
    db_set32(file + 44, 1);
    /* the directory chain loops */
    {
        uint32_t dir = db_get32(file + 48);

        db_set32(file + 512 + 4 * dir, dir);
        assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_ERR_CORRUPT);
        assert_string_equal(err.message, "compound file directory: sector chain loops");
    }
    assert_int_equal(xg_cfb_open(file, 4, &cfb, &err), XG_ERR_FORMAT);
    free(file);
    free(a);
    free(b);
}

/* Sibling links that come back to an entry already seen, and a chain of
 * 20,000 entries one after another: each entry is visited once, without
 * recursion (libgsf 1.14.50 overflows its stack on the second). */
static void test_cfb_directory_shapes(void **state)
{
    unsigned char *a, *b, *file, *out;
    size_t len, n;
    db_layout lay;
    xg_cfb *cfb = NULL;
    xg_error err = {0};

    (void)state;
    file = two_streams(100, 5000, &len, &lay, &a, &b);
    /* WordDocument's right sibling is the first stream again, and the
     * first's left sibling is the root */
    db_set32(file + lay.dir + 2 * 128 + 72, 1);
    db_set32(file + lay.dir + 1 * 128 + 68, 0);
    assert_int_equal(xg_cfb_open(file, len, &cfb, &err), XG_OK);
    assert_int_equal(xg_cfb_read(cfb, "WordDocument", &out, &n, &err), XG_OK);
    assert_int_equal(n, 5000);
    free(out);
    xg_cfb_free(cfb);
    free(file);
    free(a);
    free(b);

    {
        const size_t entries = 20000;
        size_t dirsect = entries * 128 / 512, nfat = (dirsect + 127 + 100) / 128, i;
        db_bytes f = {0};

        /* header, FAT sectors, the directory (entry 1..N-1 chained by
         * their right siblings), then one stream sector */
        db_put(&f, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        db_zero(&f, 16);
        db_u16(&f, 0x3E);
        db_u16(&f, 3);
        db_u16(&f, 0xFFFE);
        db_u16(&f, 9);
        db_u16(&f, 6);
        db_zero(&f, 10);
        db_u32(&f, (uint32_t)nfat);
        db_u32(&f, (uint32_t)nfat);
        db_u32(&f, 0);
        db_u32(&f, 4096);
        db_u32(&f, DB_END);
        db_u32(&f, 0);
        db_u32(&f, DB_END);
        db_u32(&f, 0);
        for (i = 0; i < 109; i++)
            db_u32(&f, i < nfat ? (uint32_t)i : DB_FREE);
        for (i = 0; i < nfat * 128; i++) {
            uint32_t v = DB_FREE;

            if (i < nfat)
                v = DB_FATSECT;
            else if (i < nfat + dirsect)
                v = i + 1 < nfat + dirsect ? (uint32_t)i + 1 : DB_END;
            else if (i == nfat + dirsect)
                v = DB_END;
            db_u32(&f, v);
        }
        for (i = 0; i < entries; i++) {
            unsigned char e[128];
            char name[32];

            snprintf(name, sizeof name, "s%zu", i);
            if (i == 0)
                db_dir_entry(e, "Root Entry", 5, DB_FREE, DB_FREE, 1, DB_END, 0);
            else if (i + 1 < entries)
                db_dir_entry(e, name, 2, DB_FREE, (uint32_t)i + 1, DB_FREE, DB_END, 0);
            else
                db_dir_entry(e, "WordDocument", 2, DB_FREE, DB_FREE, DB_FREE,
                             (uint32_t)(nfat + dirsect), 4096);
            db_put(&f, e, sizeof e);
        }
        db_zero(&f, 4096);
        assert_int_equal(xg_cfb_open(f.p, f.n, &cfb, &err), XG_OK);
        assert_true(xg_cfb_has_stream(cfb, "s19998"));
        assert_true(xg_cfb_has_stream(cfb, "WordDocument"));
        xg_cfb_free(cfb);
        free(f.p);
    }
}

/* ------------------------------------------------------------------ */
/* Text                                                                */

static void test_paragraphs_and_characters(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_para(d, "标题\t一");
    db_para(d, "");                         /* empty: no block */
    db_text(d, "甲");
    db_char(d, 0x0B);                       /* line break */
    db_text(d, "乙");
    db_char(d, 0x1E);                       /* non-breaking hyphen */
    db_text(d, "丙");
    db_char(d, 0x1F);                       /* optional hyphen */
    db_char(d, 0x0C);                       /* page break inside */
    db_char(d, 0x0E);                       /* column break */
    db_text(d, "丁");
    db_mark(d, 0x0D, 0, NULL, 0);
    db_text(d, "节末");
    db_mark(d, 0x0C, 0, NULL, 0);           /* a section mark ends a paragraph */
    db_text(d, "\xC2\xA0" "x(1)");          /* no-break space, parentheses */
    db_mark(d, 0x0D, 0, NULL, 0);
    check_doc(d, "P:标题\\t一\nP:甲\\n乙-丙丁\nP:节末\nP:\xC2\xA0x(1)\n");
}

/* The same text in pieces: 8-bit where it fits, a piece every 3
 * characters, their bytes in the reverse order in the stream as fast
 * saves leave them, and paragraph runs that cross pieces. */
static void test_pieces(void **state)
{
    static const char *const variants[] = {"plain", "compressed", "split", "reverse"};
    size_t v;

    (void)state;
    for (v = 0; v < 4; v++) {
        db_doc *d = db_new();

        d->compress = v >= 1;
        d->piece_len = v >= 2 ? 3 : 0;
        d->reverse = v == 3;
        db_para(d, "Report 2023 (v1)");
        db_para(d, "数字1234");
        db_text(d, "\xE2\x80\x9C" "quoted" "\xE2\x80\x9D \xE2\x80\x93 " "\xC3\xA9");
        db_mark(d, 0x0D, 0, NULL, 0);
        print_message("%s\n", variants[v]);
        check_doc(d, "P:Report 2023 (v1)\nP:数字1234\n"
                     "P:\xE2\x80\x9C" "quoted" "\xE2\x80\x9D \xE2\x80\x93 " "\xC3\xA9\n");
    }
}

/* A fast save leaves deleted text in the stream, with its paragraph
 * marks and the paragraph runs ending after them: no piece points at it,
 * so none of it is text and its runs end no paragraph (the stale "9"
 * would be a wrong digit, its mark a wrong paragraph or cell). */
static void test_stale_text_between_pieces(void **state)
{
    static const char *const cells[] = {"12", "345", "6"};
    int v;

    (void)state;
    for (v = 0; v < 4; v++) {
        db_doc *d = db_new();

        d->stale = 1;
        d->piece_len = v < 2 ? 2 : 5;
        d->reverse = v % 2;
        d->compress = v >= 2;
        db_para(d, "Hello world");
        db_simple_row(d, cells, 3, 1000);
        db_para(d, "一二三");
        check_doc(d, "P:Hello world\nT:1x3\nC:0,0 1x1:12\nC:0,1 1x1:345\n"
                     "C:0,2 1x1:6\nP:一二三\n");
    }
}

/* A paragraph property run may end where a piece ends on ordinary text
 * (after a fast save's appended text): only a run that ends on a
 * paragraph, cell, row or section mark ends a paragraph ([MS-DOC] 2.4.2:
 * the last character of a paragraph MUST be one). */
static void test_runs_ending_inside_paragraphs(void **state)
{
    db_doc *d = db_new();

    (void)state;
    d->piece_len = 3;
    d->reverse = 1;
    d->papx_piece_ends = 1;
    db_para(d, "Hello world");
    db_para(d, "一二三四五");
    check_doc(d, "P:Hello world\nP:一二三四五\n");
}

static void test_fields(void **state)
{
    db_doc *d = db_new();

    (void)state;
    /* { =SUM(ABOVE) } with its result 1234 */
    db_text(d, "合计");
    db_char(d, 0x13);
    db_text(d, " =SUM(ABOVE) ");
    db_char(d, 0x14);
    db_text(d, "1234");
    db_char(d, 0x15);
    db_mark(d, 0x0D, 0, NULL, 0);
    /* a field nested in another's code, a field without a result */
    db_char(d, 0x13);
    db_text(d, " IF ");
    db_char(d, 0x13);
    db_text(d, " PAGE ");
    db_char(d, 0x14);
    db_text(d, "9");
    db_char(d, 0x15);
    db_text(d, " = 1 \"a\" \"b\" ");
    db_char(d, 0x14);
    db_text(d, "b");
    db_char(d, 0x15);
    db_char(d, 0x13);
    db_text(d, " TC \"x\" ");
    db_char(d, 0x15);
    db_mark(d, 0x0D, 0, NULL, 0);
    /* a result over two paragraphs */
    db_char(d, 0x13);
    db_text(d, " TOC ");
    db_char(d, 0x14);
    db_para(d, "一、总体情况");
    db_text(d, "二、主动公开");
    db_char(d, 0x15);
    db_mark(d, 0x0D, 0, NULL, 0);
    check_doc(d, "P:合计1234\nP:b\nP:一、总体情况\nP:二、主动公开\n");
}

/* A field inside 32 others is refused. */
static void test_field_nesting_limit(void **state)
{
    db_doc *d = db_new();
    int i;

    (void)state;
    for (i = 0; i <= XG_MAX_NESTING; i++)
        db_char(d, 0x13);
    db_mark(d, 0x0D, 0, NULL, 0);
    check_doc_fails(d, XG_ERR_LIMIT, "fields nested deeper than 32 levels");
}

static const unsigned char DELETED[] = {0x00, 0x08, 0x01};          /* sprmCFRMarkDel */
static const unsigned char INSERTED[] = {0x01, 0x08, 0x01};         /* sprmCFRMarkIns */
static const unsigned char HIDDEN[] = {0x3C, 0x08, 0x01};           /* sprmCFVanish */
static const unsigned char SPECIAL[] = {0x55, 0x08, 0x01};          /* sprmCFSpec */

static void test_revisions_and_hidden_text(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_text(d, "1");
    db_chp(d, DELETED, sizeof DELETED);
    db_text(d, "9");
    db_chp(d, INSERTED, sizeof INSERTED);
    db_text(d, "3");
    db_chp(d, HIDDEN, sizeof HIDDEN);
    db_text(d, "00");
    db_chp(d, NULL, 0);
    db_mark(d, 0x0D, 0, NULL, 0);
    /* a paragraph deleted whole, its mark too */
    db_chp(d, DELETED, sizeof DELETED);
    db_para(d, "删除的段落");
    db_chp(d, NULL, 0);
    db_para(d, "后");
    check_doc(d, "P:13\nP:后\n");
}

/* A piece's Prm: Prm0 sprmCFRMarkDel (isprm 0x41) deletes its text; a
 * Prm1 points at a Prc of the Clx holding sprmCFVanish. */
static void test_piece_prm(void **state)
{
    db_doc *d = db_new();

    (void)state;
    d->piece_len = 4;
    d->prm = (uint16_t)(0x41 << 1 | 1 << 8);
    db_para(d, "abc");
    db_para(d, "def");
    check_doc(d, "");

    d = db_new();
    db_u8(&d->prcs, 1);
    db_u16(&d->prcs, sizeof HIDDEN);
    db_put(&d->prcs, HIDDEN, sizeof HIDDEN);
    d->prm = 1;                 /* Prm1, igrpprl 0 */
    db_para(d, "hidden");
    check_doc(d, "");
}

/* Special characters give no text; the same bytes without fSpec are
 * text ("(" stays, "\x01" is a control character either way). */
static void test_special_characters(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_text(d, "a");
    db_chp(d, SPECIAL, sizeof SPECIAL);
    db_char(d, 0x28);               /* a symbol (sprmCSymbol) */
    db_char(d, 0x01);               /* a picture */
    db_char(d, 0x02);               /* a footnote reference */
    db_char(d, 0x08);               /* a drawn object with no text box */
    db_chp(d, NULL, 0);
    db_text(d, "(b)");
    db_char(d, 0x05);
    db_mark(d, 0x0D, 0, NULL, 0);
    check_doc(d, "P:a(b)\n");
}

/* A 0x0D that ends no paragraph run (LibreOffice writes one in form
 * field results) is a line break, kept only when text follows. */
static void test_mark_inside_paragraph(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_text(d, "57");
    db_char(d, 0x0D);
    db_char(d, 0x0D);
    db_text(d, "x");
    db_char(d, 0x0D);
    db_mark(d, 0x0D, 0, NULL, 0);
    check_doc(d, "P:57\\nx\n");
}

/* A stylesheet: style 1 (a paragraph style) hides its text, style 2 is
 * based on it, style 3 (a character style) hides its text. */
static void put_style(db_bytes *st, unsigned stk, unsigned base, const char *name,
                      const unsigned char *chpx, size_t chpx_len)
{
    db_bytes std = {0};
    size_t i, n = strlen(name);

    db_u16(&std, 0);
    db_u16(&std, stk | base << 4);
    db_u16(&std, stk == 1 ? 2 : 1);
    db_u16(&std, 0);
    db_u16(&std, 0);
    db_u16(&std, (unsigned)n);
    for (i = 0; i < n; i++)
        db_u16(&std, (unsigned char)name[i]);
    db_u16(&std, 0);
    if (stk == 1) {
        db_u16(&std, 2);        /* UpxPapx: the istd only */
        db_u16(&std, 0);
    }
    db_u16(&std, (unsigned)chpx_len);
    db_put(&std, chpx, chpx_len);
    db_pad(&std, 2);
    db_u16(st, (unsigned)std.n);
    db_put(st, std.p, std.n);
    free(std.p);
}

static void test_hidden_by_style(void **state)
{
    static const unsigned char istd3[] = {0x30, 0x4A, 3, 0};     /* sprmCIstd 3 */
    static const unsigned char flip[] = {0x3C, 0x08, 0x81};      /* the opposite */
    db_doc *d = db_new();

    (void)state;
    db_u16(&d->stsh, 18);
    db_u16(&d->stsh, 4);        /* cstd */
    db_u16(&d->stsh, 10);       /* cbSTDBaseInFile */
    db_zero(&d->stsh, 14);
    put_style(&d->stsh, 1, 0x0FFF, "Normal", NULL, 0);
    put_style(&d->stsh, 1, 0, "Hidden", HIDDEN, sizeof HIDDEN);
    put_style(&d->stsh, 1, 1, "Based", NULL, 0);
    put_style(&d->stsh, 2, 0x0FFF, "Secret", HIDDEN, sizeof HIDDEN);
    db_para(d, "shown");
    db_text(d, "by style 1");
    db_mark(d, 0x0D, 1, NULL, 0);
    db_text(d, "by base");
    db_mark(d, 0x0D, 2, NULL, 0);
    db_text(d, "a");
    db_chp(d, istd3, sizeof istd3);
    db_text(d, "char style");
    db_chp(d, NULL, 0);
    db_text(d, "b");
    db_mark(d, 0x0D, 0, NULL, 0);
    db_chp(d, flip, sizeof flip);
    db_text(d, "shown again");
    db_mark(d, 0x0D, 1, NULL, 0);
    check_doc(d, "P:shown\nP:ab\nP:shown again\n");
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

static void test_table_basic(void **state)
{
    static const char *const r1[] = {"项目", "数量"};
    static const char *const r2[] = {"规章", "12"};
    db_doc *d = db_new();

    (void)state;
    db_para(d, "前");
    db_simple_row(d, r1, 2, 1000);
    /* a cell of several paragraphs: leading and trailing empty ones are
     * spacing, those between lines are kept */
    db_cell_para(d, 1, "", 0);
    db_cell_para(d, 1, "行一", 0);
    db_cell_para(d, 1, "", 0);
    db_cell_para(d, 1, "行二", 0);
    db_cell_para(d, 1, "", 1);
    db_cell(d, 1, "");
    {
        db_bytes t = {0};
        static const int b[] = {0, 1000, 2000};

        db_tdef(&t, 2, b, NULL);
        db_row(d, 1, t.p, t.n);
        free(t.p);
    }
    db_simple_row(d, r2, 2, 1000);
    db_para(d, "后");
    check_doc(d, "P:前\nT:3x2\n"
                 "C:0,0 1x1:项目\nC:0,1 1x1:数量\n"
                 "C:1,0 1x1:行一\\n\\n行二\nC:1,1 1x1:\n"
                 "C:2,0 1x1:规章\nC:2,1 1x1:12\n"
                 "P:后\n");
}

/* Rows of different boundaries share a grid: a header over two columns,
 * a row shifted right (WPS's gridBefore), boundaries within 10 twips
 * counted as one. */
static void test_table_grid_from_boundaries(void **state)
{
    static const int b1[] = {0, 1000, 3000};
    static const int b2[] = {0, 1000, 2000, 3000};
    static const int b3[] = {1005, 2000, 3004};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell(d, 1, "项目");
    db_cell(d, 1, "申请人");
    db_tdef(&t, 2, b1, NULL);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "a");
    db_cell(d, 1, "b");
    db_cell(d, 1, "c");
    db_tdef(&t, 3, b2, NULL);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "x");
    db_cell(d, 1, "y");
    db_tdef(&t, 2, b3, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    check_doc(d, "T:3x3\n"
                 "C:0,0 1x1:项目\nC:0,1 1x2:申请人\n"
                 "C:1,0 1x1:a\nC:1,1 1x1:b\nC:1,2 1x1:c\n"
                 "C:2,1 1x1:x\nC:2,2 1x1:y\n");
}

/* Two real cell edges closer than the tolerance: the grid is then the
 * exact boundaries, so the narrow cell keeps a column of its own and
 * the cells after it stay under their columns. */
static void test_table_narrow_cell(void **state)
{
    static const int b1[] = {0, 1000, 1006, 2000};
    static const int b2[] = {0, 1003, 2000};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell(d, 1, "a");
    db_cell(d, 1, "narrow");
    db_cell(d, 1, "b");
    db_tdef(&t, 3, b1, NULL);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "c");
    db_cell(d, 1, "d");
    db_tdef(&t, 2, b2, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    check_doc(d, "T:2x4\n"
                 "C:0,0 1x1:a\nC:0,1 1x2:narrow\nC:0,3 1x1:b\n"
                 "C:1,0 1x2:c\nC:1,2 1x2:d\n");
}

/* A cell of no width (two equal boundaries) is a column of its own, as
 * Word's DOCX gives it a grid column of no width: the cells after it in
 * its row stay under their columns, and a cell of another row that
 * covers its place spans it. */
static void test_table_zero_width_cell(void **state)
{
    static const int b1[] = {0, 1000, 1000, 2000};
    static const int b2[] = {0, 1000, 2000};
    static const int b3[] = {0, 0, 1000, 1000, 1000, 2000, 2000};
    static const char *const texts[] = {"", "7"};
    int v;

    (void)state;
    for (v = 0; v < 2; v++) {
        db_doc *d = db_new();
        db_bytes t = {0};
        char expect[256];

        db_cell(d, 1, "a");
        db_cell(d, 1, texts[v]);
        db_cell(d, 1, "b");
        db_tdef(&t, 3, b1, NULL);
        db_row(d, 1, t.p, t.n);
        t.n = 0;
        db_cell(d, 1, "c");
        db_cell(d, 1, "d");
        db_tdef(&t, 2, b2, NULL);
        db_row(d, 1, t.p, t.n);
        free(t.p);
        snprintf(expect, sizeof expect,
                 "T:2x3\nC:0,0 1x1:a\nC:0,1 1x1:%s\nC:0,2 1x1:b\n"
                 "C:1,0 1x1:c\nC:1,1 1x2:d\n", texts[v]);
        check_doc(d, expect);
    }
    /* zero-width cells first, two at one place, and last */
    {
        db_doc *d = db_new();
        db_bytes t = {0};
        static const char *const cells[] = {"z0", "a", "z1", "z2", "b", "z3"};
        size_t i;

        for (i = 0; i < 6; i++)
            db_cell(d, 1, cells[i]);
        db_tdef(&t, 6, b3, NULL);
        db_row(d, 1, t.p, t.n);
        t.n = 0;
        db_cell(d, 1, "c");
        db_cell(d, 1, "d");
        db_tdef(&t, 2, b2, NULL);
        db_row(d, 1, t.p, t.n);
        free(t.p);
        check_doc(d, "T:2x6\n"
                     "C:0,0 1x1:z0\nC:0,1 1x1:a\nC:0,2 1x1:z1\nC:0,3 1x1:z2\n"
                     "C:0,4 1x1:b\nC:0,5 1x1:z3\n"
                     "C:1,0 1x2:c\nC:1,2 1x3:d\n");
    }
}

/* Vertical merges from the TC flags of sprmTDefTable and from
 * sprmTVertMerge; a continuation that does not match the cell above is
 * a cell of its own. */
static void test_table_vertical_merge(void **state)
{
    static const int b[] = {0, 1000, 2000};
    static const uint16_t restart[] = {0x0060, 0};
    static const uint16_t cont[] = {0x0020, 0};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell(d, 1, "合并");
    db_cell(d, 1, "1");
    db_tdef(&t, 2, b, restart);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "");
    db_cell(d, 1, "2");
    db_tdef(&t, 2, b, cont);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    /* sprmTVertMerge: cell 0 continues, cell 1 restarts */
    db_cell(d, 1, "");
    db_cell(d, 1, "3");
    db_tdef(&t, 2, b, NULL);
    db_u16(&t, 0xD62B);
    db_u8(&t, 2);
    db_u8(&t, 0);
    db_u8(&t, 1);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    check_doc(d, "T:3x2\n"
                 "C:0,0 3x1:合并\nC:0,1 1x1:1\nC:1,1 1x1:2\nC:2,1 1x1:3\n");
}

/* A row's table sprms as Word writes them around sprmTDefTable: each of
 * their own length (fixed, one-byte cb, sprmTDefTableShd's), so the
 * sprmTMerge and sprmTVertMerge after them still apply. */
static void test_table_word_row_sprms(void **state)
{
    static const int b[] = {0, 1000, 2000, 3000};
    static const unsigned char before[] = {
        0x00, 0x54, 0x01, 0x00,                         /* sprmTJc90: centred */
        0x02, 0x96, 0x6C, 0x00,                         /* sprmTDxaGapHalf 108 */
        0x01, 0x96, 0x94, 0xFF,                         /* sprmTDxaLeft -108 */
        0x07, 0x94, 0x00, 0x00,                         /* sprmTDyaRowHeight */
        0x14, 0xF6, 0x03, 0xB8, 0x0B,                   /* sprmTTableWidth 3000 twips */
        0x17, 0xF6, 0x00, 0x00, 0x00,                   /* sprmTWidthBefore */
    };
    static const unsigned char after[] = {
        0x05, 0xD6, 24, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
        20, 21, 22, 23, 24,                             /* sprmTTableBorders80 */
        0x09, 0xD6, 6, 0x24, 0x56, 0, 3, 0x2B, 0xD6,    /* sprmTDefTableShd80: sprm-like bytes */
        0x20, 0xD6, 5, 0, 3, 0x0F, 0x24, 0x56,          /* sprmTSetBrc80 */
        0x2F, 0xD6, 11, 0, 3, 0x0F, 0, 0, 0, 0, 0x24, 0x56, 0, 3, /* sprmTSetBrc */
        0x12, 0xD6, 30, 0x24, 0x56, 0, 3, 0x2B, 0xD6, 3, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* sprmTDefTableShd */
        0x32, 0xD6, 6, 0, 3, 0x0F, 0x03, 0x6C, 0x00,   /* sprmTCellPadding */
        0x35, 0xD6, 5, 0, 3, 0x03, 0xE8, 0x03,         /* sprmTCellWidth */
        0x24, 0x56, 1, 3,                               /* sprmTMerge cells 1-2 */
    };
    static const unsigned char vmerge[] = {0x2B, 0xD6, 2, 0, 3};   /* cell 0 restarts */
    static const unsigned char vcont[] = {0x2B, 0xD6, 2, 0, 1};    /* cell 0 continues */
    db_doc *d = db_new();
    db_bytes t = {0};
    int r;

    (void)state;
    for (r = 0; r < 2; r++) {
        db_cell(d, 1, r == 0 ? "类别" : "");
        db_cell(d, 1, r == 0 ? "申请" : "17");
        db_cell(d, 1, "");
        t.n = 0;
        db_put(&t, before, sizeof before);
        db_tdef(&t, 3, b, NULL);
        db_put(&t, after, sizeof after);
        if (r == 0)
            db_put(&t, vmerge, sizeof vmerge);
        else
            db_put(&t, vcont, sizeof vcont);
        db_row(d, 1, t.p, t.n);
    }
    free(t.p);
    check_doc(d, "T:2x3\n"
                 "C:0,0 2x1:类别\nC:0,1 1x2:申请\nC:1,1 1x2:17\n");
}

/* Word 97's horizontal merge: cells flagged fFirstMerged then fMerged,
 * in sprmTDefTable or by sprmTMerge; sprmTSplit undoes it. */
static void test_table_horizontal_merge(void **state)
{
    static const int b[] = {0, 1000, 2000, 3000};
    static const uint16_t merged[] = {0x0001, 0x0002, 0};
    static const unsigned char tmerge[] = {0x24, 0x56, 1, 3};
    static const unsigned char tsplit[] = {0x25, 0x56, 1, 3};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell(d, 1, "申请人情况");
    db_cell(d, 1, "hidden");
    db_cell(d, 1, "x");
    db_tdef(&t, 3, b, merged);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "a");
    db_cell(d, 1, "b");
    db_cell(d, 1, "");
    db_tdef(&t, 3, b, NULL);
    db_put(&t, tmerge, sizeof tmerge);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "1");
    db_cell(d, 1, "2");
    db_cell(d, 1, "3");
    db_tdef(&t, 3, b, NULL);
    db_put(&t, tmerge, sizeof tmerge);
    db_put(&t, tsplit, sizeof tsplit);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    check_doc(d, "T:3x3\n"
                 "C:0,0 1x2:申请人情况\nC:0,2 1x1:x\n"
                 "C:1,0 1x1:a\nC:1,1 1x2:b\n"
                 "C:2,0 1x1:1\nC:2,1 1x1:2\nC:2,2 1x1:3\n");
}

/* sprmTInsert, sprmTDelete and sprmTDxaCol change the row's cells after
 * sprmTDefTable, in order. */
static void test_table_cell_sprms(void **state)
{
    static const int b[] = {0, 1000, 2000};
    static const unsigned char insert[] = {0x21, 0x76, 1, 1, 0xE8, 0x03};  /* 1 cell at 1, 1000 */
    static const unsigned char del[] = {0x22, 0x56, 0, 1};                  /* cell 0 */
    static const unsigned char width[] = {0x23, 0x76, 0, 1, 0xD0, 0x07};   /* cell 0: 2000 */
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell(d, 1, "a");
    db_cell(d, 1, "b");
    db_cell(d, 1, "c");
    db_tdef(&t, 2, b, NULL);
    db_put(&t, insert, sizeof insert);      /* 0 1000 2000 3000 */
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "d");
    db_tdef(&t, 2, b, NULL);
    db_put(&t, del, sizeof del);            /* 0 1000 */
    db_put(&t, width, sizeof width);        /* 0 2000 */
    db_row(d, 1, t.p, t.n);
    free(t.p);
    check_doc(d, "T:2x3\n"
                 "C:0,0 1x1:a\nC:0,1 1x1:b\nC:0,2 1x1:c\n"
                 "C:1,0 1x2:d\n");
}

/* A row whose end mark is deleted is dropped, as w:trPr/w:del; table
 * sprms in the Data stream (sprmPHugePapx) count as in the FKP. */
static void test_table_deleted_row_and_huge_papx(void **state)
{
    static const char *const r1[] = {"a", "b"};
    static const char *const r2[] = {"c", "d"};
    db_doc *d = db_new();

    (void)state;
    d->huge_papx = 1;
    db_simple_row(d, r1, 2, 1000);
    db_chp(d, DELETED, sizeof DELETED);
    db_simple_row(d, r2, 2, 2000);
    db_chp(d, NULL, 0);
    db_simple_row(d, r1, 2, 2000);
    check_doc(d, "T:2x3\n"
                 "C:0,0 1x1:a\nC:0,1 1x1:b\n"
                 "C:1,0 1x2:a\nC:1,2 1x1:b\n");
}

/* A table inside a cell: itap 2, inner cell marks 0x0D with
 * sprmPFInnerTableCell, the inner row end with sprmPFInnerTtp.  The
 * outer table is a block before the inner one; its cell keeps its own
 * paragraphs only. */
static void test_nested_table(void **state)
{
    static const int b[] = {0, 3000};
    static const int bi[] = {0, 1000, 2000};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell_para(d, 1, "外", 0);
    db_cell(d, 2, "内1");
    db_cell(d, 2, "内2");
    db_tdef(&t, 2, bi, NULL);
    db_row(d, 2, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "外后");
    db_tdef(&t, 1, b, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    db_para(d, "正文");
    check_doc(d, "T:1x1\nC:0,0 1x1:外\\n外后\n"
                 "T:1x2\nC:0,0 1x1:内1\nC:0,1 1x1:内2\n"
                 "P:正文\n");
}

static void test_table_nesting_limit(void **state)
{
    db_doc *d = db_new();
    unsigned char g[32];
    size_t n = db_table_sprms(g, XG_MAX_NESTING + 1, 1, 0);

    (void)state;
    db_text(d, "deep");
    db_mark(d, 0x0D, 0, g, n);
    check_doc_fails(d, XG_ERR_LIMIT, "tables nested deeper than 32 levels");
}

/* Fast saves may put sprmPFInTable in a piece's Prm0 (isprm 0x18)
 * instead of the paragraph's FKP run; a row without its end mark still
 * counts, its cells one column each. */
static void test_table_in_prm_and_unfinished_row(void **state)
{
    db_doc *d = db_new();

    (void)state;
    d->prm = (uint16_t)(0x18 << 1 | 1 << 8);
    db_text(d, "a");
    db_mark(d, 0x07, 0, NULL, 0);
    db_text(d, "b");
    db_mark(d, 0x07, 0, NULL, 0);
    check_doc(d, "T:1x2\nC:0,0 1x1:a\nC:0,1 1x1:b\n");
}

/* ------------------------------------------------------------------ */
/* Text boxes                                                          */

/* Shapes anchored at CPS (N) with ids 0x400 + i, and text box stories
 * STARTS (N + 1, relative to the story) each for the shape of that id. */
static void text_boxes(db_doc *d, const uint32_t *cps, size_t n, const uint32_t *starts)
{
    size_t i;

    for (i = 0; i < n; i++)
        db_u32(&d->spa, cps[i]);
    db_u32(&d->spa, d->ccp_text);
    for (i = 0; i < n; i++) {
        db_u32(&d->spa, 0x400 + (uint32_t)i);
        db_zero(&d->spa, 22);
    }
    for (i = 0; i <= n; i++)
        db_u32(&d->txbx, starts[i]);
    db_u32(&d->txbx, starts[n] + 1);
    for (i = 0; i <= n; i++) {
        db_u32(&d->txbx, 1);
        db_u32(&d->txbx, 0);
        db_u16(&d->txbx, i == n);              /* the last is reusable */
        db_u32(&d->txbx, 0);
        db_u32(&d->txbx, i == n ? 0 : 0x400 + (uint32_t)i);
        db_u32(&d->txbx, 0);
    }
}

/* A drawn object's anchor (a special 0x08) here; its CP. */
static uint32_t anchor_shape(db_doc *d)
{
    uint32_t cp = d->ncp;

    db_chp(d, SPECIAL, sizeof SPECIAL);
    db_char(d, 0x08);
    db_chp(d, NULL, 0);
    return cp;
}

static void test_text_boxes(void **state)
{
    static const int b[] = {0, 1000, 2000};
    db_doc *d = db_new();
    db_bytes t = {0};
    uint32_t anchors[2], starts[3];

    (void)state;
    db_text(d, "段落");
    anchors[0] = anchor_shape(d);
    db_mark(d, 0x0D, 0, NULL, 0);
    db_para(d, "下一段");
    db_cell(d, 1, "诉讼");
    anchors[1] = anchor_shape(d);
    db_cell(d, 1, "");
    db_tdef(&t, 2, b, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    db_end_main(d);
    starts[0] = 0;
    db_para(d, "（注：框内）");
    db_para(d, "");
    starts[1] = d->ncp - d->ccp_text;
    db_para(d, "13");
    db_para(d, "");
    starts[2] = d->ncp - d->ccp_text;
    db_para(d, "");
    text_boxes(d, anchors, 2, starts);
    check_doc(d, "P:段落\nP:（注：框内）\nP:下一段\n"
                 "T:1x2\nC:0,0 1x1:诉讼\nC:0,1 1x1:13\n");
}

/* Footnotes and headers are stories between the main document and the
 * text boxes: their text is not the body's, and the text boxes are found
 * after them. */
static void test_other_stories(void **state)
{
    db_doc *d = db_new();
    uint32_t anchors[1], starts[2];

    (void)state;
    db_text(d, "正文");
    anchors[0] = anchor_shape(d);
    db_mark(d, 0x0D, 0, NULL, 0);
    db_para(d, "末段");
    db_end_main(d);
    db_para(d, "脚注77");
    d->ccp_ftn = d->ncp - d->ccp_text;
    db_para(d, "页眉88");
    db_para(d, "页脚99");
    d->ccp_hdd = d->ncp - d->ccp_text - d->ccp_ftn;
    starts[0] = 0;
    db_para(d, "框内13");
    starts[1] = d->ncp - d->ccp_text - d->ccp_ftn - d->ccp_hdd;
    db_para(d, "");
    text_boxes(d, anchors, 1, starts);
    check_doc(d, "P:正文\nP:框内13\nP:末段\n");
}

/* ------------------------------------------------------------------ */
/* Refusals                                                            */

static void test_not_word(void **state)
{
    static const char *const xls[] = {"Workbook", "SummaryInformation", NULL};
    static const char *const xls5[] = {"Book", NULL};
    static const char *const ppt[] = {"Current User", "PowerPoint Document", NULL};
    static const char *const works[] = {"CONTENTS", "SPELLING", NULL};
    static const char *const ooxml[] = {"EncryptionInfo", "EncryptedPackage", NULL};
    static const char *const other[] = {"Contents", "Foo", NULL};
    unsigned char *f;
    size_t len;

    (void)state;
    f = container_of(xls, &len);
    check_bytes_fail(f, len, XG_ERR_FORMAT, "Excel workbook (.xls), not a Word document");
    free(f);
    f = container_of(xls5, &len);
    check_bytes_fail(f, len, XG_ERR_FORMAT, "Excel workbook (.xls), not a Word document");
    free(f);
    f = container_of(ppt, &len);
    check_bytes_fail(f, len, XG_ERR_FORMAT,
                     "PowerPoint presentation (.ppt), not a Word document");
    free(f);
    f = container_of(works, &len);
    check_bytes_fail(f, len, XG_ERR_UNSUPPORTED,
                     "Works or old WPS document (no WordDocument stream): "
                     "open it and save it as DOCX");
    free(f);
    f = container_of(ooxml, &len);
    check_bytes_fail(f, len, XG_ERR_ENCRYPTED,
                     "password-protected Office document (encrypted package): "
                     "remove the password and save it again");
    free(f);
    (void)other;
    f = container_of((const char *const[]){"Foo", NULL}, &len);
    check_bytes_fail(f, len, XG_ERR_FORMAT,
                     "compound (OLE2) file without a WordDocument stream: "
                     "not a Word document");
    free(f);
}

static void test_refused_word_files(void **state)
{
    db_doc *d;

    (void)state;
    d = db_new();
    db_para(d, "x");
    d->fib_flags = 0x0100;
    check_doc_fails(d, XG_ERR_ENCRYPTED,
                    "password-protected Word document (encrypted): "
                    "remove the password and save it again");
    d = db_new();
    db_para(d, "x");
    d->fib_flags = 0x8100;
    check_doc_fails(d, XG_ERR_ENCRYPTED,
                    "Word document obfuscated with a password (XOR): "
                    "remove the password and save it again");
    d = db_new();
    db_para(d, "x");
    d->nfib = 0x0068;
    check_doc_fails(d, XG_ERR_UNSUPPORTED,
                    "Word 6.0/95 document or older: open it and save it as DOCX");
}

/* Damage to the Word streams, done to a built document through its
 * container's layout. */
typedef void (*damage_fn)(unsigned char *wd, size_t wdlen, unsigned char *table,
                          size_t tablelen);

/* The file D makes (freed) with DAMAGE done to its streams; its length
 * in *LEN. */
static unsigned char *damaged_file(db_doc *d, damage_fn damage, size_t *len)
{
    unsigned char *file, *wd, *table;
    size_t wdlen, tablelen;
    xg_cfb *cfb = NULL;
    xg_error err = {0};
    db_stream s[2];

    file = db_build(d, len);
    db_free(d);
    assert_int_equal(xg_cfb_open(file, *len, &cfb, &err), XG_OK);
    assert_int_equal(xg_cfb_read(cfb, "WordDocument", &wd, &wdlen, &err), XG_OK);
    assert_int_equal(xg_cfb_read(cfb, "1Table", &table, &tablelen, &err), XG_OK);
    xg_cfb_free(cfb);
    free(file);
    damage(wd, wdlen, table, tablelen);
    s[0].name = "WordDocument";
    s[0].p = wd;
    s[0].n = wdlen;
    s[1].name = "1Table";
    s[1].p = table;
    s[1].n = tablelen;
    file = db_cfb(s, 2, 0, len, NULL);
    free(wd);
    free(table);
    return file;
}

static void check_damaged(damage_fn damage, int code, const char *message)
{
    db_doc *d = db_new();
    unsigned char *file;
    size_t len;

    d->piece_len = 1;
    db_para(d, "text");
    db_para(d, "more");
    file = damaged_file(d, damage, &len);
    check_bytes_fail(file, len, code, message);
    free(file);
}

/* The model D gives with DAMAGE done to its streams is EXPECT. */
static void check_damaged_doc(db_doc *d, damage_fn damage, const char *expect)
{
    size_t len;
    unsigned char *file = damaged_file(d, damage, &len);
    xg_doc *doc = xg_doc_new();
    xg_error err = {0};
    char *got;

    assert_non_null(doc);
    assert_int_equal(xg_extract_doc(file, len, doc, &err), XG_OK);
    got = xg_test_dump_doc(doc);
    assert_string_equal(got, expect);
    free(got);
    free(file);
    xg_doc_free(doc);
}

/* Offsets in the built FIB: cbRgFcLcb at 152, then the pairs. */
#define FCLCB(i) (154 + 8 * (i))

static void no_header(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    (void)n; (void)t; (void)tn;
    db_set16(wd, 0x1234);
}

static void fib_truncated(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    (void)n; (void)t; (void)tn;
    db_set16(wd + 32, 60000);
}

static void clx_out_of_range(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    (void)n; (void)t;
    db_set32(wd + FCLCB(33) + 4, (uint32_t)tn);
}

/* The piece table of a built document: its aCP and aPcd arrays. */
static unsigned char *pieces(unsigned char *wd, unsigned char *t, size_t *n,
                             unsigned char **pcd)
{
    uint32_t clx = db_get32(wd + FCLCB(33));
    uint32_t lcb = db_get32(t + clx + 1);

    *n = (lcb - 4) / 12;
    *pcd = t + clx + 5 + 4 * (*n + 1);
    return t + clx + 5;
}

static void pieces_out_of_order(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    unsigned char *pcd, *cp = pieces(wd, t, &n, &pcd);

    (void)tn;
    db_set32(cp + 4 * 2, 0);
}

static void text_past_stream(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    size_t np;
    unsigned char *pcd;

    (void)tn;
    pieces(wd, t, &np, &pcd);
    db_set32(pcd + 8 * 3 + 2, (uint32_t)n - 1);
}

static void fkp_past_stream(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    uint32_t papx = db_get32(wd + FCLCB(13));

    (void)n; (void)tn;
    db_set32(t + papx + 8, 5000);
}

/* The first page is malformed after runs were read from another: the
 * fuzzer's first finding was the runs read so far leaking. */
static void fkp_malformed(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    uint32_t chpx = db_get32(wd + FCLCB(12)), pn = db_get32(t + chpx + 8);

    (void)n; (void)tn;
    wd[512 * pn + 511] = 200;
}

/* Every piece 500 8-bit characters from the same bytes: more text than
 * the stream holds. */
static void text_too_long(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    size_t np, k;
    unsigned char *pcd, *cp = pieces(wd, t, &np, &pcd);

    (void)n; (void)tn;
    for (k = 0; k <= np; k++)
        db_set32(cp + 4 * k, (uint32_t)(500 * k));
    for (k = 0; k < np; k++)
        db_set32(pcd + 8 * k + 2, 2048 | 0x40000000u);
    db_set32(wd + 64 + 12, (uint32_t)(500 * np));      /* ccpText */
}

/* The first FKP page of the bin table at FCLCB(INDEX) (12: character
 * runs, 13: paragraph runs). */
static unsigned char *first_fkp(unsigned char *wd, unsigned char *t, int index)
{
    uint32_t plc = db_get32(wd + FCLCB(index)), lcb = db_get32(wd + FCLCB(index) + 4);
    uint32_t n = (lcb - 4) / 8;

    return wd + 512 * db_get32(t + plc + 4 * (n + 1));
}

/* A run bound gone back, as one byte changed it in a mutant of our
 * corpus (4580 -> 4505 in template_sparse.doc): the end of the 9th
 * paragraph of the first page now lies inside the 5th, so runs overlap. */
static void papx_bound_back(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    unsigned char *page = first_fkp(wd, t, 13);

    (void)n; (void)tn;
    db_set32(page + 4 * 9, db_get32(page + 4 * 4) + 1);
}

static void chpx_bound_wild(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    unsigned char *page = first_fkp(wd, t, 12);

    (void)n; (void)tn;
    page[4 + 1] = 0xE9;     /* the second bound's second byte: far past the text */
}

/* The bound between the hidden 85 and 1731 one byte on, inside the 1. */
static void chpx_bound_odd(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    unsigned char *page = first_fkp(wd, t, 12);

    (void)n; (void)tn;
    db_set32(page + 8, db_get32(page + 8) + 1);
}

/* The first paragraph run ends one byte into the text: inside its first
 * character (reading the character before the text crashed). */
static void papx_end_in_first_char(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    unsigned char *page = first_fkp(wd, t, 13);

    (void)n; (void)tn;
    db_set32(page + 4, db_get32(page) + 1);
}

/* The low byte of the UTF-16 character after the character AFTER in the
 * WordDocument stream WD (N bytes), there FROM, made TO: a mark of the
 * text changed into another character. */
static void change_mark(unsigned char *wd, size_t n, unsigned after, unsigned from, unsigned to)
{
    size_t i;

    for (i = 1024; i + 4 <= n; i += 2)
        if (wd[i] == (after & 0xFF) && wd[i + 1] == after >> 8 && wd[i + 2] == from &&
            wd[i + 3] == 0) {
            wd[i + 2] = (unsigned char)to;
            return;
        }
    fail_msg("no mark %#x after U+%04X", from, after);
}

/* The cell mark after 82 changed into a section sign. */
static void mark_changed(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    (void)t; (void)tn;
    change_mark(wd, n, '2', 0x07, 0xA7);
}

/* The paragraph mark after 商业 changed into a cell mark. */
static void para_mark_into_cell_mark(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    (void)t; (void)tn;
    change_mark(wd, n, 0x4E1A, 0x0D, 0x07);
}

/* Paragraph runs that overlap: where each cell ends is not known.  Read
 * in order, the cells of the first row ran on into the second and its
 * last cells held the second row's 318 (1456 was read as 318).  The
 * bounds around the one gone back are sound: what lies between them
 * (the first row's end, 2.申请内容不明确 and 0) is damaged, its runs not
 * read; the cells of the row holding it are unreadable; the rest is read
 * as it was. */
static void test_damaged_paragraph_runs(void **state)
{
    static const char *const r1[] = {"项目", "本年新收", "总计"};
    static const char *const r2[] = {"1.没有现成信息", "82", "1456"};
    static const char *const r3[] = {"2.申请内容不明确", "0", "318"};
    db_doc *d = db_new();

    (void)state;
    db_simple_row(d, r1, 3, 1000);
    db_simple_row(d, r2, 3, 1000);
    db_simple_row(d, r3, 3, 1000);
    db_para(d, "2023年12月");
    check_damaged_doc(d, papx_bound_back,
                      "T:2x4\n"
                      "C:0,0 1x1:项目\nC:0,1 1x1:本年新收\nC:0,2 1x1:总计\n"
                      "C:1,0 1x1:\xEF\xBF\xBD\nC:1,1 1x1:\xEF\xBF\xBD\n"
                      "C:1,2 1x1:\xEF\xBF\xBD\nC:1,3 1x1:\xEF\xBF\xBD\n"
                      "P:2023年12月\n");
}

/* The first two bounds of a page both gone past the text: the sound
 * bounds around them do not ascend, so no run of the page can be placed:
 * the page is damaged whole, within the bytes the bin table gives it. */
static void papx_two_bounds_wild(unsigned char *wd, size_t n, unsigned char *t, size_t tn)
{
    unsigned char *page = first_fkp(wd, t, 13);

    (void)tn;
    db_set32(page, (uint32_t)n + 1000);
    db_set32(page + 4, (uint32_t)n + 1002);
}

static void test_damaged_paragraph_page(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_para(d, "第1段");
    db_para(d, "第2段");
    db_para(d, "第3段");
    check_damaged_doc(d, papx_two_bounds_wild,
                      "P:第\xEF\xBF\xBD段\\n第\xEF\xBF\xBD段\\n第\xEF\xBF\xBD段\n");
}

/* Character runs whose bounds do not ascend: which characters are
 * deleted or hidden is not known (a deleted 9 read made 13 193, hidden
 * text 851 before 1731 made it 8511731). */
static void test_damaged_character_runs(void **state)
{
    static const char *const head[] = {"项目", "维持"};
    db_doc *d = db_new();
    int bounds[] = {0, 1000, 2000};
    db_bytes t = {0};

    (void)state;
    db_simple_row(d, head, 2, 1000);
    db_cell(d, 1, "行政复议");
    db_text(d, "1");
    db_chp(d, DELETED, sizeof DELETED);
    db_text(d, "9");
    db_chp(d, NULL, 0);
    db_cell(d, 1, "3");
    db_tdef(&t, 2, bounds, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    db_para(d, "共1731件");
    check_damaged_doc(d, chpx_bound_wild,
                      "T:2x2\nC:0,0 1x1:\xEF\xBF\xBD\nC:0,1 1x1:\xEF\xBF\xBD\n"
                      "C:1,0 1x1:\xEF\xBF\xBD\nC:1,1 1x1:\xEF\xBF\xBD\n"
                      "P:共\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD件\n");
}

/* A character run bound inside a character, the runs in order: which
 * run the character is in, whether it shows, is not known (read in the
 * run before, the 1 of 1731 was hidden with 85: 731). */
static void test_character_run_bound_inside_a_character(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_text(d, "共");
    db_chp(d, HIDDEN, sizeof HIDDEN);
    db_text(d, "85");
    db_chp(d, NULL, 0);
    db_para(d, "1731件");
    db_para(d, "第2段");
    check_damaged_doc(d, chpx_bound_odd,
                      "P:共\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD件\nP:第2段\n");
}

static void test_paragraph_run_end_in_first_character(void **state)
{
    db_doc *d = db_new();

    (void)state;
    db_para(d, "ab");
    db_para(d, "cd");
    check_damaged_doc(d, papx_end_in_first_char, "P:ab\\ncd\n");
}

/* A paragraph run that ends on a character that is no mark, inside a
 * piece: the mark was changed into another character, the paragraph end
 * is lost.  In a row of four cells the third then took the fourth's 1456
 * (the total read as the second column's value); the row's cells are
 * unreadable now. */
static void test_cell_mark_changed(void **state)
{
    static const char *const head[] = {"项目", "自然人", "法人", "总计"};
    static const char *const r1[] = {"1.国家秘密", "82", "262", "1456"};
    static const char *const r2[] = {"2.其他", "16", "8", "24"};
    db_doc *d = db_new();

    (void)state;
    db_simple_row(d, head, 4, 1000);
    db_simple_row(d, r1, 4, 1000);
    db_simple_row(d, r2, 4, 1000);
    check_damaged_doc(d, mark_changed,
                      "T:3x4\n"
                      "C:0,0 1x1:项目\nC:0,1 1x1:自然人\nC:0,2 1x1:法人\nC:0,3 1x1:总计\n"
                      "C:1,0 1x1:\xEF\xBF\xBD\nC:1,1 1x1:\xEF\xBF\xBD\n"
                      "C:1,2 1x1:\xEF\xBF\xBD\n"
                      "C:2,0 1x1:2.其他\nC:2,1 1x1:16\nC:2,2 1x1:8\nC:2,3 1x1:24\n");
}

/* A row of more cells than its definition counts: a paragraph mark in a
 * cell changed into a cell mark split the cell 商业企业 in two, and the
 * header names after it stood one column right, 科研机构 over the values
 * of 商业企业.  The row's cells are unreadable; the next row is read. */
static void test_row_of_more_cells(void **state)
{
    static const char *const r1[] = {"1.国家秘密", "82", "262", "344"};
    static const int bounds[] = {0, 1000, 2000, 3000, 4000};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_cell(d, 1, "项目");
    db_cell_para(d, 1, "商业", 0);
    db_cell(d, 1, "企业");
    db_cell(d, 1, "科研机构");
    db_cell(d, 1, "总计");
    db_tdef(&t, 4, bounds, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    db_simple_row(d, r1, 4, 1000);
    check_damaged_doc(d, para_mark_into_cell_mark,
                      "T:2x5\n"
                      "C:0,0 1x1:\xEF\xBF\xBD\nC:0,1 1x1:\xEF\xBF\xBD\n"
                      "C:0,2 1x1:\xEF\xBF\xBD\nC:0,3 1x1:\xEF\xBF\xBD\n"
                      "C:0,4 1x1:\xEF\xBF\xBD\n"
                      "C:1,0 1x1:1.国家秘密\nC:1,1 1x1:82\nC:1,2 1x1:262\nC:1,3 1x1:344\n");
}

/* A cell mark (0x07) that ends no paragraph, with runs in order: a cell
 * end lost, so the row's later cells may hold another's ("82\n262"):
 * the row's cells are unreadable.  Rows next to a damaged one: a cell
 * merged down from it does not take in the cell below (a group label
 * read from it named the row below it); a row whose own end mark is
 * damaged makes the next row damaged too (it may begin with the last
 * cells of another row).  The row after that is read. */
static void test_rows_after_damage(void **state)
{
    static const char *const head[] = {"项目", "申请人", "总计"};
    static const uint16_t first[] = {0x0060, 0, 0}, below[] = {0x0020, 0, 0};
    static const char *const r4[] = {"2.其他", "16", "8"};
    static const char *const r5[] = {"3.危及", "1073", "9"};
    static const int bounds[] = {0, 1000, 2000, 3000};
    db_doc *d = db_new();
    db_bytes t = {0};

    (void)state;
    db_simple_row(d, head, 3, 1000);
    db_cell(d, 1, "二、上年结转");
    db_text(d, "8");
    db_char(d, 0x07);
    db_cell(d, 1, "2");
    db_cell(d, 1, "1456");
    db_tdef(&t, 3, bounds, first);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "");
    db_cell(d, 1, "（二）部分公开");
    db_cell(d, 1, "275");
    db_tdef(&t, 3, bounds, below);
    db_row(d, 1, t.p, t.n);
    t.n = 0;
    db_cell(d, 1, "1.国家秘密");
    db_cell(d, 1, "951");
    db_cell(d, 1, "7");
    db_char(d, 0x07);
    db_tdef(&t, 3, bounds, NULL);
    db_row(d, 1, t.p, t.n);
    free(t.p);
    db_simple_row(d, r4, 3, 1000);
    db_simple_row(d, r5, 3, 1000);
    check_doc(d, "T:6x3\n"
                 "C:0,0 1x1:项目\nC:0,1 1x1:申请人\nC:0,2 1x1:总计\n"
                 "C:1,0 1x1:\xEF\xBF\xBD\nC:1,1 1x1:\xEF\xBF\xBD\nC:1,2 1x1:\xEF\xBF\xBD\n"
                 "C:2,0 1x1:\nC:2,1 1x1:（二）部分公开\nC:2,2 1x1:275\n"
                 "C:3,0 1x1:\xEF\xBF\xBD\nC:3,1 1x1:\xEF\xBF\xBD\n"
                 "C:3,2 1x1:\xEF\xBF\xBD\n"
                 "C:4,0 1x1:\xEF\xBF\xBD\nC:4,1 1x1:\xEF\xBF\xBD\n"
                 "C:4,2 1x1:\xEF\xBF\xBD\n"
                 "C:5,0 1x1:3.危及\nC:5,1 1x1:1073\nC:5,2 1x1:9\n");
}

static void test_damaged_streams(void **state)
{
    (void)state;
    check_damaged(no_header, XG_ERR_CORRUPT, "WordDocument stream without a Word header (FIB)");
    check_damaged(fib_truncated, XG_ERR_CORRUPT, "FIB truncated");
    check_damaged(clx_out_of_range, XG_ERR_CORRUPT,
                  "piece table (Clx) past the end of the table stream");
    check_damaged(pieces_out_of_order, XG_ERR_CORRUPT,
                  "piece table: character positions out of order");
    check_damaged(text_past_stream, XG_ERR_CORRUPT,
                  "piece table: text past the end of the WordDocument stream");
    check_damaged(fkp_past_stream, XG_ERR_CORRUPT,
                  "paragraph properties: page past the end of the WordDocument stream");
    check_damaged(fkp_malformed, XG_ERR_CORRUPT, "character properties: page malformed");
    check_damaged(text_too_long, XG_ERR_CORRUPT,
                  "piece table: more text than the WordDocument stream holds");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cfb_streams),
        cmocka_unit_test(test_cfb_broken_chains),
        cmocka_unit_test(test_cfb_bad_headers),
        cmocka_unit_test(test_cfb_directory_shapes),
        cmocka_unit_test(test_paragraphs_and_characters),
        cmocka_unit_test(test_pieces),
        cmocka_unit_test(test_runs_ending_inside_paragraphs),
        cmocka_unit_test(test_stale_text_between_pieces),
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_field_nesting_limit),
        cmocka_unit_test(test_revisions_and_hidden_text),
        cmocka_unit_test(test_piece_prm),
        cmocka_unit_test(test_special_characters),
        cmocka_unit_test(test_mark_inside_paragraph),
        cmocka_unit_test(test_hidden_by_style),
        cmocka_unit_test(test_table_basic),
        cmocka_unit_test(test_table_grid_from_boundaries),
        cmocka_unit_test(test_table_narrow_cell),
        cmocka_unit_test(test_table_zero_width_cell),
        cmocka_unit_test(test_table_vertical_merge),
        cmocka_unit_test(test_table_horizontal_merge),
        cmocka_unit_test(test_table_word_row_sprms),
        cmocka_unit_test(test_table_cell_sprms),
        cmocka_unit_test(test_table_deleted_row_and_huge_papx),
        cmocka_unit_test(test_nested_table),
        cmocka_unit_test(test_table_nesting_limit),
        cmocka_unit_test(test_table_in_prm_and_unfinished_row),
        cmocka_unit_test(test_text_boxes),
        cmocka_unit_test(test_other_stories),
        cmocka_unit_test(test_not_word),
        cmocka_unit_test(test_refused_word_files),
        cmocka_unit_test(test_damaged_streams),
        cmocka_unit_test(test_damaged_paragraph_runs),
        cmocka_unit_test(test_damaged_paragraph_page),
        cmocka_unit_test(test_damaged_character_runs),
        cmocka_unit_test(test_rows_after_damage),
        cmocka_unit_test(test_character_run_bound_inside_a_character),
        cmocka_unit_test(test_paragraph_run_end_in_first_character),
        cmocka_unit_test(test_cell_mark_changed),
        cmocka_unit_test(test_row_of_more_cells),
    };

    XG_RUN_TESTS(tests);
}
