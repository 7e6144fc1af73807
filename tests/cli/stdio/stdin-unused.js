// Touching stdin without reading it, or pausing it, does not keep the process alive.
process.stdin.once('data', (d) => {
  console.log('first', JSON.stringify(String(d).slice(0, 5)));
  process.stdin.pause();
});
setTimeout(() => console.log('timer'), 20);
