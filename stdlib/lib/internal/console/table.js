'use strict';
// console.table's layout: a box-drawn table whose columns are as wide as their widest cell
// (East Asian wide characters count twice), cells left-aligned with one space of padding.

const { inspect } = require('internal/util/inspect');
const { objectKind } = internalBinding('util');

// eslint-disable-next-line no-control-regex
const kControlSequence = /\u001b\[[0-9;]*[A-Za-z]/g;
const isZeroWidth = (code) => /[\p{Mn}\p{Me}\u200b-\u200f]/u.test(String.fromCodePoint(code));
function isWide(code) {
  return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF && code !== 0x303F) ||
    (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) ||
    (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) ||
    (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD);
}

// The columns a string takes on a terminal.
function stringWidth(text) {
  let width = 0;
  for (const char of text.replace(kControlSequence, '')) {
    const code = char.codePointAt(0);
    if (code < 0x20 || (code >= 0x7F && code < 0xA0) || isZeroWidth(code)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function renderRow(row, widths) {
  const cells = row.map((cell, i) => `${cell}${' '.repeat(widths[i] - stringWidth(cell) - 2)}`);
  return `│ ${cells.join(' │ ')} │`;
}

// renderTable ( head, columns ): `head` names the columns; columns[i][row] is a cell's text.
function renderTable(head, columns) {
  const rowCount = Math.max(0, ...columns.map((column) => column.length));
  const widths = head.map((name, i) => {
    let width = stringWidth(name);
    for (let row = 0; row < rowCount; row++) width = Math.max(width, stringWidth(columns[i][row] ?? ''));
    return width + 2;
  });
  const rule = (left, middle, right) => `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`;
  const lines = [rule('┌', '┬', '┐'), renderRow(head, widths), rule('├', '┼', '┤')];
  for (let row = 0; row < rowCount; row++) lines.push(renderRow(columns.map((column) => column[row] ?? ''), widths));
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

// A cell's text: objects shown one level deep (not at all when they have over two keys).
function formatCell(value) {
  const shallow = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 2;
  return inspect(value, { depth: shallow ? -1 : 0, maxArrayLength: 3, breakLength: Infinity, colors: false });
}

const isPrimitive = (value) => value === null || (typeof value !== 'object' && typeof value !== 'function');

// formatTable ( data, properties ): the table of an object's (or array's) rows, of a Map's
// entries or of a Set's values.
function formatTable(data, properties) {
  const kind = objectKind(data);
  if (kind === 'MapIterator' || kind === 'SetIterator') {
    const error = new Error('console.table of a Map or Set iterator is not implemented in Sable');
    error.code = 'ERR_NOT_IMPLEMENTED';
    throw error;
  }
  if (kind === 'Map') {
    const entries = [...data];
    return renderTable(['(iteration index)', 'Key', 'Values'],
      [entries.map((_, i) => String(i)), entries.map(([key]) => formatCell(key)), entries.map(([, value]) => formatCell(value))]);
  }
  if (kind === 'Set') {
    const items = [...data];
    return renderTable(['(iteration index)', 'Values'], [items.map((_, i) => String(i)), items.map(formatCell)]);
  }
  const keys = Object.keys(data);
  const columns = new Map();
  const values = [];
  let hasPrimitives = false;
  keys.forEach((key, row) => {
    const item = data[key];
    const primitive = isPrimitive(item);
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      values[row] = formatCell(item);
      return;
    }
    for (const column of properties ?? Object.keys(item)) {
      if (!columns.has(column)) columns.set(column, []);
      columns.get(column)[row] = primitive || !Object.hasOwn(item, column) ? '' : formatCell(item[column]);
    }
  });
  const head = ['(index)', ...columns.keys()];
  const body = [keys, ...columns.values()];
  if (hasPrimitives) {
    head.push('Values');
    body.push(values);
  }
  return renderTable(head, body);
}

module.exports = { formatTable };
