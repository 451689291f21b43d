'use strict';
// The names of Node's built-in modules, which of them Sable provides, and loading one.

const { builtinIds } = internalBinding('modules');

const builtinSet = new Set(builtinIds);
// Node's built-in modules Sable does not provide yet: requiring one says so.
const nodeBuiltins = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
const nodeBuiltinSet = new Set(nodeBuiltins);
const schemeOnlyBuiltins = new Set(['test', 'sea', 'sqlite', 'test/reporters']);

function isBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  return nodeBuiltinSet.has(id) || (request.startsWith('node:') && schemeOnlyBuiltins.has(id));
}

function loadBuiltin(id) {
  if (builtinSet.has(id)) return require(id);
  const error = new Error(`The built-in module '${id}' is not implemented in Sable yet`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  throw error;
}

module.exports = { builtinSet, nodeBuiltins, isBuiltin, loadBuiltin };
