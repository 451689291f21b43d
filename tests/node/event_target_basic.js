// EventTarget: listener order, duplicates, capture flag, once, handleEvent objects, removal
// during dispatch, stopImmediatePropagation, preventDefault and the dispatch result.
const log = (...a) => console.log(...a);
const target = new EventTarget();

function first(event) {
  log('first', event.type, this === target, event.eventPhase, event.currentTarget === target);
}
target.addEventListener('ping', first);
function second(event) {
  log('second', event.type);
}
target.addEventListener('ping', first); // duplicate: ignored
target.addEventListener('ping', second, true); // capture flag: a separate listener
target.addEventListener('ping', second, { capture: true }); // duplicate of it
target.addEventListener('ping', { handleEvent(event) { log('object listener', event.type); } });
target.addEventListener('ping', () => log('once'), { once: true });
log('dispatch 1', target.dispatchEvent(new Event('ping')));
log('dispatch 2', target.dispatchEvent(new Event('ping')));
target.removeEventListener('ping', first);
log('after removing the non-capture one');
target.dispatchEvent(new Event('ping'));
target.removeEventListener('ping', second, { capture: true });
target.dispatchEvent(new Event('ping'));

const t2 = new EventTarget();
function removed() { log('removed listener ran'); }
t2.addEventListener('go', () => {
  log('go 1');
  t2.removeEventListener('go', removed);
  t2.addEventListener('go', () => log('added during dispatch'));
});
t2.addEventListener('go', removed);
t2.addEventListener('go', (e) => {
  log('go 3, stopping');
  e.stopImmediatePropagation();
});
t2.addEventListener('go', () => log('never'));
t2.dispatchEvent(new Event('go'));

const t3 = new EventTarget();
t3.addEventListener('cancel', (e) => e.preventDefault());
const cancelable = new Event('cancel', { cancelable: true });
const notCancelable = new Event('cancel');
log('cancelable result', t3.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);
log('not cancelable result', t3.dispatchEvent(notCancelable), notCancelable.defaultPrevented);
log('after dispatch', cancelable.eventPhase, cancelable.currentTarget, cancelable.target === t3);

t3.addEventListener('again', (e) => {
  try {
    t3.dispatchEvent(e);
  } catch (err) {
    log('recursion', err.code, err.message);
  }
});
t3.dispatchEvent(new Event('again'));

for (const bad of [() => target.dispatchEvent({ type: 'x' }), () => target.addEventListener('x', 42),
  () => target.addEventListener('x'), () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
  () => target.addEventListener('x', () => {}, { signal: 1 })]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
class Sub extends EventTarget {}
const sub = new Sub();
sub.addEventListener('s', (e) => log('subclass event', e instanceof Event, e.target instanceof Sub));
sub.dispatchEvent(new Event('s'));
log(Object.prototype.toString.call(target), typeof EventTarget.prototype.dispatchEvent);
