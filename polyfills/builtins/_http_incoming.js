// node:_http_incoming — legacy internal module (http.IncomingMessage).
import http from './http.js';
import { stubFn } from './internal/stub.js';

export default {
  IncomingMessage: http.IncomingMessage,
  readStart: stubFn('_http_incoming.readStart', 1),
  readStop: stubFn('_http_incoming.readStop', 1),
};
