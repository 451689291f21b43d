'use strict';
// What ReadableStream does with its readers: tee (of default and byte streams), pipeTo and
// pipeThrough, async iteration, and ReadableStream.from — https://streams.spec.whatwg.org/#rs-abstract-ops.

const {
  kState, isType, slotsOf, invalidThis, invalidState, invalidArgType, codedError, deferred, uponPromise, setHandled, rejectedHandled,
  PromiseResolve, dictionaryArgument,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readable_stream');
const bytes = require('internal/webstreams/readable_byte_stream');
const writable = require('internal/webstreams/writable_stream');

const {
  ReadableStream, ReadableStreamDefaultReader, initializeReadableStream, createReadableStream, isReadableStreamLocked,
  readableStreamCancel, readerSlotsOf, readableStreamDefaultReaderRead, readableStreamDefaultReaderRelease,
  readableStreamDefaultControllerClose, readableStreamDefaultControllerEnqueue, readableStreamDefaultControllerError,
} = readable;

const acquireDefaultReader = (stream) => new ReadableStreamDefaultReader(stream);
const resolvedUndefined = () => PromiseResolve(undefined);

// ReadableStreamTee ( stream, cloneForBranch2 ) — https://streams.spec.whatwg.org/#readable-stream-tee,
// for tee(), which never clones.
function readableStreamTee(stream) {
  if (isType(stream[kState].controller, 'ReadableByteStreamController')) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream);
}

// A tee's cancel algorithms: the source is canceled (with both reasons) once both branches are.
function teeCancellation(stream) {
  const tee = { canceled1: false, canceled2: false, reasons: [], cancelPromise: deferred() };
  const cancelBranch = (index) => (reason) => {
    tee[`canceled${index + 1}`] = true;
    tee.reasons[index] = reason;
    if (tee.canceled1 && tee.canceled2) tee.cancelPromise.resolve(readableStreamCancel(stream, [tee.reasons[0], tee.reasons[1]]));
    return tee.cancelPromise.promise;
  };
  tee.cancel1 = cancelBranch(0);
  tee.cancel2 = cancelBranch(1);
  return tee;
}

// ReadableStreamDefaultTee ( stream, false ) — https://streams.spec.whatwg.org/#abstract-opdef-readablestreamdefaulttee:
// both branches get the same chunks.
function readableStreamDefaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  const tee = teeCancellation(stream);
  let reading = false;
  let readAgain = false;
  let branch1;
  let branch2;
  const controllerOf = (branch) => branch[kState].controller[kState];
  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolvedUndefined();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgain = false;
        if (!tee.canceled1) readableStreamDefaultControllerEnqueue(controllerOf(branch1), chunk);
        if (!tee.canceled2) readableStreamDefaultControllerEnqueue(controllerOf(branch2), chunk);
        reading = false;
        if (readAgain) pullAlgorithm();
      }),
      closeSteps: () => {
        reading = false;
        if (!tee.canceled1) readableStreamDefaultControllerClose(controllerOf(branch1));
        if (!tee.canceled2) readableStreamDefaultControllerClose(controllerOf(branch2));
        if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
    return resolvedUndefined();
  }
  branch1 = createReadableStream(() => undefined, pullAlgorithm, tee.cancel1);
  branch2 = createReadableStream(() => undefined, pullAlgorithm, tee.cancel2);
  uponPromise(readerSlotsOf(reader).closed.promise, undefined, (error) => {
    readableStreamDefaultControllerError(controllerOf(branch1), error);
    readableStreamDefaultControllerError(controllerOf(branch2), error);
    if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// CreateReadableByteStream ( startAlgorithm, pullAlgorithm, cancelAlgorithm )
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  bytes.setUpReadableByteStreamController(stream, Object.create(bytes.ReadableByteStreamController.prototype),
    startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

const cloneAsUint8Array = (view) => new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));

// ReadableByteStreamTee ( stream ) — https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamtee: each
// branch reads with a BYOB reader when its own reader brings a buffer, else with a default one.
function readableByteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  const tee = teeCancellation(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  const branches = [];
  const controllerOf = (index) => branches[index][kState].controller[kState];
  const canceled = (index) => (index === 0 ? tee.canceled1 : tee.canceled2);

  function forwardReaderError(thisReader) {
    uponPromise(readerSlotsOf(thisReader).closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      bytes.readableByteStreamControllerError(controllerOf(0), error);
      bytes.readableByteStreamControllerError(controllerOf(1), error);
      if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve(undefined);
    });
  }

  // Both branches error and the source is canceled when a chunk cannot be cloned.
  function cloneFailed(error) {
    bytes.readableByteStreamControllerError(controllerOf(0), error);
    bytes.readableByteStreamControllerError(controllerOf(1), error);
    tee.cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function readFinished() {
    reading = false;
    if (readAgainForBranch1) pull(0);
    else if (readAgainForBranch2) pull(1);
  }

  function pullWithDefaultReader() {
    if (isType(reader, 'ReadableStreamBYOBReader')) {
      bytes.readableStreamBYOBReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        let chunk2 = chunk;
        if (!tee.canceled1 && !tee.canceled2) {
          try {
            chunk2 = cloneAsUint8Array(chunk);
          } catch (error) {
            cloneFailed(error);
            return;
          }
        }
        if (!tee.canceled1) bytes.readableByteStreamControllerEnqueue(controllerOf(0), chunk);
        if (!tee.canceled2) bytes.readableByteStreamControllerEnqueue(controllerOf(1), chunk2);
        readFinished();
      }),
      closeSteps: () => {
        reading = false;
        if (!tee.canceled1) bytes.readableByteStreamControllerClose(controllerOf(0));
        if (!tee.canceled2) bytes.readableByteStreamControllerClose(controllerOf(1));
        if (controllerOf(0).pendingPullIntos.length > 0) bytes.readableByteStreamControllerRespond(controllerOf(0), 0);
        if (controllerOf(1).pendingPullIntos.length > 0) bytes.readableByteStreamControllerRespond(controllerOf(1), 0);
        if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, byobIndex) {
    if (isType(reader, 'ReadableStreamDefaultReader')) {
      readableStreamDefaultReaderRelease(reader);
      reader = new bytes.ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const otherIndex = 1 - byobIndex;
    bytes.readableStreamBYOBReaderRead(reader, view, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        if (!canceled(otherIndex)) {
          let cloned;
          try {
            cloned = cloneAsUint8Array(chunk);
          } catch (error) {
            cloneFailed(error);
            return;
          }
          if (!canceled(byobIndex)) bytes.readableByteStreamControllerRespondWithNewView(controllerOf(byobIndex), chunk);
          bytes.readableByteStreamControllerEnqueue(controllerOf(otherIndex), cloned);
        } else if (!canceled(byobIndex)) {
          bytes.readableByteStreamControllerRespondWithNewView(controllerOf(byobIndex), chunk);
        }
        readFinished();
      }),
      closeSteps: (chunk) => {
        reading = false;
        if (!canceled(byobIndex)) bytes.readableByteStreamControllerClose(controllerOf(byobIndex));
        if (!canceled(otherIndex)) bytes.readableByteStreamControllerClose(controllerOf(otherIndex));
        if (chunk !== undefined) {
          if (!canceled(byobIndex)) bytes.readableByteStreamControllerRespondWithNewView(controllerOf(byobIndex), chunk);
          if (!canceled(otherIndex) && controllerOf(otherIndex).pendingPullIntos.length > 0) {
            bytes.readableByteStreamControllerRespond(controllerOf(otherIndex), 0);
          }
        }
        if (!canceled(byobIndex) || !canceled(otherIndex)) tee.cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
  }

  function pull(index) {
    if (reading) {
      if (index === 0) readAgainForBranch1 = true;
      else readAgainForBranch2 = true;
      return resolvedUndefined();
    }
    reading = true;
    const request = bytes.readableByteStreamControllerGetBYOBRequest(controllerOf(index));
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, index);
    return resolvedUndefined();
  }

  branches.push(createReadableByteStream(() => undefined, () => pull(0), tee.cancel1));
  branches.push(createReadableByteStream(() => undefined, () => pull(1), tee.cancel2));
  forwardReaderError(reader);
  return branches;
}

// The options of pipeTo and pipeThrough.
function pipeOptions(options) {
  const { preventAbort, preventCancel, preventClose, signal } = dictionaryArgument(options, 'options');
  const { AbortSignal } = require('internal/abort_controller');
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  return { preventAbort: !!preventAbort, preventCancel: !!preventCancel, preventClose: !!preventClose, signal };
}

function pipeTo(source, destination, options) {
  if (!isType(source, 'ReadableStream')) return rejectedHandled(invalidThis('ReadableStream'));
  if (!isType(destination, 'WritableStream')) {
    return rejectedHandled(invalidArgType('transform.writable', 'an instance of WritableStream', destination));
  }
  let parsed;
  try {
    parsed = pipeOptions(options);
  } catch (error) {
    return rejectedHandled(error);
  }
  if (isReadableStreamLocked(source[kState])) return rejectedHandled(invalidState('The ReadableStream is locked'));
  if (destination[kState].writer !== undefined) return rejectedHandled(invalidState('The WritableStream is locked'));
  return readableStreamPipeTo(source, destination, parsed);
}

function pipeThrough(source, transform, options) {
  slotsOf(source, 'ReadableStream');
  const readableSide = transform?.readable;
  if (!isType(readableSide, 'ReadableStream')) {
    throw invalidArgType('transform.readable', 'an instance of ReadableStream', readableSide);
  }
  const writableSide = transform.writable;
  if (!isType(writableSide, 'WritableStream')) {
    throw invalidArgType('transform.writable', 'an instance of WritableStream', writableSide);
  }
  const parsed = pipeOptions(options);
  if (isReadableStreamLocked(source[kState])) throw invalidState('The ReadableStream is locked');
  if (writableSide[kState].writer !== undefined) throw invalidState('The WritableStream is locked');
  setHandled(readableStreamPipeTo(source, writableSide, parsed));
  return readableSide;
}

// ReadableStreamPipeTo ( source, dest, preventClose, preventAbort, preventCancel, signal ) —
// https://streams.spec.whatwg.org/#readable-stream-pipe-to: chunks are read while the
// destination is ready; errors and closing propagate both ways unless prevented; shutting
// down waits for the writes already started.
function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = acquireDefaultReader(source);
  const writer = dest.getWriter();
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolvedUndefined();
  const result = deferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    writable.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return uponPromise(oldCurrentWrite, () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  const destWritableAndOpen = () => dest[kState].state === 'writable' && !writable.writableStreamCloseQueuedOrInFlight(dest);

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => uponPromise(action(), () => finalize(originalIsError, originalError),
      (newError) => finalize(true, newError));
    if (destWritableAndOpen()) uponPromise(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritableAndOpen()) uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    else finalize(isError, error);
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? writable.writableStreamAbort(dest, error) : resolvedUndefined()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : resolvedUndefined()));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm);
  }

  // One read and write; resolves to whether the pipe is done.
  function pipeStep() {
    if (shuttingDown) return PromiseResolve(true);
    return uponPromise(writer[kState].ready.promise, () => {
      if (shuttingDown) return true;
      const step = deferred();
      readableStreamDefaultReaderRead(reader, {
        chunkSteps: (chunk) => {
          currentWrite = uponPromise(writable.writableStreamDefaultWriterWrite(writer, chunk), undefined, () => {});
          step.resolve(false);
        },
        closeSteps: () => step.resolve(true),
        errorSteps: (error) => step.reject(error),
      });
      return step.promise;
    });
  }

  function pipeLoop() {
    const loop = deferred();
    const next = (done) => {
      if (done) loop.resolve(undefined);
      else uponPromise(pipeStep(), next, loop.reject);
    };
    next(false);
    return loop.promise;
  }

  // Errors go forward, then backward; closing goes forward, then backward.
  const sourceSlots = source[kState];
  const readerClosed = readerSlotsOf(reader).closed.promise;
  const onSourceError = (error) => {
    if (!preventAbort) shutdownWithAnAction(() => writable.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  };
  if (sourceSlots.state === 'errored') onSourceError(sourceSlots.storedError);
  else uponPromise(readerClosed, undefined, onSourceError);

  const onDestError = (error) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  if (dest[kState].state === 'errored') onDestError(dest[kState].storedError);
  else uponPromise(writer[kState].closed.promise, undefined, onDestError);

  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAnAction(() => writable.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  };
  if (sourceSlots.state === 'closed') onSourceClosed();
  else uponPromise(readerClosed, onSourceClosed, () => {});

  if (writable.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = invalidState('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  setHandled(pipeLoop());
  return result.promise;
}

// The async iterator of values() and [Symbol.asyncIterator] (WebIDL's asynchronous iterator
// over a default reader): next() calls run one after another; return() cancels the stream
// unless preventCancel.
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const kIterator = Symbol('kIterator');

function iteratorState(iterator) {
  const state = iterator?.[kIterator];
  if (state === undefined) throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ReadableStreamAsyncIterator');
  return state;
}

// Runs `steps` after the iterator's previous next() or return() settled.
function chain(state, steps) {
  const run = () => steps();
  const ongoing = state.ongoing === undefined ? run() : uponPromise(state.ongoing, run, run);
  state.ongoing = ongoing;
  const clear = () => {
    if (state.ongoing === ongoing) state.ongoing = undefined;
  };
  uponPromise(ongoing, clear, clear);
  return ongoing;
}

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    enumerable: true, configurable: true, writable: true,
    value: function next() {
      let state;
      try {
        state = iteratorState(this);
      } catch (error) {
        return rejectedHandled(error);
      }
      return chain(state, () => {
        if (state.finished) return PromiseResolve({ done: true, value: undefined });
        const step = deferred();
        const finish = () => {
          state.finished = true;
          readableStreamDefaultReaderRelease(state.reader);
        };
        readableStreamDefaultReaderRead(state.reader, {
          chunkSteps: (chunk) => step.resolve({ value: chunk, done: false }),
          closeSteps: () => {
            finish();
            step.resolve({ done: true, value: undefined });
          },
          errorSteps: (error) => {
            finish();
            step.reject(error);
          },
        });
        return step.promise;
      });
    },
  },
  return: {
    enumerable: true, configurable: true, writable: true,
    value: function (value = undefined) {
      let state;
      try {
        state = iteratorState(this);
      } catch (error) {
        return rejectedHandled(error);
      }
      return chain(state, () => {
        if (state.finished) return PromiseResolve({ done: true, value });
        state.finished = true;
        const reader = state.reader;
        if (!state.preventCancel) {
          const canceled = readable.readableStreamGenericReaderCancel(reader, value);
          readableStreamDefaultReaderRelease(reader);
          return uponPromise(canceled, () => ({ done: true, value }));
        }
        readableStreamDefaultReaderRelease(reader);
        return PromiseResolve({ done: true, value });
      });
    },
  },
});

function readableStreamValues(stream, options) {
  const { preventCancel } = dictionaryArgument(options, 'options');
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  Object.defineProperty(iterator, kIterator, {
    value: { reader: acquireDefaultReader(stream), preventCancel: !!preventCancel, finished: false, ongoing: undefined },
  });
  return iterator;
}

// ReadableStreamFromIterable ( asyncIterable ) — https://streams.spec.whatwg.org/#readable-stream-from-iterable
function readableStreamFromIterable(iterable) {
  // GetIterator ( obj, async ): null and undefined fail to have properties, a method that is
  // not callable is a TypeError, no method at all is ERR_ARG_NOT_ITERABLE.
  let method = iterable[Symbol.asyncIterator];
  let sync = false;
  if (method == null) {
    method = iterable[Symbol.iterator];
    sync = true;
    if (method == null) throw codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${String(iterable)} must be iterable`);
  }
  if (typeof method !== 'function') throw new TypeError(`${String(method)} is not a function`);
  const iterator = Reflect.apply(method, iterable, []);
  if (iterator === null || typeof iterator !== 'object') throw invalidArgType('iterator', 'of type object', iterator);
  const nextMethod = iterator.next;
  let stream;
  const controllerOf = () => stream[kState].controller[kState];
  // A sync iterator's values are awaited, as CreateAsyncFromSyncIterator does.
  const settle = (result) => (sync && result !== null && typeof result === 'object'
    ? uponPromise(PromiseResolve(result.value), (value) => ({ done: result.done, value }))
    : result);
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = settle(Reflect.apply(nextMethod, iterator, []));
    } catch (error) {
      return rejectedHandled(error);
    }
    return uponPromise(PromiseResolve(nextResult), (result) => {
      if (result === null || typeof result !== 'object') {
        throw invalidArgType('iterator result', 'of type object', result);
      }
      if (result.done) readableStreamDefaultControllerClose(controllerOf());
      else readableStreamDefaultControllerEnqueue(controllerOf(), result.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod == null) return resolvedUndefined();
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (error) {
      return rejectedHandled(error);
    }
    return uponPromise(PromiseResolve(returnResult), (result) => {
      if (result === null || typeof result !== 'object') throw invalidArgType('iterator result', 'of type object', result);
    });
  };
  stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = { readableStreamTee, pipeTo, pipeThrough, readableStreamValues, readableStreamFromIterable };
