import { describe, expect, it } from 'vitest';
import { resolvePrefs } from './preferences';

describe('notification preferences', () => {
  it('default to on, keep what the user turned off, and ignore what is not a preference', () => {
    expect(resolvePrefs({}).reminders).toEqual({ push: true, email: true });
    expect(resolvePrefs({ reminders: { email: false } }).reminders).toEqual({ push: true, email: false });
    expect(resolvePrefs({ nonsense: 1 }).issues).toEqual({ push: true, email: true });
  });
});
