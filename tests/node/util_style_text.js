// util.styleText with every style name, arrays of styles, and its argument checks.
const util = require('util');
const names = ['reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough', 'doubleunderline',
  'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'redBright', 'bgRed', 'bgWhiteBright', 'framed', 'overlined'];
for (const name of names) console.log(name, JSON.stringify(util.styleText(name, 'x', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'italic', 'underline'], 'text')));
console.log(JSON.stringify(util.styleText([], 'plain')));
console.log(JSON.stringify(util.styleText('red', '')));
for (const [format, text] of [['nope', 'x'], ['red', 5], [['red', 'nope'], 'x'], [5, 'x']]) {
  try {
    util.styleText(format, text);
  } catch (e) {
    console.log(e.name, e.code, e.message.slice(0, 60));
  }
}
