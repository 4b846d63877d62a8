import { describe, expect, it } from 'vitest';
import { networkFileUrl } from './networkFile';

describe('networkFileUrl', () => {
  const base = { areaId: 'a-1', includeEnded: false, mayLookBack: true };

  it("asks GEXF for the ended ties of whoever may see them (Gephi's timeline), GraphML as the map is", () => {
    expect(networkFileUrl({ ...base, format: 'gexf' })).toBe(
      '/api/network/file?areaId=a-1&format=gexf&includeEnded=true',
    );
    expect(networkFileUrl({ ...base, format: 'graphml' })).toBe('/api/network/file?areaId=a-1&format=graphml');
    expect(networkFileUrl({ ...base, format: 'graphml', includeEnded: true, asOf: '2024-04-01' })).toBe(
      '/api/network/file?areaId=a-1&format=graphml&asOf=2024-04-01&includeEnded=true',
    );
  });

  it('never asks ended ties for a role that may not look back, and passes neutral labels on', () => {
    expect(networkFileUrl({ ...base, format: 'gexf', mayLookBack: false, neutral: 'ja' })).toBe(
      '/api/network/file?areaId=a-1&format=gexf&neutral=true&lang=ja',
    );
  });
});
