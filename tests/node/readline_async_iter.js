// for await over a readline Interface, readline/promises question(), and early exit.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { Readable, PassThrough, Writable } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const rl = readline.createInterface({ input: Readable.from(['alpha\nbeta\n', 'gamma\r\ndelta']) });
  const lines = [];
  for await (const line of rl) lines.push(line);
  log('all lines', JSON.stringify(lines), 'closed', rl.closed);

  const pt = new PassThrough({ objectMode: true });
  const early = readline.createInterface({ input: pt });
  early.on('close', () => log('early closed'));
  pt.write('1\n2\n3\n');
  for await (const line of early) {
    log('early line', line);
    if (line === '2') break;
  }
  log('after break', early.closed);

  const output = new Writable({ objectMode: true, write(chunk, encoding, cb) { log('output', JSON.stringify(chunk)); cb(); } });
  const input = new PassThrough({ objectMode: true });
  const prl = readlinePromises.createInterface({ input, output });
  setImmediate(() => input.write('42\n'));
  const answer = await prl.question('answer? ');
  log('promise answer', answer);
  const controller = new AbortController();
  const pending = prl.question('abort? ', { signal: controller.signal });
  controller.abort('no time');
  try {
    await pending;
  } catch (err) {
    log('rejected', err.name, err.code, err.cause);
  }
  try {
    await prl.question('pre-aborted? ', { signal: AbortSignal.abort() });
  } catch (err) {
    log('pre-aborted', err.name);
  }
  prl.close();
  log(prl instanceof readline.Interface, typeof readlinePromises.Readline, readline.promises === readlinePromises);
}
main().then(() => log('done'));
