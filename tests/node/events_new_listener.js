// 'newListener' and 'removeListener' events, listeners() vs rawListeners(), this in listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name) => console.log('adding', name));
e.on('removeListener', (name) => console.log('removed', name));
function f() { console.log('this is emitter:', this === e); }
e.on('a', f);
e.once('b', f);
console.log(e.listeners('b')[0] === f, e.rawListeners('b')[0] === f, typeof e.rawListeners('b')[0].listener);
e.emit('a');
e.emit('b');
e.removeListener('a', f);
