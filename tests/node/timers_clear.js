// Cleared timers and immediates never run; clearing twice or clearing junk is harmless.
const a = setTimeout(() => console.log('a'), 1);
setTimeout(() => {
  console.log('b');
  const im = setImmediate(() => console.log('im'));
  clearImmediate(im);
  setImmediate(() => console.log('immediate runs'));
}, 1);
clearTimeout(a);
clearTimeout(a);
clearTimeout(null);
clearTimeout({});
