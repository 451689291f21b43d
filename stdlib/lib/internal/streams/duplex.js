'use strict';
// Duplex: a Readable that is also a Writable (it inherits Readable and copies Writable's
// methods). allowHalfOpen: false ends the writable side once the readable side ends.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const errors = require('internal/streams/errors');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  this.allowHalfOpen = options?.allowHalfOpen !== false;
  // A side that is switched off starts out ended.
  if (options?.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options?.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods and getters that Readable does not have already.
for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
  if (!(key in Duplex.prototype)) {
    Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
  }
}

// Both sides' getters: destroyed and closed are true when both sides say so.
Object.defineProperties(Duplex.prototype, {
  destroyed: {
    enumerable: false,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.prototype.destroy = Writable.prototype.destroy;

Duplex.from = function from() {
  throw errors.notImplemented('Duplex.from()');
};
Duplex.fromWeb = function fromWeb(pair, options) {
  return require('internal/webstreams/adapters').duplexFromWeb(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  return require('internal/webstreams/adapters').duplexToWeb(duplex);
};

module.exports = Duplex;
