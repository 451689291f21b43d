// FileHandle.createReadStream, createWriteStream and readLines.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
  const file = path.join(dir, 'lines.txt');

  const writer = await fsp.open(file, 'w');
  const output = writer.createWriteStream();
  console.log('write stream:', output instanceof fs.WriteStream, output.pending);
  for (const line of ['first', 'second', '', 'fourth\r', 'last']) output.write(line + '\n');
  output.end('tail without newline');
  await new Promise((resolve) => output.on('close', resolve));
  console.log('handle closed with stream:', writer.fd);

  const reader = await fsp.open(file);
  const input = reader.createReadStream({ encoding: 'utf8', start: 0, end: 10 });
  let text = '';
  for await (const chunk of input) text += chunk;
  console.log('read stream range:', JSON.stringify(text));

  const lines = [];
  const handle = await fsp.open(file);
  for await (const line of handle.readLines()) lines.push(line);
  console.log('readLines:', lines);

  const kept = await fsp.open(file);
  const partial = kept.createReadStream({ autoClose: false, end: 4, encoding: 'utf8' });
  let first = '';
  for await (const chunk of partial) first += chunk;
  console.log('autoClose false keeps the handle:', first, typeof kept.fd === 'number' && kept.fd >= 0);
  console.log('handle still reads:', (await kept.read(new Uint8Array(3), 0, 3, 6)).bytesRead);
  await kept.close();

  fs.rmSync(dir, { recursive: true });
  console.log('cleaned:', !fs.existsSync(dir));
})();
