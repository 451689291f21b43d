// Duplex: independent sides, allowHalfOpen, readable/writable false, instanceof Writable.
const { Duplex, Writable, Readable } = require('stream');
const log = (...a) => console.log(...a);

const d = new Duplex({
  objectMode: true,
  read() {},
  write(chunk, encoding, cb) {
    log('written', chunk);
    this.push(`echo:${chunk}`);
    cb();
  },
});
log(d instanceof Duplex, d instanceof Readable, d instanceof Writable, d.readable, d.writable, d.allowHalfOpen);
d.on('data', (c) => log('read', c));
for (const e of ['end', 'finish', 'close']) d.on(e, () => log('d', e));
d.write('a');
d.end('b');
setImmediate(() => {
  log('after end of writable side: readable', d.readable, 'writable', d.writable);
  d.push(null);
  d.on('close', halfClosed);
});

function halfClosed() {
  const h = new Duplex({ objectMode: true, allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  for (const e of ['end', 'finish', 'close']) h.on(e, () => log('h', e));
  h.on('close', sides);
  h.resume();
  h.push(null);
}

function sides() {
  const onlyRead = new Duplex({ writable: false, read() {} });
  log('writable false', onlyRead.writable, onlyRead.writableEnded, onlyRead.writableFinished, onlyRead.readable);
  const onlyWrite = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('readable false', onlyWrite.readable, onlyWrite.readableEnded, onlyWrite.writable);
  log(Object.prototype.toString.call(new Duplex()), typeof Duplex.prototype.write, typeof Duplex.prototype.read);
  log({} instanceof Writable, new Readable() instanceof Writable);
}
