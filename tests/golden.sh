#!/bin/sh
# Golden files: every corpus input converts to exactly its expected output.
#   corpus/DIR/NAME.EXT  ->  NAME.expected.json (xxgk FILE)
#                            NAME.expected.csv  (xxgk -f csv FILE), if present
# UPDATE=1 rewrites the .expected.json files from the current output (then
# review the diff: the .expected.csv files are the independent truth).
# Scans (corpus/scan/) are read by OCR; a build without it (XXGK_OCR=no)
# must refuse each with the error of a PDF without text, or, for a PDF
# with text pages too, give NAME.noocr.expected.json.
set -u
XXGK=${XXGK:-./xxgk}
CORPUS=${CORPUS:-corpus}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0
skipped=0
refused=0

check() {   # name, command output file, expected file
    if cmp -s "$2" "$3"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $1"
        diff -u "$3" "$2" | head -n 30
    fi
}

for dir in "$CORPUS"/*/; do
    case "$dir" in */bad/) continue ;; esac
    for input in "$dir"*; do
        case "$input" in
            *.expected.json|*.expected.csv|*.truth.json|*.md|*/README*) continue ;;
        esac
        [ -f "$input" ] || continue
        case ${input##*/} in
            *.*) name=${input%.*} ;;
            *) name=$input ;;
        esac
        json=$name.expected.json
        csv=$name.expected.csv
        # scans under valgrind: OCR there takes hours (and past its CPU
        # bound, fails): the sanitizers' run checks them
        case "$input:${TEST_WRAPPER:-}" in */scan/*:*valgrind*)
            skipped=$((skipped + 1)); continue ;; esac
        # scans (corpus/scan/): a build without OCR refuses them, clearly,
        # or reads the text pages of one that has some (NAME.noocr.expected.json)
        case "$input" in */scan/*) if [ "${XXGK_OCR:-yes}" = no ]; then
            if [ -f "$name.noocr.expected.json" ]; then
                $XXGK "$input" > "$tmp/out.json" 2> "$tmp/err" &&
                    check "$input (json, without OCR)" "$tmp/out.json" "$name.noocr.expected.json" ||
                    { echo "FAIL: $input: without OCR: $(cat "$tmp/err")"; failed=$((failed + 1)); }
                continue
            fi
            $XXGK "$input" > "$tmp/out.json" 2> "$tmp/err"
            rc=$?
            if [ $rc -eq 2 ] && [ ! -s "$tmp/out.json" ] &&
               [ "$(cat "$tmp/err")" = "xxgk: $input: no text layer (scanned PDF?)" ]; then
                passed=$((passed + 1))
                refused=$((refused + 1))
            else
                failed=$((failed + 1))
                echo "FAIL: $input: without OCR: exit $rc: $(cat "$tmp/err")"
            fi
            continue
        fi ;; esac
        if [ ! -f "$json" ] && [ ! -f "$csv" ]; then
            if [ "${UPDATE:-0}" != 1 ]; then
                failed=$((failed + 1))
                echo "FAIL: $input: no expected output"
                continue
            fi
        fi
        if [ "${UPDATE:-0}" = 1 ]; then
            $XXGK "$input" > "$json" 2> "$tmp/err" || { echo "FAIL: $input: $(cat "$tmp/err")"; failed=$((failed + 1)); continue; }
        fi
        if [ -f "$json" ]; then
            $XXGK "$input" > "$tmp/out.json" 2> "$tmp/err"
            rc=$?
            [ $rc -eq 0 ] || { echo "FAIL: $input: exit $rc: $(cat "$tmp/err")"; failed=$((failed + 1)); continue; }
            check "$input (json)" "$tmp/out.json" "$json"
        fi
        if [ -f "$csv" ]; then
            $XXGK -f csv "$input" > "$tmp/out.csv" 2> "$tmp/err"
            rc=$?
            [ $rc -eq 0 ] || { echo "FAIL: $input: exit $rc: $(cat "$tmp/err")"; failed=$((failed + 1)); continue; }
            check "$input (csv)" "$tmp/out.csv" "$csv"
        fi
    done
done
if [ "$skipped" -gt 0 ]; then
    echo "golden: $passed passed, $failed failed, $skipped scans not read under valgrind"
else
    echo "golden: $passed passed, $failed failed"
fi
if [ "$refused" -gt 0 ]; then
    echo "golden: built without OCR: $refused scans refused with 'no text layer (scanned PDF?)', as they must be"
fi
[ "$failed" -eq 0 ]
