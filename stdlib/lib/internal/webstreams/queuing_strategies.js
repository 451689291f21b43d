'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy — https://streams.spec.whatwg.org/#qs-api:
// a high water mark and a size function (a chunk's byteLength, or 1), each function shared by
// every instance.

const { setSlots, slotsOf, invalidArgType, codedError, defineInspect, defineInterface } = require('internal/webstreams/util');

function highWaterMarkOf(init) {
  if (init === null || typeof init !== 'object') throw invalidArgType('init', 'of type object', init);
  if (init.highWaterMark === undefined) throw codedError(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  return Number(init.highWaterMark);
}

const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    setSlots(this, 'ByteLengthQueuingStrategy', { highWaterMark: highWaterMarkOf(init) });
  }

  get highWaterMark() {
    return slotsOf(this, 'ByteLengthQueuingStrategy').highWaterMark;
  }

  get size() {
    slotsOf(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    setSlots(this, 'CountQueuingStrategy', { highWaterMark: highWaterMarkOf(init) });
  }

  get highWaterMark() {
    return slotsOf(this, 'CountQueuingStrategy').highWaterMark;
  }

  get size() {
    slotsOf(this, 'CountQueuingStrategy');
    return countSize;
  }
}

for (const Class of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  defineInterface(Class);
  defineInspect(Class, (strategy) => ({ highWaterMark: strategy.highWaterMark }));
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
