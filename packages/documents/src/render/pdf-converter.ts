import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentRenderError } from './errors.js';

/** Where Debian's libreoffice-writer-nogui and other installs put the converter. */
const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/**
 * The LibreOffice binary: `SOFFICE_PATH` when set (an empty value means "none"), else the first
 * candidate that exists; null when none is installed.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['SOFFICE_PATH'] !== undefined) return env['SOFFICE_PATH'] || null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * DOCX → PDF with LibreOffice headless, in a child process: a fresh private profile per
 * conversion (`-env:UserInstallation`, so two conversions never share a locked profile and
 * nothing of one leaks into the next), a timeout that kills the whole process group, and the
 * temporary directory removed afterwards.
 */
export async function convertDocxToPdf(
  soffice: string,
  docx: Buffer,
  timeoutMs: number,
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'doithoai-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      dir,
      input,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on(
        'data',
        (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)),
      );
      const timer = setTimeout(() => {
        try {
          // Without a pid there is no process group: the child alone is killed below.
          if (child.pid === undefined) throw new Error('no process group');
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
        reject(
          new DocumentRenderError(
            'PDF_CONVERSION_TIMEOUT',
            `Chuyển sang PDF quá ${Math.round(timeoutMs / 1000)} giây; hãy tải bản Word (.docx).`,
          ),
        );
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new DocumentRenderError('PDF_CONVERSION_FAILED', error.message));
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else
          reject(
            new DocumentRenderError(
              'PDF_CONVERSION_FAILED',
              `LibreOffice kết thúc với mã ${code}: ${stderr.trim().slice(0, 500)}`,
            ),
          );
      });
    });
    const output = join(dir, 'document.pdf');
    if (!existsSync(output))
      throw new DocumentRenderError('PDF_CONVERSION_FAILED', 'LibreOffice không tạo ra tệp PDF.');
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
