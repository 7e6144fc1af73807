// node:_http_common — legacy internal module: header token checks and
// constants are implemented; the parser throws ERR_NOT_IMPLEMENTED.
import * as c from './internal/http-common.js';
import { stubFn, stubClass } from './internal/stub.js';

export default {
  _checkInvalidHeaderChar: c._checkInvalidHeaderChar,
  _checkIsHttpToken: c._checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser: stubFn('_http_common.freeParser', 3),
  methods: ['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL', 'MOVE',
    'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT', 'MKACTIVITY', 'CHECKOUT',
    'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR', 'LINK', 'UNLINK',
    'SOURCE', 'QUERY'],
  parsers: { name: 'parsers', max: 1000, list: [] },
  kIncomingMessage: c.kIncomingMessage,
  HTTPParser: stubClass('_http_common.HTTPParser'),
  isLenient() { return false; },
  prepareError: stubFn('_http_common.prepareError', 3),
  kSkipPendingData: c.kSkipPendingData,
};
