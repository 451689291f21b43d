// mkdtemp in all forms: six random characters after the prefix, a new empty directory each time.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const suffix = (made, prefix) => made.slice(prefix.length);

const prefix = path.join(base, 'job-');
const first = fs.mkdtempSync(prefix);
const second = fs.mkdtempSync(prefix);
console.log('starts with prefix:', first.startsWith(prefix), second.startsWith(prefix));
console.log('six characters:', suffix(first, prefix).length, /^[A-Za-z0-9]{6}$/.test(suffix(first, prefix)));
console.log('different:', first !== second);
console.log('is an empty directory:', fs.statSync(first).isDirectory(), fs.readdirSync(first).length);
console.log('mode 700:', (fs.statSync(first).mode & 0o777).toString(8));

const bare = fs.mkdtempSync(path.join(base, ''));
console.log('prefix ending in a separator:', path.dirname(bare) === base, path.basename(bare).length);
console.log('buffer encoding:', Buffer.isBuffer(fs.mkdtempSync(prefix, { encoding: 'buffer' })));
console.log('string encoding option:', typeof fs.mkdtempSync(prefix, 'utf8'));

try {
  fs.mkdtempSync(path.join(base, 'missing', 'x-'));
} catch (error) {
  console.log('missing parent:', error.code, error.syscall, error.message.replaceAll(base, '<base>'));
}

fs.mkdtemp(prefix, (error, made) => {
  console.log('callback:', error, made.startsWith(prefix));
  fs.promises.mkdtemp(prefix).then((made) => {
    console.log('promise:', made.startsWith(prefix));
    console.log('entries made:', fs.readdirSync(base).length);
    fs.rmSync(base, { recursive: true });
  });
});
