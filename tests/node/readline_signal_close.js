// createInterface options: signal closes the interface, input errors are re-emitted,
// historySize and completer validation, and the 'close' order with the input's end.
const readline = require('readline');
const { PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const controller = new AbortController();
const input = new PassThrough({ objectMode: true });
const rl = readline.createInterface({ input, signal: controller.signal });
rl.on('line', (line) => log('line', line));
rl.on('close', () => {
  log('closed by signal', rl.closed, input.listenerCount('data'));
  second();
});
input.write('before abort\n');
setImmediate(() => controller.abort());

function second() {
  const pre = readline.createInterface({ input: new PassThrough({ objectMode: true }), signal: AbortSignal.abort() });
  log('pre-aborted signal: closed yet?', pre.closed);
  pre.on('close', () => {
    log('pre-aborted closes on the next tick');
    third();
  });
}

function third() {
  const errInput = new PassThrough({ objectMode: true });
  const rl3 = readline.createInterface({ input: errInput });
  rl3.on('error', (err) => log('interface error', err.message));
  errInput.emit('error', new Error('input failed'));
  rl3.close();
  for (const bad of [() => readline.createInterface({ input: errInput, historySize: -1 }),
    () => readline.createInterface({ input: errInput, completer: 5 }),
    () => readline.createInterface({ input: errInput, signal: 5 })]) {
    try {
      bad();
      log('no error');
    } catch (err) {
      log(err.name, err.code, err.message);
    }
  }
}
