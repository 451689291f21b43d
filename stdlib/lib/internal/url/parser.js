'use strict';
// The basic URL parser and the URL serializer — https://url.spec.whatwg.org/#url-parsing
// A URL record: { scheme, username, password, host (serialized, or null), port (number or null),
// path (array of segments, or a string when the path is opaque), query, fragment (null or a string) }.

const {
  c0ControlSet, fragmentSet, querySet, specialQuerySet, pathSet, userinfoSet, percentEncode,
} = require('internal/url/percent_encoding');
const { parseHost } = require('internal/url/host');

const kSpecialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const isSpecialScheme = (scheme) => scheme in kSpecialPorts;
const defaultPort = (scheme) => kSpecialPorts[scheme] ?? null;

const isAlpha = (c) => c !== undefined && /^[A-Za-z]$/.test(c);
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
const isNormalizedWindowsDriveLetter = (s) => isWindowsDriveLetter(s) && s[1] === ':';
// `chars` (code points from `start`) starts with a Windows drive letter.
function startsWithWindowsDriveLetter(chars, start) {
  return chars.length - start >= 2 && isWindowsDriveLetter(chars[start] + chars[start + 1]) &&
    (chars.length - start === 2 || '/\\?#'.includes(chars[start + 2]));
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => ['..', '.%2e', '%2e.', '%2e%2e'].includes(s.toLowerCase());

function newURLRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}
const hasOpaquePath = (url) => typeof url.path === 'string';
const includesCredentials = (url) => url.username !== '' || url.password !== '';
const cannotHaveCredentialsOrPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

// shorten a URL's path: a lone normalized drive letter of a file URL stays.
function shortenPath(url) {
  if (url.scheme === 'file' && url.path.length === 1 && isNormalizedWindowsDriveLetter(url.path[0])) return;
  url.path.pop();
}

// The input with lone surrogates replaced (USVString), leading and trailing C0 controls and
// spaces removed, and every tab and newline removed.
function cleanInput(input, trim) {
  input = String(input).toWellFormed();
  // eslint-disable-next-line no-control-regex
  if (trim) input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  return input.replace(/[\t\n\r]/g, '');
}

// basic URL parser ( input [, base [, url, stateOverride ]] ): a URL record or null for
// failure; with `url` and `stateOverride` (a setter), modifies `url` and returns false when
// it should be left as it was.
function basicURLParse(input, base = null, url = null, stateOverride = null) {
  const chars = Array.from(cleanInput(input, url === null));
  if (url === null) url = newURLRecord();
  let state = stateOverride ?? 'scheme start';
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const special = () => isSpecialScheme(url.scheme);
  for (let pointer = 0; ; pointer++) {
    const c = chars[pointer];
    switch (state) {
      case 'scheme start':
        if (isAlpha(c)) {
          buffer += c.toLowerCase();
          state = 'scheme';
        } else if (!stateOverride) {
          state = 'no scheme';
          pointer--;
        } else {
          return false;
        }
        break;
      case 'scheme':
        if (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return false;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return false;
            if (url.scheme === 'file' && url.host === '') return false;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = 'file';
          } else if (special() && base !== null && base.scheme === url.scheme) {
            state = 'special relative or authority';
          } else if (special()) {
            state = 'special authority slashes';
          } else if (chars[pointer + 1] === '/') {
            state = 'path or authority';
            pointer++;
          } else {
            url.path = '';
            state = 'opaque path';
          }
        } else if (!stateOverride) {
          buffer = '';
          state = 'no scheme';
          pointer = -1;
        } else {
          return false;
        }
        break;
      case 'no scheme':
        if (base === null || (hasOpaquePath(base) && c !== '#')) return null;
        if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = 'fragment';
        } else if (base.scheme !== 'file') {
          state = 'relative';
          pointer--;
        } else {
          state = 'file';
          pointer--;
        }
        break;
      case 'special relative or authority':
        if (c === '/' && chars[pointer + 1] === '/') {
          state = 'special authority ignore slashes';
          pointer++;
        } else {
          state = 'relative';
          pointer--;
        }
        break;
      case 'path or authority':
        if (c === '/') {
          state = 'authority';
        } else {
          state = 'path';
          pointer--;
        }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === '/') {
          state = 'relative slash';
        } else if (special() && c === '\\') {
          state = 'relative slash';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = 'path';
            pointer--;
          }
        }
        break;
      case 'relative slash':
        if (special() && (c === '/' || c === '\\')) {
          state = 'special authority ignore slashes';
        } else if (c === '/') {
          state = 'authority';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = 'path';
          pointer--;
        }
        break;
      case 'special authority slashes':
        if (c === '/' && chars[pointer + 1] === '/') {
          state = 'special authority ignore slashes';
          pointer++;
        } else {
          state = 'special authority ignore slashes';
          pointer--;
        }
        break;
      case 'special authority ignore slashes':
        if (c !== '/' && c !== '\\') {
          state = 'authority';
          pointer--;
        }
        break;
      case 'authority':
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const char of buffer) {
            if (char === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncode(char, userinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          if (atSignSeen && buffer === '') return null;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else {
          buffer += c;
        }
        break;
      case 'host':
      case 'hostname':
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = 'file host';
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return stateOverride ? false : null;
          if (stateOverride === 'hostname') return false;
          const host = parseHost(buffer, !special());
          if (host === null) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = 'port';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          pointer--;
          if (special() && buffer === '') return stateOverride ? false : null;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return false;
          const host = parseHost(buffer, !special());
          if (host === null) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = 'path start';
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case 'port':
        if (isDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return stateOverride ? false : null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = 'path start';
          pointer--;
        } else {
          return stateOverride ? false : null;
        }
        break;
      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = 'file slash';
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(chars, pointer)) shortenPath(url);
            else url.path = [];
            state = 'path';
            pointer--;
          }
        } else {
          state = 'path';
          pointer--;
        }
        break;
      case 'file slash':
        if (c === '/' || c === '\\') {
          state = 'file host';
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(chars, pointer) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = 'path';
          pointer--;
        }
        break;
      case 'file host':
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = 'path';
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = 'path start';
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return stateOverride ? false : null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = 'path start';
          }
        } else {
          buffer += c;
        }
        break;
      case 'path start':
        if (special()) {
          state = 'path';
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = 'query';
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== undefined) {
          state = 'path';
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case 'path':
        if (c === undefined || c === '/' || (special() && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special() && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = 'query';
          }
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += percentEncode(c, pathSet);
        }
        break;
      case 'opaque path':
        if (c === '?') {
          url.query = '';
          state = 'query';
        } else if (c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== undefined) {
          url.path += percentEncode(c, c0ControlSet);
        }
        break;
      case 'query':
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += percentEncode(buffer, special() ? specialQuerySet : querySet);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += c;
        }
        break;
      case 'fragment':
        if (c !== undefined) url.fragment += percentEncode(c, fragmentSet);
        break;
    }
    // The end of input was consumed (not stepped back from): done.
    if (pointer >= chars.length) break;
  }
  return url;
}

// URL path serializer — https://url.spec.whatwg.org/#url-path-serializer
function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let output = '';
  for (const segment of url.path) output += '/' + segment;
  return output;
}

// URL serializer ( url [, excludeFragment ] ) — https://url.spec.whatwg.org/#concept-url-serializer
function serializeURL(url, excludeFragment = false) {
  let output = url.scheme + ':';
  if (url.host !== null) {
    output += '//';
    if (includesCredentials(url)) {
      output += url.username;
      if (url.password !== '') output += ':' + url.password;
      output += '@';
    }
    output += url.host;
    if (url.port !== null) output += ':' + url.port;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    output += '/.';
  }
  output += serializePath(url);
  if (url.query !== null) output += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) output += '#' + url.fragment;
  return output;
}

// The serialization of a URL's origin — https://url.spec.whatwg.org/#concept-url-origin
function serializeOrigin(url) {
  if (url.scheme === 'blob') {
    const inner = basicURLParse(serializePath(url));
    return inner !== null && (inner.scheme === 'http' || inner.scheme === 'https') ? serializeOrigin(inner) : 'null';
  }
  if (!['ftp', 'http', 'https', 'ws', 'wss'].includes(url.scheme)) return 'null';
  return `${url.scheme}://${url.host}${url.port === null ? '' : ':' + url.port}`;
}

module.exports = {
  basicURLParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  hasOpaquePath,
  cannotHaveCredentialsOrPort,
  isSpecialScheme,
};
