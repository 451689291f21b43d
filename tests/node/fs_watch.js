// fs.watch (FSWatcher) and fs.watchFile/unwatchFile (StatWatcher): events for changes and
// renames, close, and errors. Each step waits for its event, so the order is fixed.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const hide = (value) => String(value).replaceAll(dir, '<dir>');
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'start');

try {
  fs.watch(path.join(dir, 'missing'));
} catch (error) {
  console.log('watch missing:', error.code, error.syscall, hide(error.message), hide(error.filename));
}
for (const [label, action] of [
  ['bad recursive', () => fs.watch(dir, { recursive: 1 })],
  ['watchFile without listener', () => fs.watchFile(file)],
]) {
  try {
    action();
  } catch (error) {
    console.log(label, error.code, error.message);
  }
}

// A file watcher reports a change to the file with its name.
const fileWatcher = fs.watch(file);
console.log('FSWatcher:', fileWatcher.constructor.name, typeof fileWatcher.close, typeof fileWatcher.ref);
fileWatcher.once('change', (eventType, filename) => {
  console.log('file change:', eventType, filename);
  fileWatcher.close();
});
fileWatcher.on('close', () => {
  console.log('file watcher closed');
  watchDirectory();
});
fs.appendFileSync(file, '+more');

// A directory watcher reports a new file as 'rename'.
function watchDirectory() {
  const directoryWatcher = fs.watch(dir, (eventType, filename) => {
    if (filename !== 'new.txt') return;
    console.log('directory event:', eventType, filename);
    directoryWatcher.close();
    pollFile();
  });
  fs.writeFileSync(path.join(dir, 'new.txt'), 'new');
}

// watchFile polls: the listener gets the current and previous Stats.
function pollFile() {
  const listener = (current, previous) => {
    console.log('watchFile:', current.size, previous.size, current instanceof fs.Stats, current.mtimeMs >= previous.mtimeMs);
    fs.unwatchFile(file, listener);
    console.log('unwatched');
    // A missing file is reported at once, with zeroed Stats.
    fs.watchFile(path.join(dir, 'absent'), { interval: 10 }, (current, previous) => {
      console.log('absent file:', previous.size, previous.mtimeMs, current.size, current.isFile());
      fs.unwatchFile(path.join(dir, 'absent'));
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    });
  };
  const watcher = fs.watchFile(file, { interval: 10 }, listener);
  console.log('StatWatcher:', watcher.constructor.name);
  setTimeout(() => fs.writeFileSync(file, 'a much longer content'), 50);
}
