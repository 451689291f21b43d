// events.once resolves with the event's arguments and rejects on 'error'; events.on iterates.
const { once, on, EventEmitter } = require('events');
const e = new EventEmitter();
once(e, 'ready').then((args) => console.log('ready with', args));
e.emit('ready', 1, 'two');
once(e, 'never').catch((err) => console.log('rejected:', err.message));
e.emit('error', new Error('failed'));
(async () => {
  const source = new EventEmitter();
  setTimeout(() => {
    source.emit('data', 1);
    source.emit('data', 2);
    source.emit('data', 3);
  }, 1);
  for await (const [value] of on(source, 'data')) {
    console.log('data', value);
    if (value === 3) break;
  }
  console.log('iteration done', source.listenerCount('data'));
})();
