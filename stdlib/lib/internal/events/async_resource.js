'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context
// (async_hooks) of its creation, through an AsyncResource that points back at the emitter.

const EventEmitter = require('events');
const { AsyncResource } = require('async_hooks');
const { invalidArgType, invalidThis } = require('internal/errors');

// The AsyncResource of an emitter, reachable from it as `asyncResource` and back as `eventEmitter`.
class EventEmitterReferencingAsyncResource extends AsyncResource {
  #eventEmitter;

  constructor(eventEmitter, type, options) {
    super(type, options);
    this.#eventEmitter = eventEmitter;
  }

  get eventEmitter() {
    return this.#eventEmitter;
  }
}

class EventEmitterAsyncResource extends EventEmitter {
  #asyncResource;

  // options: a string (the resource type), or { name, triggerAsyncId, requireManualDestroy } and
  // EventEmitter's options; `name` may be left out only by a subclass, whose name it then is.
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource && typeof options?.name !== 'string') {
        throw invalidArgType('options.name', 'of type string', options?.name);
      }
      name = options?.name || new.target.name;
    }
    super(options);
    this.#asyncResource = new EventEmitterReferencingAsyncResource(this, name, options);
  }

  static #resourceOf(emitter) {
    if (!(#asyncResource in emitter)) throw invalidThis('EventEmitterAsyncResource');
    return emitter.#asyncResource;
  }

  emit(event, ...args) {
    const resource = EventEmitterAsyncResource.#resourceOf(this);
    return resource.runInAsyncScope(super.emit, this, event, ...args);
  }

  emitDestroy() {
    EventEmitterAsyncResource.#resourceOf(this).emitDestroy();
  }

  get asyncId() {
    return EventEmitterAsyncResource.#resourceOf(this).asyncId();
  }

  get triggerAsyncId() {
    return EventEmitterAsyncResource.#resourceOf(this).triggerAsyncId();
  }

  get asyncResource() {
    return EventEmitterAsyncResource.#resourceOf(this);
  }
}

module.exports = { EventEmitterAsyncResource };
