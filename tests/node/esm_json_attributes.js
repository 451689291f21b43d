// JSON modules need `with { type: 'json' }`; the attribute must match the module.
async function main() {
  const data = await import('./fixtures/esm_json_attributes/data.json', { with: { type: 'json' } });
  console.log(Object.keys(data), data.default.name, data.default.list, data.default.nested);
  const again = await import('./fixtures/esm_json_attributes/data.json', { with: { type: 'json' } });
  console.log('cached', again === data);
  const cases = [
    ['./fixtures/esm_json_attributes/data.json', undefined],
    ['./fixtures/esm_json_attributes/module.mjs', { with: { type: 'json' } }],
    ['./fixtures/esm_json_attributes/data.json', { with: { type: 'css' } }],
    ['./fixtures/esm_json_attributes/data.json', { with: { type: 1 } }],
    ['./fixtures/esm_json_attributes/data.json', { with: 'json' }],
  ];
  for (const [specifier, options] of cases) {
    try {
      await import(specifier, options);
      console.log('loaded', specifier);
    } catch (error) {
      console.log(error.name, error.code);
    }
  }
}
main();
