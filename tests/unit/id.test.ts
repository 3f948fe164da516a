import { describe, expect, it } from 'vitest';
import { assignIds, baseId } from '../../scripts/ingest/id.ts';

describe('ids', () => {
  it('keeps clean ASCII names as they are', () => {
    expect(baseId('000_4c9ed98cb98679ac.txt')).toBe('000_4c9ed98cb98679ac');
    expect(baseId('news-2024.txt')).toBe('news-2024');
  });
  it('makes URL-safe ids from Thai, spaces, capitals and accents, stably', () => {
    for (const n of ['ข่าว คิม.txt', 'My File (1).TXT', 'Ünïcode–name.txt', '  .txt']) {
      expect(baseId(n)).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
      expect(baseId(n)).toBe(baseId(n));
    }
    expect(baseId('ข่าว คิม.txt')).not.toBe(baseId('ข่าว ปูติน.txt'));
    expect(baseId('My File.txt')).toMatch(/^my-file-[0-9a-f]{8}$/);
  });
  it('gives names that collide after slugging distinct ids, whatever the order', () => {
    const a = assignIds(['A b.txt', 'a-b.txt', 'a B.txt']);
    expect(new Set(a.values()).size).toBe(3);
    expect(assignIds(['a B.txt', 'a-b.txt', 'A b.txt'])).toEqual(a);
  });
});
