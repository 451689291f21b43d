// CommonJS -> import() -> ES module -> import of CommonJS: each resolves against its own file.
require('./fixtures/esm_import_from_cjs_chain/start.cjs').then((value) => {
  console.log(value);
  console.log(require('./fixtures/esm_import_from_cjs_chain/leaf.cjs').name);
});
