/*
 * The canonical report structure, described once as data: the three
 * tables, their rows and columns with keys, Chinese labels and the label
 * variants met in real originals, and the consistency rules.  Everything
 * else (layout stage, checks, writers, tests) reads this description.
 *
 * Patterns are compared with label keys (xg_norm_label: folded, no white
 * space, brackets unified).  A pattern starting with '=' must equal the
 * text with its leading numbering (1. （一） 三、) removed; any other
 * pattern matches where it occurs in the text.
 */
#ifndef XG_SCHEMA_H
#define XG_SCHEMA_H

#define XG_MAX_PATTERNS 6

enum { XG_TABLE_ACTIVE, XG_TABLE_REQUESTS, XG_TABLE_APPEALS, XG_TABLE_COUNT };

/* Layouts of the national format. */
enum { XG_LAYOUT_2021 = 2021, XG_LAYOUT_2019 = 2019 };

typedef struct xg_col_def {
    const char *key;
    const char *label;
    const char *patterns[XG_MAX_PATTERNS];    /* header cell texts */
} xg_col_def;

typedef struct xg_row_def {
    const char *key;
    const char *label;
    int group;              /* index in the table's groups, 0 = none */
    const char *patterns[XG_MAX_PATTERNS];    /* row label texts */
    unsigned cols;          /* bit i set: the row has column i; 0 = all */
    int layout;             /* 0: every layout; else only that layout */
    int decimal;            /* values may be decimals */
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
    /* Header texts of columns that are not canonical (the 2019 layout's
     * 本年新公开数量 …): a row under them is not read by position. */
    const char *other_headers[12];
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

/* Lookups by key; -1 when absent. */
int xg_schema_row(int table, const char *key);
int xg_schema_col(int table, const char *key);
/* True when row ROW of TABLE has column COL. */
int xg_schema_row_has_col(int table, int row, int col);
/* True when the row exists in LAYOUT. */
int xg_schema_row_in_layout(int table, int row, int layout);
/* The number of canonical values of a layout (200 for both). */
int xg_schema_value_count(int layout);

/* Does label key TEXT match PATTERN (see above)? */
int xg_pattern_match(const char *pattern, const char *text);
/* TEXT with leading numbering removed: "1.", "1、", "(1)", "(一)", "一、",
 * "第一", also repeated ("三、(一)"); returns a pointer into TEXT. */
const char *xg_strip_numbering(const char *text);

/* The part (1-6) that label key KEY is the heading of, or 0.  A numbered
 * heading (一、 1. （一） 第一部分) must carry its own part's number; an
 * unnumbered one must start with the part's keyword. */
int xg_match_part_heading(const char *key);

#endif
