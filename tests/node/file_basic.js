// File: a named Blob with lastModified.
const { File, Blob } = require('buffer');
const file = new File(['hello ', Buffer.from('file')], 'notes.txt', { type: 'Text/Plain', lastModified: 1234 });
console.log(file, file.name, file.size, file.type, file.lastModified);
console.log(file instanceof Blob, file instanceof File, Object.prototype.toString.call(file));
console.log(new File([], 42, { lastModified: '77' }).name, new File([], 'x', { lastModified: '77' }).lastModified);
console.log(new File([], 'x', { lastModified: 'nope' }).lastModified, new File([], 'x', { lastModified: 3.9 }).lastModified);
console.log(typeof new File([], 'now').lastModified, file.slice(0, 5) instanceof File, file.slice(0, 5) instanceof Blob);
for (const args of [[], [['a']]]) {
  try {
    new File(...args);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
file.text().then((text) => console.log(JSON.stringify(text)));
