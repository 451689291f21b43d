// Packages without "exports", imported: "main" (as a file, with an extension, or a folder's
// index), else index.js; subpaths need their extension; scoped packages.
import('./fixtures/esm_legacy_main/run.mjs')
  .then(({ default: run }) => run())
  .then((lines) => lines.forEach((line) => console.log(line)));
