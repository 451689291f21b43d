// pipeline with generator sources, async generator transforms and destinations, and signals.
const { pipeline, Readable, Writable } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
const log = (...a) => console.log(...a);

async function main() {
  const collected = [];
  await pipelinePromise(
    async function* source() { yield 'a'; yield 'b'; yield 'c'; },
    async function* upper(src) { for await (const x of src) yield x.toUpperCase(); },
    async function* tagged(src) { for await (const x of src) yield `<${x}>`; },
    new Writable({ objectMode: true, write(chunk, e, cb) { collected.push(chunk); cb(); } }),
  );
  log('collected', collected.join(''));

  const total = await pipelinePromise([1, 2, 3, 4], async function* (src) {
    for await (const x of src) if (x % 2) yield x;
  }, async (src) => {
    let sum = 0;
    for await (const x of src) sum += x;
    return sum;
  });
  log('sum of odd', total);

  try {
    await pipelinePromise(Readable.from(['x']), async function* (src) {
      for await (const x of src) throw new Error(`bad ${x}`);
    }, new Writable({ objectMode: true, write(c, e, cb) { cb(); } }));
  } catch (err) {
    log('transform threw', err.message);
  }

  const controller = new AbortController();
  const slow = new Readable({ objectMode: true, read() {} });
  const sink = new Writable({ objectMode: true, write(c, e, cb) { log('sink', c); cb(); } });
  setImmediate(() => {
    slow.push('before abort');
    setImmediate(() => controller.abort());
  });
  try {
    await pipelinePromise(slow, sink, { signal: controller.signal });
  } catch (err) {
    log('aborted', err.name, slow.destroyed, sink.destroyed);
  }

  await new Promise((resolve) => {
    const out = [];
    const ret = pipeline(function* () { yield 1; yield 2; }, async function* (src) {
      for await (const x of src) yield x * 100;
    }, (err) => {
      log('callback pipeline', err, out);
      resolve();
    });
    ret.on('data', (x) => out.push(x));
    log('returns a stream', typeof ret.pipe);
  });

  for (const bad of [() => pipeline(() => 5, () => {}), () => pipeline(5, new Writable(), () => {})]) {
    try {
      bad();
      log('no error');
    } catch (err) {
      log(err.name, err.code, err.message);
    }
  }
}
main().then(() => log('done'));
