'use strict';
// The names a CommonJS module exports, found by reading its source without running it (as
// Node's cjs-module-lexer does): `exports.x =`, `module.exports.x =`, `exports['x'] =`,
// `Object.defineProperty(exports, 'x', ...)`, the keys of `module.exports = { a, b: c }`,
// and re-exports: `module.exports = require('m')`, `...require('m')` in that object literal,
// and `__exportStar(require('m'), exports)`. Code inside comments, strings and template
// literals does not count.

// The source with comments and template literals blanked (string literals kept, for names),
// and where its string literals are ([start, end] pairs), so that code in them does not count.
function blankComments(source) {
  let text = '';
  const strings = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      text += ' ';
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && !(c !== '`' && source[j] === '\n')) j += source[j] === '\\' ? 2 : 1;
      if (c !== '`') strings.push([text.length, text.length + j - i]);
      text += c === '`' ? '``' : source.slice(i, j + 1);
      i = j + 1;
    } else {
      text += c;
      i++;
    }
  }
  return { text, strings };
}

const identifier = String.raw`[A-Za-z_$][\w$]*`;
const stringLiteral = String.raw`'([^'\\\n]*)'|"([^"\\\n]*)"`;
const requireCall = String.raw`require\s*\(\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*\)`;
const exportsObject = String.raw`(?:module\s*\.\s*)?exports`;

const patterns = {
  // (`exports.x ==` counts too, as in cjs-module-lexer.)
  dotAssignment: new RegExp(String.raw`(?<![\w$.])${exportsObject}\s*\.\s*(${identifier})\s*=`, 'g'),
  bracketAssignment: new RegExp(String.raw`(?<![\w$.])${exportsObject}\s*\[\s*(?:${stringLiteral})\s*\]\s*=`, 'g'),
  // With a `value`, or a getter that returns a member (as TypeScript writes re-exports).
  defineProperty: new RegExp(String.raw`Object\s*\.\s*defineProperty\s*\(\s*${exportsObject}\s*,\s*(?:${stringLiteral})` +
    String.raw`\s*,\s*\{\s*(?:enumerable\s*:\s*true\s*,\s*)?(?:value\s*:|get\s*(?::\s*function\s*)?\(\s*\)\s*\{\s*` +
    String.raw`return\s+${identifier}(?:\s*\.\s*${identifier})*\s*;?\s*\})`, 'g'),
  moduleExportsRequire: new RegExp(String.raw`(?<![\w$.])module\s*\.\s*exports\s*=\s*${requireCall}`, 'g'),
  exportStar: new RegExp(String.raw`__exportStar\s*\(\s*${requireCall}`, 'g'),
  moduleExportsObject: new RegExp(String.raw`(?<![\w$.])module\s*\.\s*exports\s*=\s*\{`, 'g'),
};

// The entries of an object literal starting after its "{": names of `a`, `a: b`, `'a': b`,
// and `...require('m')`; it stops at the first other kind of entry.
function readObjectLiteral(source, start, names, reexports) {
  const entry = new RegExp(String.raw`\s*(?:(${identifier})|${stringLiteral}|\.\.\.\s*${requireCall})` +
    String.raw`(?:\s*:\s*${identifier}(?:\s*\.\s*${identifier})*)?\s*([,}])`, 'y');
  entry.lastIndex = start;
  for (;;) {
    const match = entry.exec(source);
    if (!match) return;
    const [, name, single, double, requireSingle, requireDouble, end] = match;
    const required = requireSingle ?? requireDouble;
    if (required !== undefined) reexports.push(required);
    else names.add(name ?? single ?? double);
    if (end === '}') return;
  }
}

// { names: Set, reexports: [specifiers] } of a CommonJS source text.
function lexCommonJs(source) {
  const { text, strings } = blankComments(source);
  const inString = (index) => strings.some(([start, end]) => index > start && index < end);
  const matches = (kind) => [...text.matchAll(patterns[kind])].filter((match) => !inString(match.index));
  const names = new Set();
  const reexports = [];
  for (const kind of ['dotAssignment', 'bracketAssignment', 'defineProperty']) {
    for (const match of matches(kind)) names.add(match[1] ?? match[2]);
  }
  for (const kind of ['moduleExportsRequire', 'exportStar']) {
    for (const match of matches(kind)) reexports.push(match[1] ?? match[2]);
  }
  for (const match of matches('moduleExportsObject')) {
    readObjectLiteral(text, match.index + match[0].length, names, reexports);
  }
  return { names, reexports };
}

module.exports = { lexCommonJs };
