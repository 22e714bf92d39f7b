#!/bin/sh
# Every value a corpus PDF's expected CSV holds is the value its source
# holds: corpus/pdf/NAME.expected.csv against what xxgk reads from
# tools/pdf_src/NAME.docx, the document the PDF was exported from (the
# DOCX path reads every cell of these exactly; tests/golden.sh checks
# that).  A PDF cell may be null where its source has a value, never
# another value.  tests/pdf_sources.known lists the values known to
# differ, each with its reason: a file there must still differ so.
set -u
XXGK=${XXGK:-./xxgk}
CORPUS=${CORPUS:-corpus}
SRC=${SRC:-tools/pdf_src}
KNOWN=${KNOWN:-tests/pdf_sources.known}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
files=0
values=0
failed=0

# the known differences: "NAME table,row,col,value" (the value the PDF gives)
grep -v '^#' "$KNOWN" | awk 'NF >= 2 { print $1 " " $2 }' | sort > "$tmp/known"
: > "$tmp/seen"

for src in "$SRC"/*.docx; do
    name=${src##*/}
    name=${name%.docx}
    expected=$CORPUS/pdf/$name.expected.csv
    [ -f "$expected" ] || continue
    if ! $XXGK -f csv "$src" > "$tmp/src.csv" 2> "$tmp/err"; then
        echo "FAIL: $src: not read: $(cat "$tmp/err")"
        failed=$((failed + 1))
        continue
    fi
    files=$((files + 1))
    # each value the PDF gives that its source does not: "NAME t,r,c,value"
    awk -F, -v name="$name" '
        { sub(/\r$/, "") }
        NR == FNR { if (FNR > 1) src[$1 "," $2 "," $3] = $4; next }
        FNR > 1 && $4 != "" {
            n++
            if (src[$1 "," $2 "," $3] != $4)
                print name " " $0
        }
        END { print n + 0 > "/dev/stderr" }' "$tmp/src.csv" "$expected" \
        > "$tmp/diff" 2> "$tmp/count"
    values=$((values + $(cat "$tmp/count")))
    while read -r line; do
        if grep -qxF "$line" "$tmp/known"; then
            echo "$line" >> "$tmp/seen"
        else
            echo "FAIL: $line: its source tools/pdf_src/$name.docx holds another value"
            failed=$((failed + 1))
        fi
    done < "$tmp/diff"
done
sort "$tmp/seen" > "$tmp/seen.sorted"
for line in $(comm -23 "$tmp/known" "$tmp/seen.sorted" | tr ' ' '|'); do
    echo "FAIL: $(echo "$line" | tr '|' ' '): listed in $KNOWN, but the expected CSV no longer gives it"
    failed=$((failed + 1))
done
echo "pdf sources: $values values of $files PDFs checked against their sources, $failed failed"
[ "$files" -gt 0 ] && [ "$failed" -eq 0 ]
