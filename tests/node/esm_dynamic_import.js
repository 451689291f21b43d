// import() from a CommonJS module: promises of namespaces, one instance per file, errors as
// rejections.
async function main() {
  const promise = import('./fixtures/esm_dynamic_import/target.mjs');
  console.log(promise instanceof Promise);
  const first = await promise;
  console.log(first.value, first.default());
  const second = await import('./fixtures/esm_dynamic_import/target.mjs');
  console.log('same namespace', first === second);
  const nested = await import('./fixtures/esm_dynamic_import/nested.mjs');
  console.log('nested', nested.loaded === first);
  const viaPath = await import(require('path').join(__dirname, 'fixtures/esm_dynamic_import/target.mjs'));
  console.log('absolute path', viaPath === first);
  const builtin = await import('path');
  console.log('builtin', typeof builtin.join, builtin.default === require('path'));
  for (const specifier of ['./fixtures/esm_dynamic_import/missing.mjs', 'no-such-package-xyz', 'node:nope']) {
    try {
      await import(specifier);
    } catch (error) {
      console.log(specifier, error.code);
    }
  }
  const results = await Promise.all([1, 2, 3].map(() => import('./fixtures/esm_dynamic_import/target.mjs')));
  console.log(results.every((namespace) => namespace === first));
}
main().then(() => console.log('done'));
