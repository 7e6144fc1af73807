// node:url — the legacy API (parse/format/resolve/resolveObject/Url) from
// the `url` package, with Node 22's argument validation, query strings
// parsed by our querystring (null-prototype objects), and url.format()
// of WHATWG URLs; the WHATWG API (URL, URLSearchParams, domainTo*,
// fileURLToPath, pathToFileURL, urlToHttpOptions) is the bootstrap's.
import urlPkg from 'url/';
import {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  urlToHttpOptions, isURL,
} from '../bootstrap/url.js';
import querystring from './querystring.js';
import bufferModule from './buffer.js';
import { invalidArgType, makeNodeError, validateObject } from './internal/validators.js';

const nodeTypeError = (code, message) => makeNodeError(TypeError, code, message);

const { Url } = urlPkg;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  if (typeof url !== 'string') throw invalidArgType('url', 'of type string', url);
  const u = urlPkg.parse(url, false, slashesDenoteHost);
  if (parseQueryString) {
    if (typeof u.query === 'string' && u.search) {
      u.query = querystring.parse(u.query);
    } else {
      u.search = u.search || null;
      if (!u.search) u.search = null;
      u.query = { __proto__: null };
    }
  }
  return u;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    const u = new URL(urlObject.href);
    let out = `${u.protocol}`;
    if (u.host !== '' || u.protocol === 'file:') out += '//';
    if (auth && (u.username || u.password)) out += `${u.username}${u.password ? `:${u.password}` : ''}@`;
    out += unicode ? domainToUnicode(u.hostname) + (u.port ? `:${u.port}` : '') : u.host;
    out += u.pathname;
    if (search) out += u.search;
    if (fragment) out += u.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// fileURLToPath as bytes: percent-escapes become raw bytes (not UTF-8
// decoded), so paths that are not valid UTF-8 survive (POSIX rules).
function fileURLToPathBuffer(path, options) {
  let u;
  if (typeof path === 'string') u = new URL(path);
  else if (!isURL(path)) throw invalidArgType('path', 'of type string or an instance of URL', path);
  else u = path;
  if (options !== undefined) validateObject(options, 'options');
  if (u.protocol !== 'file:') throw nodeTypeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (u.hostname !== '') throw nodeTypeError('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  const { Buffer } = bufferModule;
  const pathname = u.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%' && pathname[n + 1] === '2' && (pathname.charCodeAt(n + 2) | 0x20) === 102) {
      throw nodeTypeError('ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
  }
  const bytes = [];
  for (let i = 0; i < pathname.length; i++) {
    const c = pathname[i];
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(pathname.slice(i + 1, i + 3))) {
      bytes.push(parseInt(pathname.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(c)) bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

const url = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};

export default url;
