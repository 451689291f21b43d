'use strict';
// CryptoKey (Web Crypto): a KeyObject with an algorithm, the usages it allows and whether it
// may be exported. Only Web Crypto makes them.

const { codedError } = require('internal/errors');

const kCreate = Symbol('kCreate');

class CryptoKey {
  #keyObject;
  #algorithm;
  #extractable;
  #usages;

  constructor(token, keyObject, algorithm, extractable, usages) {
    if (token !== kCreate) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    this.#keyObject = keyObject;
    this.#algorithm = Object.freeze({ ...algorithm });
    this.#extractable = extractable;
    this.#usages = Object.freeze([...usages]);
  }

  get type() { return this.#keyObject.type; }
  get extractable() { return this.#extractable; }
  get algorithm() { return this.#algorithm; }
  get usages() { return this.#usages; }

  static keyObject(key) {
    return key.#keyObject;
  }
}

Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function createCryptoKey(keyObject, algorithm, extractable, usages) {
  return new CryptoKey(kCreate, keyObject, algorithm, extractable, usages);
}

// The KeyObject inside a CryptoKey.
function keyObjectOf(key) {
  return CryptoKey.keyObject(key);
}

module.exports = { CryptoKey, createCryptoKey, keyObjectOf };
