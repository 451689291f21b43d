// An 'error' event without listeners throws; with one it is delivered.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new Error('boom'));
} catch (err) {
  console.log('thrown', err.message);
}
try {
  e.emit('error', 'not an error');
} catch (err) {
  console.log('thrown', err.code, err.message);
}
e.on('error', (err) => console.log('listened', err.message));
e.emit('error', new Error('handled'));
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
e.emit('error', new Error('monitored'));
