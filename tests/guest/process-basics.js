console.log(process.argv.length, process.argv.slice(2));
console.log(typeof process.argv[0], process.argv[1].endsWith('/process-basics.js'));
console.log(JSON.stringify(process.env));
console.log(process.version.startsWith('v22.'), process.versions.node.startsWith('22.'));
console.log(process.platform, process.arch);
console.log(typeof process.pid, typeof process.ppid);
console.log(process.cwd() === __dirname);
process.chdir('..');
console.log(process.cwd() === require('process').cwd());
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall, e.errno);
}
const t = process.hrtime();
const d = process.hrtime(t);
console.log(Array.isArray(t), t.length, d[0] >= 0, typeof process.hrtime.bigint());
console.log(process.uptime() > 0, process.uptime() < 30);
const m = process.memoryUsage();
console.log(Object.keys(m).join(), m.heapUsed > 0, m.rss > 0);
console.log(typeof process.nextTick, process.exitCode);
process.env.NUM = 5;
console.log(typeof process.env.NUM, process.env.NUM, 'NUM' in process.env);
delete process.env.NUM;
console.log(process.env.NUM);
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.exitCode = 3;
