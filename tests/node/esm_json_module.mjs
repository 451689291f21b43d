// Static JSON module imports: the parsed value is the default export, one instance per file.
import data from './fixtures/esm_json_module/data.json' with { type: 'json' };
import array from './fixtures/esm_json_module/array.json' with { type: 'json' };
import number from './fixtures/esm_json_module/number.json' with { type: 'json' };
import * as namespace from './fixtures/esm_json_module/data.json' with { type: 'json' };

console.log(data, array, number);
console.log(Object.keys(namespace), namespace.default === data);
data.added = true;
const again = await import('./fixtures/esm_json_module/data.json', { with: { type: 'json' } });
console.log(again.default.added, again === namespace);
try {
  await import('./fixtures/esm_json_module/bad.json', { with: { type: 'json' } });
} catch (error) {
  console.log(error.name);
}
