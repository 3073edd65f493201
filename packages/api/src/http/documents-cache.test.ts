import type { RenderedDocument } from '@doithoai/documents';
import { describe, expect, it } from 'vitest';
import { RenderedCache } from './documents-cache.js';

const doc = (name: string): RenderedDocument => ({
  bytes: Buffer.from(name),
  format: 'pdf',
  contentType: 'application/pdf',
  fileName: `${name}.pdf`,
});

describe('the cache of public documents', () => {
  it('keys by kind, format and record, so a changed record is rendered again', () => {
    const a = RenderedCache.keyOf('conclusion', 'pdf', { position: 'Giao Phòng Kinh tế' });
    expect(RenderedCache.keyOf('conclusion', 'pdf', { position: 'Giao Phòng Kinh tế' })).toBe(a);
    expect(RenderedCache.keyOf('conclusion', 'docx', { position: 'Giao Phòng Kinh tế' })).not.toBe(
      a,
    );
    expect(RenderedCache.keyOf('conclusion', 'pdf', { position: 'Giao Công an xã' })).not.toBe(a);
  });

  it('forgets entries after their time and evicts the least recently used beyond its capacity', () => {
    const cache = new RenderedCache(2, 1000);
    cache.set('a', doc('a'), 0);
    cache.set('b', doc('b'), 0);
    expect(cache.get('a', 10)?.fileName).toBe('a.pdf');
    cache.set('c', doc('c'), 20);
    expect(cache.get('b', 30)).toBeUndefined();
    expect(cache.get('a', 30)?.fileName).toBe('a.pdf');
    expect(cache.get('c', 2000)).toBeUndefined();
  });
});
