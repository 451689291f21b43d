// events' static helpers over EventEmitters and EventTargets: getEventListeners,
// getMaxListeners, setMaxListeners, listenerCount, addAbortListener.
const events = require('events');
const log = (...a) => console.log(...a);

const ee = new events.EventEmitter();
const target = new EventTarget();
const f = () => {};
const g = () => {};
ee.on('a', f);
ee.once('a', g);
target.addEventListener('a', f);
target.addEventListener('a', g);
log(events.getEventListeners(ee, 'a').length, events.getEventListeners(target, 'a').length);
log(events.getEventListeners(target, 'a')[1] === g, events.getEventListeners(target, 'none').length);
log(events.getMaxListeners(ee), events.getMaxListeners(target));
events.setMaxListeners(5, ee, target);
log(events.getMaxListeners(ee), events.getMaxListeners(target));
log(events.listenerCount(ee, 'a'), ee.listenerCount('a', g), ee.listenerCount('a', () => {}));
for (const bad of [() => events.setMaxListeners(-1), () => events.setMaxListeners(1, {}),
  () => events.getEventListeners({}, 'a'), () => events.addAbortListener(undefined, f),
  () => events.addAbortListener(new AbortController().signal, 5)]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}

const controller = new AbortController();
const disposable = events.addAbortListener(controller.signal, () => log('abort listener ran'));
const removed = events.addAbortListener(controller.signal, () => log('never runs'));
removed[Symbol.dispose]();
log(typeof disposable[Symbol.dispose]);
controller.abort();
events.addAbortListener(controller.signal, () => log('already aborted: runs in a microtask'));
log('sync end');
log(typeof events.errorMonitor, events.captureRejections, typeof events.captureRejectionSymbol);
