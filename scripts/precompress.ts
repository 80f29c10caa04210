// Build step: a brotli (.br) and a gzip (.gz) copy beside every compressible file of the web
// build, made once at the highest settings so the server never compresses per request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Text formats worth compressing; images other than SVG and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|map|xml|webmanifest)$/i;

export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

function compressible(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return compressible(full);
      return entry.isFile() && COMPRESSIBLE.test(entry.name) ? [full] : [];
    });
}

/** Writes `variant` unless it saves nothing, in which case a stale one is removed. */
function writeIfSmaller(file: string, original: Buffer, variant: Buffer): number {
  if (variant.length < original.length) {
    fs.writeFileSync(file, variant);
    return variant.length;
  }
  fs.rmSync(file, { force: true });
  return original.length;
}

/** Compresses every compressible file under `dir` (dot-files and dot-folders left out). */
export function precompressDir(dir: string): PrecompressSummary {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const file of compressible(dir)) {
    const original = fs.readFileSync(file);
    const brotli = zlib.brotliCompressSync(original, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    });
    const gzip = zlib.gzipSync(original, { level: zlib.constants.Z_BEST_COMPRESSION, memLevel: 9 });
    summary.files += 1;
    summary.bytes += original.length;
    summary.brotliBytes += writeIfSmaller(`${file}.br`, original, brotli);
    summary.gzipBytes += writeIfSmaller(`${file}.gz`, original, gzip);
  }
  return summary;
}
