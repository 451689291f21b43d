// Atomics.waitAsync: the result record ({ async, value }) for not-equal, a zero timeout, a
// pending wait; notify's counts and FIFO order; timeouts settle from the event loop (a pending
// wait alone does not keep the process alive, so a timer does here).
const i32 = new Int32Array(new SharedArrayBuffer(32));
const i64 = new BigInt64Array(i32.buffer);

const show = (label, result) => console.log(label, result.async, typeof result.value === 'string' ? result.value : 'promise');
show('not-equal:', Atomics.waitAsync(i32, 0, 1));
show('zero timeout:', Atomics.waitAsync(i32, 0, 0, 0));
show('bigint not-equal:', Atomics.waitAsync(i64, 1, 5n));

const order = [];
for (const name of ['first', 'second', 'third']) {
  const result = Atomics.waitAsync(i32, 1, 0);
  show(name + ':', result);
  result.value.then((value) => order.push(name + ' ' + value));
}
console.log('notify one:', Atomics.notify(i32, 1, 1));
console.log('notify rest:', Atomics.notify(i32, 1));
console.log('notify none:', Atomics.notify(i32, 1));
Promise.resolve().then(() => console.log('after notify:', order.join(', ')));

Atomics.waitAsync(i32, 2, 0, 20).value.then((value) => console.log('timeout 20:', value));
Atomics.waitAsync(i32, 2, 0, 10).value.then((value) => console.log('timeout 10:', value));
setTimeout(() => console.log('timer 200'), 200);

for (const [label, call] of [
  ['non-shared', () => Atomics.waitAsync(new Int32Array(4), 0, 0)],
  ['float array', () => Atomics.waitAsync(new Float64Array(i32.buffer), 0, 0)],
  ['index out of range', () => Atomics.waitAsync(i32, 100, 0)],
  ['symbol timeout', () => Atomics.waitAsync(i32, 0, 0, Symbol())],
]) {
  try {
    call();
    console.log(label, 'did not throw');
  } catch (error) {
    console.log(label, error.constructor.name);
  }
}
console.log('waitAsync.length:', Atomics.waitAsync.length);
