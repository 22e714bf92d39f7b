#!/usr/bin/env python3
"""Write the damaged PDFs of corpus/damaged/ from PDFs of our own corpus.
Deterministic, stdlib only.

template_filled_tounicode_cut.pdf: corpus/pdf/template_filled.pdf (made by
LibreOffice) with the ToUnicode map of the font that draws its digits cut
short: the compressed bytes of that stream from byte CUT on are set to 0,
its length kept.  Poppler reads the map as far as the stream inflates; the
codes after (those of the digits 4, 5 and 7, and of the decimal point) have
no Unicode.  Read as if they were not there, 395 was 39 and 756 was 6."""
import os
import re
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CUT = 220


def cut_digit_map(src, dst):
    data = bytearray(open(src, 'rb').read())
    done = 0
    for m in re.finditer(rb'stream\r?\n', bytes(data)):
        a = m.end()
        z = data.find(b'endstream', a)
        try:
            text = zlib.decompressobj().decompress(bytes(data[a:z]))
        except zlib.error:
            continue
        # the map of the digits' font: it maps a code to U+0037 ("7") and
        # to no CJK character
        if b'beginbfchar' in text and b'<0037>' in text and b'<4E' not in text:
            for i in range(a + CUT, z - 1):
                data[i] = 0
            done += 1
    assert done == 1, done
    open(dst, 'wb').write(data)


cut_digit_map(os.path.join(ROOT, 'corpus', 'pdf', 'template_filled.pdf'),
              os.path.join(ROOT, 'corpus', 'damaged',
                           'template_filled_tounicode_cut.pdf'))
