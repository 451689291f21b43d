// readableFlowing transitions: null, true, false; pause/resume/pipe/unpipe and listeners.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ objectMode: true, read() {} });
log('initial', r.readableFlowing, r.isPaused());
r.pause();
log('after pause', r.readableFlowing, r.isPaused());
r.on('data', () => {});
log('data listener after pause keeps it paused', r.readableFlowing);
r.resume();
log('after resume', r.readableFlowing, r.isPaused());
r.on('readable', () => {});
log('readable listener wins', r.readableFlowing);
r.removeAllListeners('readable');
setImmediate(() => {
  log('after removing readable, data listener resumes', r.readableFlowing);
  const s = new Readable({ objectMode: true, read() {} });
  const dest = new PassThrough({ objectMode: true });
  s.pipe(dest);
  log('piped', s.readableFlowing);
  s.unpipe(dest);
  log('unpiped', s.readableFlowing);
  const t = new Readable({ objectMode: true, read() {} });
  t.readableFlowing = false;
  log('set false', t.readableFlowing, t.isPaused());
  t.on('data', () => {});
  log('data after readableFlowing=false', t.readableFlowing);
  const u = new Readable({ objectMode: true, read() {} });
  u.on('pause', () => log('u pause event'));
  u.on('resume', () => log('u resume event'));
  u.pause();
  u.pause();
  u.resume();
  u.resume();
  log('u sync', u.readableFlowing);
});
