// A throwing EventTarget listener does not stop the others; its error becomes an uncaught
// exception on a later tick (here caught by process.on('uncaughtException')).
const log = (...a) => console.log(...a);
const errors = [];
process.on('uncaughtException', (err) => {
  errors.push(err.message);
  log('uncaught', err.message);
});

const target = new EventTarget();
target.addEventListener('go', () => { throw new Error('listener one failed'); });
target.addEventListener('go', () => log('listener two still runs'));
target.addEventListener('go', async () => { throw new Error('async listener rejected'); });
target.addEventListener('go', { handleEvent() { log('handleEvent runs after the failures'); } });
log('dispatch returns', target.dispatchEvent(new Event('go')));
log('after dispatch, nothing reported yet', errors.length);
process.nextTick(() => log('tick'));
setImmediate(() => log('reported', errors.length));
