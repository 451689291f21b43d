'use strict';
// module.SourceMap: a Source Map v3 (https://tc39.es/source-map/) read into a sorted list of
// mappings, each from a generated position to an original source, line, column and name. The
// mappings are Base64 VLQ deltas: per segment the generated column (reset on each line ';'),
// then the source index, original line and column (carried across lines) and a name index.
// Index maps (`sections`) are flattened with their offsets. Lines and columns count from 0.

const { invalidArgType } = require('internal/errors');

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kBase64Values = new Map([...kBase64].map((char, index) => [char, index]));

// The numbers of one segment ("AAgBC"): each VLQ has 5 bits per digit, low bits first, bit 6 set
// while more digits follow; the lowest bit of the result is the sign. Undefined when malformed.
function decodeSegment(text) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = kBase64Values.get(char);
    if (digit === undefined) return undefined;
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    numbers.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return numbers;
}

// Appends the mappings of the map `payload` to `entries`, shifted by the section offset.
function parseMappings(payload, entries, lineOffset = 0, columnOffset = 0) {
  const sources = payload.sources ?? [];
  const names = payload.names ?? [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  String(payload.mappings ?? '').split(';').forEach((line, lineIndex) => {
    let generatedColumn = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      if (fields === undefined || fields.length === 0) continue;
      generatedColumn += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        originalLine += fields[2] ?? 0;
        originalColumn += fields[3] ?? 0;
      }
      if (fields.length > 4) name += fields[4];
      entries.push({
        generatedLine: lineIndex + lineOffset,
        generatedColumn: generatedColumn + (lineIndex === 0 ? columnOffset : 0),
        originalSource: sources[source],
        originalLine,
        originalColumn,
        name: fields.length > 4 ? names[name] : undefined,
      });
    }
  });
}

const byPosition = (a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn;

class SourceMap {
  #payload;
  #lineLengths;
  #entries = [];

  // new SourceMap ( payload [, { lineLengths }] ): lineLengths, the generated file's line lengths,
  // is kept for whoever needs it.
  constructor(payload, { lineLengths } = {}) {
    if (payload === null || typeof payload !== 'object') throw invalidArgType('payload', 'of type object', payload);
    this.#payload = require('internal/structured_clone').structuredClone(payload);
    if (lineLengths !== undefined) this.#lineLengths = [...lineLengths];
    if (Array.isArray(payload.sections)) {
      for (const { offset, map } of payload.sections) {
        parseMappings(map ?? {}, this.#entries, offset?.line ?? 0, offset?.column ?? 0);
      }
    } else {
      parseMappings(payload, this.#entries);
    }
    this.#entries.sort(byPosition);
  }

  get payload() {
    return this.#payload;
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // findEntry ( lineOffset, columnOffset ): the last mapping at or before the generated
  // position (0-based), or {} if there is none.
  findEntry(lineOffset, columnOffset) {
    let low = 0;
    let high = this.#entries.length - 1;
    let found;
    const target = { generatedLine: lineOffset, generatedColumn: columnOffset };
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (byPosition(this.#entries[middle], target) <= 0) {
        found = this.#entries[middle];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found === undefined ? {} : { ...found };
  }

  // findOrigin ( lineNumber, columnNumber ): where a generated position (1-based, as in stack
  // traces) comes from, 1-based, continuing from the mapping before it; {} if nothing maps it.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.generatedLine === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + (lineNumber - 1 - entry.generatedLine) + 1,
      columnNumber: entry.originalColumn + (columnNumber - 1 - entry.generatedColumn) + 1,
    };
  }
}

module.exports = { SourceMap };
