// fs/promises FileHandle: open, read, write, stat, readFile, writeFile, appendFile, truncate,
// sync, chmod, utimes, close.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
  const file = path.join(dir, 'handle.txt');

  const handle = await fsp.open(file, 'w+');
  console.log('class:', handle.constructor.name, typeof handle.fd);
  const written = await handle.write('hello world');
  console.log('write string:', written.bytesWritten, written.buffer);
  const bytes = new Uint8Array([33, 63]);
  const second = await handle.write(bytes, 0, 2, 11);
  console.log('write bytes:', second.bytesWritten, second.buffer === bytes);

  const target = new Uint8Array(20);
  const read = await handle.read(target, 0, 20, 0);
  console.log('read:', read.bytesRead, read.buffer === target, String.fromCharCode(...target.subarray(0, read.bytesRead)));
  const middle = await handle.read(new Uint8Array(5), 0, 5, 6);
  console.log('read at position:', String.fromCharCode(...middle.buffer));

  const stats = await handle.stat();
  console.log('stat:', stats.isFile(), stats.size);
  console.log('bigint stat:', typeof (await handle.stat({ bigint: true })).size);

  console.log('truncate:', await handle.truncate(5), (await handle.stat()).size);
  console.log('sync:', await handle.sync(), 'datasync:', await handle.datasync());
  console.log('chmod:', await handle.chmod(0o640), ((await handle.stat()).mode & 0o777).toString(8));
  console.log('utimes:', await handle.utimes(100, 200), (await handle.stat()).mtimeMs);
  console.log('close:', await handle.close(), 'fd after close:', handle.fd);
  console.log('close again:', await handle.close());

  const appender = await fsp.open(file, 'a');
  await appender.appendFile('+more');
  await appender.writeFile(' text');
  await appender.close();
  const reader = await fsp.open(file);
  console.log('readFile:', JSON.stringify(await reader.readFile('utf8')));
  console.log('readFile at end:', (await reader.readFile()).length);
  await reader.close();

  console.log('readFile via handle:', JSON.stringify(await fsp.readFile(file, { encoding: 'utf8' })));
  const writer = await fsp.open(path.join(dir, 'other.txt'), 'w');
  await fsp.writeFile(writer, 'through writeFile');
  await writer.close();
  console.log('writeFile via handle:', fs.readFileSync(path.join(dir, 'other.txt'), 'utf8'));

  try {
    await fsp.open(path.join(dir, 'missing'));
  } catch (error) {
    console.log('open missing:', error.code, error.syscall);
  }
  try {
    await fsp.open(file, 'wx');
  } catch (error) {
    console.log('open wx existing:', error.code);
  }
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned:', !fs.existsSync(dir));
})();
