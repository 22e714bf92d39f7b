#!/usr/bin/env python3
"""reprint_pdf.py: the same PDF as another printing of it.

  reprint_pdf.py scale IN OUT S       every page's content drawn scaled by
                                      S about the page's origin, its boxes
                                      scaled with it: the report printed
                                      larger or smaller ("fit to page",
                                      another paper size)
  reprint_pdf.py crop IN OUT SX [SY]  every page's boxes cut to SX of their
                                      width and SY (SX where not given) of
                                      their height from the lower left
                                      corner, the content as it was: what
                                      was drawn past the new right edge or
                                      top is now off the page, where no
                                      reader shows it (a table wider than
                                      its page, a page cropped too far)

qpdf writes IN in its QDF form (content streams uncompressed, each marked
"%% Contents for page N"); the boxes are edited, and for scale each
page's content is wrapped in "q S 0 0 S 0 0 cm ... Q"; fix-qdf then sets
the stream lengths and the cross-reference table right.  Needs qpdf
(apt-get install qpdf)."""
import os
import re
import subprocess
import sys
import tempfile

BOXES = rb'(/(?:MediaBox|CropBox|TrimBox|BleedBox|ArtBox) *)\[([^\]]*)\]'
CONTENT = (rb'(%% Contents for page \d+\n(?:%% Original object ID: \d+ \d+\n)?'
           rb'\d+ 0 obj\n<<[^>]*>>\nstream\n)')


def edit_boxes(data, fn):
    """DATA with each page box [x0 y0 x1 y1] replaced by FN's four numbers."""
    def box(m):
        nums = fn(*[float(x) for x in m.group(2).split()])
        return m.group(1) + b'[ ' + b' '.join(b'%.4f' % x for x in nums) + b' ]'
    return re.sub(BOXES, box, data)


def scale_content(data, scale):
    """DATA with each page's content drawn scaled by SCALE."""
    parts = re.split(CONTENT, data)
    if len(parts) < 3:
        sys.exit('no page content found')
    edited = parts[0]
    for i in range(1, len(parts), 2):
        body = parts[i + 1]
        end = body.index(b'endstream')
        edited += (parts[i] + b'q %.6f 0 0 %.6f 0 0 cm\n' % (scale, scale) +
                   body[:end] + b'\nQ\n' + body[end:])
    return edited


def main():
    args = sys.argv[1:]
    if len(args) < 4 or args[0] not in ('scale', 'crop') or \
            (args[0] == 'scale' and len(args) != 4) or len(args) > 5:
        sys.exit(__doc__)
    mode, src, out = args[:3]
    with tempfile.TemporaryDirectory() as d:
        qdf = os.path.join(d, 'qdf.pdf')
        subprocess.run(['qpdf', '--qdf', '--object-streams=disable', src, qdf],
                       check=True)
        data = open(qdf, 'rb').read()
        if mode == 'scale':
            s = float(args[3])
            data = scale_content(edit_boxes(data, lambda *b: [x * s for x in b]), s)
        else:
            sx = float(args[3])
            sy = float(args[4]) if len(args) == 5 else sx
            data = edit_boxes(data, lambda x0, y0, x1, y1:
                              [x0, y0, x0 + (x1 - x0) * sx, y0 + (y1 - y0) * sy])
        edited = os.path.join(d, 'edited.pdf')
        open(edited, 'wb').write(data)
        with open(out, 'wb') as f:
            subprocess.run(['fix-qdf', edited], stdout=f, check=True)


if __name__ == '__main__':
    main()
