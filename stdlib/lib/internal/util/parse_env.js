'use strict';
// The .env format of util.parseEnv and process.loadEnvFile: KEY=VALUE lines, an optional
// "export " before the key, '#' comments; a value in ', " or ` quotes may span lines (\n in a
// double-quoted one is a newline) and ends at its closing quote; an unquoted value ends at the
// line's end or a '#', spaces around it dropped. Later keys win.

const { validateString } = require('internal/errors');

const trimSpaces = (text) => text.replace(/^ +| +$/g, '');

// parseEnv ( content ): the variables of `content` as a plain object.
function parseEnv(content) {
  validateString(content, 'content');
  const text = content.replace(/\r\n?/g, '\n');
  const variables = {};
  let position = 0;
  while (position < text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = text.length;
    const equals = text.indexOf('=', position);
    if (equals === -1 || equals > lineEnd || trimSpaces(text.slice(position, lineEnd)).startsWith('#')) {
      position = lineEnd + 1;
      continue;
    }
    let key = trimSpaces(text.slice(position, equals));
    if (key.startsWith('export ')) key = key.slice('export '.length);
    let valueStart = equals + 1;
    while (text[valueStart] === ' ') valueStart++;
    const quote = text[valueStart];
    const closing = '\'"`'.includes(quote) ? text.indexOf(quote, valueStart + 1) : -1;
    let value;
    if (closing !== -1) {
      value = text.slice(valueStart + 1, closing);
      if (quote === '"') value = value.replaceAll('\\n', '\n');
      lineEnd = text.indexOf('\n', closing);
      if (lineEnd === -1) lineEnd = text.length;
    } else if (quote !== undefined && '\'"`'.includes(quote) && lineEnd === text.length) {
      break; // An unclosed quote on the last line: the variable is dropped.
    } else {
      value = text.slice(valueStart, lineEnd);
      const comment = value.indexOf('#');
      if (comment !== -1) value = value.slice(0, comment);
      value = trimSpaces(value);
    }
    if (key !== '') variables[key] = value;
    position = lineEnd + 1;
  }
  return variables;
}

module.exports = { parseEnv };
