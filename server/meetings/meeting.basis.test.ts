import { describe, expect, it } from 'vitest';
import { basisWithholds } from './meeting.basis.js';

describe('what a meeting’s basis shares', () => {
  it('shares at a 支援会議 without consent, never a restricted subject', () => {
    expect(basisWithholds('SUPPORT_MEETING', ['NONE'])).toBeUndefined();
    expect(basisWithholds('SUPPORT_MEETING', [null])).toBeUndefined();
    expect(basisWithholds('SUPPORT_MEETING', ['NONE', 'RESTRICTED'])).toContain('支援措置');
  });

  it('shares at a 重層的支援会議 with the person’s agreement only', () => {
    expect(basisWithholds('CONSENTED', ['PROFESSIONALS'])).toBeUndefined();
    expect(basisWithholds('CONSENTED', ['COMMUNITY'])).toBeUndefined();
    expect(basisWithholds('CONSENTED', ['NONE'])).toContain('agreement');
    expect(basisWithholds('CONSENTED', ['PROFESSIONALS', 'NONE'])).toContain('agreement');
  });

  it('shares at a 協議体 only with COMMUNITY consent', () => {
    expect(basisWithholds('COUNCIL', ['COMMUNITY'])).toBeUndefined();
    expect(basisWithholds('COUNCIL', ['PROFESSIONALS'])).toContain('community');
  });
});
