'use strict';
// TLSHandle: a stream handle, as net.Socket drives one (readStart, writeBuffer, shutdown,
// close, onread...), over a TLS session (internalBinding('tls_wrap')) whose ciphertext travels
// on another socket, the transport. What the peer sends is decrypted and handed to onread;
// what the owner writes waits for the handshake, then is encrypted onto the transport.

const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');
const { UV_EOF } = require('internal/stream_handles');
const { opensslError } = require('_tls_common');

// libuv's EPIPE, for a write the transport could not make.
const kEPIPE = -32;

// The peer went away during the handshake.
function disconnectedError() {
  const error = new Error('Client network socket disconnected before secure TLS connection was established');
  error.code = 'ECONNRESET';
  return error;
}

class TLSHandle {
  // options: { isServer, servername, alpn (wire format) }. onhandshake() runs once the
  // handshake is done, onerror(error) when the session fails.
  constructor(transport, secureContext, options) {
    this.transport = transport;
    this.session = binding.createSession(secureContext.context, options.isServer, options.servername, options.alpn);
    if (Array.isArray(this.session)) throw opensslError(this.session);
    this.owner = null;
    this.onread = null;
    this.onhandshake = null;
    this.onerror = null;
    this.reading = false;
    this.closed = false;
    this.handshakeDone = false;
    this.pendingWrites = []; // [req, bytes] written before the handshake finished
    this.received = []; // plaintext that arrived while not reading
    this.ended = false;
    this.eofDelivered = false;
    this.announcing = false; // onhandshake is running
    this.shutDown = false; // shutdown() has sent close_notify

    transport.on('data', (ciphertext) => this.#exchange(ciphertext, null, null));
    transport.on('end', () => {
      if (!this.handshakeDone) {
        this.onerror?.(disconnectedError());
        return;
      }
      this.ended = true;
      this.#deliver();
    });
    // Once our side has shut down, a transport failing (the peer gone) only closes it.
    transport.on('error', (error) => {
      if (!this.shutDown) this.onerror?.(error);
    });
    // The transport closed: so does the TLS socket, once it has what arrived before.
    transport.on('close', () => {
      if (!this.ended) {
        this.ended = true;
        this.#deliver();
      }
      if (!this.closed) process.nextTick(() => this.owner?.destroy());
    });
    if (!options.isServer) {
      // The client speaks first.
      if (transport.connecting) transport.once('connect', () => this.#exchange(null, null, null));
      else process.nextTick(() => this.#exchange(null, null, null));
    }
  }

  // Runs the session: ciphertext in, plaintext out (once the handshake is done), and sends the
  // ciphertext the session produced. `req` completes once that is on the transport.
  #exchange(ciphertext, plaintext, req) {
    if (this.closed) return;
    const [done, received, outgoing, peerClosed, error] = binding.exchange(this.session, ciphertext, plaintext);
    if (error) {
      // The alert that tells the peer why goes first.
      if (outgoing && !this.transport.writableEnded) this.transport.write(Buffer.from(outgoing));
      this.onerror?.(opensslError(error));
      return;
    }
    if (done && !this.handshakeDone) {
      // The owner checks the peer before the last handshake flight goes (a rejected peer never
      // sees the handshake finish); what it writes meanwhile follows that flight.
      this.handshakeDone = true;
      this.announcing = true;
      this.onhandshake?.();
      this.announcing = false;
      if (this.closed) return;
    }
    if (outgoing && !this.transport.writableEnded) {
      this.transport.write(Buffer.from(outgoing), req ? (failure) => req.oncomplete(failure ? kEPIPE : 0) : undefined);
    } else if (req) {
      process.nextTick(() => req.oncomplete(outgoing ? kEPIPE : 0));
    }
    if (received) this.received.push(Buffer.from(received));
    if (peerClosed) this.ended = true;
    if (this.handshakeDone && this.pendingWrites.length) {
      const writes = this.pendingWrites;
      this.pendingWrites = [];
      for (const [pendingReq, bytes] of writes) this.#exchange(null, bytes, pendingReq);
    }
    this.#deliver();
  }

  // Hands what arrived to the owner while it reads; then the end.
  #deliver() {
    while (this.reading && this.received.length && !this.closed) {
      const chunk = this.received.shift();
      this.onread?.call(this, chunk.length, chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.length));
    }
    if (this.ended && this.received.length === 0 && !this.closed && !this.eofDelivered) {
      this.eofDelivered = true;
      this.onread?.call(this, UV_EOF, undefined);
    }
  }

  readStart() {
    this.reading = true;
    this.transport.resume();
    process.nextTick(() => this.#deliver());
    return 0;
  }

  readStop() {
    this.reading = false;
    this.transport.pause();
    return 0;
  }

  // 1: req.oncomplete(status) follows.
  writeBuffer(req, bytes) {
    if (this.handshakeDone && !this.announcing) this.#exchange(null, bytes, req);
    else this.pendingWrites.push([req, bytes]);
    return 1;
  }

  writeUtf8String(req, string) {
    return this.writeBuffer(req, Buffer.from(string, 'utf8'));
  }

  // The close_notify alert, then the transport's end.
  shutdown(req) {
    // Not before the handshake's last flight, still being sent.
    if (this.announcing) {
      process.nextTick(() => this.shutdown(req));
      return 0;
    }
    this.shutDown = true;
    const alert = binding.shutdown(this.session);
    if (this.transport.destroyed) {
      process.nextTick(() => req.oncomplete(0));
      return 0;
    }
    if (alert && !this.transport.writableEnded) this.transport.write(Buffer.from(alert));
    this.transport.end(() => req.oncomplete(0));
    return 0;
  }

  close(callback) {
    if (this.closed) return;
    this.closed = true;
    binding.freeSession(this.session);
    this.session = null;
    if (this.transport.closed ?? this.transport.destroyed) process.nextTick(() => callback?.());
    else {
      this.transport.once('close', () => callback?.());
      this.transport.destroy();
    }
  }

  ref() { this.transport.ref(); }
  unref() { this.transport.unref(); }
  getsockname() { return this.transport._handle?.getsockname?.() ?? this.transport.address(); }
  getpeername() { return this.transport._handle?.getpeername?.() ?? {}; }
  setNoDelay(enable) { this.transport.setNoDelay(enable); return 0; }
  setKeepAlive(enable, delaySeconds) { this.transport.setKeepAlive(enable, delaySeconds * 1000); return 0; }
  get writeQueueSize() { return this.transport.writableLength; }
  get fd() { return this.transport._handle?.fd ?? -1; }
}

module.exports = { TLSHandle };
