// emitKeypressEvents: printable and control characters, escape sequences for arrows,
// editing and function keys with modifiers, meta keys, and a lone escape after the timeout.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough({ objectMode: true });
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
input.on('keypress', (s, key) => console.log(JSON.stringify(s), JSON.stringify(key)));
input.write('aZ1 \r\n\t\x7f\b\x03\x1a');
input.write('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[3~\x1b[5~\x1b[2~\x1bb\x1b[1;5C\x1bOP\x1b[15~é!');
setTimeout(() => input.write('\x1b'), 10);
