// require() of ES modules that import CommonJS, use import.meta and createRequire; the
// namespace is shared with import().
const base = './fixtures/require_esm_interop/';
const defaultOnly = require(base + 'default_only.mjs');
console.log(Object.keys(defaultOnly), defaultOnly.default());
const meta = require(base + 'meta.mjs');
console.log(meta.fileName, meta.fromCjs);
const usesRequire = require(base + 'uses_require.mjs');
console.log(usesRequire.loaded);
console.log(require(base + 'helper.cjs') === require(base + 'helper.cjs'));
import(base + 'meta.mjs').then((namespace) => {
  console.log('same namespace:', namespace.fromCjs === meta.fromCjs, namespace.fileName === meta.fileName);
});
