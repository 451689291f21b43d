// fs.createReadStream: whole files, start/end ranges, highWaterMark chunks, encodings, fd,
// events in order, and errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

(async () => {
  const whole = fs.createReadStream(file);
  console.log('ReadStream:', whole instanceof fs.ReadStream, whole.pending, hide(whole.path), whole.flags);
  const events = [];
  for (const name of ['open', 'ready', 'end', 'close']) whole.on(name, () => events.push(name));
  const chunks = await collect(whole);
  console.log('whole:', chunks.length, Buffer.concat(chunks).toString(), 'bytesRead:', whole.bytesRead);
  await new Promise((resolve) => whole.on('close', resolve));
  console.log('events:', events.join(' '), 'pending after open:', whole.pending);

  console.log('range:', (await collect(fs.createReadStream(file, { start: 2, end: 5 }))).join('|'));
  console.log('start only:', (await collect(fs.createReadStream(file, { start: 20 }))).join('|'));
  console.log('end only:', (await collect(fs.createReadStream(file, { end: 0 }))).join('|'));
  console.log('small chunks:', (await collect(fs.createReadStream(file, { highWaterMark: 8 }))).map(String));
  console.log('encoding:', await collect(fs.createReadStream(file, { encoding: 'hex', start: 0, end: 2 })));
  console.log('string option:', await collect(fs.createReadStream(file, 'base64')));

  const fd = fs.openSync(file, 'r');
  const fromFd = fs.createReadStream(null, { fd, start: 23 });
  console.log('fd stream pending:', fromFd.pending);
  console.log('from fd:', (await collect(fromFd)).join(''));

  let text = '';
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 10, encoding: 'utf8' })) text += `[${chunk}]`;
  console.log('async iteration:', text);

  const missing = fs.createReadStream(path.join(dir, 'missing'));
  missing.on('error', (error) => console.log('missing:', error.code, error.syscall, hide(error.message)));
  await new Promise((resolve) => missing.on('close', resolve));
  console.log('closed after error:', missing.destroyed);

  for (const [label, options] of [['start > end', { start: 5, end: 2 }], ['negative start', { start: -1 }], ['bad end', { end: 'x' }]]) {
    try {
      fs.createReadStream(file, options);
    } catch (error) {
      console.log(label, error.code, error.message);
    }
  }
  const closing = fs.createReadStream(file);
  closing.close(() => console.log('close callback, destroyed:', closing.destroyed));
  await new Promise((resolve) => closing.on('close', resolve));
  fs.rmSync(dir, { recursive: true });
})();
