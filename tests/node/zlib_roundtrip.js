// zlib's sync functions: every compress/decompress pair, options, inputs of each kind, gzip members.
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(40);
const pairs = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress']];
for (const [compress, decompress] of pairs) {
  const packed = zlib[`${compress}Sync`](text);
  console.log(compress, decompress, Buffer.isBuffer(packed), packed.length < text.length,
    zlib[`${decompress}Sync`](packed).toString() === text);
}

// Deterministic outputs.
console.log(zlib.gzipSync('hi').toString('hex'));
console.log(zlib.deflateSync('hi').toString('hex'));
console.log(zlib.deflateRawSync('hi').toString('hex'));
console.log(zlib.brotliCompressSync('hi').toString('hex'));
// Compressed sizes vary between zlib builds: only round trips are compared.
for (const level of [0, 1, 6, 9, -1]) console.log('level', level, zlib.inflateSync(zlib.deflateSync(text, { level })).toString() === text);
for (const strategy of [0, 1, 2, 3, 4]) console.log('strategy', strategy, zlib.inflateSync(zlib.deflateSync(text, { strategy })).toString() === text);
console.log('level 0 stores', zlib.deflateSync(text, { level: 0 }).length > text.length);
console.log('windowBits 9', zlib.deflateSync(text, { windowBits: 9, memLevel: 1 }).toString('base64').slice(0, 24));
for (const quality of [0, 5, 11]) {
  console.log('quality', quality, zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }).length);
}
console.log('text mode', zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } }).length);

// Inputs of each kind.
const bytes = Buffer.from('bytes');
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array(bytes))).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(bytes.buffer, bytes.byteOffset, 5))).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array(bytes).buffer)).toString());
console.log(zlib.gunzipSync(new Uint8Array(zlib.gzipSync('view'))).toString());
console.log(JSON.stringify(zlib.gunzipSync(zlib.gzipSync('')).toString()), zlib.gzipSync(Buffer.alloc(0)).length);

// Large data crosses many output chunks.
const large = Buffer.alloc(1 << 20, 'abcdefgh');
console.log(zlib.gunzipSync(zlib.gzipSync(large)).equals(large), zlib.brotliDecompressSync(zlib.brotliCompressSync(large)).equals(large));

// Concatenated gzip members and zero padding.
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')])).toString());
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('padded'), Buffer.alloc(4)])).toString());
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('trailing'), Buffer.from('junk')])).toString());

// Dictionaries.
const dictionary = Buffer.from('quick brown fox');
const withDictionary = zlib.deflateSync('the quick brown fox', { dictionary });
console.log(withDictionary.length, zlib.inflateSync(withDictionary, { dictionary }).toString());
const rawWithDictionary = zlib.deflateRawSync('the quick brown fox', { dictionary });
console.log(zlib.inflateRawSync(rawWithDictionary, { dictionary }).toString());
