// http2: constants and the SETTINGS payload codec.
const http2 = require('http2');
const { constants } = http2;

console.log(Object.keys(constants).length);
for (const name of ['NGHTTP2_ERR_FRAME_SIZE_ERROR', 'NGHTTP2_SESSION_CLIENT', 'NGHTTP2_FLAG_END_HEADERS', 'MAX_MAX_FRAME_SIZE',
  'DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS', 'NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL', 'PADDING_STRATEGY_CALLBACK',
  'NGHTTP2_HTTP_1_1_REQUIRED', 'HTTP2_HEADER_STATUS', 'HTTP2_HEADER_PROTOCOL', 'HTTP2_HEADER_CONTENT_TYPE', 'HTTP2_HEADER_HTTP2_SETTINGS',
  'HTTP2_METHOD_GET', 'HTTP2_METHOD_VERSION_CONTROL', 'HTTP_STATUS_OK', 'HTTP_STATUS_TEAPOT', 'HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED']) {
  console.log(name, constants[name]);
}
console.log(Object.keys(constants).filter((k) => k.startsWith('HTTP2_HEADER_')).join(' '));
console.log(Object.keys(constants).filter((k) => k.startsWith('HTTP2_METHOD_')).join(' '));
console.log(Object.entries(constants).filter(([k]) => k.startsWith('HTTP_STATUS_')).map(([k, v]) => `${v}=${k.slice(12)}`).join(' '));
console.log(Object.keys(constants).slice(0, 52).join(' '));

console.log(http2.getDefaultSettings());
const samples = [
  {},
  { enablePush: false, maxConcurrentStreams: 100 },
  { headerTableSize: 100, initialWindowSize: 1000, maxFrameSize: 20000, maxHeaderListSize: 1000, enableConnectProtocol: true },
  { maxHeaderSize: 5 },
  { maxHeaderListSize: 1.5 },
  { customSettings: { 9: 1, 300: 2 } },
  { headerTableSize: 2 ** 32 - 1, maxFrameSize: 2 ** 24 - 1, initialWindowSize: 2 ** 31 - 1 },
];
for (const settings of samples) {
  const packed = http2.getPackedSettings(settings);
  console.log(packed.toString('hex'), http2.getUnpackedSettings(packed));
}
console.log(http2.getPackedSettings().length);
for (const bad of [{ headerTableSize: -1 }, { headerTableSize: 2 ** 32 }, { enablePush: 1 }, { maxFrameSize: 100 },
  { initialWindowSize: 2 ** 31 }, { enableConnectProtocol: 'x' }, { maxConcurrentStreams: '5' }, null, 5]) {
  try { http2.getPackedSettings(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const bad of [Buffer.alloc(5), 'x', Buffer.from([0, 5, 0, 0, 0, 1]), Buffer.from([0, 2, 0, 0, 0, 2])]) {
  try { console.log(http2.getUnpackedSettings(bad, { validate: true })); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(http2.getUnpackedSettings(new Uint8Array([0, 2, 0, 0, 0, 1, 0, 4, 0, 1, 0, 0])));
console.log(typeof http2.sensitiveHeaders, http2.sensitiveHeaders.toString());
console.log(Object.keys(http2));
