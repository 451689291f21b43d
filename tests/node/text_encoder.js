// TextEncoder: encode and encodeInto, lone surrogates, and util's export.
const util = require('util');
const encoder = new TextEncoder();
console.log(encoder.encoding, util.TextEncoder === TextEncoder, Object.prototype.toString.call(encoder));
for (const input of ['', 'abc', 'héllo', '€', '😀', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d', 42, null, undefined, { toString: () => 'obj' }]) {
  const bytes = encoder.encode(input);
  console.log(JSON.stringify(input), bytes.constructor.name, Array.from(bytes).map((b) => b.toString(16)).join(' '));
}
console.log(Array.from(encoder.encode()));
for (const [text, size] of [['abc', 5], ['abc', 2], ['a€b', 3], ['a€b', 4], ['a€b', 5], ['😀x', 3], ['😀x', 4], ['😀x', 5],
  ['', 4], ['\ud800z', 4], ['héllo', 0]]) {
  const target = new Uint8Array(size);
  const result = encoder.encodeInto(text, target);
  console.log(JSON.stringify(text), size, JSON.stringify(result), Array.from(target).join(','));
}
const offsetView = new Uint8Array(8).subarray(2, 5);
console.log(JSON.stringify(encoder.encodeInto('wxyz', offsetView)), Array.from(offsetView.buffer ? new Uint8Array(offsetView.buffer) : []));
for (const target of [[], new Uint16Array(4), 'abc']) {
  try {
    encoder.encodeInto('a', target);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
console.log(encoder);
