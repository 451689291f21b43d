// zlib streams and backpressure: write() returns false once the writable side is full, 'drain'
// follows, a paused reader holds the output back, and piping a large input loses nothing.
const zlib = require('zlib');
const { PassThrough, Writable } = require('stream');

// Incompressible enough that the output is as large as the input.
let seed = 7;
const noise = Buffer.alloc(200000, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16 & 0xff);

const gzip = zlib.createGzip({ level: 0, highWaterMark: 1024, chunkSize: 1024 });
console.log('writableHighWaterMark', gzip.writableHighWaterMark, 'readableHighWaterMark', gzip.readableHighWaterMark);
let accepted = 0;
let refusedAt = -1;
for (let i = 0; i < 50; i++) {
  if (gzip.write(noise.subarray(i * 1000, (i + 1) * 1000))) accepted++;
  else if (refusedAt < 0) refusedAt = i;
}
console.log('accepted', accepted, 'refused at', refusedAt, 'needDrain', gzip.writableNeedDrain);

// Nobody reads: the readable side fills up and the writes stay queued (polled until the stream
// settles in that state, or has taken every write).
function whenSettled(callback) {
  if (gzip.readableLength >= gzip.readableHighWaterMark || gzip.writableLength === 0) callback();
  else setImmediate(whenSettled, callback);
}
whenSettled(() => {
  console.log('readableLength above hwm', gzip.readableLength >= gzip.readableHighWaterMark, 'queued', gzip.writableLength > 0);
  const pieces = [];
  gzip.on('drain', () => console.log('drain'));
  gzip.on('data', (chunk) => pieces.push(chunk));
  gzip.on('end', () => {
    const back = zlib.gunzipSync(Buffer.concat(pieces));
    console.log('paused round trip', back.equals(noise.subarray(0, 50000)));
    piped();
  });
  gzip.end();
});

// A slow writable at the end of a pipe: its backpressure reaches the zlib streams.
function piped() {
  const source = new PassThrough();
  const deflate = zlib.createDeflate({ chunkSize: 1024 });
  const inflate = zlib.createInflate({ chunkSize: 512 });
  let received = 0;
  let calls = 0;
  const sink = new Writable({
    highWaterMark: 100,
    write(chunk, encoding, callback) {
      received += chunk.length;
      calls++;
      setImmediate(callback);
    },
  });
  sink.on('finish', () => console.log('slow sink got', received, 'in many calls', calls > 100, 'inflate bytesWritten = deflate output', inflate.bytesWritten > 0));
  source.pipe(deflate).pipe(inflate).pipe(sink);
  for (let i = 0; i < 20; i++) source.write(noise.subarray(i * 10000, (i + 1) * 10000));
  source.end();
}
