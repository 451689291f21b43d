'use strict';
// TransformStream and its controller — https://streams.spec.whatwg.org/#ts: a writable side whose
// chunks go through transform() into a readable side, with backpressure from the readable side
// holding the writes.

const {
  kState, setSlots, slotsOf, invalidState, invalidArgType, codedError, deferred, uponPromise, PromiseResolve, PromiseReject,
  promiseCall, functionMember, startMember, extractHighWaterMark, extractSizeAlgorithm, strategyArgument, defineInspect, defineInterface,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readable_stream');
const writable = require('internal/webstreams/writable_stream');

const readableControllerOf = (stream) => stream[kState].readable[kState].controller[kState];
const writableControllerOf = (stream) => stream[kState].writable[kState].controller[kState];

// TransformStream slots: readable, writable, backpressure, backpressureChangePromise (deferred),
// controller (slots).
class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    const definition = transformer === undefined ? {} : transformer;
    if (definition === null || typeof definition !== 'object') throw invalidArgType('transformer', 'of type object', transformer);
    writableStrategy = strategyArgument(writableStrategy);
    readableStrategy = strategyArgument(readableStrategy);
    for (const name of ['readableType', 'writableType']) {
      if (definition[name] !== undefined) {
        throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'transformer.${name}' is invalid. Received ${definition[name]}`);
      }
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const start = startMember(definition, 'transformer');
    const startPromise = deferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark, readableSize);
    const controller = setUpTransformStreamDefaultControllerFromTransformer(this, definition);
    startPromise.resolve(start === undefined ? undefined : Reflect.apply(start, definition, [controller]));
  }

  get readable() {
    return slotsOf(this, 'TransformStream').readable;
  }

  get writable() {
    return slotsOf(this, 'TransformStream').writable;
  }
}

// InitializeTransformStream ( stream, startPromise, writableHighWaterMark,
// writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm )
function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark,
  readableSize) {
  const slots = setSlots(stream, 'TransformStream', {
    readable: undefined, writable: undefined, backpressure: undefined, backpressureChangePromise: undefined, controller: undefined,
  });
  const startAlgorithm = () => startPromise.promise;
  slots.writable = writable.createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSize);
  slots.readable = readable.createReadableStream(startAlgorithm,
    () => {
      transformStreamSetBackpressure(stream, false);
      return slots.backpressureChangePromise.promise;
    },
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSize);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  readable.readableStreamDefaultControllerError(readableControllerOf(stream), error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  writable.writableStreamDefaultControllerErrorIfNeeded(writableControllerOf(stream), error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const slots = stream[kState];
  if (slots.backpressureChangePromise !== undefined) slots.backpressureChangePromise.resolve(undefined);
  slots.backpressureChangePromise = deferred();
  slots.backpressure = backpressure;
}

// TransformStreamDefaultController slots: stream, transformAlgorithm, flushAlgorithm,
// cancelAlgorithm, finishPromise (a deferred, once closing, aborting or canceling started).
class TransformStreamDefaultController {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get desiredSize() {
    const { stream } = slotsOf(this, 'TransformStreamDefaultController');
    return readable.readableStreamDefaultControllerGetDesiredSize(readableControllerOf(stream));
  }

  enqueue(chunk = undefined) {
    transformStreamDefaultControllerEnqueue(slotsOf(this, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    transformStreamError(slotsOf(this, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    const { stream } = slotsOf(this, 'TransformStreamDefaultController');
    readable.readableStreamDefaultControllerClose(readableControllerOf(stream));
    transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream terminated'));
  }
}

function setUpTransformStreamDefaultController(stream, controllerObject, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  const controller = setSlots(controllerObject, 'TransformStreamDefaultController', {
    stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined,
  });
  stream[kState].controller = controller;
  return controllerObject;
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = Object.create(TransformStreamDefaultController.prototype);
  const transform = functionMember(transformer, 'transform', 'transformer');
  const flush = functionMember(transformer, 'flush', 'transformer');
  const cancel = functionMember(transformer, 'cancel', 'transformer');
  const transformAlgorithm = transform !== undefined
    ? (chunk) => promiseCall(transform, transformer, chunk, controller)
    : (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller[kState], chunk);
        return PromiseResolve(undefined);
      } catch (error) {
        return PromiseReject(error);
      }
    };
  const flushAlgorithm = flush !== undefined ? () => promiseCall(flush, transformer, controller) : () => PromiseResolve(undefined);
  const cancelAlgorithm = cancel !== undefined ? (reason) => promiseCall(cancel, transformer, reason) : () => PromiseResolve(undefined);
  return setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function clearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

// TransformStreamDefaultControllerEnqueue ( controller, chunk ) — https://streams.spec.whatwg.org/#transform-stream-default-controller-enqueue
function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = readableControllerOf(stream);
  if (!readable.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readable.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = readable.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  return uponPromise(controller.transformAlgorithm(chunk), undefined, (reason) => {
    transformStreamError(controller.stream, reason);
    throw reason;
  });
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const slots = stream[kState];
  const controller = slots.controller;
  if (!slots.backpressure) return transformStreamDefaultControllerPerformTransform(controller, chunk);
  return uponPromise(slots.backpressureChangePromise.promise, () => {
    const writableSlots = slots.writable[kState];
    if (writableSlots.state === 'erroring') throw writableSlots.storedError;
    return transformStreamDefaultControllerPerformTransform(controller, chunk);
  });
}

// The end of the writable side, however it comes (close, abort, or cancel of the readable
// side), runs once: `algorithm` (flush or cancel) settles the other side.
function finishOnce(stream, algorithm, onFulfilled, onRejected) {
  const controller = stream[kState].controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const finish = controller.finishPromise = deferred();
  const result = algorithm(controller);
  clearAlgorithms(controller);
  uponPromise(result, () => {
    try {
      onFulfilled();
      finish.resolve(undefined);
    } catch (error) {
      finish.reject(error);
    }
  }, (reason) => {
    onRejected(reason);
    finish.reject(reason);
  });
  return finish.promise;
}

// TransformStreamDefaultSinkCloseAlgorithm ( stream ) — https://streams.spec.whatwg.org/#transform-stream-default-sink-close-algorithm
function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const readableSlots = stream[kState].readable[kState];
  return finishOnce(stream, (controller) => controller.flushAlgorithm(), () => {
    if (readableSlots.state === 'errored') throw readableSlots.storedError;
    readable.readableStreamDefaultControllerClose(readableControllerOf(stream));
  }, (reason) => readable.readableStreamDefaultControllerError(readableControllerOf(stream), reason));
}

// TransformStreamDefaultSinkAbortAlgorithm ( stream, reason )
function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const readableSlots = stream[kState].readable[kState];
  return finishOnce(stream, (controller) => controller.cancelAlgorithm(reason), () => {
    if (readableSlots.state === 'errored') throw readableSlots.storedError;
    readable.readableStreamDefaultControllerError(readableControllerOf(stream), reason);
  }, (error) => readable.readableStreamDefaultControllerError(readableControllerOf(stream), error));
}

// TransformStreamDefaultSourceCancelAlgorithm ( stream, reason )
function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const writableSlots = stream[kState].writable[kState];
  return finishOnce(stream, (controller) => controller.cancelAlgorithm(reason), () => {
    if (writableSlots.state === 'errored') throw writableSlots.storedError;
    writable.writableStreamDefaultControllerErrorIfNeeded(writableControllerOf(stream), reason);
    transformStreamUnblockWrite(stream);
  }, (error) => {
    writable.writableStreamDefaultControllerErrorIfNeeded(writableControllerOf(stream), error);
    transformStreamUnblockWrite(stream);
  });
}

for (const Class of [TransformStream, TransformStreamDefaultController]) defineInterface(Class);
defineInspect(TransformStream, (stream) => ({ readable: stream[kState].readable, writable: stream[kState].writable,
  backpressure: stream[kState].backpressure }));
defineInspect(TransformStreamDefaultController, (controller) => ({ stream: controller[kState].stream }));

module.exports = { TransformStream, TransformStreamDefaultController };
