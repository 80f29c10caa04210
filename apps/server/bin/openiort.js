#!/usr/bin/env node
// Entry point of the `openiort` command. The CLI is TypeScript run by Node's type stripping,
// which the project's pinned Node 24 provides (`npx openiort` puts it first on the PATH).
const [major] = process.versions.node.split('.').map(Number);
if (major === undefined || major < 24) {
  console.error(
    `openiort needs Node.js 24 (this is ${process.version}). Run it from the repository with npx openiort, after npm install.`,
  );
  process.exit(2);
}
const { runFromProcess } = await import('../src/cli/main.ts');
await runFromProcess();
