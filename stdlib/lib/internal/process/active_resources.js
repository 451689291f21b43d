'use strict';
// process.getActiveResourcesInfo: the kinds of what keeps the event loop alive, named as Node
// names its wrappers: the referenced libuv handles (sockets, servers, pipes, terminals, child
// processes, watchers), then one 'Timeout' per referenced timer and one 'Immediate' per
// referenced immediate. Handles being closed are left out (Sable cannot tell a closing socket
// from a server any more). Sable cannot tell the kind of a request in flight (a file system call,
// a DNS lookup, a write): while there is one, the call throws ERR_NOT_IMPLEMENTED rather than
// leave it out. process._getActiveHandles and _getActiveRequests (the owning objects) are not
// implemented.

const { handles, pendingRequests } = internalBinding('process_methods');
const { codedError } = require('internal/errors');

function notImplemented(what) {
  return codedError(Error, 'ERR_NOT_IMPLEMENTED', `${what} is not implemented in Sable yet`);
}

// libuv handle type → Node's wrapper name; a stream that neither reads nor writes listens.
const kHandleNames = {
  tcp: (readsOrWrites) => (readsOrWrites ? 'TCPSocketWrap' : 'TCPServerWrap'),
  pipe: (readsOrWrites) => (readsOrWrites ? 'PipeWrap' : 'PipeServerWrap'),
  tty: () => 'TTYWrap',
  udp: () => 'UDPWrap',
  process: () => 'ProcessWrap',
  signal: () => 'SignalWrap',
  fs_event: () => 'FSEventWrap',
  fs_poll: () => 'StatWatcher',
};

function getActiveResourcesInfo() {
  if (pendingRequests() > 0) throw notImplemented('process.getActiveResourcesInfo() with requests in flight');
  const names = [];
  // The loop's own handles (its timer, immediates' check and idle handles, wake-ups) are
  // internal; JS timers and immediates are counted below.
  for (const [type, , isReferenced, , readsOrWrites, isClosing] of handles()) {
    if (isReferenced && !isClosing && Object.hasOwn(kHandleNames, type)) names.push(kHandleNames[type](readsOrWrites));
  }
  const { timeouts, immediates } = require('timers')[Symbol.for('sable.timers.refedCounts')]();
  for (let i = 0; i < timeouts; i++) names.push('Timeout');
  for (let i = 0; i < immediates; i++) names.push('Immediate');
  return names;
}

module.exports = {
  getActiveResourcesInfo,
  _getActiveHandles() {
    throw notImplemented('process._getActiveHandles()');
  },
  _getActiveRequests() {
    throw notImplemented('process._getActiveRequests()');
  },
};
