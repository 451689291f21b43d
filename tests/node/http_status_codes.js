// http: status codes and their texts (STATUS_CODES), custom status messages, writeHead forms,
// and invalid status codes.
const http = require('http');

console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[404], http.STATUS_CODES[500], http.STATUS_CODES[418]);
console.log(http.METHODS.filter((method) => method !== 'QUERY').join(' '));
console.log('maxHeaderSize', http.maxHeaderSize);

const cases = [
  (res) => { res.statusCode = 404; res.end('missing'); },
  (res) => { res.writeHead(500); res.end(); },
  (res) => { res.writeHead(201, 'Made It', { 'X-A': '1' }); res.end(); },
  (res) => { res.statusCode = 299; res.end(); },
  (res) => { res.statusMessage = 'Fine Thanks'; res.end(); },
  (res) => { res.writeHead(302, ['Location', '/elsewhere', 'X-B', '2']); res.end(); },
  (res) => { res.writeHead(200, [['X-Pair', 'p']]); res.end(); },
  (res) => {
    for (const code of [99, 1000, 'abc']) {
      try { res.writeHead(code); } catch (error) { console.log(error.name, error.code, error.message); }
    }
    res.writeHead(503).end();
  },
];

let index = 0;
const server = http.createServer((req, res) => {
  res.sendDate = false;
  cases[index++](res);
});

function next() {
  if (index >= cases.length) {
    server.close();
    return;
  }
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    let body = '';
    res.on('data', (chunk) => (body += chunk));
    res.on('end', () => {
      const headers = { ...res.headers };
      delete headers.connection;
      delete headers['keep-alive'];
      console.log(res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(body), JSON.stringify(headers));
      next();
    });
  });
}

server.listen(0, '127.0.0.1', next);
