#!/bin/sh
# The repository holds no document written by others: no file of the source
# tree is byte for byte one of the real originals in $SHARED/real or
# $SHARED/seeds, and no text file carries a sentence of theirs (any piece of
# their prose of 40 characters or more, cut at 。 ； and line ends; the
# national form's labels are shorter).  Without $SHARED/real the test is
# skipped (exit 77) and says so.
set -u
SRCDIR=${SRCDIR:-.}
SHARED=${SHARED:-$SRCDIR/../shared}
if [ ! -d "$SHARED/real" ]; then
    echo "originals.sh: SKIPPED: no real originals at $SHARED/real to compare the repository with"
    exit 77
fi
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# every file of the source tree but git's own and the build's products
tree() {
    (cd "$SRCDIR" && find . -path ./.git -prune -o -path ./autom4te.cache -prune \
        -o -type f ! -name '*.o' ! -name '*.a' ! -name '*.log' ! -name '*.trs' -print)
}

for orig in "$SHARED"/real/* "$SHARED"/seeds/*; do
    [ -f "$orig" ] || continue
    case ${orig##*/} in README*) continue ;; esac
    printf '%s  %s\n' "$(sha256sum < "$orig" | cut -d ' ' -f 1)" "${orig#"$SHARED"/}"
done > "$tmp/originals"
n_orig=$(wc -l < "$tmp/originals")

tree > "$tmp/files"
n_files=$(wc -l < "$tmp/files")
(cd "$SRCDIR" && tr '\n' '\0' < "$tmp/files" | xargs -0 sha256sum) > "$tmp/ours"
while read -r sum name; do
    grep "^$sum " "$tmp/ours" | while read -r _ ours; do
        echo "FAIL: ${ours#./} is byte for byte the original $name"
    done
done < "$tmp/originals" > "$tmp/same"
if [ -s "$tmp/same" ]; then
    cat "$tmp/same"
    failed=$((failed + $(wc -l < "$tmp/same")))
fi

# their prose: the seeds' text, the web pages' text without tags, and the
# PDFs' text where pdftotext is at hand
{
    cat "$SHARED"/seeds/* 2>/dev/null
    for page in "$SHARED"/real/*.html; do
        [ -f "$page" ] && tr '\n' ' ' < "$page" |
            sed -e 's/<script[^>]*>[^<]*<\/script>//g; s/<[^>]*>/\n/g; s/&nbsp;/ /g'
    done
    # a PDF's text layer breaks sentences at every line: joined again
    if command -v pdftotext > /dev/null; then
        for pdf in "$SHARED"/real/*.pdf; do
            [ -f "$pdf" ] && pdftotext "$pdf" - 2>/dev/null | tr -d '\n\f'
        done
    fi
} | sed 's/。/\n/g; s/；/\n/g; s/\t/\n/g; s/|/\n/g' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' |
    LC_ALL=C awk 'length($0) >= 120' | LC_ALL=C sort -u > "$tmp/prose"
n_prose=$(wc -l < "$tmp/prose")
if [ -s "$tmp/prose" ]; then
    (cd "$SRCDIR" && tr '\n' '\0' < "$tmp/files" | xargs -0 grep -lIF -f "$tmp/prose" 2>/dev/null) > "$tmp/hits"
    while read -r f; do
        fail "${f#./} holds a sentence of an original: $(cd "$SRCDIR" && grep -oIF -f "$tmp/prose" "$f" | head -n 1)"
    done < "$tmp/hits"
fi

echo "originals: $n_files files of the tree against $n_orig originals and $n_prose sentences of theirs, $failed failed"
[ "$failed" -eq 0 ]
