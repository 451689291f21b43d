'use strict';
// Readable byte streams: ReadableByteStreamController, ReadableStreamBYOBRequest and
// ReadableStreamBYOBReader, and their abstract operations —
// https://streams.spec.whatwg.org/#rbs-controller-class. Chunks move between the source and the
// reader by transferring their ArrayBuffers, so neither side keeps a view of the other's bytes.

const {
  kState, setSlots, isType, slotsOf, invalidThis, invalidState, invalidArgType, invalidArgValue, codedError, deferred, uponPromise,
  rejectedHandled, PromiseResolve, promiseCall, functionMember, startMember, resetQueue, defineInspect, defineInterface,
} = require('internal/webstreams/util');
const {
  isReadableStreamLocked, readableStreamClose, readableStreamError, readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests, readableStreamHasDefaultReader, readerSlotsOf, readableStreamReaderGenericInitialize,
  readableStreamReaderGenericRelease, readableStreamGenericReaderCancel,
} = require('internal/webstreams/readable_stream');

const isDetached = (buffer) => buffer.detached;
// TransferArrayBuffer ( O ): the bytes move to a new ArrayBuffer; O is detached.
const transferArrayBuffer = (buffer) => buffer.transfer();

function detachedError() {
  return invalidState('The ArrayBuffer is detached');
}

// ReadableByteStreamController slots: stream, queue (of { buffer, byteOffset, byteLength }),
// queueTotalSize, started, closeRequested, pullAgain, pulling, strategyHWM, pullAlgorithm,
// cancelAlgorithm, autoAllocateChunkSize, pendingPullIntos, byobRequest, and the steps the
// stream and readers call. A pull-into descriptor: { buffer, bufferByteLength, byteOffset,
// byteLength, bytesFilled, elementSize, viewConstructor, readerType }.
class ReadableByteStreamController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get byobRequest() {
    return getBYOBRequest(slotsOf(this, 'ReadableByteStreamController'));
  }

  get desiredSize() {
    return getDesiredSize(slotsOf(this, 'ReadableByteStreamController'));
  }

  close() {
    const controller = slotsOf(this, 'ReadableByteStreamController');
    if (controller.closeRequested) throw invalidState('Controller is already closed');
    if (slotsOf(controller.stream, 'ReadableStream').state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(controller);
  }

  enqueue(chunk) {
    const controller = slotsOf(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw invalidArgType('chunk', 'an instance of ArrayBufferView', chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    if (controller.closeRequested) throw invalidState('Controller is already closed');
    if (slotsOf(controller.stream, 'ReadableStream').state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    readableByteStreamControllerError(slotsOf(this, 'ReadableByteStreamController'), error);
  }
}

// ReadableStreamBYOBRequest slots: controller (slots), view.
class ReadableStreamBYOBRequest {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get view() {
    return slotsOf(this, 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const request = slotsOf(this, 'ReadableStreamBYOBRequest');
    bytesWritten = enforceRange(bytesWritten, 'bytesWritten');
    if (request.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(request.view.buffer)) throw detachedError();
    respond(request.controller, bytesWritten);
  }

  respondWithNewView(view) {
    const request = slotsOf(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) throw invalidArgType('view', 'an instance of ArrayBufferView', view);
    if (request.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw detachedError();
    respondWithNewView(request.controller, view);
  }
}

// WebIDL [EnforceRange] unsigned long long.
function enforceRange(value, name) {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > Number.MAX_SAFE_INTEGER) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${value}`);
  }
  return Math.trunc(number);
}

// ReadableByteStreamControllerGetBYOBRequest ( controller )
function getBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    const request = Object.create(ReadableStreamBYOBRequest.prototype);
    setSlots(request, 'ReadableStreamBYOBRequest', {
      controller,
      view: new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled),
    });
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

// ReadableByteStreamControllerGetDesiredSize ( controller )
function getDesiredSize(controller) {
  const { state } = slotsOf(controller.stream, 'ReadableStream');
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

// ReadableByteStreamControllerCallPullIfNeeded ( controller )
function callPullIfNeeded(controller) {
  if (!shouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  uponPromise(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      callPullIfNeeded(controller);
    }
  }, (error) => readableByteStreamControllerError(controller, error));
}

// ReadableByteStreamControllerShouldCallPull ( controller )
function shouldCallPull(controller) {
  const stream = controller.stream;
  if (slotsOf(stream, 'ReadableStream').state !== 'readable' || controller.closeRequested || !controller.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return getDesiredSize(controller) > 0;
}

function clearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

// ReadableByteStreamControllerClose ( controller )
function readableByteStreamControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || slotsOf(stream, 'ReadableStream').state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  clearAlgorithms(controller);
  readableStreamClose(stream);
}

// ReadableByteStreamControllerCommitPullIntoDescriptor ( stream, pullIntoDescriptor )
function commitPullIntoDescriptor(stream, descriptor) {
  const done = slotsOf(stream, 'ReadableStream').state === 'closed';
  const filledView = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

// ReadableByteStreamControllerConvertPullIntoDescriptor ( pullIntoDescriptor )
function convertPullIntoDescriptor(descriptor) {
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new descriptor.viewConstructor(buffer, descriptor.byteOffset, descriptor.bytesFilled / descriptor.elementSize);
}

// ReadableByteStreamControllerEnqueue ( controller, chunk ) — https://streams.spec.whatwg.org/#readable-byte-stream-controller-enqueue
function readableByteStreamControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || slotsOf(stream, 'ReadableStream').state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw detachedError();
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw detachedError();
    invalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) controller.pendingPullIntos.shift();
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    processPullIntoDescriptorsUsingQueue(controller);
  } else {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  callPullIfNeeded(controller);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  enqueueChunkToQueue(controller, clone, 0, byteLength);
}

// A pull-into whose reader was released: what it has goes to the queue.
function enqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
  }
  controller.pendingPullIntos.shift();
}

// ReadableByteStreamControllerError ( controller, e )
function readableByteStreamControllerError(controller, error) {
  const stream = controller.stream;
  if (slotsOf(stream, 'ReadableStream').state !== 'readable') return;
  clearPendingPullIntos(controller);
  resetQueue(controller);
  clearAlgorithms(controller);
  readableStreamError(stream, error);
}

// ReadableByteStreamControllerFillPullIntoDescriptorFromQueue ( controller, pullIntoDescriptor ):
// whether the descriptor now holds a whole number of elements more than before.
function fillPullIntoDescriptorFromQueue(controller, descriptor) {
  const { elementSize } = descriptor;
  const currentAlignedBytes = descriptor.bytesFilled - (descriptor.bytesFilled % elementSize);
  const maxBytesToCopy = Math.min(controller.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % elementSize);
  let remaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes > currentAlignedBytes) {
    remaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = controller.queue[0];
    const count = Math.min(remaining, head.byteLength);
    const destinationStart = descriptor.byteOffset + descriptor.bytesFilled;
    new Uint8Array(descriptor.buffer, destinationStart, count).set(new Uint8Array(head.buffer, head.byteOffset, count));
    if (head.byteLength === count) {
      controller.queue.shift();
    } else {
      head.byteOffset += count;
      head.byteLength -= count;
    }
    controller.queueTotalSize -= count;
    descriptor.bytesFilled += count;
    remaining -= count;
  }
  return ready;
}

// ReadableByteStreamControllerFillReadRequestFromQueue ( controller, readRequest )
function fillReadRequestFromQueue(controller, readRequest) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function handleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    clearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    callPullIfNeeded(controller);
  }
}

function invalidateBYOBRequest(controller) {
  if (controller.byobRequest === null) return;
  const request = controller.byobRequest[kState];
  request.controller = undefined;
  request.view = null;
  controller.byobRequest = null;
}

function processPullIntoDescriptorsUsingQueue(controller) {
  while (controller.pendingPullIntos.length > 0 && controller.queueTotalSize > 0) {
    const descriptor = controller.pendingPullIntos[0];
    if (!fillPullIntoDescriptorFromQueue(controller, descriptor)) continue;
    controller.pendingPullIntos.shift();
    commitPullIntoDescriptor(controller.stream, descriptor);
  }
}

function processReadRequestsUsingQueue(controller) {
  const readerSlots = readerSlotsOf(slotsOf(controller.stream, 'ReadableStream').reader);
  while (readerSlots.readRequests.length > 0 && controller.queueTotalSize > 0) {
    fillReadRequestFromQueue(controller, readerSlots.readRequests.shift());
  }
}

// ReadableByteStreamControllerPullInto ( controller, view, readIntoRequest ) — https://streams.spec.whatwg.org/#readable-byte-stream-controller-pull-into
function pullInto(controller, view, readIntoRequest) {
  const stream = controller.stream;
  const viewConstructor = view instanceof DataView ? DataView : view.constructor;
  const elementSize = view instanceof DataView ? 1 : view.BYTES_PER_ELEMENT;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.errorSteps(error);
    return;
  }
  const descriptor = { buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength,
    bytesFilled: 0, elementSize, viewConstructor, readerType: 'byob' };
  const readerSlots = readerSlotsOf(slotsOf(stream, 'ReadableStream').reader);
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(descriptor);
    readerSlots.readIntoRequests.push(readIntoRequest);
    return;
  }
  if (slotsOf(stream, 'ReadableStream').state === 'closed') {
    readIntoRequest.closeSteps(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = convertPullIntoDescriptor(descriptor);
      handleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (controller.closeRequested) {
      const error = invalidState('Partial read');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.errorSteps(error);
      return;
    }
  }
  controller.pendingPullIntos.push(descriptor);
  readerSlots.readIntoRequests.push(readIntoRequest);
  callPullIfNeeded(controller);
}

// ReadableByteStreamControllerRespond ( controller, bytesWritten )
function respond(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  if (slotsOf(controller.stream, 'ReadableStream').state === 'closed') {
    if (bytesWritten !== 0) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'bytesWritten must be 0 when the stream is closed');
  } else {
    if (bytesWritten === 0) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'bytesWritten must be more than 0');
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The argument 'bytesWritten' is invalid. Received ${bytesWritten}`);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  respondInternal(controller, bytesWritten);
}

function respondInClosedState(controller, first) {
  if (first.readerType === 'none') controller.pendingPullIntos.shift();
  const stream = controller.stream;
  if (!readableStreamHasBYOBReader(stream)) return;
  while (readableStreamGetNumReadIntoRequests(stream) > 0) commitPullIntoDescriptor(stream, controller.pendingPullIntos.shift());
}

function respondInReadableState(controller, bytesWritten, descriptor) {
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, descriptor);
    processPullIntoDescriptorsUsingQueue(controller);
    return;
  }
  if (descriptor.bytesFilled < descriptor.elementSize) return;
  controller.pendingPullIntos.shift();
  const remainder = descriptor.bytesFilled % descriptor.elementSize;
  if (remainder > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    enqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainder, remainder);
  }
  descriptor.bytesFilled -= remainder;
  commitPullIntoDescriptor(controller.stream, descriptor);
  processPullIntoDescriptorsUsingQueue(controller);
}

function respondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  invalidateBYOBRequest(controller);
  if (slotsOf(controller.stream, 'ReadableStream').state === 'closed') respondInClosedState(controller, first);
  else respondInReadableState(controller, bytesWritten, first);
  callPullIfNeeded(controller);
}

// ReadableByteStreamControllerRespondWithNewView ( controller, view )
function respondWithNewView(controller, view) {
  const first = controller.pendingPullIntos[0];
  if (slotsOf(controller.stream, 'ReadableStream').state === 'closed') {
    if (view.byteLength !== 0) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The view must be empty when the stream is closed');
  } else if (view.byteLength === 0) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The view must not be empty');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', 'The view has an invalid byte offset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', 'The view has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', 'The view is too large');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  respondInternal(controller, viewByteLength);
}

// SetUpReadableByteStreamController ( stream, controller, startAlgorithm, pullAlgorithm,
// cancelAlgorithm, highWaterMark, autoAllocateChunkSize ) — https://streams.spec.whatwg.org/#set-up-readable-byte-stream-controller
function setUpReadableByteStreamController(stream, controllerObject, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, autoAllocateChunkSize) {
  const controller = setSlots(controllerObject, 'ReadableByteStreamController', {
    stream, queue: [], queueTotalSize: 0, started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm, autoAllocateChunkSize, pendingPullIntos: [],
    byobRequest: null,
    // [[CancelSteps]] ( reason )
    cancelSteps(reason) {
      clearPendingPullIntos(controller);
      resetQueue(controller);
      const result = controller.cancelAlgorithm(reason);
      clearAlgorithms(controller);
      return result;
    },
    // [[PullSteps]] ( readRequest )
    pullSteps(readRequest) {
      if (controller.queueTotalSize > 0) {
        fillReadRequestFromQueue(controller, readRequest);
        return;
      }
      const size = controller.autoAllocateChunkSize;
      if (size !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(size);
        } catch (error) {
          readRequest.errorSteps(error);
          return;
        }
        controller.pendingPullIntos.push({ buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
          elementSize: 1, viewConstructor: Uint8Array, readerType: 'default' });
      }
      readerSlotsOf(slotsOf(stream, 'ReadableStream').reader).readRequests.push(readRequest);
      callPullIfNeeded(controller);
    },
    // [[ReleaseSteps]] ( )
    releaseSteps() {
      if (controller.pendingPullIntos.length === 0) return;
      const first = controller.pendingPullIntos[0];
      first.readerType = 'none';
      controller.pendingPullIntos = [first];
    },
  });
  slotsOf(stream, 'ReadableStream').controller = controllerObject;
  uponPromise(PromiseResolve(startAlgorithm()), () => {
    controller.started = true;
    callPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

// SetUpReadableByteStreamControllerFromUnderlyingSource ( stream, underlyingSource,
// underlyingSourceDict, highWaterMark )
function setUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const start = startMember(source, 'source');
  const pull = functionMember(source, 'pull', 'source');
  const cancel = functionMember(source, 'cancel', 'source');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = enforceRange(autoAllocateChunkSize, 'source.autoAllocateChunkSize');
    if (autoAllocateChunkSize === 0) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The property \'source.autoAllocateChunkSize\' is invalid. Received 0');
    }
  }
  setUpReadableByteStreamController(stream, controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => (pull === undefined ? PromiseResolve(undefined) : promiseCall(pull, source, controller)),
    (reason) => (cancel === undefined ? PromiseResolve(undefined) : promiseCall(cancel, source, reason)),
    highWaterMark, autoAllocateChunkSize);
}

// ReadableStreamBYOBReader slots: stream, closed, readIntoRequests (each { chunkSteps,
// closeSteps, errorSteps }).
class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isType(stream, 'ReadableStream')) throw invalidArgType('stream', 'an instance of ReadableStream', stream);
    const streamSlots = slotsOf(stream, 'ReadableStream');
    if (isReadableStreamLocked(streamSlots)) throw invalidState('ReadableStream is locked');
    if (!isType(streamSlots.controller, 'ReadableByteStreamController')) {
      throw invalidArgValue('stream', stream, 'must be a byte stream');
    }
    const slots = setSlots(this, 'ReadableStreamBYOBReader', { stream: undefined, closed: undefined, readIntoRequests: [] });
    readableStreamReaderGenericInitialize(this, slots, stream);
  }

  read(view) {
    if (!isType(this, 'ReadableStreamBYOBReader')) return rejectedHandled(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) return rejectedHandled(invalidArgType('view', 'an instance of ArrayBufferView', view));
    if (view.byteLength === 0) {
      return rejectedHandled(codedError(TypeError, 'ERR_INVALID_STATE', 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return rejectedHandled(codedError(TypeError, 'ERR_INVALID_STATE', 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (this[kState].stream === undefined) return rejectedHandled(invalidState('The reader is not attached to a stream'));
    const result = deferred();
    readableStreamBYOBReaderRead(this, view, {
      chunkSteps: (chunk) => result.resolve({ value: chunk, done: false }),
      closeSteps: (chunk) => result.resolve({ value: chunk, done: true }),
      errorSteps: (error) => result.reject(error),
    });
    return result.promise;
  }

  releaseLock() {
    const slots = slotsOf(this, 'ReadableStreamBYOBReader');
    if (slots.stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isType(this, 'ReadableStreamBYOBReader')) return rejectedHandled(invalidThis('ReadableStreamBYOBReader'));
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isType(this, 'ReadableStreamBYOBReader')) return rejectedHandled(invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) return rejectedHandled(invalidState('The reader is not attached to a stream'));
    return readableStreamGenericReaderCancel(this, reason);
  }
}

// ReadableStreamBYOBReaderRelease ( reader )
function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Reader released'));
}

// ReadableStreamBYOBReaderRead ( reader, view, readIntoRequest )
function readableStreamBYOBReaderRead(reader, view, readIntoRequest) {
  const streamSlots = slotsOf(reader[kState].stream, 'ReadableStream');
  streamSlots.disturbed = true;
  if (streamSlots.state === 'errored') readIntoRequest.errorSteps(streamSlots.storedError);
  else pullInto(streamSlots.controller[kState], view, readIntoRequest);
}

// ReadableStreamBYOBReaderErrorReadIntoRequests ( reader, e )
function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const slots = reader[kState];
  const requests = slots.readIntoRequests;
  slots.readIntoRequests = [];
  for (const request of requests) request.errorSteps(error);
}

// ReadableStreamFulfillReadIntoRequest ( stream, chunk, done )
function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = slotsOf(stream, 'ReadableStream').reader[kState].readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

const readableStreamGetNumReadIntoRequests = (stream) => slotsOf(stream, 'ReadableStream').reader[kState].readIntoRequests.length;
const readableStreamHasBYOBReader = (stream) => isType(slotsOf(stream, 'ReadableStream').reader, 'ReadableStreamBYOBReader');

for (const Class of [ReadableByteStreamController, ReadableStreamBYOBRequest, ReadableStreamBYOBReader]) defineInterface(Class);
defineInspect(ReadableStreamBYOBReader, (reader) => {
  const slots = reader[kState];
  return { stream: slots.stream, readIntoRequests: slots.readIntoRequests.length, close: slots.closed.promise };
});
defineInspect(ReadableStreamBYOBRequest, (request) => {
  const { view, controller } = request[kState];
  return { view, controller: controller && controller.stream[kState].controller };
});

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  ReadableStreamBYOBReader,
  setUpReadableByteStreamController,
  setUpReadableByteStreamControllerFromUnderlyingSource,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableByteStreamControllerGetBYOBRequest: getBYOBRequest,
  readableByteStreamControllerRespond: respond,
  readableByteStreamControllerRespondWithNewView: respondWithNewView,
  readableStreamBYOBReaderRead,
  readableStreamBYOBReaderRelease,
  readableStreamBYOBReaderErrorReadIntoRequests,
};
