console.log(typeof process.hrtime.bigint(), Array.isArray(process.hrtime()), process.hrtime().length);
const [s, ns] = process.hrtime([0, 0]);
console.log(typeof s, typeof ns);
const usage = process.memoryUsage();
console.log(['rss', 'heapTotal', 'heapUsed', 'external'].every((k) => typeof usage[k] === 'number'));
console.log(typeof process.uptime(), process.uptime() >= 0, typeof process.pid, process.pid > 0);
console.log(typeof process.versions.node, process.platform === 'linux', typeof process.arch);
console.log(process.argv.length >= 2, typeof process.env.PATH, process.cwd() === require('path').resolve('.'));
console.log(typeof process.exitCode, process.title.length > 0, typeof process.nextTick, typeof process.emitWarning);
