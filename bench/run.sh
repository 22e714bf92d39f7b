#!/bin/bash
# Benchmark: CPU time of xxgk per file against a baseline tool run on the
# same files in the same run, reported as a ratio (these machines are
# shared and noisy: compare, don't trust bare times).
#   DOCX: xxgk FILE  vs  pandoc -t json FILE   (if pandoc is installed)
#   PDF:  xxgk FILE  vs  pdftotext -layout FILE -   (poppler-utils)
#   DOC:  in process only, beside the DOCX twin of the same report (no
#         tool on Debian reads .doc as pandoc reads DOCX)
#   PDF again: xxgk under the system's fonts vs under DejaVu only
#         (FONTCONFIG_FILE), the same files in the same run (issue 14)
# and first, with bench_convert, the CPU time of the conversion itself,
# in process, without start-up and dynamic linking.
# usage: bench/run.sh XXGK CORPUS [BENCH_CONVERT [ROUNDS]]
set -u
XXGK=${1:-./xxgk}
CORPUS=${2:-corpus}
BENCH_CONVERT=${3:-}
ROUNDS=${4:-20}

# cpu_ms ROUNDS CMD...: user+system CPU milliseconds per run of CMD,
# children included
cpu_ms() {
    local n=$1 t
    shift
    TIMEFORMAT='%3U %3S'
    t=$( { time (for ((i = 0; i < n; i++)); do "$@" > /dev/null 2>&1; done) ; } 2>&1 )
    awk -v t="$t" -v n="$n" 'BEGIN { split(t, a, " "); printf "%.2f", (a[1] + a[2]) * 1000 / n }'
}

bench() {   # label, glob, baseline name, baseline command prefix...
    label=$1 glob=$2 base=$3
    shift 3
    files=$(ls $glob 2>/dev/null | grep -v -e '\.expected\.' -e '\.truth\.')
    [ -n "$files" ] || { echo "$label: no files"; return; }
    if ! command -v "$base" > /dev/null 2>&1; then
        echo "$label: $base not installed, baseline skipped"
    fi
    printf '%-44s %10s %10s %8s\n' "$label file" "xxgk ms" "$base ms" "ratio"
    total_x=0 total_b=0
    for f in $files; do
        x=$(cpu_ms "$ROUNDS" $XXGK "$f")
        if command -v "$base" > /dev/null 2>&1; then
            b=$(cpu_ms "$ROUNDS" "$@" "$f")
        else
            b=0
        fi
        r=$(awk -v x="$x" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", x / b; else print "-" }')
        printf '%-44s %10s %10s %8s\n' "$(basename "$f")" "$x" "$b" "$r"
        total_x=$(awk -v a="$total_x" -v x="$x" 'BEGIN { print a + x }')
        total_b=$(awk -v a="$total_b" -v b="$b" 'BEGIN { print a + b }')
    done
    awk -v x="$total_x" -v b="$total_b" -v l="$label" -v base="$base" 'BEGIN {
        if (b > 0) printf "%s: xxgk/%s CPU ratio %.3f (xxgk %.2f ms, %s %.2f ms, summed over files)\n", l, base, x / b, x, base, b
        else printf "%s: xxgk %.2f ms summed over files\n", l, x }'
    echo
}

pandoc_json() { pandoc -t json "$1"; }
pdftotext_layout() { pdftotext -layout "$1" -; }

if [ -n "$BENCH_CONVERT" ]; then
    for kind in docx doc pdf html text; do
        files=$(ls "$CORPUS/$kind"/* 2>/dev/null | grep -v -e '\.expected\.' -e '\.truth\.' -e '\.md$')
        [ -n "$files" ] || continue
        echo "in-process conversion, CPU per file ($kind, $ROUNDS rounds):"
        "$BENCH_CONVERT" "$ROUNDS" $files | awk '{ print; sum += $2; n++ }
            END { if (n) printf "%s: mean %.3f ms\n\n", "'$kind'", sum / n }'
    done
    # The same report as .doc and as DOCX: each corpus/doc file with its twin.
    pairs=""
    for f in "$CORPUS"/doc/*.doc; do
        n=$(basename "$f" .doc)
        [ -f "$CORPUS/docx/$n.docx" ] && pairs="$pairs $f $CORPUS/docx/$n.docx"
    done
    if [ -n "$pairs" ]; then
        echo "in-process conversion, the same report as .doc and as DOCX ($ROUNDS rounds):"
        printf '%-36s %10s %10s %8s\n' "report" ".doc ms" "docx ms" "ratio"
        "$BENCH_CONVERT" "$ROUNDS" $pairs | awk '
            NR % 2 == 1 { name = $1; sub(/\.doc$/, "", name); d = $2; next }
            { printf "%-36s %10.3f %10.3f %8.2f\n", name, d, $2, d / $2; sd += d; sx += $2; n++ }
            END { if (n) printf ".doc mean %.3f ms, DOCX mean %.3f ms, ratio %.2f\n\n", sd / n, sx / n, sd / sx }'
    fi
fi
echo "whole process, rounds per file: $ROUNDS (CPU time, user + system, children included)"
bench docx "$CORPUS/docx/*.docx" pandoc pandoc_json
bench pdf "$CORPUS/pdf/*.pdf" pdftotext pdftotext_layout

# Issue 14: a PDF reads the same whatever fonts are installed (tests/fonts.sh)
# and costs the same: each corpus PDF under the system's fonts against a
# FONTCONFIG_FILE that knows only DejaVu, both in this run.
dejavu=
for d in /usr/share/fonts/truetype/dejavu /usr/share/fonts/dejavu; do
    [ -d "$d" ] && dejavu=$d && break
done
if [ -n "$dejavu" ]; then
    fc=$(mktemp -d)
    printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
        "$dejavu" "$fc/cache" > "$fc/fonts.conf"
    dejavu_only() { FONTCONFIG_FILE="$fc/fonts.conf" "$@"; }
    echo "pdf under the system's fonts against DejaVu only (FONTCONFIG_FILE):"
    printf '%-44s %10s %10s %8s\n' "pdf file" "system ms" "DejaVu ms" "ratio"
    for f in "$CORPUS"/pdf/*.pdf; do
        s=$(cpu_ms "$ROUNDS" $XXGK "$f")
        d=$(cpu_ms "$ROUNDS" dejavu_only $XXGK "$f")
        printf '%-44s %10s %10s %8s\n' "$(basename "$f")" "$s" "$d" \
            "$(awk -v s="$s" -v d="$d" 'BEGIN { printf "%.2f", (d > 0 ? s / d : 0) }')"
    done
    rm -rf "$fc"
    echo
else
    echo "pdf fonts: no DejaVu fonts, comparison skipped"
fi
