console.log('before');
process.on('exit', (c) => console.log('exit', c));
function inner() {
  throw new Error('boom');
}
inner();
