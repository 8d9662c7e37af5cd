// Usage: node parse.mjs <node_modules dir> <file>... → one JSON object {file: parsed} on stdout. A file that does
// not parse fails the run (exit 1) with the parser's message on stderr.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, ...files] = process.argv.slice(2);
const { parse } = createRequire(join(modules, 'noop.js'))('@cdktf/hcl2json');
const out = {};
let failed = false;
for (const file of files) {
  try {
    out[file] = await parse(file, readFileSync(file, 'utf8'));
  } catch (e) {
    failed = true;
    process.stderr.write(`${file}: ${e.message ?? e}\n`);
  }
}
process.stdout.write(JSON.stringify(out));
process.exit(failed ? 1 : 0);
