// require() of ES modules (Node 20.19+): the namespace, when the graph has no top-level await.
const esm = require('./fixtures/require_esm/esm.mjs');
console.log(esm.named, esm.default, esm.fn());
console.log(Object.prototype.toString.call(esm));
console.log(require('./fixtures/require_esm/esm.mjs') === esm);
console.log(require('./fixtures/require_esm/typed/index.js').fromTyped);
console.log(require('./fixtures/require_esm/typed/common.cjs').cjs);
for (const file of ['tla.mjs', 'throws.mjs']) {
  try {
    require(`./fixtures/require_esm/${file}`);
    console.log(file, 'loaded');
  } catch (error) {
    console.log(file, error.code, error.message.split('\n')[0]);
  }
}
import('./fixtures/require_esm/esm.mjs').then((namespace) => {
  console.log('import() shares the instance:', namespace.fn === esm.fn);
});
