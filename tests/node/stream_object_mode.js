// Object mode: any value but null is one chunk; highWaterMark counts objects.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const values = [0, '', false, { a: 1 }, [1, 2], 'text', 3.5, undefined, Symbol.for('s')];
const r = new Readable({ objectMode: true, read() {} });
for (const v of values) log('push', String(typeof v), r.push(v));
r.push(null);
log('length', r.readableLength, 'hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
const got = [];
r.on('data', (v) => got.push(typeof v === 'symbol' ? v.toString() : JSON.stringify(v)));
r.on('end', () => {
  log('got', got.join(' | '));
  writes();
});

function writes() {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, encoding, cb) {
      log('write', JSON.stringify(chunk), encoding);
      setImmediate(cb);
    },
  });
  log('w hwm', w.writableHighWaterMark, 'objectMode', w.writableObjectMode);
  log(w.write({ x: 1 }), w.writableLength, w.write([2]), w.writableLength, w.write(0), w.writableLength);
  try {
    w.write(null);
  } catch (err) {
    log(err.code);
  }
  w.on('drain', () => {
    log('drain');
    mixed();
  });
}

function mixed() {
  const p = new PassThrough({ readableObjectMode: true, writableObjectMode: true, highWaterMark: 3 });
  log('duplex sides', p.readableObjectMode, p.writableObjectMode, p.readableHighWaterMark, p.writableHighWaterMark);
  const p2 = new PassThrough({ readableObjectMode: true, writableHighWaterMark: 7, readableHighWaterMark: 5, objectMode: false });
  log('separate marks', p2.readableObjectMode, p2.writableObjectMode, p2.readableHighWaterMark, p2.writableHighWaterMark);
  p.write(1);
  p.write(2);
  p.write(3);
  log('pass length', p.readableLength, p.writableLength);
  log(Readable.from([1]).readableObjectMode, Readable.from([1], { objectMode: false }).readableObjectMode);
  const zero = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
  log('zero hwm push', zero.push('a'), zero.readableLength);
}
