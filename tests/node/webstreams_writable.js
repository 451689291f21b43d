// WritableStream: the sink's start/write/close/abort calls in order, the writer's desiredSize
// and ready under backpressure, close and abort (with the controller's signal), errors from the
// sink, controller.error(), releaseLock, and the errors of misuse.
const log = (...args) => console.log(...args);

(async () => {
  const calls = [];
  let release;
  const stream = new WritableStream({
    start(controller) { calls.push('start'); log('signal', controller.signal.aborted); },
    write(chunk) {
      calls.push(`write ${chunk}`);
      return new Promise((resolve) => { release = resolve; });
    },
    close() { calls.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  log(stream);
  const writer = stream.getWriter();
  log('locked', stream.locked, 'desiredSize', writer.desiredSize);
  const first = writer.write('a');
  const second = writer.write('b');
  log('desiredSize after two writes', writer.desiredSize);
  const third = writer.write('c');
  log('desiredSize after three', writer.desiredSize);
  let readyResolved = false;
  writer.ready.then(() => { readyResolved = true; });
  await new Promise((resolve) => setTimeout(resolve, 10));
  log(calls.join(), 'ready resolved', readyResolved);
  release();
  await first;
  await new Promise((resolve) => setTimeout(resolve, 0));
  log('after first write', calls.join(), writer.desiredSize, readyResolved);
  release();
  await second;
  await new Promise((resolve) => setTimeout(resolve, 0));
  release();
  await third;
  const closed = writer.close();
  await closed;
  log('closed', calls.join(), await writer.closed, writer.desiredSize, stream);

  // abort() rejects queued writes, signals the sink, and calls abort(reason).
  const abortCalls = [];
  let controllerSignal;
  const aborting = new WritableStream({
    start(controller) { controllerSignal = controller.signal; controllerSignal.addEventListener('abort', () => abortCalls.push(`signal ${controllerSignal.reason}`)); },
    write(chunk) { abortCalls.push(`write ${chunk}`); return new Promise(() => {}); },
    abort(reason) { abortCalls.push(`abort ${reason}`); },
  });
  const abortWriter = aborting.getWriter();
  await new Promise((resolve) => setTimeout(resolve, 0));
  abortWriter.write(1).catch((error) => log('in-flight write', error));
  abortWriter.write(2).catch((error) => log('queued write', error));
  const abortPromise = abortWriter.abort('stop');
  log('state after abort()', aborting);
  await new Promise((resolve) => setTimeout(resolve, 0));
  log('abort calls', abortCalls.join(), 'abort settled later?');

  // A sink write that fails errors the stream.
  const failing = new WritableStream({ write() { throw new Error('disk full'); } });
  const failingWriter = failing.getWriter();
  await failingWriter.write('x').catch((error) => log('write rejects', error.message));
  await failingWriter.closed.catch((error) => log('closed rejects', error.message));
  await failingWriter.ready.catch((error) => log('ready rejects', error.message));
  log('desiredSize of errored', failingWriter.desiredSize);

  // controller.error() with no write pending.
  let erroring;
  const errored = new WritableStream({ start(controller) { erroring = controller; } });
  const erroredWriter = errored.getWriter();
  await new Promise((resolve) => setTimeout(resolve, 0));
  erroring.error(new Error('told to fail'));
  await erroredWriter.closed.catch((error) => log('controller.error', error.message));

  // releaseLock and the lock.
  const plain = new WritableStream();
  const plainWriter = plain.getWriter();
  try { plain.getWriter(); } catch (error) { log('second writer', error.name, error.code); }
  await plain.close().catch((error) => log('close locked', error.code));
  plainWriter.releaseLock();
  await plainWriter.closed.catch((error) => log('closed after release', error.code));
  try { plainWriter.desiredSize; } catch (error) { log('desiredSize after release', error.code); }
  await plain.close();
  await plain.close().catch((error) => log('close twice', error.name, error.code));
  for (const [label, fn] of [['bad sink', () => new WritableStream(1)], ['sink type', () => new WritableStream({ type: 'bytes' })],
    ['bad write', () => new WritableStream({ write: 1 })], ['writer of non-stream', () => new WritableStreamDefaultWriter({})],
    ['controller ctor', () => new WritableStreamDefaultController()]]) {
    try { fn(); log(label, 'ok'); } catch (error) { log(label, error.name, error.code); }
  }
  await abortPromise.then((value) => log('abort resolved', value));
})();
