// Edge cases of CommonJS named export detection: comments, strings and templates do not
// count; chained, bracketed, conditional and defineProperty exports do.
import('./fixtures/esm_import_cjs_edge/edge.js').then((namespace) => {
  for (const name of Object.keys(namespace).sort()) {
    console.log(JSON.stringify(name), namespace[name] === undefined ? 'undefined' : typeof namespace[name]);
  }
});
