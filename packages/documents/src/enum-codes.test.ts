import { present } from '@doithoai/domain/testing';
import {
  CITIZEN_RESPONSE_LABELS,
  LABELS,
  PETITION_FIELD_LABELS,
  PETITION_OUTCOME_KIND_LABELS,
} from '@doithoai/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DOCX_KINDS, packDocx, type DocxKind } from './kinds/index.js';
import { petitionRegisterWorkbook } from './spreadsheets/petition-register.js';
import { readDocx } from './testing/read-docx.js';
import { SAMPLE_RECORDS } from './testing/fixtures.js';

/**
 * Every multi-word code of the domain's enums ("answered-at-conference", "land-environment"):
 * none is a Vietnamese word, so one found in a document is a code that leaked instead of its label.
 */
const CODES = [...new Set(Object.values(LABELS).flatMap((labels) => Object.keys(labels)))].filter(
  (code) => code.includes('-'),
);

const leakedCodes = (text: string) =>
  CODES.filter((code) => new RegExp(`(^|[^a-z0-9-])${code}($|[^a-z0-9-])`, 'u').test(text));

async function registerText(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await petitionRegisterWorkbook(SAMPLE_RECORDS['petition-register']);
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  present(workbook.getWorksheet('Sổ theo dõi'), 'the register sheet').eachRow((row) =>
    row.eachCell((cell) => {
      cells.push(cell.text);
    }),
  );
  return cells.join('\n');
}

describe('no enum code in a document: the labels of the domain’s catalogue instead', () => {
  it('knows the codes it looks for', () => {
    expect(CODES).toEqual(
      expect.arrayContaining([
        'answered-at-conference',
        'guided-to-other-body',
        'land-environment',
      ]),
    );
  });

  it('prints the field, the outcome at the conference and the citizen’s response of the register by their labels', async () => {
    const text = await registerText();
    expect(leakedCodes(text)).toEqual([]);
    expect(text).toContain(PETITION_FIELD_LABELS.infrastructure);
    expect(text).toContain(PETITION_OUTCOME_KIND_LABELS['answer-in-writing']);
    expect(text).toContain(CITIZEN_RESPONSE_LABELS.accepted);
  });

  it('prints the outcome of each speaker’s petition in the minutes by its label', async () => {
    const docx = readDocx(await packDocx('minutes', SAMPLE_RECORDS.minutes));
    expect(leakedCodes(docx.text)).toEqual([]);
    expect(docx.text).toContain(`Kết quả: ${PETITION_OUTCOME_KIND_LABELS['answer-in-writing']}.`);
  });

  it.each(Object.keys(DOCX_KINDS) as DocxKind[])('leaves no code in the %s', async (kind) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- each kind with its own record
    const docx = readDocx(await packDocx(kind, SAMPLE_RECORDS[kind] as any));
    expect(leakedCodes(docx.text)).toEqual([]);
  });
});
