// Standard input as a stream: kind, data, end.
const chunks = [];
console.log('isTTY', process.stdin.isTTY, 'fd', process.stdin.fd, require('tty').isatty(0));
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => chunks.push(d));
process.stdin.on('end', () => console.log('end', JSON.stringify(chunks.join(''))));
