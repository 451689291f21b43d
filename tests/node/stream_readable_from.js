// Readable.from over arrays, generators, async generators, promises, strings and errors.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function collect(label, readable) {
  const out = [];
  try {
    for await (const chunk of readable) out.push(chunk);
    log(label, JSON.stringify(out));
  } catch (err) {
    log(label, 'error', err.code || err.message, JSON.stringify(out));
  }
}

async function main() {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('string is one chunk', Readable.from('hello'));
  await collect('set', Readable.from(new Set(['a', 'b'])));
  await collect('generator', Readable.from(function* () { yield 'x'; yield 'y'; }()));
  await collect('async generator', Readable.from(async function* () { yield 1; await null; yield 2; }()));
  await collect('promises in array', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]));
  await collect('null value', Readable.from([1, null, 2]));
  await collect('throwing generator', Readable.from(function* () { yield 1; throw new Error('gen failed'); }()));
  await collect('rejected promise', Readable.from([Promise.reject(new Error('rejected'))]));

  let closed = false;
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      closed = true;
    }
  })();
  const r = Readable.from(gen);
  for await (const v of r) {
    log('partial', v);
    break;
  }
  log('generator finally ran', closed, r.destroyed);

  let pulled = 0;
  const lazy = Readable.from(function* () { while (true) { pulled++; yield pulled; } }());
  await new Promise((resolve) => setImmediate(resolve));
  log('pulled before reading (highWaterMark 1)', pulled);
  lazy.destroy();

  for (const bad of [5, null, {}]) {
    try {
      Readable.from(bad);
    } catch (err) {
      log(err.code, err.message);
    }
  }
  const withOptions = Readable.from([1, 2], { highWaterMark: 4 });
  log('options', withOptions.readableHighWaterMark, withOptions.readableObjectMode);
}
main().then(() => log('done'));
