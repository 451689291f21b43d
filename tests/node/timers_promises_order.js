// timers/promises relative to callbacks: ticks, microtasks, immediates and timeouts.
const tp = require('timers/promises');
const log = (...a) => console.log(...a);

setImmediate(() => log('callback immediate 1'));
tp.setImmediate('promise immediate').then(log);
setImmediate(() => {
  log('callback immediate 2');
  setTimeout(later, 5);
});
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));
log('sync');

async function later() {
  log('timeout callback');
  const value = await tp.setTimeout(1, 'nested promise timeout');
  log(value);
  const results = await Promise.all([tp.setImmediate(1), tp.setImmediate(2), tp.setTimeout(1, 3)]);
  log('all', results.join());
  let n = 0;
  const interval = tp.setInterval(1, 'i');
  for await (const v of interval) {
    if (++n === 2) break;
  }
  log('interval stopped after', n);
}
