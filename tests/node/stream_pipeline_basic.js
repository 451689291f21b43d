// stream.pipeline with callback and stream/promises: success, errors, generators.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const promises = require('stream/promises');
const log = (...a) => console.log(...a);

function collector(name) {
  const items = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { items.push(c); cb(); } });
  w.on('finish', () => log(name, 'finish', JSON.stringify(items)));
  return w;
}
const double = () => new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 2); } });

pipeline(Readable.from([1, 2, 3]), double(), collector('one'), (err, val) => {
  log('one done', err, val);
  second();
});

function second() {
  const src = new Readable({ objectMode: true, read() {} });
  const mid = new PassThrough({ objectMode: true });
  const dst = collector('two');
  mid.on('close', () => log('mid closed'));
  dst.on('close', () => log('dst closed'));
  pipeline(src, mid, dst, (err) => {
    log('two done', err.message, src.destroyed, mid.destroyed, dst.destroyed);
    third();
  });
  src.push(1);
  setImmediate(() => mid.destroy(new Error('mid failed')));
}

async function third() {
  await promises.pipeline(Readable.from(['a', 'b']), async function* (source) {
    for await (const x of source) yield x.toUpperCase();
  }, collector('three'));
  log('three resolved');
  const value = await promises.pipeline(function* () { yield 1; yield 2; yield 3; },
    async function (source) {
      let sum = 0;
      for await (const x of source) sum += x;
      return sum;
    });
  log('sum', value);
  try {
    await promises.pipeline(Readable.from([1]), new Transform({ objectMode: true, transform(c, e, cb) { cb(new Error('t error')); } }), collector('four'));
  } catch (err) {
    log('four rejected', err.message);
  }
  try { pipeline(Readable.from([1])); } catch (err) { log(err.code, err.message); }
  try { pipeline(Readable.from([1]), collector('x'), () => {}); pipeline([Readable.from([1])], () => {}); } catch (err) { log(err.code, err.message); }
}
