#!/bin/sh
# Recreate corpus/docx/lo_*.docx from the HTML and flat ODF sources in tools/lo_src/ with
# LibreOffice (needs soffice: apt-get install libreoffice-writer-nogui fonts-noto-cjk).
# The sources and the truth files (lo_*.expected.csv, lo_*.truth.json) are written
# by tools/gen_docx_corpus.py; run that first if the values changed.
# LibreOffice output is not byte-reproducible (it stamps dates and ids), so the
# committed .docx are the reference; CI does not need LibreOffice.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$root/corpus/docx"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in "$here"/lo_src/*.html; do
    name=$(basename "$src" .html)
    soffice -env:UserInstallation=file://"$tmp"/profile --headless \
        --infilter="HTML (StarWriter)" \
        --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$src" >/dev/null
    cp "$tmp/$name.docx" "$out/$name.docx"
    echo "$out/$name.docx"
done
# flat ODF sources (tools/gen_lo_fodt.py): LibreOffice's own format
for src in "$here"/lo_src/*.fodt; do
    name=$(basename "$src" .fodt)
    soffice -env:UserInstallation=file://"$tmp"/profile --headless \
        --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$src" >/dev/null
    cp "$tmp/$name.docx" "$out/$name.docx"
    echo "$out/$name.docx"
done
