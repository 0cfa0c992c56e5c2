// For scripts/gen-cjk-tables.py: prints {index: [code point or -1 for each pointer]}, each pointer's
// bytes decoded by Node's TextDecoder (ICU). -1: not exactly one code point, or U+FFFD.
const one = (enc, bytes) => {
  const s = new TextDecoder(enc).decode(new Uint8Array(bytes));
  const cps = [...s].map(c => c.codePointAt(0));
  return cps.length === 1 && cps[0] !== 0xFFFD ? cps[0] : -1;
};
const out = {};
const sj = []; for (let p = 0; p < 11280; ++p) { const l = Math.floor(p / 188), t = p % 188; const lead = l + (l < 0x1F ? 0x81 : 0xC1); const trail = t + (t < 0x3F ? 0x40 : 0x41); sj.push(one('shift_jis', [lead, trail])); } out.jis0208 = sj;
const j12 = []; for (let p = 0; p < 8836; ++p) j12.push(one('euc-jp', [0x8F, 0xA1 + Math.floor(p / 94), 0xA1 + p % 94])); out.jis0212 = j12;
const gb = []; for (let p = 0; p < 126 * 190; ++p) { const t = p % 190; gb.push(one('gb18030', [0x81 + Math.floor(p / 190), t + (t < 0x3F ? 0x40 : 0x41)])); } out.gb18030 = gb;
const r = []; for (let p = 0; p <= 39419; ++p) { const b4 = p % 10, b3 = Math.floor(p / 10) % 126, b2 = Math.floor(p / 1260) % 10, b1 = Math.floor(p / 12600); r.push(one('gb18030', [0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4])); } out.gb18030_ranges = r;
const b5 = []; for (let p = 0; p < 126 * 157; ++p) { const t = p % 157; b5.push(one('big5', [0x81 + Math.floor(p / 157), t + (t < 0x3F ? 0x40 : 0x62)])); } out.big5 = b5;
const kr = []; for (let p = 0; p < 126 * 190; ++p) kr.push(one('euc-kr', [0x81 + Math.floor(p / 190), 0x41 + p % 190])); out.euckr = kr;
process.stdout.write(JSON.stringify(out));
