// path: join, resolve, normalize, relative, dirname, basename, extname, parse, format.
const path = require('path');
console.log(path.join('/a/b', '../c', './d'), path.join(''), path.join('a', '', 'b/'));
console.log(path.resolve('/a/b', './c'), path.resolve('/a', '/b', 'c'));
console.log(path.normalize('/a//b/../c/.'), path.normalize(''), path.normalize('./'), path.normalize('../a/..'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a'), path.relative('/a/b', '/a/b/c/d'));
console.log(path.dirname('/a/b/c'), path.dirname('/a'), path.dirname('a'), path.dirname('/a/b/'));
console.log(path.basename('/a/b.txt'), path.basename('/a/b.txt', '.txt'), path.basename('/a/b/'));
console.log(path.extname('a.tar.gz'), path.extname('.bashrc'), path.extname('a.'), path.extname('a'));
console.log(path.parse('/home/u/file.txt'));
console.log(path.parse('rel/x'));
console.log(path.format({ dir: '/x', base: 'y.z' }), path.format({ root: '/', name: 'n', ext: 'e' }));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.sep, path.delimiter, path.posix === path);
