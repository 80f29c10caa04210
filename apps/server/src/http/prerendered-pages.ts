import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { WebFile } from './web-files.ts';

/** Written by scripts/prerender.ts: each public page address and its file under dist/. */
const manifestSchema = z.strictObject({
  languages: z.array(z.string().regex(/^[a-z]{2}$/)),
  pages: z.record(z.string().regex(/^\/[a-z0-9/-]*$/), z.string()),
});

export const PRERENDER_MANIFEST = '.prerendered.json';

export interface Prerendered {
  /** Address (`/`, `/self-check`, `/es`, `/es/self-check`) → its prerendered HTML. */
  pages: Map<string, WebFile>;
}

/**
 * The prerendered public pages of a build. A build without them (or with a manifest that does
 * not check out) still works: every page path then gets the shell and renders in the browser.
 */
export function loadPrerendered(
  distDir: string,
  files: ReadonlyMap<string, WebFile>,
  warn: (message: string) => void,
): Prerendered {
  const pages = new Map<string, WebFile>();
  const file = path.join(distDir, PRERENDER_MANIFEST);
  if (!fs.existsSync(file)) return { pages };
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    warn(`${PRERENDER_MANIFEST} is not valid, so no page is served prerendered: ${String(error)}`);
    return { pages };
  }
  for (const [address, relative] of Object.entries(manifest.pages)) {
    const page = files.get(relative);
    if (page === undefined)
      warn(`${PRERENDER_MANIFEST} names ${relative}, which is not in the build.`);
    else pages.set(address, page);
  }
  return { pages };
}
