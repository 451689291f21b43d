// util.parseArgs tokens: kinds, indices, raw names and inline values for each argument form.
const { parseArgs } = require('util');
const options = { alpha: { type: 'boolean', short: 'a' }, beta: { type: 'string', short: 'b' }, gamma: { type: 'string', multiple: true } };
const argLists = [
  ['-a'], ['--alpha'], ['-b', 'x'], ['-bx'], ['--beta', 'x'], ['--beta=x'], ['--beta='], ['-ab', 'y'], ['-aby'],
  ['--gamma', '1', '--gamma=2'], ['pos', '-a', 'pos2'], ['--', '-a', '--beta'], ['-a', '--', '--'], ['-'],
];
for (const args of argLists) {
  const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, tokens: true });
  console.log(JSON.stringify(args), JSON.stringify(values), JSON.stringify(positionals));
  for (const token of tokens) console.log('   ', JSON.stringify(token));
}
const loose = parseArgs({ args: ['--unknown', 'v', '-xyz', '--k=v=w'], strict: false, tokens: true });
console.log(JSON.stringify(loose.values), JSON.stringify(loose.positionals), JSON.stringify(loose.tokens));
console.log(Object.keys(parseArgs({ args: [], options })).join(','), Object.keys(parseArgs({ args: [], tokens: true })).join(','));
