'use strict';
// stream.duplexPair, setDefaultHighWaterMark/getDefaultHighWaterMark and _isArrayBufferView.
const stream = require('stream');
const { duplexPair } = stream;

console.log(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), stream._isArrayBufferView(Buffer.alloc(1)),
  stream._isArrayBufferView([]), stream._isArrayBufferView(new ArrayBuffer(1)));

for (const [objectMode, value] of [[false, -1], [false, '1'], [false, 1.5], [true, NaN]]) {
  try {
    stream.setDefaultHighWaterMark(objectMode, value);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 100);
stream.setDefaultHighWaterMark(true, 3);
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true),
  new stream.Readable().readableHighWaterMark, new stream.Writable({ objectMode: true }).writableHighWaterMark,
  new stream.Readable({ highWaterMark: 7 }).readableHighWaterMark);
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);

const [a, b] = duplexPair({ highWaterMark: 2 });
console.log(a.constructor.name, Object.getPrototypeOf(a.constructor).name, a instanceof stream.Duplex,
  a.readableHighWaterMark, a.writableHighWaterMark, duplexPair.length);
b.on('data', (chunk) => console.log('b got', chunk));
b.on('end', () => console.log('b end'));
a.on('data', (chunk) => console.log('a got', String(chunk)));
a.on('end', () => console.log('a end'));
a.on('finish', () => console.log('a finish'));
b.on('finish', () => console.log('b finish'));
b.on('close', () => console.log('b close'));
a.write('hi');
a.write('');
a.end('bye');
b.write('yo');
b.end();

a.on('close', () => {
  console.log('a close');
  const [c, d] = duplexPair({ objectMode: true });
  d.on('data', (value) => console.log('d got', value));
  c.write({ n: 1 });
  c.write([2]);
  c.on('close', () => console.log('c close, d destroyed:', d.destroyed));
  c.destroy();
  setImmediate(() => {
    const [e, f] = duplexPair({ encoding: 'utf8' });
    f.on('data', (text) => console.log('f got', typeof text, text));
    e.end('text');
    f.on('end', () => console.log('f end'));
    f.resume();
  });
});
