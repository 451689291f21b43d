// readline in terminal mode: Tab completion (one match, a common prefix, a list on the second
// Tab in columns, tabs inside a paste as text; callback completers, and promise ones in
// readline/promises), question() and its answer, a SIGINT listener taking Ctrl+C,
// write(null, key), Ctrl+D closing an empty line, and terminal: false over a TTY output.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function fakeTerminal(columns, log) {
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
  return { input, output };
}

const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry', 'avocado', 'apex', 'cranberry'];
const complete = (line) => {
  const word = line.split(' ').pop();
  return [words.filter((each) => each.startsWith(word)), word];
};

function run(label, columns, options, act) {
  const log = [];
  const { input, output } = fakeTerminal(columns, log);
  const rl = readline.createInterface({ input, output, prompt: '> ', ...options });
  rl.on('line', (line) => log.push(`LINE ${JSON.stringify(line)}`));
  rl.on('close', () => log.push('CLOSE'));
  const type = (...keys) => {
    for (const key of keys) {
      log.push(`KEY ${JSON.stringify(key)}`);
      input.write(key);
    }
  };
  act(rl, type, log);
  return new Promise((resolve) => setTimeout(() => {
    console.log(`== ${label}`);
    console.log(log.join(' '));
    resolve();
  }, 20));
}

(async () => {
  await run('sync completer', 30, { completer: complete }, (rl, type) => {
    rl.prompt();
    type('a', '\t', '\t', 'p', '\t', 'r', '\t', ' b', '\t', 'l', '\t', '\r', 'c', '\t', '\t', 'zz', '\t', '\t', '\x03');
  });
  await run('callback completer', 80, { completer: (line, callback) => callback(null, complete(line)) }, (rl, type) => {
    rl.prompt();
    type('ch', '\t', '\r', '\x04');
  });
  await run('promise completer', 80, { completer: async (line) => complete(line) }, (rl, type) => {
    rl.prompt();
    type('ban', '\t');
    setTimeout(() => type('\r', '\x04'), 5);
  });
  await run('question and SIGINT', 80, {}, (rl, type, log) => {
    rl.on('SIGINT', () => log.push('SIGINT'));
    rl.question('name? ', (answer) => log.push(`ANSWER ${JSON.stringify(answer)}`));
    type('Ada', '\x03', '\r');
    rl.write(null, { ctrl: true, name: 'u' });
    rl.write('xyz');
    rl.write(null, { name: 'left' });
    log.push(`pos ${JSON.stringify(rl.getCursorPos())}`);
    rl.write(null, { ctrl: true, name: 'd' });
    rl.write(null, { ctrl: true, name: 'a' });
    rl.write(null, { ctrl: true, name: 'k' });
    type('\x04');
  });
  await new Promise((resolve) => {
    // readline/promises: the completer may answer with a promise.
    const log = [];
    const { input, output } = fakeTerminal(80, log);
    const rl = require('readline/promises').createInterface({ input, output, completer: async (line) => complete(line) });
    rl.question('fruit? ').then((answer) => {
      log.push(`ANSWER ${answer}`);
      rl.close();
      console.log('== readline/promises with an async completer');
      console.log(log.join(' '));
      resolve();
    });
    input.write('b');
    input.write('\t');
    setTimeout(() => {
      input.write('\t');
      setTimeout(() => input.write('l\t\r'), 10);
    }, 10);
  });
  await run('terminal: false over a TTY', 80, { terminal: false }, (rl, type, log) => {
    log.push(`terminal ${rl.terminal} cursor ${rl.cursor}`);
    rl.prompt();
    type('plain\r\n', '\x7fline\n');
    rl.close();
  });
})();
