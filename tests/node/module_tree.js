// module.children, parent, loaded, paths and id, and require.main, as Node keeps them.
const path = require('path');
const rel = (file) => (file ? path.relative(__dirname, file) : file);

console.log(require.main === module, module.id, rel(module.filename), module.loaded);
console.log(module.parent, module.children.length);
const parent = require('./fixtures/module_tree/parent.js');
const child = require('./fixtures/module_tree/child.js');
console.log(parent.describe());
console.log(child.loadedDuring, child.module.loaded, parent.module.loaded);
console.log(module.children.length, module.children.map((m) => rel(m.id)));
console.log(parent.module.children.map((m) => rel(m.filename)));
console.log(parent.module.parent === module, child.module.parent === parent.module);
console.log(rel(parent.module.id), rel(parent.module.path));
console.log(module.paths.slice(0, 2).map(rel));
console.log(parent.module.paths.slice(0, 3).map(rel));
console.log(require.main.filename === __filename, parent.module.require === module.require);
console.log(typeof module.require, module.exports === exports, this === module.exports);
console.log(Object.keys(module).sort());
const created = require('module').createRequire(__filename);
console.log(created.main === module, created('./fixtures/module_tree/child.js') === child);
process.on('exit', () => console.log('loaded at exit:', module.loaded));
