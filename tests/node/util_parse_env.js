'use strict';
// util.parseEnv and process.loadEnvFile: the .env format and loading one into process.env.
const util = require('util');
const fs = require('fs');
const os = require('os');
const path = require('path');

const cases = [
  'A=1', '  B = spaced value  ', 'C="multi\nline"', "D='single \\n raw'", 'E="esc \\n nl"', 'F=unquoted # c',
  'G="q" trailing', 'H=', 'I', '=J', 'export K=1', 'L="unterminated', 'M=a=b', 'N=`back "q" `',
  'O="#not comment"', 'P=#c', "Q='x'y", 'R: 1', 'S=1\r\nT=2', 'U="a"#b', 'V.W=1', '  # comment', 'X=1\nX=2',
  'Y= "spaced quoted" ', 'Z=""', 'L="unterminated\nM=2', "L='abc\nM=2", 'A=1\nL="x', 'K= a  b  # c ',
  'export  K2 = v', 'exportK=1', 'E="a\\tb\\\\n"', "T='a''b'", 'W="a\nb\nc" # x\nZ=1', "A='1'\n#B=2\nC=3",
  'D=  "  x  "', 'K\t=\tv\t', '',
];
for (const text of cases) console.log(JSON.stringify(text), JSON.stringify(util.parseEnv(text)));
for (const bad of [1, null, undefined, Buffer.from('A=1')]) {
  try {
    util.parseEnv(bad);
  } catch (error) {
    console.log(error.code, error.message);
  }
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
try {
  const file = path.join(directory, 'vars.env');
  fs.writeFileSync(file, 'SABLE_TEST_A=one\nSABLE_TEST_B="two words"\nSABLE_TEST_KEEP=new\n');
  process.env.SABLE_TEST_KEEP = 'old';
  process.loadEnvFile(file);
  console.log(process.env.SABLE_TEST_A, process.env.SABLE_TEST_B, process.env.SABLE_TEST_KEEP);
  process.env.SABLE_TEST_A = 'changed';
  process.loadEnvFile(Buffer.from(file));
  console.log(process.env.SABLE_TEST_A);
  const cwd = process.cwd();
  process.chdir(directory);
  fs.writeFileSync('.env', 'SABLE_TEST_DEFAULT=from-dot-env\n');
  process.loadEnvFile();
  process.chdir(cwd);
  console.log(process.env.SABLE_TEST_DEFAULT);
  for (const bad of [1, path.join(directory, 'missing.env')]) {
    try {
      process.loadEnvFile(bad);
    } catch (error) {
      console.log(error.code, error.message.replace(directory, '<dir>'));
    }
  }
} finally {
  fs.rmSync(directory, { recursive: true });
}
