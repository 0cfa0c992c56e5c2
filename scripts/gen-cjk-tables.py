#!/usr/bin/env python3
"""Generates core/src/text/charset_cjk_tables.inc: the WHATWG Encoding Standard's CJK indexes
(jis0208, jis0212, gb18030, gb18030 ranges, big5, euc-kr), compacted for the WebAssembly build.

Usage, from the repository root:

    python3 scripts/gen-cjk-tables.py            # rewrites core/src/text/charset_cjk_tables.inc
    python3 scripts/gen-cjk-tables.py --check    # exits 1 when the committed file is stale

The standard's index files are not on this machine, so each index is rebuilt by decoding every
pointer's byte sequence with the decoders that are: Node's TextDecoder (ICU; scripts/
cjk-indexes-from-icu.mjs), Python's codecs and glibc's iconv. Every disagreement is printed, and
the choice for each index is below with the reason:
  * jis0208: ICU's Shift_JIS, Python's cp932 and glibc's CP932 agree on all 9,604 pointers.
  * jis0212: where both ICU's and Python's EUC-JP have a mapping, ICU's value (they differ only at
    pointer 116, 0x8F 0xA2 0xB7: ICU and glibc U+FF5E, Python U+007E; the standard never decodes a
    multi-byte sequence to ASCII). Entries only ICU has (IBM extensions, pointers 7708 on; glibc
    lacks them too) are left out: the standard's jis0212 is JIS X 0212 itself.
  * gb18030 (two-byte area) and the four-byte ranges: ICU, which follows GB18030-2022 as the
    standard now does (0xA6D9... are the vertical forms U+FE10..., not PUA); 0xA3 0xA0 is U+3000 and
    the four-byte 0x81 0x35 0xF4 0x37 is U+E7C7. Python's gb18030 is the 2005 mapping; glibc's
    agrees with ICU but for 0xA3 0xA0 and six 0xFE rows it sends to plane 2 instead of the PUA.
  * big5: ICU's value unless ICU has none or a Private Use one (ICU sends HKSCS to the PUA), then
    glibc's BIG5-HKSCS (HKSCS-2008), then Python's big5hkscs (HKSCS-2004: the same but for the 68
    characters of 2008). Where ICU and both others differ (11 symbols in rows 0xA1-0xA2), ICU's are
    Windows' code page 950 values, which the standard keeps; BIG5_OVERRIDES holds the rest, checked
    against the standard's own Big5 test data (web-platform-tests, encoding/legacy-mb-tchinese/big5/
    resources/big5_chars.html). Pointers 1133, 1135, 1164 and 1166 decode to two code points and
    are the decoder's, not the index's.
  * euc-kr: Python's cp949 (the standard's EUC-KR is Microsoft's Unified Hangul Code); ICU's EUC-KR
    is KS X 1001 only, and agrees on every pointer it has outside its PUA user area.

Layout: each index is a delta-coded byte stream over its pointers (pack() below), which the decoder
unpacks into a plain array for the page it decodes; the four-byte gb18030 area is its ranges.
"""
import ctypes
import ctypes.util
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "core", "src", "text", "charset_cjk_tables.inc")
BIG5_PAIRS = {1133, 1135, 1164, 1166}
# Big5 pointers where the standard's index is none of the three sources' first choice.
BIG5_OVERRIDES = {
    # 0xF9FE: HKSCS-2008's U+FFED HALFWIDTH BLACK SQUARE (glibc and Python); ICU has code page 950's
    # U+2593 DARK SHADE.
    18996: 0xFFED,
    # 0xA3C0-0xA3E0: the control pictures U+2400-U+241F and U+2421 (Big5-2003), which none maps.
    **{5432 + k: 0x2400 + k for k in range(32)},
    5464: 0x2421,
}


def py_one(codec, b):
    try:
        s = bytes(b).decode(codec)
    except UnicodeDecodeError:
        return -1
    return ord(s) if len(s) == 1 and s != "\ufffd" else -1


def sjis_bytes(p):
    lead, trail = divmod(p, 188)
    return [lead + (0x81 if lead < 0x1F else 0xC1), trail + (0x40 if trail < 0x3F else 0x41)]


def gb_bytes(p):
    trail = p % 190
    return [0x81 + p // 190, trail + (0x40 if trail < 0x3F else 0x41)]


def big5_bytes(p):
    trail = p % 157
    return [0x81 + p // 157, trail + (0x40 if trail < 0x3F else 0x62)]


def python_indexes():
    return {
        "jis0208": [py_one("cp932", sjis_bytes(p)) for p in range(11280)],
        "jis0212": [py_one("euc_jp", [0x8F, 0xA1 + p // 94, 0xA1 + p % 94]) for p in range(8836)],
        "gb18030": [py_one("gb18030", gb_bytes(p)) for p in range(126 * 190)],
        "gb18030_ranges": [py_one("gb18030", [0x81 + p // 12600, 0x30 + p // 1260 % 10,
                                              0x81 + p // 10 % 126, 0x30 + p % 10])
                           for p in range(39420)],
        "big5": [py_one("big5hkscs", big5_bytes(p)) for p in range(126 * 157)],
        "euckr": [py_one("cp949", [0x81 + p // 190, 0x41 + p % 190]) for p in range(126 * 190)],
    }


def glibc_decoder(charset):
    """A one-sequence decoder over glibc's iconv (the C library's, through ctypes)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.iconv_open.restype = ctypes.c_void_p
    libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.iconv.restype = ctypes.c_size_t
    pp, sp = ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t)
    libc.iconv.argtypes = [ctypes.c_void_p, pp, sp, pp, sp]
    cd = libc.iconv_open(b"UTF-32LE", charset.encode())
    assert cd not in (None, ctypes.c_void_p(-1).value), charset
    failed = ctypes.c_size_t(-1).value

    def one(b):
        src = ctypes.create_string_buffer(bytes(b), len(b))
        dst = ctypes.create_string_buffer(64)
        ip, il = ctypes.c_char_p(ctypes.addressof(src)), ctypes.c_size_t(len(b))
        op, ol = ctypes.c_char_p(ctypes.addressof(dst)), ctypes.c_size_t(64)
        ok = libc.iconv(cd, ctypes.byref(ip), ctypes.byref(il), ctypes.byref(op), ctypes.byref(ol)) != failed
        # Flush (BIG5-HKSCS holds a letter back in case a combining mark follows) and reset.
        libc.iconv(cd, None, None, ctypes.byref(op), ctypes.byref(ol))
        libc.iconv(cd, None, None, None, None)
        cps = [int.from_bytes(dst.raw[k:k + 4], "little") for k in range(0, 64 - ol.value, 4)]
        return cps[0] if ok and il.value == 0 and len(cps) == 1 and cps[0] != 0xFFFD else -1
    return one


def glibc_indexes():
    cp932, eucjp = glibc_decoder("CP932"), glibc_decoder("EUC-JP")
    gb18030, big5, cp949 = glibc_decoder("GB18030"), glibc_decoder("BIG5-HKSCS"), glibc_decoder("CP949")
    return {
        "jis0208": [cp932(sjis_bytes(p)) for p in range(11280)],
        "jis0212": [eucjp([0x8F, 0xA1 + p // 94, 0xA1 + p % 94]) for p in range(8836)],
        "gb18030": [gb18030(gb_bytes(p)) for p in range(126 * 190)],
        "big5": [big5(big5_bytes(p)) for p in range(126 * 157)],
        "euckr": [cp949([0x81 + p // 190, 0x41 + p % 190]) for p in range(126 * 190)],
    }


def is_pua(cp):
    return 0xE000 <= cp <= 0xF8FF


def report(name, icu, py, note, sources=("ICU", "Python")):
    diff = [p for p in range(len(icu)) if icu[p] != py[p]]
    h = lambda c: "none" if c < 0 else "U+%04X" % c
    # Listed first: both decoders map the pointer, to different code points outside the PUA.
    diff.sort(key=lambda p: icu[p] < 0 or py[p] < 0 or is_pua(icu[p]) or is_pua(py[p]))
    both = sum(1 for p in diff if min(icu[p], py[p]) >= 0 and not is_pua(icu[p]) and not is_pua(py[p]))
    print("%s: %d disagreements, %d of them two real code points (%s)" % (name, len(diff), both, note),
          file=sys.stderr)
    for p in diff[:max(8, min(both, 16))]:
        print("    pointer %d: %s %s, %s %s" % (p, sources[0], h(icu[p]), sources[1], h(py[p])),
              file=sys.stderr)


def merge(icu, py, gl):
    for name in gl:
        report(name + " (glibc)", icu[name], gl[name], "reported only", ("ICU", "glibc"))
    for name in ("big5", "euckr"):
        report(name + " (glibc)", py[name], gl[name], "reported only", ("Python", "glibc"))
    report("jis0208", icu["jis0208"], py["jis0208"], "ICU used")
    report("jis0212", icu["jis0212"], py["jis0212"], "ICU's value where both have one")
    report("gb18030", icu["gb18030"], py["gb18030"], "ICU used: GB18030-2022")
    report("gb18030 ranges", icu["gb18030_ranges"], py["gb18030_ranges"], "ICU used")
    report("big5", icu["big5"], py["big5"], "ICU unless none or PUA, then glibc, then Python; BIG5_OVERRIDES last")
    report("euc-kr", icu["euckr"], py["euckr"], "Python used; ICU's are KS X 1001 + PUA")
    jis0208 = [c if not (8836 <= p < 10716) else -1 for p, c in enumerate(icu["jis0208"])]
    jis0212 = [a if a >= 0 and b >= 0 else -1 for a, b in zip(icu["jis0212"], py["jis0212"])]
    big5 = []
    for p, (a, b, c) in enumerate(zip(icu["big5"], py["big5"], gl["big5"])):
        c = a if a >= 0 and not is_pua(a) else c if c >= 0 else b
        c = BIG5_OVERRIDES.get(p, c)
        big5.append(-1 if p in BIG5_PAIRS or (c >= 0 and is_pua(c)) else c)
    euckr = [b if b >= 0 and not is_pua(b) else -1 for b in py["euckr"]]
    for p, (a, b) in enumerate(zip(icu["euckr"], euckr)):
        assert a < 0 or is_pua(a) or a == b, ("euc-kr", p)
    return {"jis0208": jis0208, "jis0212": jis0212, "gb18030": icu["gb18030"], "big5": big5,
            "euckr": euckr}, icu["gb18030_ranges"]


def pack(index):
    """One index as a byte stream, decoded front to back (charset_cjk_index.cpp, unpack()):
      0x00-0x7F  the next pointer's code point is the previous one + (byte - 0x40)
      0x80-0xBF  the next (byte - 0x7F) pointers continue the previous code point by +1 each
      0xC0-0xDF  the next (byte - 0xBF) pointers have no code point
      0xE0-0xEF  the next (((byte - 0xE0) << 8 | b1) + 1) pointers have no code point
      0xF0       the next pointer's code point is b1 << 16 | b2 << 8 | b3
      0xF1-0xFF  the next pointer's code point is the previous one + (((byte - 0xF1) << 8 | b1) - 1920)
    Legacy CJK sets list characters by radical or reading, so the steps are mostly small: this
    stream plus gzip takes about 60% of the raw uint16 table's gzip size."""
    out = bytearray()
    prev = 0
    i, n = 0, len(index)
    while i < n:
        if index[i] < 0:
            k = 0
            while i + k < n and index[i + k] < 0:
                k += 1
            i += k
            while k > 0:
                if k <= 32:
                    out.append(0xC0 + k - 1)
                    k = 0
                else:
                    m = min(k, 4096)
                    out += bytes([0xE0 + ((m - 1) >> 8), (m - 1) & 0xFF])
                    k -= m
            continue
        run = 0
        while i + run < n and index[i + run] == prev + run + 1 and run < 64:
            run += 1
        if run >= 2:
            out.append(0x80 + run - 1)
            prev += run
            i += run
            continue
        d = index[i] - prev
        if -64 <= d < 64:
            out.append(d + 64)
        elif -1920 <= d < 1920:
            v = d + 1920
            out += bytes([0xF1 + (v >> 8), v & 0xFF])
        else:
            c = index[i]
            out += bytes([0xF0, c >> 16, (c >> 8) & 0xFF, c & 0xFF])
        prev = index[i]
        i += 1
    return bytes(out)


def unpack(data, n):
    """The reader pack() is checked against before anything is written."""
    res, p, prev, i = [-1] * n, 0, 0, 0
    while i < len(data):
        b = data[i]
        i += 1
        if b < 0x80 or b >= 0xF0:
            if b < 0x80:
                prev += b - 0x40
            elif b == 0xF0:
                prev = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
                i += 3
            else:
                prev += ((b - 0xF1) << 8 | data[i]) - 1920
                i += 1
            res[p] = prev
            p += 1
        elif b < 0xC0:
            for _ in range(b - 0x7F):
                prev += 1
                res[p] = prev
                p += 1
        elif b < 0xE0:
            p += b - 0xBF
        else:
            p += ((b - 0xE0) << 8 | data[i]) + 1
            i += 1
    return res


def ranges_of(codes):
    # The only pointer both decoders leave out is the one for U+FFFD itself, which both read as an
    # error: it continues its run.
    codes = list(codes)
    assert [p for p, c in enumerate(codes) if c < 0] == [39417]
    codes[39417] = codes[39416] + 1
    assert codes[39417] == 0xFFFD
    out = []
    for p, c in enumerate(codes):
        if not out or out[-1][1] + (p - out[-1][0]) != c:
            out.append((p, c))
    return out


def emit(indexes, ranges):
    lines = ["// Generated by scripts/gen-cjk-tables.py from ICU (Node's TextDecoder) and Python's",
             "// codecs, cross-checked; do not edit. Each index is a byte stream (see pack() there)."]
    for name, index in indexes.items():
        data = pack(index)
        assert unpack(data, len(index)) == index, name
        ident = "k" + name[0].upper() + name[1:]
        lines.append("constexpr std::size_t %sPointers = %d;" % (ident, len(index)))
        lines.append("constexpr std::uint8_t %sStream[] = {" % ident)
        lines += ["    " + ",".join(str(b) for b in data[i:i + 32]) + "," for i in range(0, len(data), 32)]
        lines.append("};")
        print("%s: %d code points in %d bytes" % (name, sum(c >= 0 for c in index), len(data)),
              file=sys.stderr)
    lines.append("// gb18030 four-byte pointers 0..39419: each entry starts a run of consecutive code points.")
    lines.append("constexpr Gb18030Range kGb18030Ranges[] = {")
    row = ["{%d,0x%X}" % r for r in ranges]
    lines += ["    " + ",".join(row[i:i + 8]) + "," for i in range(0, len(row), 8)]
    lines.append("};")
    print("gb18030 ranges: %d" % len(ranges), file=sys.stderr)
    return "\n".join(lines) + "\n"


def main():
    icu = json.loads(subprocess.run(["node", os.path.join(ROOT, "scripts", "cjk-indexes-from-icu.mjs")],
                                    check=True, capture_output=True).stdout)
    indexes, four_byte = merge(icu, python_indexes(), glibc_indexes())
    text = emit(indexes, ranges_of(four_byte))
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            stale = f.read() != text
        print("stale" if stale else "up to date", file=sys.stderr)
        sys.exit(1 if stale else 0)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
