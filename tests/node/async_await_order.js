// async functions, awaits and timers interleave as in Node.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await');
  await new Promise((resolve) => setTimeout(resolve, 1));
  console.log('f after timeout');
}
f().then(() => console.log('f done'));
console.log('main end');
