#!/bin/sh
# Recreate the raw pdftotext samples of corpus/text (NAME-raw.txt): the text
# `pdftotext FILE` (no -layout: poppler's reading order, one cell a block)
# gives for
#   1. every corpus/pdf/*.pdf;
#   2. LibreOffice exports of corpus/docx/lo_2019_flat.docx and
#      cell_paragraphs.docx;
#   3. tools/text_src/drawn_rows.draw, rendered by tools/pdf_src/drawpdf.c:
#      a report drawn with cells top-aligned and rules between rows, whose
#      text comes out row by row (the values: drawn_rows.expected.csv).
# Needs poppler-utils, soffice and cairo's headers.  LibreOffice output is
# not byte-reproducible and poppler's order may change between versions,
# so the committed texts are the reference.  Then: UPDATE=1 tests/golden.sh
# and review; each NAME-raw.expected.csv holds the source's values where
# xxgk reads them, empty where it refuses the row (never another value).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$root/corpus/text"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for pdf in "$root"/corpus/pdf/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pdftotext "$pdf" "$out/$name-raw.txt"
    echo "$out/$name-raw.txt"
done
for name in lo_2019_flat cell_paragraphs; do
    soffice -env:UserInstallation=file://"$tmp"/profile --headless \
        --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$root/corpus/docx/$name.docx" >/dev/null
    pdftotext "$tmp/$name.pdf" "$out/$name-raw.txt"
    echo "$out/$name-raw.txt"
done
${CC:-cc} -O2 -o "$tmp/drawpdf" "$root/tools/pdf_src/drawpdf.c" $(pkg-config --cflags --libs cairo)
"$tmp/drawpdf" "$here/text_src/drawn_rows.draw" "$tmp/drawn_rows.pdf"
pdftotext "$tmp/drawn_rows.pdf" "$out/drawn_rows-raw.txt"
echo "$out/drawn_rows-raw.txt"
