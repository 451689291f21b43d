// Readable misuse: push after EOF, unshift after end, invalid chunks, missing _read, bad options.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const show = (label) => (err) => log(label, err.name, err.code, err.message);

const a = new Readable({ objectMode: true, read() {} });
a.on('error', show('push after EOF:'));
a.on('close', () => log('a close'));
a.push(null);
a.push('late');

const b = new Readable({ objectMode: true, read() {} });
b.on('data', () => {});
b.on('end', () => {
  log('b end');
  b.on('error', show('unshift after end:'));
  b.unshift('x');
});
b.push(null);

const c = new Readable({ read() {} });
c.on('error', show('invalid chunk:'));
c.push(42);

const d = new Readable();
d.on('error', show('no _read:'));
d.read();

for (const hwm of [-1, 'x', 1.5, NaN]) {
  try {
    new Readable({ highWaterMark: hwm });
  } catch (err) {
    log('highWaterMark', String(hwm), err.code, err.message);
  }
}

const e = new Readable({ objectMode: true, read() { throw new Error('read threw'); } });
e.on('error', (err) => log('e error', err.message, 'destroyed', e.destroyed));
e.on('close', () => log('e close'));
e.resume();

const f = new Readable({ objectMode: true, autoDestroy: false, read() {} });
f.on('error', (err) => log('f error', err.code, 'destroyed', f.destroyed));
f.push(null);
f.push(1);
setTimeout(() => log('f destroyed later', f.destroyed), 1);
log('sync end');
