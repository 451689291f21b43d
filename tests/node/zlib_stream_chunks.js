// zlib streams: gzip/gunzip, deflate/inflate, raw and unzip round trips written in chunks, with
// small chunkSize windows, bytesWritten, and the order of events.
const zlib = require('zlib');

const text = Array.from({ length: 400 }, (_, i) => `line ${i} ${'abcdefghij'.repeat(i % 7)}\n`).join('');
const input = Buffer.from(text);

// Writes `input` to `stream` in pieces of `size`, collects the output.
function through(stream, data, size) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const events = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('finish', () => events.push('finish'));
    stream.on('end', () => {
      events.push('end');
      stream.on('close', () => {
        events.push('close');
        resolve({ output: Buffer.concat(chunks), chunks, events });
      });
    });
    for (let offset = 0; offset < data.length; offset += size) stream.write(data.subarray(offset, offset + size));
    stream.end();
  });
}

const pairs = [
  ['Gzip', 'Gunzip'], ['Deflate', 'Inflate'], ['DeflateRaw', 'InflateRaw'], ['Gzip', 'Unzip'], ['Deflate', 'Unzip'],
  ['BrotliCompress', 'BrotliDecompress'],
];

(async () => {
  for (const [pack, unpack] of pairs) {
    for (const [size, chunkSize] of [[1000, undefined], [97, 64], [input.length, 128]]) {
      const packer = new zlib[pack]({ chunkSize });
      const packed = await through(packer, input, size);
      const unpacker = zlib[unpack]({ chunkSize });
      const result = await through(unpacker, packed.output, 50);
      const maxChunk = Math.max(...result.chunks.map((chunk) => chunk.length));
      console.log(pack, unpack, size, chunkSize, result.output.equals(input), packer.bytesWritten === input.length,
        unpacker.bytesWritten === packed.output.length, maxChunk <= (chunkSize ?? 16384), packed.events.join(),
        result.events.join());
    }
  }
  // Sync and stream agree byte for byte.
  const gzip = await through(zlib.createGzip({ level: 9 }), input, 333);
  console.log('same bytes', gzip.output.equals(zlib.gzipSync(input, { level: 9 })));
  const deflated = await through(zlib.createDeflate(), Buffer.alloc(0), 1);
  console.log('empty deflate', deflated.output.toString('hex'));
  const nothing = await through(zlib.createInflate(), deflated.output, 1);
  console.log('empty inflate', nothing.output.length, nothing.events.join());
  // Strings with an encoding are accepted as writes.
  const strings = zlib.createGzip();
  const pieces = [];
  strings.on('data', (chunk) => pieces.push(chunk));
  strings.on('end', () => console.log('base64 write', zlib.gunzipSync(Buffer.concat(pieces)).toString()));
  strings.write('aGVsbG8g', 'base64');
  strings.end('world', 'latin1');
})();
