// TextEncoderStream and TextDecoderStream (characters and surrogate pairs split across chunks,
// labels, fatal, the BOM) and CompressionStream/DecompressionStream (every format, chunked
// input, interoperation with node:zlib, corrupt input).
const zlib = require('zlib');
const log = (...args) => console.log(...args);

async function collect(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return chunks;
}

function from(chunks) {
  return new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(chunk); c.close(); } });
}

const bytesOf = (chunks) => Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));

(async () => {
  const encoder = new TextEncoderStream();
  log(encoder.encoding, Object.prototype.toString.call(encoder), encoder.readable instanceof ReadableStream);
  const encoded = await collect(from(['a€', '\uD83D', '\uDE00b', 5, '\uD800']).pipeThrough(new TextEncoderStream()));
  log('encoded', encoded.map((chunk) => `${chunk.constructor.name}(${Buffer.from(chunk).toString('hex')})`));

  const euro = Buffer.from('€😀ok');
  const pieces = [euro.subarray(0, 1), euro.subarray(1, 4), euro.subarray(4, 6), euro.subarray(6)];
  log('decoded', await collect(from(pieces).pipeThrough(new TextDecoderStream())));
  const latin = new TextDecoderStream('latin1');
  log(latin.encoding, latin.fatal, latin.ignoreBOM);
  log('latin1', await collect(from([new Uint8Array([0xe9, 0x41])]).pipeThrough(latin)));
  const withBOM = Buffer.from('\ufeffhi');
  log('bom removed', await collect(from([withBOM]).pipeThrough(new TextDecoderStream())));
  log('bom kept', JSON.stringify(await collect(from([withBOM]).pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true })))));
  await collect(from([new Uint8Array([0xff])]).pipeThrough(new TextDecoderStream('utf-8', { fatal: true })))
    .catch((error) => log('fatal', error.name, error.code));
  await collect(from(['not bytes']).pipeThrough(new TextDecoderStream())).catch((error) => log('string input', error.name, error.code));
  log('truncated at end', await collect(from([euro.subarray(0, 2)]).pipeThrough(new TextDecoderStream())));
  try { new TextDecoderStream('no-such-encoding'); } catch (error) { log('bad label', error.name, error.code); }

  const text = 'compress me, '.repeat(100);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const input = Buffer.from(text);
    const chunks = [input.subarray(0, 500), input.subarray(500), new Uint8Array(0)];
    const compressed = bytesOf(await collect(from(chunks).pipeThrough(new CompressionStream(format))));
    const viaZlib = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync }[format](compressed).toString();
    const back = await collect(from([compressed.subarray(0, 10), compressed.subarray(10)]).pipeThrough(new DecompressionStream(format))
      .pipeThrough(new TextDecoderStream()));
    log(format, compressed.length < input.length, viaZlib === text, back.join('') === text);
  }
  const fromZlib = zlib.gzipSync('made by zlib');
  log('zlib to web', (await collect(from([fromZlib]).pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()))).join(''));
  await collect(from([new Uint8Array([1, 2, 3])]).pipeThrough(new DecompressionStream('gzip'))).catch((error) => log('corrupt', error.code, error.message));
  await collect(from([fromZlib.subarray(0, 12)]).pipeThrough(new DecompressionStream('gzip'))).catch((error) => log('truncated', error.code, error.message));
  for (const format of ['brotli', undefined, 'GZIP']) {
    try { new CompressionStream(format); log(format, 'ok'); } catch (error) { log('format', format, error.name, error.code); }
  }
  log(new DecompressionStream('deflate'));
})();
