// path.win32.normalize and path.win32.join: separators, dot segments, drives, UNC roots, colons.
const { win32 } = require('path');
const paths = [
  '', '.', '..', '\\', '/', 'c:', 'C:\\', 'c:/', 'c:foo', 'c:..\\x', 'C:/../..', 'C:\\a\\..\\..\\b', 'C:\\a\\.\\b\\\\c\\',
  'a/b/../../..', './a/', 'a//b', '\\\\s\\sh', '\\\\s\\sh\\', '\\\\s\\sh\\x\\..', '//s/sh/x/..', '\\\\s', '\\\\s\\',
  '\\\\?\\C:\\x', '\\\\.\\pipe\\p', 'foo:bar', 'a/c:', 'ab:/x', 'a\\b:c', 'x/../c:/y', 'x/../c:', 'x/../c:y',
  '\\x/../c:/y', 'c:x/../d:/y', 'a/b:c:d', '///a', 'a\\..\\', 'C:', 'C:.', 'C:..',
];
for (const p of paths) console.log(JSON.stringify(p), JSON.stringify(win32.normalize(p)));
const joins = [
  [], [''], ['', ''], ['a', 'b'], ['a\\', '\\b'], ['C:', 'x'], ['C:\\', '..', 'x'], ['\\\\s', 'sh', 'x'],
  ['\\\\', 's', 'sh'], ['//', 'x'], ['/', '/x'], ['\\\\\\', 'x'], ['', '\\\\s\\sh'], ['a', '', 'b', ''],
  ['.', '..', '.'], ['c:', '/x'], ['x', 'c:y'], ['\\\\s\\sh', '..', '..'], ['a/', 'b\\', 'c/'],
];
for (const args of joins) console.log(JSON.stringify(args), JSON.stringify(win32.join(...args)));
for (const bad of [1, null]) {
  try { win32.normalize(bad); } catch (e) { console.log(e.code, e.message); }
  try { win32.join('a', bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(win32.sep, win32.delimiter, win32.win32 === win32, win32.posix === require('path').posix);
console.log(require('path/win32') === win32, require('path/posix') === require('path'), require('path').win32 === win32);
