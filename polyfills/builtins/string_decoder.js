// node:string_decoder — the string_decoder package (Node's own
// implementation, over our shared Buffer).
import './buffer.js';
import sd from 'string_decoder/';
import { makeNodeError } from './internal/validators.js';

// Node's error for an unknown encoding (the package throws a plain Error).
class StringDecoder extends sd.StringDecoder {
  constructor(encoding) {
    try {
      super(encoding);
    } catch (e) {
      if (e && /^Unknown encoding/.test(e.message)) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', e.message);
      throw e;
    }
  }
}

export default { StringDecoder };
