// StringDecoder over a long mixed text cut into uneven chunks gives back the text exactly.
const { StringDecoder } = require('string_decoder');
const text = 'Grüße, 世界! 😀 naïve café — ✓ done. '.repeat(20);
const sizes = [1, 2, 3, 5, 7, 11, 13];
for (const encoding of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  const bytes = Buffer.from(text, encoding === 'latin1' ? 'latin1' : encoding === 'utf16le' ? 'utf16le' : 'utf8');
  const expected = bytes.toString(encoding);
  const results = [];
  for (const size of sizes) {
    const decoder = new StringDecoder(encoding);
    let output = '';
    let chunks = 0;
    for (let i = 0, step = 0; i < bytes.length; i += sizes[(step++ + size) % sizes.length]) {
      output += decoder.write(bytes.subarray(i, i + sizes[(step + size - 1) % sizes.length]));
      chunks++;
    }
    output += decoder.end();
    results.push(`${size}:${output.length}`);
  }
  console.log(encoding, bytes.length, expected.length, results.join(' '));
}
for (const encoding of ['utf8', 'utf16le', 'base64']) {
  const bytes = Buffer.from(text, encoding === 'utf16le' ? 'utf16le' : 'utf8');
  const decoder = new StringDecoder(encoding);
  let output = '';
  for (let i = 0; i < bytes.length; i += 3) output += decoder.write(bytes.subarray(i, i + 3));
  output += decoder.end();
  console.log(encoding, output === bytes.toString(encoding));
}
