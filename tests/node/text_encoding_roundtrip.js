// Code points across every UTF-8 length round trip through TextEncoder, TextDecoder and Buffer.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const points = [];
for (let code = 0; code <= 0x10ffff; code += code < 0x800 ? 31 : code < 0x10000 ? 997 : 40009) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  points.push(code);
}
points.push(0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff);
let mismatches = 0;
const lengths = {};
for (const code of points) {
  const text = String.fromCodePoint(code);
  const bytes = encoder.encode(text);
  const viaBuffer = Buffer.from(text);
  lengths[bytes.length] = (lengths[bytes.length] || 0) + 1;
  if (!viaBuffer.equals(bytes) || decoder.decode(bytes) !== text || viaBuffer.toString() !== text ||
    Buffer.from(text, 'utf16le').toString('utf16le') !== text) {
    mismatches++;
  }
}
console.log(points.length, JSON.stringify(lengths), 'mismatches', mismatches);
const all = points.map((code) => String.fromCodePoint(code)).join('');
const encoded = encoder.encode(all);
console.log(encoded.length, Buffer.byteLength(all), decoder.decode(encoded) === all);
const hex = Buffer.from(encoded).toString('hex');
console.log(hex.slice(0, 80), hex.length);
const utf16 = new TextDecoder('utf-16le').decode(Buffer.from(all, 'utf16le'));
console.log(utf16 === all, utf16.length);
