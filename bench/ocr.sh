#!/bin/bash
# OCR benchmark (a build with OCR): speed and honesty on the scans of the
# corpus PDFs that tools/make_scan_corpus.sh makes (150, 200 and 300 dpi,
# turned by up to 1.5 degrees, grey, noise, JPEG).
#
#   speed:    CPU seconds per scanned page, xxgk on the one-page PDF
#             against `tesseract PAGE.png - -l chi_sim` on the same page
#             drawn at the scan's resolution (pdftoppm), in the same run,
#             both with OMP_THREAD_LIMIT=1, as a ratio;
#   honesty:  every value of every scan against the values its original
#             was made with: its source document's (tools/pdf_src/NAME.docx)
#             where it has one, else the original's reading
#             (corpus/pdf/NAME.expected.csv): exact, null (with a warning),
#             wrong (must be 0; against a source document, a value where
#             it has none is wrong too).
#
# usage: bench/ocr.sh XXGK SRCDIR [SCANDIR]
# The scans are made into SCANDIR (default ./bench-scans) unless there.
set -u
XXGK=${1:-./xxgk}
SRC=${2:-.}
DIR=${3:-bench-scans}
export OMP_THREAD_LIMIT=1

for tool in pdftoppm pdfseparate convert img2pdf tesseract; do
    command -v "$tool" > /dev/null 2>&1 || { echo "ocr bench: $tool not installed, skipped"; exit 0; }
done
if ! ls "$DIR"/*.pdf > /dev/null 2>&1; then
    echo "making the scans into $DIR (tools/make_scan_corpus.sh bench)..."
    "$SRC/tools/make_scan_corpus.sh" bench "$DIR" > /dev/null || exit 1
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

cpu_s() {   # CMD...: user+system CPU seconds of one run
    local t
    TIMEFORMAT='%3U %3S'
    t=$( { time "$@" > /dev/null 2>&1 ; } 2>&1 )
    awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%.2f", a[1] + a[2] }'
}

# speed: the pages of the scans of two samples, at each resolution
echo "speed: CPU seconds per scanned page (xxgk on the page's PDF, tesseract -l chi_sim on its image)"
printf '%-44s %8s %10s %8s\n' "page" "xxgk s" "tesseract" "ratio"
tx=0 tt=0 np=0
for f in "$DIR"/template_filled-*.pdf "$DIR"/layout_2019-*.pdf; do
    [ -f "$f" ] || continue
    dpi=${f%.pdf}
    dpi=${dpi##*-}
    pages=$(pdfinfo "$f" | sed -n 's/^Pages: *//p')
    for p in $(seq 1 "$pages"); do
        pdfseparate -f "$p" -l "$p" "$f" "$tmp/page.pdf"
        pdftoppm -r "$dpi" -gray -png -f "$p" -l "$p" -singlefile "$f" "$tmp/page"
        x=$(cpu_s "$XXGK" "$tmp/page.pdf")
        t=$(cpu_s tesseract "$tmp/page.png" - -l chi_sim)
        printf '%-44s %8s %10s %8s\n' "$(basename "$f" .pdf) p$p" "$x" "$t" \
            "$(awk -v x="$x" -v t="$t" 'BEGIN { if (t > 0) printf "%.2f", x / t; else print "-" }')"
        tx=$(awk -v a="$tx" -v b="$x" 'BEGIN { print a + b }')
        tt=$(awk -v a="$tt" -v b="$t" 'BEGIN { print a + b }')
        np=$((np + 1))
    done
done
awk -v x="$tx" -v t="$tt" -v n="$np" 'BEGIN { if (n > 0 && t > 0)
    printf "speed: %d pages: xxgk %.2f s/page, tesseract %.2f s/page, ratio %.2f\n\n", n, x / n, t / n, x / t }'

# honesty: every scan against its original's values
echo "honesty: values of the scans against their originals' (exact / null / wrong)"
printf '%-44s %6s %6s %6s %6s %8s\n' "scan" "cells" "exact" "null" "wrong" "CPU s"
for f in "$DIR"/*.pdf; do
    name=$(basename "$f" .pdf)
    orig=${name%-*}
    truth="$SRC/corpus/pdf/$orig.expected.csv"
    [ -f "$truth" ] || continue
    # the source document's values where the sample has one: a value the
    # original's reading leaves null is scored too
    docx=0
    if [ -f "$SRC/tools/pdf_src/$orig.docx" ] &&
       "$XXGK" -f csv -o "$tmp/truth.csv" "$SRC/tools/pdf_src/$orig.docx" 2> /dev/null; then
        truth=$tmp/truth.csv
        docx=1
    fi
    s=$(cpu_s "$XXGK" -f csv -o "$tmp/out.csv" "$f")
    [ -f "$tmp/out.csv" ] || : > "$tmp/out.csv"
    awk -F, -v name="$name" -v s="$s" -v docx="$docx" '
        FNR == 1 { next }
        NR == FNR { sub(/\r$/, ""); truth[$1 "," $2 "," $3] = $4; next }
        { sub(/\r$/, ""); got[$1 "," $2 "," $3] = $4 }
        END {
            for (k in truth) {
                # a value where the source document has none is wrong
                if (truth[k] == "") {
                    if (docx && k in got && got[k] != "") {
                        wr++
                        print "  WRONG " name " " k ": " got[k] " (truth empty)" > "/dev/stderr"
                    }
                    continue
                }
                n++
                if (!(k in got) || got[k] == "") nul++
                else if (got[k] == truth[k]) ex++
                else { wr++; print "  WRONG " name " " k ": " got[k] " (truth " truth[k] ")" > "/dev/stderr" }
            }
            printf "%-44s %6d %6d %6d %6d %8s\n", name, n, ex, nul, wr, s
        }' "$truth" "$tmp/out.csv"
    rm -f "$tmp/out.csv"
done | tee "$tmp/rows"
awk '{ n += $2; e += $3; u += $4; w += $5; split($1, p, "-"); d = p[length(p)]
       dn[d] += $2; de[d] += $3; dw[d] += $5 }
     END {
        for (d in dn) printf "  %s dpi: %d cells, %.2f%% exact, %d wrong\n", d, dn[d], 100 * de[d] / dn[d], dw[d]
        printf "honesty: %d cells: %d exact (%.2f%%), %d null, %d wrong\n", n, e, 100 * e / n, u, w }' "$tmp/rows"
