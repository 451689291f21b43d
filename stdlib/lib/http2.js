'use strict';
// http2: the protocol's constants and the SETTINGS frame payload codec (getPackedSettings,
// getUnpackedSettings, getDefaultSettings). Sessions and streams (connect, createServer,
// createSecureServer, performServerHandshake and the compatibility classes) are not implemented
// in Sable: they throw ERR_NOT_IMPLEMENTED.

const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const constants = require('internal/http2/constants');

// The settings a SETTINGS frame carries: [name, identifier, kind, minimum, maximum].
const kMaxUint32 = 2 ** 32 - 1;
const settingsTable = [
  ['headerTableSize', constants.NGHTTP2_SETTINGS_HEADER_TABLE_SIZE, 'number', 0, kMaxUint32],
  ['enablePush', constants.NGHTTP2_SETTINGS_ENABLE_PUSH, 'boolean'],
  ['maxConcurrentStreams', constants.NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 'number', 0, kMaxUint32],
  ['initialWindowSize', constants.NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 'number', 0, constants.MAX_INITIAL_WINDOW_SIZE],
  ['maxFrameSize', constants.NGHTTP2_SETTINGS_MAX_FRAME_SIZE, 'number', constants.MIN_MAX_FRAME_SIZE,
    constants.MAX_MAX_FRAME_SIZE],
  ['maxHeaderListSize', constants.NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, 'number', 0, kMaxUint32],
  ['enableConnectProtocol', constants.NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL, 'boolean'],
];
const settingById = new Map(settingsTable.map((entry) => [entry[1], entry]));

function invalidSetting(ErrorClass, name, value) {
  return codedError(ErrorClass, 'ERR_HTTP2_INVALID_SETTING_VALUE', `Invalid value for setting "${name}": ${value}`);
}

function validateSetting([name, , kind, minimum, maximum], value) {
  if (kind === 'boolean') {
    if (typeof value !== 'boolean') throw invalidSetting(TypeError, name, value);
  } else if (typeof value !== 'number' || !(value >= minimum && value <= maximum)) {
    throw invalidSetting(RangeError, name, value);
  }
}

function getDefaultSettings() {
  return Object.assign(Object.create(null), {
    headerTableSize: constants.DEFAULT_SETTINGS_HEADER_TABLE_SIZE,
    enablePush: true,
    initialWindowSize: constants.DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE,
    maxFrameSize: constants.DEFAULT_SETTINGS_MAX_FRAME_SIZE,
    maxConcurrentStreams: constants.DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS,
    maxHeaderSize: constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE,
    maxHeaderListSize: constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE,
    enableConnectProtocol: false,
  });
}

// The SETTINGS payload: six bytes per setting, a 16-bit identifier and a 32-bit value, in
// identifier order, then the custom settings.
function getPackedSettings(settings = {}) {
  if (settings === null || typeof settings !== 'object') throw invalidArgType('settings', 'of type object', settings);
  const values = { ...settings };
  if (values.maxHeaderSize !== undefined) {
    if (values.maxHeaderListSize !== undefined) {
      process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
    }
    values.maxHeaderListSize = values.maxHeaderSize;
  }
  const entries = [];
  for (const entry of settingsTable) {
    const value = values[entry[0]];
    if (value === undefined) continue;
    validateSetting(entry, value);
    entries.push([entry[1], typeof value === 'boolean' ? Number(value) : value]);
  }
  for (const [id, value] of Object.entries(values.customSettings ?? {})) {
    const identifier = Number(id);
    if (!Number.isInteger(identifier) || identifier < 0 || identifier > 0xffff) {
      throw invalidSetting(RangeError, 'customSettings:id', id);
    }
    if (typeof value !== 'number' || !(value >= 0 && value <= kMaxUint32)) {
      throw invalidSetting(RangeError, 'customSettings:value', value);
    }
    entries.push([identifier, value]);
  }
  const packed = Buffer.alloc(entries.length * 6);
  entries.forEach(([id, value], index) => {
    packed.writeUInt16BE(id, index * 6);
    packed.writeUInt32BE(value >>> 0, index * 6 + 2);
  });
  return packed;
}

function getUnpackedSettings(buf, options = {}) {
  if (!ArrayBuffer.isView(buf) || buf instanceof DataView) {
    throw invalidArgType('buf', 'an instance of Buffer or TypedArray', buf);
  }
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (bytes.length % 6 !== 0) {
    throw codedError(RangeError, 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six');
  }
  const settings = {};
  for (let offset = 0; offset < bytes.length; offset += 6) {
    const id = bytes.readUInt16BE(offset);
    const value = bytes.readUInt32BE(offset + 2);
    const entry = settingById.get(id);
    if (entry === undefined) {
      settings.customSettings ??= {};
      settings.customSettings[id] = value;
      continue;
    }
    const name = entry[0];
    if (name === 'maxHeaderListSize') settings.maxHeaderSize = value;
    settings[name] = entry[2] === 'boolean' ? value !== 0 : value;
    if (options?.validate && entry[2] === 'number') validateSetting(entry, value);
  }
  return settings;
}

function notImplemented(name) {
  return function () {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `http2.${name} is not implemented in Sable`);
  };
}

class Http2ServerRequest {
  constructor() {
    notImplemented('Http2ServerRequest')();
  }
}

class Http2ServerResponse {
  constructor() {
    notImplemented('Http2ServerResponse')();
  }
}

module.exports = {
  connect: notImplemented('connect'),
  constants,
  createServer: notImplemented('createServer'),
  createSecureServer: notImplemented('createSecureServer'),
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: notImplemented('performServerHandshake'),
  sensitiveHeaders: Symbol('sensitiveHeaders'),
  Http2ServerRequest,
  Http2ServerResponse,
};
