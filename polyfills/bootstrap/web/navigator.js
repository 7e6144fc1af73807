// The `navigator` global of Node 22 (lib/internal/navigator.js) and its
// Navigator class (illegal constructor).  Values are read lazily, at first
// use, from the guest's process object and the navigator host hook:
//   setNavigatorHost({ hardwareConcurrency(), language() })
// hardwareConcurrency defaults to the binding's availableParallelism() if
// it has one, else 1; language to 'en-US' (Node: ICU's default locale).
import { binding } from '../native.js';
import { kEnumerableProperty, illegalConstructor, setNames } from './util.js';

const kInitialize = Symbol('kInitialize');

const navigatorHost = {
  hardwareConcurrency() {
    if (binding && typeof binding.availableParallelism === 'function') return binding.availableParallelism();
    return 1;
  },
  language() {
    return 'en-US';
  },
};

export function setNavigatorHost(h) {
  if (typeof h?.hardwareConcurrency === 'function') navigatorHost.hardwareConcurrency = h.hardwareConcurrency;
  if (typeof h?.language === 'function') navigatorHost.language = h.language;
}

// Node's getNavigatorPlatform().
export function getNavigatorPlatform(arch, platform) {
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd') {
    if (arch === 'ia32') return 'FreeBSD i386';
    if (arch === 'x64') return 'FreeBSD amd64';
    return `FreeBSD ${arch}`;
  }
  if (platform === 'openbsd') {
    if (arch === 'ia32') return 'OpenBSD i386';
    if (arch === 'x64') return 'OpenBSD amd64';
    return `OpenBSD ${arch}`;
  }
  if (platform === 'sunos') {
    if (arch === 'ia32') return 'SunOS i86pc';
    return `SunOS ${arch}`;
  }
  if (platform === 'aix') return 'AIX';
  return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

function processInfo() {
  const p = globalThis.process;
  return {
    arch: typeof p?.arch === 'string' ? p.arch : 'x64',
    platform: typeof p?.platform === 'string' ? p.platform : 'linux',
    version: typeof p?.version === 'string' ? p.version : 'v22.0.0',
  };
}

export class Navigator {
  #availableParallelism;
  #userAgent;
  #platform;
  #languages;

  constructor() {
    if (arguments[0] === kInitialize) return;
    throw illegalConstructor();
  }

  get hardwareConcurrency() {
    this.#availableParallelism ??= navigatorHost.hardwareConcurrency();
    return this.#availableParallelism;
  }

  get language() {
    return navigatorHost.language() || 'en-US';
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    const { version } = processInfo();
    this.#userAgent ??= `Node.js/${version.slice(1, version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    const { arch, platform } = processInfo();
    this.#platform ??= getNavigatorPlatform(arch, platform);
    return this.#platform;
  }
}

Object.defineProperties(Navigator.prototype, {
  hardwareConcurrency: kEnumerableProperty,
  language: kEnumerableProperty,
  languages: kEnumerableProperty,
  userAgent: kEnumerableProperty,
  platform: kEnumerableProperty,
});

// eslint-disable-next-line new-cap
export const navigator = new Navigator(kInitialize);

setNames({ Navigator });
