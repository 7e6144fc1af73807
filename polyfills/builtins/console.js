// node:console — the bridge shim: the global console (polyfills/bootstrap/
// console.js), whose output the runtime captures.
export default globalThis.console;
