// destroy(err, cb) callbacks, _destroy errors, and pending write/end callbacks on destroy.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.destroy(null, (err) => log('destroy callback', err));
r.on('close', () => log('r close'));
r.destroy(new Error('ignored'), () => log('second destroy callback runs too'));

const custom = new Readable({
  read() {},
  destroy(err, cb) {
    log('_destroy got', err && err.message);
    setImmediate(() => cb(new Error('replaced')));
  },
});
custom.on('error', (err) => log('custom error', err.message));
custom.on('close', () => log('custom close'));
custom.destroy(new Error('original'));

const throwing = new Readable({ read() {}, destroy() { throw new Error('_destroy threw'); } });
throwing.on('error', (err) => log('throwing error', err.message));
throwing.destroy();

const w = new Writable({ objectMode: true, write(c, e, cb) { setImmediate(cb); } });
w.on('error', () => {});
w.write('in progress', (err) => log('in-progress write cb', err && err.code));
w.write('buffered', (err) => log('buffered write cb', err && err.code));
w.end((err) => log('end cb', err && err.code));
w.destroy(new Error('stop'));
log('w state', w.destroyed, w.writableLength, w.errored && w.errored.message);

const p = new PassThrough();
p.on('close', () => log('p close, errored', p.errored));
p.destroy();
log('p destroyed twice is fine', p.destroy() === p);
