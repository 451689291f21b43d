// package.json "imports": "#name" specifiers for require and import, patterns, null,
// conditions, targets that are packages or built-ins, and invalid ones.
const run = require('./fixtures/package_imports/run.js');

run().then((results) => {
  for (const line of results) console.log(line);
  try {
    require('#dep');
  } catch (error) {
    console.log('outside the package:', error.code);
  }
});
