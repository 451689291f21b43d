// writeFile/appendFile/readFile options: flag, mode, fd targets, and what each open flag does.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const at = (name) => path.join(dir, name);
const read = (name) => JSON.stringify(fs.readFileSync(at(name), 'utf8'));

fs.writeFileSync(at('f'), 'one');
fs.writeFileSync(at('f'), 'two', { flag: 'a' });
console.log('flag a:', read('f'));
try {
  fs.writeFileSync(at('f'), 'three', { flag: 'wx' });
} catch (error) {
  console.log('flag wx:', error.code);
}
fs.writeFileSync(at('g'), 'new', { flag: 'wx', mode: 0o600 });
console.log('wx new file mode:', (fs.statSync(at('g')).mode & 0o777).toString(8));
fs.writeFileSync(at('f'), 'XY', { flag: 'r+' });
console.log('flag r+ overwrites in place:', read('f'));
try {
  fs.writeFileSync(at('missing'), 'x', { flag: 'r+' });
} catch (error) {
  console.log('r+ missing:', error.code);
}
fs.appendFileSync(at('h'), 'created by append', { mode: 0o640 });
console.log('append creates:', read('h'), (fs.statSync(at('h')).mode & 0o777).toString(8));
try {
  fs.readFileSync(at('f'), { flag: 'w' });
} catch (error) {
  console.log('read with w flag:', error.code);
}
console.log('read with a+ flag:', fs.readFileSync(at('f'), { flag: 'a+', encoding: 'utf8' }));

// An fd target writes at the fd's position and leaves it open.
const fd = fs.openSync(at('fd'), 'w+');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, 'def');
fs.appendFileSync(fd, 'ghi');
console.log('fd writes continue:', read('fd'));
console.log('readFile of fd at its end:', fs.readFileSync(fd, 'utf8').length);
fs.readSync(fd, new Uint8Array(0), 0, 0, 0);
const fresh = fs.openSync(at('fd'), 'r');
console.log('readFile of a fresh fd:', fs.readFileSync(fresh, 'utf8'));
fs.closeSync(fresh);
fs.closeSync(fd);

fs.writeFile(at('cb'), 'callback', { flag: 'w', mode: 0o644 }, (error) => {
  console.log('callback writeFile:', error, read('cb'));
  fs.appendFile(at('cb'), '+', 'utf8', (error) => {
    console.log('callback appendFile:', error, read('cb'));
    fs.readFile(at('cb'), { encoding: 'utf8', flag: 'r' }, (error, text) => {
      console.log('callback readFile:', error, text);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
