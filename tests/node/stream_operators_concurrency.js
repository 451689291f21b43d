// Readable operators with options.concurrency and signals: results stay in input order, at most
// `concurrency` callbacks run at once, the callbacks get an AbortSignal, and aborting rejects.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const from = (n) => Readable.from(Array.from({ length: n }, (_, i) => i + 1));
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
  let active = 0;
  let maxActive = 0;
  const result = await from(8).map(async (x) => {
    active++;
    maxActive = Math.max(maxActive, active);
    for (let i = 0; i < 9 - x; i++) await tick(); // later items finish first
    active--;
    return x * 2;
  }, { concurrency: 3 }).toArray();
  log('ordered results', result.join(), 'at most', maxActive, 'at once');

  log('filter', await from(10).filter(async (x) => { await tick(); return x % 3 === 0; }, { concurrency: 4 }).toArray());
  const seen = [];
  await from(5).forEach(async (x) => { await tick(); seen.push(x); }, { concurrency: 5 });
  log('forEach visited', seen.sort().join());
  log('some', await from(6).some(async (x) => x === 4, { concurrency: 2 }));
  log('every', await from(6).every(async (x) => x < 10, { concurrency: 2 }));
  log('find', await from(6).find(async (x) => x > 3, { concurrency: 3 }));
  log('flatMap', await from(3).flatMap(async (x) => [x, x], { concurrency: 2 }).toArray());

  const kinds = new Set();
  await from(2).map((x, { signal }) => { kinds.add(`${signal instanceof AbortSignal}:${signal.aborted}`); return x; }).toArray();
  log('callback signal', [...kinds].join());

  const controller = new AbortController();
  const pending = from(100).map(async (x) => { await tick(); return x; }, { signal: controller.signal }).toArray();
  setImmediate(() => controller.abort());
  try {
    await pending;
  } catch (err) {
    log('aborted', err.name);
  }
  try {
    await from(3).toArray({ signal: AbortSignal.abort() });
  } catch (err) {
    log('toArray pre-aborted', err.name);
  }
  try {
    await from(4).map(async (x) => { if (x === 3) throw new Error(`item ${x}`); await tick(); return x; }, { concurrency: 2 }).toArray();
  } catch (err) {
    log('failure', err.message);
  }
}
main().then(() => log('done'));
