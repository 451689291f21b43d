// AbortSignal with events.once, addEventListener options, listener order and onabort.
const events = require('events');
const log = (...a) => console.log(...a);

const controller = new AbortController();
const { signal } = controller;
signal.addEventListener('abort', () => log('listener 1'));
signal.onabort = () => log('onabort (registered second)');
signal.addEventListener('abort', () => log('listener 3'), { once: true });
signal.addEventListener('abort', function () { log('listener 4 this is signal', this === signal, signal.aborted); });
log('listeners', events.getEventListeners(signal, 'abort').length);
events.once(signal, 'abort').then(([event]) => log('events.once resolved', event.type));
controller.abort(new Error('with an error'));
log('after abort', signal.reason.message, events.getEventListeners(signal, 'abort').length);

const second = new AbortController();
const handler = () => log('never: replaced handler');
second.signal.onabort = handler;
second.signal.onabort = () => log('replacement handler');
log('onabort is the replacement', second.signal.onabort !== handler, events.getEventListeners(second.signal, 'abort').length);
second.abort();

const third = new AbortController();
third.signal.addEventListener('abort', (event) => {
  log('event', event.type, event.isTrusted, event.cancelable, event.bubbles, event.target === third.signal);
});
third.abort();
third.abort();
log('a second abort does nothing');
