// process.exit runs 'exit' listeners and stops at once.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
setTimeout(() => console.log('not reached'), 10);
console.log('before');
process.exit(4);
console.log('after');
