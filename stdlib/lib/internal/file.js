'use strict';
// File (File API): a Blob with a name and a last-modified time (milliseconds since the epoch).

const { Blob } = require('internal/blob');
const { codedError } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lastModified = options?.lastModified;
    this.#lastModified = lastModified === undefined ? Date.now() : Number(lastModified) || 0;
  }

  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }

  [inspect.custom](depth, options) {
    if (depth < 0) return '[File]';
    const shown = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `File ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

module.exports = { File };
