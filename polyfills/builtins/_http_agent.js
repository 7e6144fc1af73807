// node:_http_agent — legacy internal module (http.Agent, http.globalAgent).
import http from './http.js';

const m = { Agent: http.Agent, globalAgent: undefined };
Object.defineProperty(m, 'globalAgent', {
  enumerable: true, configurable: true, get() { return http.globalAgent; }, set(v) { http.globalAgent = v; },
});

export default m;
