// import() inside ES modules resolves against the importing module; computed specifiers, and
// the specifier is converted to a string.
const target = await import('./fixtures/esm_dynamic_import_from_esm/sub/target.mjs');
console.log(target.where);
const sibling = await target.load('sibling');
console.log(sibling.where);
const same = await import('./fixtures/esm_dynamic_import_from_esm/sub/' + 'sibling' + '.mjs');
console.log(same === sibling);
const fromObject = await import({ toString: () => './fixtures/esm_dynamic_import_from_esm/sub/target.mjs' });
console.log(fromObject === target);
try {
  await target.load('missing');
} catch (error) {
  console.log(error.code);
}
const settled = await Promise.allSettled([import('node:path'), import('./nope.mjs'), import('node:events')]);
console.log(settled.map((result) => result.status));
