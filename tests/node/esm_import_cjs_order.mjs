// CommonJS modules imported from ES modules run when the graph's evaluation reaches them, in
// import order (not when the graph is loaded).
globalThis.order = [];
await import('./fixtures/esm_import_cjs_order/mixed.mjs');
console.log(globalThis.order);

globalThis.order = [];
const graph = await import('./fixtures/esm_import_cjs_order/third.mjs');
console.log(graph.third, globalThis.order);

globalThis.order = [];
const cjs = await import('./fixtures/esm_import_cjs_order/second.cjs');
console.log(cjs.second, cjs.sawFirst, globalThis.order, Object.keys(cjs));

globalThis.order = [];
try {
  await import('./fixtures/esm_import_cjs_order/uses_throws.mjs');
} catch (error) {
  console.log('caught', error.message, globalThis.order);
}
try {
  await import('./fixtures/esm_import_cjs_order/uses_throws.mjs');
} catch (error) {
  console.log('again', error.message, globalThis.order);
}

globalThis.order = [];
const late = await import('./fixtures/esm_import_cjs_order/late.cjs');
console.log(typeof late.default, late.default(), late.extra, globalThis.order);
