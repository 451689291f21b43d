// zlib errors: corrupt and truncated data, dictionaries, bad options and inputs, output limits.
const zlib = require('zlib');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? result.toString('hex') : result);
  } catch (error) {
    console.log(label, error.name, error.code, error.errno, error.message);
  }
}

attempt('gunzip garbage', () => zlib.gunzipSync(Buffer.from('xyz')));
attempt('inflate corrupt', () => zlib.inflateSync(Buffer.from([0x78, 0x9c, 1, 2])));
attempt('inflateRaw bad block', () => zlib.inflateRawSync(Buffer.from([0xff])));
attempt('gunzip truncated', () => zlib.gunzipSync(zlib.gzipSync('abcdef').subarray(0, 10)));
attempt('gunzip trailing junk', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('x'), Buffer.from('junk')])));
attempt('gunzip trailing byte', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('x'), Buffer.from([1])])));
attempt('unzip garbage', () => zlib.unzipSync(Buffer.from('plain text')));
attempt('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('zzzz')));
attempt('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('abcdef'.repeat(9)).subarray(0, 4)));

const packed = zlib.deflateSync('secret', { dictionary: Buffer.from('secret') });
attempt('missing dictionary', () => zlib.inflateSync(packed));
attempt('wrong dictionary', () => zlib.inflateSync(packed, { dictionary: Buffer.from('other') }));
attempt('right dictionary', () => zlib.inflateSync(packed, { dictionary: Buffer.from('secret') }));
attempt('string dictionary', () => zlib.deflateSync('a', { dictionary: 'x' }));

attempt('number input', () => zlib.gzipSync(1));
attempt('null input', () => zlib.deflateSync(null));
attempt('level 20', () => zlib.gzipSync('a', { level: 20 }));
attempt('level string', () => zlib.gzipSync('a', { level: '1' }));
attempt('windowBits 7', () => zlib.gzipSync('a', { windowBits: 7 }));
attempt('memLevel 0', () => zlib.deflateSync('a', { memLevel: 0 }));
attempt('strategy 5', () => zlib.deflateSync('a', { strategy: 5 }));
attempt('chunkSize 10', () => zlib.deflateSync('a', { chunkSize: 10 }));
attempt('options string', () => zlib.deflateSync('a', 'fast'));
attempt('brotli bad param', () => zlib.brotliCompressSync('a', { params: { 99: 1 } }));
attempt('brotli quality 12', () => zlib.brotliCompressSync('a', { params: { 1: 12 } }).length);
attempt('maxOutputLength', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 10 }));
attempt('maxOutputLength fits', () => zlib.inflateSync(zlib.deflateSync('xyz'), { maxOutputLength: 3 }));

console.log(zlib.codes.Z_OK, zlib.codes.Z_DATA_ERROR, zlib.codes[-3], zlib.codes['2'], Object.isFrozen(zlib.codes));
const { constants } = zlib;
console.log(constants.Z_BEST_COMPRESSION, constants.GZIP, constants.BROTLI_PARAM_QUALITY, constants.BROTLI_DECODER_ERROR_FORMAT_PADDING_1);
console.log(Object.keys(constants).length, Object.keys(constants).includes('ZLIB_VERNUM'));
