import { createHash } from 'node:crypto';
import type { RenderedDocument } from '@doithoai/documents';

/**
 * A small cache of the public documents, keyed by what they are built from: anyone may ask for
 * a published dialogue's PDF without signing in, and each conversion takes LibreOffice seconds
 * of a core, so the same record is converted once while it stays the same. Only documents
 * without personal data are cached (the public ones); staff downloads are always fresh.
 */
export class RenderedCache {
  private readonly entries = new Map<string, { at: number; document: RenderedDocument }>();

  constructor(
    private readonly capacity = 32,
    private readonly ttlMs = 15 * 60_000,
  ) {}

  static keyOf(kind: string, format: string, record: unknown): string {
    return createHash('sha256')
      .update(`${kind}\n${format}\n${JSON.stringify(record)}`)
      .digest('hex');
  }

  get(key: string, now = Date.now()): RenderedDocument | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last, so the oldest is evicted first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.document;
  }

  set(key: string, document: RenderedDocument, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { at: now, document });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
