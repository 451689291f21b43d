// import.meta.resolve: relative specifiers, the package's own name, "#imports", built-ins,
// and the errors for what cannot resolve.
import { resolveFrom } from './fixtures/esm_meta_resolve/index.mjs';

const show = (url) => url.split('/fixtures/')[1] ?? url;
for (const specifier of ['./feature.mjs', 'meta-resolve', 'meta-resolve/feature', '#internal', 'node:path', 'events',
  'meta-resolve/nope', '#nope', 'no-such-package', 'node:nope']) {
  try {
    console.log(specifier, '->', show(resolveFrom(specifier)));
  } catch (error) {
    console.log(specifier, '->', error.code);
  }
}
console.log(show(import.meta.resolve('./fixtures/esm_meta_resolve/index.mjs')));
