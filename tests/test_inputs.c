/* The inputs of a batch: names in the dataset, clashes, walking folders,
 * shards, what a file is by content; SHA-256; and the libraries loaded
 * when first needed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "inputs.h"
#include "lazylib.h"
#include "sha256.h"

static void name_is(const char *path, const char *want)
{
    char *got = xg_input_name(path);

    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void test_names(void **state)
{
    (void)state;
    name_is("downloads/2023/a.pdf", "downloads/2023/a.pdf");
    name_is("./downloads//2023/./a.pdf", "downloads/2023/a.pdf");
    name_is("/data/dl/a.pdf", "data/dl/a.pdf");
    name_is("../../dl/a.pdf", "dl/a.pdf");
    name_is("dl/x/../a.pdf", "dl/a.pdf");
    name_is("dl/x/y/../../a.pdf", "dl/a.pdf");
    name_is("../x/../a.pdf", "a.pdf");
    name_is("a.pdf", "a.pdf");
}

static void test_clash_and_twice(void **state)
{
    xg_inputs *in = xg_inputs_new();
    xg_error err = {0};

    (void)state;
    assert_int_equal(xg_inputs_add(in, "dl/a.pdf", &err), XG_OK);
    assert_int_equal(xg_inputs_add(in, "./dl//a.pdf", &err), XG_OK);     /* the same file */
    assert_int_equal(xg_inputs_count(in), 1);
    assert_int_equal(xg_inputs_add(in, "../dl/a.pdf", &err), XG_ERR_USAGE);
    assert_string_equal(err.message, "dl/a.pdf and ../dl/a.pdf would both be named dl/a.pdf in the dataset");
    assert_int_equal(xg_inputs_walked(in, 0), 0);
    assert_null(xg_inputs_problem(in, 0));
    xg_inputs_free(in);
}

static void touch(const char *path)
{
    FILE *f = fopen(path, "w");

    assert_non_null(f);
    fputs("x\n", f);
    fclose(f);
}

static void test_walk(void **state)
{
    char dir[] = "/tmp/xg_inputs_XXXXXX", path[256];
    xg_inputs *in = xg_inputs_new();
    xg_error err = {0};
    size_t i;
    static const char *const want[] = {"/b/1.txt", "/b/c/2.txt", "/z.txt"};

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/b", dir);
    assert_int_equal(mkdir(path, 0777), 0);
    snprintf(path, sizeof path, "%s/b/c", dir);
    assert_int_equal(mkdir(path, 0777), 0);
    snprintf(path, sizeof path, "%s/.hidden", dir);
    assert_int_equal(mkdir(path, 0777), 0);
    snprintf(path, sizeof path, "%s/.hidden/h.txt", dir);
    touch(path);
    snprintf(path, sizeof path, "%s/z.txt", dir);
    touch(path);
    snprintf(path, sizeof path, "%s/.z.txt", dir);
    touch(path);
    snprintf(path, sizeof path, "%s/b/1.txt", dir);
    touch(path);
    snprintf(path, sizeof path, "%s/b/c/2.txt", dir);
    touch(path);
    snprintf(path, sizeof path, "%s/link.txt", dir);
    assert_int_equal(symlink("z.txt", path), 0);
    snprintf(path, sizeof path, "%s/dirlink", dir);
    assert_int_equal(symlink("b", path), 0);

    assert_int_equal(xg_inputs_add(in, dir, &err), XG_OK);
    assert_int_equal(xg_inputs_count(in), 3);
    for (i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s%s", dir, want[i]);
        assert_string_equal(xg_inputs_path(in, i), path);
        assert_string_equal(xg_inputs_name(in, i), path + 1);
        assert_int_equal(xg_inputs_walked(in, i), 1);
    }
    xg_inputs_free(in);
    for (i = 3; i-- > 0;) {
        snprintf(path, sizeof path, "%s%s", dir, want[i]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/b/c", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/b", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/.hidden/h.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/.hidden", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/.z.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/link.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/dirlink", dir);
    unlink(path);
    rmdir(dir);
}

static void test_list_and_shards(void **state)
{
    xg_inputs *all = xg_inputs_new(), *part;
    xg_error err = {0};
    char text[] = "a/1.txt\r\n\na/2.txt\nb/3.txt\nb/4.txt\nc/5.txt\nc/6.txt\nc/7.txt";
    FILE *list = fmemopen(text, strlen(text), "r");
    size_t k, i, j, seen = 0;

    (void)state;
    assert_int_equal(xg_inputs_add_list(all, list, "list", &err), XG_OK);
    fclose(list);
    assert_int_equal(xg_inputs_count(all), 7);
    assert_string_equal(xg_inputs_name(all, 0), "a/1.txt");
    assert_string_equal(xg_inputs_name(all, 6), "c/7.txt");
    /* every input in exactly one of three shards */
    for (k = 1; k <= 3; k++) {
        list = fmemopen(text, strlen(text), "r");
        part = xg_inputs_new();
        assert_int_equal(xg_inputs_add_list(part, list, "list", &err), XG_OK);
        fclose(list);
        xg_inputs_shard(part, (unsigned)k, 3);
        seen += xg_inputs_count(part);
        for (i = 0; i < xg_inputs_count(part); i++) {
            for (j = 0; j < xg_inputs_count(all); j++)
                if (strcmp(xg_inputs_name(part, i), xg_inputs_name(all, j)) == 0)
                    break;
            assert_true(j < xg_inputs_count(all));
        }
        xg_inputs_free(part);
    }
    assert_int_equal(seen, 7);
    xg_inputs_free(all);
}

/* A compound file whose directory (at 1024) holds NAME as an entry, or,
 * with IN_TEXT, only NAME in UTF-16 in its content. */
static const char *ole_with(const char *name, int in_text)
{
    static unsigned char file[2048];
    size_t i, len = strlen(name);

    memset(file, 0, sizeof file);
    memcpy(file, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    for (i = 0; i < len; i++)
        file[(in_text ? 1500 : 1024) + 2 * i] = (unsigned char)name[i];
    if (!in_text)
        file[1024 + 64] = (unsigned char)(2 * (len + 1));
    return xg_content_kind(file, sizeof file);
}

static void test_content_kind(void **state)
{
    static const unsigned char png[] = "\x89PNG\r\n\x1a\n....";
    static const unsigned char jpeg[] = "\xFF\xD8\xFF\xE0....";
    static const unsigned char pdf[] = "%PDF-1.7\n";
    static const unsigned char empty_zip[] = "PK\5\6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    static const unsigned char text[] = "东营市第二人民医院\n2024年信息公开工作年度报告\n";
    static const unsigned char bmp_text[] = "BMW 320i 年度报告 ........................";

    (void)state;
    assert_string_equal(xg_content_kind(png, sizeof png - 1), "PNG image");
    assert_string_equal(xg_content_kind(jpeg, sizeof jpeg - 1), "JPEG image");
    assert_null(xg_content_kind(pdf, sizeof pdf - 1));
    assert_null(ole_with("WordDocument", 0));
    assert_string_equal(ole_with("Workbook", 0), "XLS spreadsheet");
    assert_string_equal(ole_with("Book", 0), "XLS spreadsheet");
    assert_string_equal(ole_with("PowerPoint Document", 0), "PPT presentation");
    assert_null(ole_with("Book", 1));       /* the word in a text, not a stream */
    assert_string_equal(xg_content_kind(empty_zip, sizeof empty_zip - 1), "ZIP archive");
    assert_null(xg_content_kind(text, sizeof text - 1));
    assert_null(xg_content_kind(bmp_text, sizeof bmp_text - 1));
    assert_null(xg_content_kind((const unsigned char *)"", 0));
}

/* A library that is not there, and one without a function, say which. */
static void test_lazy_libraries(void **state)
{
    static const char *const absent[] = {"libxxgk-absent.so.9", "libxxgk-absent.so", NULL};
    static const char *const libc[] = {"libc.so.6", NULL};
    size_t (*length)(const char *) = NULL;
    xg_error err = {0};
    void *lib;

    (void)state;
    assert_null(xg_lazy_open(absent, "libabsent", "libabsent9", &err));
    assert_int_equal(err.code, XG_ERR_UNSUPPORTED);
    assert_string_equal(err.message, "libabsent not found (install libabsent9)");
    lib = xg_lazy_open(libc, "libc", "libc6", &err);
    assert_non_null(lib);
    assert_int_equal(xg_lazy_sym(lib, "strlen", (void **)&length, "libc", &err), 1);
    assert_int_equal(length("年度报告"), 12);
    assert_int_equal(xg_lazy_sym(lib, "xg_no_such_function", (void **)&length, "libc", &err), 0);
    assert_null(length);
    assert_string_equal(err.message, "libc without xg_no_such_function (too old)");
}

static void sha_is(const char *data, size_t size, const char *want)
{
    xg_sha256 ctx;
    char hex[65];

    xg_sha256_init(&ctx);
    xg_sha256_update(&ctx, data, size);
    xg_sha256_hex(&ctx, hex);
    assert_string_equal(hex, want);
}

static void test_sha256(void **state)
{
    static const char two_blocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    xg_sha256 ctx;
    char hex[65], *million = malloc(1000000);
    size_t i;

    (void)state;
    /* FIPS 180-4 examples */
    sha_is("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha_is("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha_is(two_blocks, strlen(two_blocks),
           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    assert_non_null(million);
    memset(million, 'a', 1000000);
    sha_is(million, 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* fed in uneven pieces */
    xg_sha256_init(&ctx);
    for (i = 0; i < 1000000; i += 777)
        xg_sha256_update(&ctx, million + i, 1000000 - i < 777 ? 1000000 - i : 777);
    xg_sha256_hex(&ctx, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(million);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_clash_and_twice),
        cmocka_unit_test(test_walk),
        cmocka_unit_test(test_list_and_shards),
        cmocka_unit_test(test_content_kind),
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_lazy_libraries),
    };
    XG_RUN_TESTS(tests);
}
