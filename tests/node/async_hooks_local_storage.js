// AsyncLocalStorage: stores follow timers, immediates, ticks, promises, await and fs callbacks.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (tag) => console.log(tag, als.getStore(), other.getStore());

function step(name, body) {
  return new Promise((resolve) => als.run(name, () => body(resolve)));
}

async function main() {
  log('start');
  await step('timeout', (done) => setTimeout(() => { log('in timeout'); done(); }, 1));
  await step('immediate', (done) => setImmediate(() => { log('in immediate'); done(); }));
  await step('tick', (done) => process.nextTick(() => { log('in tick'); done(); }));
  await step('microtask', (done) => queueMicrotask(() => { log('in microtask'); done(); }));
  await step('then', (done) => Promise.resolve().then(() => { log('in then'); done(); }));
  await step('await', async (done) => { await null; log('after await'); await new Promise((r) => setTimeout(r, 1)); log('after timer await'); done(); });
  await step('readFile', (done) => fs.readFile(__filename, () => { log('in readFile'); done(); }));
  await step('promises.stat', (done) => fs.promises.stat(__filename).then(() => { log('after stat'); done(); }));
  await step('interval', (done) => { let n = 0; const t = setInterval(() => { log('interval ' + n); if (++n === 2) { clearInterval(t); done(); } }, 1); });
  // The reaction runs in the context of `then`, not of the resolution.
  let resolveLater;
  const pending = new Promise((r) => { resolveLater = r; });
  const reacted = als.run('registered', () => pending.then(() => log('reaction')));
  als.run('resolver', () => resolveLater());
  await reacted;
  // Nested storages and exit.
  als.run('outer', () => other.run('second', () => {
    log('nested');
    als.run('inner', () => log('inner'));
    als.exit(() => log('exited'));
    log('back');
  }));
  log('after run');
  // enterWith lasts for the rest of the synchronous code and what it schedules.
  await new Promise((done) => setTimeout(() => {
    als.enterWith('entered');
    log('entered');
    setTimeout(() => { log('scheduled after enter'); done(); }, 1);
  }, 1));
  log('back in main');
  // run returns the callback's value; arguments are passed on; exceptions restore the store.
  console.log(als.run('r', (a, b) => a + b + als.getStore(), 1, 2));
  try { als.run('throws', () => { throw new Error('boom'); }); } catch (e) { console.log(e.message); }
  log('after throw');
  // snapshot and bind.
  const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
  console.log(snapshot(() => als.getStore()), snapshot((x) => x * 2, 21));
  const bound = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
  console.log(bound());
  // disable: getStore is undefined until the next run.
  als.enterWith('before disable');
  als.disable();
  log('disabled');
  als.run('again', () => log('run after disable'));
  console.log(Object.getOwnPropertyNames(AsyncLocalStorage.prototype).includes('getStore'));
}
main();
