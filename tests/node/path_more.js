const path = require('path');
console.log(path.normalize('/a//b/../c/./d/'), path.normalize(''), path.normalize('a/..'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/a', '/a'));
console.log(path.parse('/home/user/dir/file.txt'));
console.log(path.format({ dir: '/x/y', name: 'f', ext: '.js' }), path.format({ root: '/', base: 'b.txt' }));
console.log(path.extname('index.'), path.extname('.index'), path.extname('a.b.c'), path.basename('/a/b.js', '.js'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.sep, path.delimiter, path.dirname('/a'));
console.log(path.join('a', '', 'b', '..', 'c'), path.resolve('/foo', 'bar', '../baz'));
console.log(path.posix === path, typeof path.toNamespacedPath);
