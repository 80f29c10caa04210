import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A PDF written to a temporary folder and read back with poppler's command-line tools. */
export interface PdfOnDisk {
  file: string;
  pageCount: number;
  /** The text of page n (1-based), as pdftotext lays it out. */
  pageText: (n: number) => string;
  text: () => string;
  /** "A4" or "letter", from pdfinfo's page size line. */
  paperName: () => string;
  fonts: () => string;
  /** Renders every page at `dpi` with pdftoppm and returns the PNG files. */
  render: (dpi: number) => string[];
  remove: () => void;
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

export function pdfOnDisk(pdf: Buffer, name = 'report'): PdfOnDisk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-pdf-'));
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const info = run('pdfinfo', [file]);
  const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo found no page count:\n${info}`);
  return {
    file,
    pageCount: Number(pages),
    pageText: (n) => run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']),
    text: () => run('pdftotext', ['-layout', file, '-']),
    paperName: () => /^Page size:.*\((\w+)\)/m.exec(run('pdfinfo', [file]))?.[1] ?? 'unknown',
    fonts: () => run('pdffonts', [file]),
    render: (dpi) => {
      run('pdftoppm', ['-r', String(dpi), '-png', file, path.join(dir, name)]);
      return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort()
        .map((f) => path.join(dir, f));
    },
    remove: () => {
      // OPENIORT_KEEP_TEST_PDFS=<folder> keeps a copy of every PDF and page image to look at.
      const keep = process.env['OPENIORT_KEEP_TEST_PDFS'];
      if (keep !== undefined && keep !== '') fs.cpSync(dir, keep, { recursive: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
