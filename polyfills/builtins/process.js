// node:process — the guest's `process` object (polyfills/bootstrap/process.js,
// virtualised: env, cwd, stdio, signals, timers go through the bridge).
export default globalThis.process;
