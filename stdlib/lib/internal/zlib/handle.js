'use strict';
// The `_handle` of a zlib stream: one native zlib or brotli stream (internalBinding('zlib')),
// with the methods Node's handle has. A write's outcome goes to the stream through the handle:
// the output and input still available land in the writeState array given to init and the
// write callback runs, or onerror(message, errno, code) is called.

const binding = internalBinding('zlib');
const { captureContext, runInContext, destroyContext } = require('internal/async_context');
const { codedError } = require('internal/errors');
const constants = require('internal/zlib/constants');

// A handle nobody closed frees its native stream when it is collected.
const unclosed = new FinalizationRegistry((id) => binding.close(id));

// The bytes any ArrayBufferView views, as the binding reads them.
function asBytes(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// A brotli decoder error's code: ERR_ and its constant's name after BROTLI_DECODER.
function brotliDecoderErrorCode(errno) {
  const name = Object.keys(constants).find((key) => key.startsWith('BROTLI_DECODER_ERROR') && constants[key] === errno);
  return `ERR_${name?.slice('BROTLI_DECODER'.length) ?? '_ERROR_UNKNOWN'}`;
}

function initializationFailed() {
  return codedError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
}

const kAttach = Symbol('kAttach');

class CompressionHandle {
  #id;
  // The async context (async_hooks) the handle was made in: a ZLIB resource, whose callbacks
  // run in it.
  #context;
  #writeState = null;
  #callback = null;
  // The input whose rest (#inputHeld bytes, ending at #inputEnd) the native stream holds: a write
  // going on with it passes null instead of copying it again.
  #input = null;
  #inputEnd = 0;
  #inputHeld = 0;

  constructor(mode) {
    this.#id = binding.create(mode);
    this.#context = captureContext('ZLIB', this);
    unclosed.register(this, this.#id, this);
    this.onerror = undefined;
  }

  // The native stream's id; throws once the handle is closed.
  #open() {
    if (this.#id === 0) throw codedError(Error, 'ERR_INTERNAL_ASSERTION', 'zlib binding closed');
    return this.#id;
  }

  // A failure's [message, errno, code] (code null for a brotli decoder error) to onerror.
  #fail([message, errno, code]) {
    this.onerror(message, errno, code ?? brotliDecoderErrorCode(errno));
  }

  // A write's result: [availOut, availIn], or a failure.
  #report(result) {
    if (typeof result[0] === 'string') {
      this.#input = null;
      this.#fail(result);
      return false;
    }
    this.#writeState[0] = result[0];
    this.#writeState[1] = result[1];
    this.#inputHeld = result[1];
    return true;
  }

  // The binding's input argument for input[inOffset, +inLength).
  #inputArgument(input, inOffset, inLength) {
    if (input === this.#input && inOffset + inLength === this.#inputEnd && inLength === this.#inputHeld) return null;
    this.#input = input;
    this.#inputEnd = inOffset + inLength;
    return asBytes(input);
  }

  // What init does first in every kind of handle.
  [kAttach](writeState, callback) {
    this.#writeState = writeState;
    this.#callback = callback;
    return this.#open();
  }

  // Compresses or decompresses input[inOffset, +inLength) into output[outOffset, +outLength) on
  // the thread pool, then calls the callback (this = the handle).
  write(flush, input, inOffset, inLength, output, outOffset, outLength) {
    const id = this.#open();
    binding.write(id, flush, this.#inputArgument(input, inOffset, inLength), inOffset, inLength, asBytes(output), outOffset,
      outLength, (result) => runInContext(this.#context, this.#finishWrite, this, [result]));
  }

  // An asynchronous write's end.
  #finishWrite(result) {
    if (this.#report(result)) this.#callback.call(this);
  }

  // The same, now; no callback.
  writeSync(flush, input, inOffset, inLength, output, outOffset, outLength) {
    const id = this.#open();
    this.#report(binding.writeSync(id, flush, this.#inputArgument(input, inOffset, inLength), inOffset, inLength,
      asBytes(output), outOffset, outLength));
  }

  params(level, strategy) {
    const failure = binding.params(this.#open(), level, strategy);
    if (failure !== null) this.#fail(failure);
  }

  reset() {
    this.#input = null;
    const failure = binding.reset(this.#open());
    if (failure !== null) this.#fail(failure);
  }

  // Frees the native stream (after a write in flight, whose callback then never runs).
  close() {
    if (this.#id === 0) return;
    unclosed.unregister(this);
    binding.close(this.#id);
    this.#id = 0;
    destroyContext(this.#context);
  }
}

class Zlib extends CompressionHandle {
  init(windowBits, level, memLevel, strategy, writeState, callback, dictionary) {
    const id = this[kAttach](writeState, callback);
    if (binding.init(id, windowBits, level, memLevel, strategy, dictionary) !== null) throw initializationFailed();
  }
}

// Brotli's init takes its parameters as a Uint32Array indexed by parameter number (0xFFFFFFFF:
// unset) and says whether brotli accepted them.
class BrotliHandle extends CompressionHandle {
  init(params, writeState, callback) {
    return binding.initBrotli(this[kAttach](writeState, callback), params);
  }
}
class BrotliEncoder extends BrotliHandle {}
class BrotliDecoder extends BrotliHandle {}

module.exports = { Zlib, BrotliEncoder, BrotliDecoder, asBytes, initializationFailed };
