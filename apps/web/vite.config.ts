import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Writes dist/.vite/chunks.json: for each JavaScript chunk, whether it is an entry, its static
 * and dynamic imports, and the modules inside it (paths from the repository root). The
 * public-bundle test walks it to prove public pages never load the clinician app (ADR 0015).
 */
function chunkReport(): Plugin {
  return {
    name: 'openiort-chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, object> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = {
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          modules: output.moduleIds.map((id) =>
            path.relative(repoRoot, id.replace(/^\0/, '')).split(path.sep).join('/'),
          ),
        };
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunks.json',
        source: `${JSON.stringify({ chunks }, null, 1)}\n`,
      });
    },
  };
}

/**
 * Puts Zod in jitless mode inside Zod's own core module, before it reads its configuration.
 * The server's CSP forbids eval; Zod decides whether to compile parsers with `new Function`
 * when each object schema is built, and the contract's schemas are built when their chunk loads,
 * which, with the clinician app split into chunks, is before any code of ours could call
 * `config({ jitless: true })`. Even Zod's caught probe is reported as a CSP violation.
 */
function zodJitless(): Plugin {
  return {
    name: 'openiort-zod-jitless',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
      return {
        code: `(globalThis.__zod_globalConfig ??= {}).jitless = true;\n${code}`,
        map: null,
      };
    },
  };
}

// The server (apps/server) serves dist/ and answers /api; in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react(), zodJitless(), chunkReport()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
});
