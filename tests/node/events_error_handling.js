const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new Error('unhandled boom')); } catch (error) { console.log('thrown:', error.message); }
try { e.emit('error', 'a string'); } catch (error) { console.log('thrown:', error instanceof Error, error.message); }
e.on('error', (error) => console.log('handled:', error.message));
console.log(e.emit('error', new Error('handled boom')));
const errorMonitor = EventEmitter.errorMonitor;
const f = new EventEmitter();
f.on(errorMonitor, (error) => console.log('monitor saw', error.message));
f.on('error', () => console.log('listener ran'));
f.emit('error', new Error('watched'));
