'use strict';
// fs's smaller public names: FileReadStream/FileWriteStream, _toUnixTimestamp, openAsBlob and
// lchmod (absent on Linux).
const fs = require('fs');
const os = require('os');
const path = require('path');

console.log(fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream);
console.log('lchmod' in fs, fs.lchmod, fs.lchmodSync, Object.getOwnPropertyDescriptor(fs, 'lchmod'));
fs.promises.lchmod('x', 0o644).catch((error) => console.log(error.code, error.message));

for (const time of [1.5, '2', '1e3', ' 3 ', '', new Date(1000.5), new Date(0), 0, NaN, Infinity, 'abc', null, {}, [], 10n]) {
  try {
    console.log(fs._toUnixTimestamp(time));
  } catch (error) {
    console.log(error.code, error.message);
  }
}
console.log(Math.abs(fs._toUnixTimestamp(-1) - Date.now() / 1000) < 5);

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(directory, 'data.txt');
fs.writeFileSync(file, 'hello blob');
for (const [target, options] of [[1, undefined], [file, null], [file, { type: 1 }], [path.join(directory, 'none'), undefined]]) {
  try {
    fs.openAsBlob(target, options);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
(async () => {
  try {
    const blob = await fs.openAsBlob(file);
    console.log(blob.constructor.name, blob.size, JSON.stringify(blob.type), await blob.text());
    const typed = await fs.openAsBlob(Buffer.from(file), { type: 'text/plain' });
    console.log(typed.type, await typed.slice(6).text());
    const fromUrl = await fs.openAsBlob(new URL(`file://${file}`));
    console.log(new Uint8Array(await fromUrl.arrayBuffer()).length);
    fs.utimesSync(file, '100', new Date(200000));
    const stat = fs.statSync(file);
    console.log(stat.atimeMs, stat.mtimeMs);
    const stream = new fs.FileReadStream(file, { encoding: 'utf8' });
    stream.on('data', (text) => console.log('read stream', text));
    await new Promise((resolve) => stream.on('close', resolve));
  } finally {
    fs.rmSync(directory, { recursive: true });
  }
})();
