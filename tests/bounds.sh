#!/bin/sh
# Every bound on an HTML page or a text file (man/xxgk.1, LIMITS) reached by
# an input made here, just past it: the conversion fails with exit status
# 2 and one line on stderr naming the file and the bound; nothing on
# stdout.  The inputs are generated (a few MB each), not kept.
set -u
XXGK=${XXGK:-./xxgk}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

# expect_limit NAME MESSAGE: "$tmp/NAME" fails with "xxgk: FILE: MESSAGE"
expect_limit() {
    f=$tmp/$1
    $XXGK "$f" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    if [ $rc -ne 2 ]; then
        failed=$((failed + 1)); echo "FAIL: $1: exit $rc, want 2: $(head -c 300 "$tmp/err")"
    elif [ "$(cat "$tmp/err")" != "xxgk: $f: $2" ]; then
        failed=$((failed + 1)); echo "FAIL: $1: stderr '$(head -c 300 "$tmp/err")', want 'xxgk: $f: $2'"
    elif [ -s "$tmp/out" ]; then
        failed=$((failed + 1)); echo "FAIL: $1: wrote to stdout"
    else
        passed=$((passed + 1))
    fi
}

# repeat N TEXT: TEXT N times, no separator
repeat() { awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

page() { printf '<html><head><meta charset="utf-8"></head><body>'; }

# HTML: elements, attributes and text nodes (50 MB of <td> took 2 GB)
{ page; repeat 500001 '<b>x</b>'; } > "$tmp/nodes.html"
expect_limit nodes.html "page of more than 1000000 elements, attributes and text nodes"
# attributes of one element (libxml2 compares each with all before it)
{ page; printf '<p'; repeat 201 ' a=1'; printf '>x</p>'; } > "$tmp/attrs.html"
expect_limit attrs.html "an element with more than 200 attributes"
# element depth (libxml2's own bound)
{ page; repeat 300 '<div>'; printf 'x'; } > "$tmp/deep.html"
expect_limit deep.html "HTML nested deeper than 256 elements"
# tables in tables
{ page; repeat 33 '<table><tr><td>'; printf 'x'; } > "$tmp/nested.html"
expect_limit nested.html "tables nested deeper than 32"
# one table: cells, grid positions (a row's cells past column 1000 are
# dropped, as browsers cap colspan: tests/test_html.c)
{ page; printf '<table><tr><td>a</td><td>b</td></tr>'; repeat 100001 '<tr><td>1</td><td>2</td></tr>'; } > "$tmp/cells.html"
expect_limit cells.html "table larger than 200000 cells"
{ page; printf '<table>'; repeat 4200 '<tr><td colspan="999">1</td><td>2</td></tr>'; } > "$tmp/area.html"
expect_limit area.html "table grid larger than 4194304 positions"
# paragraphs and tables of one document
{ page; repeat 100001 '<p>x</p>'; } > "$tmp/paragraphs.html"
expect_limit paragraphs.html "more than 100000 paragraphs and tables"

# text: lines, then paragraphs, cells of a row
repeat 2000001 '
' > "$tmp/lines.txt"
expect_limit lines.txt "text of more than 2000000 lines"
repeat 100001 'x
' > "$tmp/paragraphs.txt"
expect_limit paragraphs.txt "more than 100000 paragraphs and tables"
{ printf '规章'; repeat 1001 '	1'; printf '\n'; } > "$tmp/wide.txt"
expect_limit wide.txt "table wider than 1000 columns"
# table cells of the whole document: runs of numbers under labels, in
# text without row breaks, 998 numbers a table (12000 of them took 1.9 GB)
run=$(repeat 998 '7 ')
repeat 1003 "规章
$run
" > "$tmp/doccells.txt"
expect_limit doccells.txt "more than 1000000 table cells"
# and any input: its size
head -c 67108865 /dev/zero | tr '\0' 'x' > "$tmp/big.txt"
expect_limit big.txt "file larger than 67108864 bytes"

echo "bounds: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
