// readline: splitting input chunks into lines (\n, \r\n, \r, split across chunks), the last
// unterminated line, event order at the end, and the interface's properties.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const input = Readable.from(['first\nsec', 'ond\r\nthird\rfourth\n\n', 'partial', ' end']);
const rl = readline.createInterface({ input });
log(rl.terminal, JSON.stringify(rl.line), rl.cursor, rl.getPrompt(), JSON.stringify(rl.history), rl.crlfDelay);
for (const event of ['line', 'close', 'pause', 'resume']) rl.on(event, (x) => log('event', event, JSON.stringify(x)));
input.on('end', () => {
  log('input end, closed', rl.closed);
  second();
});

function second() {
  const pt = new PassThrough({ objectMode: true });
  const rl2 = readline.createInterface({ input: pt, crlfDelay: Infinity });
  log('crlfDelay', rl2.crlfDelay);
  rl2.on('line', (line) => log('rl2 line', JSON.stringify(line)));
  rl2.on('close', () => {
    log('rl2 close');
    third();
  });
  pt.write('ends with return\r');
  pt.write('\nnext line\n');
  pt.write('a\r\rb\n');
  pt.end('tail without newline');
}

function third() {
  const pt = new PassThrough({ objectMode: true });
  const rl3 = readline.createInterface(pt);
  rl3.on('line', (line) => log('rl3 line', line));
  rl3.on('resume', () => log('rl3 resume'));
  rl3.on('close', () => log('rl3 close', pt.listenerCount('data')));
  pt.write('one\ntwo\n');
  setImmediate(() => {
    rl3.close();
    rl3.close();
    pt.write('after close\n');
    log('paused', rl3.paused, 'closed', rl3.closed);
    try {
      rl3.write('written after close\n');
    } catch (err) {
      log(err.code, err.message);
    }
  });
}
