// A Transform holds its write callback while its readable side is full.
const { Transform } = require('stream');
const log = (...a) => console.log(...a);

let transformed = 0;
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(chunk, encoding, cb) {
    transformed++;
    cb(null, chunk * 10);
  },
});
const results = [];
for (let i = 1; i <= 6; i++) results.push(t.write(i, () => log('write cb', i)));
log('write results', results.join());
log('transformed', transformed, 'readable length', t.readableLength, 'writable length', t.writableLength);
setImmediate(() => {
  log('after a turn: transformed', transformed, 'readable', t.readableLength, 'writable', t.writableLength);
  t.on('data', (d) => log('data', d));
  t.on('drain', () => log('drain'));
  t.on('end', () => log('end'));
  t.end();
});
