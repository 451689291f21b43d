// captureRejections: a listener's rejected promise becomes an 'error' event, or goes to
// Symbol.for('nodejs.rejection').
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

const ee = new EventEmitter({ captureRejections: true });
ee.on('job', async (n) => {
  throw new Error(`job ${n} failed`);
});
ee.on('error', (err) => log('error event', err.message));
ee.emit('job', 1);
log('emit returned synchronously');

class Custom extends EventEmitter {
  [EventEmitter.captureRejectionSymbol](err, event, ...args) {
    log('rejection hook', err.message, event, JSON.stringify(args));
  }
}
const custom = new Custom({ captureRejections: true });
custom.on('task', async () => {
  throw new Error('task failed');
});
custom.emit('task', 'a', 2);

const plain = new EventEmitter();
plain.on('x', async () => 'resolved value is ignored');
plain.emit('x');
log('default captureRejections', EventEmitter.captureRejections, ee[Symbol.for('kCapture')]);
log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
setImmediate(() => log('done'));
