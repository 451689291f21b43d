// toJSON and JSON.stringify / JSON.parse round trips.
const buffers = [Buffer.alloc(0), Buffer.from('hi'), Buffer.from([0, 255, 128]), Buffer.from('€')];
for (const buffer of buffers) {
  const json = JSON.stringify(buffer);
  console.log(json, buffer.toJSON().type, Array.isArray(buffer.toJSON().data));
  const parsed = JSON.parse(json, (key, value) =>
    value && value.type === 'Buffer' ? Buffer.from(value.data) : value);
  console.log(parsed.equals(buffer));
}
console.log(JSON.stringify({ nested: Buffer.from('ab'), list: [Buffer.from('c')] }));
console.log(JSON.stringify(Buffer.from('abc').subarray(1)));
console.log(Object.keys(Buffer.from('ab').toJSON()));
