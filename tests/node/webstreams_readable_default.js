// ReadableStream with a default controller: start/pull/cancel calls, desiredSize against the
// high water mark and size(), reading before and after enqueueing, close and error, readers
// (closed, releaseLock, cancel), locked, and the errors of misuse.
const log = (...args) => console.log(...args);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

(async () => {
  let controller;
  const calls = [];
  const stream = new ReadableStream({
    start(c) { controller = c; calls.push(`start desired=${c.desiredSize}`); },
    pull(c) { calls.push(`pull desired=${c.desiredSize}`); },
    cancel(reason) { calls.push(`cancel ${reason}`); return 'ignored'; },
  }, { highWaterMark: 3, size: (chunk) => chunk.length });
  await tick();
  log(calls.join(' | '));
  controller.enqueue('ab');
  log('desiredSize', controller.desiredSize);
  controller.enqueue('cd');
  log('desiredSize', controller.desiredSize, stream.locked);
  const reader = stream.getReader();
  log('locked', stream.locked, reader instanceof ReadableStreamDefaultReader);
  log(await reader.read(), controller.desiredSize);
  log(await reader.read(), controller.desiredSize);
  const pending = reader.read();
  controller.enqueue('late');
  log('pending read', await pending);
  log(calls.join(' | '));
  log('cancel result', await reader.cancel('enough'));
  log(calls.at(-1), await reader.read(), await reader.closed);
  try { controller.enqueue('x'); } catch (error) { log('enqueue after cancel', error.name, error.code, error.message); }

  // close() lets queued chunks be read first.
  const closing = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
  const closingReader = closing.getReader();
  log(await closingReader.read(), await closingReader.read(), await closingReader.read(), await closingReader.read());
  try { closing.getReader(); } catch (error) { log('second reader', error.name, error.code, error.message); }
  closingReader.releaseLock();
  log('released', closing.locked, await closing.getReader().read());

  // error() rejects reads and closed; queued chunks are dropped.
  let errorController;
  const failing = new ReadableStream({ start(c) { errorController = c; c.enqueue('lost'); } });
  const failingReader = failing.getReader();
  errorController.error(new Error('broken'));
  await failingReader.read().catch((error) => log('read rejects', error.message));
  await failingReader.closed.catch((error) => log('closed rejects', error.message));
  log('desiredSize after error', errorController.desiredSize);
  await failing.cancel().catch((error) => log('cancel locked', error.code));
  failingReader.releaseLock();
  await failing.cancel('x').catch((error) => log('cancel errored', error.message));

  // start() and pull() failures, as throws and as rejections.
  for (const source of [{ start() { throw new Error('start throws'); } }, { start() { return Promise.reject(new Error('start rejects')); } },
    { pull() { throw new Error('pull throws'); } }, { pull: () => Promise.reject(new Error('pull rejects')) }]) {
    try {
      const s = new ReadableStream(source);
      await s.getReader().read().catch((error) => log('read', error.message));
    } catch (error) {
      log('constructor', error.message);
    }
  }
  // A size() that throws errors the stream; a bad size is a RangeError.
  const sized = new ReadableStream({ start(c) {
    try { c.enqueue('a'); } catch (error) { log('size throws', error.message); }
  } }, { size() { throw new Error('no size'); } });
  await sized.getReader().closed.catch((error) => log('stream errored by size', error.message));
  new ReadableStream({ start(c) {
    try { c.enqueue('a'); } catch (error) { log('size NaN', error.name, error.code); }
  } }, { size: () => NaN });

  // Releasing a reader with a pending read rejects it.
  const idle = new ReadableStream();
  const idleReader = idle.getReader();
  const waiting = idleReader.read();
  idleReader.releaseLock();
  await waiting.catch((error) => log('pending read on release', error.name, error.code));
  await idleReader.closed.catch((error) => log('closed on release', error.code));
  await idleReader.read().catch((error) => log('read after release', error.code, error.message));
  log(Object.prototype.toString.call(idle), typeof idle.getReader, idle.locked);
  for (const [label, fn] of [['bad mode', () => idle.getReader({ mode: 'x' })], ['bad type', () => new ReadableStream({ type: 'x' })],
    ['bad source', () => new ReadableStream(5)], ['bad hwm', () => new ReadableStream({}, { highWaterMark: -1 })],
    ['bad size', () => new ReadableStream({}, { size: 5 })], ['bad start', () => new ReadableStream({ start: 5 })],
    ['controller ctor', () => new ReadableStreamDefaultController()], ['reader of non-stream', () => new ReadableStreamDefaultReader({})],
    ['brand', () => ReadableStream.prototype.getReader.call({})]]) {
    try { fn(); log(label, 'ok'); } catch (error) { log(label, error.name, error.code); }
  }
})();
