// pipe with backpressure: the source pauses while the destination is full, resumes on 'drain'.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

let produced = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    log('_read, produced', produced, 'buffered', this.readableLength);
    this.push(produced < 8 ? produced++ : null);
  },
});
const pending = [];
const dest = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(chunk, encoding, cb) {
    log('write', chunk, 'dest length', this.writableLength);
    pending.push(cb);
  },
});
src.on('pause', () => log('src pause'));
src.on('resume', () => log('src resume'));
src.on('end', () => log('src end'));
dest.on('pipe', (s) => log('pipe event, same source', s === src));
dest.on('drain', () => log('drain'));
dest.on('finish', () => log('finish'));
dest.on('close', () => log('dest close'));
dest.on('unpipe', () => log('unpipe'));

log('pipe returns dest', src.pipe(dest) === dest);
function release() {
  if (pending.length === 0) {
    if (!dest.writableFinished) setImmediate(release);
    return;
  }
  log('releasing', pending.length, 'needDrain', dest.writableNeedDrain);
  const cbs = pending.splice(0);
  for (const cb of cbs) cb();
  setImmediate(release);
}
setImmediate(release);
