import { describe, expect, test } from 'vitest';
import { hashId } from '../../src/shared/hash-id';

describe('hashId', () => {
  test('is 32 hex digits, stable, and differs between ids', async () => {
    const a = await hashId('urn:li:comment:(activity:1,2)');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await hashId('urn:li:comment:(activity:1,2)')).toBe(a);
    expect(await hashId('urn:li:comment:(activity:1,3)')).not.toBe(a);
  });

  test('does not contain the id', async () => {
    expect(await hashId('abc')).not.toContain('abc');
  });
});
