#!/usr/bin/env python3
"""Write the compound (OLE2) files of corpus/bad/ that the command line
must refuse with their own one-line error (tests/cli.sh).  Deterministic,
stdlib only.

Some are corpus/doc/template_sparse.doc (made by LibreOffice, see
make_doc_corpus.sh) with one thing changed: the FIB's fEncrypted flag, its
fObfuscated flag too, an old nFib, a WordDocument sector chain that loops,
the file cut after 300 bytes.  The others are compound files written here
holding the streams another program's file holds, with filler bytes: the
extractor tells them apart by their stream names, which is what these
exercise (an .xls's Workbook, a .ppt's PowerPoint Document, a Works .wps's
CONTENTS, a password-protected .docx's EncryptedPackage)."""
import os
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = os.path.join(ROOT, 'corpus', 'bad')
END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def container(streams):
    """A version 3 compound file with STREAMS [(name, bytes)] at the root,
    each in regular sectors (each at least 4096 bytes long)."""
    sectors = []            # payload sectors after the FAT
    nent = len(streams) + 1
    dir_secs = (nent * 128 + 511) // 512
    first = []
    nxt = 1 + dir_secs
    for _, data in streams:
        first.append(nxt)
        nxt += (len(data) + 511) // 512
    fat = [FREE] * 128
    fat[0] = FATSECT
    for i in range(dir_secs):
        fat[1 + i] = 2 + i if i + 1 < dir_secs else END
    for (name, data), f in zip(streams, first):
        n = (len(data) + 511) // 512
        for i in range(n):
            fat[f + i] = f + i + 1 if i + 1 < n else END
    assert nxt <= 128
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex('D0CF11E0A1B11AE1')
    struct.pack_into('<HHHHH', hdr, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<IIIIIIIII', hdr, 40, 0, 1, 1, 0, 4096, END, 0, END, 0)
    struct.pack_into('<I', hdr, 76, 0)
    for i in range(1, 109):
        struct.pack_into('<I', hdr, 76 + 4 * i, FREE)
    d = bytearray()
    for k in range(nent):
        e = bytearray(128)
        name = 'Root Entry' if k == 0 else streams[k - 1][0]
        raw = name.encode('utf-16le') + b'\0\0'
        e[0:len(raw)] = raw
        right = FREE if k == 0 or k == nent - 1 else k + 1
        child = 1 if k == 0 else FREE
        start = END if k == 0 else first[k - 1]
        size = 0 if k == 0 else len(streams[k - 1][1])
        struct.pack_into('<HBBIII', e, 64, len(raw), 5 if k == 0 else 2, 1, FREE, right, child)
        struct.pack_into('<II', e, 116, start, size)
        d += e
    d += bytes(-len(d) % 512)
    body = b''.join(data + bytes(-len(data) % 512) for _, data in streams)
    return bytes(hdr) + b''.join(struct.pack('<I', x) for x in fat) + bytes(d) + body


def filler(n, seed):
    return bytes((i * 31 + seed) & 0xFF for i in range(n))


def stream_location(doc, name):
    """The sector size, the FAT (as read) and the first sector of root
    stream NAME of the compound file DOC (small files: one DIFAT block)."""
    ss = 1 << struct.unpack_from('<H', doc, 30)[0]
    nfat = struct.unpack_from('<I', doc, 44)[0]
    fat = []
    fat_secs = [struct.unpack_from('<I', doc, 76 + 4 * i)[0] for i in range(nfat)]
    for s in fat_secs:
        off = (s + 1) * ss
        fat += struct.unpack_from('<%dI' % (ss // 4), doc, off)
    sec = struct.unpack_from('<I', doc, 48)[0]
    while sec < 0xFFFFFFFA:
        off = (sec + 1) * ss
        for k in range(ss // 128):
            e = doc[off + 128 * k: off + 128 * (k + 1)]
            nl = struct.unpack_from('<H', e, 64)[0]
            if e[:max(nl - 2, 0)].decode('utf-16le', 'replace') == name:
                return ss, fat_secs, fat, struct.unpack_from('<I', e, 116)[0]
        sec = fat[sec]
    raise SystemExit('no %s stream' % name)


def patched(doc, fib_offset, value, size=2):
    """DOC with the 16-bit word at FIB_OFFSET of WordDocument ORed with
    VALUE (or, with SIZE 0, replaced by it)."""
    ss, _, _, first = stream_location(doc, 'WordDocument')
    off = (first + 1) * ss + fib_offset
    out = bytearray(doc)
    old = struct.unpack_from('<H', out, off)[0]
    struct.pack_into('<H', out, off, (old | value) if size else value)
    return bytes(out)


def looped(doc):
    """DOC with the fourth sector of WordDocument's chain going back to
    its first."""
    ss, fat_secs, fat, first = stream_location(doc, 'WordDocument')
    sec = first
    for _ in range(3):
        sec = fat[sec]
    per = ss // 4
    out = bytearray(doc)
    struct.pack_into('<I', out, (fat_secs[sec // per] + 1) * ss + 4 * (sec % per), first)
    return bytes(out)


def main():
    with open(os.path.join(ROOT, 'corpus', 'doc', 'template_sparse.doc'), 'rb') as f:
        doc = f.read()
    files = {
        'encrypted.doc': patched(doc, 10, 0x0100),
        'obfuscated.doc': patched(doc, 10, 0x8100),
        'word95.doc': patched(doc, 2, 0x0068, 0),
        'chain_loop.doc': looped(doc),
        'truncated.doc': doc[:300],
        'workbook.xls': container([('Workbook', filler(4096, 1)),
                                   ('\x05SummaryInformation', filler(4096, 2))]),
        'slides.ppt': container([('Current User', filler(4096, 3)),
                                 ('PowerPoint Document', filler(4096, 4))]),
        'works.wps': container([('CONTENTS', filler(4096, 5)), ('MN0', filler(4096, 6))]),
        'password.docx': container([('EncryptionInfo', filler(4096, 7)),
                                    ('EncryptedPackage', filler(4096, 8))]),
        'no_word_stream.doc': container([('\x01Ole10Native', filler(4096, 9))]),
    }
    for name, data in sorted(files.items()):
        with open(os.path.join(BAD, name), 'wb') as f:
            f.write(data)
        print(os.path.join('corpus', 'bad', name))


if __name__ == '__main__':
    main()
