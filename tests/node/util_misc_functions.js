// util.stripVTControlCharacters, toUSVString, getSystemErrorName, styleText, isDeepStrictEqual.
const util = require('util');
for (const text of ['\u001b[31mred\u001b[39m', '\u001b[1m\u001b[4mx\u001b[24m\u001b[22m', 'plain', '\u001b]8;;http://a\u0007link\u001b]8;;\u0007',
  '\u009b1mcsi', 'a\u001b[2Kb', '\u001b[?25lhidden', '']) {
  console.log(JSON.stringify(util.stripVTControlCharacters(text)));
}
try { util.stripVTControlCharacters(1); } catch (e) { console.log(e.code, e.message); }
for (const text of ['abc', 'a\ud800b', '\udc00', '\ud83d\ude00', 'x\ud83dy', 42]) console.log(JSON.stringify(util.toUSVString(text)));
for (const code of [-2, -13, -98, -4058, -1]) console.log(code, util.getSystemErrorName(code));
for (const bad of [2, 0, 'x', -1.5]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const format of ['red', 'bold', ['red'], ['bold', 'red'], ['red', 'bgBlue', 'italic']]) {
  console.log(JSON.stringify(format), JSON.stringify(util.styleText(format, 'x')),
    JSON.stringify(util.styleText(format, 'x', { validateStream: false })));
}
try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message); }
try { util.styleText('red', 1); } catch (e) { console.log(e.code, e.message); }
console.log(util.isDeepStrictEqual(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])), util.isDeepStrictEqual([1, 2], [1, 2]),
  util.isDeepStrictEqual({ a: 1 }, { a: '1' }), util.isDeepStrictEqual(new Map([['k', { v: 1 }]]), new Map([['k', { v: 1 }]])));
