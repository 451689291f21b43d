// process.nextTick callbacks run before promise jobs; ticks queued by a promise job run after
// the promise jobs already queued.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
}).then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 1'));
process.nextTick((a, b) => console.log('tick 2', a, b), 'a', 'b');
queueMicrotask(() => console.log('microtask'));
console.log('sync');
