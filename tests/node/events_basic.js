// EventEmitter: on, once, off, emit's return value, listener order, prepend.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = (...args) => console.log(...args);
e.on('x', (a, b) => log('first', a, b));
e.prependListener('x', () => log('prepended'));
e.once('x', () => log('once'));
e.prependOnceListener('x', () => log('prepended once'));
console.log(e.emit('x', 1, 2));
console.log(e.emit('x', 3, 4));
console.log(e.emit('nothing'));
console.log(e.listenerCount('x'), e.eventNames());
function handler() { log('handler'); }
e.on('y', handler);
e.off('y', handler);
console.log(e.emit('y'), e.eventNames());
e.removeAllListeners('x');
console.log(e.eventNames(), e.listenerCount('x'));
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners(), e.setMaxListeners(1) === e, e.getMaxListeners());
