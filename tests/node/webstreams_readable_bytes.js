// Readable byte streams: BYOB reads into typed arrays of several element sizes, byobRequest
// respond() and respondWithNewView(), enqueue() filling pending BYOB reads, default reads with
// autoAllocateChunkSize, partial elements, closing with pending reads, releasing readers, tee.
const log = (...args) => console.log(...args);
const show = ({ value, done }) => `${done ? 'done' : 'value'} ${value === undefined ? 'undefined' : `${value.constructor.name}[${Array.from(value)}]`}`;

(async () => {
  // The source fills the BYOB request's view.
  let pulls = 0;
  const counting = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      log('pull', ++pulls, request === null ? 'no request' : `view ${request.view.constructor.name} ${request.view.byteOffset}+${request.view.byteLength}`);
      if (pulls > 3) {
        controller.close();
        return request.respond(0);
      }
      request.view[0] = pulls;
      request.view[1] = pulls * 10;
      request.respond(2);
    },
  });
  log(counting, 'desiredSize');
  const byob = counting.getReader({ mode: 'byob' });
  log(show(await byob.read(new Uint8Array(8))));
  log(show(await byob.read(new Uint16Array(2))));
  log(show(await byob.read(new DataView(new ArrayBuffer(3), 1))));
  log(show(await byob.read(new Uint8Array(4))));
  log(show(await byob.read(new Uint8Array(4))));
  log(show(await byob.read(new Uint16Array(4))));

  // Chunks enqueued before the read are copied into the view, a partial element kept for later.
  let controller;
  const queued = new ReadableStream({ type: 'bytes', start(c) { controller = c; } }, { highWaterMark: 16 });
  controller.enqueue(new Uint8Array([1, 2, 3]));
  controller.enqueue(new Uint8Array([4, 5]));
  log('desiredSize', controller.desiredSize);
  const reader = queued.getReader({ mode: 'byob' });
  const first = await reader.read(new Uint16Array(1));
  log(show(first), first.value.buffer.byteLength);
  log(show(await reader.read(new Uint8Array(10))));
  const pending = reader.read(new Uint8Array(3));
  log('byobRequest', controller.byobRequest.view.byteLength);
  controller.enqueue(new Uint8Array([9, 8, 7, 6]));
  log(show(await pending));
  log(show(await reader.read(new Uint8Array(3))));
  controller.close();
  log(show(await reader.read(new Uint8Array(3))));
  log('closed', await reader.closed);

  // respondWithNewView with the request's own buffer.
  const withNewView = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const view = c.byobRequest.view;
      const filled = new Uint8Array(view.buffer, view.byteOffset, 2);
      filled.set([7, 7]);
      c.byobRequest.respondWithNewView(filled);
    },
  });
  log(show(await withNewView.getReader({ mode: 'byob' }).read(new Uint8Array(5))));

  // A default reader on a byte stream, with autoAllocateChunkSize giving a byobRequest.
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const request = c.byobRequest;
      log('auto request', request.view.byteLength);
      request.view.set([1, 2, 3]);
      request.respond(3);
    },
  });
  const autoReader = auto.getReader();
  log(show(await autoReader.read()));
  const plain = new ReadableStream({ type: 'bytes', pull(c) { log('plain request', c.byobRequest); c.enqueue(new Uint8Array([5])); } });
  log(show(await plain.getReader().read()));

  // Errors of misuse.
  const errors = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  for (const [label, fn] of [['enqueue string', () => controller.enqueue('x')], ['enqueue empty', () => controller.enqueue(new Uint8Array(0))],
    ['byob of default', () => new ReadableStream().getReader({ mode: 'byob' })], ['size with bytes', () => new ReadableStream({ type: 'bytes' }, { size: () => 1 })],
    ['auto 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 })]]) {
    try { fn(); log(label, 'ok'); } catch (error) { log(label, error.name, error.code); }
  }
  const errorsReader = errors.getReader({ mode: 'byob' });
  await errorsReader.read(new Uint8Array(0)).catch((error) => log('read empty view', error.name, error.code));
  await errorsReader.read('x').catch((error) => log('read string', error.name, error.code));
  const waiting = errorsReader.read(new Uint8Array(2));
  const request = controller.byobRequest;
  controller.close();
  try { request.respond(1); } catch (error) { log('respond 1 when closed', error.name, error.code); }
  request.respond(0);
  log('close with pending read', show(await waiting));
  try { request.respond(0); } catch (error) { log('respond twice', error.name, error.code); }

  // tee of a byte stream: both branches are byte streams with their own copies.
  const source = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } });
  const [left, right] = source.tee();
  const leftReader = left.getReader({ mode: 'byob' });
  log('tee left', show(await leftReader.read(new Uint8Array(2))), 'right', show(await right.getReader().read()));
  log('tee left rest', show(await leftReader.read(new Uint8Array(2))));
})();
