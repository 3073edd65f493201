#!/usr/bin/env node
// Renders every document kind from the sample records, and the plan of each seed plan, to
// DOCX, PDF and a PNG of page 1 in the given folder (default ./samples), so a reader can look
// at them side by side with the seeds. Needs the package built (`pnpm --filter
// @doithoai/documents build`), LibreOffice for PDF and poppler-utils for PNG.
//   node scripts/render-samples.mjs [out-dir] [--only plan-sonTayHa2025] [--dpi 80]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDocumentRenderer } from '../dist/index.js';
import { SAMPLE_RECORDS, scheduleFor } from '../dist/testing/index.js';
import { SEED_PLANS } from '@doithoai/domain/testing';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = flag('--only');
const dpi = flag('--dpi') ?? '80';
const out = resolve(args[0] ?? 'samples');
mkdirSync(out, { recursive: true });

const jobs = [
  ...Object.entries(SEED_PLANS).map(([key, plan]) => [
    `plan-${key}`,
    'plan',
    { plan, schedule: scheduleFor(plan) },
  ]),
  ...Object.entries(SAMPLE_RECORDS).map(([kind, record]) => [kind, kind, record]),
].filter(([name]) => !only || name === only);

const renderer = createDocumentRenderer();
for (const [name, kind, record] of jobs) {
  if (kind === 'petition-register') {
    const xlsx = await renderer.render(kind, record, { format: 'xlsx' });
    writeFileSync(join(out, `${name}.xlsx`), xlsx.bytes);
    console.log(`${name}.xlsx`);
    continue;
  }
  const context =
    SEED_PLANS.choMoi2025 === record.plan ? { upperIssuer: 'Đảng bộ tỉnh Thái Nguyên' } : {};
  const docx = await renderer.render(kind, record, { format: 'docx', context });
  writeFileSync(join(out, `${name}.docx`), docx.bytes);
  if (!renderer.pdfAvailable) {
    console.log(`${name}.docx (no LibreOffice: no PDF)`);
    continue;
  }
  const pdf = await renderer.render(kind, record, { format: 'pdf', context });
  writeFileSync(join(out, `${name}.pdf`), pdf.bytes);
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      dpi,
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(out, `${name}.pdf`),
      join(out, name),
    ]);
    console.log(`${name}.docx .pdf .png`);
  } catch {
    console.log(`${name}.docx .pdf (no pdftoppm: no PNG)`);
  }
}
await renderer.close();
