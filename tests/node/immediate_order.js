// Immediates run in order; ones queued while running wait for the next loop iteration, after
// the nextTicks and promise jobs of each callback.
setImmediate(() => {
  console.log('1');
  setImmediate(() => console.log('4 (next iteration)'));
  process.nextTick(() => console.log('1 tick'));
  Promise.resolve().then(() => console.log('1 promise'));
});
setImmediate((x) => console.log('2', x), 'arg');
setImmediate(() => console.log('3'));
