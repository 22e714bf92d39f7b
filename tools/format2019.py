"""The 2019 national format's table 二 (主动公开政府信息情况, 国办公开办函〔2019〕60号),
shared by the corpus generators (gen_docx_corpus.py, gen_html_corpus.py).

The table is printed in blocks under the article items; each block has its
own header.  A sample's cells are given as printed (with units, signs or
blank) and the truth each must give, worked out here from the printed text,
never from xxgk: counts as printed, changes signed, amounts in 万元 (元 moved
four places by decimal arithmetic, no floating point).
"""

from decimal import Decimal

# (item title, header cells as (text, span), rows as (label, key))
BLOCKS = [
    ('第二十条第（一）项', [('信息内容', 1), ('本年新制作数量', 1), ('本年新公开数量', 1), ('对外公开总数量', 1)],
     [('规章', 'regulations'), ('规范性文件', 'normative_documents')]),
    ('第二十条第（五）项', [('信息内容', 1), ('上一年项目数量', 1), ('本年增/减', 1), ('处理决定数量', 1)],
     [('行政许可', 'licensing'), ('其他对外管理服务事项', 'other_services')]),
    ('第二十条第（六）项', [('信息内容', 1), ('上一年项目数量', 1), ('本年增/减', 1), ('处理决定数量', 1)],
     [('行政处罚', 'punishment'), ('行政强制', 'enforcement')]),
    ('第二十条第（八）项', [('信息内容', 1), ('上一年项目数量', 1), ('本年增/减', 2)],
     [('行政事业性收费', 'fees')]),
    ('第二十条第（九）项', [('信息内容', 1), ('采购项目数量', 1), ('采购总金额', 2)],
     [('政府集中采购', 'procurement')]),
]

# the keys xxgk prints for a 2019 table 二, in order
KEYS = [
    ('regulations', ['new_made', 'new_published', 'published_total']),
    ('normative_documents', ['new_made', 'new_published', 'published_total']),
    ('licensing', ['items_last_year', 'change', 'decisions']),
    ('other_services', ['items_last_year', 'change', 'decisions']),
    ('punishment', ['items_last_year', 'change', 'decisions']),
    ('enforcement', ['items_last_year', 'change', 'decisions']),
    ('fees', ['items_last_year', 'change']),
    ('procurement', ['projects', 'amount_10k_yuan']),
]

FULL = str.maketrans('０１２３４５６７８９．＋－', '0123456789.+-')
SIGNS = [('增加', ''), ('减少', '-'), ('增', ''), ('减', '-'), ('+', ''), ('-', '-'), ('\u2212', '-')]
COUNT_UNITS = ('件', '项', '个')
DASHES = ('/', '-', '—', '——', '无')


def _number(text):
    """(sign, digits, unit) of a printed cell, or None."""
    s = text.translate(FULL).replace(' ', '').replace(',', '')
    sign = ''
    for word, sg in SIGNS:
        if s.startswith(word):
            sign, s = sg, s[len(word):]
            break
    unit = ''
    for u in ('万元', '元') + COUNT_UNITS:
        if s.endswith(u):
            unit, s = u, s[:-len(u)]
            break
    try:
        Decimal(s)
    except Exception:
        return None
    if not s or not (s[0].isdigit() and s[-1].isdigit()):
        return None
    return sign, s, unit


def truth(key, printed, header_unit=''):
    """The value xxgk must give cell KEY = (row, col) printed as PRINTED under
    a header stating HEADER_UNIT ('元', '万元' or ''): a string, '' for null.
    Only the forms the samples use are accepted; anything else is an error
    in the generator."""
    row, col = key
    if printed in ('', None) or printed.strip() in DASHES:
        return ''
    parsed = _number(printed)
    assert parsed is not None, printed
    sign, digits, unit = parsed
    if col == 'amount_10k_yuan':
        assert sign == '' and unit in ('元', '万元', ''), printed
        unit = unit or header_unit
        assert unit, 'no unit: %s' % printed
        if unit == '万元':
            return digits
        return format((Decimal(digits) / 10000).normalize(), 'f')
    assert unit in ('',) + COUNT_UNITS, printed
    assert col == 'change' or sign == '', printed
    value = str(int(digits))
    return '-' + value if sign == '-' and value != '0' else value
