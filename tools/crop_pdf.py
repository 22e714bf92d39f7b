#!/usr/bin/env python3
"""crop_pdf.py IN OUT SX [SY]: IN with each page's boxes cut to SX of
their width and SY (SX where not given) of their height, from the lower
left corner, the content left as it was: what was drawn past the new
right edge or top is now off the page, where no reader shows it (a table
wider than its page, a page cropped too far).  qpdf's QDF form, the boxes
edited, fix-qdf.  Needs qpdf (apt-get install qpdf)."""
import os
import re
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    sx = float(sys.argv[3])
    sy = float(sys.argv[4]) if len(sys.argv) == 5 else sx
    with tempfile.TemporaryDirectory() as d:
        qdf = os.path.join(d, 'qdf.pdf')
        subprocess.run(['qpdf', '--qdf', '--object-streams=disable', src, qdf],
                       check=True)
        data = open(qdf, 'rb').read()

        def box(m):
            x0, y0, x1, y1 = [float(x) for x in m.group(2).split()]
            nums = [x0, y0, x0 + (x1 - x0) * sx, y0 + (y1 - y0) * sy]
            return m.group(1) + b'[ ' + b' '.join(b'%.4f' % x for x in nums) + b' ]'

        data = re.sub(rb'(/(?:MediaBox|CropBox|TrimBox|BleedBox|ArtBox) *)\[([^\]]*)\]',
                      box, data)
        edited = os.path.join(d, 'edited.pdf')
        open(edited, 'wb').write(data)
        with open(out, 'wb') as f:
            subprocess.run(['fix-qdf', edited], stdout=f, check=True)


if __name__ == '__main__':
    main()
