// timers/promises setInterval (async iterator) and scheduler.wait / scheduler.yield.
const tp = require('timers/promises');
const log = (...a) => console.log(...a);

async function main() {
  let count = 0;
  for await (const value of tp.setInterval(1, 'tick')) {
    log('interval', value, ++count);
    if (count === 3) break;
  }
  log('loop left');

  const ac = new AbortController();
  let seen = 0;
  try {
    for await (const value of tp.setInterval(1, { n: 1 }, { signal: ac.signal })) {
      log('value', JSON.stringify(value));
      if (++seen === 2) ac.abort();
    }
  } catch (err) {
    log('interval aborted', err.name, err.code);
  }

  const iterator = tp.setInterval(1, 'manual');
  log(JSON.stringify(await iterator.next()));
  log(JSON.stringify(await iterator.return()));
  log(JSON.stringify(await iterator.next()));

  try {
    await tp.setInterval(1, 'v', 5).next();
  } catch (err) {
    log('bad options', err.code);
  }
  try {
    await tp.setInterval(1, 'v', { signal: AbortSignal.abort() }).next();
  } catch (err) {
    log('pre-aborted', err.name);
  }

  log('wait', await tp.scheduler.wait(1));
  log('yield', await tp.scheduler.yield());
  const ac2 = new AbortController();
  const waiting = tp.scheduler.wait(1000, { signal: ac2.signal });
  ac2.abort();
  try {
    await waiting;
  } catch (err) {
    log('wait aborted', err.name);
  }
  log(Object.keys(tp).join(), typeof tp.scheduler.wait, typeof tp.scheduler.yield);
  try {
    new tp.scheduler.constructor();
  } catch (err) {
    log(err.name, err.code);
  }
}
main().then(() => log('done'));
