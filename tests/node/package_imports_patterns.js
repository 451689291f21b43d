// "imports" patterns in an ES module package: "*" with and without extensions, conditions
// per pattern, fallbacks, patterns in the middle, and targets in other packages.
import('./fixtures/package_imports_patterns/run.js')
  .then(({ default: run }) => run())
  .then((lines) => lines.forEach((line) => console.log(line)));
