#!/bin/sh
# Recreate corpus/doc/ with LibreOffice (needs soffice: apt-get install
# libreoffice-writer-nogui fonts-noto-cjk) and a built ./xxgk:
#  - NAME.doc: each DOCX sample of corpus/docx/ saved as Word 97-2003 by
#    LibreOffice (`soffice --convert-to doc`); word_features with its
#    content controls unwrapped first (see corpus/doc/README.md); its truth
#    is the twin's: NAME.expected.csv is a copy of
#    corpus/docx/NAME.expected.csv;
#  - NAME_html.doc: the LibreOffice HTML sources (tools/lo_src/) saved as
#    .doc straight from HTML, not through DOCX; truth: the lo_*.docx
#    twin's;
#  - NAME_wps.wps: a .doc under the name WPS Office gives the same format;
#  - corpus/sniff/doc_*: .doc files with no extension, a .docx and a .dot
#    name;
#  - NAME.expected.json: xxgk's output, written here and checked against
#    the twin's expected JSON: everything but the source must be equal
#    (the table, row and column of a value may differ where the binary
#    format cannot say what DOCX said; the script prints those files).
# LibreOffice output is not byte-reproducible (it stamps dates and ids), so
# the committed .doc files are the reference; CI does not need LibreOffice.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
docx="$root/corpus/docx"
out="$root/corpus/doc"
xxgk="$root/xxgk"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

lo() {
    soffice -env:UserInstallation=file://"$tmp"/profile --headless "$@" >/dev/null 2>&1
}

# twin NAME TWIN: the truth of corpus/doc/NAME is corpus/docx/TWIN's
twin() {
    cp "$docx/$2.expected.csv" "$out/$1.expected.csv"
    cp "$docx/$2.truth.json" "$out/$1.truth.json"
    echo "$2" > "$tmp/$1.twin"
}

# unwrap SRC OUT: SRC with its content controls (w:sdt) replaced by their
# content, which LibreOffice would turn into form fields, losing the
# revision marks inside them
unwrap() {
    python3 - "$1" "$2" <<'PY'
import re, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
sdt = re.compile(r'<w:sdt(?: [^>]*)?>\s*(?:<w:sdtPr>.*?</w:sdtPr>)?\s*'
                 r'(?:<w:sdtEndPr>.*?</w:sdtEndPr>|<w:sdtEndPr/>)?\s*'
                 r'<w:sdtContent>(.*?)</w:sdtContent>\s*</w:sdt>', re.S)
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            data = sdt.sub(r'\1', data.decode('utf-8')).encode('utf-8')
        zout.writestr(item, data)
PY
}

for src in "$docx"/*.docx; do
    name=$(basename "$src" .docx)
    if [ "$name" = word_features ]; then
        mkdir -p "$tmp/unwrapped"
        unwrap "$src" "$tmp/unwrapped/$name.docx"
        src="$tmp/unwrapped/$name.docx"
    fi
    lo --convert-to doc:"MS Word 97" --outdir "$tmp" "$src"
    cp "$tmp/$name.doc" "$out/$name.doc"
    twin "$name" "$name"
done
for src in "$here"/lo_src/*.html; do
    name=$(basename "$src" .html)
    mkdir -p "$tmp/html"
    lo --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" --outdir "$tmp/html" "$src"
    cp "$tmp/html/$name.doc" "$out/${name}_html.doc"
    twin "${name}_html" "$name"
done
for name in template_filled layout_2019; do
    cp "$out/$name.doc" "$out/${name}_wps.wps"
    twin "${name}_wps" "$name"
done

# Content sniffing (corpus/sniff/): .doc files under other names, a
# Word document whatever its name.
sniff="$root/corpus/sniff"
for pair in broken_labels:doc_no_extension heading_variants:doc_named_docx.docx \
            word_fields_revisions:doc_named_dot.dot; do
    name=${pair%%:*} copy=${pair#*:}
    cp "$out/$name.doc" "$sniff/$copy"
    cp "$docx/$name.expected.csv" "$sniff/${copy%.*}.expected.csv"
    cp "$docx/$name.truth.json" "$sniff/${copy%.*}.truth.json"
    "$xxgk" "$sniff/$copy" > "$sniff/${copy%.*}.expected.json"
done

# Expected JSON, and the review against the twins.
status=0
for f in "$out"/*.doc "$out"/*.wps; do
    base=$(basename "$f")
    name=${base%.*}
    "$xxgk" "$f" > "$out/$name.expected.json"
    "$xxgk" -f csv "$f" | cmp -s - "$out/$name.expected.csv" ||
        { echo "$base: values differ from its twin's"; status=1; }
    t=$(cat "$tmp/$name.twin")
    # the report without its source and the sources of its values
    strip() { awk '/^  "source":/ { next } /^  "sources": \{/ { skip = 1; next }
                   skip && /^  \}/ { skip = 0; next } !skip' "$1"; }
    sources() { awk '/^  "sources": \{/ { on = 1 } on { print } on && /^  \}/ { exit }' "$1"; }
    strip "$out/$name.expected.json" > "$tmp/a"
    strip "$docx/$t.expected.json" > "$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || { echo "$base: report differs from $t.docx's"; status=1; }
    sources "$out/$name.expected.json" > "$tmp/a"
    sources "$docx/$t.expected.json" > "$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || echo "$base: value sources differ from $t.docx's (review)"
done
exit $status
