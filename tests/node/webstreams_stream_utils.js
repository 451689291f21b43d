// node:stream's helpers on web streams: finished() (callback and promise forms, with errors
// and signals), isReadable, isWritable, isErrored, isDisturbed, Readable.from of a
// ReadableStream.
const stream = require('stream');
const { finished } = stream;
const promises = require('stream/promises');
const log = (...args) => console.log(...args);

(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  log('readable', stream.isReadable(rs), stream.isErrored(rs), stream.isDisturbed(rs));
  await new Promise((resolve) => {
    finished(rs, (error) => { log('finished readable', error); resolve(); });
    rs.getReader().read().then((result) => log('read', result));
  });
  log('after', stream.isReadable(rs), stream.isDisturbed(rs));

  const ws = new WritableStream();
  log('writable', stream.isWritable(ws), stream.isErrored(ws));
  const wsDone = new Promise((resolve) => finished(ws, (error) => { log('finished writable', error); resolve(); }));
  await ws.getWriter().close();
  await wsDone;
  log('closed writable', stream.isWritable(ws));

  const broken = new ReadableStream({ start(c) { c.error(new Error('broken')); } });
  await new Promise((resolve) => finished(broken, (error) => { log('finished errored', error.message); resolve(); }));
  log('errored', stream.isErrored(broken), stream.isReadable(broken));

  const abortedWritable = new WritableStream();
  const abortDone = promises.finished(abortedWritable).catch((error) => log('promise finished rejects', error));
  await abortedWritable.abort('gave up');
  await abortDone;

  const controller = new AbortController();
  const never = new ReadableStream();
  const cleanup = finished(never, { signal: controller.signal }, (error) => log('signal', error.name, error.code));
  log(typeof cleanup);
  controller.abort();
  await new Promise((resolve) => setImmediate(resolve));

  await promises.finished(new ReadableStream({ start(c) { c.close(); } }));
  log('promise finished');
  const fromWeb = [];
  for await (const chunk of stream.Readable.from(ReadableStream.from(['r', 's']))) fromWeb.push(chunk);
  log('Readable.from', fromWeb);
  try {
    finished({}, () => {});
  } catch (error) {
    log('not a stream', error.code, error.message);
  }
})();
// As in Node, finished()'s cleanup does not stop the callback of a web stream.
const closedStream = new ReadableStream({ start(c) { c.close(); } });
finished(closedStream, () => console.log('called despite cleanup'))();
