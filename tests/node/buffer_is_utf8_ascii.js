// buffer.isUtf8 and buffer.isAscii over buffers, typed arrays, DataViews and ArrayBuffers.
const { isUtf8, isAscii } = require('buffer');
const samples = [[], [0x41, 0x42], [0x7f], [0x80], [0xc3, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xed, 0xa0, 0x80],
  [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xff], [0x61, 0xe2, 0x82]];
for (const bytes of samples) {
  const buffer = Buffer.from(bytes);
  console.log(buffer.toString('hex'), isUtf8(buffer), isAscii(buffer), isUtf8(new Uint8Array(bytes).buffer),
    isAscii(new DataView(new Uint8Array(bytes).buffer)));
}
console.log(isUtf8(new Uint16Array([0x4141])), isAscii(new Uint16Array([0x80])), isUtf8(Buffer.from('ü€😀')));
console.log(isAscii(Buffer.from('plain text')), isAscii(Buffer.from('naïve')), isUtf8(Buffer.from('abc').subarray(1)));
for (const value of ['abc', 5, null, [1, 2]]) {
  for (const fn of [isUtf8, isAscii]) {
    try {
      fn(value);
    } catch (error) {
      console.log(fn.name, error.name, error.code, error.message);
    }
  }
}
