// util.parseArgs errors: unknown options, missing or ambiguous values, positionals, bad config.
const { parseArgs } = require('util');
function run(config) {
  try {
    console.log(JSON.stringify(parseArgs(config)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
const options = { verbose: { type: 'boolean', short: 'v' }, file: { type: 'string', short: 'f' }, f2: { type: 'string' } };
run({ args: ['--foo'], options });
run({ args: ['--foo'], options, allowPositionals: true });
run({ args: ['-x'], options });
run({ args: ['-x'], options, allowPositionals: true });
run({ args: ['-vx'], options });
run({ args: ['--verbose=1'], options });
run({ args: ['-v', '--file'], options });
run({ args: ['--f2'], options });
run({ args: ['-f'], options });
run({ args: ['-f', '-x'], options });
run({ args: ['--file', '-x'], options });
run({ args: ['--f2', '--'], options });
run({ args: ['pos'], options });
run({ args: ['-'], options });
run({ args: ['--no-verbose'], options });
run({ args: ['--no-verbose=1'], options, allowNegative: true });
run({ args: ['--no-file'], options, allowNegative: true });
run({ args: ['--no-nope'], options, allowNegative: true });
run({ args: 1 });
run({ args: [], strict: 1 });
run({ args: [], tokens: 1 });
run({ args: [], allowPositionals: 'yes' });
run({ args: [], options: 1 });
run({ args: [], options: { a: 1 } });
run({ args: [], options: { a: {} } });
run({ args: [], options: { a: { type: 'x' } } });
run({ args: [], options: { a: { type: 'string', short: 'ab' } } });
run({ args: [], options: { a: { type: 'string', short: 1 } } });
run({ args: [], options: { a: { type: 'string', multiple: 'x' } } });
run({ args: [], options: { a: { type: 'string', default: 1 } } });
run({ args: [], options: { a: { type: 'boolean', default: 'x' } } });
run({ args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
run({ args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } });
