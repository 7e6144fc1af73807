// Lines of standard input through readline, then a question.
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin });
  let n = 0;
  for await (const line of rl) console.log(++n, JSON.stringify(line));
  console.log('lines', n);
})();
