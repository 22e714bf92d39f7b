#!/bin/bash
# Benchmark of batch mode (build without sanitizers).  Machines are shared
# and noisy, so every figure that matters is a ratio of two runs made here:
#   1. a tree of at least 1,000 real-looking reports (copies of the corpus
#      samples): reports per second with -j 1 and with -j 2, their ratio
#      (goal >= 1.8 on two cores), the peak memory of the parent and of a
#      worker (goal < 100 MB), and a rerun with nothing to do (goal < 2 s);
#   2. the cost per file at 1,000, 10,000 and 100,000 inputs that fail at
#      once (tiny text files: the whole per-file path of the batch, from
#      listing to the failure row, without a conversion), and the ratio of
#      the largest to the smallest (goal <= 1.3: no cost that grows with
#      the number of files), with the no-op rerun and the parent's peak
#      memory at each size;
#   3. 1,000 new files into an empty dataset and into the largest one;
#   4. the cost of a worker process (fork, opening the database, exit):
#      the CPU time of 64 tiny files in 64 workers less that in one, per
#      extra worker, beside the CPU time of a DOCX report in batch mode.
# usage: bench/batch.sh XXGK CORPUS [REPORTS [SIZES [ROUNDS]]]
#   REPORTS: files in the tree of reports (default 1020)
#   SIZES: input counts of part 2 (default "1000 10000 100000")
#   ROUNDS: runs of -j 1 and of -j 2 in part 1, the fastest kept (default 3)
# BENCH_TMP chooses where the trees go (default: a new folder in /tmp).
set -u
XXGK=${1:-./xxgk}
CORPUS=${2:-corpus}
REPORTS=${3:-1020}
SIZES=${4:-1000 10000 100000}
ROUNDS=${5:-3}
XXGK=$(cd "$(dirname "$XXGK")" && pwd)/$(basename "$XXGK")
CORPUS=$(cd "$CORPUS" && pwd)
work=$(mktemp -d "${BENCH_TMP:-/tmp}/xxgk-bench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1

# seconds CMD...: "wall user+sys" seconds of CMD and the processes it
# waited for (its output in last.log)
seconds() {
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$@" > last.log 2>&1 ; } 2>&1 )
    echo "$t" | awk '{ printf "%.3f %.3f", $1, $2 + $3 }'
}
wall() { echo "${1% *}"; }
cpu() { echo "${1#* }"; }

echo "batch benchmark: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2> /dev/null)" = 1 ]; then
    echo "(scheduler autogroups on: on a busy machine this session's share of the CPU is"
    echo " fixed whatever its number of processes, so -j 2 shows its gain on idle cores only)"
fi
echo

# ---- 1. reports ----
samples=$(cd "$CORPUS" && find . -type f ! -path './bad/*' ! -name '*.expected.*' \
    ! -name '*.truth.json' ! -name '*.md' | LC_ALL=C sort)
n_samples=$(echo "$samples" | wc -l)
mkdir -p tree
i=0
while [ $i -lt "$REPORTS" ]; do
    for s in $samples; do
        [ $i -lt "$REPORTS" ] || break
        d=tree/$((i / 100))
        mkdir -p "$d"
        cp "$CORPUS/$s" "$d/$i-$(basename "$s")"
        i=$((i + 1))
    done
done
echo "1. a tree of $REPORTS reports (copies of the $n_samples corpus samples: DOCX, DOC, PDF, HTML, text),"
echo "   -j 1 and -j 2 in turn, $ROUNDS rounds, the fastest of each kept"
best() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); print (b == "" || x[1] < y[1]) ? a : b }'; }
t1= t2=
for round in $(seq "$ROUNDS"); do
    rm -rf out1 out2
    t=$(seconds "$XXGK" -d out1 -j 1 -v tree)
    t1=$(best "$t" "$t1")
    mem1=$(grep '^peak memory' last.log)
    sum1=$(grep ' files: ' last.log)
    t=$(seconds "$XXGK" -d out2 -j 2 -v tree)
    t2=$(best "$t" "$t2")
    mem2=$(grep '^peak memory' last.log)
    sum2=$(grep ' files: ' last.log)
done
noop=$(seconds "$XXGK" -d out2 -j 2 tree)
sum3=$(grep ' files: ' last.log)
awk -v n="$REPORTS" -v t1="$(wall "$t1")" -v t2="$(wall "$t2")" -v c1="$(cpu "$t1")" \
    -v c2="$(cpu "$t2")" -v noop="$(wall "$noop")" 'BEGIN {
    printf "   -j 1: %8.3f s  %7.1f files/s  (CPU %.2f ms per file)\n", t1, n / t1, c1 * 1000 / n
    printf "   -j 2: %8.3f s  %7.1f files/s  (CPU %.2f ms per file)\n", t2, n / t2, c2 * 1000 / n
    printf "   -j 2 / -j 1 throughput ratio: %.2f (goal >= 1.8 on two idle cores)\n", t1 / t2
    printf "   rerun with nothing to do: %.3f s for %d files (goal < 2 s), %.3f of the -j 2 run\n", noop, n, noop / t2 }'
echo "   -j 1 run: $sum1"
echo "   -j 2 run: $sum2"
echo "   rerun:    $sum3"
echo "   -j 1 $mem1"
echo "   -j 2 $mem2 (goal < 100 MB per worker)"
echo

# ---- 2. cost per file against the number of files ----
echo "2. cost per file against the number of inputs (tiny failing files, -j 2)"
printf '   %8s %10s %12s %12s %14s\n' inputs "run s" "ms per file" "no-op s" "parent KiB"
first=
for n in $SIZES; do
    rm -rf many "many-out"
    mkdir many
    awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) {
        d = sprintf("many/%03d", i % 1000); if (i < 1000) system("mkdir -p " d)
        f = sprintf("%s/f%d.txt", d, i); print "not a report " i > f; close(f) } }'
    t=$(wall "$(seconds "$XXGK" -d many-out -j 2 many)")
    grep -q "^$n files: 0 converted, 0 up to date, 0 not reports, $n failed" last.log ||
        { echo "   unexpected: $(head -n 2 last.log)"; }
    t0=$(wall "$(seconds "$XXGK" -d many-out -j 2 many)")
    "$XXGK" -d many-out -j 2 -v many > last.log 2>&1
    kib=$(sed -n 's/^peak memory: parent \([0-9]*\) KiB.*/\1/p' last.log)
    per=$(awk -v t="$t" -v n="$n" 'BEGIN { printf "%.4f", t * 1000 / n }')
    printf '   %8d %10.3f %12.4f %12.3f %14s\n' "$n" "$t" "$per" "$t0" "$kib"
    [ -n "$first" ] || first=$per
    last=$per
done
awk -v a="$first" -v b="$last" 'BEGIN {
    printf "   largest / smallest cost per file: %.2f (goal <= 1.3)\n", b / a }'
echo

# ---- 3. a run into a dataset that already holds many files ----
# Three rounds, each with 1,000 files never seen before, into an empty
# dataset and into the largest one in turn; the fastest of each kept (one
# run of each is at the mercy of the other users of a shared machine).
phase() { sed -n "s/^time: files \([0-9.]*\) s, then findings and exports \([0-9.]*\) s/\\$1/p" "$2"; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }'; }
e1= e2= f1= f2=
for round in 1 2 3; do
    mkdir -p few$round
    awk -v r=$round 'BEGIN { for (i = 0; i < 1000; i++) {
        f = sprintf("few%d/g%d.txt", r, i); print "no report " r " " i > f; close(f) } }'
    rm -rf few-out
    "$XXGK" -d few-out -j 2 -v few$round > empty.log 2>&1
    "$XXGK" -d many-out -j 2 -v few$round > full.log 2>&1
    e1=$(min "$(phase 1 empty.log)" "$e1"); e2=$(min "$(phase 2 empty.log)" "$e2")
    f1=$(min "$(phase 1 full.log)" "$f1"); f2=$(min "$(phase 2 full.log)" "$f2")
done
held=$(sed -n 's/^many-out: \([0-9]*\) reports\{0,1\}, \([0-9]*\) failures\{0,1\}.*/\1 \2/p' full.log |
    awk '{ print $1 + $2 }')
echo "3. 1,000 new files (-j 2), per phase: the files, then the findings across years and the exports"
echo "   (3 rounds, the fastest of each kept)"
printf '   into an empty dataset:    files %s s, then %s s\n' "$e1" "$e2"
printf '   into a dataset of %s files: files %s s, then %s s\n' "$held" "$f1" "$f2"
awk -v a="$e1" -v b="$f1" 'BEGIN {
    printf "   cost per file, full / empty dataset: %.2f (the exports are remade from the whole dataset when it changed)\n", b / a }'
echo

# ---- 4. the cost of a worker process ----
mkdir -p w64
for i in $(seq 64); do echo "not a report $i" > "w64/f$i.txt"; done
c1= c64=
for round in 1 2 3; do
    rm -rf w-out; c=$(cpu "$(seconds "$XXGK" -d w-out -j 1 w64)")
    c1=$(awk -v a="$c" -v b="$c1" 'BEGIN { print (b == "" || a < b) ? a : b }')
    rm -rf w-out; c=$(cpu "$(seconds "$XXGK" -d w-out -j 64 w64)")
    c64=$(awk -v a="$c" -v b="$c64" 'BEGIN { print (b == "" || a < b) ? a : b }')
done
find tree -name '*.docx' > docx.list
n_docx=$(wc -l < docx.list)
rm -rf d-out
cd_=$(cpu "$(seconds "$XXGK" -d d-out -j 1 --files-from docx.list)")
# a worker is replaced after 1,000 files (RECYCLE_AFTER in src/batch.c)
awk -v c1="$c1" -v c64="$c64" -v cd="$cd_" -v nd="$n_docx" -v per=1000 'BEGIN {
    w = (c64 - c1) * 1000 / 63; d = cd * 1000 / nd
    printf "4. a worker process (fork, database opened, exit), CPU: %.2f ms (64 tiny files in 64 workers %.3f s, in one %.3f s)\n", w, c64, c1
    printf "   a DOCX report in batch mode (%d files, -j 1), CPU: %.2f ms per file;\n", nd, d
    printf "   a worker per %d files in a long run: %.4f ms per file, %.2f%% of a DOCX report\n", per, w / per, w / per * 100 / d }'
