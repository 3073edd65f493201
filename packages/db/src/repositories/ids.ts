import { randomUUID } from 'node:crypto';

/** A new opaque row id. @example newId() // '3f2b…' */
export function newId(): string {
  return randomUUID();
}

/** Booleans are 0/1 integers on both dialects. */
export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number): boolean => value === 1;
