// CommonJS modules imported: "default" is always module.exports (also with __esModule), values
// are snapshots taken after the module ran, TypeScript's __exportStar re-exports.
async function main() {
  const base = './fixtures/esm_import_cjs_default/';
  for (const file of ['string', 'null', 'es_module', 'class', 'ts_reexport']) {
    const namespace = await import(base + file + '.js');
    console.log(file, Object.keys(namespace), typeof namespace.default);
  }
  const esModule = await import(base + 'es_module.js');
  console.log(esModule.default.default, esModule.named, esModule.__esModule);
  const widget = await import(base + 'class.js');
  console.log(widget.default.name, widget.version, widget.default.create() instanceof widget.default);
  const counter = await import(base + 'counter.js');
  counter.increment();
  console.log(counter.count, counter.default.count);
  const ts = await import(base + 'ts_reexport.js');
  console.log(ts.named, ts.own, ts.default.named);
}
main();
