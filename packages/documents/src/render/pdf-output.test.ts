import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { findSoffice } from './pdf-converter.js';
import { createDocumentRenderer, type DocumentKind } from './render-document.js';

// Every document converted to PDF with LibreOffice and rendered to PNG with poppler, as CI does
// (.ci/run installs libreoffice-writer-nogui and poppler-utils). Without the tools the suite is
// skipped with a message, unless REQUIRE_DOCUMENT_TOOLS=1 makes their absence a failure.
const has = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const soffice = findSoffice();
const missing = [
  soffice ? null : 'soffice (libreoffice-writer-nogui)',
  has('pdftoppm') ? null : 'pdftoppm (poppler-utils)',
  has('pdffonts') ? null : 'pdffonts (poppler-utils)',
].filter(Boolean);
const required = process.env['REQUIRE_DOCUMENT_TOOLS'] === '1';
if (missing.length > 0 && !required)
  console.warn(
    `PDF tests skipped: ${missing.join(', ')} not installed (REQUIRE_DOCUMENT_TOOLS=1 makes this a failure).`,
  );

/** Fonts a document may embed: Times New Roman or its metric-compatible Liberation Serif. */
const EXPECTED_FONT =
  /^([A-Z]{6}\+)?(LiberationSerif|TimesNewRoman(PS)?(MT)?)(-(Bold|Italic|BoldItalic|BoldMT|ItalicMT|BoldItalicMT))?$/u;

const KINDS = (Object.keys(SAMPLE_RECORDS) as DocumentKind[]).filter(
  (k) => k !== 'petition-register',
);
const out = join(tmpdir(), 'doithoai-rendered');

describe.skipIf(missing.length > 0 && !required)('every document as PDF and PNG', () => {
  const renderer = createDocumentRenderer();
  afterAll(() => renderer.close());

  it('has the converter and poppler installed', () => {
    expect(missing, `missing: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(KINDS)(
    '%s: converts, embeds only Times/Liberation Serif, renders to PNG, keeps the Vietnamese text',
    async (kind) => {
      const pdf = await renderer.render(kind, SAMPLE_RECORDS[kind], { format: 'pdf' });
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.contentType).toBe('application/pdf');
      mkdirSync(out, { recursive: true });
      const file = join(out, `${kind}.pdf`);
      writeFileSync(file, pdf.bytes);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => ({ name: line.split(/\s+/u)[0] ?? '', embedded: line.includes(' yes ') }));
      expect(fonts.length).toBeGreaterThan(0);
      // No fallback font (DejaVu, Noto…) for a Vietnamese character: every font is the serif family.
      expect(
        fonts.filter((f) => !EXPECTED_FONT.test(f.name)),
        JSON.stringify(fonts),
      ).toEqual([]);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Sơn Tây Hạ');
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(out, kind)]);
      expect(
        readdirSync(out).some((name) => name.startsWith(`${kind}-`) && name.endsWith('.png')),
      ).toBe(true);
    },
    120_000,
  );
});
