// Brotli streams: compress/decompress in chunks, flush() (BROTLI_OPERATION_FLUSH) making the
// output decodable so far, parameters (quality, mode, size hint, window) and the flags a
// brotli stream starts with.
const zlib = require('zlib');
const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT, BROTLI_PARAM_LGWIN,
  BROTLI_OPERATION_FLUSH } = zlib.constants;

const text = Buffer.from('Brotli streams, brotli streams. '.repeat(300));

function pump(stream, pieces) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const piece of pieces) stream.write(piece);
    stream.end();
  });
}

function split(buffer, size) {
  const pieces = [];
  for (let offset = 0; offset < buffer.length; offset += size) pieces.push(buffer.subarray(offset, offset + size));
  return pieces;
}

(async () => {
  const compress = zlib.createBrotliCompress();
  console.log('flags', compress._defaultFlushFlag, compress._finishFlushFlag, compress._defaultFullFlushFlag,
    compress._chunkSize, compress._handle.constructor.name, zlib.createBrotliDecompress()._handle.constructor.name);
  const packed = await pump(compress, split(text, 1000));
  console.log('compressed smaller', packed.length < text.length / 10, 'bytesWritten', compress.bytesWritten);
  console.log('same as sync', packed.equals(zlib.brotliCompressSync(text)));
  for (const size of [1, 7, 100, packed.length]) {
    const back = await pump(zlib.createBrotliDecompress({ chunkSize: 64 }), split(packed, size));
    console.log('decompress in pieces of', size, back.equals(text));
  }
  for (const params of [{ [BROTLI_PARAM_QUALITY]: 0 }, { [BROTLI_PARAM_QUALITY]: 4, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT },
    { [BROTLI_PARAM_SIZE_HINT]: text.length }, { [BROTLI_PARAM_LGWIN]: 10 }, { [BROTLI_PARAM_QUALITY]: true }]) {
    const out = await pump(zlib.createBrotliCompress({ params }), [text]);
    console.log('params', JSON.stringify(params), out.length === zlib.brotliCompressSync(text, { params }).length,
      zlib.brotliDecompressSync(out).equals(text));
  }
  // A flushed brotli stream decodes so far.
  const flushing = zlib.createBrotliCompress();
  const chunks = [];
  flushing.on('data', (chunk) => chunks.push(chunk));
  flushing.write('first part, ');
  flushing.flush(BROTLI_OPERATION_FLUSH, () => {
    const decoder = zlib.createBrotliDecompress();
    decoder.on('data', (chunk) => console.log('flushed part decodes', chunk.toString()));
    decoder.write(Buffer.concat(chunks), () => {
      flushing.end('second part');
      flushing.on('end', () => console.log('whole', zlib.brotliDecompressSync(Buffer.concat(chunks)).toString()));
    });
  });
})();
