import { describe, expect, it } from 'vitest';
import { hsdsFileUrl } from './hsdsFile';

describe('hsdsFileUrl', () => {
  it('asks the server for the area’s package or services, the id escaped', () => {
    expect(hsdsFileUrl('a2-kita', 'zip')).toBe('/api/directory/hsds?areaId=a2-kita&format=zip');
    expect(hsdsFileUrl('a&b', 'json')).toBe('/api/directory/hsds?areaId=a%26b&format=json');
  });
});
