#!/usr/bin/env python3
"""scale_pdf.py IN OUT S: IN with every page's content drawn scaled by S
about the page's origin, and its page boxes scaled with it: the same
document printed larger or smaller ("fit to page", another paper size).

qpdf writes IN in its QDF form (content streams uncompressed, each marked
"%% Contents for page N"); each page's content is wrapped in
"q S 0 0 S 0 0 cm ... Q", its boxes multiplied by S; fix-qdf then sets
the stream lengths and the cross-reference table right.  Needs qpdf
(apt-get install qpdf)."""
import os
import re
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, out, scale = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with tempfile.TemporaryDirectory() as d:
        qdf = os.path.join(d, 'qdf.pdf')
        subprocess.run(['qpdf', '--qdf', '--object-streams=disable', src, qdf],
                       check=True)
        data = open(qdf, 'rb').read()

        def box(m):
            nums = [float(x) * scale for x in m.group(2).split()]
            return m.group(1) + b'[ ' + b' '.join(b'%.4f' % x for x in nums) + b' ]'

        data = re.sub(rb'(/(?:MediaBox|CropBox|TrimBox|BleedBox|ArtBox) *)\[([^\]]*)\]',
                      box, data)
        parts = re.split(rb'(%% Contents for page \d+\n(?:%% Original object ID: \d+ \d+\n)?'
                         rb'\d+ 0 obj\n<<[^>]*>>\nstream\n)', data)
        if len(parts) < 3:
            sys.exit('%s: no page content found' % src)
        edited = parts[0]
        for i in range(1, len(parts), 2):
            body = parts[i + 1]
            end = body.index(b'endstream')
            edited += (parts[i] + b'q %.6f 0 0 %.6f 0 0 cm\n' % (scale, scale) +
                       body[:end] + b'\nQ\n' + body[end:])
        fixed = os.path.join(d, 'edited.pdf')
        open(fixed, 'wb').write(edited)
        with open(out, 'wb') as f:
            subprocess.run(['fix-qdf', fixed], stdout=f, check=True)


if __name__ == '__main__':
    main()
