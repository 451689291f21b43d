// swap16, swap32, swap64 reverse the bytes of each group in place.
const make = (length) => Buffer.from(Array.from({ length }, (_, i) => i + 1));
for (const length of [0, 2, 4, 8, 16, 24]) {
  const results = [];
  for (const method of ['swap16', 'swap32', 'swap64']) {
    try {
      const buffer = make(length);
      const returned = buffer[method]();
      results.push(`${method}=${buffer.toString('hex')}${returned === buffer ? '' : '!'}`);
    } catch (error) {
      results.push(`${method}:${error.code}:${error.message}`);
    }
  }
  console.log(length, results.join(' '));
}
for (const length of [1, 3, 6, 7, 12]) {
  for (const method of ['swap16', 'swap32', 'swap64']) {
    try {
      console.log(length, method, make(length)[method]().toString('hex'));
    } catch (error) {
      console.log(length, method, error.name, error.code, error.message);
    }
  }
}
const text = Buffer.from('héllo wörld!', 'utf16le');
console.log(text.swap16().toString('hex'), text.swap16().toString('utf16le'));
const sub = make(8).subarray(2, 6);
console.log(sub.swap32().toString('hex'));
