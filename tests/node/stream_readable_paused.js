// Readable in paused mode: 'readable' events and read().
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read(size) {
    log('_read size', size, 'n', n);
    if (n < 5) this.push(`item${n++}`);
    else this.push(null);
  },
});
r.on('readable', () => {
  log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read()) !== null) log('read', chunk);
});
r.on('end', () => log('end'));
r.on('close', () => {
  log('close', r.destroyed, r.readableEnded);
  second();
});

function second() {
  const s = new Readable({ objectMode: true, read() {} });
  log('read on empty', s.read());
  s.push('a');
  s.push('b');
  s.push('c');
  log('length', s.readableLength);
  log('read()', s.read(), 'length', s.readableLength);
  s.unshift('z');
  log('after unshift', s.readableBuffer.slice ? [...s.readableBuffer] : s.readableBuffer);
  log('read(0)', s.read(0));
  s.on('readable', function onReadable() {
    log('s readable');
    let x;
    while ((x = s.read()) !== null) log('s read', x);
  });
  s.push(null);
  s.on('end', () => {
    log('s end, readable', s.readable);
    third();
  });
}

function third() {
  const t = new Readable({ objectMode: true, read() {} });
  t.push(1);
  t.on('readable', () => log('t readable', t.read()));
  t.on('data', (d) => log('t data', d));
  log('t flowing', t.readableFlowing);
  setImmediate(() => {
    t.removeAllListeners('readable');
    setImmediate(() => {
      log('t flowing after removing readable', t.readableFlowing);
      t.push(2);
      t.push(null);
    });
  });
}
