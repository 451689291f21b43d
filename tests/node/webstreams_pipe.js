// pipeTo and pipeThrough: everything arrives in order, close/error/cancel propagate both ways
// unless prevented, an AbortSignal stops the pipe, locks during the pipe, and bad arguments.
const log = (...args) => console.log(...args);

function source(chunks, { error, onCancel } = {}) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (error) controller.error(error);
      else if (error !== null) controller.close();
    },
    cancel(reason) { onCancel?.(reason); },
  });
}

function sink(name, { failOn } = {}) {
  const record = { chunks: [], events: [] };
  record.stream = new WritableStream({
    write(chunk) {
      if (chunk === failOn) throw new Error(`${name} rejects ${chunk}`);
      record.chunks.push(chunk);
    },
    close() { record.events.push('close'); },
    abort(reason) { record.events.push(`abort ${reason?.message ?? reason}`); },
  });
  return record;
}

(async () => {
  const plain = sink('plain');
  const piping = source([1, 2, 3]).pipeTo(plain.stream);
  log('locked during pipe', plain.stream.locked);
  log('pipeTo', await piping, plain.chunks, plain.events);

  const kept = sink('kept');
  await source(['a']).pipeTo(kept.stream, { preventClose: true });
  log('preventClose', kept.chunks, kept.events, kept.stream.locked);

  const aborted = sink('aborted');
  await source(['x'], { error: new Error('source broke') }).pipeTo(aborted.stream).catch((error) => log('source error', error.message));
  log('error forward', aborted.chunks, aborted.events);

  const notAborted = sink('notAborted');
  await source([], { error: new Error('again') }).pipeTo(notAborted.stream, { preventAbort: true }).catch((error) => log('preventAbort', error.message));
  log('not aborted', notAborted.events, notAborted.stream.locked);

  let canceled;
  const failing = sink('failing', { failOn: 2 });
  await source([1, 2, 3], { error: null, onCancel: (reason) => { canceled = reason.message; } }).pipeTo(failing.stream)
    .catch((error) => log('dest error', error.message));
  log('error backward', failing.chunks, 'canceled with', canceled);

  let notCanceled = 'not canceled';
  const failing2 = sink('failing2', { failOn: 1 });
  const keptSource = source([1, 2], { error: null, onCancel: () => { notCanceled = 'canceled'; } });
  await keptSource.pipeTo(failing2.stream, { preventCancel: true }).catch((error) => log('preventCancel', error.message));
  log(notCanceled, keptSource.locked);

  // A closed destination cancels the source.
  const closedDest = new WritableStream();
  await closedDest.close();
  let closedReason;
  await source([1], { error: null, onCancel: (reason) => { closedReason = reason; } }).pipeTo(closedDest)
    .catch((error) => log('closed dest', error.name, error.code));
  log('source canceled', closedReason?.code);

  // An AbortSignal: already aborted, and aborted while piping.
  const controller = new AbortController();
  controller.abort(new Error('aborted early'));
  const early = sink('early');
  await source([1]).pipeTo(early.stream, { signal: controller.signal }).catch((error) => log('signal', error.message));
  log('early', early.chunks, early.events);
  const later = new AbortController();
  let laterController;
  const endless = new ReadableStream({ start(c) { laterController = c; }, cancel(reason) { log('source canceled by signal', reason); } });
  const laterSink = sink('later');
  const laterPipe = endless.pipeTo(laterSink.stream, { signal: later.signal });
  laterController.enqueue('one');
  await new Promise((resolve) => setTimeout(resolve, 0));
  later.abort('stop now');
  await laterPipe.catch((error) => log('aborted pipe', error));
  log('later', laterSink.chunks, laterSink.events);

  // pipeThrough chains.
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
  const exclaim = new TransformStream({ transform(chunk, c) { c.enqueue(`${chunk}!`); } });
  const out = [];
  for await (const chunk of source(['hi', 'there']).pipeThrough(upper).pipeThrough(exclaim)) out.push(chunk);
  log('pipeThrough', out);

  const locked = source([1]);
  locked.getReader();
  await locked.pipeTo(new WritableStream()).catch((error) => log('locked source', error.name, error.code));
  for (const [label, fn] of [['pipeThrough locked', () => locked.pipeThrough(new TransformStream())],
    ['pipeThrough bad', () => source([]).pipeThrough({})], ['pipeThrough writable', () => source([]).pipeThrough({ readable: source([]), writable: 1 })],
    ['pipeThrough signal', () => source([]).pipeThrough(new TransformStream(), { signal: 1 })]]) {
    try { fn(); log(label, 'ok'); } catch (error) { log(label, error.name, error.code); }
  }
  await source([]).pipeTo({}).catch((error) => log('pipeTo bad', error.name, error.code));
  await source([]).pipeTo(new WritableStream(), { signal: {} }).catch((error) => log('pipeTo signal', error.name, error.code));
})();
