// Async iteration and failures: errors thrown in the loop destroy the stream, destroy during
// iteration ends it, and an iterator over an ended stream finishes at once.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const r = Readable.from([1, 2, 3]);
  try {
    for await (const x of r) {
      if (x === 2) throw new Error('loop body failed');
    }
  } catch (err) {
    log('caught', err.message, 'destroyed', r.destroyed);
  }

  const p = new PassThrough({ objectMode: true });
  p.write('a');
  setImmediate(() => p.destroy());
  const seen = [];
  try {
    for await (const x of p) seen.push(x);
    log('destroyed without error ends the loop', seen);
  } catch (err) {
    log('premature', err.code, seen);
  }

  const errored = new PassThrough({ objectMode: true });
  errored.write('before');
  setImmediate(() => errored.destroy(new Error('mid-stream')));
  try {
    for await (const x of errored) log('got', x);
  } catch (err) {
    log('mid-stream error', err.message);
  }

  const ended = Readable.from([]);
  for await (const x of ended) log('never', x);
  log('empty stream done');
  const again = Readable.from(['once']);
  for await (const x of again) log('first loop', x);
  for await (const x of again) log('never again', x);
  log('second loop over a finished stream ends at once');
}
main().then(() => log('done'));
