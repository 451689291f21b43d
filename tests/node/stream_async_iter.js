// for await over Readables: order, early exit destroys, errors reject, destroyOnReturn.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  setImmediate(() => { r.push(2); r.push(null); });
  for await (const x of r) log('got', x);
  log('r destroyed', r.destroyed);

  const early = Readable.from([1, 2, 3, 4]);
  for await (const x of early) {
    log('early', x);
    if (x === 2) break;
  }
  log('early destroyed after break', early.destroyed);

  const kept = Readable.from(['a', 'b', 'c']);
  for await (const x of kept.iterator({ destroyOnReturn: false })) {
    log('kept', x);
    break;
  }
  log('kept destroyed', kept.destroyed, 'next read', kept.read());

  const failing = new Readable({ objectMode: true, read() { this.destroy(new Error('boom')); } });
  try {
    for await (const x of failing) log('never', x);
  } catch (err) {
    log('caught', err.message);
  }

  async function* gen() { yield 'g1'; yield 'g2'; }
  log('toArray', await Readable.from(gen()).toArray());
  const it = Readable.from([10, 20])[Symbol.asyncIterator]();
  log(await it.next(), await it.next(), await it.next());
  try {
    Readable.from([1]).iterator(5);
  } catch (err) {
    log(err.code);
  }
}
main().then(() => log('done'));
