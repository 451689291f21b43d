// The Node globals exist and are the same objects the modules export.
console.log(typeof global, global === globalThis, typeof process, typeof console);
console.log(typeof setTimeout, typeof setImmediate, typeof queueMicrotask, typeof clearInterval);
console.log(setTimeout === require('timers').setTimeout, process === require('process'));
console.log(console === require('console'));
console.log(Object.keys(globalThis).includes('console'));
