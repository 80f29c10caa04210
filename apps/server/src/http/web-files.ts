import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Coding } from './accept-encoding.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebVariant {
  body: Buffer;
  /** A strong validator of these exact bytes: each coding of a file has its own (RFC 9110 §8.8.3). */
  etag: string;
}

export interface WebFile {
  contentType: string;
  /** The plain file, and its brotli and gzip copies when the build made them. */
  variants: Partial<Record<Coding, WebVariant>> & { identity: WebVariant };
}

const DECODERS: Record<
  Exclude<Coding, 'identity'>,
  { suffix: string; decode: (b: Buffer) => Buffer }
> = {
  br: { suffix: '.br', decode: (body) => zlib.brotliDecompressSync(body) },
  gzip: { suffix: '.gz', decode: (body) => zlib.gunzipSync(body) },
};

function variant(body: Buffer): WebVariant {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), relative);
      return entry.isFile() && !/\.(?:br|gz)$/.test(entry.name) ? [relative] : [];
    });
}

/**
 * Reads the whole web build into memory once, at start (a few MB): answers then cost no disk
 * access and no path from a request ever reaches the file system. A compressed copy is kept only
 * if it decodes to the file beside it, so a stale copy from an older build is never sent.
 * Keys are paths relative to `distDir` with forward slashes; dot-files and dot-folders are left
 * out (build stamps, the Vite manifest).
 */
export function loadWebFiles(
  distDir: string,
  warn: (message: string) => void,
): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const relative of listFiles(distDir)) {
    const full = path.join(distDir, ...relative.split('/'));
    const plain = fs.readFileSync(full);
    const variants: WebFile['variants'] = { identity: variant(plain) };
    for (const [coding, { suffix, decode }] of Object.entries(DECODERS)) {
      if (!fs.existsSync(full + suffix)) continue;
      const body = fs.readFileSync(full + suffix);
      let decoded: Buffer | undefined;
      try {
        decoded = decode(body);
      } catch {
        decoded = undefined;
      }
      if (decoded?.equals(plain) === true) variants[coding as Coding] = variant(body);
      else warn(`${relative + suffix} does not match ${relative}; it is not served.`);
    }
    const extension = path.extname(relative).toLowerCase();
    files.set(relative, {
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      variants,
    });
  }
  return files;
}
