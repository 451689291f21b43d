// Subclassing EventEmitter; max listeners warning does not stop the listeners.
const EventEmitter = require('events');
class Door extends EventEmitter {
  open() { this.emit('open', this.name); }
}
const door = new Door();
door.name = 'front';
door.on('open', (name) => console.log('opened', name));
door.open();
console.log(door instanceof EventEmitter, EventEmitter.EventEmitter === EventEmitter);
console.log(EventEmitter.listenerCount(door, 'open'));
