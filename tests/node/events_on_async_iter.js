// events.on: async iteration over events, errors, close events, signals, EventTargets, and
// events.once with signals and EventTargets.
const events = require('events');
const log = (...a) => console.log(...a);

async function main() {
  const ee = new events.EventEmitter();
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('data', 2, 'two');
    ee.emit('end');
  });
  for await (const args of events.on(ee, 'data', { close: ['end'] })) log('data', args);
  log('after close, listeners', ee.listenerCount('data'), ee.listenerCount('end'), ee.listenerCount('error'));

  const failing = new events.EventEmitter();
  process.nextTick(() => {
    failing.emit('x', 'first');
    failing.emit('error', new Error('broken'));
  });
  try {
    for await (const args of events.on(failing, 'x')) log('x', args);
  } catch (err) {
    log('caught', err.message, failing.listenerCount('x'));
  }

  const early = new events.EventEmitter();
  const iterator = events.on(early, 'tick');
  early.emit('tick', 'a');
  early.emit('tick', 'b');
  for await (const [value] of iterator) {
    log('tick', value);
    break;
  }
  log('after break', early.listenerCount('tick'));

  const ac = new AbortController();
  const aborted = new events.EventEmitter();
  setImmediate(() => {
    aborted.emit('v', 1);
    ac.abort();
  });
  try {
    for await (const args of events.on(aborted, 'v', { signal: ac.signal })) log('v', args);
  } catch (err) {
    log('aborted', err.name, err.code, err.message);
  }

  const target = new EventTarget();
  setImmediate(() => target.dispatchEvent(new Event('ready')));
  const [event] = await events.once(target, 'ready');
  log('once on EventTarget', event.type);

  const ac2 = new AbortController();
  const waiting = events.once(new events.EventEmitter(), 'never', { signal: ac2.signal });
  ac2.abort('stop');
  try {
    await waiting;
  } catch (err) {
    log('once aborted', err.name, err.cause);
  }
  try {
    await events.once(ee, 'x', { signal: {} });
  } catch (err) {
    log(err.code, err.message);
  }
  try {
    events.on(ee, 'x', { signal: AbortSignal.abort() });
  } catch (err) {
    log('on with aborted signal', err.name);
  }
}
main().then(() => log('done'));
