// unshift puts chunks back at the front; its interplay with read, 'data' and the end.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ objectMode: true, read() {} });
r.push('b');
r.push('c');
r.unshift('a');
log('buffer', JSON.stringify([...r.readableBuffer]), r.readableLength);
log('read', r.read(), r.read());
r.unshift('back');
log('read after unshift', r.read(), r.read(), r.read());
r.push(null);
r.unshift('after push(null) but before end');
log('read after end pushed', r.read());
r.on('end', () => {
  log('end');
  r.on('error', (err) => log('error', err.code, err.message));
  r.unshift('too late');
});
r.resume();

const parser = new Readable({ objectMode: true, read() {} });
parser.on('readable', () => {
  let chunk;
  while ((chunk = parser.read()) !== null) {
    if (chunk === 'header') {
      log('found header, putting the next back');
      const next = parser.read();
      if (next !== null) parser.unshift(next);
      parser.removeAllListeners('readable');
      parser.on('data', (d) => log('body', d));
      return;
    }
  }
});
parser.push('header');
parser.push('body1');
parser.push('body2');
parser.push(null);
parser.on('end', () => log('parser end'));
