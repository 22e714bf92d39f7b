#!/bin/sh
# Every Word 97-2003 / WPS sample gives the report its DOCX twin gives:
# corpus/doc/NAME{,_html,_wps}.expected.json equals
# corpus/docx/NAME.expected.json but for "source" (file name, format) and
# "sources" (where each value was found; corpus/doc/README.md says why
# some differ).  golden.sh checks that xxgk prints the expected files.
set -u
CORPUS=${CORPUS:-corpus}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

report() {   # the JSON without source and sources
    sed -e '/^  "source": /d' -e '/^  "sources": {$/,/^  },$/d' "$1"
}

for json in "$CORPUS"/doc/*.expected.json; do
    name=${json##*/}
    name=${name%.expected.json}
    case $name in
        *_html) twin=${name%_html} ;;
        *_wps) twin=${name%_wps} ;;
        *) twin=$name ;;
    esac
    twin_json=$CORPUS/docx/$twin.expected.json
    if [ ! -f "$twin_json" ]; then
        echo "FAIL: $name: no twin $twin_json"
        failed=$((failed + 1))
        continue
    fi
    report "$json" > "$tmp/doc"
    report "$twin_json" > "$tmp/docx"
    if ! grep -q '"tables"' "$tmp/doc" || grep -q '"sources"' "$tmp/doc"; then
        echo "FAIL: $name: expected JSON not in the form this script reads"
        failed=$((failed + 1))
    elif cmp -s "$tmp/doc" "$tmp/docx"; then
        passed=$((passed + 1))
    else
        echo "FAIL: $name differs from its twin $twin.docx:"
        diff -u "$tmp/docx" "$tmp/doc" | head -n 20
        failed=$((failed + 1))
    fi
done
echo "doc twins: $passed equal to their DOCX twin, $failed not"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
