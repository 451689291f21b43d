// cork/uncork batching with and without _writev, nested corks, end() uncorking.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

function make(name, withWritev) {
  const options = {
    objectMode: true,
    write(chunk, encoding, cb) {
      log(name, '_write', chunk);
      cb();
    },
  };
  if (withWritev) {
    options.writev = (chunks, cb) => {
      log(name, '_writev', chunks.map((c) => c.chunk).join(','));
      cb();
    };
  }
  const w = new Writable(options);
  w.on('finish', () => log(name, 'finish'));
  return w;
}

const a = make('a', true);
a.cork();
a.write(1);
a.write(2);
log('a corked', a.writableCorked, 'length', a.writableLength, 'buffer', a.writableBuffer.length);
a.uncork();
log('a after uncork', a.writableCorked, a.writableLength);

const b = make('b', true);
b.cork();
b.cork();
b.write('x');
b.uncork();
log('b still corked', b.writableCorked);
b.write('y');
b.uncork();
log('b uncorked');

const c = make('c', false);
c.cork();
c.write('p');
c.write('q');
c.uncork();

const d = make('d', true);
d.cork();
d.cork();
d.write('m');
d.end('n');
log('d corked after end', d.writableCorked);

const e = make('e', true);
e.write('first goes straight through');
e.write('second');
e.write('third');
process.nextTick(() => log('tick'));
