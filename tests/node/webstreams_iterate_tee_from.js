// ReadableStream async iteration (values(), break, preventCancel, errors), ReadableStream.from
// (async and sync iterables, generators, errors, cancel calling return()), and tee() (both
// branches, canceling one or both, errors reaching both).
const log = (...args) => console.log(...args);

function counter(limit, events) {
  let n = 0;
  return new ReadableStream({
    pull(controller) {
      if (n < limit) controller.enqueue(n++);
      else controller.close();
    },
    cancel(reason) { events?.push(`cancel ${reason}`); },
  });
}

(async () => {
  const seen = [];
  for await (const value of counter(4)) seen.push(value);
  log('for await', seen);

  const events = [];
  const stream = counter(10, events);
  for await (const value of stream) if (value === 2) break;
  log('break cancels', events, stream.locked);

  const kept = counter(10, events);
  for await (const value of kept.values({ preventCancel: true })) if (value === 1) break;
  log('preventCancel', events.length, kept.locked, await kept.getReader().read());

  const iterator = counter(2).values();
  log(Object.prototype.toString.call(iterator), typeof iterator.next, typeof iterator[Symbol.asyncIterator]);
  log(await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]));
  log('return after end', await iterator.return('r'));
  const early = counter(5).values();
  log(await early.return('early'), await early.next());

  const broken = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('mid-stream')); } });
  try {
    for await (const value of broken) log('got', value);
  } catch (error) {
    log('iteration error', error.message);
  }

  // ReadableStream.from
  async function* generate() {
    try {
      yield 'g1';
      yield 'g2';
      yield 'g3';
    } finally {
      log('generator finally');
    }
  }
  const fromGenerator = ReadableStream.from(generate());
  const reader = fromGenerator.getReader();
  log(await reader.read(), await reader.read());
  await reader.cancel('done early');
  const fromArray = [];
  for await (const value of ReadableStream.from([1, Promise.resolve(2), 3])) fromArray.push(value);
  log('from array', fromArray);
  const fromSet = [];
  for await (const value of ReadableStream.from(new Set(['s', 't']))) fromSet.push(value);
  log('from set', fromSet, ReadableStream.from('ab') instanceof ReadableStream);
  const fromStream = ReadableStream.from(counter(2));
  log('from a stream', (await fromStream.getReader().read()).value);
  async function* failing() { yield 1; throw new Error('generator failed'); }
  const failingReader = ReadableStream.from(failing()).getReader();
  log(await failingReader.read());
  await failingReader.read().catch((error) => log('from error', error.message));
  for (const bad of [5, null, {}, { [Symbol.asyncIterator]: 5 }]) {
    try { ReadableStream.from(bad); log('from ok?'); } catch (error) { log('from bad', error.name, error.code); }
  }

  // tee
  const [a, b] = counter(3).tee();
  const readerA = a.getReader();
  const readerB = b.getReader();
  log('tee a', await readerA.read(), await readerA.read(), 'tee b', await readerB.read());
  const teeEvents = [];
  const [c, d] = counter(5, teeEvents).tee();
  const cancelC = c.cancel('reason c');
  log('one branch canceled', teeEvents);
  await d.cancel('reason d');
  await cancelC;
  log('both canceled', teeEvents);
  let errorController;
  const [e, f] = new ReadableStream({ start(controller) { errorController = controller; } }).tee();
  errorController.error(new Error('tee source failed'));
  await e.getReader().closed.catch((error) => log('branch e', error.message));
  await f.getReader().closed.catch((error) => log('branch f', error.message));
  const objects = new ReadableStream({ start(controller) { controller.enqueue({ shared: true }); controller.close(); } });
  const [g, h] = objects.tee();
  const [fromG, fromH] = await Promise.all([g.getReader().read(), h.getReader().read()]);
  log('tee shares objects', fromG.value === fromH.value);
})();
