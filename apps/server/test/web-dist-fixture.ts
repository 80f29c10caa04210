import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { precompressDir } from '../../../scripts/precompress.ts';

/** Text long and repetitive enough that both codings make it much smaller. */
const script = `console.log(${JSON.stringify('OpenIORT fixture script. '.repeat(400))});\n`;

export const FIXTURE = {
  shell:
    '<!doctype html><html lang="en"><head><title>OpenIORT</title></head><body><div id="root"></div></body></html>\n',
  script,
  style: `body { color: black; }\n${'.rule { margin: 0; }\n'.repeat(300)}`,
  favicon: `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>\n`,
  /** PNG signature and junk: not a compressible type, so served as is. */
  image: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]),
};

export interface WebDistFixture {
  dir: string;
  remove: () => void;
}

/**
 * A small web build in a temporary folder, compressed by the real build step. `stale.js.br` is a
 * brotli copy of other text, as an older build could leave behind; the server must not send it.
 * `extra` adds files (relative path → content) before compression.
 */
export function makeWebDist(extra: Record<string, string> = {}): WebDistFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-web-dist-'));
  const write = (relative: string, content: string | Buffer) => {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  };
  write('index.html', FIXTURE.shell);
  write('favicon.svg', FIXTURE.favicon);
  write('assets/app-Ab12Cd34.js', FIXTURE.script);
  write('assets/app-Ef56Gh78.css', FIXTURE.style);
  write('assets/logo-Ij90Kl12.png', FIXTURE.image);
  write('assets/stale-Mn34Op56.js', FIXTURE.script);
  write('.source-hash', 'not served');
  for (const [relative, content] of Object.entries(extra)) write(relative, content);
  precompressDir(dir);
  write('assets/stale-Mn34Op56.js.br', zlib.brotliCompressSync(Buffer.from('an older build')));
  return {
    dir,
    remove: () => {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The body as the client would read it after undoing Content-Encoding. */
export function decodeBody(body: Buffer, contentEncoding: unknown): Buffer {
  if (contentEncoding === undefined) return body;
  if (contentEncoding === 'br') return zlib.brotliDecompressSync(body);
  if (contentEncoding === 'gzip') return zlib.gunzipSync(body);
  throw new Error(`unexpected content-encoding ${JSON.stringify(contentEncoding)}`);
}
