// stream.pipeline and stream/promises pipeline with web streams: a ReadableStream source, TransformStreams
// in the middle, a WritableStream destination, errors from either end, and what pipeline returns.
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const promises = require('stream/promises');
const log = (...a) => console.log(...a);
(async () => {
  await new Promise((resolve) => pipeline(ReadableStream.from(['a', 'b']), new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }),
    async function* (source) { for await (const c of source) yield c.toUpperCase(); },
    async function (source) { const all = []; for await (const c of source) all.push(c); log('web source', all); return 'value'; },
    (e, v) => { log('done', e, v); resolve(); }));
  const got = [];
  await promises.pipeline(Readable.from(['x', 'y']), new TransformStream(), new WritableStream({ write(c) { got.push(c); } }));
  log('into WritableStream', got);
  await promises.pipeline(ReadableStream.from([Buffer.from('n')]), new PassThrough(), new Writable({ write(c, e, cb) { log('node dest', c.toString()); cb(); } }));
  await promises.pipeline(ReadableStream.from(['q']), new WritableStream({ write() { throw new Error('sink broke'); } })).catch((e) => log('web sink error', e.message));
  const failing = new ReadableStream({ pull(c) { c.error(new Error('source broke')); } });
  let aborted;
  await promises.pipeline(failing, new WritableStream({ abort(r) { aborted = r.message; } })).catch((e) => log('web source error', e.message, aborted));
  try { pipeline(ReadableStream.from([]), new TransformStream(), 5, () => {}); } catch (e) { log(e.name, e.code); }
  const r = pipeline(ReadableStream.from(['z']), new TransformStream(), () => {});
  log('returns readable', r instanceof ReadableStream);
})();
