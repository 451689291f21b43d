// events.on with several close events, EventTargets, values emitted before iteration starts,
// and the iterator's return().
const events = require('events');
const log = (...a) => console.log(...a);

async function main() {
  const ee = new events.EventEmitter();
  const iterator = events.on(ee, 'item', { close: ['done', 'stop'] });
  ee.emit('item', 'queued before next()');
  ee.emit('item', 'second', 2);
  ee.emit('stop');
  ee.emit('item', 'after close is dropped');
  for await (const args of iterator) log('args', JSON.stringify(args));
  log('listeners left', ee.listenerCount('item'), ee.listenerCount('done'), ee.listenerCount('stop'));

  const target = new EventTarget();
  const targetIterator = events.on(target, 'ping');
  target.dispatchEvent(new Event('ping'));
  const { value } = await targetIterator.next();
  log('EventTarget event', value[0].type);
  log(JSON.stringify(await targetIterator.return()), events.getEventListeners(target, 'ping').length);

  const returned = events.on(ee, 'never');
  await returned.return();
  log('after return()', JSON.stringify(await returned.next()), ee.listenerCount('never'));
}
main().then(() => log('done'));
