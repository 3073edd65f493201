import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as domain from '../index.js';
import { LABELS, labelOf, type LabelKind } from './label-catalogue.js';

/** A code as the domain writes enum values: lower-case words joined by hyphens ("6-months"). */
const ENUM_VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every enum the domain exports: its zod enums and its `as const` lists of codes. */
function exportedEnums(): [string, readonly string[]][] {
  const found: [string, readonly string[]][] = [];
  for (const [name, value] of Object.entries(domain)) {
    if (value instanceof z.ZodEnum) found.push([name, value.options.map(String)]);
    else if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' && ENUM_VALUE.test(v))
    )
      found.push([name, value]);
  }
  return found;
}

const kindsCovering = (values: readonly string[]) =>
  (Object.keys(LABELS) as LabelKind[]).filter((kind) =>
    values.every((value) => Object.hasOwn(LABELS[kind], value)),
  );

describe('the label catalogue', () => {
  const enums = exportedEnums();

  it('finds the enums the domain exports (the walk itself works)', () => {
    const names = enums.map(([name]) => name);
    for (const expected of ['PlanStatusSchema', 'PETITION_STATUSES', 'RoleSchema', 'FINDING_KINDS'])
      expect(names).toContain(expected);
    expect(names).not.toContain('ERROR_CODES'); // codes of the error catalogue, with messages
    expect(enums.length).toBeGreaterThan(60);
  });

  it.each(enums)('labels every value of %s', (_name, values) => {
    expect(kindsCovering(values)).not.toEqual([]);
  });

  it('labels a zod enum exactly: no label for a value the enum lost', () => {
    const kinds = Object.keys(LABELS) as LabelKind[];
    for (const [name, values] of enums) {
      if (!(domain[name as keyof typeof domain] instanceof z.ZodEnum)) continue;
      const exact = kinds.filter(
        (kind) =>
          Object.keys(LABELS[kind]).length === values.length &&
          values.every((v) => Object.hasOwn(LABELS[kind], v)),
      );
      expect(exact, name).not.toEqual([]);
    }
  });

  it('writes every label as Vietnamese text, never the code itself', () => {
    for (const [kind, labels] of Object.entries(LABELS))
      for (const [value, label] of Object.entries(labels)) {
        expect(label.trim(), `${kind}.${value}`).not.toBe('');
        expect(label, `${kind}.${value}`).not.toBe(value);
      }
  });
});

describe('labelOf', () => {
  it('gives the label of an outcome, a status and a field', () => {
    expect(labelOf('petitionOutcomeKind', 'guided-to-other-body')).toBe(
      'Hướng dẫn đến cơ quan khác',
    );
    expect(labelOf('petitionStatus', 'answered-at-conference')).toBe(
      domain.PETITION_STATUS_LABELS['answered-at-conference'],
    );
    expect(labelOf('petitionField', 'land-environment')).toBe(
      domain.PETITION_FIELD_LABELS['land-environment'],
    );
    expect(labelOf('planEvent', 'submit')).toBe('trình duyệt');
  });

  it('returns an unknown code unchanged rather than an empty cell', () => {
    expect(labelOf('planStatus', 'archived')).toBe('archived');
    expect(labelOf('planStatus', 'toString')).toBe('toString');
  });
});
