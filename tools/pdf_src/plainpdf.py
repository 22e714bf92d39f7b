#!/usr/bin/env python3
"""Write a drawing list (tools/pdf_src/NAME.draw, the format drawpdf.c
reads) as a PDF whose font is NOT embedded, as a report saved without
embedding fonts is: one Type0 font named SimSun (Identity-H, a CID per
character, widths and a ToUnicode map, no font program), so a reader
shows it with whatever font the machine substitutes, and text tools read
it through the ToUnicode map.  Lines are stroked paths.

Usage: plainpdf.py LIST OUT.pdf      (standard library only, deterministic)
"""

import sys
import zlib


def width(ch):
    """Advance of CH in thousandths of the size (drawpdf's estimate)."""
    return 550 if ord(ch) < 0x2e80 else 1000


def main():
    src, out = sys.argv[1], sys.argv[2]
    pages, cur, size = [], None, 12
    cids = {}
    for lineno, line in enumerate(open(src, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        word = line.split(' ', 1)[0]
        if word == 'page':
            w, h = (float(x) for x in line.split()[1:3])
            cur = {'w': w, 'h': h, 'ops': []}
            pages.append(cur)
        elif word == 'font':
            size = float(line.split()[1])
        elif word == 'text':
            _, x, y, al, s = line.split(' ', 4)
            x, y = float(x), float(y)
            adv = sum(width(c) for c in s) * size / 1000
            if al == 'c':
                x -= adv / 2
            elif al == 'r':
                x -= adv
            codes = ''
            for c in s:
                # glyph numbers of the original font, as a document that
                # did not embed it keeps them: where a substitute font
                # has glyphs there (a CJK font does), some are drawn
                cids.setdefault(c, 9000 + 7 * len(cids))
                codes += '%04X' % cids[c]
            cur['ops'].append('BT /F1 %g Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET'
                              % (size, x, cur['h'] - y, codes))
        elif word == 'line':
            x0, y0, x1, y1, lw = (float(v) for v in line.split()[1:6])
            cur['ops'].append('%.2f w %.2f %.2f m %.2f %.2f l S'
                              % (lw, x0, cur['h'] - y0, x1, cur['h'] - y1))
        else:
            sys.exit('%s:%d: bad command' % (src, lineno))

    objs = {}
    n = 6 + 2 * len(pages)
    kids = ' '.join('%d 0 R' % (7 + 2 * i) for i in range(len(pages)))
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))
    objs[3] = ('<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H '
               '/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>')
    ws = ' '.join('%d [%d]' % (cid, width(c)) for c, cid in sorted(cids.items(), key=lambda x: x[1]))
    objs[4] = ('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun '
               '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> '
               '/FontDescriptor 5 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>' % ws)
    objs[5] = ('<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] '
               '/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>')
    cmap = ['/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
            '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
            '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
            '1 begincodespacerange <0000> <FFFF> endcodespacerange']
    items = sorted(cids.items(), key=lambda x: x[1])
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        cmap.append('%d beginbfchar' % len(chunk))
        for c, cid in chunk:
            cmap.append('<%04X> <%s>' % (cid, c.encode('utf-16-be').hex().upper()))
        cmap.append('endbfchar')
    cmap.append('endcmap CMapName currentdict /CMap defineresource pop end end')
    objs[6] = cmap
    for i, p in enumerate(pages):
        objs[7 + 2 * i] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R '
                           '/Resources << /Font << /F1 3 0 R >> >> >>' % (p['w'], p['h'], 8 + 2 * i))
        objs[8 + 2 * i] = p['ops']
    data = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = {}
    for k in range(1, n + 1):
        offs[k] = len(data)
        o = objs[k]
        if isinstance(o, list):
            body = zlib.compress('\n'.join(o).encode('utf-8'), 9)
            data += (b'%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n' % (k, len(body))
                     + body + b'\nendstream\nendobj\n')
        else:
            data += b'%d 0 obj\n' % k + o.encode('ascii') + b'\nendobj\n'
    x = len(data)
    data += b'xref\n0 %d\n0000000000 65535 f \n' % (n + 1)
    for k in range(1, n + 1):
        data += b'%010d 00000 n \n' % offs[k]
    data += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n + 1, x)
    with open(out, 'wb') as f:
        f.write(data)


if __name__ == '__main__':
    main()
