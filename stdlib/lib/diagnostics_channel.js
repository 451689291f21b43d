'use strict';
// node:diagnostics_channel: named channels that publish messages to subscribers, stores bound to
// a channel (entered around runStores), and tracing channels (start/end/asyncStart/asyncEnd/error
// around a traced call). A subscriber's exception is rethrown on the next tick; the other
// subscribers still get the message.

const { invalidArgType, validateFunction } = require('internal/errors');
const { nextTick } = require('internal/process/task_queues');

// The channels by name, made on first use and kept for the life of the process.
const channels = new Map();

function validateChannelName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw invalidArgType('channel', 'one of type string or symbol', name);
  }
}

class Channel {
  #subscribers = [];
  // store -> transform of the published message into the store's value.
  #stores = new Map();

  constructor(name) {
    this.name = name;
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this.#subscribers = [...this.#subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this.#subscribers.indexOf(subscription);
    if (index === -1) return false;
    this.#subscribers = this.#subscribers.toSpliced(index, 1);
    return true;
  }

  bindStore(store, transform) {
    this.#stores.set(store, transform);
  }

  unbindStore(store) {
    return this.#stores.delete(store);
  }

  publish(data) {
    // A copy of the list: subscribing or unsubscribing during publish affects the next one.
    for (const subscriber of this.#subscribers) {
      try {
        subscriber(data, this.name);
      } catch (error) {
        nextTick(() => { throw error; });
      }
    }
  }

  // runStores ( data, fn, thisArg, ...args ): fn run with each bound store entered (its value
  // the transformed data), after publishing data.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this.#stores) {
      const inner = run;
      run = () => {
        let value = data;
        if (transform !== undefined) {
          try {
            value = transform(data);
          } catch (error) {
            nextTick(() => { throw error; });
            return inner();
          }
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function channel(name) {
  validateChannelName(name);
  let existing = channels.get(name);
  if (existing === undefined) {
    existing = new Channel(name);
    channels.set(name, existing);
  }
  return existing;
}

function hasSubscribers(name) {
  return channels.get(name)?.hasSubscribers ?? false;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of kTraceEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of kTraceEvents) {
        const given = nameOrChannels[event];
        if (!(given instanceof Channel)) throw invalidArgType(`nameOrChannels.${event}`, 'an instance of Channel', given);
        this[event] = given;
      }
    } else {
      throw invalidArgType('nameOrChannels', 'of type string or an instance of TracingChannel or Object', nameOrChannels);
    }
  }

  get hasSubscribers() {
    return kTraceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of kTraceEvents) if (handlers[event]) this[event].subscribe(handlers[event]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of kTraceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (thrown) {
        context.error = thrown;
        error.publish(context);
        throw thrown;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (thrown) => {
      context.error = thrown;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(thrown);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (thrown) {
        context.error = thrown;
        error.publish(context);
        throw thrown;
      } finally {
        end.publish(context);
      }
    });
  }

  // traceCallback ( fn, position = -1, context, thisArg, ...args ): the callback at `position`
  // in args (from the end when negative) is wrapped to publish asyncStart/asyncEnd around it.
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    args[index] = function (thrown, result) {
      if (thrown) {
        context.error = thrown;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (thrown) {
        context.error = thrown;
        error.publish(context);
        throw thrown;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
