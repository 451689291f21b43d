// zlib's callback forms (results arrive later; errors go to the callback) and crc32.
const zlib = require('zlib');

console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32(Buffer.from('hello')));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
console.log(zlib.crc32(new Uint16Array([0x6968])), zlib.crc32('héllo'), zlib.crc32('abc', 4294967295));
for (const [label, fn] of [['crc32 number', () => zlib.crc32(5)], ['crc32 value', () => zlib.crc32('a', -1)],
  ['crc32 value string', () => zlib.crc32('a', '1')], ['callback missing', () => zlib.gzip('a')],
  ['callback bad input', () => zlib.gzip(5, () => {})]]) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

// One at a time, so the order is the same under Node's thread pool.
const steps = [
  (next) => zlib.gzip('callback text', (error, packed) => { console.log('gzip', error, packed.length); next(packed); }),
  (next, packed) => zlib.gunzip(packed, {}, (error, text) => { console.log('gunzip', error, text.toString()); next(); }),
  (next) => zlib.deflate('x', { level: 9 }, (error, packed) => { console.log('deflate', error, packed.toString('hex')); next(packed); }),
  (next, packed) => zlib.unzip(packed, (error, text) => { console.log('unzip', error, text.toString()); next(); }),
  (next) => zlib.deflateRaw('raw', (error, packed) => zlib.inflateRaw(packed, (error2, text) => { console.log('raw', error, error2, text.toString()); next(); })),
  (next) => zlib.brotliCompress('brotli', (error, packed) => zlib.brotliDecompress(packed, (error2, text) => { console.log('brotli', error, error2, text.toString()); next(); })),
  (next) => zlib.inflate(Buffer.from('not deflate'), (error, result) => { console.log('inflate error', error.code, error.errno, error.message, result); next(); }),
  (next) => zlib.brotliDecompress(Buffer.from('zz'), (error) => { console.log('brotli error', error.code, error.message); next(); }),
];
function run(index, value) {
  if (index < steps.length) steps[index]((result) => run(index + 1, result), value);
}
run(0);
console.log('callbacks come later');
