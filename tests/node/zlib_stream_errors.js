// zlib stream errors: corrupt and truncated input, bad headers, trailing data, dictionaries,
// brotli errors, bad options, writes after the handle closed, and maxOutputLength.
const zlib = require('zlib');

function run(label, stream, data) {
  return new Promise((resolve) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', (error) => {
      console.log(label, 'error', error.code, error.errno, error.message, stream.destroyed, stream._handle);
      resolve();
    });
    stream.on('end', () => {
      console.log(label, 'end', Buffer.concat(chunks).toString('latin1'));
      resolve();
    });
    for (const piece of data) stream.write(piece);
    stream.end();
  });
}

const gz = zlib.gzipSync('gzip member');
const deflated = zlib.deflateSync('deflate data');
const cases = [
  ['gunzip bad header', () => zlib.createGunzip(), [Buffer.from('not gzip at all')]],
  ['gunzip truncated', () => zlib.createGunzip(), [gz.subarray(0, 15)]],
  ['gunzip two members', () => zlib.createGunzip(), [gz, zlib.gzipSync(' second')]],
  ['gunzip zero padding', () => zlib.createGunzip(), [gz, Buffer.alloc(10)]],
  ['gunzip trailing garbage', () => zlib.createGunzip(), [gz, Buffer.from('garbage')]],
  ['inflate trailing data', () => zlib.createInflate(), [deflated, Buffer.from('more')]],
  ['inflate corrupt', () => zlib.createInflate(), [Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff])]],
  ['inflate wrong check', () => zlib.createInflate(), [Buffer.from([0x78, 0x9d])]],
  ['inflateRaw truncated', () => zlib.createInflateRaw(), [zlib.deflateRawSync('raw data').subarray(0, 3)]],
  ['unzip plain', () => zlib.createUnzip(), [Buffer.from('plain')]],
  ['unzip split magic', () => zlib.createUnzip(), [gz.subarray(0, 1), gz.subarray(1)]],
  ['missing dictionary', () => zlib.createInflate(), [zlib.deflateSync('dict', { dictionary: Buffer.from('dict') })]],
  ['bad dictionary', () => zlib.createInflate({ dictionary: Buffer.from('other') }),
    [zlib.deflateSync('dict', { dictionary: Buffer.from('dict') })]],
  ['good dictionary', () => zlib.createInflate({ dictionary: new Uint8Array(Buffer.from('dict')).buffer }),
    [zlib.deflateSync('dict', { dictionary: Buffer.from('dict') })]],
  ['brotli garbage', () => zlib.createBrotliDecompress(), [Buffer.from('garbage garbage')]],
  ['brotli truncated', () => zlib.createBrotliDecompress(), [zlib.brotliCompressSync('x'.repeat(100)).subarray(0, 5)]],
  ['maxOutputLength stream', () => zlib.createInflate({ maxOutputLength: 5 }), [zlib.deflateSync('long enough text')]],
];

(async () => {
  for (const [label, make, data] of cases) await run(label, make(), data);
  for (const [label, options] of [['chunkSize', { chunkSize: 1 }], ['chunkSize Infinity', { chunkSize: Infinity }],
    ['chunkSize NaN', { chunkSize: NaN }], ['flush', { flush: 6 }], ['finishFlush', { finishFlush: -1 }],
    ['maxOutputLength', { maxOutputLength: 0 }], ['level null', { level: null }], ['windowBits 0', { windowBits: 0 }],
    ['dictionary', { dictionary: 'abc' }]]) {
    try {
      const stream = zlib.createDeflate(options);
      console.log(label, 'ok', stream._chunkSize);
    } catch (error) {
      console.log(label, error.name, error.code, error.message);
    }
  }
  for (const [label, options] of [['brotli param', { params: { 20: 1 } }], ['brotli value', { params: { 1: 'x' } }],
    ['brotli quality', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 99 } }], ['brotli flush', { flush: 4 }]]) {
    try {
      zlib.createBrotliCompress(options);
      console.log(label, 'ok');
    } catch (error) {
      console.log(label, error.name, error.code, error.message);
    }
  }
  const gzip = zlib.createGzip();
  gzip.on('error', (error) => console.log('write after destroy', error.code));
  gzip.destroy();
  gzip.write('late', (error) => console.log('write callback', error?.code));
})();
