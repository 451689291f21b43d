// require.resolve through "exports", "imports" and self-reference, and the errors' details.
const path = require('path');
const { createRequire } = require('module');
const base = path.join(__dirname, 'fixtures/package_exports_conditions');
const requireThere = createRequire(path.join(base, 'index.js'));
const rel = (file) => path.relative(__dirname, file);

console.log(rel(requireThere.resolve('cond')));
console.log(rel(requireThere.resolve('cond/fallback')));
console.log(rel(requireThere.resolve('cond/package.json')));
for (const request of ['cond/only-import', 'cond/missing', 'cond/esm.mjs', 'cond/']) {
  try {
    requireThere.resolve(request);
  } catch (error) {
    console.log(request, error.code, error.message.split(base).join('<base>'));
  }
}
const requireImports = createRequire(path.join(__dirname, 'fixtures/package_imports/x.js'));
console.log(rel(requireImports.resolve('#dep')), rel(requireImports.resolve('#internal/util')));
console.log(requireImports.resolve('#builtin-missing-check'.slice(0, 0) + '#external').endsWith('main.js'));
try {
  requireImports.resolve('#missing');
} catch (error) {
  console.log(error.code, error.message.split(__dirname).join('<tests>'));
}
const requireSelf = createRequire(path.join(__dirname, 'fixtures/package_self_reference/lib/x.js'));
console.log(rel(requireSelf.resolve('@scope/self')), rel(requireSelf.resolve('@scope/self/util')));
