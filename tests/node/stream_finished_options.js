// finished options: readable/writable sides, error: false, cleanup, and signal.
const { finished, PassThrough, Readable } = require('stream');
const { finished: finishedPromise } = require('stream/promises');
const log = (...a) => console.log(...a);

const writableSide = new PassThrough({ objectMode: true });
finished(writableSide, { readable: false }, (err) => log('writable side finished', err));
writableSide.end('x');
log('ended the writable side');

const noError = new PassThrough();
finished(noError, { error: false }, (err) => log('error: false still ends with', err && err.code));
noError.on('error', () => log('error event seen by the stream listener'));
noError.destroy(new Error('boom'));

const controller = new AbortController();
const aborted = new Readable({ read() {} });
finished(aborted, { signal: controller.signal }, (err) => log('signal', err.name, err.code, aborted.destroyed));
controller.abort();

const removed = new PassThrough();
const cleanup = finished(removed, () => log('never called'));
cleanup();
removed.destroy();

async function promises() {
  const s = Readable.from(['a']);
  s.resume();
  await finishedPromise(s);
  log('promise resolved');
  const bad = new PassThrough();
  bad.on('error', () => {});
  bad.destroy(new Error('rejects'));
  try {
    await finishedPromise(bad);
  } catch (err) {
    log('promise rejected', err.message);
  }
  const c = new PassThrough();
  const p = finishedPromise(c, { cleanup: true });
  c.destroy();
  try {
    await p;
  } catch (err) {
    log('cleanup option', err.code, c.listenerCount('close'));
  }
}
setImmediate(() => promises().then(() => log('done')));
