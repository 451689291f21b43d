// Writable: write/end callbacks, 'finish', 'close' order, return values, writev, final.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(chunk, encoding, cb) {
    log('_write', chunk, encoding);
    if (chunk === 'async') setImmediate(cb);
    else cb();
  },
  final(cb) {
    log('_final');
    setImmediate(cb);
  },
});
for (const e of ['prefinish', 'finish', 'close', 'drain']) w.on(e, () => log('event', e));
log('write a ->', w.write('a', () => log('cb a')));
log('write async ->', w.write('async', () => log('cb async')));
log('write b ->', w.write('b', () => log('cb b')));
log('write c ->', w.write('c', () => log('cb c')));
log('length', w.writableLength, 'needDrain', w.writableNeedDrain);
w.end('z', () => log('end cb'));
log('ended', w.writableEnded, 'finished', w.writableFinished, 'writable', w.writable);

w.on('close', () => {
  const batches = [];
  const v = new Writable({
    objectMode: true,
    writev(chunks, cb) {
      batches.push(chunks.map((c) => c.chunk));
      log('_writev', chunks.length, chunks.map((c) => c.chunk).join(','));
      setImmediate(cb);
    },
  });
  v.write(1);
  v.write(2);
  v.write(3);
  v.cork();
  v.write(4);
  v.write(5);
  log('corked', v.writableCorked);
  process.nextTick(() => v.uncork());
  v.end(6);
  v.on('finish', () => log('v finish', JSON.stringify(batches)));
});
