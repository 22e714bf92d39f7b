#!/bin/sh
# A PDF reads the same whatever fonts the machine has: every PDF of the
# corpus converts to byte-identical JSON under the system's font
# configuration and under one that knows only DejaVu (FONTCONFIG_FILE).
# corpus/pdf/hrules_only_noembed.pdf does not embed its font, so a reader
# that drew its pages would draw them differently under the two.
set -u
XXGK=${XXGK:-./xxgk}
CORPUS=${CORPUS:-corpus}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
dejavu=
for d in /usr/share/fonts/truetype/dejavu /usr/share/fonts/dejavu; do
    [ -d "$d" ] && dejavu=$d && break
done
if [ -z "$dejavu" ]; then
    echo "fonts.sh: SKIPPED: no DejaVu fonts (apt-get install fonts-dejavu-core)"
    exit 77
fi
cat > "$tmp/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$dejavu</dir>
  <cachedir>$tmp/cache</cachedir>
</fontconfig>
EOF
passed=0
failed=0
for f in "$CORPUS"/pdf/*.pdf; do
    $XXGK "$f" > "$tmp/system.json" 2> "$tmp/system.err"
    a=$?
    FONTCONFIG_FILE="$tmp/fonts.conf" $XXGK "$f" > "$tmp/dejavu.json" 2> "$tmp/dejavu.err"
    b=$?
    if [ $a -eq $b ] && cmp -s "$tmp/system.json" "$tmp/dejavu.json" &&
       cmp -s "$tmp/system.err" "$tmp/dejavu.err"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $f: output differs with only DejaVu installed (exit $a, $b)"
        diff "$tmp/system.json" "$tmp/dejavu.json" | head -n 10
    fi
done
echo "fonts: $passed PDFs read the same under both font configurations, $failed differ"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
