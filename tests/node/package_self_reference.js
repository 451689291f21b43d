// A module may import its own package by name when the package has "exports".
const use = require('./fixtures/package_self_reference/lib/user.js');

use().then((results) => {
  for (const result of results) console.log(result);
  try {
    require('@scope/self');
  } catch (error) {
    console.log('from outside:', error.code);
  }
});
