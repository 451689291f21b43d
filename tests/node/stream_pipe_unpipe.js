// unpipe, pipe to several destinations, { end: false }.
const { PassThrough, Writable, Readable } = require('stream');
const log = (...a) => console.log(...a);

function sink(name) {
  const w = new Writable({ objectMode: true, write(c, e, cb) { log(name, 'got', c); cb(); } });
  w.on('finish', () => log(name, 'finish'));
  w.on('unpipe', () => log(name, 'unpipe'));
  return w;
}

const src = new PassThrough({ objectMode: true });
const a = sink('a');
const b = sink('b');
src.pipe(a);
src.pipe(b, { end: false });
src.write(1);
setImmediate(() => {
  src.unpipe(a);
  log('flowing after unpipe a', src.readableFlowing);
  src.write(2);
  setImmediate(() => {
    src.unpipe();
    log('flowing after unpipe all', src.readableFlowing);
    src.write(3);
    log('buffered', src.readableLength);
    src.pipe(a);
    src.end(4);
    src.on('end', () => {
      log('src end');
      setImmediate(() => log('b ended?', b.writableEnded, 'a ended?', a.writableEnded));
    });
  });
});

const r = Readable.from(['x', 'y']);
const notWritable = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
notWritable.on('error', (err) => log('pipe on writable:', err.code, err.message));
notWritable.pipe(r);
