// util.stripVTControlCharacters on SGR colors, cursor moves, hyperlinks and plain text.
const { stripVTControlCharacters } = require('util');
const samples = ['\u001b[31mred\u001b[0m', '\u001b[38;5;196mxterm\u001b[39m', '\u001b[38;2;1;2;3mtrue\u001b[m', '\u001b[1A\u001b[2Kcleared',
  '\u001b[?1049h\u001b[?1049l', '\u001b]0;title\u0007text', '\u001b]8;;https://x\u001b\\link\u001b]8;;\u001b\\', 'no escapes',
  '\u001b[', 'a\u001bb', '\u009b31mc1'];
for (const sample of samples) console.log(JSON.stringify(sample), JSON.stringify(stripVTControlCharacters(sample)));
for (const bad of [null, 1, {}]) {
  try { stripVTControlCharacters(bad); } catch (e) { console.log(e.code, e.message); }
}
