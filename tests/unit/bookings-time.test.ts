import fc from 'fast-check';
import {
  addMinutes,
  beijingClock,
  beijingDateTime,
  beijingDayOf,
  beijingDayStart,
  isQuarterHour,
  minutesBetween,
  overlaps,
} from '../../shared/time';

describe('Beijing days', () => {
  it('puts a slot at 00:30 Beijing time on its own Beijing day, not the UTC day before', () => {
    const halfPastMidnight = '2026-11-28T16:30:00.000Z';
    expect(beijingDayOf(halfPastMidnight)).toBe('2026-11-29');
    expect(beijingClock(halfPastMidnight)).toBe('00:30');
  });

  it('keeps 23:59 Beijing time on the same day', () => {
    expect(beijingDayOf('2026-11-29T15:59:00.000Z')).toBe('2026-11-29');
    expect(beijingDayOf('2026-11-29T16:00:00.000Z')).toBe('2026-11-30');
  });

  it('finds the UTC instant a Beijing day begins', () => {
    expect(beijingDayStart('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('writes a time the way a message to a person does', () => {
    expect(beijingDateTime('2026-12-01T06:00:00.000Z')).toBe('12月1日 14:00');
  });

  it('agrees with a fixed +8 hours for any instant (China has no summer time)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-01-01') }), (ms) => {
        expect(beijingDayOf(ms)).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
        expect(beijingDayStart(beijingDayOf(ms)).getTime()).toBeLessThanOrEqual(ms);
      }),
    );
  });
});

describe('quarter hours', () => {
  it.each([
    ['2026-12-01T02:00:00.000Z', true],
    ['2026-12-01T02:15:00.000Z', true],
    ['2026-12-01T02:45:00.000Z', true],
    ['2026-12-01T02:10:00.000Z', false],
    ['2026-12-01T02:15:01.000Z', false],
    ['2026-12-01T02:15:00.001Z', false],
  ])('%s is on the quarter hour: %s', (iso, expected) => {
    expect(isQuarterHour(iso)).toBe(expected);
  });
});

describe('intervals', () => {
  const t = (m: number) => m * 60_000;
  it.each([
    [[0, 60], [30, 90], true],
    [[0, 60], [60, 90], false],
    [[60, 90], [0, 60], false],
    [[0, 60], [15, 30], true],
    [[15, 30], [0, 60], true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(overlaps(t(a[0]), t(a[1]), t(b[0]), t(b[1]))).toBe(expected);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 100 }), (a, la, b, lb) => {
        expect(overlaps(a, a + la, b, b + lb)).toBe(overlaps(b, b + lb, a, a + la));
      }),
    );
  });

  it('adds and measures minutes', () => {
    expect(addMinutes('2026-12-01T02:00:00.000Z', 45).toISOString()).toBe('2026-12-01T02:45:00.000Z');
    expect(minutesBetween('2026-12-01T02:00:00.000Z', '2026-12-01T04:00:00.000Z')).toBe(120);
  });
});
