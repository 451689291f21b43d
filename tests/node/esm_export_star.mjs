// export * skips default and names two stars both export (ambiguous); explicit re-exports win.
import * as both from './fixtures/esm_export_star/both.mjs';

console.log(Object.keys(both));
console.log(both.onlyOne, both.onlyTwo, both.fromOne, both.oneDefault, 'shared' in both, both.default);
try {
  await import('./fixtures/esm_export_star/import_ambiguous.mjs');
} catch (error) {
  console.log(error.name);
}
