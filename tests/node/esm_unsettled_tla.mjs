// A top-level await nothing settles: exit status 13 once the loop is empty; 'exit' still runs.
console.log('before');
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => console.log('timer ran'), 1);
await new Promise(() => {});
console.log('never');
