// node:_http_outgoing — legacy internal module (http.OutgoingMessage and
// header validation).
import * as c from './internal/http-common.js';

export default {
  kHighWaterMark: c.kHighWaterMark,
  kUniqueHeaders: c.kUniqueHeaders,
  parseUniqueHeadersOption: c.parseUniqueHeadersOption,
  validateHeaderName: c.validateHeaderName,
  validateHeaderValue: c.validateHeaderValue,
  OutgoingMessage: c.OutgoingMessage,
};
