import { describe, expect, it } from 'vitest';
import { abilitiesOf } from '../policy/permissions';
import { eventsFor, resolvePrefs } from './preferences';

describe('notification preferences', () => {
  it('default to on, keep what the user turned off, and ignore what is not a preference', () => {
    expect(resolvePrefs({}).reminders).toEqual({ push: true, email: true });
    expect(resolvePrefs({ reminders: { email: false } }).reminders).toEqual({ push: true, email: false });
    expect(resolvePrefs({ nonsense: 1 }).issues).toEqual({ push: true, email: true });
  });

  it("are offered by ability: an officer who supervises no one is not offered the supervisors' digest", () => {
    expect(eventsFor(abilitiesOf(['PEGAWAI']))).toEqual(['issues', 'decisions', 'cards', 'tasks', 'reminders']);
    expect(eventsFor(abilitiesOf(['PENYELIA', 'PEGAWAI']))).toEqual(['issues', 'decisions', 'reviews', 'cards', 'tasks', 'reminders', 'digest']);
    expect(eventsFor(abilitiesOf(['EKSEKUTIF']))).toEqual([]);
  });
});
