// Bare specifiers resolve from the importing file's folder upwards: a package's own
// node_modules shadows the top-level copy of the same name.
import('./fixtures/esm_nested_packages/main.mjs').then(({ outer, shared }) => {
  console.log(outer);
  console.log(shared);
});
