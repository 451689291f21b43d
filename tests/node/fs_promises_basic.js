// fs/promises (and fs.promises): the common operations as promises, with async/await.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

(async () => {
  console.log('same object:', fs.promises === fsp);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'sable-test-'));
  const hide = (value) => String(value).replaceAll(dir, '<dir>');
  const file = path.join(dir, 'notes.txt');

  console.log('writeFile:', await fsp.writeFile(file, 'alpha\n'));
  console.log('appendFile:', await fsp.appendFile(file, 'beta\n'));
  console.log('readFile text:', JSON.stringify(await fsp.readFile(file, 'utf8')));
  console.log('readFile options:', JSON.stringify(await fsp.readFile(file, { encoding: 'utf8' })));
  const bytes = await fsp.readFile(file);
  console.log('readFile bytes:', bytes instanceof Uint8Array, bytes.length, bytes[0]);
  console.log('access:', await fsp.access(file, fs.constants.R_OK | fs.constants.W_OK));
  console.log('stat size:', (await fsp.stat(file)).size);
  console.log('copyFile:', await fsp.copyFile(file, path.join(dir, 'copy.txt')));
  console.log('rename:', await fsp.rename(path.join(dir, 'copy.txt'), path.join(dir, 'moved.txt')));
  console.log('readdir:', (await fsp.readdir(dir)).sort());
  console.log('truncate:', await fsp.truncate(file, 3), JSON.stringify(await fsp.readFile(file, 'utf8')));
  console.log('chmod:', await fsp.chmod(file, 0o600), ((await fsp.stat(file)).mode & 0o777).toString(8));
  console.log('utimes:', await fsp.utimes(file, 10, 20), (await fsp.stat(file)).mtimeMs);
  console.log('unlink:', await fsp.unlink(path.join(dir, 'moved.txt')));

  const results = await Promise.all([1, 2, 3].map((n) => fsp.writeFile(path.join(dir, `n${n}`), String(n))));
  console.log('parallel writes:', results);
  const texts = await Promise.all([1, 2, 3].map((n) => fsp.readFile(path.join(dir, `n${n}`), 'utf8')));
  console.log('parallel reads:', texts);

  for (const [label, action] of [
    ['readFile missing', () => fsp.readFile(path.join(dir, 'missing'))],
    ['access missing', () => fsp.access(path.join(dir, 'missing'))],
    ['rmdir non-empty', () => fsp.rmdir(dir)],
    ['bad path type', () => fsp.readFile(42)],
  ]) {
    try {
      await action();
    } catch (error) {
      console.log(label, error.code, hide(error.message));
    }
  }
  await fsp.rm(dir, { recursive: true });
  console.log('removed:', !fs.existsSync(dir));
})();
