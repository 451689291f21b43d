// hex: encoding, decoding up to the first invalid pair, odd lengths and write().
const inputs = ['', '00', 'ff', 'FF', 'aBcD', '0g', 'abc', 'a', '12 34', '1234zz56', 'zz', '0x12', 'deadbeefcafe'];
for (const input of inputs) {
  const buffer = Buffer.from(input, 'hex');
  console.log(JSON.stringify(input), buffer.length, buffer.toString('hex'), Buffer.byteLength(input, 'hex'));
}
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const hex = all.toString('hex');
console.log(hex.slice(0, 64), hex.length, Buffer.from(hex, 'hex').equals(all));
console.log(Buffer.from(hex.toUpperCase(), 'hex').equals(all));
const target = Buffer.alloc(6, 0xee);
console.log(target.write('0102', 'hex'), target.toString('hex'));
console.log(target.write('a1b2c3d4', 3, 'hex'), target.toString('hex'));
console.log(target.write('ffzz', 0, 'hex'), target.toString('hex'));
console.log(target.write('zz', 'hex'), target.toString('hex'));
console.log(target.write('778899', 1, 2, 'hex'), target.toString('hex'));
console.log(target.toString('hex', 2, 4), target.toString('hex', 5), target.toString('hex', 6));
