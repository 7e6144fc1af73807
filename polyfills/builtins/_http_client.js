// node:_http_client — legacy internal module (http.ClientRequest).
import http from './http.js';

export default { ClientRequest: http.ClientRequest };
