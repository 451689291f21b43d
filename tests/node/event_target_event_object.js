// Event and CustomEvent objects: constructor options, getters, constants, composedPath.
const log = (...a) => console.log(...a);

const e = new Event('name');
log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted);
log(e.eventPhase, e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble);
log(typeof e.timeStamp, e.timeStamp >= 0, JSON.stringify(e.composedPath()));
const full = new Event('full', { bubbles: true, cancelable: true, composed: true });
log(full.bubbles, full.cancelable, full.composed);
full.preventDefault();
log('prevented', full.defaultPrevented, full.returnValue);
full.stopPropagation();
log('cancelBubble', full.cancelBubble);
const bubbling = new Event('b');
bubbling.cancelBubble = true;
log('set cancelBubble', bubbling.cancelBubble);
log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
log(String(new Event(42).type), new Event(null).type, new Event(undefined).type);
const init = new Event('before');
init.initEvent('after', true, true);
log(init.type, init.bubbles, init.cancelable);

const target = new EventTarget();
target.addEventListener('path', (event) => log('path length', event.composedPath().length, event.composedPath()[0] === target));
target.dispatchEvent(new Event('path'));

const custom = new CustomEvent('custom', { detail: { answer: 42 }, cancelable: true });
log(custom.type, JSON.stringify(custom.detail), custom.cancelable, custom instanceof Event);
log(new CustomEvent('x').detail, Object.prototype.toString.call(custom));
target.addEventListener('custom', (event) => log('got custom', event.detail.answer));
target.dispatchEvent(custom);

for (const bad of [() => new Event(), () => new CustomEvent(), () => new Event('x', 5)]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
log(Object.keys(Event.prototype).sort().join());
log(Object.keys(CustomEvent.prototype).join());
