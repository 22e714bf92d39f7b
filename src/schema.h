/*
 * The canonical report structure, described once as data: the three
 * tables, their rows and columns with keys, Chinese labels and the label
 * variants met in real originals, and the consistency rules.  Everything
 * else (layout stage, checks, writers, tests) reads this description.
 *
 * Patterns are compared with label keys (xg_norm_label: folded, no white
 * space, brackets unified).  A pattern starting with '=' must equal the
 * text with its leading numbering (1. （一） 三、) removed, or that text
 * less a bracketed note at its end; any other pattern matches where it
 * occurs in the text.
 */
#ifndef XG_SCHEMA_H
#define XG_SCHEMA_H

#include <stddef.h>

#define XG_MAX_PATTERNS 6

enum { XG_TABLE_ACTIVE, XG_TABLE_REQUESTS, XG_TABLE_APPEALS, XG_TABLE_COUNT };

/* Layouts of the national format: the format of 2021 (国办公开办函〔2021〕
 * 30号) and the format of 2019 (国办公开办函〔2019〕60号), used for the
 * reports on 2019 and 2020 and partly copied later.  A layout is a
 * property of each table: real reports of 2023 print a 2021 table 二 with
 * a 2019 table 三.  A report whose tables differ is MIXED. */
enum { XG_LAYOUT_MIXED = 1, XG_LAYOUT_2019 = 2019, XG_LAYOUT_2021 = 2021 };
#define XG_LAYOUT_COUNT 2
extern const int xg_layouts[XG_LAYOUT_COUNT];   /* 2021, 2019 */

/* "2021", "2019" or "mixed". */
const char *xg_layout_name(int layout);

/* What a column counts, which decides the units and signs its cells may
 * carry (see xg_parse_value). */
typedef enum xg_col_kind {
    XG_COL_COUNT,       /* a count: no sign; 件 项 个 allowed */
    XG_COL_CHANGE,      /* a change of a count: signed; 件 项 个 allowed */
    XG_COL_AMOUNT       /* an amount in 万元 (10,000 yuan): 元 converted */
} xg_col_kind;

typedef struct xg_col_def {
    const char *key;
    const char *label;
    const char *patterns[XG_MAX_PATTERNS];    /* header cell texts */
    int layout;             /* 0: every layout; else only that layout */
    xg_col_kind kind;
    /* the unit the national template's header states for this column
     * (enum xg_unit), used where the source's header does not say */
    int template_unit;
} xg_col_def;

typedef struct xg_row_def {
    const char *key;
    /* the template's label; in a table whose header names its rows, the
     * header cells over the row from the top, apart at " / " */
    const char *label;
    int group;              /* index in the table's groups, 0 = none */
    const char *patterns[XG_MAX_PATTERNS];    /* row label texts */
    unsigned cols;          /* bit i set: the row has column i; 0 = all */
    int layout;             /* 0: every layout; else only that layout */
} xg_row_def;

typedef struct xg_table_def {
    const char *key;
    const char *label;
    int part;               /* the report part (1-6) the table belongs to */
    const xg_row_def *rows;
    int nrows;
    const xg_col_def *cols;
    int ncols;
    /* group labels (index 1..ngroups-1; index 0 unused): a row is known by
     * its group and its item */
    const char *const *groups;
    int ngroups;
    /* The appeals table prints its rows as column headers over a single
     * line of numbers: row patterns are then matched in the header. */
    int rows_in_header;
    /* Rows some offices add that have no key (其他主动公开文件 in a 2019
     * table 二): known, so not taken for another row or for digits of the
     * row above, and not read. */
    const char *extra_rows[XG_MAX_PATTERNS];
} xg_table_def;

extern const xg_table_def xg_schema[XG_TABLE_COUNT];

/* The six parts of the report. */
typedef struct xg_part_def {
    int number;                 /* 1..6 */
    const char *key;            /* "overview", ... */
    const char *label;          /* 总体情况 ... */
    const char *patterns[XG_MAX_PATTERNS];  /* heading keywords */
} xg_part_def;

#define XG_PART_COUNT 6
extern const xg_part_def xg_parts[XG_PART_COUNT];

/* Consistency rules (勾稽关系). */
typedef enum xg_rule_kind {
    /* in every column: sum(LEFT rows) == sum(RIGHT rows) */
    XG_RULE_COLUMN_BALANCE,
    /* in every row: the TARGET column == the sum of the other columns */
    XG_RULE_ROW_TOTAL
} xg_rule_kind;

typedef struct xg_rule_def {
    const char *key;
    const char *description;
    xg_rule_kind kind;
    int table;
    const char *left[32];       /* row keys (COLUMN_BALANCE), NULL-ended */
    const char *right[4];       /* row keys (COLUMN_BALANCE), NULL-ended */
    const char *target;         /* column key (ROW_TOTAL) */
} xg_rule_def;

extern const xg_rule_def xg_rules[];
extern const int xg_rule_count;

/* Keys are unique within a layout; a key may name a row (or column) of
 * each layout: regulations has the columns issued, repealed, in_force in
 * 2021 and new_made, new_published, published_total in 2019.
 *
 * Lookups by key, -1 when absent: the first of any layout, or the one of
 * LAYOUT (0: the first of any). */
int xg_schema_row(int table, const char *key);
int xg_schema_col(int table, const char *key);
int xg_schema_row_in(int table, const char *key, int layout);
int xg_schema_col_in(int table, const char *key, int layout);
/* True when row ROW of TABLE has column COL. */
int xg_schema_row_has_col(int table, int row, int col);
/* True when the row (column) exists in LAYOUT; LAYOUT 0: in any. */
int xg_schema_row_in_layout(int table, int row, int layout);
int xg_schema_col_in_layout(int table, int col, int layout);
/* True when TABLE differs between the layouts (some row or column
 * belongs to one layout only). */
int xg_schema_table_has_layouts(int table);

/* One canonical value: indexes into xg_schema. */
typedef struct xg_key {
    int table, row, col;
} xg_key;

/* The values of TABLE in LAYOUT (2019 or 2021), in output order: stores
 * the first MAX of them in OUT (which may be NULL when MAX is 0) and
 * returns how many there are.  The JSON and CSV writers print exactly
 * these keys; a corpus dataset takes its columns from here. */
int xg_schema_keys(int table, int layout, xg_key *out, int max);
#define XG_MAX_TABLE_KEYS 256   /* more than any table has in any layout */
/* The number of values of a report whose tables are all in LAYOUT:
 * 200 for 2021, 198 for 2019. */
int xg_schema_value_count(int layout);

/* Does label key TEXT match PATTERN (see above)? */
int xg_pattern_match(const char *pattern, const char *text);
/* Length of a run of digits or Chinese numerals (一 … 十, U+FFFD for one
 * OCR could not read) at S, 0 if none. */
size_t xg_numeral_run(const char *s);
/* TEXT with leading numbering removed: "1.", "1、", "(1)", "(一)", "一、",
 * "第一", also repeated ("三、(一)"); returns a pointer into TEXT. */
const char *xg_strip_numbering(const char *text);

/* The part (1-6) that label key KEY is the heading of, or 0.  A numbered
 * heading (一、 1. （一） 第一部分) must carry its own part's number; an
 * unnumbered one must start with the part's keyword. */
int xg_match_part_heading(const char *key);

/* The same for TEXT as the source holds it (its label key made first);
 * 0 also when memory runs out. */
int xg_match_part_heading_text(const char *text);

/* Does TEXT end as a part's heading in the template does (…情况, …事项)? */
int xg_heading_end(const char *text);

#endif
