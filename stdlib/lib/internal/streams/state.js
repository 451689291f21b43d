'use strict';
// highWaterMark: how much a stream buffers before it asks its producer to wait (bytes, or
// objects in object mode).

const errors = require('internal/streams/errors');
const { validateInteger } = require('internal/errors');

// The defaults of new streams, which stream.setDefaultHighWaterMark changes.
let defaultHighWaterMark = 16 * 1024;
let defaultObjectModeHighWaterMark = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectModeHighWaterMark : defaultHighWaterMark;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjectModeHighWaterMark = value;
  else defaultHighWaterMark = value;
}

// The mark from options.highWaterMark, else from the Duplex-side option (readableHighWaterMark
// or writableHighWaterMark), else the default.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const mark = options.highWaterMark ?? (isDuplex ? options[duplexKey] : null);
  if (mark == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(mark) || mark < 0) {
    const name = isDuplex && options.highWaterMark == null ? `options.${duplexKey}` : 'options.highWaterMark';
    throw errors.invalidArgValue(name, require('internal/util/inspect').inspect(mark));
  }
  return Math.floor(mark);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
