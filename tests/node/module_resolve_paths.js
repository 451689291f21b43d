// require.resolve.paths and Module._nodeModulePaths: the folders a request is looked up in.
const path = require('path');
const Module = require('module');
const rel = (list) => (list ? list.slice(0, 3).map((entry) => path.relative(__dirname, entry) || '.') : list);

console.log(rel(require.resolve.paths('some-package')));
console.log(rel(require.resolve.paths('./relative')));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'));
console.log(Module._nodeModulePaths('/'), Module._nodeModulePaths('/a/b'));
console.log(Module._nodeModulePaths('/a/node_modules/b'));
console.log(Module._nodeModulePaths('/a/node_modules/node_modules/c'));
console.log(rel(require.resolve.paths('@scope/pkg')));
const base = path.join(__dirname, 'fixtures/require');
console.log(path.relative(__dirname, require.resolve('./a', { paths: [base] })));
