// "type": "module" in package.json makes .js files ES modules; .cjs stays CommonJS, and a
// nested package.json can switch back.
async function main() {
  const index = await import('./fixtures/esm_type_module/index.js');
  console.log(index.result);
  const sub = await import('./fixtures/esm_type_module/sub/plain.js');
  console.log(Object.keys(sub), sub.sub, sub.default);
  const legacy = await import('./fixtures/esm_type_module/legacy.cjs');
  console.log(legacy.default.name);
  try {
    await import('./fixtures/esm_type_module/noext');
  } catch (error) {
    console.log(error.code);
  }
}
main();
