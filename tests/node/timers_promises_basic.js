// timers/promises setTimeout and setImmediate: values, ordering, signals, ref, validation.
const tp = require('timers/promises');
const log = (...a) => console.log(...a);

async function main() {
  log('timeout value', await tp.setTimeout(2, 'hello'));
  log('timeout without value', await tp.setTimeout(1));
  log('immediate value', await tp.setImmediate('now'));
  const order = [];
  await Promise.all([
    tp.setTimeout(5, 'late').then((v) => order.push(v)),
    tp.setTimeout(1, 'early').then((v) => order.push(v)),
  ]);
  log('order', order.join(','));

  const ac = new AbortController();
  const pending = tp.setTimeout(1000, 'never', { signal: ac.signal });
  ac.abort('changed my mind');
  try {
    await pending;
  } catch (err) {
    log('aborted', err.name, err.code, err.message, err.cause);
  }
  try {
    await tp.setImmediate('x', { signal: AbortSignal.abort() });
  } catch (err) {
    log('pre-aborted', err.name, err.cause.name);
  }
  const ac2 = new AbortController();
  log('not aborted', await tp.setTimeout(1, 'fine', { signal: ac2.signal }));
  ac2.abort(); // after settling: nothing happens

  for (const [label, call] of [
    ['options number', () => tp.setTimeout(1, 'v', 5)],
    ['ref number', () => tp.setTimeout(1, 'v', { ref: 5 })],
    ['signal number', () => tp.setImmediate('v', { signal: 5 })],
    ['options null', () => tp.setImmediate('v', null)],
  ]) {
    try {
      await call();
    } catch (err) {
      log(label, err.code, err.message);
    }
  }
  try {
    await tp.setTimeout('1', 'v');
  } catch (err) {
    log('delay not a number', err.code, err.message);
  }
  log('same as timers.promises', require('timers').promises === tp);
  // An unref'd timer does not keep the process alive: 'never' is not printed.
  tp.setTimeout(100000, 'never', { ref: false }).then(log);
}
main().then(() => log('done'));
