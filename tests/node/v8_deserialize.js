// v8.deserialize and the Serializer/Deserializer classes: round trips of every kind of value
// (identity of shared references and cycles kept), the raw write/read methods, host objects,
// transferred ArrayBuffers, older wire versions and corrupt input.
const v8 = require('v8');
const util = require('util');

const sample = {
  number: 1.5, int: -7, big: -(2n ** 80n), string: 'héllo €', bool: true, nil: null, undef: undefined,
  array: [1, 'two', [3]], sparse: [1, , 3], map: new Map([[{ k: 1 }, 'object key']]), set: new Set([1, 'a']),
  date: new Date(Date.UTC(2001, 0, 1)), regexp: /a.c/gs, wrappers: [Object(2), Object('s'), Object(false)],
  buffer: Buffer.from('bytes'), floats: new Float64Array([0.25, -1]), view: new DataView(new Uint8Array([9, 8]).buffer),
  arrayBuffer: new Uint8Array([1, 2, 3]).buffer, bigints: new BigInt64Array([5n]),
};
const copy = v8.deserialize(v8.serialize(sample));
console.log(util.inspect({ ...copy, view: copy.view.constructor.name }, { depth: 4 }));
console.log('sparse hole kept', 1 in copy.sparse, copy.sparse.length, Buffer.isBuffer(copy.buffer), copy.view.getUint8(1));

const shared = { shared: true };
const cycle = { list: [shared, shared] };
cycle.self = cycle;
const back = v8.deserialize(v8.serialize(cycle));
console.log('identity', back.self === back, back.list[0] === back.list[1]);

for (const error of [new Error('plain'), new TypeError('typed'), new RangeError('range')]) {
  const revived = v8.deserialize(v8.serialize(error));
  console.log('error', revived instanceof Error, revived.constructor.name, revived.message, typeof revived.stack);
}

// The raw methods.
const serializer = new v8.Serializer();
serializer.writeHeader();
serializer.writeUint32(300);
serializer.writeUint64(1, 2);
serializer.writeDouble(-2.5);
serializer.writeRawBytes(Buffer.from('raw'));
serializer.writeValue('tail');
const raw = serializer.releaseBuffer();
console.log('raw', raw.toString('hex'), serializer.releaseBuffer().length);
const deserializer = new v8.Deserializer(raw);
console.log(deserializer.readHeader(), deserializer.getWireFormatVersion(), deserializer.readUint32(), deserializer.readUint64(),
  deserializer.readDouble(), deserializer.readRawBytes(3).toString(), deserializer.readValue());

// The plain Serializer writes a view after its whole ArrayBuffer.
const plain = new v8.Serializer();
plain.writeHeader();
plain.writeValue(new Uint16Array(new Uint16Array([1, 2, 3]).buffer, 2, 1));
const plainBytes = plain.releaseBuffer();
console.log('plain view', plainBytes.toString('hex'));
const plainBack = new v8.Deserializer(plainBytes);
plainBack.readHeader();
console.log(plainBack.readValue());

// Transferred ArrayBuffers travel by id.
const transferring = new v8.Serializer();
const transferred = new Uint8Array([7, 7]).buffer;
transferring.transferArrayBuffer(3, transferred);
transferring.writeHeader();
transferring.writeValue({ buffer: transferred });
const transferBytes = transferring.releaseBuffer();
console.log('transfer', transferBytes.toString('hex'));
const receiving = new v8.Deserializer(transferBytes);
const target = new ArrayBuffer(1);
receiving.transferArrayBuffer(3, target);
receiving.readHeader();
console.log('transferred is the given buffer', receiving.readValue().buffer === target);

// Host objects: a subclass decides how they are written and read.
class Custom extends v8.Serializer {
  _writeHostObject(object) { this.writeUint32(object.length * 10); }
}
const custom = new Custom();
custom._setTreatArrayBufferViewsAsHostObjects(true);
custom.writeHeader();
custom.writeValue([new Uint8Array(4)]);
const customBytes = custom.releaseBuffer();
console.log('custom host', customBytes.toString('hex'));
class CustomReader extends v8.Deserializer {
  _readHostObject() { return { length: this.readUint32() / 10 }; }
}
const customReader = new CustomReader(customBytes);
customReader.readHeader();
console.log(customReader.readValue());
console.log('_getDataCloneError', new v8.Serializer()._getDataCloneError('msg') instanceof Error);

console.log('version 13', v8.deserialize(Buffer.from('ff0d6f220161490a7b01', 'hex')));
for (const [label, bytes] of [['no header', '4902'], ['version 16', 'ff104902'], ['bad tag', 'ff0f99'], ['truncated', 'ff0f2205616263'],
  ['empty', '']]) {
  try {
    console.log(label, v8.deserialize(Buffer.from(bytes, 'hex')));
  } catch (error) {
    console.log(label, error.name, error.message);
  }
}
for (const [label, fn] of [['deserialize string', () => v8.deserialize('x')], ['writeRawBytes', () => new v8.Serializer().writeRawBytes('x')]]) {
  try { fn(); } catch (error) { console.log(label, error.name, error.code); }
}
