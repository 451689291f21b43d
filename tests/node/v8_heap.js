// v8 heap figures and the rest of node:v8: getHeapStatistics and getHeapSpaceStatistics (keys,
// types, consistency; numbers differ between engines so only their relations are printed),
// cachedDataVersionTag, setFlagsFromString's argument check, the module's exports.
const v8 = require('v8');

console.log(Object.keys(v8).join());
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats).join());
console.log(Object.values(stats).every((value) => Number.isInteger(value) && value >= 0));
console.log('used <= total', stats.used_heap_size <= stats.total_heap_size, 'total <= limit', stats.total_heap_size <= stats.heap_size_limit);
console.log('some heap in use', stats.used_heap_size > 100000, 'limit above 100MB', stats.heap_size_limit > 100 * 2 ** 20);
console.log('available within limit', stats.total_available_size <= stats.heap_size_limit, stats.does_zap_garbage, stats.number_of_native_contexts >= 1);

const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((space) => space.space_name).join());
console.log(spaces.every((space) => Object.keys(space).join() === 'space_name,space_size,space_used_size,space_available_size,physical_space_size'));
console.log(spaces.every((space) => space.space_used_size <= space.space_size));
const oldSpace = spaces.find((space) => space.space_name === 'old_space');
console.log('old space in use', oldSpace.space_used_size > 0, spaces.reduce((sum, space) => sum + space.space_size, 0) <= stats.total_heap_size + 2 ** 24);

// Allocating grows the heap figures.
const before = v8.getHeapStatistics().total_heap_size;
const keep = Array.from({ length: 200000 }, (_, i) => ({ i }));
console.log('heap grew', v8.getHeapStatistics().total_heap_size > before, keep.length);

const tag = v8.cachedDataVersionTag();
console.log('cachedDataVersionTag', Number.isInteger(tag), tag >= 0, tag < 2 ** 32, tag === v8.cachedDataVersionTag());
try {
  v8.setFlagsFromString(5);
} catch (error) {
  console.log(error.name, error.code, error.message);
}
console.log(typeof v8.startupSnapshot.isBuildingSnapshot, v8.startupSnapshot.isBuildingSnapshot());
console.log(typeof v8.Serializer, typeof v8.DefaultDeserializer, new v8.DefaultSerializer() instanceof v8.Serializer,
  new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);
