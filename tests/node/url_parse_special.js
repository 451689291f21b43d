// Parsing URLs of special schemes: hosts, ports, paths with dot segments, credentials, errors.
const inputs = [
  'https://user:pw@EXAMPLE.com:8080/p/a/../b/./c?x=1 2#h`',
  'HTTP://Example.COM', 'http://a:80/', 'https://a:443/', 'ws://a:80', 'wss://a:443', 'ftp://a:21/x',
  'http://a:0080/', 'http://a:/', 'http://a:65535', 'http://a:65536', 'http://a:1x',
  'http:\\\\a\\b\\c', 'http:/a/b', 'http:a/b', '  http://a/\t\nb  ', 'http://a/%2e%2E/x', 'http://a/b/%2e/c',
  'http://a/b/../../..', 'http://a/./.', 'http://a/ä?ä#ä', 'http://a/{}`"<>', 'http://a/?\'"<>`{}',
  'http://a/#\'"<>`{}', 'http://%41.com/', 'http://a b/', 'http://a%20b/', 'http://a<b/', 'http://@a/',
  'http://u@/', 'http://:@a/', 'http://u:p:q@a/', 'http://a@b@c/', 'http://', 'http:///a', 'https:a',
  'foo', '', 'http://a/\u0000', 'http://a/\ud800',
];
for (const input of inputs) {
  try {
    const u = new URL(input);
    console.log(JSON.stringify(input), '->', u.href, '|', u.host, u.port, u.pathname, u.search, u.hash, u.username, u.password);
  } catch (e) {
    console.log(JSON.stringify(input), e.name, e.code, e.message, e.input);
  }
}
