// Readable operators: map, filter, flatMap, take, drop, forEach, toArray, some, every, find, reduce.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const from = (n) => Readable.from(Array.from({ length: n }, (_, i) => i + 1));

async function main() {
  log('map', await from(4).map((x) => x * 10).toArray());
  log('async map', await from(3).map(async (x) => { await null; return `v${x}`; }).toArray());
  log('filter', await from(6).filter((x) => x % 2 === 0).toArray());
  log('flatMap', await from(3).flatMap((x) => [x, -x]).toArray());
  log('take', await from(10).take(3).toArray(), 'drop', await from(5).drop(3).toArray());
  log('take 0', await from(3).take(0).toArray(), 'drop all', await from(2).drop(5).toArray());
  const seen = [];
  log('forEach result', await from(3).forEach((x) => { seen.push(x); }), seen);
  log('some', await from(5).some((x) => x > 4), await from(5).some((x) => x > 9));
  log('every', await from(5).every((x) => x > 0), await from(5).every((x) => x < 3));
  log('find', await from(5).find((x) => x > 2), await from(5).find((x) => x > 9));
  log('reduce', await from(4).reduce((a, b) => a + b), await from(4).reduce((a, b) => a + b, 100));
  log('chained', await from(10).filter((x) => x % 3 === 0).map((x) => x * x).take(2).toArray());
  const signals = [];
  await from(2).map((x, options) => { signals.push(typeof options); return x; }).toArray();
  log('map gets an options object', signals);
  for (const bad of [() => from(1).map(5), () => from(1).filter(null), () => from(1).take(-1),
    () => from(1).map((x) => x, { concurrency: 0 }), () => from(1).map((x) => x, 5)]) {
    try {
      bad();
      log('no error');
    } catch (err) {
      log(err.name, err.code, err.message);
    }
  }
  try {
    await from(0).reduce((a, b) => a + b);
  } catch (err) {
    log('empty reduce', err.name, err.code, err.message);
  }
  try {
    await from(3).map((x) => { if (x === 2) throw new Error('map failed'); return x; }).toArray();
  } catch (err) {
    log('map error', err.message);
  }
}
main().then(() => log('done'));
