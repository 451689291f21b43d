'use strict';
// events.EventEmitterAsyncResource: listeners run in the async context of the emitter's creation.
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { AsyncLocalStorage, AsyncResource, executionAsyncId } = require('async_hooks');

const emitter = new EventEmitterAsyncResource({ name: 'X' });
console.log(emitter instanceof EventEmitter, typeof emitter.asyncId, typeof emitter.triggerAsyncId,
  emitter.asyncResource.constructor.name, emitter.asyncResource instanceof AsyncResource,
  emitter.asyncResource.eventEmitter === emitter);
console.log(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype));

const storage = new AsyncLocalStorage();
let inside;
storage.run('store-1', () => {
  inside = new EventEmitterAsyncResource('named');
});
inside.on('x', (value) => {
  console.log('listener store', storage.getStore(), value, executionAsyncId() === inside.asyncId);
});
storage.run('store-2', () => inside.emit('x', 42));
inside.emit('x', 43);
console.log('outside store', storage.getStore(), inside.emit('none'));

for (const options of [{ name: 1 }, 1, undefined, {}]) {
  try {
    new EventEmitterAsyncResource(options);
  } catch (error) {
    console.log(error.code, error.message);
  }
}

class Sub extends EventEmitterAsyncResource {}
const sub = new Sub();
console.log(sub.asyncResource instanceof AsyncResource, sub instanceof EventEmitterAsyncResource);

const capture = new EventEmitterAsyncResource({ name: 'a', captureRejections: true });
console.log(capture.listenerCount('error'));
capture.emitDestroy();

for (const name of ['emit', 'emitDestroy']) {
  try {
    EventEmitterAsyncResource.prototype[name].call({}, 'x');
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
for (const name of ['asyncId', 'triggerAsyncId', 'asyncResource']) {
  try {
    Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype, name).get.call({});
  } catch (error) {
    console.log(name, error.code, error.message);
  }
}
const errors = new EventEmitterAsyncResource({ name: 'E' });
errors.on('error', (error) => console.log('error event', error.message));
errors.emit('error', new Error('handled'));
