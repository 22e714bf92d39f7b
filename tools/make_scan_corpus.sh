#!/bin/sh
# Scanned look-alikes of the PDF corpus: image-only PDFs made from our own
# PDF samples as a scanner or a phone would, so OCR is tested on known
# values.  Each page is rasterised in grey (pdftoppm), given noise, turned
# and JPEG-compressed (ImageMagick), and the pages are put into a PDF
# again (img2pdf).  Deterministic for a given set of tools (the noise is
# seeded).
#
#   tools/make_scan_corpus.sh golden [DIR]  (corpus/scan/: the few small samples make check reads)
#   tools/make_scan_corpus.sh bench DIR             (every sample at 150, 200 and 300 dpi)
#   tools/make_scan_corpus.sh one SRC.pdf DPI ANGLE QUALITY NOISE FIRST LAST OUT.pdf
#
# ANGLE is in degrees (positive turns clockwise), QUALITY the JPEG quality,
# NOISE the attenuation of ImageMagick's Gaussian noise (0 for none),
# FIRST..LAST the pages taken.  The noise of the first page is seeded with
# SCAN_SEED (default 1), of each next page with one more: the pages of the
# bench's scan of a whole file, taken from page FIRST, have seed FIRST.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)

one() {     # src dpi angle quality noise first last out
    src=$1 dpi=$2 angle=$3 quality=$4 noise=$5 first=$6 last=$7 out=$8
    work=$(mktemp -d)
    pdftoppm -r "$dpi" -gray -f "$first" -l "$last" "$src" "$work/p"
    seed=${SCAN_SEED:-1}
    for page in "$work"/p-*.pgm; do
        size=$(identify -format %wx%h "$page")
        if [ "$noise" = 0 ]; then
            set -- "$page"
        else
            set -- "$page" -seed "$seed" -attenuate "$noise" +noise Gaussian
        fi
        convert "$@" -background white -rotate "$angle" -gravity center \
            -extent "$size" -density "$dpi" -units PixelsPerInch \
            -quality "$quality" "${page%.pgm}.jpg"
        seed=$((seed + 1))
    done
    img2pdf -o "$out" "$work"/p-*.jpg
    rm -rf "$work"
}

# SRC with its pages FIRST..LAST scanned (one()), the others kept as
# they are: a report whose tables were pasted in as pictures of pages
mixed() {   # src dpi angle quality noise first last out
    msrc=$1 mfirst=$6 mlast=$7 mout=$8
    mwork=$(mktemp -d)
    one "$@"    # (its variables are global: ours have other names)
    mv "$mout" "$mwork/scanned.pdf"
    pages=$(pdfinfo "$msrc" | sed -n 's/^Pages: *//p')
    set --
    if [ "$mfirst" -gt 1 ]; then
        pdfseparate -f 1 -l $((mfirst - 1)) "$msrc" "$mwork/a-%03d.pdf"
        set -- "$@" "$mwork"/a-*.pdf
    fi
    set -- "$@" "$mwork/scanned.pdf"
    if [ "$mlast" -lt "$pages" ]; then
        pdfseparate -f $((mlast + 1)) -l "$pages" "$msrc" "$mwork/b-%03d.pdf"
        set -- "$@" "$mwork"/b-*.pdf
    fi
    pdfunite "$@" "$mout"
    rm -rf "$mwork"
}

# SRC with page FIRST (= LAST) replaced by a page with a line of text and,
# under it, the scan of that page as a picture: a table pasted into a
# document as an image
picture() {   # src dpi angle quality noise first last out
    psrc=$1 pdpi=$2 pfirst=$6 pout=$8
    pwork=$(mktemp -d)
    one "$1" "$2" "$3" "$4" "$5" "$6" "$6" "$pwork/scan.pdf"
    pdfimages -j "$pwork/scan.pdf" "$pwork/img"
    convert "$pwork/img-000.jpg" "$pwork/scan.png"
    cc -O2 -o "$pwork/drawpdf" "$top/tools/pdf_src/drawpdf.c" $(pkg-config --cflags --libs cairo)
    size=$(pdfinfo -f "$pfirst" -l "$pfirst" "$psrc" | sed -n 's/^Page.*size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p' | head -n 1)
    set -- $size
    pw=$1 ph=$2
    {
        echo "page $pw $ph"
        echo "font 12"
        echo "text 60 40 l 附：收到和处理政府信息公开申请情况表（扫描件）"
        awk -v w="$pw" -v h="$ph" -v f="$pwork/scan.png" \
            -v j="$pwork/img-000.jpg" \
            'BEGIN { ih = h - 70; iw = ih * w / h; printf "image %.1f 56 %.1f %.1f %s %s\n", (w - iw) / 2, iw, ih, f, j }'
    } > "$pwork/page.draw"
    "$pwork/drawpdf" "$pwork/page.draw" "$pwork/page.pdf"
    pages=$(pdfinfo "$psrc" | sed -n 's/^Pages: *//p')
    set --
    if [ "$pfirst" -gt 1 ]; then
        pdfseparate -f 1 -l $((pfirst - 1)) "$psrc" "$pwork/a-%03d.pdf"
        set -- "$@" "$pwork"/a-*.pdf
    fi
    set -- "$@" "$pwork/page.pdf"
    if [ "$pfirst" -lt "$pages" ]; then
        pdfseparate -f $((pfirst + 1)) -l "$pages" "$psrc" "$pwork/b-%03d.pdf"
        set -- "$@" "$pwork"/b-*.pdf
    fi
    pdfunite "$@" "$pout"
    rm -rf "$pwork"
    : "$pdpi"
}

# kind name source dpi angle quality noise first last [seed]: the golden
# samples, few and small (each page costs seconds of OCR in make check)
golden_list() {
    cat <<'EOF'
one scan_2019_150 layout_2019 150 -0.8 50 0.3 1 4
one scan_tables_200 template_filled 200 1.2 55 0.3 2 4
one scan_norules_300 no_rules 300 0.5 60 0.3 2 2
mixed scan_mixed_200 broken_sums 200 -1.4 55 0.3 3 3
one scan_harsh_85 template_filled 85 -1.3 25 1.2 3 3
picture scan_picture_200 broken_sums 200 0.9 60 0.3 3 3
one scan_wrapped_150 lo_borderless_wrapped 150 1.5 50 0.6 2 2
one scan_hrules_300 pb_hrules_repeat 300 -1.2 20 0.6 2 3 2
one scan_wrap_groups_200 lo_norules_wrap_groups 200 -0.6 55 0.3 3 4 3
one scan_cut_wide_150 lo_hrules_cut_wide 150 0.0 33 0.3 3 5 30
EOF
}

case ${1:-} in
golden)
    dir=${2:-$top/corpus/scan}
    mkdir -p "$dir"
    golden_list | while read -r kind name src dpi angle quality noise first last seed; do
        SCAN_SEED=${seed:-1} "$kind" "$top/corpus/pdf/$src.pdf" "$dpi" "$angle" "$quality" "$noise" \
            "$first" "$last" "$dir/$name.pdf"
        echo "$dir/$name.pdf"
    done
    ;;
bench)
    dir=${2:?usage: make_scan_corpus.sh bench DIR}
    mkdir -p "$dir"
    # every PDF sample at three resolutions, turned by up to 1.5 degrees
    # either way
    i=0
    for src in "$top"/corpus/pdf/*.pdf; do
        name=$(basename "$src" .pdf)
        # a PDF whose font is not embedded: pdftoppm, with no font for its
        # text, draws boxes, and a scan of boxes is no report to read
        case $name in *_noembed) continue ;; esac
        last=$(pdfinfo "$src" | sed -n 's/^Pages: *//p')
        for dpi in 150 200 300; do
            case $((i % 5)) in
                0) angle=1.5 ;; 1) angle=-1.2 ;; 2) angle=0.7 ;; 3) angle=-0.4 ;; *) angle=0 ;;
            esac
            quality=$((50 + (i % 3) * 15))
            one "$src" "$dpi" "$angle" "$quality" 0.6 1 "$last" "$dir/$name-$dpi.pdf"
            cp "$top/corpus/pdf/$name.expected.csv" "$dir/$name-$dpi.truth.csv"
            echo "$dir/$name-$dpi.pdf ($angle degrees, JPEG quality $quality)"
            i=$((i + 1))
        done
    done
    ;;
one)
    shift
    one "$@"
    ;;
*)
    echo "usage: $0 golden [DIR] | bench DIR | one SRC DPI ANGLE QUALITY NOISE FIRST LAST OUT" >&2
    exit 1
    ;;
esac
