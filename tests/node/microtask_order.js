const log = [];
queueMicrotask(() => log.push('micro1'));
process.nextTick(() => log.push('tick1'));
Promise.resolve().then(() => { log.push('promise1'); process.nextTick(() => log.push('tick-from-promise')); });
queueMicrotask(() => { log.push('micro2'); queueMicrotask(() => log.push('micro3')); });
process.nextTick(() => { log.push('tick2'); Promise.resolve().then(() => log.push('promise-from-tick')); });
setImmediate(() => console.log(log.join(' ')));
