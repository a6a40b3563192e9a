import { occurrences } from '../../functions/bookings/slots.service';
import { publicNameOf } from '../../functions/bookings/volunteers.service';
import { AppError } from '../../functions/platform/errors';
import { slotCreateRequest, volunteerApplyRequest } from '../../shared/bookings';

const NOW = Date.parse('2026-12-01T02:00:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.fields?.[0]?.path;
    throw e;
  }
  return undefined;
};

describe('slot occurrences', () => {
  it('gives one start per week', () => {
    expect(occurrences(NOW, iso(NOW + DAY), 3)).toEqual([NOW + DAY, NOW + 8 * DAY, NOW + 15 * DAY]);
  });

  it('accepts exactly 2 hours ahead and refuses 1 minute less', () => {
    expect(occurrences(NOW, iso(NOW + 120 * MIN), 1)).toHaveLength(1);
    expect(fieldOf(() => occurrences(NOW + MIN, iso(NOW + 120 * MIN), 1))).toBe('start');
  });

  it('accepts exactly 60 days ahead and refuses a repeat beyond', () => {
    expect(occurrences(NOW, iso(NOW + 60 * DAY), 1)).toHaveLength(1);
    expect(fieldOf(() => occurrences(NOW, iso(NOW + 60 * DAY + 15 * MIN), 1))).toBe('start');
    expect(occurrences(NOW, iso(NOW + 53 * DAY), 2)).toHaveLength(2);
    expect(fieldOf(() => occurrences(NOW, iso(NOW + 53 * DAY + 15 * MIN), 2))).toBe('repeatWeeks');
  });

  it('refuses a start off the quarter hour', () => {
    expect(fieldOf(() => occurrences(NOW, iso(NOW + DAY + 10 * MIN), 1))).toBe('start');
  });
});

describe('shared schemas', () => {
  it('needs a location for in-person slots and refuses one for phone slots', () => {
    const base = { start: iso(NOW + DAY), durationMinutes: 30 };
    expect(slotCreateRequest.safeParse({ ...base, mode: 'in-person' }).success).toBe(false);
    expect(slotCreateRequest.safeParse({ ...base, mode: 'phone', location: { name: '妇女之家', address: '路 1 号' } }).success).toBe(false);
    expect(slotCreateRequest.safeParse({ ...base, mode: 'phone' }).data?.repeatWeeks).toBe(1);
  });

  it('knows the six professions', () => {
    const parse = (profession: string) =>
      volunteerApplyRequest.safeParse({
        realName: '陈静',
        profession,
        licenceNo: 'ABCD1234',
        organisation: '律所',
        specialities: ['custody'],
        city: 'nanchang',
        district: '东湖区',
      }).success;
    expect(['lawyer', 'judge', 'prosecutor', 'mediator', 'legal-worker', 'counsellor'].map(parse)).toEqual(Array(6).fill(true));
    expect(parse('doctor')).toBe(false);
  });
});

describe('public names', () => {
  it.each([
    ['陈静', 'lawyer', '陈律师'],
    ['王芳', 'mediator', '王调解员'],
    ['李华', 'judge', '李法官'],
  ] as const)('%s the %s is shown as %s', (name, profession, shown) => {
    expect(publicNameOf(name, profession)).toBe(shown);
  });
});
