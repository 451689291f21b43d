// zlib in pipelines: a file through gzip to a file and back through gunzip, stream/promises
// pipeline, an error in the middle of a pipeline, and async iteration of a zlib stream.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { pipeline, Readable } = require('stream');
const promises = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const source = path.join(dir, 'source.txt');
const packed = path.join(dir, 'source.txt.gz');
const unpacked = path.join(dir, 'unpacked.txt');
const content = Array.from({ length: 3000 }, (_, i) => `record ${i}: ${'#'.repeat(i % 50)}`).join('\n');
fs.writeFileSync(source, content);

pipeline(fs.createReadStream(source, { highWaterMark: 4096 }), zlib.createGzip(), fs.createWriteStream(packed), (error) => {
  console.log('gzip pipeline', error ?? 'done', fs.statSync(packed).size < content.length / 4);
  console.log('gzip file is gzip', fs.readFileSync(packed).subarray(0, 2).toString('hex'),
    zlib.gunzipSync(fs.readFileSync(packed)).toString() === content);
  pipeline(fs.createReadStream(packed, { highWaterMark: 100 }), zlib.createGunzip(), fs.createWriteStream(unpacked), (error2) => {
    console.log('gunzip pipeline', error2 ?? 'done', fs.readFileSync(unpacked, 'utf8') === content);
    more().then(() => fs.rmSync(dir, { recursive: true }));
  });
});

async function more() {
  const brotliFile = path.join(dir, 'source.br');
  await promises.pipeline(fs.createReadStream(source), zlib.createBrotliCompress(), fs.createWriteStream(brotliFile));
  console.log('brotli file', zlib.brotliDecompressSync(fs.readFileSync(brotliFile)).toString() === content);
  await promises.pipeline(Readable.from([Buffer.from('a'), Buffer.from('b')]), zlib.createDeflate(), zlib.createInflate(),
    async function (source) {
      let text = '';
      for await (const chunk of source) text += chunk;
      console.log('pipeline into async function', text);
    });
  try {
    await promises.pipeline(Readable.from([Buffer.from('this is not gzip')]), zlib.createGunzip(),
      fs.createWriteStream(path.join(dir, 'never.txt')));
  } catch (error) {
    console.log('pipeline error', error.code, error.message);
  }
  const gunzip = zlib.createGunzip();
  gunzip.end(zlib.gzipSync('iterated '.repeat(3)));
  const parts = [];
  for await (const chunk of gunzip) parts.push(chunk.toString());
  console.log('async iteration', parts.join('|'));
}
