// path.win32 and path.posix as objects: their members, cross links, and separators.
const path = require('path');
const names = (o) => Object.keys(o).sort();
console.log(names(path.win32));
console.log(names(path.posix));
console.log(path.win32.sep, path.win32.delimiter, path.posix.sep, path.posix.delimiter);
console.log(path.win32.posix === path.posix, path.posix.win32 === path.win32, path.win32.win32 === path.win32);
console.log(path === path.posix, require('node:path/win32') === path.win32, require('node:path/posix') === path.posix);
for (const fn of ['basename', 'dirname', 'extname']) {
  for (const p of ['C:\\a\\b.txt', '/a/b.txt', 'a\\b/c.d']) console.log(fn, JSON.stringify(p), JSON.stringify(path.win32[fn](p)), JSON.stringify(path.posix[fn](p)));
}
