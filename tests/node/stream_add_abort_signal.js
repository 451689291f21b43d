// addAbortSignal and the signal option: aborting destroys the stream with an AbortError.
const { addAbortSignal, Readable, Writable, PassThrough, finished } = require('stream');
const log = (...a) => console.log(...a);

const controller = new AbortController();
const r = addAbortSignal(controller.signal, new Readable({ objectMode: true, read() {} }));
r.on('error', (err) => log('r error', err.name, err.code, err.message, err.cause && err.cause.name));
r.on('close', () => log('r close', r.destroyed));
r.push('a');
controller.abort();
log('destroyed synchronously', r.destroyed);

const pre = new Writable({ write(c, e, cb) { cb(); }, signal: AbortSignal.abort('early') });
pre.on('error', (err) => log('pre error', err.name, err.cause));
log('pre destroyed', pre.destroyed);

const c2 = new AbortController();
const pt = new PassThrough({ objectMode: true, signal: c2.signal });
pt.on('error', (err) => log('pt error', err.name));
finished(pt, (err) => log('finished with', err && err.name));
setImmediate(() => c2.abort());

const c3 = new AbortController();
const done = new PassThrough({ objectMode: true });
addAbortSignal(c3.signal, done);
done.end('x');
done.resume();
done.on('close', () => {
  c3.abort();
  log('abort after close: errored', done.errored);
});

for (const bad of [() => addAbortSignal({}, new PassThrough()), () => addAbortSignal(new AbortController().signal, {}),
  () => new Readable({ signal: 5 })]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
