// Chains of PassThrough streams with pipe: data order, 'end'/'finish'/'close' order along the
// chain, and { end: false } at the last hop.
const { PassThrough, Readable } = require('stream');
const log = (...a) => console.log(...a);

const stages = [1, 2, 3].map((n) => {
  const p = new PassThrough({ objectMode: true });
  for (const e of ['finish', 'end', 'close']) p.on(e, () => log(`stage ${n}`, e));
  return p;
});
const source = Readable.from(['a', 'b', 'c']);
source.on('end', () => log('source end'));
source.pipe(stages[0]).pipe(stages[1]).pipe(stages[2]);
const out = [];
stages[2].on('data', (d) => out.push(d));
stages[2].on('end', () => {
  log('chain output', out.join());
  partial();
});

function partial() {
  const src = Readable.from(['x', 'y']);
  const dest = new PassThrough({ objectMode: true });
  src.pipe(dest, { end: false });
  const got = [];
  dest.on('data', (d) => got.push(d));
  src.on('end', () => {
    setImmediate(() => {
      log('not ended', dest.writableEnded, got.join());
      dest.end('z');
      dest.on('end', () => log('ended by hand', got.join()));
    });
  });
}
