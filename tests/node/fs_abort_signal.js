// readFile/writeFile/appendFile with options.signal: an aborted signal rejects with AbortError.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'content');
const aborted = AbortSignal.abort();
const show = (label) => (error) => console.log(label, error.name, error.code, error.message, error.cause?.name);

(async () => {
  await fs.promises.readFile(file, { signal: aborted }).catch(show('promise readFile:'));
  await fs.promises.writeFile(file, 'new', { signal: aborted }).catch(show('promise writeFile:'));
  await fs.promises.appendFile(file, 'more', { signal: aborted }).catch(show('promise appendFile:'));
  console.log('file unchanged:', fs.readFileSync(file, 'utf8'));
  const live = new AbortController();
  console.log('live signal reads:', await fs.promises.readFile(file, { signal: live.signal, encoding: 'utf8' }));
  await fs.promises.readFile(file, { signal: 'nope' }).catch((error) => console.log('bad signal:', error.code));
  await new Promise((resolve) => fs.readFile(file, { signal: aborted }, (error) => {
    show('callback readFile:')(error);
    resolve();
  }));
  await new Promise((resolve) => fs.writeFile(file, 'x', { signal: aborted }, (error) => {
    show('callback writeFile:')(error);
    resolve();
  }));
  fs.rmSync(dir, { recursive: true });
})();
