// 'beforeExit' may schedule more work, which runs before the loop ends again.
let rounds = 0;
process.on('beforeExit', () => {
  if (rounds++ < 2) setTimeout(() => console.log('round', rounds), 1);
});
process.on('exit', () => console.log('exit after', rounds, 'rounds'));
