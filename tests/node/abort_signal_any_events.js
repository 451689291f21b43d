// AbortSignal.any: follows the first aborting source, its event order, and timeouts inside it.
const log = (...a) => console.log(...a);

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
a.signal.addEventListener('abort', () => log('source a abort event'));
any.addEventListener('abort', () => log('combined abort event', any.reason));
log('before', any.aborted);
a.abort('from a');
log('after a', any.aborted, any.reason);
b.abort('from b');
log('still the first reason', any.reason);

const nested = AbortSignal.any([AbortSignal.any([b.signal])]);
log('nested of an aborted signal', nested.aborted, nested.reason);

const timed = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(1)]);
timed.onabort = () => log('timeout through any', timed.reason.name);
try {
  AbortSignal.any(new Set([new AbortController().signal]));
} catch (err) {
  log('only arrays', err.code, err.message);
}
