// TransformStream: transform/flush/start, enqueueing several chunks per input, the default
// identity transform, backpressure between the sides, terminate(), error() and thrown errors,
// strategies of both sides, and the errors of misuse.
const log = (...args) => console.log(...args);

async function readAll(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return chunks;
}

(async () => {
  const calls = [];
  const doubler = new TransformStream({
    start(controller) { calls.push(`start ${controller.desiredSize}`); },
    transform(chunk, controller) {
      calls.push(`transform ${chunk}`);
      controller.enqueue(chunk);
      controller.enqueue(chunk.toUpperCase());
    },
    flush(controller) { calls.push('flush'); controller.enqueue('end'); },
  });
  log(doubler);
  const writer = doubler.writable.getWriter();
  writer.write('a');
  writer.write('b');
  writer.close();
  log(await readAll(doubler.readable), calls.join());

  // No transformer: chunks pass through.
  const identity = new TransformStream();
  const identityWriter = identity.writable.getWriter();
  identityWriter.write(1);
  identityWriter.write({ two: 2 });
  identityWriter.close();
  log('identity', await readAll(identity.readable));

  // Backpressure: with nobody reading, the writable side's desiredSize falls and ready waits.
  const slow = new TransformStream({}, { highWaterMark: 1 }, { highWaterMark: 0 });
  const slowWriter = slow.writable.getWriter();
  log('desired before', slowWriter.desiredSize);
  slowWriter.write('x');
  await new Promise((resolve) => setTimeout(resolve, 0));
  log('desired while blocked', slowWriter.desiredSize);
  const slowReader = slow.readable.getReader();
  log('read', await slowReader.read());
  await slowWriter.ready;
  log('desired after read', slowWriter.desiredSize);

  // terminate() closes the readable side and errors the writable side.
  const terminating = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      if (chunk === 'stop') controller.terminate();
    },
  });
  const terminatingWriter = terminating.writable.getWriter();
  terminatingWriter.write('go');
  terminatingWriter.write('stop');
  log('terminated output', await readAll(terminating.readable));
  await terminatingWriter.write('more').catch((error) => log('write after terminate', error.name, error.code));

  // A transform that throws errors both sides.
  const throwing = new TransformStream({ transform() { throw new Error('cannot transform'); } });
  const throwingWriter = throwing.writable.getWriter();
  const throwingRead = throwing.readable.getReader().read();
  await throwingWriter.write('x').catch((error) => log('write rejects', error.message));
  await throwingRead.catch((error) => log('read rejects', error.message));

  // controller.error() and a flush that rejects.
  const erroring = new TransformStream({ start(controller) { controller.error(new Error('early')); } });
  await erroring.writable.getWriter().closed.catch((error) => log('errored at start', error.message));
  const flushFails = new TransformStream({ flush() { return Promise.reject(new Error('flush failed')); } });
  const flushWriter = flushFails.writable.getWriter();
  await flushWriter.close().catch((error) => log('close rejects', error.message));
  await readAll(flushFails.readable).catch((error) => log('readable errors', error.message));

  // Canceling the readable side errors the writable side; aborting the writable errors the readable.
  const canceled = new TransformStream();
  await canceled.readable.cancel('not needed');
  await canceled.writable.getWriter().write('x').catch((error) => log('write after cancel', error));
  const aborted = new TransformStream();
  await aborted.writable.abort('abandoned');
  await aborted.readable.getReader().read().catch((error) => log('read after abort', error));

  // transformer.cancel: called once, by a cancel of the readable side or an abort of the writable one.
  const withCancel = new TransformStream({ cancel(reason) { log('transformer.cancel', reason); } });
  await withCancel.readable.cancel('reader gave up');
  await withCancel.writable.getWriter().closed.catch((error) => log('writable errored with', error));
  const abortedWithCancel = new TransformStream({ cancel(reason) { log('transformer.cancel on abort', reason); } });
  await abortedWithCancel.writable.abort('writer gave up');
  await abortedWithCancel.readable.getReader().closed.catch((error) => log('readable errored with', error));
  const cancelFails = new TransformStream({ cancel() { throw new Error('cancel failed'); } });
  await cancelFails.readable.cancel('x').catch((error) => log('cancel rejects', error.message));
  const closedFirst = new TransformStream({ cancel() { log('never: closed first'); } });
  const closedReader = closedFirst.readable.getReader();
  await closedFirst.writable.close();
  await closedReader.cancel('after close');

  // Strategies and sizes on both sides.
  const sized = new TransformStream({}, { highWaterMark: 10, size: (chunk) => chunk.length }, new CountQueuingStrategy({ highWaterMark: 3 }));
  const sizedWriter = sized.writable.getWriter();
  log('sized desired', sizedWriter.desiredSize);
  for (const [label, fn] of [['readableType', () => new TransformStream({ readableType: 'bytes' })],
    ['writableType', () => new TransformStream({ writableType: 'bytes' })], ['bad transform', () => new TransformStream({ transform: 1 })],
    ['bad flush', () => new TransformStream({ flush: 'x' })], ['bad transformer', () => new TransformStream(7)],
    ['controller ctor', () => new TransformStreamDefaultController()], ['bad hwm', () => new TransformStream({}, { highWaterMark: NaN })]]) {
    try { fn(); log(label, 'ok'); } catch (error) { log(label, error.name, error.code); }
  }
})();
