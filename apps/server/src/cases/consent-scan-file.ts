import type { ConsentScanType } from '@openiort/contract';

/** File signatures ("magic numbers") of the formats a consent scan may have. */
const SIGNATURES: { type: ConsentScanType; bytes: number[]; extension: string }[] = [
  // "%PDF-" (ISO 32000-1 §7.5.2: the file begins with the header line).
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: 'pdf' },
  // PNG signature (RFC 2083 §3.1 / ISO 15948): 89 50 4E 47 0D 0A 1A 0A.
  {
    type: 'image/png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    extension: 'png',
  },
  // JPEG: start-of-image marker FF D8 followed by another marker FF (ITU T.81 Annex B).
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff], extension: 'jpg' },
];

/** The type the bytes themselves say, whatever the name or a client claims; undefined if none. */
export function detectScanType(data: Uint8Array): ConsentScanType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => data[i] === b))?.type;
}

/**
 * The name the file is stored and served under: letters, digits, dot, dash and underscore only,
 * with the extension of the detected type (so "form.html" holding a PDF is "form.html.pdf" and no
 * browser treats it as a page).
 */
export function safeScanName(name: string, type: ConsentScanType): string {
  const extension = SIGNATURES.find((s) => s.type === type)?.extension ?? 'bin';
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 100);
  const stem = base.toLowerCase().endsWith(`.${extension}`)
    ? base.slice(0, -extension.length - 1)
    : base;
  return `${stem === '' ? 'consent' : stem}.${extension}`;
}

/** Decodes strict base64 (the schema already refused other characters). */
export function decodeBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
