// node:_http_server — legacy internal module (http.Server side).
import http from './http.js';
import * as c from './internal/http-common.js';
import { stubFn } from './internal/stub.js';

export default {
  STATUS_CODES: http.STATUS_CODES,
  Server: http.Server,
  ServerResponse: http.ServerResponse,
  setupConnectionsTracking: stubFn('_http_server.setupConnectionsTracking', 0),
  storeHTTPOptions: stubFn('_http_server.storeHTTPOptions', 1),
  _connectionListener: http._connectionListener,
  kServerResponse: c.kServerResponse,
  httpServerPreClose: stubFn('_http_server.httpServerPreClose', 1),
  kConnectionsCheckingInterval: c.kConnectionsCheckingInterval,
};
