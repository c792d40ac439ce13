// Lints email HTML with @jsx-email/doiuse-email (caniemail.com's data) for Gmail and Outlook: any
// feature a client does not support fails, unless .ci/email-css-exceptions.txt lists it with a reason.
// Usage: node .ci/lint-email.cjs DIR_WITH_NODE_MODULES FILE.html...
const path = require("node:path");
const fs = require("node:fs");

function exceptions() {
  const file = path.join(__dirname, "email-css-exceptions.txt");
  return fs.readFileSync(file, "utf8").split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [feature, clients, reason] = line.split("|").map((part) => part.trim());
      if (!feature || !clients || !reason) {
        throw new Error(`${file}: expected "FEATURE | CLIENTS | reason": ${line}`);
      }
      const patterns = clients.split(",").map((c) => new RegExp("^" + c.trim().replace(/[.]/g, "\\.").replace(/\*/g, "[^.]*") + "$"));
      return { feature, patterns };
    });
}

function main() {
  const { doIUseEmail } = require(path.join(process.argv[2], "node_modules", "@jsx-email", "doiuse-email"));
  const files = process.argv.slice(3);
  const allowed = exceptions();
  let problems = 0;
  for (const file of files) {
    const result = doIUseEmail(fs.readFileSync(file, "utf8"), { emailClients: ["gmail.*", "outlook.*"] });
    for (const error of new Set(result.errors || [])) {
      const match = /^`(.+)` is not supported by `(.+)`$/.exec(error);
      const excused = match && allowed.some((a) => a.feature === match[1] && a.patterns.some((p) => p.test(match[2])));
      if (!excused) {
        console.error(`${file}: error: ${error} [email-css]`);
        problems++;
      }
    }
  }
  console.log(`email CSS: ${files.length} emails, ${problems} problems`);
  process.exit(problems === 0 && files.length > 0 ? 0 : 1);
}

main();
