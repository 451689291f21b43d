'use strict';
// The IPC channel between a parent and a child made by child_process.fork: a pipe carrying one
// JSON text per message, each ended by a newline (Node's 'json' serialization, so a Sable
// parent talks to a Node child and the other way round). The parent's ChildProcess and the
// child's process object get send(), disconnect(), connected, channel and the 'message' and
// 'disconnect' events. Passing handles (sockets, servers) with a message is not implemented.

const { codedError, errnoException, invalidArgType } = require('internal/errors');

class Channel {
  #socket;

  constructor(socket) {
    this.#socket = socket;
  }

  get fd() {
    return this.#socket._handle?.fd ?? -1;
  }

  ref() {
    this.#socket.ref();
  }

  unref() {
    this.#socket.unref();
  }
}

function channelClosed() {
  return codedError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
}

// Messages whose cmd starts with NODE_ are Node's own (handle passing): 'internalMessage'.
function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.startsWith('NODE_');
}

// Gives `target` (a ChildProcess, or the child's process) a channel over `pipe`, a Pipe handle.
// keepsAlive: whether the open channel keeps the loop alive (the parent's does; the child's only
// while someone listens for 'message').
function setupChannel(target, pipe, keepsAlive) {
  const { Socket } = require('net');
  const socket = new Socket({ handle: pipe, readable: true, writable: true });
  socket.setEncoding('utf8');
  target.channel = new Channel(socket);
  target.connected = true;
  let pending = '';

  socket.on('data', (text) => {
    pending += text;
    let end;
    while ((end = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      const message = JSON.parse(line);
      if (isInternal(message)) target.emit('internalMessage', message);
      else target.emit('message', message, undefined);
    }
  });
  socket.on('end', () => target.disconnect());
  socket.on('error', () => target.disconnect());

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') [handle, options, callback] = [undefined, undefined, handle];
    else if (typeof options === 'function') [options, callback] = [undefined, options];
    if (!this.connected) {
      const error = channelClosed();
      if (typeof callback === 'function') process.nextTick(callback, error);
      else process.nextTick(() => this.emit('error', error));
      return false;
    }
    if (message === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (!['string', 'object', 'number', 'boolean'].includes(typeof message)) {
      throw invalidArgType('message', 'one of type string, object, number, or boolean', message);
    }
    if (handle !== undefined && handle !== null) {
      throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'Sending handles over an IPC channel is not implemented in Sable');
    }
    return socket.write(`${JSON.stringify(message)}\n`, () => {
      if (typeof callback === 'function') callback(null);
    });
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', codedError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    this.channel = null;
    socket.end();
    socket.destroy();
    process.nextTick(() => this.emit('disconnect'));
  };

  if (!keepsAlive) {
    socket.unref();
    target.on('newListener', (event) => {
      if (event === 'message' && target.listenerCount('message') === 0 && target.connected) socket.ref();
    });
    target.on('removeListener', (event) => {
      if (event === 'message' && target.listenerCount('message') === 0 && target.connected) socket.unref();
    });
  }
}

// In a child made by fork: the channel to the parent, on the fd NODE_CHANNEL_FD names.
function setupChildChannel() {
  const proc = require('process');
  const fd = Number(proc.env.NODE_CHANNEL_FD);
  delete proc.env.NODE_CHANNEL_FD;
  delete proc.env.NODE_CHANNEL_SERIALIZATION_MODE;
  const { Pipe } = require('internal/stream_handles');
  const pipe = new Pipe();
  const error = pipe.open(fd);
  if (error) throw errnoException(error, 'open');
  setupChannel(proc, pipe, false);
}

module.exports = { setupChannel, setupChildChannel };
