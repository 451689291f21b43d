// highWaterMark in a Readable: push() return values, when _read is called, read(n) raising it.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

let calls = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 3,
  read(size) {
    calls++;
    log('_read', size, 'length', this.readableLength);
  },
});
log('push 1', r.push(1), 'push 2', r.push(2), 'push 3', r.push(3), 'push 4', r.push(4));
log('length', r.readableLength, '_read calls so far', calls);
log('read', r.read(), 'length', r.readableLength);
setImmediate(() => {
  log('after a turn, _read calls', calls);
  log('read', r.read(), r.read(), r.read());
  log('read on empty', r.read(), 'calls', calls);
  const big = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  big.read(100);
  log('objectMode read(n) raises the mark', big.readableHighWaterMark);
  try {
    new Readable({ read() {} }).read(2 ** 31);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
  const def = new Readable({ read() {} });
  log('defaults', def.readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
});
