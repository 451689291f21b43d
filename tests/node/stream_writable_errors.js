// Writable argument errors and write errors reported through callbacks and 'error'.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({ objectMode: true, write(chunk, encoding, cb) { cb(chunk === 'fail' ? new Error('write failed') : null); } });
w.on('error', (err) => log('error event', err.message, w.destroyed, w.writable));
w.on('close', () => {
  log('close', w.errored && w.errored.message, w.writableAborted);
  next();
});
log('write ok', w.write('ok', (err) => log('ok cb', err)));
log('write fail', w.write('fail', (err) => log('fail cb', err && err.message)));
log('after failure: write returns', w.write('more', (err) => log('more cb', err && err.code)));

function next() {
  const noAutoDestroy = new Writable({ autoDestroy: false, objectMode: true, write(c, e, cb) { cb(new Error('nope')); } });
  noAutoDestroy.on('error', (err) => log('no autoDestroy error', err.message, noAutoDestroy.destroyed));
  noAutoDestroy.write('x');
  const missing = new Writable({ objectMode: true });
  missing.on('error', (err) => log('missing _write', err.code, err.message));
  try {
    missing.write('x');
  } catch (err) {
    log('missing _write thrown', err.code, err.message);
  }
  const enc = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  for (const bad of [() => enc.write(null), () => new Writable({ highWaterMark: -5 })]) {
    try {
      bad();
      log('no error');
    } catch (err) {
      log(err.name, err.code, err.message);
    }
  }
  const twice = new Writable({ objectMode: true, final(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
  twice.on('error', (err) => log('final twice', err.code));
  twice.end();
}
