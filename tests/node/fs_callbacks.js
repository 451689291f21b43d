// The callback forms: results and errors arrive asynchronously, in order.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const file = path.join(dir, 'a.txt');
const hide = (text) => String(text).replaceAll(dir, '<dir>');
let synchronous = true;

fs.writeFile(file, 'first line\n', (error) => {
  console.log('writeFile:', error, 'async:', !synchronous);
  fs.appendFile(file, 'second line\n', (error) => {
    console.log('appendFile:', error);
    fs.readFile(file, 'utf8', (error, text) => {
      console.log('readFile:', error, JSON.stringify(text));
      fs.stat(file, (error, stats) => {
        console.log('stat:', error, stats.size, stats.isFile());
        fs.open(file, 'r', (error, fd) => {
          console.log('open:', error, typeof fd);
          const buffer = new Uint8Array(5);
          fs.read(fd, buffer, 0, 5, 6, (error, bytesRead, same) => {
            console.log('read:', error, bytesRead, same === buffer, String.fromCharCode(...buffer));
            fs.fstat(fd, (error, stats) => {
              console.log('fstat:', error, stats.size);
              fs.close(fd, (error) => {
                console.log('close:', error);
                next();
              });
            });
          });
        });
      });
    });
  });
});
synchronous = false;

function next() {
  fs.readFile(path.join(dir, 'missing'), (error, data) => {
    console.log('missing:', error.code, hide(error.message), data);
    fs.mkdir(path.join(dir, 'sub'), (error) => {
      console.log('mkdir:', error);
      fs.readdir(dir, (error, names) => {
        console.log('readdir:', error, names.sort());
        fs.rename(file, path.join(dir, 'sub', 'b.txt'), (error) => {
          console.log('rename:', error);
          fs.access(file, (error) => {
            console.log('access old:', error.code);
            fs.exists(path.join(dir, 'sub', 'b.txt'), (exists) => {
              console.log('exists new:', exists);
              fs.unlink(path.join(dir, 'sub', 'b.txt'), (error) => {
                console.log('unlink:', error);
                fs.rmdir(path.join(dir, 'sub'), (error) => {
                  console.log('rmdir:', error);
                  fs.rm(dir, { recursive: true }, (error) => {
                    console.log('rm:', error, fs.existsSync(dir));
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

try {
  fs.stat(file);
} catch (error) {
  console.log('no callback:', error.code);
}
