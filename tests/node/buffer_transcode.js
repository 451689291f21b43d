// buffer.transcode between utf8, utf16le, latin1 and ascii.
const { transcode } = require('buffer');
const source = Buffer.from('héllo €uro');
for (const [from, to] of [['utf8', 'utf16le'], ['utf8', 'ucs2'], ['utf8', 'latin1'], ['utf8', 'ascii'], ['utf8', 'utf8']]) {
  const result = transcode(source, from, to);
  console.log(from, to, Buffer.isBuffer(result), result.toString('hex'));
}
const wide = Buffer.from('wide ü', 'utf16le');
console.log(transcode(wide, 'utf16le', 'utf8').toString(), transcode(wide, 'ucs2', 'latin1').toString('latin1'));
console.log(transcode(Buffer.from([0xe9, 0x41]), 'latin1', 'utf8').toString('hex'));
console.log(transcode(Buffer.alloc(0), 'utf8', 'utf16le'));
for (const args of [['a', 'utf8', 'latin1'], [Buffer.from('a'), 'utf8', 'hex'], [Buffer.from('a'), 'base64', 'utf8']]) {
  try {
    console.log(transcode(...args));
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
