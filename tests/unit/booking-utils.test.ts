import fc from 'fast-check';
import {
  addBeijingDays,
  appointmentTime,
  beijingInstant,
  dateStrip,
  dayRange,
  groupByDay,
  lastDays,
  newIdempotencyKey,
  quarterHourOptions,
  splitUpcoming,
  volunteerActions,
} from '../../client/utils/booking';
import { IDEMPOTENCY_KEY_PATTERN } from '../../shared/bookings';
import { beijingDayOf, isQuarterHour } from '../../shared/time';

// 2026-11-28 23:30 UTC is already Sunday 2026-11-29 07:30 in Beijing.
const LATE_SATURDAY_UTC = Date.parse('2026-11-28T23:30:00Z');

describe('dateStrip', () => {
  it('starts on the Beijing day, not the UTC day, and labels 今天 and 明天', () => {
    const strip = dateStrip(LATE_SATURDAY_UTC, 14);

    expect(strip[0]).toEqual({ day: '2026-11-29', name: '今天', date: '11/29' });
    expect(strip[1]).toEqual({ day: '2026-11-30', name: '明天', date: '11/30' });
    expect(strip[2]).toEqual({ day: '2026-12-01', name: '周二', date: '12/1' });
  });

  it('gives consecutive distinct days across a month and a year end', () => {
    const strip = dateStrip(Date.parse('2026-12-25T04:00:00Z'), 14);

    expect(strip).toHaveLength(14);
    expect(strip.map((d) => d.day)).toContain('2027-01-01');
    expect(new Set(strip.map((d) => d.day)).size).toBe(14);
    expect(strip[7].name).toBe('周五');
  });

  it('always yields `count` consecutive Beijing days from any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2030-01-01') }), (now) => {
        const strip = dateStrip(now, 14);
        expect(strip[0].day).toBe(beijingDayOf(now));
        for (let i = 1; i < strip.length; i++) expect(strip[i].day).toBe(addBeijingDays(strip[i - 1].day, 1));
      }),
    );
  });
});

describe('dayRange', () => {
  it('covers a Beijing day from 16:00 UTC the day before to just before the next', () => {
    expect(dayRange('2026-11-30')).toEqual({
      from: '2026-11-29T16:00:00.000Z',
      to: '2026-11-30T15:59:59.999Z',
    });
  });
});

describe('quarterHourOptions', () => {
  it('lists every quarter hour from 07:00 to 21:45', () => {
    const options = quarterHourOptions();

    expect(options).toHaveLength(15 * 4);
    expect(options[0]).toBe('07:00');
    expect(options[1]).toBe('07:15');
    expect(options[options.length - 1]).toBe('21:45');
  });

  it('turns every option into an instant the server accepts as on the quarter hour', () => {
    for (const clock of quarterHourOptions(0, 23)) expect(isQuarterHour(beijingInstant('2026-12-01', clock))).toBe(true);
  });
});

describe('beijingInstant', () => {
  it('reads a clock time as Beijing time', () => {
    expect(beijingInstant('2026-12-01', '09:30')).toBe('2026-12-01T01:30:00.000Z');
    expect(beijingInstant('2026-12-01', '00:15')).toBe('2026-11-30T16:15:00.000Z');
  });
});

describe('appointmentTime', () => {
  it('writes the Beijing date with its weekday and the clock range', () => {
    expect(appointmentTime('2026-11-30T06:00:00Z', '2026-11-30T06:45:00Z')).toBe('11月30日 周一 14:00-14:45');
  });
});

describe('splitUpcoming', () => {
  const now = Date.parse('2026-11-30T00:00:00Z');
  const b = (id: string, start: string, status = 'booked') => ({ id, start, status });

  it('puts booked future ones first, soonest first, and the rest latest first', () => {
    const items = [
      b('later', '2026-12-03T00:00:00Z'),
      b('gone', '2026-11-20T00:00:00Z', 'completed'),
      b('soon', '2026-12-01T00:00:00Z'),
      b('cancelled', '2026-12-02T00:00:00Z', 'cancelled'),
    ];

    const { upcoming, past } = splitUpcoming(items, now);

    expect(upcoming.map((x) => x.id)).toEqual(['soon', 'later']);
    expect(past.map((x) => x.id)).toEqual(['cancelled', 'gone']);
  });
});

describe('groupByDay', () => {
  it('groups by the Beijing day, so 00:30 Beijing is on its own day', () => {
    const groups = groupByDay([
      { start: '2026-11-30T16:30:00Z' },
      { start: '2026-11-30T02:00:00Z' },
      { start: '2026-11-30T01:00:00Z' },
    ]);

    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ['2026-11-30', 2],
      ['2026-12-01', 1],
    ]);
    expect(groups[0].items[0].start).toBe('2026-11-30T01:00:00Z');
  });
});

describe('volunteerActions', () => {
  const now = Date.parse('2026-11-30T06:00:00Z');

  it('offers cancel before the start and finish after it, nothing once it is closed', () => {
    expect(volunteerActions({ start: '2026-11-30T07:00:00Z', status: 'booked' }, now)).toBe('cancel');
    expect(volunteerActions({ start: '2026-11-30T06:00:00Z', status: 'booked' }, now)).toBe('finish');
    expect(volunteerActions({ start: '2026-11-30T05:00:00Z', status: 'completed' }, now)).toBe('none');
  });
});

describe('newIdempotencyKey', () => {
  it('makes keys the server accepts, different each time', () => {
    const keys = Array.from({ length: 50 }, () => newIdempotencyKey());

    for (const k of keys) expect(k).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(new Set(keys).size).toBe(50);
  });

  it('stays in the alphabet even at the edge of the random range', () => {
    expect(newIdempotencyKey(() => 0.9999999999)).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(newIdempotencyKey(() => 0)).toBe('A'.repeat(24));
  });
});

describe('lastDays', () => {
  it('ends today in Beijing and counts both ends', () => {
    expect(lastDays(LATE_SATURDAY_UTC, 30)).toEqual({ from: '2026-10-31', to: '2026-11-29' });
  });
});
