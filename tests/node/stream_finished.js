// stream.finished (eos): normal end, premature close, errors, already-finished streams.
const { finished, Readable, Writable, PassThrough } = require('stream');
const promises = require('stream/promises');
const log = (...a) => console.log(...a);

const r = Readable.from([1, 2]);
finished(r, (err) => log('r finished', err));
r.resume();

const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
finished(w, (err) => log('w finished', err));
w.end('x');

const premature = new PassThrough();
finished(premature, (err) => log('premature', err.code, err.message));
premature.destroy();

const errored = new PassThrough();
finished(errored, (err) => log('errored', err.message));
errored.on('error', () => {});
errored.destroy(new Error('kaput'));

const onlyReadable = new PassThrough({ objectMode: true });
const cleanup = finished(onlyReadable, { writable: false }, (err) => log('readable side done', err));
log('cleanup is function', typeof cleanup);
onlyReadable.end('v');
onlyReadable.resume();

setTimeout(() => {
  const done = Readable.from([]);
  done.resume();
  done.on('close', () => {
    finished(done, (err) => log('already closed', err));
    promises.finished(Readable.from(['p']).resume()).then(() => log('promise finished'));
  });
}, 1);
try { finished(r); } catch (err) { log(err.code); }
try { finished({}, () => {}); } catch (err) { log(err.code); }
