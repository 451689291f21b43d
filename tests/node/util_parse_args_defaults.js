// util.parseArgs defaults, multiple values, and values left unset.
const { parseArgs } = require('util');
const options = {
  name: { type: 'string', default: 'anon' },
  tags: { type: 'string', multiple: true, default: ['a', 'b'] },
  flag: { type: 'boolean', default: false },
  flags: { type: 'boolean', multiple: true, short: 'f' },
  none: { type: 'string' },
};
for (const args of [[], ['--name', 'x'], ['--tags', 'c'], ['--tags', 'c', '--tags=d'], ['--flag'], ['-fff'], ['-f', '--flags'],
  ['--name=', '--none='], ['--name', 'a', '--name', 'b']]) {
  const { values } = parseArgs({ args, options });
  console.log(JSON.stringify(args), JSON.stringify(values), Object.keys(values).join(','));
}
const shared = parseArgs({ args: [], options });
shared.values.tags.push('mutated');
console.log(options.tags.default, parseArgs({ args: [], options }).values.tags);
