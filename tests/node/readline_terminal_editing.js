// readline in terminal mode over a fake terminal: what each key does to the line and cursor and
// the exact output (prompt redraws, cursor moves, wrapping at the output's width), history
// recall with Up/Down, word and line deletion, and Ctrl+C closing the interface.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function run(label, columns, keys, options = {}) {
  const log = [];
  const input = new PassThrough();
  input.isTTY = true;
  input.setRawMode = (mode) => log.push(`[raw ${mode}]`);
  const output = new Writable({
    write(chunk, encoding, callback) {
      log.push(JSON.stringify(chunk.toString()));
      callback();
    },
  });
  output.isTTY = true;
  output.columns = columns;
  const rl = readline.createInterface({ input, output, prompt: '$ ', ...options });
  rl.on('line', (line) => log.push(`LINE ${JSON.stringify(line)}`));
  rl.on('history', (history) => log.push(`HISTORY ${JSON.stringify(history)}`));
  rl.on('close', () => log.push('CLOSE'));
  rl.prompt();
  for (const key of keys) {
    log.push(`KEY ${JSON.stringify(key)} line=${JSON.stringify(rl.line)} cursor=${rl.cursor} pos=${JSON.stringify(rl.getCursorPos())}`);
    input.write(key);
  }
  return new Promise((resolve) => setImmediate(() => {
    console.log(`== ${label}: terminal ${rl.terminal}`);
    console.log(log.join('\n'));
    resolve();
  }));
}

(async () => {
  await run('editing', 40, ['abc', '\x1b[D', 'X', '\x7f', '\r', 'hello', ' world', '\x17', '\x01', '>', '\x05', '\x0b',
    '\r', '\x1b[A', '\x1b[A', '\x1b[B', '\r', '\x15', 'q', '\x1b[H', '\x1b[3~', '\x1bf', '\x1bb', 'foo.bar baz',
    '\x1b[1;5D', '\x1b[1;5D', '\x1bd', '\x03'], { historySize: 3 });
  await run('typed past the width', 10, [...'xxxxxxxxxxx', '\x1b[D', '\x1b[D', 'Y', '\x01', '\x05', '\r', '\x04']);
  await run('pasted past the width', 10, ['xxxxxxxxxxx', '\x1b[D', '\x1b[D', 'Y', '\x01', '\x05', '\r', 'a', '\x04', '\x08', '\x04']);
  await run('history search by prefix', 80, ['git status\r', 'ls -l\r', 'git log\r', 'gi', '\x1b[A', '\x1b[A', '\x1b[A',
    '\x1b[B', '\x1b[B', '\x10', '\x0e', '\x03'], { history: ['git push', 'cat x'], removeHistoryDuplicates: true });
})();
