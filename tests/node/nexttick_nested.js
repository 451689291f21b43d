// Ticks queued by ticks run before any promise job.
process.nextTick(() => {
  console.log('outer');
  process.nextTick(() => console.log('inner'));
  Promise.resolve().then(() => console.log('promise'));
});
