// util.parseArgs: long and short options, groups, inline values, multiple, defaults, tokens.
const { parseArgs } = require('util');
function run(config) {
  try {
    const result = parseArgs(config);
    console.log(JSON.stringify(config.args), JSON.stringify(result), Object.getPrototypeOf(result.values));
  } catch (e) {
    console.log(JSON.stringify(config.args), e.name, e.code, JSON.stringify(e.message));
  }
}
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
  color: { type: 'boolean', default: true },
};
for (const args of [
  [], ['--verbose'], ['-v'], ['--file', 'a.txt'], ['--file=a.txt'], ['--file='], ['-f', 'x'], ['-fx'], ['-vf', 'x'],
  ['-vfx'], ['-t', 'a', '--tag', 'b', '-tc'], ['--level', 'debug', '--no-color'], ['--color', '--verbose', '--verbose'],
]) {
  run({ args, options, allowPositionals: false, strict: true });
}
run({ args: ['a', '--verbose', 'b', '--', '--file', 'c'], options, allowPositionals: true });
run({ args: ['-f', '--', 'x'], options, allowPositionals: true, strict: false });
run({ args: ['-v', '-f', 'x', '--', 'p'], options, allowPositionals: true, tokens: true });
run({ args: ['--s=', '-s', 'v', '--s', 'w', '-sz'], options: { s: { type: 'string', short: 's', multiple: true } }, tokens: true });
run({ args: ['-ab', '--c=d', '-e', '-', 'p', '--=x', '-1'], strict: false, tokens: true });
run({ args: ['--no-color', '--color'], options, allowNegative: true, tokens: true });
run({ args: ['--no-color'], options, allowNegative: true });
run({ args: ['--a', '--b=2', 'pos'], strict: false });
run({ args: ['-'], options: {}, allowPositionals: true });
run({ args: ['--'], options: {}, tokens: true });
run({ args: [], options: { a: { type: 'boolean', default: false }, b: { type: 'string', multiple: true, default: ['x', 'y'] } } });
run({ args: ['--b', 'z'], options: { b: { type: 'string', multiple: true, default: ['x'] } } });
