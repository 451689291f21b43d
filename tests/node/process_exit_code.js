// process.exitCode becomes the exit status; 'beforeExit' and 'exit' see it.
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 3;
