import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressDir } from './precompress.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = path.join(root, 'apps/web');
const distDir = path.join(webDir, 'dist');
const stampFile = path.join(distDir, '.source-hash');

/** Everything the web bundle is made from: its sources, its config, and the packages it bundles. */
const INPUTS = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/content/src',
  'packages/contract/src',
  'packages/guidelines/src',
  'packages/dosimetry/src',
  'package-lock.json',
  'scripts/web-build.ts',
  'scripts/precompress.ts',
  'scripts/prerender.ts',
  'scripts/critical-css.ts',
];

function listFiles(relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => listFiles(path.join(relative, entry.name)))
    .sort();
}

/** A content hash, not timestamps: a fresh clone or a checkout gives reliable answers. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(listFiles)) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

export function webBuildIsCurrent(): boolean {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === webSourceHash();
}

/** Builds the web client with Vite when its build is missing or older than its sources. */
export function ensureWebBuilt(options: { force?: boolean } = {}): void {
  if (options.force !== true && webBuildIsCurrent()) return;
  console.log('Building the web client (apps/web) …');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`The web client build failed (vite exited with ${String(result.status)}).`);
  }
  // In a process of its own: it imports a server build of the React app.
  const prerender = spawnSync(process.execPath, [path.join(root, 'scripts/prerender.ts')], {
    stdio: 'inherit',
  });
  if (prerender.status !== 0) {
    throw new Error(`Prerendering failed (exit ${String(prerender.status)}).`);
  }
  const compressed = precompressDir(distDir);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
  console.log(
    `Compressed ${String(compressed.files)} files of ${kB(compressed.bytes)}: ` +
      `brotli ${kB(compressed.brotliBytes)}, gzip ${kB(compressed.gzipBytes)}.`,
  );
  fs.writeFileSync(stampFile, webSourceHash());
  console.log('Web client built.');
}

if (import.meta.main) ensureWebBuilt({ force: process.argv.includes('--force') });
