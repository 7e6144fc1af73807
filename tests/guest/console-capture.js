// console goes through process.stdout.write / process.stderr.write, as in
// Node, so replacing them captures console output.
const captured = [];
const realOut = process.stdout.write;
const realErr = process.stderr.write;
process.stdout.write = (chunk) => { captured.push(['out', String(chunk)]); return true; };
process.stderr.write = (chunk) => { captured.push(['err', String(chunk)]); return true; };
console.log('a', 1);
console.error('b');
console.time('t1');
console.timeEnd('t1');
console.time();
console.timeLog(undefined, 'extra', { x: 1 });
console.trace('traced %s', 'here');
process.stdout.write = realOut;
process.stderr.write = realErr;
console.log(captured.slice(0, 2));
console.log(/^t1: \d+(\.\d+)?ms\n$/.test(captured[2][1]), captured[2][0]);
console.log(/^default: \d+(\.\d+)?ms extra \{ x: 1 \}\n$/.test(captured[3][1]));
const trace = captured[4][1].split('\n');
console.log(captured[4][0], trace[0], trace[1].trim().startsWith('at '), trace[1].includes('console-capture.js:15'));
