#!/bin/sh
# Batch mode: a tree of mixed files into a dataset folder.  Inputs walked
# (hidden files and symbolic links left out), files that are not reports
# skipped and counted, outputs mirrored under DIR/reports, the database and
# its exports (exact contents), the findings across years and the
# organisation map, resuming (also after SIGKILL at any moment), crashes,
# hangs and memory exhaustion as failures, a full disk, an unwritable
# folder, the umask, leftover temporary files, --files-from, shards merged
# with GNU parallel (the README's recipe), the workbook, the progress line.
# The reports are generated here (text form), so their numbers are known.
set -u
XXGK=${XXGK:-./xxgk}
CORPUS=${CORPUS:-$PWD/corpus}
case $XXGK in ./* | ../*) XXGK=$PWD/$XXGK ;; esac     # the tests run elsewhere
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

for tool in sqlite3 parallel unzip script; do
    command -v $tool > /dev/null || { echo "batch: $tool not found (README lists what the tests need)"; exit 1; }
done

# same NAME GOT WANT: the file GOT holds exactly WANT (a file)
same() {
    if cmp -s "$2" "$3"; then
        ok
    else
        bad "$1"
        diff -u "$3" "$2" | head -n 20
    fi
}

# report ORG YEAR CARRIED_OVER CARRIED_FORWARD IN_FORCE: a report in the
# tab-separated text form.  Every request cell is 1 except new_received
# (30) and the two carried rows, every total six times its row's cell;
# regulations issued 2, repealed 1, in force IN_FORCE; normative documents
# issued 3, repealed 1, in force IN_FORCE + 10.
report() {
    row7() {
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$2" "$2" "$2" "$2" "$2" "$(($2 * 6))"
    }
    printf '%s\n\n%s年政府信息公开工作年度报告\n\n一、总体情况\n\n本机关%s年依法公开政府信息。\n\n' "$1" "$2" "$2"
    printf '二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n'
    printf '规章\t2\t1\t%s\n行政规范性文件\t3\t1\t%s\n' "$5" "$(($5 + 10))"
    printf '第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t5\n'
    printf '第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t6\n行政强制\t7\n'
    printf '第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t1.5\n\n'
    printf '三、收到和处理政府信息公开申请情况\n\n'
    printf '\t申请人情况\t\t\t\t\t\t总计\n\t自然人\t法人或其他组织\t\t\t\t\t\n'
    printf '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n'
    row7 '一、本年新收政府信息公开申请数量' 30
    row7 '二、上年结转政府信息公开申请数量' "$3"
    row7 '三、本年度办理结果（一）予以公开' 1
    row7 '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' 1
    row7 '（三）不予公开 1.属于国家秘密' 1
    row7 '2.其他法律行政法规禁止公开' 1
    row7 '3.危及“三安全一稳定”' 1
    row7 '4.保护第三方合法权益' 1
    row7 '5.属于三类内部事务信息' 1
    row7 '6.属于四类过程性信息' 1
    row7 '7.属于行政执法案卷' 1
    row7 '8.属于行政查询事项' 1
    row7 '（四）无法提供 1.本机关不掌握相关政府信息' 1
    row7 '2.没有现成信息需要另行制作' 1
    row7 '3.补正后申请内容仍不明确' 1
    row7 '（五）不予处理 1.信访举报投诉类申请' 1
    row7 '2.重复申请' 1
    row7 '3.要求提供公开出版物' 1
    row7 '4.无正当理由大量反复申请' 1
    row7 '5.要求行政机关确认或重新出具已获取信息' 1
    row7 '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' 1
    row7 '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' 1
    row7 '3.其他' 1
    row7 '（七）总计' 23
    row7 '四、结转下年度继续办理' "$4"
    printf '\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t\t\t\t\t行政诉讼\n'
    printf '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n'
    printf '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n'
    printf '1\t2\t0\t1\t4\t0\t1\t0\t0\t1\t2\t0\t0\t0\t2\n\n'
    printf '五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n'
}

nul() { printf "%0${1}d" 0 | tr 0 '\000'; }

# The download tree.  Names are relative, as a user types them.
cd "$tmp" || exit 99
mkdir -p dl/2022 dl/2023/copy dl/2024 dl/media dl/broken dl/.hidden
report 测试市交通运输局 2022 5 9 40 > dl/2022/交通局.txt
report '测试市　交通运输局' 2023 8 3 41 > dl/2023/交通局.txt     # an ideographic space
cp dl/2023/交通局.txt dl/2023/copy/交通局.txt
report 测试市交通运输局 2024 8 3 41 > dl/2024/交通局.txt
report 测试市卫健委 2022 4 6 30 > dl/2022/卫健委.txt
report 测试市卫生健康委员会 2023 6 6 33 > dl/2023/卫生健康委.txt
{ printf '\211PNG\r\n\032\n'; nul 4; printf '\rIHDR'; } > dl/media/photo.png
{ printf 'PK\005\006'; nul 18; } > dl/media/data.zip
{ printf 'PK\003\004\024\000'; nul 20; printf '\004\000\000\000xl/a'
  printf 'PK\001\002\024\000\024\000'; nul 20; printf '\004\000'; nul 16; printf 'xl/a'
  printf 'PK\005\006'; nul 4; printf '\001\000\001\000\062\000\000\000\042\000\000\000\000\000'; } > dl/media/sheet.xlsx
: > dl/broken/empty.pdf
printf 'PK\003\004broken' > dl/broken/truncated.docx
printf '会议纪要\n' > dl/notes.txt
report 隐藏局 2023 1 1 1 > dl/.hidden/x.txt
cp dl/2022/交通局.txt dl/.secret.txt
ln -s 2022/交通局.txt dl/link.txt

# summary FILE: the closing lines with the time taken replaced by T
summary() { sed 's/; [0-9.]* s$/; T s/' "$1"; }

# dump DIR: the dataset's content, without row ids and timings
dump() {
    sqlite3 "$1/xxgk.sqlite" \
        "SELECT path, sha256, size, format, layout, organisation, year, title, publication_date,
                index_number, document_number, tables_found, values_found, values_expected,
                checks_total, checks_failed, warnings, tables_sha256, xxgk_version
         FROM reports ORDER BY path" \
        "SELECT r.path, c.tbl, c.row, c.col, c.value, c.value_text, c.raw, c.unreadable,
                c.source_table, c.source_row, c.source_col, c.page, c.bbox, c.column_by
         FROM cells c JOIN reports r ON r.id = c.report_id ORDER BY r.path, c.rowid" \
        "SELECT r.path, k.rule, k.tbl, k.row, k.col, k.status, k.expected, k.found, k.cells, k.missing
         FROM checks k JOIN reports r ON r.id = k.report_id ORDER BY r.path, k.rowid" \
        "SELECT r.path, w.message FROM warnings w JOIN reports r ON r.id = w.report_id
         ORDER BY r.path, w.rowid" \
        "SELECT path, sha256, size, exit_status, kind, reason, xxgk_version FROM failures ORDER BY path" \
        "SELECT * FROM skipped ORDER BY path" \
        "SELECT * FROM continuity ORDER BY rowid" \
        "SELECT * FROM org_map ORDER BY alias"
    for f in reports values checks failures continuity; do
        echo "== $f.csv"
        cat "$1/$f.csv"
    done
    (cd "$1/reports" && find . -type f | LC_ALL=C sort | while read -r f; do echo "== $f"; cat "$f"; done)
}

# ---- the first run ----
$XXGK -d out -j 2 dl > log 2> err
rc=$?
[ $rc -eq 5 ] && ok || bad "first run: exit $rc, want 5 (some files failed): $(cat err)"
[ ! -s err ] && ok || bad "first run wrote to stderr without -v: $(cat err)"
cat > want <<'EOF'
12 files: 6 converted, 0 up to date, 3 not reports, 3 failed; 6 with failed checks; T s
out: 6 reports, 3 failures; 5 exports rewritten
EOF
summary log > got
same "first run summary" got want

# outputs mirror the inputs' paths; failed and skipped files have none
(cd out/reports && find . -type f | LC_ALL=C sort) > got
cat > want <<'EOF'
./dl/2022/交通局.txt.csv
./dl/2022/交通局.txt.json
./dl/2022/卫健委.txt.csv
./dl/2022/卫健委.txt.json
./dl/2023/copy/交通局.txt.csv
./dl/2023/copy/交通局.txt.json
./dl/2023/交通局.txt.csv
./dl/2023/交通局.txt.json
./dl/2023/卫生健康委.txt.csv
./dl/2023/卫生健康委.txt.json
./dl/2024/交通局.txt.csv
./dl/2024/交通局.txt.json
EOF
same "report outputs" got want
$XXGK -f csv dl/2022/交通局.txt > got
same "a report's CSV equals xxgk -f csv" out/reports/dl/2022/交通局.txt.csv got
(ls -A out; ls -A out/reports) > got
printf '%s\n' .lock checks.csv continuity.csv failures.csv reports reports.csv values.csv \
    xxgk.sqlite dl > want
same "dataset folder (no temporary files)" got want

# failures.csv: path, size, sha256, exit status, kind, reason (the reason
# xxgk FILE gives, and its exit status)
$XXGK dl/notes.txt > /dev/null 2> notes.err
notes_rc=$?
notes_reason=$(sed 's/^xxgk: dl\/notes.txt: //' notes.err)
case $notes_reason in *,*) notes_reason="\"$notes_reason\"" ;; esac
cat > want <<EOF
path,size,sha256,exit_status,kind,reason
dl/broken/empty.pdf,0,e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855,2,error,empty file
dl/broken/truncated.docx,10,f0238e127c2a959023ee9d9e6bf3c1c7b32e38ca6a1a5b2b6ea32f360eee9bf0,2,error,not a zip archive
dl/notes.txt,13,540473f19ab5978a5ddb7165cc50991ad585077b2683c10fa7b8c20b42d53c12,$notes_rc,error,$notes_reason
EOF
tr -d '\r' < out/failures.csv > got
same "failures.csv" got want
sqlite3 out/xxgk.sqlite 'SELECT * FROM skipped ORDER BY path' > got
cat > want <<'EOF'
dl/media/data.zip|22|ZIP archive
dl/media/photo.png|17|PNG image
dl/media/sheet.xlsx|106|XLSX spreadsheet
EOF
same "skipped files" got want

# values.csv is every report's CSV with its path in front
for f in $(cd out/reports && find . -name '*.csv' | sed 's|^\./||; s|\.csv$||' | LC_ALL=C sort); do
    tail -n +2 "out/reports/$f.csv" | sed "s|^|$f,|"
done > want.values
{ printf 'path,table,row,col,value\r\n'; cat want.values; } > want
same "values.csv" out/values.csv want

# reports.csv: a row per report, its metadata, then each value under its
# key; every key of every report's CSV is a column holding that value
head -n 1 out/reports.csv | tr -d '\r' | cut -d, -f1-18 > got
echo "path,sha256,size,format,layout,organisation,year,title,publication_date,index_number,document_number,tables_found,values_found,values_expected,checks_total,checks_failed,warnings,xxgk_version" > want
same "reports.csv metadata columns" got want
grep '^dl/2023/交通局.txt,' out/reports.csv | tr -d '\r' | cut -d, -f1-18 > got
echo "dl/2023/交通局.txt,$(sha256sum < dl/2023/交通局.txt | cut -c1-64),$(wc -c < dl/2023/交通局.txt),text,2021,测试市交通运输局,2023,测试市交通运输局2023年政府信息公开工作年度报告,,,,active requests appeals,200,200,42,14,0,0.1.0" > want
same "reports.csv metadata of a report" got want
awk -F, 'NR == FNR { sub(/\r$/, ""); if (FNR == 1) for (i = 1; i <= NF; i++) col[$i] = i; else row[$1] = $0; next }
    FNR > 1 { sub(/\r$/, ""); key = $2 "." $3 "." $4; if (!(key in col)) { print "no column " key; next }
              split(row[$1], f, ","); v = f[col[key]];
              if (v != $5) print $1 " " key ": " v " in reports.csv, " $5 " in values.csv" }' \
    out/reports.csv out/values.csv > got
[ ! -s got ] && ok || { bad "reports.csv against values.csv"; head -n 5 got; }
[ "$(wc -l < out/reports.csv)" -eq 7 ] && ok || bad "reports.csv: 6 reports and a header"
# its value columns: every key of each table, those of the 2021 format (a
# report's CSV) then those only the 2019 format has (a 2019 report's)
{ tail -n +2 out/reports/dl/2022/交通局.txt.csv; tail -n +2 "$CORPUS/docx/format_2019.expected.csv"; } |
    tr -d '\r' | awk -F, '{ k = $1 "." $2 "." $3; if (k in seen) next; seen[k]
        if (!($1 in n)) t[++nt] = $1; key[$1, ++n[$1]] = k }
        END { for (i = 1; i <= nt; i++) for (j = 1; j <= n[t[i]]; j++) print key[t[i], j] }' > want
head -n 1 out/reports.csv | tr -d '\r' | tr , '\n' | tail -n +19 > got
same "reports.csv value columns" got want

# checks.csv: the failed and skipped checks, with their cells
grep '^dl/2022/交通局.txt,' out/checks.csv | tr -d '\r' | head -n 2 > got
cat > want <<'EOF'
dl/2022/交通局.txt,requests_balance,requests,,natural_person,fail,35,32,requests/new_received/natural_person requests/carried_over/natural_person requests/results_total/natural_person requests/carried_forward/natural_person,
dl/2022/交通局.txt,requests_balance,requests,,commercial,fail,35,32,requests/new_received/commercial requests/carried_over/commercial requests/results_total/commercial requests/carried_forward/commercial,
EOF
same "checks.csv" got want
[ "$(grep -c '^dl/2022/交通局.txt,' out/checks.csv)" -eq 14 ] && ok || bad "checks.csv: 14 failed checks of one report"

# continuity.csv: duplicates, carried requests, regulations in force,
# identical tables; the ideographic space does not make a new organisation
tr -d '\r' < out/continuity.csv | sed -n '1,3p;10p;18,19p;25,28p' > got
cat > want <<'EOF'
kind,organisation,year,path,other_path,table,row,col,expected,found
duplicate,测试市交通运输局,2023,dl/2023/交通局.txt,dl/2023/copy/交通局.txt,,,,,
carried_over,测试市交通运输局,2023,dl/2023/copy/交通局.txt,dl/2022/交通局.txt,requests,carried_over,natural_person,9,8
in_force,测试市交通运输局,2023,dl/2023/copy/交通局.txt,dl/2022/交通局.txt,active,normative_documents,in_force,52,51
in_force,测试市交通运输局,2023,dl/2023/交通局.txt,dl/2022/交通局.txt,active,normative_documents,in_force,52,51
carried_over,测试市交通运输局,2024,dl/2024/交通局.txt,dl/2023/copy/交通局.txt,requests,carried_over,natural_person,3,8
carried_over,测试市交通运输局,2024,dl/2024/交通局.txt,dl/2023/copy/交通局.txt,requests,carried_over,total,18,48
in_force,测试市交通运输局,2024,dl/2024/交通局.txt,dl/2023/copy/交通局.txt,active,regulations,in_force,42,41
in_force,测试市交通运输局,2024,dl/2024/交通局.txt,dl/2023/copy/交通局.txt,active,normative_documents,in_force,53,51
identical_tables,测试市交通运输局,2024,dl/2024/交通局.txt,dl/2023/copy/交通局.txt,,,,,
EOF
same "continuity.csv" got want
[ "$(wc -l < out/continuity.csv)" -eq 38 ] && ok || bad "continuity.csv: 37 findings, got $(($(wc -l < out/continuity.csv) - 1))"

# the database: its tables and columns (documented in the manual), sound
sqlite3 out/xxgk.sqlite "SELECT m.name, group_concat(p.name, ',') FROM sqlite_master m,
    pragma_table_info(m.name) p WHERE m.type = 'table' GROUP BY m.name ORDER BY m.name" > got
cat > want <<'EOF'
cells|report_id,tbl,row,col,value,value_text,raw,unreadable,source_table,source_row,source_col,page,bbox,column_by
checks|report_id,rule,tbl,row,col,status,expected,found,cells,missing
continuity|kind,organisation,year,path,other_path,tbl,row,col,expected,found
failures|path,sha256,size,exit_status,kind,reason,xxgk_version,seconds
meta|key,value
org_map|alias,name
reports|id,path,sha256,size,format,layout,organisation,year,title,publication_date,index_number,document_number,tables_found,values_found,values_expected,checks_total,checks_failed,warnings,tables_sha256,xxgk_version,seconds
skipped|path,size,kind
warnings|report_id,message
EOF
same "database tables" got want
[ "$(sqlite3 out/xxgk.sqlite 'PRAGMA integrity_check')" = ok ] && ok || bad "integrity_check"
sqlite3 out/xxgk.sqlite "SELECT value, value_text, raw, source_table, source_row, source_col, column_by
    FROM cells c JOIN reports r ON r.id = c.report_id WHERE r.path = 'dl/2022/交通局.txt'
    AND tbl = 'active' AND row = 'fees'" > got
echo "1.5|1.5|1.5|4|2|2|position" > want
same "a value with its source" got want

# ---- run again: nothing to do, nothing rewritten ----
touch stamp
sleep 1
touch dl/2022/交通局.txt        # downloaded again: same bytes
$XXGK -d out -j 2 dl > log 2>&1
cat > want <<'EOF'
12 files: 0 converted, 6 up to date, 3 not reports, 3 failed; 6 with failed checks; T s
out: 6 reports, 3 failures; 0 exports rewritten
EOF
summary log > got
same "rerun summary" got want
[ -z "$(find out -newer stamp -name '*.csv' ! -path '*/reports/*')" ] && ok || bad "rerun rewrote exports"

# an edited file is converted again, and only the exports it changes are rewritten
report 测试市交通运输局 2022 5 8 40 > dl/2022/交通局.txt
$XXGK -d out -j 2 dl > log 2>&1
cat > want <<'EOF'
12 files: 1 converted, 5 up to date, 3 not reports, 3 failed; 6 with failed checks; T s
out: 6 reports, 3 failures; 4 exports rewritten
EOF
summary log > got
same "edited file summary" got want
grep -c '^carried_over,测试市交通运输局,2023,.*,8,8' out/continuity.csv > got || true
echo 0 > want
same "continuity follows the edit" got want

# a report or a failure recorded by another version of xxgk is converted
# again, though the file did not change; the row then names this version
version=$(sqlite3 out/xxgk.sqlite "SELECT xxgk_version FROM reports WHERE path = 'dl/2022/卫健委.txt'")
sqlite3 out/xxgk.sqlite "UPDATE reports SET xxgk_version = '0.0.0' WHERE path = 'dl/2022/卫健委.txt';
    UPDATE failures SET xxgk_version = '0.0.0' WHERE path = 'dl/broken/empty.pdf'"
$XXGK -d out -j 2 dl > log 2>&1
cat > want <<'EOF'
12 files: 1 converted, 5 up to date, 3 not reports, 3 failed; 6 with failed checks; T s
out: 6 reports, 3 failures; 0 exports rewritten
EOF
summary log > got
same "another version's rows converted again" got want
sqlite3 out/xxgk.sqlite "SELECT path, xxgk_version FROM reports WHERE xxgk_version <> '$version'
    UNION ALL SELECT path, xxgk_version FROM failures WHERE xxgk_version <> '$version'" > got
[ ! -s got ] && ok || { bad "rows of another version left"; cat got; }

# --force converts everything again; the exports come out the same bytes
$XXGK -d out --force dl > log 2>&1
grep -q '^12 files: 6 converted, 0 up to date, 3 not reports, 3 failed;' log && ok || bad "--force: $(cat log)"
grep -q '; 0 exports rewritten$' log && ok || bad "--force changed the exports: $(cat log)"

# ---- runs accumulate; --files-from; -v ----
mkdir -p more
report 测试市教育局 2023 1 1 20 > more/教育局.txt
report 测试市民政局 2023 1 1 20 > more/民政局.txt
echo more/教育局.txt > list
printf 'more/民政局.txt\r\n\n' >> list
$XXGK -d out --files-from list > log 2>&1
grep -q '^2 files: 2 converted,' log && ok || bad "--files-from: $(cat log)"
grep -q '^out: 8 reports, 3 failures;' log && ok || bad "a second run adds to the dataset: $(cat log)"
echo more/教育局.txt | $XXGK -d out -v --files-from - > log 2>&1
[ "$(cat log | head -n 1)" = "[1/1] more/教育局.txt: up to date" ] && ok || bad "--files-from -: $(cat log)"
$XXGK -d out -v --force more/教育局.txt > log 2>&1
grep -qx '\[1/1\] more/教育局.txt -> out/reports/more/教育局.txt.json: text, layout 2021, 200/200 values, 14/42 checks failed, 0 warnings' log &&
    ok || bad "-v line: $(head -n 1 log)"
$XXGK -d out -v dl/notes.txt > log 2> err
[ "$(cat err)" = "xxgk: dl/notes.txt: failed in an earlier run" ] && ok || bad "-v failure line: $(cat err)"
$XXGK -d out -v --retry-failed dl/notes.txt > log 2> err
[ "$(cat err)" = "$(cat notes.err)" ] && ok || bad "--retry-failed: $(cat err)"

# a file listed twice is converted once; two files that would get one name are refused
$XXGK -d twice dl/2022/交通局.txt ./dl//2022/交通局.txt > log 2>&1
grep -q '^1 file: 1 converted' log && ok || bad "a file named twice: $(cat log)"
mkdir -p sub/dl && cp dl/notes.txt sub/dl/notes.txt
(cd sub && $XXGK -d ../clash ../dl/notes.txt dl/notes.txt) > log 2> err
rc=$?
[ $rc -eq 1 ] && [ "$(cat err)" = "xxgk: ../dl/notes.txt and dl/notes.txt would both be named dl/notes.txt in the dataset" ] &&
    ok || bad "name clash: exit $rc: $(cat err)"

# ---- the organisation map joins names across years ----
printf 'alias,name\n测试市卫健委,测试市卫生健康委员会\n' > orgs.csv
$XXGK -d out --org-map orgs.csv dl > log 2>&1
grep '^carried_over,测试市卫生健康委员会' out/continuity.csv > got
[ ! -s got ] && ok || { bad "org map: equal carried values are no finding"; cat got; }
grep -c '^in_force,测试市卫生健康委员会,2023,dl/2023/卫生健康委.txt,dl/2022/卫健委.txt,active,regulations,in_force,31,33' \
    out/continuity.csv > got || true
echo 1 > want
same "org map: in_force across the mapped names" got want
printf '卫健委\n' > orgs-bad.csv
$XXGK -d out --org-map orgs-bad.csv dl > log 2> err
rc=$?
[ $rc -eq 1 ] && [ "$(cat err)" = "xxgk: orgs-bad.csv: line 1: expected alias,name" ] && ok || bad "bad org map: exit $rc: $(cat err)"

# ---- crashes, hangs and memory exhaustion are failures, not the end ----
mkdir -p faults
for n in crash hang memory fine; do report "故障$n局" 2023 1 1 1 > "faults/$n.txt"; done
# (AddressSanitizer would catch the signal and exit instead)
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0 \
    XXGK_TEST_FAULT=crash:crash $XXGK -d f1 -j 2 faults > log 2>&1
grep -q '^4 files: 3 converted, 0 up to date, 0 not reports, 1 failed;' log && ok || bad "crash: $(cat log)"
XXGK_TEST_FAULT=hang:hang $XXGK -d f2 -j 2 --timeout 1 faults > log 2>&1
grep -q '^4 files: 3 converted, 0 up to date, 0 not reports, 1 failed;' log && ok || bad "hang: $(cat log)"
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}allocator_may_return_null=1 \
    XXGK_TEST_FAULT=memory:memory $XXGK -d f3 -j 2 --max-memory 64 --timeout 60 faults > log 2>&1
grep -q '^4 files: 3 converted, 0 up to date, 0 not reports, 1 failed;' log && ok || bad "memory: $(cat log)"
for d in f1 f2 f3; do tail -n +2 $d/failures.csv | cut -d, -f1,4-; done | tr -d '\r' > got
cat > want <<'EOF'
faults/crash.txt,70,crash,"conversion crashed (signal 11, Segmentation fault)"
faults/hang.txt,70,timeout,conversion took longer than 1 s
faults/memory.txt,70,memory,out of memory
EOF
same "failure rows for a crash, a hang, memory exhaustion" got want
XXGK_TEST_FAULT=crash:crash $XXGK -d f1 -j 2 faults > log 2>&1
grep -q '^4 files: 0 converted, 3 up to date, 0 not reports, 1 failed;' log && ok || bad "a crashing file is not retried: $(cat log)"

# ---- the umask; leftover temporary files ----
mkdir -p um/.tmp && touch um/.tmp/left.json.AbCdEf
(umask 027 && $XXGK -d um dl/2022 > /dev/null 2>&1)
stat -c '%a %n' um/xxgk.sqlite um/values.csv um/reports/dl/2022/交通局.txt.json um/reports/dl/2022 > got
cat > want <<'EOF'
640 um/xxgk.sqlite
640 um/values.csv
640 um/reports/dl/2022/交通局.txt.json
750 um/reports/dl/2022
EOF
same "outputs follow the umask" got want
[ ! -e um/.tmp ] && ok || bad "a temporary file of an earlier run was left"
$XXGK -f csv -o um/single.csv dl/2022/交通局.txt
[ "$(stat -c %a um/single.csv)" = 644 ] && ok || bad "-o: mode $(stat -c %a um/single.csv), want 644"

# ---- the workbook ----
$XXGK -d out --excel dl > log 2>&1
grep -q '; 1 export rewritten$' log && ok || bad "--excel: $(cat log)"
unzip -p out/dataset.xlsx xl/workbook.xml | grep -o '<sheet name="[a-z]*"' > got
printf '<sheet name="%s"\n' reports values checks failures continuity > want
same "workbook sheets" got want
unzip -p out/dataset.xlsx xl/worksheets/sheet4.xml > sheet
grep -q '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' sheet && ok || bad "header row frozen"
grep -q '<c r="B2"><v>0</v></c>' sheet && ok || bad "numbers as numbers"
grep -q '<c r="A4" t="inlineStr"><is><t>dl/notes.txt</t></is></c>' sheet && ok || bad "texts as texts"
unzip -p out/dataset.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="G2"><v>[0-9]*</v></c>' > got
echo '<c r="G2"><v>2022</v></c>' > want
same "a year in the workbook" got want
# columns sized for Chinese text: 测试市卫生健康委员会, ten characters of two widths, plus a margin
unzip -p out/dataset.xlsx xl/worksheets/sheet1.xml | grep -o '<col min="6" max="6" width="[0-9.]*"' > got
echo '<col min="6" max="6" width="22.7109375"' > want
same "the organisation column's width" got want
unzip -p out/dataset.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="I2"' > got
[ ! -s got ] && ok || bad "null as an empty cell"
$XXGK -d out --force dl > log 2>&1
grep -q '; 0 exports rewritten$' log && ok || bad "the workbook is kept, the same bytes: $(cat log)"

# ---- an unwritable folder; a full disk ----
: > afile
$XXGK -d afile/out dl > log 2> err
rc=$?
[ $rc -eq 4 ] && [ "$(cat err)" = "xxgk: cannot create folder afile/out: Not a directory" ] && ok || bad "unwritable folder: exit $rc: $(cat err)"
# a folder the user may not write in (root may write anywhere: run as nobody)
as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups "$@"
    else
        "$@"
    fi
}
chmod -R a+rX dl; chmod a+rx "$tmp"
cp "${XXGK##* }" xxgk-copy                 # the program, after any wrapper
xxgk_copy="${XXGK%"${XXGK##* }"}$tmp/xxgk-copy"
mkdir ro && chmod 555 ro
as_user $xxgk_copy -d ro dl > log 2> err
rc=$?
[ $rc -eq 4 ] && [ "$(cat err)" = "xxgk: cannot write ro/.lock: Permission denied" ] &&
    ok || bad "read-only folder: exit $rc: $(cat err)"
chmod 777 ro && as_user $xxgk_copy -d ro dl/2022 > /dev/null 2>&1
as_user mkdir ro/.tmp && chmod 555 ro
as_user $xxgk_copy -d ro --force dl/2022 > log 2> err
rc=$?
[ $rc -eq 4 ] && [ "$(cat err)" = "xxgk: cannot write ro/xxgk.sqlite-wal: Permission denied" ] && [ ! -s log ] &&
    ok || bad "read-only folder with a dataset: exit $rc: $(cat err) $(cat log)"
[ "$(sqlite3 -readonly ro/xxgk.sqlite 'SELECT count(*) FROM reports')" = 2 ] && ok || bad "read-only folder: dataset changed"
chmod 755 ro
$XXGK -d ref -j 2 dl > /dev/null 2>&1
dump ref > ref.dump
for blocks in 40 200 600; do
    rm -rf full
    (ulimit -f $blocks && $XXGK -d full -j 2 dl) > log 2> err
    rc=$?
    if [ $rc -eq 4 ] && grep -qx "xxgk: cannot write full/[^:]*: File too large" err; then ok; else bad "full disk ($blocks): exit $rc: $(cat err)"; fi
    [ "$(sqlite3 full/xxgk.sqlite 'PRAGMA integrity_check' 2>&1)" = ok ] && ok || bad "full disk ($blocks): database damaged"
    n=$(sed -n 's/^[0-9]* files: \([0-9]*\) converted.*/\1/p' log)
    have=$(sqlite3 full/xxgk.sqlite 'SELECT count(*) FROM reports' 2> /dev/null)
    [ "${n:-0}" -eq "${have:-0}" ] && ok ||
        bad "full disk ($blocks): the summary counts ${n:-0} converted, the database holds ${have:-0}"
    # every file is accounted for: the run stopped, the files it did not reach are "not done"
    [ ! -s log ] || sed -n 's/;.*//p' log | awk -F'[:,] *' '/ files: / { t = $1 + 0; for (i = 2; i <= NF; i++) s += $i }
        END { exit !(t > 0 && s == t) }' && ok || bad "full disk ($blocks): the summary does not add up: $(head -n 1 log)"
    $XXGK -d full -j 2 dl > /dev/null 2>&1
    dump full > full.dump
    same "full disk ($blocks), then a rerun: the same dataset" full.dump ref.dump
done

# ---- killed at any moment (SIGKILL), then run again: the same dataset ----
for i in 1 2 3 4 5 6 7 8; do cp dl/2022/交通局.txt "dl/media/copy$i.txt"; done
rm -rf ref && $XXGK -d ref -j 2 dl > /dev/null 2>&1
dump ref > ref.dump
for delay in 0.05 0.2 0.4 0.7 1 1.5; do
    rm -rf killed
    $XXGK -d killed -j 2 dl > /dev/null 2>&1 &
    pid=$!
    sleep $delay
    kill -9 $pid 2> /dev/null
    wait $pid 2> /dev/null
    $XXGK -d killed -j 2 dl > /dev/null 2>&1
    dump killed > killed.dump
    same "killed after $delay s, then run again" killed.dump ref.dump
done

# ---- shards on several machines, merged: the README's recipe, with this
# machine as the only ssh login ----
echo : > hosts
PARALLEL=--will-cite
export PARALLEL XXGK
seq 3 | parallel --sshloginfile hosts --workdir . --return shard-{} \
    "$XXGK -q -d shard-{} --shard {}/3 dl" > log 2>&1
$XXGK merge -d merged shard-1 shard-2 shard-3 > log 2>&1
grep -q '^3 shards merged; merged: 14 reports, 3 failures;' log && ok || bad "merge: $(cat log)"
dump merged > merged.dump
same "shards merged equal a single run" merged.dump ref.dump
n=0
for k in 1 2 3; do
    m=$(sqlite3 shard-$k/xxgk.sqlite 'SELECT (SELECT count(*) FROM reports) +
        (SELECT count(*) FROM failures) + (SELECT count(*) FROM skipped)' 2> /dev/null)
    n=$((n + ${m:-0}))
done
[ $n -eq 20 ] && ok || bad "shards: $n files recorded, want 20"
$XXGK -d x --shard 4/3 dl > /dev/null 2> err
[ "$(cat err)" = "xxgk: --shard takes K/N with 1 <= K <= N" ] && ok || bad "--shard 4/3: $(cat err)"

# ---- the progress line on a terminal ----
rm -rf tty
script -qec "$XXGK -d tty dl" /dev/null > log 2>&1
grep -q 'files/s, [0-9]*:[0-9][0-9] left, [0-9]* failed' log && ok || bad "no progress line on a terminal"
grep -q '20 files: 14 converted' log && ok || bad "summary on a terminal: $(tail -n 2 log)"
$XXGK -d notty dl > log 2>&1
! grep -q 'files/s' log && ok || bad "a progress line without a terminal"

# usage
$XXGK -q dl/notes.txt > /dev/null 2> err
[ "$(cat err)" = "xxgk: batch options need -d DIR" ] && ok || bad "-q without -d: $(cat err)"
$XXGK merge shard-1 > /dev/null 2> err
[ "$(cat err)" = "xxgk: merge needs -d DIR and at least one shard folder" ] && ok || bad "merge without -d: $(cat err)"

echo "batch: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
