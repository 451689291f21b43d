// How Blob, File, TextEncoder, TextDecoder and DOMException print, alone and nested at depth.
const util = require('util');
console.log({ b: new Blob(['a']), f: new File([], 'n', { lastModified: 1 }), d: new TextDecoder(), e: new TextEncoder() });
console.log([[[new Blob([])]]], { a: { b: { c: { d: new Blob([]) } } } });
console.log(util.inspect(new Blob(['xy']), { depth: 0 }), util.inspect({ a: new TextDecoder('utf-16le', { fatal: true }) }, { depth: 0 }));
console.log(util.inspect({ deep: { file: new File(['abc'], 'f.txt', { type: 'A/B', lastModified: 2 }) } }, { depth: 1 }));
console.log(new Blob(['x'], { type: 'text/html' }), new TextDecoder('latin1', { ignoreBOM: true }));
console.log(util.inspect([new TextEncoder()]), String(new Blob()), String(new TextDecoder()));
const error = new DOMException('went wrong', 'AbortError');
console.log(error.name, error.message, error.code, `${error}`);
console.log(util.types.isUint8Array(Buffer.from('a')), util.types.isTypedArray(Buffer.alloc(1)), util.types.isNativeError(error));
