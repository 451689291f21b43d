// import() of file: URLs and absolute paths: percent-escapes, query and hash, and one
// instance per file.
const path = require('path');
const dir = path.join(__dirname, 'fixtures/esm_file_url');
const toUrl = (file) => 'file://' + file.split('/').map(encodeURIComponent).join('/');

async function main() {
  const plainPath = path.join(dir, 'plain.mjs');
  const byPath = await import(plainPath);
  const byUrl = await import(toUrl(plainPath));
  console.log(byPath.name, byPath === byUrl);
  const spaced = await import(toUrl(path.join(dir, 'with space/target #1.mjs')));
  console.log(spaced.name);
  const relative = await import('./fixtures/esm_file_url/with%20space/target%20%231.mjs');
  console.log(relative === spaced);
  for (const specifier of [toUrl(path.join(dir, 'missing.mjs')), 'file://host/x.mjs', 'file:///a%2fb.mjs']) {
    try {
      await import(specifier);
    } catch (error) {
      console.log(error.code);
    }
  }
}
main();
