#!/usr/bin/env python3
"""gen_fresh_pdf.py - a test PDF made by LibreOffice from a corpus DOCX
changed: rules removed, numbers remapped, the page break moved, and the
tables' geometry changed (font, size, alignment, page, widths, cell
margins).  Used to make PDFs not in the repository to try the PDF reader
on (sets of them, kept outside the tree), and the corpus samples made from
tools/pdf_src (see corpus/pdf/README.md and each sample's .truth.json).

usage: gen_fresh_pdf.py SRC.docx OUTDIR NAME [--rules all|hrules|none|outer] [--rules-all]
                [--digits A-B|keep] [--k K] [--seed S] [--xxgk PATH] [--no-pdf]
                [--font NAME] [--size HALF_POINTS] [--valign top|center|bottom|random]
                [--jc left|center|right|random] [--landscape] [--margins TW|T,R,B,L]
                [--narrow PCT] [--cellmar TW]

Geometry knobs (all independent; applied to the THREE statistical tables
only, except --landscape/--margins which edit every sectPr):
  --font     every run (and paragraph mark) in the tables gets
             <w:rFonts ascii=hAnsi=eastAsia=cs=NAME/> (theme/hint attributes dropped).
  --size     every run / paragraph mark in the tables gets sz=szCs=HALF_POINTS
             (existing sizes < 10 half-points, the tiny spacer runs of the lo_* files, kept).
  --valign   every cell's tcPr gets <w:vAlign w:val=..>; random = per cell
             top/center/bottom (rng from --seed).
  --jc       horizontal alignment of the paragraphs of VALUE cells (cells whose
             text is a bare integer or empty); random = per cell.
  --landscape  pgSz w<->h with w:orient="landscape" in every sectPr.
  --margins  pgMar top/right/bottom/left (twips) in every sectPr.
  --narrow   tblW (dxa/pct), every gridCol and every dxa tcW scaled to PCT%.
  --cellmar  tblCellMar left/right (twips) of the tables (cell-level tcMar removed).
A well-formedness check (xml.dom.minidom) runs on the changed document.xml.

Writes OUTDIR/NAME.docx (changed), OUTDIR/NAME.truth.csv and OUTDIR/NAME.pdf,
and appends one line to OUTDIR/MANIFEST.tsv.

Knobs (independent):
  --rules    borders of the requests table (the table with 申请人情况); with
             --rules-all, of every table.  all = as is; hrules = every
             left/right/insideV/start/end border nil (tblBorders, tblPrEx and every
             tcBorders); none = every border nil; outer = outer box only
             (approximate: first/last row, first/last cell of each row).
  --digits   A-B: every cell of the three tables whose whole text is a bare
             integer (ASCII or fullwidth digits, surrounding whitespace allowed)
             gets a new number of A..B digits; one consistent injective mapping
             old -> new per document (0 stays 0); decimals and text untouched.
             The cell's number paragraph is reduced to a single run.
  --k        K filler body paragraphs inserted right before the heading
             三、收到和处理政府信息公开申请情况 (else before 本年度收到和处理...见下表),
             to move the page break through the requests table.

Truth: xxgk -f csv SRC.docx, integer values remapped by the same mapping.
Check: xxgk -f csv NAME.docx must equal the remapped truth; cells that differ
are written EMPTY in the truth and listed in the manifest (dropped=).  Only then
is the PDF made (soffice --headless, private profile, nice -n 10, serial).
Python stdlib only; the XML is edited as text (regex), which keeps prefixes.
"""
import csv, io, os, random, re, subprocess, sys, zipfile, argparse, html

XXGK_DEFAULT = './xxgk'
LO_PROFILE = 'file:///tmp/lo_profile_fresh'

FILLERS = [
    '本机关坚持以公开为常态、不公开为例外。',
    '进一步完善政府信息公开工作机制。',
    '持续加强政策解读和回应社会关切。',
    '严格落实政府信息公开保密审查制度。',
    '依法依规做好依申请公开答复工作。',
    '不断提升政府网站信息发布质量。',
]

FW = str.maketrans('０１２３４５６７８９', '0123456789')
TO_FW = str.maketrans('0123456789', '０１２３４５６７８９')

RE_T = re.compile(r'(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)')
RE_P = re.compile(r'<w:p[ >].*?</w:p>', re.S)
RE_R = re.compile(r'<w:r[ >].*?</w:r>', re.S)
RE_BARE = re.compile(r'\s*([0-9０-９]+)\s*')


# ---------------------------------------------------------------- structure
def find_spans(s, open_re, close, start=0, end=None):
    """top-level spans [a,b) of elements opened by open_re and closed by close,
    with nesting, inside s[start:end]."""
    if end is None:
        end = len(s)
    spans = []
    pat = re.compile('(%s)|(%s)' % (open_re, re.escape(close)))
    depth = 0
    a = None
    for m in pat.finditer(s, start, end):
        if m.group(1):
            if depth == 0:
                a = m.start()
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                spans.append((a, m.end()))
    return spans


def tables(s):
    return find_spans(s, r'<w:tbl>|<w:tbl\s[^>]*>', '</w:tbl>')


def rows(s, a, b):
    return find_spans(s, r'<w:tr>|<w:tr\s[^>]*>', '</w:tr>', a, b)


def cells(s, a, b):
    return find_spans(s, r'<w:tc>|<w:tc\s[^>]*>', '</w:tc>', a, b)


def ptext(p):
    return ''.join(html.unescape(m.group(2)) for m in RE_T.finditer(p))


def plain(x):
    return ''.join(html.unescape(m.group(2)) for m in RE_T.finditer(x))


def three_tables(doc):
    """indices (active, requests, appeals) in tables(doc); the requests
    table is the one containing 申请人情况."""
    ts = tables(doc)
    txt = [plain(doc[a:b]) for a, b in ts]
    req = [i for i, t in enumerate(txt) if '申请人情况' in t]
    if not req:
        raise SystemExit('no table with 申请人情况')
    r = req[0]
    act = [i for i, t in enumerate(txt) if ('规范性文件' in t or '行政许可' in t) and i != r]
    app = [i for i, t in enumerate(txt) if '行政复议' in t and i != r and i not in act]
    return ts, (act[0] if act else None), r, (app[0] if app else None)


# ---------------------------------------------------------------- borders
SIDES_V = ('left', 'right', 'insideV', 'start', 'end')
ALL_SIDES = ('top', 'left', 'bottom', 'right', 'insideH', 'insideV', 'start', 'end', 'tl2br', 'tr2bl')
SINGLE = 'w:val="single" w:color="auto" w:sz="8" w:space="0"'


def set_side(block, side, attrs):
    """in a borders block (string), set <w:side .../> to attrs, adding it if absent."""
    pat = re.compile(r'<w:%s(?:\s[^>]*)?/>|<w:%s(?:\s[^>]*)?>.*?</w:%s>' % (side, side, side), re.S)
    new = '<w:%s %s/>' % (side, attrs)
    if pat.search(block):
        return pat.sub(new, block, count=1)
    # append before closing tag
    i = block.rfind('</')
    return block[:i] + new + block[i:]


def fix_borders_block(block, mode, edges=None):
    """block = '<w:tblBorders>...</w:tblBorders>' or tcBorders.  edges: set of
    outer sides to keep (for outer mode, cell level)."""
    if mode == 'hrules':
        for sd in SIDES_V + ('tl2br', 'tr2bl'):
            if re.search(r'<w:%s[\s/>]' % sd, block) or sd in ('left', 'right', 'insideV'):
                block = set_side(block, sd, 'w:val="nil"')
    elif mode == 'none':
        for sd in ALL_SIDES:
            if re.search(r'<w:%s[\s/>]' % sd, block) or sd in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
                block = set_side(block, sd, 'w:val="nil"')
    elif mode == 'outer':
        keep = edges or set()
        for sd in ALL_SIDES:
            present = re.search(r'<w:%s[\s/>]' % sd, block)
            base = sd in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')
            if sd in keep:
                block = set_side(block, sd, SINGLE)
            elif present or base:
                block = set_side(block, sd, 'w:val="nil"')
    return block


RE_TBLB = re.compile(r'<w:tblBorders>.*?</w:tblBorders>|<w:tblBorders/>', re.S)
RE_TCB = re.compile(r'<w:tcBorders>.*?</w:tcBorders>|<w:tcBorders/>', re.S)


def norm_empty(block, tag):
    return '<w:%s></w:%s>' % (tag, tag) if block.endswith('/>') else block


def rerule_table(t, mode):
    """t = table xml string; returns new table xml."""
    if mode == 'all':
        return t
    outer_edges_tbl = {'top', 'left', 'bottom', 'right'}

    def tbl_fix(m):
        b = norm_empty(m.group(0), 'tblBorders')
        return fix_borders_block(b, mode, outer_edges_tbl if mode == 'outer' else None)

    # table-level tblPr: make sure it has a tblBorders
    m = re.search(r'<w:tblPr>.*?</w:tblPr>', t, re.S)
    tblpr = m.group(0)
    if not RE_TBLB.search(tblpr):
        ins = '<w:tblBorders></w:tblBorders>'
        mm = re.search(r'<w:shd[\s/>]|<w:tblLayout[\s/>]|<w:tblCellMar[\s/>]|<w:tblLook[\s/>]|<w:tblCaption|</w:tblPr>', tblpr)
        tblpr2 = tblpr[:mm.start()] + ins + tblpr[mm.start():]
        t = t[:m.start()] + tblpr2 + t[m.end():]
    # every tblBorders (tblPr and each row's tblPrEx); nested tables: none expected
    t = RE_TBLB.sub(tbl_fix, t)
    # cells
    rs = rows(t, 0, len(t))
    out = []
    last = 0
    for ri, (ra, rb) in enumerate(rs):
        cs = cells(t, ra, rb)
        for ci, (ca, cb) in enumerate(cs):
            c = t[ca:cb]
            edges = set()
            if ri == 0:
                edges.add('top')
            if ri == len(rs) - 1:
                edges.add('bottom')
            if ci == 0:
                edges.update(('left', 'start'))
            if ci == len(cs) - 1:
                edges.update(('right', 'end'))

            def tc_fix(mm):
                b = norm_empty(mm.group(0), 'tcBorders')
                return fix_borders_block(b, mode, edges)
            if RE_TCB.search(c):
                c2 = RE_TCB.sub(tc_fix, c, count=1)
            elif mode == 'outer':
                # inherit from table (insideH/V nil, outer single): fine
                c2 = c
            else:
                c2 = c
            out.append(t[last:ca])
            out.append(c2)
            last = cb
    out.append(t[last:])
    return ''.join(out)


# ---------------------------------------------------------------- digits
def bare_cells(t):
    """yield (cell_span, value_int, fullwidth?) for cells whose whole text is a bare int."""
    res = []
    for ra, rb in rows(t, 0, len(t)):
        for ca, cb in cells(t, ra, rb):
            c = t[ca:cb]
            if '<w:tbl' in c:
                continue
            ps = RE_P.findall(c)
            txt = '\n'.join(ptext(p) for p in ps)
            m = RE_BARE.fullmatch(txt)
            if m:
                dg = m.group(1)
                res.append(((ca, cb), int(dg.translate(FW)), bool(re.search('[０-９]', dg))))
    return res


def make_mapping(values, dmin, dmax, seed):
    rng = random.Random(seed)
    mp = {0: 0}
    used = set()
    for v in sorted(set(values)):
        if v == 0:
            continue
        for _ in range(10000):
            nd = rng.randint(dmin, dmax)
            lo = 10 ** (nd - 1) if nd > 1 else 1
            n = rng.randint(lo, 10 ** nd - 1)
            # distinctive: not a repdigit, not used already
            s = str(n)
            if n in used or (len(s) > 1 and len(set(s)) == 1):
                continue
            break
        else:
            raise SystemExit('cannot find distinct numbers: digit range too small')
        used.add(n)
        mp[v] = n
    return mp


def rewrite_cell(c, newtext):
    """set the number paragraph of cell c to a single run with newtext."""
    def fix_p(m):
        p = m.group(0)
        if not re.search('[0-9０-９]', ptext(p)):
            return p
        runs = list(RE_R.finditer(p))
        keep = None
        for r in runs:
            if RE_T.search(r.group(0)) and re.search('[0-9０-９]', ptext(r.group(0))):
                keep = r
                break
        r0 = keep.group(0)
        # single w:t in the kept run
        r0 = RE_T.sub('', r0)
        r0 = re.sub(r'<w:tab/>|<w:br/>', '', r0)
        i = r0.rfind('</w:r>')
        r0 = r0[:i] + '<w:t>%s</w:t>' % newtext + r0[i:]
        out = []
        last = 0
        for r in runs:
            out.append(p[last:r.start()])
            if r is keep:
                out.append(r0)
            last = r.end()
        out.append(p[last:])
        return ''.join(out)
    return RE_P.sub(fix_p, c)


def remap_table(t, mp):
    bc = bare_cells(t)
    out = []
    last = 0
    for (ca, cb), v, fw in bc:
        s = str(mp[v])
        if fw:
            s = s.translate(TO_FW)
        out.append(t[last:ca])
        out.append(rewrite_cell(t[ca:cb], s))
        last = cb
    out.append(t[last:])
    return ''.join(out)


# ---------------------------------------------------------------- filler
def insert_filler(doc, k, seed):
    if k <= 0:
        return doc, 'none'
    ts = tables(doc)

    def in_table(pos):
        return any(a <= pos < b for a, b in ts)
    paras = [m for m in RE_P.finditer(doc) if not in_table(m.start())]
    target = None
    intro = None
    for m in paras:
        tx = ptext(m.group(0))
        if target is None and re.search(r'三\s*[、.．]\s*收到和处理政府信息公开申请情况', tx):
            target = m
        if intro is None and '本年度收到和处理政府信息公开申请情况' in tx:
            intro = m
    where = 'heading'
    if target is None:
        target, where = intro, 'intro'
    if target is None:
        raise SystemExit('no heading/intro paragraph for the requests table')
    # style from the intro paragraph (body text) if any, else plain
    model = intro or target
    mp = re.search(r'<w:pPr>.*?</w:pPr>', model.group(0), re.S)
    ppr = mp.group(0) if mp else ''
    ppr = re.sub(r'<w:pageBreakBefore[^>]*/>|<w:keepNext[^>]*/>|<w:outlineLvl[^>]*/>', '', ppr)
    mr = re.search(r'<w:r[ >].*?</w:r>', model.group(0), re.S)
    rpr = ''
    if mr:
        m2 = re.search(r'<w:rPr>.*?</w:rPr>', mr.group(0), re.S)
        rpr = m2.group(0) if m2 else ''
        rpr = re.sub(r'<w:b/>|<w:bCs/>', '', rpr)
    rng = random.Random(seed)
    ps = []
    for i in range(k):
        s = FILLERS[i % len(FILLERS)] if i < len(FILLERS) else rng.choice(FILLERS)
        ps.append('<w:p>%s<w:r>%s<w:t>%s</w:t></w:r></w:p>' % (ppr, rpr, s))
    a = target.start()
    return doc[:a] + ''.join(ps) + doc[a:], where


# ---------------------------------------------------------------- geometry
RE_RUN_OPEN = re.compile(r'(<w:r(?:\s[^>]*)?>)(?!\s*<w:rPr[\s>/])')
RE_RPR = re.compile(r'<w:rPr>.*?</w:rPr>|<w:rPr/>', re.S)
RPR_AFTER_SZ = ('highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs',
                'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath')


def _insert_before_first(block, tags, new, closing):
    best = None
    for tg in tags:
        m = re.search(r'<w:%s[\s/>]' % tg, block)
        if m and (best is None or m.start() < best):
            best = m.start()
    if best is None:
        best = block.rfind(closing)
    return block[:best] + new + block[best:]


def fix_rpr(rpr, font, size):
    if rpr.endswith('/>'):
        rpr = '<w:rPr></w:rPr>'
    if font:
        rpr = re.sub(r'<w:rFonts(?:\s[^>]*)?/>', '', rpr)
        nf = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % ((html.escape(font),) * 4)
        m = re.search(r'<w:rStyle(?:\s[^>]*)?/>', rpr)
        i = m.end() if m else len('<w:rPr>')
        rpr = rpr[:i] + nf + rpr[i:]
    if size:
        m = re.search(r'<w:sz w:val="(\d+)"/>', rpr)
        if m and int(m.group(1)) < 10:
            return rpr
        rpr = re.sub(r'<w:szCs?(?:\s[^>]*)?/>', '', rpr)
        rpr = _insert_before_first(rpr, RPR_AFTER_SZ,
                                   '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size), '</w:rPr>')
    return rpr


def font_size_table(t, font, size):
    if not font and not size:
        return t
    t = RE_RUN_OPEN.sub(r'\1<w:rPr></w:rPr>', t)
    return RE_RPR.sub(lambda m: fix_rpr(m.group(0), font, size), t)


def set_tcpr(c, tag, val_xml, after_tags):
    """in cell xml c, set <w:TAG .../> inside tcPr to val_xml (insert if absent)."""
    m = re.search(r'<w:tcPr>.*?</w:tcPr>|<w:tcPr/>', c, re.S)
    if not m:
        mo = re.match(r'<w:tc(?:\s[^>]*)?>', c)
        return c[:mo.end()] + '<w:tcPr>' + val_xml + '</w:tcPr>' + c[mo.end():]
    tp = m.group(0)
    if tp.endswith('/>'):
        tp = '<w:tcPr></w:tcPr>'
    pat = re.compile(r'<w:%s(?:\s[^>]*)?/>|<w:%s(?:\s[^>]*)?>.*?</w:%s>' % (tag, tag, tag), re.S)
    if pat.search(tp):
        tp = pat.sub(lambda _: val_xml, tp, count=1)
    else:
        tp = _insert_before_first(tp, after_tags, val_xml, '</w:tcPr>')
    return c[:m.start()] + tp + c[m.end():]


def map_cells(t, fn):
    out = []
    last = 0
    k = 0
    for ra, rb in rows(t, 0, len(t)):
        for ca, cb in cells(t, ra, rb):
            out.append(t[last:ca])
            out.append(fn(t[ca:cb], k))
            k += 1
            last = cb
    out.append(t[last:])
    return ''.join(out)


def valign_table(t, mode, rng):
    if not mode:
        return t

    def f(c, k):
        v = rng.choice(['top', 'center', 'bottom']) if mode == 'random' else mode
        return set_tcpr(c, 'vAlign', '<w:vAlign w:val="%s"/>' % v, ('hideMark', 'headers', 'cellIns', 'cellDel', 'cellMerge', 'tcPrChange'))
    return map_cells(t, f)


PPR_AFTER_JC = ('textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId',
                'cnfStyle', 'rPr', 'sectPr', 'pPrChange')


def jc_para(p, v):
    mo = re.match(r'<w:p(?:\s[^>]*)?>', p)
    m = re.search(r'<w:pPr>.*?</w:pPr>|<w:pPr/>', p, re.S)
    nj = '<w:jc w:val="%s"/>' % v
    if not m:
        return p[:mo.end()] + '<w:pPr>' + nj + '</w:pPr>' + p[mo.end():]
    pp = m.group(0)
    if pp.endswith('/>'):
        pp = '<w:pPr></w:pPr>'
    # only the paragraph-level jc (not inside the mark's rPr: rPr has no jc anyway)
    if re.search(r'<w:jc(?:\s[^>]*)?/>', pp):
        pp = re.sub(r'<w:jc(?:\s[^>]*)?/>', nj, pp, count=1)
    else:
        pp = _insert_before_first(pp, PPR_AFTER_JC, nj, '</w:pPr>')
    return p[:m.start()] + pp + p[m.end():]


def jc_table(t, mode, rng):
    if not mode:
        return t

    def f(c, k):
        if '<w:tbl' in c:
            return c
        txt = '\n'.join(ptext(p) for p in RE_P.findall(c))
        if txt.strip() and not RE_BARE.fullmatch(txt):
            return c
        v = rng.choice(['left', 'center', 'right']) if mode == 'random' else mode
        return RE_P.sub(lambda m: jc_para(m.group(0), v), c)
    return map_cells(t, f)


def narrow_table(t, pct):
    if not pct or pct == 100:
        return t
    sc = lambda n: str(max(1, int(round(int(n) * pct / 100.0))))
    t = re.sub(r'(<w:tblW w:w=")(\d+)(" w:type="(?:dxa|pct)")', lambda m: m.group(1) + sc(m.group(2)) + m.group(3), t)
    t = re.sub(r'(<w:gridCol w:w=")(\d+)(")', lambda m: m.group(1) + sc(m.group(2)) + m.group(3), t)
    t = re.sub(r'(<w:tcW w:w=")(\d+)(" w:type="dxa")', lambda m: m.group(1) + sc(m.group(2)) + m.group(3), t)
    return t


def cellmar_table(t, tw):
    if tw is None:
        return t
    t = re.sub(r'<w:tcMar>.*?</w:tcMar>|<w:tcMar/>', '', t, flags=re.S)
    new = ('<w:tblCellMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>' % (tw, tw))
    m = re.search(r'<w:tblPr>.*?</w:tblPr>', t, re.S)
    tp = m.group(0)
    mm = re.search(r'<w:tblCellMar>.*?</w:tblCellMar>|<w:tblCellMar/>', tp, re.S)
    if mm:
        # keep top/bottom if present
        old = mm.group(0)
        tb = ''.join(re.findall(r'<w:(?:top|bottom)\s[^>]*/>', old))
        new = new.replace('<w:tblCellMar>', '<w:tblCellMar>' + tb)
        tp = tp[:mm.start()] + new + tp[mm.end():]
    else:
        tp = _insert_before_first(tp, ('tblLook', 'tblCaption', 'tblDescription'), new, '</w:tblPr>')
    t = t[:m.start()] + tp + t[m.end():]
    # row-level tblPrEx cell margins too
    t = re.sub(r'(<w:tblPrEx>.*?)<w:tblCellMar>.*?</w:tblCellMar>(.*?</w:tblPrEx>)', r'\1\2', t, flags=re.S)
    return t


def page_setup(doc, landscape, margins):
    if not landscape and not margins:
        return doc

    def fix(m):
        sp = m.group(0)
        if landscape:
            def sz(mm):
                at = mm.group(1)
                w = re.search(r'w:w="(\d+)"', at)
                h = re.search(r'w:h="(\d+)"', at)
                w, h = int(w.group(1)), int(h.group(1))
                if w < h:
                    w, h = h, w
                return '<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>' % (w, h)
            sp = re.sub(r'<w:pgSz(\s[^>]*)/>', sz, sp)
        if margins:
            t_, r_, b_, l_ = margins
            def mar(mm):
                at = mm.group(1)
                for k, v in (('top', t_), ('right', r_), ('bottom', b_), ('left', l_)):
                    at = re.sub(r'w:%s="-?\d+"' % k, 'w:%s="%d"' % (k, v), at)
                return '<w:pgMar%s/>' % at
            sp = re.sub(r'<w:pgMar(\s[^>]*)/>', mar, sp)
        return sp
    return re.sub(r'<w:sectPr(?:\s[^>]*)?>.*?</w:sectPr>', fix, doc, flags=re.S)


def geometry_table(t, a, rng):
    t = font_size_table(t, a.font, a.size)
    t = valign_table(t, a.valign, rng)
    t = jc_table(t, a.jc, rng)
    t = narrow_table(t, a.narrow)
    t = cellmar_table(t, a.cellmar)
    return t


# ---------------------------------------------------------------- truth/check
def run_xxgk(xxgk, path):
    p = subprocess.run([xxgk, '-f', 'csv', path], capture_output=True)
    if p.returncode != 0:
        raise SystemExit('xxgk failed on %s: %s' % (path, p.stderr.decode(errors='replace')))
    return list(csv.reader(io.StringIO(p.stdout.decode('utf-8'), newline='')))


def write_csv(path, rowsl):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n')
        for r in rowsl:
            w.writerow(r)


def remap_value(v, mp):
    if re.fullmatch(r'[0-9]+', v or ''):
        n = int(v)
        if n in mp:
            return str(mp[n])
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src')
    ap.add_argument('outdir')
    ap.add_argument('name')
    ap.add_argument('--rules', default='all', choices=['all', 'hrules', 'none', 'outer'])
    ap.add_argument('--rules-all', action='store_true')
    ap.add_argument('--digits', default='keep')
    ap.add_argument('--k', type=int, default=0)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--xxgk', default=XXGK_DEFAULT)
    ap.add_argument('--no-pdf', action='store_true')
    ap.add_argument('--font', default=None)
    ap.add_argument('--size', type=int, default=None)
    ap.add_argument('--valign', default=None, choices=['top', 'center', 'bottom', 'random'])
    ap.add_argument('--jc', default=None, choices=['left', 'center', 'right', 'random'])
    ap.add_argument('--landscape', action='store_true')
    ap.add_argument('--margins', default=None)
    ap.add_argument('--narrow', type=int, default=None)
    ap.add_argument('--cellmar', type=int, default=None)
    a = ap.parse_args()
    if a.margins:
        mv = [int(x) for x in a.margins.split(',')]
        a.margins = mv * 4 if len(mv) == 1 else mv
        assert len(a.margins) == 4
    geo_rng = random.Random(a.seed * 7919 + 17)

    os.makedirs(a.outdir, exist_ok=True)
    zin = zipfile.ZipFile(a.src)
    doc = zin.read('word/document.xml').decode('utf-8')

    ts, ia, ir, ip = three_tables(doc)
    three = [i for i in (ia, ir, ip) if i is not None]
    # digits mapping (over the three tables)
    mp = {}
    if a.digits != 'keep':
        dmin, dmax = map(int, a.digits.split('-'))
        vals = []
        for i in three:
            t = doc[ts[i][0]:ts[i][1]]
            vals += [v for _, v, _ in bare_cells(t)]
        mp = make_mapping(vals, dmin, dmax, a.seed)
    # rewrite tables from last to first so offsets stay valid
    for i in range(len(ts) - 1, -1, -1):
        ta, tb = ts[i]
        t = doc[ta:tb]
        if mp and i in three:
            t = remap_table(t, mp)
        if a.rules != 'all' and (a.rules_all or i == ir):
            t = rerule_table(t, a.rules)
        if i in three:
            t = geometry_table(t, a, geo_rng)
        doc = doc[:ta] + t + doc[tb:]
    doc, where = insert_filler(doc, a.k, a.seed)
    doc = page_setup(doc, a.landscape, a.margins)
    import xml.dom.minidom
    xml.dom.minidom.parseString(doc.encode('utf-8'))  # well-formed or die

    out_docx = os.path.join(a.outdir, a.name + '.docx')
    with zipfile.ZipFile(out_docx, 'w', zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = doc.encode('utf-8') if it.filename == 'word/document.xml' else zin.read(it.filename)
            zout.writestr(it, data)

    # truth
    src_truth = run_xxgk(a.xxgk, a.src)
    hdr, body = src_truth[0], src_truth[1:]
    truth = [[r[0], r[1], r[2], remap_value(r[3], mp)] for r in body]
    got = run_xxgk(a.xxgk, out_docx)[1:]
    gd = {tuple(r[:3]): r[3] for r in got}
    dropped = []
    for r in truth:
        g = gd.get(tuple(r[:3]))
        if g != r[3]:
            dropped.append('%s.%s.%s:%s->%s' % (r[0], r[1], r[2], r[3], g))
            r[3] = ''
    extra = [k for k in gd if k not in {tuple(r[:3]) for r in truth}]
    write_csv(os.path.join(a.outdir, a.name + '.truth.csv'), [hdr] + truth)
    nonempty = sum(1 for r in truth if r[3] != '')

    pdfinfo = ''
    if not a.no_pdf:
        cmd = ['nice', '-n', '10', 'soffice', '-env:UserInstallation=' + LO_PROFILE,
               '--headless', '--convert-to', 'pdf', '--outdir', a.outdir, out_docx]
        p = subprocess.run(cmd, capture_output=True)
        pdf = os.path.join(a.outdir, a.name + '.pdf')
        if p.returncode != 0 or not os.path.exists(pdf):
            raise SystemExit('soffice failed: %s' % p.stderr.decode(errors='replace'))
        pdfinfo = page_info(pdf, mp)
    line = '\t'.join([a.name, os.path.basename(a.src), 'rules=%s%s' % (a.rules, '(all tables)' if a.rules_all else '(requests)'),
                      'digits=%s' % a.digits, 'k=%d(%s)' % (a.k, where), 'seed=%d' % a.seed,
                      'geo=%s' % geo_desc(a),
                      'mapped=%d' % (len(mp) - 1 if mp else 0), 'truth_cells=%d' % nonempty,
                      'dropped=%d%s' % (len(dropped), (' [' + '; '.join(dropped) + ']') if dropped else ''),
                      'extra=%d' % len(extra), pdfinfo])
    with open(os.path.join(a.outdir, 'MANIFEST.tsv'), 'a', encoding='utf-8') as f:
        f.write(line + '\n')
    print(line)


def geo_desc(a):
    g = []
    if a.font:
        g.append('font=' + a.font.replace(' ', '_'))
    if a.size:
        g.append('size=%d' % a.size)
    if a.valign:
        g.append('valign=' + a.valign)
    if a.jc:
        g.append('jc=' + a.jc)
    if a.landscape:
        g.append('landscape')
    if a.margins:
        g.append('margins=' + ','.join(map(str, a.margins)))
    if a.narrow:
        g.append('narrow=%d' % a.narrow)
    if a.cellmar is not None:
        g.append('cellmar=%d' % a.cellmar)
    return ','.join(g) or 'none'


def page_info(pdf, mp):
    """pages; page(s) of the requests table; first requests line on the next page;
    number of new values printed over two lines (wrapped) in -layout text."""
    p = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True)
    txt = p.stdout.decode('utf-8', errors='replace')
    pages = txt.split('\f')
    if pages and pages[-1].strip() == '':
        pages = pages[:-1]
    pr = [i for i, pg in enumerate(pages) if '申请人情况' in pg]
    pe = [i for i, pg in enumerate(pages) if '结转下年度继续办理' in pg]
    info = 'pages=%d' % len(pages)
    if pr and pe:
        info += ' req_pages=%d-%d' % (pr[0] + 1, pe[-1] + 1)
        # first row label (first line with CJK text) on each later page of the table
        tops = []
        for q in range(pr[0] + 1, pe[-1] + 1):
            lab = next((l.strip() for l in pages[q].splitlines() if re.search(r'[\u4e00-\u9fff]', l)), '')
            lab = re.sub(r'\s+', ' ', re.sub(r'[0-9０-９]+', '', lab)).strip()
            tops.append('p%d:%s' % (q + 1, lab[:24]))
        info += ' break_rows=[%s]' % '|'.join(tops)
    # wrapped numbers: new values (>=4 digits) not found whole on any line,
    # confirmed = printed as prefix on one line + rest on one of the next 3 lines
    lines = [[t.translate(FW) for t in re.findall(r'[0-9０-９]+', l)] for l in txt.splitlines()]
    toks = set(t for l in lines for t in l)
    newv = [str(v) for k, v in mp.items() if k and len(str(v)) >= 4]
    wrapped = [v for v in newv if v not in toks]
    conf = 0
    for v in wrapped:
        ok = False
        for i, l in enumerate(lines):
            for t in l:
                if len(t) < len(v) and v.startswith(t):
                    rest = v[len(t):]
                    if any(rest in l2 or any(rest.startswith(u) and len(u) < len(rest) for u in l2)
                           for l2 in lines[i + 1:i + 4]):
                        ok = True
                        break
            if ok:
                break
        conf += ok
    if mp:
        info += ' unwhole_values=%d/%d wrapped_confirmed=%d' % (len(wrapped), len(newv), conf)
    return info


if __name__ == '__main__':
    main()
