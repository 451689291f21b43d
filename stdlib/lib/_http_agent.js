'use strict';
// Agent: the client's sockets, per origin ("host:port:localAddress"). A request gets a free
// socket kept alive from an earlier one, a new socket while the origin has fewer than
// maxSockets, or waits in `requests` for a socket to come free.

const EventEmitter = require('events');
const net = require('net');
const { invalidArgValue, validateInteger } = require('internal/errors');

class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
      throw invalidArgValue('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
    }
    if (this.maxTotalSockets !== undefined) validateInteger(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', (socket, options) => this.#onFree(socket, options));
  }

  // A socket a finished request left: to the next waiting request, kept, or closed.
  #onFree(socket, options) {
    const name = this.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const waiting = this.requests[name];
    if (waiting?.length) {
      const req = waiting.shift();
      if (waiting.length === 0) delete this.requests[name];
      setRequestSocket(this, req, socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const free = (this.freeSockets[name] ??= []);
    if (free.length >= this.maxFreeSockets || this.totalSocketCount > this.maxTotalSockets
      || !this.keepSocketAlive(socket)) {
      if (free.length === 0) delete this.freeSockets[name];
      socket.destroy();
      return;
    }
    removeFrom(this.sockets, name, socket);
    free.push(socket);
    socket._httpMessage = null;
    socket.once('error', freeSocketErrorListener);
  }

  createConnection(options, callback) {
    return net.createConnection(options, callback);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest(req, options) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    options.servername ??= options.host;
    const name = this.getName(options);
    const free = this.freeSockets[name];
    if (free?.length) {
      const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (free.length === 0) delete this.freeSockets[name];
      socket.removeListener('error', freeSocketErrorListener);
      this.reuseSocket(socket, req);
      (this.sockets[name] ??= []).push(socket);
      setRequestSocket(this, req, socket);
      return;
    }
    const count = this.sockets[name]?.length ?? 0;
    if (count < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (error, socket) => {
        if (error) req.onSocket(socket, error);
        else setRequestSocket(this, req, socket);
      });
      return;
    }
    (this.requests[name] ??= []).push(req);
  }

  createSocket(req, options, callback) {
    options = { __proto__: null, ...options, ...this.options, _agentKey: this.getName(options) };
    const name = options._agentKey;
    const socket = this.createConnection(options);
    if (!socket) {
      callback(new Error('createConnection returned no socket'));
      return;
    }
    (this.sockets[name] ??= []).push(socket);
    this.totalSocketCount++;
    installListeners(this, socket, options);
    callback(null, socket);
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive?.(true, this.keepAliveMsecs);
    socket.unref?.();
    const timeout = this.options.timeout;
    if (timeout && socket.timeout !== timeout) socket.setTimeout(timeout);
    return true;
  }

  reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.ref?.();
  }

  destroy() {
    for (const sets of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(sets)) for (const socket of sets[name]) socket.destroy();
    }
  }
}
Agent.defaultMaxSockets = Infinity;

function removeFrom(sets, name, socket) {
  const list = sets[name];
  if (!list) return false;
  const index = list.indexOf(socket);
  if (index === -1) return false;
  list.splice(index, 1);
  if (list.length === 0) delete sets[name];
  return true;
}

function freeSocketErrorListener(error) {
  this.destroy();
  this.emit('agentRemove');
}

function installListeners(agent, socket, options) {
  const name = options._agentKey;
  const onRemove = () => {
    const removed = removeFrom(agent.sockets, name, socket) | removeFrom(agent.freeSockets, name, socket);
    if (removed) agent.totalSocketCount--;
    socket.removeListener('close', onRemove);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onRemove);
    // A waiting request gets a new socket in its place.
    const waiting = agent.requests[name];
    if (waiting?.length && (agent.sockets[name]?.length ?? 0) < agent.maxSockets) {
      const req = waiting.shift();
      if (waiting.length === 0) delete agent.requests[name];
      agent.createSocket(req, options, (error, replacement) => {
        if (error) req.onSocket(replacement, error);
        else setRequestSocket(agent, req, replacement);
      });
    }
  };
  // A kept-alive socket that times out while free is closed.
  const onTimeout = () => {
    if (agent.freeSockets[name]?.includes(socket)) socket.destroy();
  };
  socket.on('close', onRemove);
  socket.on('timeout', onTimeout);
  socket.on('agentRemove', onRemove);
  socket.on('free', () => agent.emit('free', socket, options));
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const timeout = agent.options.timeout;
  if (timeout && req.timeout === undefined) socket.setTimeout(timeout);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
