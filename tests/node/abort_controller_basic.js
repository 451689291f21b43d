// AbortController and AbortSignal: abort(), reasons, the 'abort' event, onabort,
// throwIfAborted, AbortSignal.abort, and signals passed to addEventListener.
const log = (...a) => console.log(...a);

const controller = new AbortController();
const { signal } = controller;
log(signal.aborted, signal.reason, signal instanceof EventTarget, signal.onabort);
signal.addEventListener('abort', (event) => log('listener', event.type, event.isTrusted, event.target === signal));
signal.onabort = (event) => log('onabort', event.type, this === undefined);
controller.abort();
log(signal.aborted, signal.reason instanceof DOMException, signal.reason.name, signal.reason.message, signal.reason.code);
controller.abort('again'); // no second event
log('reason kept', signal.reason.name);
try {
  signal.throwIfAborted();
} catch (err) {
  log('throwIfAborted', err === signal.reason);
}

const withReason = new AbortController();
withReason.signal.onabort = () => log('custom reason abort');
withReason.signal.onabort = null;
withReason.signal.addEventListener('abort', () => log('listener sees', withReason.signal.reason));
withReason.abort('my reason');
const errReason = new Error('as an error');
const c3 = new AbortController();
c3.abort(errReason);
log(c3.signal.reason === errReason);

const pre = AbortSignal.abort();
log('AbortSignal.abort', pre.aborted, pre.reason.name);
log('AbortSignal.abort(5)', AbortSignal.abort(5).reason);
new AbortController().signal.throwIfAborted();
log('not aborted: no throw');

const target = new EventTarget();
const c4 = new AbortController();
target.addEventListener('e', () => log('e listener'), { signal: c4.signal });
target.dispatchEvent(new Event('e'));
c4.abort();
target.dispatchEvent(new Event('e'));
target.addEventListener('e', () => log('never added'), { signal: c4.signal });
target.dispatchEvent(new Event('e'));
log('dispatched after abort');

try {
  new AbortSignal();
} catch (err) {
  log(err.name, err.code, err.message);
}
log(Object.prototype.toString.call(signal), Object.prototype.toString.call(controller));
log(Object.keys(AbortSignal.prototype).sort().join(), Object.keys(AbortController.prototype).join());
