process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
process.on('unhandledRejection', (reason) => {
  console.log('unhandled', reason);
});
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('later timer still runs'), 5);
Promise.reject(42);
const p = Promise.reject(new Error('handled later'));
setTimeout(() => p.catch(() => console.log('caught late')), 2);
