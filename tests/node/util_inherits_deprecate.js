const util = require('util');
const EventEmitter = require('events');
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
s.on('data', (d) => console.log('data', d));
s.emit('data', 1);
console.log(Stream.super_ === EventEmitter, s instanceof EventEmitter, Object.getPrototypeOf(Stream.prototype) === EventEmitter.prototype);
const old = util.deprecate(() => 'still works', 'old() is deprecated', 'DEP0999');
console.log(old(), old());
console.log(util.isArray([]), typeof util.inspect.custom, util.inspect.defaultOptions.depth);
