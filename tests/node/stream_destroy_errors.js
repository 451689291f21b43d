// destroy(): 'error' then 'close', once; _destroy hooks; writes after destroy; writes after end.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ objectMode: true, read() {}, destroy(err, cb) { log('_destroy', err && err.message); cb(err); } });
r.on('error', (err) => log('r error', err.message));
r.on('close', () => log('r close', r.destroyed, r.closed, r.errored && r.errored.message));
r.destroy(new Error('first'));
r.destroy(new Error('second'));
log('r destroyed sync', r.destroyed, 'closed', r.closed);

const w = new Writable({ objectMode: true, write(c, e, cb) { setImmediate(cb); } });
w.on('error', (err) => log('w error', err.code, err.message));
w.on('close', () => log('w close'));
w.write('a', (err) => log('cb a', err && err.code));
w.write('b', (err) => log('cb b', err && err.code));
w.destroy();
log('write after destroy', w.write('c', (err) => log('cb c', err.code)));

const ended = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
ended.on('error', (err) => log('ended error', err.code, err.message));
ended.end();
ended.write('late', (err) => log('late cb', err.code));
ended.end((err) => log('second end cb', err && err.code));

const d = new Duplex({ objectMode: true, read() {}, write(c, e, cb) { cb(); } });
d.on('close', () => log('duplex close', d.destroyed, d.readable, d.writable));
d.destroy();

const noClose = new Readable({ emitClose: false, read() {} });
noClose.on('close', () => log('should not happen'));
noClose.destroy(null, (err) => log('destroy cb', err));

const nullW = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
try { nullW.write(null); } catch (err) { log(err.name, err.code, err.message); }
const byteW = new Writable({ write(c, e, cb) { cb(); } });
try { byteW.write(5); } catch (err) { log(err.name, err.code, err.message); }
const twice = new Writable({ objectMode: true, write(c, e, cb) { cb(); cb(); } });
twice.on('error', (err) => log('twice', err.code, err.message));
twice.write('x');
