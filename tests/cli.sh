#!/bin/sh
# The command line: exact error messages and exit statuses for bad inputs,
# no half-written output, options.
set -u
XXGK=${XXGK:-./xxgk}
CORPUS=${CORPUS:-corpus}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect_error FILE STATUS MESSAGE: stderr is exactly "xxgk: FILE: MESSAGE"
expect_error() {
    $XXGK "$1" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    want="xxgk: $1: $3"
    if [ $rc -ne "$2" ]; then
        bad "$1: exit $rc, want $2"
    elif [ "$(cat "$tmp/err")" != "$want" ]; then
        bad "$1: stderr '$(cat "$tmp/err")', want '$want'"
    elif [ -s "$tmp/out" ]; then
        bad "$1: wrote to stdout on error"
    else
        ok
    fi
}

B=$CORPUS/bad
expect_error "$B/empty.docx" 2 "empty file"
expect_error "$B/truncated.docx" 2 "not a zip archive"
expect_error "$B/no_document.docx" 2 "not a Word document: no _rels/.rels"
expect_error "$B/doctype.docx" 2 "word/document.xml: document type declaration not allowed"
expect_error "$B/bomb.docx" 2 "word/document.xml: entry larger than 67108864 bytes"
expect_error "$B/no_tables.docx" 3 "no table of a known layout (the national format of 2019 or 2021) found; seen: no table, 23 paragraphs"
expect_error "$B/not_a_zip.docx" 3 "no table of a known layout (the national format of 2019 or 2021) found; seen: no table, 1 paragraph"
expect_error "$B/pre2019_statistics.html" 3 "no table of a known layout (the national format of 2019 or 2021) found; seen: 1 table, the first beginning \"统计指标 | 单位 | 统计数\""
expect_error "$tmp/missing.docx" 2 "cannot open: No such file or directory"
expect_error "$tmp" 2 "is a directory"
# compound (OLE2) files: a Word document whatever its name, anything else
# refused with what it is
printf '\320\317\021\340\241\261\032\341rest' > "$tmp/old.doc"
expect_error "$tmp/old.doc" 2 "compound file header truncated"
expect_error "$B/truncated.doc" 2 "compound file header truncated"
expect_error "$B/chain_loop.doc" 2 "WordDocument stream: sector chain loops"
expect_error "$B/encrypted.doc" 2 "password-protected Word document (encrypted): remove the password and save it again"
expect_error "$B/obfuscated.doc" 2 "Word document obfuscated with a password (XOR): remove the password and save it again"
expect_error "$B/word95.doc" 2 "Word 6.0/95 document or older: open it and save it as DOCX"
expect_error "$B/workbook.xls" 2 "Excel workbook (.xls), not a Word document"
expect_error "$B/slides.ppt" 2 "PowerPoint presentation (.ppt), not a Word document"
expect_error "$B/works.wps" 2 "Works or old WPS document (no WordDocument stream): open it and save it as DOCX"
expect_error "$B/password.docx" 2 "password-protected Office document (encrypted package): remove the password and save it again"
expect_error "$B/no_word_stream.doc" 2 "compound (OLE2) file without a WordDocument stream: not a Word document"

# usage errors: status 1
$XXGK > /dev/null 2>&1; [ $? -eq 1 ] && ok || bad "no argument: want status 1"
$XXGK -f xml "$CORPUS/docx/template_filled.docx" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && [ "$(cat "$tmp/err")" = "xxgk: unknown format 'xml' (json or csv)" ] && ok || bad "-f xml"
$XXGK --ocr-min-confidence 101 "$CORPUS/docx/template_filled.docx" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && [ "$(cat "$tmp/err")" = "xxgk: --ocr-min-confidence takes a number from 0 to 100" ] && ok || bad "--ocr-min-confidence 101"
# OCR: a value read with less confidence than asked for is null, with a
# warning (a scan read twice: once with the default, once asking 99.5)
if [ "${XXGK_OCR:-yes}" != no ]; then
    $XXGK --ocr-min-confidence 99.5 "$CORPUS/scan/scan_norules_300.pdf" > "$tmp/strict.json" 2> "$tmp/err"
    n=$(grep -c 'with confidence [0-9.]*, under 99.5: null (page 1)' "$tmp/strict.json")
    [ "$n" -gt 0 ] && ! grep -q 'under 80.0' "$CORPUS/scan/scan_norules_300.expected.json" &&
        ok || bad "--ocr-min-confidence 99.5 on a scan: $n warnings $(cat "$tmp/err")"
else
    echo "SKIP: --ocr-min-confidence on a scan: built without OCR"
fi
$XXGK a b > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] && [ "$(cat "$tmp/err")" = "xxgk: several files need -d DIR" ] && ok || bad "two files without -d"
$XXGK --version | grep -q '^xxgk [0-9]' && ok || bad "--version"

# "-" reads standard input, with the same output as the file
$XXGK -f csv - < "$CORPUS/docx/template_filled.docx" > "$tmp/stdin.csv" && cmp -s "$tmp/stdin.csv" "$CORPUS/docx/template_filled.expected.csv" && ok || bad "- from standard input"
$XXGK - < /dev/null > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && [ "$(cat "$tmp/err")" = "xxgk: -: empty file" ] && ok || bad "empty standard input: $(cat "$tmp/err")"

# -o: the file appears whole or not at all
good=$CORPUS/docx/template_filled.docx
$XXGK -f csv -o "$tmp/out.csv" "$good" && [ "$(head -n 1 "$tmp/out.csv")" = "$(printf 'table,row,col,value\r')" ] && ok || bad "-o csv"
[ "$(grep -c . "$tmp/out.csv")" -eq 201 ] && ok || bad "csv: 200 values and a header"
$XXGK -o "$tmp/none.json" "$B/doctype.docx" 2> /dev/null
[ ! -e "$tmp/none.json" ] && ok || bad "-o left a file after an error"
[ -z "$(ls "$tmp" | grep tmp)" ] && ok || bad "-o left a temporary file"
$XXGK -o "$tmp/no/such/dir/out.json" "$good" 2> "$tmp/err"
rc=$?
[ $rc -eq 4 ] && [ "$(cat "$tmp/err")" = "xxgk: cannot write $tmp/no/such/dir/out.json: No such file or directory" ] && ok || bad "-o into a missing directory: exit $rc: $(cat "$tmp/err")"

# -o to a device or a pipe writes into it, never replaces it (as root a
# rename would put a file in place of /dev/null)
mkfifo "$tmp/pipe" && { cat "$tmp/pipe" > "$tmp/piped" & }
$XXGK -f csv -o "$tmp/pipe" "$good"
wait
[ -p "$tmp/pipe" ] && cmp -s "$tmp/piped" "$CORPUS/docx/template_filled.expected.csv" && ok || bad "-o into a pipe"
$XXGK -o "$tmp" "$good" 2> "$tmp/err"
[ "$(cat "$tmp/err")" = "xxgk: cannot write $tmp: Is a directory" ] && ok || bad "-o a folder: $(cat "$tmp/err")"

# batch mode: tests/batch.sh

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
