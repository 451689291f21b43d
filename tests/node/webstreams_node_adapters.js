// Readable/Writable/Duplex .toWeb and .fromWeb: data, object mode, ends and errors crossing
// between Node streams and web streams, backpressure, cancel/abort/destroy, bad arguments.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...args) => console.log(...args);

async function readWeb(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  const web = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  const bytes = await readWeb(web);
  log('toWeb bytes', bytes.map((chunk) => `${chunk.constructor.name}:${Buffer.from(chunk).toString()}`));
  log('toWeb objects', await readWeb(Readable.toWeb(Readable.from([{ a: 1 }, 'two', 3]))));
  const failing = new Readable({ read() { this.destroy(new Error('node side failed')); } });
  await readWeb(Readable.toWeb(failing)).catch((error) => log('toWeb error', error.message));
  const endless = new Readable({ read() { this.push('x'); } });
  endless.on('close', () => log('node stream destroyed by cancel', endless.destroyed));
  const endlessReader = Readable.toWeb(endless).getReader();
  log('first', Buffer.from((await endlessReader.read()).value).toString());
  await endlessReader.cancel(new Error('enough'));
  await new Promise((resolve) => setImmediate(resolve));

  const fromWeb = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('w1'); c.enqueue('w2'); c.close(); } }), { objectMode: true });
  const got = [];
  for await (const chunk of fromWeb) got.push(chunk);
  log('fromWeb', got);
  const encoded = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]), { encoding: 'utf8' });
  encoded.on('data', (chunk) => log('fromWeb encoding', typeof chunk, chunk));
  await new Promise((resolve) => encoded.on('end', resolve));
  const webFails = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web side failed')); } }));
  webFails.on('error', (error) => log('fromWeb error', error.message));
  webFails.resume();
  await new Promise((resolve) => webFails.on('close', resolve));
  let canceled;
  const cancelable = Readable.fromWeb(new ReadableStream({ pull(c) { c.enqueue('data'); }, cancel(reason) { canceled = reason?.message; } }), { objectMode: true });
  cancelable.destroy(new Error('node destroyed'));
  cancelable.on('error', () => {});
  await new Promise((resolve) => cancelable.on('close', resolve));
  log('web source canceled with', canceled);

  const sink = [];
  const nodeWritable = new Writable({ highWaterMark: 2, write(chunk, encoding, callback) { sink.push(chunk.toString()); setImmediate(callback); } });
  const webWritable = Writable.toWeb(nodeWritable);
  const writer = webWritable.getWriter();
  for (const piece of ['p', 'q', 'r']) await writer.write(Buffer.from(piece));
  await writer.close();
  log('toWeb writable', sink, nodeWritable.writableFinished);
  const brokenNode = new Writable({ write(chunk, encoding, callback) { callback(new Error('write failed')); } });
  const brokenWriter = Writable.toWeb(brokenNode).getWriter();
  brokenNode.on('error', () => {});
  await brokenWriter.write(new Uint8Array([1])).catch(() => {});
  await brokenWriter.closed.catch((error) => log('toWeb writable error', error.message));

  const received = [];
  const nodeSide = Writable.fromWeb(new WritableStream({ write(chunk) { received.push(chunk); } }));
  nodeSide.write('string chunk');
  nodeSide.end(Buffer.from('buffer chunk'));
  await new Promise((resolve) => nodeSide.on('finish', resolve));
  log('fromWeb writable', received.map((chunk) => `${chunk.constructor.name}:${Buffer.from(chunk).toString()}`));
  const rejecting = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink refused'); } }));
  rejecting.on('error', (error) => log('fromWeb writable error', error.message));
  rejecting.write('x');
  await new Promise((resolve) => rejecting.on('close', resolve));

  const pair = Duplex.toWeb(new PassThrough());
  const pairWriter = pair.writable.getWriter();
  pairWriter.write(new TextEncoder().encode('through'));
  pairWriter.close();
  log('Duplex.toWeb', (await readWeb(pair.readable)).map((chunk) => Buffer.from(chunk).toString()));
  const transform = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const duplex = Duplex.fromWeb(transform, { objectMode: true });
  duplex.end('shout');
  for await (const chunk of duplex) log('Duplex.fromWeb', chunk);

  for (const [label, fn] of [['Readable.toWeb', () => Readable.toWeb({})], ['Readable.fromWeb', () => Readable.fromWeb({})],
    ['Writable.toWeb', () => Writable.toWeb({})], ['Writable.fromWeb', () => Writable.fromWeb({})],
    ['Duplex.fromWeb', () => Duplex.fromWeb({ readable: new ReadableStream() })], ['bad encoding', () => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' })]]) {
    try { fn(); log(label, 'ok'); } catch (error) { log(label, error.name, error.code); }
  }
})();
