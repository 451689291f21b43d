// pipe and errors: a destination error unpipes (and is re-emitted when unhandled), a closed
// destination unpipes, a source error does not end the destination.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const src = new PassThrough({ objectMode: true });
const dest = new Writable({ objectMode: true, write(chunk, e, cb) { cb(chunk === 'bad' ? new Error('cannot write bad') : null); } });
dest.on('unpipe', () => log('dest unpipe'));
dest.on('error', (err) => log('dest error', err.message));
src.pipe(dest);
src.write('good');
src.write('bad');
setImmediate(() => {
  log('src pipes left', src._readableState.pipes.length, 'flowing', src.readableFlowing);
  second();
});

function second() {
  const s = new Readable({ objectMode: true, read() {} });
  const d = new PassThrough({ objectMode: true });
  d.on('unpipe', () => log('second unpipe'));
  d.on('close', () => log('second dest close'));
  s.pipe(d);
  d.destroy();
  setImmediate(() => {
    log('after dest destroyed: pipes', s._readableState.pipes.length);
    third();
  });
}

function third() {
  const s = new Readable({ objectMode: true, read() {} });
  const d = new PassThrough({ objectMode: true });
  s.on('error', (err) => log('source error', err.message));
  d.on('finish', () => log('never: dest finished'));
  s.pipe(d);
  s.destroy(new Error('source broke'));
  setImmediate(() => log('dest ended?', d.writableEnded, 'destroyed?', d.destroyed));
}
