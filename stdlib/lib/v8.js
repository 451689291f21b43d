'use strict';
// node:v8: the engine's heap figures (Sable's heap reported under V8's names), value
// serialization in V8's wire format (internal/v8/serdes.js), and the V8-specific rest, which
// Sable does not have and throws ERR_NOT_IMPLEMENTED for.

const binding = internalBinding('v8');
const { codedError, validateString } = require('internal/errors');
const { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer } = require('internal/v8/serdes');

// The heap: [allocated, live after the last collection, external, limit, young and full
// collections]. Before any collection everything allocated counts as used.
function heapFigures() {
  const [allocated, live, external, limit, youngCollections, fullCollections] = binding.heapStatistics();
  const used = youngCollections + fullCollections > 0 ? live : allocated;
  return { allocated, used, external, limit };
}

function getHeapStatistics() {
  const { allocated, used, external, limit } = heapFigures();
  return {
    total_heap_size: allocated,
    total_heap_size_executable: 0,
    total_physical_size: allocated,
    total_available_size: Math.max(0, limit - allocated),
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

// V8's spaces: Sable's one garbage-collected heap is the old space; the others are empty.
const kSpaces = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'new_large_object_space',
  'large_object_space', 'code_large_object_space', 'shared_large_object_space'];

function getHeapSpaceStatistics() {
  const { allocated, used, limit } = heapFigures();
  return kSpaces.map((space) => {
    const old = space === 'old_space';
    return {
      space_name: space,
      space_size: old ? allocated : 0,
      space_used_size: old ? used : 0,
      space_available_size: old ? Math.max(0, limit - allocated) : 0,
      physical_space_size: old ? allocated : 0,
    };
  });
}

// Identifies Sable's code cache format: it changes with the version.
function cachedDataVersionTag() {
  return require('zlib').crc32(`sable ${process.version}`);
}

// Sable has no V8 flags to set.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `v8.setFlagsFromString('${flags}') is not implemented in Sable: it has no V8 flags`);
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

// A function of Node's name and length that says Sable lacks it.
function notImplemented(name, length = 0) {
  const fail = {
    [name]() {
      throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `v8.${name}() is not implemented in Sable`);
    },
  }[name];
  return Object.defineProperty(fail, 'length', { value: length });
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot', 1),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics: notImplemented('getHeapCodeStatistics'),
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: notImplemented('takeCoverage'),
  stopCoverage: notImplemented('stopCoverage'),
  serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot', 2),
  promiseHooks: {
    onInit: notImplemented('promiseHooks.onInit'),
    onSettled: notImplemented('promiseHooks.onSettled'),
    onBefore: notImplemented('promiseHooks.onBefore'),
    onAfter: notImplemented('promiseHooks.onAfter'),
    createHook: notImplemented('promiseHooks.createHook'),
  },
  queryObjects: notImplemented('queryObjects', 1),
  startupSnapshot: {
    addSerializeCallback: notImplemented('startupSnapshot.addSerializeCallback'),
    addDeserializeCallback: notImplemented('startupSnapshot.addDeserializeCallback'),
    setDeserializeMainFunction: notImplemented('startupSnapshot.setDeserializeMainFunction'),
    // Node answers with the number in its snapshot flag: never building one here.
    isBuildingSnapshot: () => 0,
  },
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit', 1),
  GCProfiler: notImplemented('GCProfiler'),
};
