'use strict';
// url: the WHATWG URL API (internal/url), domain conversion, file URL <-> path conversion,
// url.format, and the legacy url.parse, url.resolve and Url (internal/url/legacy).

const { URL, URLSearchParams, isURL } = require('internal/url');
const host = require('internal/url/host');
const { percentDecode } = require('internal/url/percent_encoding');
const { invalidArgType } = require('internal/errors');
const path = require('path');
const { Url, urlParse } = require('internal/url/legacy');

function validateDomainArgs(args) {
  if (args.length === 0) {
    const error = new TypeError('The "domain" argument must be specified');
    error.code = 'ERR_MISSING_ARGS';
    throw error;
  }
}

// domainToASCII ( domain ): the host parser's result for `domain`, or '' when it is invalid.
function domainToASCII(domain) {
  validateDomainArgs(arguments);
  return host.parseHost(String(domain), false) ?? '';
}

// domainToUnicode ( domain ): the same, with punycode labels shown in Unicode.
function domainToUnicode(domain) {
  validateDomainArgs(arguments);
  const parsed = host.parseHost(String(domain), false);
  return parsed === null ? '' : host.domainToUnicode(parsed) ?? '';
}

function typeError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

// fileURLToPath ( url ): the POSIX path of a file: URL (a string is parsed first).
function fileURLToPath(url) {
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw invalidArgType('path', 'of type string or an instance of URL', url);
  if (url.protocol !== 'file:') throw typeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') {
    throw typeError('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = url.pathname;
  for (let i = 0; i < pathname.length - 2; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw typeError('ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
  }
  return percentDecode(pathname);
}

// pathToFileURL ( filepath ): the file: URL of an absolute form of `filepath`; characters
// the path parser would read specially (and a few more, as Node does) are percent-encoded.
function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'of type string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const encoded = resolved.replace(/[\t\n\r "#%<>?[\\\]^`{|}~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return new URL(`file://${encoded}`);
}

// urlToHttpOptions ( url ): the options object http.request takes, from a URL.
function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

// format ( urlObject, options ): a string is parsed (legacy) and formatted again; a legacy url
// object is formatted; a URL is serialized without the parts `options` turns off (auth,
// fragment, search: default true; unicode: default false).
function format(urlObject, options = undefined) {
  if (typeof urlObject === 'string') return urlParse(urlObject).format();
  if (urlObject === null || typeof urlObject !== 'object') {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  }
  if (!(urlObject instanceof URL)) return Url.prototype.format.call(urlObject);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  const auth = Boolean(options?.auth ?? true);
  const fragment = Boolean(options?.fragment ?? true);
  const search = Boolean(options?.search ?? true);
  const unicode = Boolean(options?.unicode ?? false);
  let output = urlObject.protocol;
  if (urlObject.host !== '' || urlObject.href.startsWith(`${urlObject.protocol}//`)) {
    output += '//';
    if (auth && (urlObject.username || urlObject.password)) {
      output += urlObject.username;
      if (urlObject.password) output += ':' + urlObject.password;
      output += '@';
    }
    output += unicode ? domainToUnicode(urlObject.hostname) : urlObject.hostname;
    if (urlObject.port) output += ':' + urlObject.port;
  }
  output += urlObject.pathname;
  if (search) output += urlObject.search;
  if (fragment) output += urlObject.hash;
  return output;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  format,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  Url,
};
