// opendir/opendirSync/fsPromises.opendir and fs.Dir: read, readSync, close, async iteration.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
fs.mkdirSync(path.join(dir, 'sub', 'inner'), { recursive: true });
for (const name of ['a', 'b', 'sub/c', 'sub/inner/d']) fs.writeFileSync(path.join(dir, name), name);

const handle = fs.opendirSync(dir);
console.log('Dir:', handle instanceof fs.Dir, handle.constructor.name, hide(handle.path));
const names = [];
for (let entry = handle.readSync(); entry !== null; entry = handle.readSync())
  names.push(`${entry.name}:${entry.isDirectory() ? 'dir' : 'file'}:${hide(entry.parentPath)}`);
console.log('readSync:', names.sort());
console.log('after the end:', handle.readSync());
handle.closeSync();
for (const [label, action] of [
  ['readSync after close', () => handle.readSync()],
  ['closeSync twice', () => handle.closeSync()],
  ['missing', () => fs.opendirSync(path.join(dir, 'missing'))],
  ['a file', () => fs.opendirSync(path.join(dir, 'a'))],
  ['bad bufferSize', () => fs.opendirSync(dir, { bufferSize: 0 })],
]) {
  try {
    action();
  } catch (error) {
    console.log(label, error.code, hide(error.message), error.syscall);
  }
}

const recursive = fs.opendirSync(dir, { recursive: true });
const all = [];
for (let entry; (entry = recursive.readSync()) !== null;) all.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
recursive.closeSync();
console.log('recursive:', all.sort());

fs.opendir(path.join(dir, 'sub'), (error, handle) => {
  console.log('callback opendir:', error, hide(handle.path));
  handle.read((error, entry) => {
    console.log('callback read:', error, typeof entry.name);
    handle.close((error) => {
      console.log('callback close:', error);
      handle.close((error) => {
        console.log('callback close twice:', error.code);
        promises();
      });
    });
  });
});

async function promises() {
  const handle = await fs.promises.opendir(dir);
  const seen = [];
  for await (const entry of handle) seen.push(entry.name);
  console.log('async iteration:', seen.sort());
  try {
    await handle.read();
  } catch (error) {
    console.log('closed after iteration:', error.code);
  }
  const again = await fs.promises.opendir(path.join(dir, 'sub'));
  console.log('promise read:', (await again.read()) !== null);
  await again.close();
  await again.close().catch((error) => console.log('promise close twice:', error.code));
  const early = fs.opendirSync(dir);
  for await (const entry of early) break;
  console.log('break closes:', (() => { try { early.readSync(); return 'open'; } catch (error) { return error.code; } })());
  fs.rmSync(dir, { recursive: true });
}
