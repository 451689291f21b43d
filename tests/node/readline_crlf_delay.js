// readline line endings across chunks: \r then \n in the next chunk, lone \r, empty lines,
// and a crlfDelay of Infinity.
const readline = require('readline');
const { PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function run(label, chunks, options, next) {
  const input = new PassThrough({ objectMode: true });
  const rl = readline.createInterface({ input, ...options });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.on('close', () => {
    log(label, JSON.stringify(lines));
    next();
  });
  for (const chunk of chunks) input.write(chunk);
  input.end();
}

run('crlf split', ['a\r', '\nb\r', '\n'], {}, () =>
  run('lone returns', ['a\rb\rc'], {}, () =>
    run('empty lines', ['\n\n\r\n\r\r'], {}, () =>
      run('infinite delay', ['x\r', '\ny'], { crlfDelay: Infinity }, () =>
        run('unicode', ['héllo wörld\n', '日本\n'], {}, () =>
          run('no trailing newline', ['only'], {}, () => log('done')))))));
