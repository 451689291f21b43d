// indexOf with numbers, strings in each encoding, buffers, and byteOffset handling.
const buffer = Buffer.from('hello world, hello buffer');
const needles = ['o', 'hello', 'buffer', 'xyz', '', 'd, h', 111, 0x16f, -145, 256 + 104, Buffer.from('llo'),
  new Uint8Array([0x77, 0x6f]), Buffer.alloc(0)];
for (const needle of needles) {
  const shown = typeof needle === 'object' ? `<${Buffer.from(needle).toString('hex')}>` : JSON.stringify(needle);
  const results = [undefined, 0, 5, 13, -6, -100, 24, 25, 100, 4.9, '3', null, NaN, {}].map((offset) => buffer.indexOf(needle, offset));
  console.log(shown, results.join(' '));
}
console.log(buffer.indexOf('6c6c', 'hex'), buffer.indexOf('6c6c', 5, 'hex'), buffer.indexOf('bGxv', 'base64'));
console.log(buffer.indexOf('h\u0000e\u0000', 'utf16le'), Buffer.from('héllo', 'utf16le').indexOf('llo', 0, 'ucs2'));
console.log(buffer.indexOf('hello', 'latin1'), buffer.indexOf('world', 'ascii'), buffer.indexOf('zz', 'hex'));
const utf8 = Buffer.from('a€b€c');
console.log(utf8.indexOf('€'), utf8.indexOf('€', 2), utf8.indexOf('€', -3), utf8.indexOf(0xe2, 5));
console.log(Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf(0));
const attempts = [
  () => buffer.indexOf({}), () => buffer.indexOf(null), () => buffer.indexOf([1]), () => buffer.indexOf(true),
  () => buffer.indexOf('a', 0, 'klingon'), () => buffer.indexOf('a', 0, ''), () => buffer.indexOf(Symbol('s')),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
