#!/usr/bin/env python3
"""Labelling aid: print every <table> of an HTML file as a grid.

Each source cell is printed once, at its top-left slot, as [r,c rs x cs] text;
slots covered by a rowspan/colspan show '^'.  Used to read the values of real
pages by eye before writing their expected CSV (the CSV is typed by hand from
this listing, never from xxgk's output).

usage: label_html_tables.py FILE.html [encoding]
"""
import sys
from html.parser import HTMLParser


class Tables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = []      # list of list of rows; row = list of [text, rs, cs]
        self.stack = []
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'table':
            self.stack.append([])
        elif tag == 'tr' and self.stack:
            self.stack[-1].append([])
        elif tag in ('td', 'th') and self.stack:
            if not self.stack[-1]:
                self.stack[-1].append([])
            self.cell = [[], int(a.get('rowspan') or 1), int(a.get('colspan') or 1)]
            self.stack[-1][-1].append(self.cell)
        elif tag in ('br', 'p', 'div') and self.cell is not None:
            self.cell[0].append('/')

    def handle_endtag(self, tag):
        if tag == 'table' and self.stack:
            self.tables.append(self.stack.pop())
            self.cell = None
        elif tag in ('td', 'th'):
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0].append(data)


def main():
    enc = sys.argv[2] if len(sys.argv) > 2 else 'utf-8'
    with open(sys.argv[1], 'rb') as f:
        text = f.read().decode(enc, errors='replace')
    p = Tables()
    p.feed(text)
    for ti, rows in enumerate(p.tables, 1):
        print('=== table', ti)
        occ = {}
        for r, row in enumerate(rows):
            c = 0
            out = []
            for txt, rs, cs in row:
                while (r, c) in occ:
                    out.append('^')
                    c += 1
                t = ''.join(txt).replace('\xa0', '·').replace('\u3000', '□')
                t = ' '.join(t.split())
                out.append('[%d,%d %dx%d] %s' % (r + 1, c + 1, rs, cs, t))
                for i in range(rs):
                    for j in range(cs):
                        occ[(r + i, c + j)] = 1
                c += cs
            while (r, c) in occ:
                out.append('^')
                c += 1
            print(' | '.join(out))


if __name__ == '__main__':
    main()
