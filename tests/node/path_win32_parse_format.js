// path.win32 dirname, basename, extname, parse and format.
const { win32 } = require('path');
const paths = [
  '', '\\', '/', 'C:', 'C:\\', 'c:foo', 'C:\\foo\\bar.txt', 'C:\\foo\\', 'C:\\foo\\\\bar\\\\', 'foo\\', 'foo',
  '.profile', 'file.', 'a.b.c', '..', '.', '\\\\s\\sh', '\\\\s\\sh\\', '\\\\s\\sh\\x.y', '//s/sh/x/..', '\\\\s',
  'C:/../..', 'c:..\\x', 'a/c:/b', 'C:\\a\\b\\', 'dir/.hidden.ext', 'x\\y.tar.gz',
];
for (const p of paths) {
  console.log(JSON.stringify(p), JSON.stringify(win32.dirname(p)), JSON.stringify(win32.basename(p)),
    JSON.stringify(win32.extname(p)), JSON.stringify(win32.parse(p)));
}
for (const [p, suffix] of [['C:\\a\\b.html', '.html'], ['b.html', 'b.html'], ['C:\\x.HTML', '.html'], ['aaa', 'a'], ['C:', 'C:']]) {
  console.log(JSON.stringify(p), JSON.stringify(suffix), JSON.stringify(win32.basename(p, suffix)));
}
const objects = [
  { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'C:\\', base: 'file.txt' },
  { name: 'file', ext: '.txt' }, { name: 'file', ext: 'txt' }, { dir: 'x', name: 'y' }, {},
  { root: '\\\\s\\sh\\', name: 'n' }, { dir: 'C:\\', base: 'b' },
];
for (const o of objects) console.log(JSON.stringify(o), JSON.stringify(win32.format(o)));
for (const bad of [null, 'x']) {
  try { win32.format(bad); } catch (e) { console.log(e.code, e.message); }
}
try { win32.basename('x', 1); } catch (e) { console.log(e.code, e.message); }
try { win32.parse(5); } catch (e) { console.log(e.code, e.message); }
for (const [p, s] of [['b.html', 'b.html'], ['a/b.html', 'b.html'], ['/x/b.html/', '.html'], ['xb.html', 'b.html'], ['aaa', 'a'], ['', '']]) console.log(JSON.stringify(require('path').posix.basename(p, s)));
