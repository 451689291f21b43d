// addEventListener's once and signal options together, and removal semantics.
const log = (...a) => console.log(...a);
const target = new EventTarget();
const controller = new AbortController();

target.addEventListener('e', () => log('once listener'), { once: true });
target.addEventListener('e', () => log('signal listener'), { signal: controller.signal });
const both = () => log('once + signal listener');
target.addEventListener('e', both, { once: true, signal: controller.signal });
target.dispatchEvent(new Event('e'));
log('--- second dispatch');
target.dispatchEvent(new Event('e'));
controller.abort();
log('--- after abort');
target.dispatchEvent(new Event('e'));

const listener = () => log('capture listener');
target.addEventListener('c', listener, { capture: true });
target.removeEventListener('c', listener);
log('--- removing without capture leaves it');
target.dispatchEvent(new Event('c'));
target.removeEventListener('c', listener, true);
log('--- removed with capture');
target.dispatchEvent(new Event('c'));
target.removeEventListener('none', listener);
target.addEventListener('self', function self() {
  log('removing itself');
  target.removeEventListener('self', self);
});
target.dispatchEvent(new Event('self'));
target.dispatchEvent(new Event('self'));
log('done');
