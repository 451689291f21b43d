// process 'uncaughtException' takes errors thrown from callbacks; the process goes on.
process.on('uncaughtException', (error, origin) => console.log('caught', error.message, origin));
setTimeout(() => {
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('still running'), 5);
throw new Error('from the main module');
