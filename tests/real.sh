#!/bin/sh
# The real originals: every file in $SHARED/real and $SHARED/seeds (kept
# outside the repository, next to the source tree) converts to the values
# and metadata labelled by hand in tests/real/NAME.json (written by
# tools/label_real.py).  Each value is compared exactly; the file must be
# the one that was labelled (same SHA-256); an original without truth
# fails.  Without $SHARED/real the test is skipped (exit 77) and says so.
set -u
XXGK=${XXGK:-./xxgk}
SRCDIR=${SRCDIR:-.}
SHARED=${SHARED:-$SRCDIR/../shared}
TRUTH=$SRCDIR/tests/real
if [ ! -d "$SHARED/real" ]; then
    echo "real.sh: SKIPPED: no real originals at $SHARED/real (they live next to the source tree, never in it)"
    exit 77
fi
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
files=0
failed=0
values=0
exact=0

fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# field NAME FILE: the JSON scalar of a top-level "NAME": line, as written
field() {
    sed -n "s/^ *\"$1\": \(.*\)$/\1/p" "$2" | sed 's/,$//' | head -n 1
}

for t in "$TRUTH"/*.json; do
    rel=$(field file "$t" | tr -d '"')
    orig=$SHARED/$rel
    name=${rel##*/}
    files=$((files + 1))
    if [ ! -f "$orig" ]; then
        fail "$rel: labelled in ${t##*/} but not in $SHARED"
        continue
    fi
    want=$(field sha256 "$t" | tr -d '"')
    got=$(sha256sum < "$orig" | cut -d ' ' -f 1)
    if [ "$want" != "$got" ]; then
        fail "$rel: not the file that was labelled (sha256 $got, truth for $want)"
        continue
    fi
    if ! $XXGK -f csv "$orig" > "$tmp/out.csv" 2> "$tmp/err" ||
       ! $XXGK "$orig" > "$tmp/out.json" 2>> "$tmp/err"; then
        fail "$rel: $(cat "$tmp/err")"
        continue
    fi
    # truth "table/row/col": value lines -> table,row,col,value
    sed -n '/^  "values": {$/,/^  }$/s/^    "\([^"]*\)": \([^,]*\),\{0,1\}$/\1,\2/p' "$t" |
        sed 's|/|,|g; s/,null$/,/' > "$tmp/want.csv"
    tr -d '\r' < "$tmp/out.csv" | sed 1d > "$tmp/got.csv"
    n=$(wc -l < "$tmp/want.csv")
    LC_ALL=C sort "$tmp/want.csv" > "$tmp/want.sorted"
    LC_ALL=C sort "$tmp/got.csv" > "$tmp/got.sorted"
    same=$(LC_ALL=C comm -12 "$tmp/want.sorted" "$tmp/got.sorted" | wc -l)
    values=$((values + n))
    exact=$((exact + same))
    bad=0
    if [ "$same" -ne "$n" ] || [ "$(wc -l < "$tmp/got.csv")" -ne "$n" ]; then
        bad=1
        fail "$rel: $same/$n values exact"
        diff "$tmp/want.csv" "$tmp/got.csv" | sed -n 's/^</  want/p; s/^>/  got /p' | head -n 20
    fi
    for key in layout organisation year title publication_date; do
        w=$(field "$key" "$t")
        g=$(field "$key" "$tmp/out.json")
        if [ "$w" != "$g" ]; then
            bad=1
            fail "$rel: $key is $g, labelled $w"
        fi
    done
    [ $bad -eq 0 ] && echo "ok: $rel: $same/$n values exact, metadata exact"
done

# every original has its truth
for orig in "$SHARED"/real/* "$SHARED"/seeds/*; do
    [ -f "$orig" ] || continue
    case ${orig##*/} in README*) continue ;; esac
    [ -f "$TRUTH/${orig##*/}.json" ] ||
        fail "${orig#"$SHARED"/}: no truth (label it by hand in tools/label_real.py)"
done

echo "real: $files files, $exact/$values values exact, $failed failed"
[ "$failed" -eq 0 ]
