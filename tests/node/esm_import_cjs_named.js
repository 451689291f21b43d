// import() of CommonJS modules: "default" is module.exports, named exports are those found by
// reading the source (assignments, object literals, defineProperty, re-exports).
const files = ['dot', 'object', 'define', 'reexport', 'spread', 'function', 'runtime'];

async function main() {
  for (const file of files) {
    const namespace = await import(`./fixtures/esm_import_cjs_named/${file}.js`);
    const names = Object.keys(namespace).sort();
    console.log(file, names);
    for (const name of names) {
      if (name === 'default') continue;
      console.log('  ', name, typeof namespace[name], String(namespace[name]).slice(0, 20));
    }
    console.log('   default is module.exports:',
      namespace.default === require(`./fixtures/esm_import_cjs_named/${file}.js`));
  }
  const fn = await import('./fixtures/esm_import_cjs_named/function.js');
  console.log(fn.default(), fn.attached);
}
main();
