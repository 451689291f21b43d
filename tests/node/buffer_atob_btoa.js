// atob and btoa (globals and buffer exports): forgiving base64, Latin-1 only, DOMException errors.
const buffer = require('buffer');
console.log(atob === buffer.atob, btoa === buffer.btoa);
for (const text of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u0000\u0080', 'ÿØ', 123, null, undefined, true]) {
  const encoded = btoa(text);
  console.log(JSON.stringify(text), encoded, JSON.stringify(atob(encoded)));
}
const inputs = ['YQ==', 'YQ', 'YWI', 'YWJj', ' Y W J j ', 'YW\nJj\t', 'YQ=', 'YQ===', 'Y', 'YWJjZ', 'YQ==YQ==', 'Y=Q=',
  'YW-j', 'YW_j', 'YW*j', '====', '', '\fYQ\r', 'YQ= ', 'YQ =='];
for (const input of inputs) {
  try {
    console.log(JSON.stringify(input), JSON.stringify(atob(input)));
  } catch (error) {
    console.log(JSON.stringify(input), error.name, error.code, error.message, error instanceof DOMException);
  }
}
for (const input of ['€', 'a\u0100', '😀']) {
  try {
    btoa(input);
  } catch (error) {
    console.log(JSON.stringify(input), error.name, error.code, error.message);
  }
}
for (const fn of [atob, btoa]) {
  try {
    fn();
  } catch (error) {
    console.log(fn.name, error.name, error.code, error.message);
  }
}
