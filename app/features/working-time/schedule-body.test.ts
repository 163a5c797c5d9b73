import { describe, expect, it } from 'vitest';
import { scheduleBody, type ScheduleForm } from './schedule-body';

const form: ScheduleForm = { name: 'Syif malam', type: 'SHIFT', start: '22:00', end: '06:00', rests: [], grace: '5', before: '', after: '' };

describe('the body of a schedule form', () => {
  it('sends a new SHIFT with its type and leaves empty margins to the server defaults', () => {
    expect(scheduleBody(form, false)).toEqual({ name: 'Syif malam', type: 'SHIFT', start: '22:00', end: '06:00', rests: [], graceMinutes: 5 });
  });
  it('clears margins on an edit (null), and never sends the type', () => {
    expect(scheduleBody({ ...form, after: '300' }, true)).toEqual({
      name: 'Syif malam',
      start: '22:00',
      end: '06:00',
      rests: [],
      graceMinutes: 5,
      marginBeforeMinutes: null,
      marginAfterMinutes: 300,
    });
  });
  it('sends WBF without hours, FIXED without margins', () => {
    expect(scheduleBody({ ...form, type: 'WBF' }, false)).toEqual({ name: 'Syif malam', type: 'WBF', graceMinutes: 5 });
    expect(scheduleBody({ ...form, type: 'FIXED', grace: '' }, false)).toEqual({
      name: 'Syif malam',
      type: 'FIXED',
      start: '22:00',
      end: '06:00',
      rests: [],
      graceMinutes: 0,
    });
  });
  it('lets the server name a grace that is not a number', () => {
    expect(scheduleBody({ ...form, grace: 'abc' }, false).graceMinutes).toBeNaN();
  });
});
