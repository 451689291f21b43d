// node:tty without a terminal: isatty on several descriptors, the stream classes' errors for
// descriptors that are not terminals, their prototypes, and getColorDepth/hasColors for many
// environments (they only read the env they are given).
const tty = require('tty');
const fs = require('fs');
const os = require('os');
const path = require('path');

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(directory, 'file.txt');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r');
console.log('isatty(file fd):', tty.isatty(fd));
for (const value of [-1, 2 ** 31, 1.5, '0', null, undefined, 123456]) console.log('isatty', value, tty.isatty(value));

function attempt(label, action) {
  try {
    const result = action();
    console.log(label, 'made', result.constructor.name);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
    if (error.info) console.log('  info:', error.info.code, error.info.syscall);
  }
}
attempt('ReadStream(file fd):', () => new tty.ReadStream(fd));
attempt('WriteStream(file fd):', () => new tty.WriteStream(fd));
attempt('ReadStream(-1):', () => new tty.ReadStream(-1));
attempt('WriteStream(1.5):', () => tty.WriteStream(1.5));
fs.closeSync(fd);
fs.rmSync(directory, { recursive: true, force: true });

const { WriteStream, ReadStream } = tty;
console.log('WriteStream methods:', ['getColorDepth', 'hasColors', 'getWindowSize', 'cursorTo', 'moveCursor', 'clearLine',
  'clearScreenDown', '_refreshSize'].map((name) => typeof WriteStream.prototype[name]).join(' '));
console.log('ReadStream methods:', typeof ReadStream.prototype.setRawMode, 'isTTY on WriteStream prototype:', WriteStream.prototype.isTTY);
console.log('both are net.Sockets:', WriteStream.prototype instanceof require('net').Socket, ReadStream.prototype instanceof require('net').Socket);

const environments = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen' }, { TERM: 'linux' },
  { TERM: 'vt100' }, { TERM: 'mosh' }, { TERM: 'xterm-kitty' }, { TERM: 'rxvt-unicode-24bit' }, { TERM: 'unknown' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'yes' }, { TMUX: '1' }, { NO_COLOR: '' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm-256color' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' },
  { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'false' }, { FORCE_COLOR: '3', NO_COLOR: '1' },
  { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { CI: '1', CI_NAME: 'codeship' }, { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '8.0' }, { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.2' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' }, { TERM: 'CYGWIN' }, { TERM: 'con132x25' },
];
const getColorDepth = WriteStream.prototype.getColorDepth;
const hasColors = WriteStream.prototype.hasColors;
for (const env of environments) {
  console.log(JSON.stringify(env).padEnd(48), getColorDepth.call(null, env), hasColors.call(null, env),
    hasColors.call(null, 256, env), hasColors.call(null, 2 ** 24, env), hasColors.call(null, 2, env));
}
try {
  hasColors.call(null, 1, {});
} catch (error) {
  console.log('hasColors(1):', error.code, error.message);
}
