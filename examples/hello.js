// A first guest: runs as Node.js inside a fresh, confined secexec runtime.
const os = process.platform;
console.log(`Hello from ${process.version} on ${os}, pid ${process.pid}, cwd ${process.cwd()}`);
console.log('argv:', process.argv.slice(2));
console.log({ env: process.env, hostname: require('fs').readFileSync('/etc/hostname', 'utf8').trim() });
setTimeout(() => console.log('a timer fired; the runtime exits when nothing is left'), 20);
