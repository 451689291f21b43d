'use strict';
// stream.duplexPair ( [options] ): two Duplex streams joined back to back: what one side writes,
// the other reads. A write completes once the other side asks for more data; ending one side
// ends the other's readable half, and the writer finishes when that end has been read.

const Duplex = require('internal/streams/duplex');

class DuplexSide extends Duplex {
  #otherSide = null;
  #pendingWriteCallback = null;

  connect(otherSide) {
    this.#otherSide = otherSide;
  }

  _read() {
    const callback = this.#pendingWriteCallback;
    if (callback) {
      this.#pendingWriteCallback = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this.#otherSide.#pendingWriteCallback = callback;
    this.#otherSide.push(chunk);
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const sideA = new DuplexSide(options);
  const sideB = new DuplexSide(options);
  sideA.connect(sideB);
  sideB.connect(sideA);
  return [sideA, sideB];
}

module.exports = { duplexPair };
