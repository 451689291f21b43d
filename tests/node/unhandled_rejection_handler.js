// process 'unhandledRejection' sees rejected promises nobody handled; handled ones stay quiet.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('nobody catches this'));
Promise.reject(new Error('caught later')).catch((e) => console.log('caught', e.message));
