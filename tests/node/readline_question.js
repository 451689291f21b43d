// readline question(), prompt(), setPrompt() and write() with an output stream.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const log = (...a) => console.log(...a);

const output = new Writable({ objectMode: true, write(chunk, encoding, cb) { log('output', JSON.stringify(chunk)); cb(); } });
const input = new PassThrough({ objectMode: true });
const rl = readline.createInterface({ input, output, prompt: '> ' });
log('prompt', rl.getPrompt(), 'terminal', rl.terminal);
rl.on('line', (line) => log('line', line));
rl.on('pause', () => log('pause'));
rl.on('resume', () => log('resume'));
rl.prompt();
rl.question('name? ', (answer) => {
  log('answer', answer, 'prompt restored', rl.getPrompt());
});
input.write('bob\nalice\r');
input.write('\ncarol\n');
setImmediate(() => {
  rl.setPrompt('$ ');
  rl.prompt();
  rl.write('typed\n');
  rl.pause();
  rl.pause();
  rl.resume();
  rl.question('second? ', (answer) => log('second answer', answer));
  rl.question('ignored while one is pending? ', (answer) => log('never', answer));
  input.write('reply\n');
  setImmediate(aborted);
});

function aborted() {
  const controller = new AbortController();
  rl.question('cancel me? ', { signal: controller.signal }, (answer) => log('never answered', answer));
  controller.abort();
  rl.question('pre-aborted? ', { signal: AbortSignal.abort() }, () => log('never'));
  input.write('goes to line\n');
  setImmediate(() => {
    rl.close();
    try {
      rl.question('closed? ', () => {});
    } catch (err) {
      log(err.code, err.message);
    }
  });
}
