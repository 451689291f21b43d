// process.emitWarning: the Error it makes, the 'warning' event (after the current tick), the
// options form, and argument errors. (Its stderr text is not compared here: it holds the pid.)
const seen = [];
process.on('warning', (warning) => {
  seen.push(warning);
  console.log('warning event:', warning instanceof Error, warning.name, warning.code, warning.detail, warning.message);
});

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with options', { type: 'OptionsWarning', code: 'OPT1', detail: 'some detail' });
const error = new Error('an error object');
error.name = 'ErrorWarning';
process.emitWarning(error);
console.log('no event yet:', seen.length);

for (const [label, action] of [
  ['number warning', () => process.emitWarning(5)],
  ['object warning', () => process.emitWarning({ message: 'x' })],
  ['number type', () => process.emitWarning('x', 5)],
  ['number code', () => process.emitWarning('x', 'T', 7)],
]) {
  try {
    action();
    console.log(label, 'accepted');
  } catch (caught) {
    console.log(label, caught.code, caught.message);
  }
}

setImmediate(() => {
  console.log('events seen:', seen.length, 'same error object:', seen[4] === error);
});
