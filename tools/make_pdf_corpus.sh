#!/bin/sh
# Recreate the PDF corpus (corpus/pdf/) from its sources.
#   1. tools/gen_pdf_corpus.py: the changed DOCX sources (tools/pdf_src/*.docx),
#      the drawing lists (tools/pdf_src/*.draw) and every truth file;
#      tools/gen_wps_report.py: tools/pdf_src/wps_2019_crosspage.docx, the
#      look-alike of the real WPS report, and its truth;
#   2. LibreOffice exports (soffice --convert-to pdf) of the corpus/docx
#      samples listed in EXPORTS and of tools/pdf_src/*.docx;
#   3. tools/pdf_src/drawpdf.c (cairo) renders tools/pdf_src/*.draw;
#   4. pages turned as displayed: hrules_only drawn sideways on portrait
#      pages, and lo_grid_row_cut_by_page with /Rotate set by qpdf;
#   5. two LibreOffice exports printed smaller and larger (reprint_pdf.py scale),
#      and a drawing whose tables run off its pages (reprint_pdf.py crop).
# Needs soffice (apt-get install libreoffice-writer-nogui fonts-noto-cjk), a C
# compiler, cairo's headers and qpdf. LibreOffice output is not byte-reproducible
# (it stamps dates and ids), so the committed PDFs are the reference; CI
# needs none of this. Then review: UPDATE=1 tests/golden.sh, git diff.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$root/corpus/pdf"
src="$here/pdf_src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
EXPORTS="template_filled broken_labels layout_2019 broken_sums format_2019"

python3 "$here/gen_pdf_corpus.py" "$root"
python3 "$here/gen_wps_report.py" "$root"
python3 "$here/gen_pdf_breaks.py" "$root"

lo() {  # docx -> $out/NAME.pdf
    name=$(basename "$1" .docx)
    soffice -env:UserInstallation=file://"$tmp"/profile --headless \
        --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$1" >/dev/null
    cp "$tmp/$name.pdf" "$out/$name.pdf"
    echo "$out/$name.pdf"
}
for name in $EXPORTS; do
    lo "$root/corpus/docx/$name.docx"
done
for f in "$src"/*.docx; do
    lo "$f"
done

${CC:-cc} -O2 -o "$tmp/drawpdf" "$src/drawpdf.c" $(pkg-config --cflags --libs cairo)
for f in "$src"/*.draw; do
    name=$(basename "$f" .draw)
    "$tmp/drawpdf" "$f" "$out/$name.pdf"
    echo "$out/$name.pdf"
done

sed 's/^page 842 595$/page 595 842\nturn 3/' "$src/hrules_only.draw" > "$tmp/sideways.draw"
"$tmp/drawpdf" "$tmp/sideways.draw" "$out/hrules_only_sideways.pdf"
echo "$out/hrules_only_sideways.pdf"
qpdf --rotate=+90:2-4 --rotate=+180:5 --rotate=+270:6-8 \
    "$out/lo_grid_row_cut_by_page.pdf" "$out/lo_grid_rotated_pages.pdf"
echo "$out/lo_grid_rotated_pages.pdf"
# the same documents printed smaller and larger (tools/reprint_pdf.py scale)
python3 "$here/reprint_pdf.py" scale "$out/lo_filled_outer_tails_beside_next_label.pdf" \
    "$out/lo_filled_outer_tails_scaled_down.pdf" 0.8
python3 "$here/reprint_pdf.py" scale "$out/lo_grid_numbering_left_at_page_foot.pdf" \
    "$out/lo_grid_numbering_scaled_up.pdf" 1.25
echo "$out/lo_filled_outer_tails_scaled_down.pdf $out/lo_grid_numbering_scaled_up.pdf"
# a table wider than its page: the page boxes cut, the content left
python3 "$here/reprint_pdf.py" crop "$out/hrules_only_noembed.pdf" \
    "$out/hrules_only_noembed_cut_right.pdf" 0.8 1
echo "$out/hrules_only_noembed_cut_right.pdf"
python3 "$here/reprint_pdf.py" crop "$out/lo_2019_hrules_double_spaced_wraps.pdf" \
    "$out/lo_2019_hrules_cut_top.pdf" 1 0.9
echo "$out/lo_2019_hrules_cut_top.pdf"
for name in lo_grid_row_cut_by_page lo_norules_appeals_heads_in_header_cells \
    lo_filled_outer_serif_valign lo_appeals_rows_head_piece_before_rest \
    lo_grid_numbering_left_at_page_foot lo_norules_none_mark_between_heads; do
    python3 "$here/reprint_pdf.py" crop "$out/$name.pdf" "$out/${name}_cut_top.pdf" 1 0.9
    echo "$out/${name}_cut_top.pdf"
done
for name in lo_filled_norules_numbers_in_label lo_norules_comma_piece_over_row \
    lo_sparse_norules_stacked_tails lo_fodt_landscape_running_header; do
    python3 "$here/reprint_pdf.py" crop "$out/$name.pdf" "$out/${name}_cut.pdf" 0.9 0.9
    echo "$out/${name}_cut.pdf"
done
python3 "$here/reprint_pdf.py" scale "$out/lo_fodt_landscape_running_header_cut.pdf" \
    "$out/lo_fodt_landscape_running_header_cut_scaled_up.pdf" 1.25
echo "$out/lo_fodt_landscape_running_header_cut_scaled_up.pdf"
for name in lo_sums_outer_tight_columns lo_norules_appeals_two_tables_tight_heads \
    lo_fodt_hrules_tight_short_lines lo_2019_total_tails_atop_page_before_part; do
    python3 "$here/reprint_pdf.py" scale "$out/$name.pdf" "$out/${name}_scaled_down.pdf" 0.8
    echo "$out/${name}_scaled_down.pdf"
done
python3 "$here/reprint_pdf.py" crop "$out/lo_2019_total_tails_atop_page_before_part.pdf" \
    "$out/lo_2019_total_tails_atop_page_before_part_cut_top.pdf" 1 0.9
echo "$out/lo_2019_total_tails_atop_page_before_part_cut_top.pdf"
python3 "$here/reprint_pdf.py" crop "$out/lo_sparse_norules_tails_beside_first_lines.pdf" \
    "$out/lo_sparse_norules_tails_beside_first_lines_cut_top.pdf" 1 0.8
echo "$out/lo_sparse_norules_tails_beside_first_lines_cut_top.pdf"
