// fs.createWriteStream: writes in order, strings and Buffers, flags (append), start, fd,
// events, bytesWritten, close/end, and errors; pipeline from a ReadStream.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const at = (name) => path.join(dir, name);
const finished = (stream) => new Promise((resolve) => stream.on('close', resolve));

(async () => {
  const out = fs.createWriteStream(at('out.txt'));
  console.log('WriteStream:', out instanceof fs.WriteStream, out.pending, hide(out.path), out.flags);
  const events = [];
  for (const name of ['open', 'ready', 'finish', 'close']) out.on(name, () => events.push(name));
  console.log('write returns:', out.write('hello '), out.write(Buffer.from('world')));
  out.write('é', 'utf8');
  out.end('!\n', () => events.push('end callback'));
  await finished(out);
  console.log('events:', events.join(' '));
  console.log('content:', JSON.stringify(fs.readFileSync(at('out.txt'), 'utf8')), 'bytesWritten:', out.bytesWritten);

  const appender = fs.createWriteStream(at('out.txt'), { flags: 'a' });
  appender.end('appended\n');
  await finished(appender);
  console.log('after append:', JSON.stringify(fs.readFileSync(at('out.txt'), 'utf8')));

  const positioned = fs.createWriteStream(at('out.txt'), { flags: 'r+', start: 1 });
  positioned.end('EL');
  await finished(positioned);
  console.log('at start 1:', JSON.stringify(fs.readFileSync(at('out.txt'), 'utf8').slice(0, 8)));

  const fd = fs.openSync(at('fd.txt'), 'w');
  const fromFd = fs.createWriteStream(null, { fd });
  console.log('fd stream pending:', fromFd.pending);
  fromFd.write('via fd');
  fromFd.end();
  await finished(fromFd);
  console.log('fd content:', fs.readFileSync(at('fd.txt'), 'utf8'));

  const small = fs.createWriteStream(at('small.txt'), { highWaterMark: 4 });
  console.log('backpressure:', small.write('12345'), small.writableLength > 0);
  await new Promise((resolve) => small.once('drain', resolve));
  console.log('drained');
  small.close(() => console.log('close callback'));
  await finished(small);
  console.log('small content:', fs.readFileSync(at('small.txt'), 'utf8'));

  const bad = fs.createWriteStream(at('no/such/dir.txt'));
  bad.on('error', (error) => console.log('open error:', error.code, error.syscall, hide(error.message)));
  await finished(bad);

  const source = at('source.txt');
  fs.writeFileSync(source, 'x'.repeat(100000));
  await new Promise((resolve, reject) => {
    pipeline(fs.createReadStream(source, { highWaterMark: 1000 }), fs.createWriteStream(at('copy.txt')), (error) => (error ? reject(error) : resolve()));
  });
  console.log('pipeline copy:', fs.statSync(at('copy.txt')).size);

  try {
    fs.createWriteStream(at('x'), { start: -5 });
  } catch (error) {
    console.log('bad start:', error.code, error.message);
  }
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned:', !fs.existsSync(dir));
})();
