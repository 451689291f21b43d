// http: an IncomingMessage is a Readable. A request body read with setEncoding and async
// iteration, piped into a response, paused and resumed; the server's request sees 'aborted' and
// 'close' when the client goes away mid-body.
const http = require('http');

const server = http.createServer(async (req, res) => {
  res.sendDate = false;
  if (req.url === '/iterate') {
    req.setEncoding('utf8');
    const parts = [];
    for await (const part of req) parts.push(part);
    res.end(`iterated ${parts.join('').length} chars, readableEnded ${req.readableEnded}`);
  } else if (req.url === '/pipe') {
    res.setHeader('Content-Type', req.headers['content-type']);
    req.pipe(res);
  } else if (req.url === '/pause') {
    req.pause();
    setTimeout(() => {
      let total = 0;
      req.on('data', (chunk) => (total += chunk.length));
      req.on('end', () => res.end(`after pause ${total}`));
      req.resume();
    }, 20);
  } else if (req.url === '/abandoned') {
    req.on('data', () => {});
    req.on('aborted', () => console.log('server: aborted, complete', req.complete));
    req.on('close', () => {
      console.log('server: request close, aborted', req.aborted, 'destroyed', req.destroyed);
      server.close();
    });
  }
});

function post(path, chunks, { abandon = false } = {}) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method: 'POST',
      headers: { 'Content-Type': 'text/x-test' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        console.log(path, res.statusCode, res.headers['content-type'], JSON.stringify(body.slice(0, 60)), body.length);
        resolve();
      });
    });
    req.on('error', () => {});
    for (const chunk of chunks) req.write(chunk);
    if (abandon) {
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 30);
    } else {
      req.end();
    }
  });
}

server.listen(0, '127.0.0.1', async () => {
  await post('/iterate', ['héllo ', 'wörld', 'x'.repeat(70000)]);
  await post('/pipe', ['piped ', 'through ', 'the response']);
  await post('/pause', [Buffer.alloc(50000, 1), Buffer.alloc(25, 2)]);
  await post('/abandoned', ['partial'], { abandon: true });
});
