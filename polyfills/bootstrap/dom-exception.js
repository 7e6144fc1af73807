// DOMException for the secexec guest bootstrap (bare V8 has none).
//
// Shaped like Node 22's implementation: instances are real Error objects
// (they carry V8's [[ErrorData]] and a captured `stack`), but the prototype
// chain is DOMException.prototype -> Error.prototype while DOMException
// itself inherits from Function.prototype, as Web IDL requires.  name,
// message and code are accessors on the prototype backed by a WeakMap.

const internals = new WeakMap();
const nameToCode = new Map();

// Removed from the Web IDL error names table: their code is 0.
const disusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

function throwInvalidThis() {
  const err = new TypeError();
  Object.defineProperties(err, {
    message: {
      value: 'Value of "this" must be of DOMException',
      enumerable: false, writable: true, configurable: true,
    },
    toString: {
      value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    },
  });
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

export class DOMException {
  constructor(message = '', options = 'Error') {
    // A plain Error gives the object [[ErrorData]] and a stack trace; its
    // prototype is then switched (new.target keeps subclasses working).
    const self = new Error();
    Object.setPrototypeOf(self, new.target.prototype);
    if (options && typeof options === 'object') {
      const { name } = options;
      internals.set(self, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      internals.set(self, { message: `${message}`, name: `${options}` });
    }
    return self;
  }

  get name() {
    const data = internals.get(this);
    if (data === undefined) throwInvalidThis();
    return data.name;
  }

  get message() {
    const data = internals.get(this);
    if (data === undefined) throwInvalidThis();
    return data.message;
  }

  get code() {
    const data = internals.get(this);
    if (data === undefined) throwInvalidThis();
    if (disusedNames.has(data.name)) return 0;
    const code = nameToCode.get(data.name);
    return code === undefined ? 0 : code;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'DOMException' },
  name: { enumerable: true, configurable: true },
  message: { enumerable: true, configurable: true },
  code: { enumerable: true, configurable: true },
});

const LEGACY_CODES = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

for (const [name, constant, value] of LEGACY_CODES) {
  const desc = { enumerable: true, value };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
  nameToCode.set(name, value);
}
