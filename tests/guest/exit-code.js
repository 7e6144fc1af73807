process.on('exit', (c) => console.log('exiting with', c));
setTimeout(() => {
  console.log('before exit');
  process.exit(7);
  console.log('never');
}, 5);
