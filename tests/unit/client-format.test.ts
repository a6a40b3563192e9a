import { z } from 'zod';
import {
  dateTimeLabel,
  fairModeLabel,
  maskPhone,
  placeLabel,
  salaryLabel,
  timeRangeLabel,
} from '../../client/utils/format';
import { apiFieldErrors, zodFieldErrors } from '../../client/utils/validation';
import { intentionRequest } from '../../shared/jobs';

describe('salaryLabel', () => {
  it('shows a range with its unit in Chinese', () => {
    expect(salaryLabel({ min: 3500, max: 5500, unit: 'month' })).toBe('3500-5500 元/月');
    expect(salaryLabel({ min: 120, max: 180, unit: 'day' })).toBe('120-180 元/天');
    expect(salaryLabel({ min: 20, max: 25, unit: 'hour' })).toBe('20-25 元/小时');
  });

  it('shows one amount when the range has one value or no lower end', () => {
    expect(salaryLabel({ min: 200, max: 200, unit: 'day' })).toBe('200 元/天');
    expect(salaryLabel({ min: 0, max: 4000, unit: 'month' })).toBe('4000 元/月');
  });

  it('says 工资面议 when no pay is given', () => {
    expect(salaryLabel({ min: 0, max: 0, unit: 'month' })).toBe('工资面议');
  });
});

describe('place, mode and phone labels', () => {
  it('joins the city name and district', () => {
    expect(placeLabel('jiujiang', '浔阳区')).toBe('九江 · 浔阳区');
    expect(placeLabel('nanchang')).toBe('南昌');
  });

  it('labels fair modes in Chinese', () => {
    expect(fairModeLabel('online')).toBe('线上');
    expect(fairModeLabel('offline')).toBe('线下');
    expect(fairModeLabel('both')).toBe('线上+线下');
  });

  it('hides the middle of a phone number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});

describe('times in Beijing time', () => {
  it('shows a UTC instant as the Beijing date, weekday and time', () => {
    // 2026-12-04T17:30Z is Saturday 5 December, 01:30 in Beijing.
    expect(dateTimeLabel('2026-12-04T17:30:00.000Z')).toBe('12月5日 周六 01:30');
  });

  it('shows a one-day fair as one date with a start and end time', () => {
    expect(timeRangeLabel('2026-12-05T01:00:00.000Z', '2026-12-05T09:00:00.000Z')).toBe('12月5日 周六 09:00-17:00');
  });

  it('shows both ends of a fair that spans days', () => {
    expect(timeRangeLabel('2026-12-05T01:00:00.000Z', '2026-12-06T09:00:00.000Z')).toBe(
      '12月5日 周六 09:00 至 12月6日 周日 17:00',
    );
  });
});

describe('field errors', () => {
  it('names the field in Chinese and keeps a specific schema message, first per field', () => {
    const parsed = intentionRequest.safeParse({ name: '', phone: '123' });
    expect(parsed.success).toBe(false);
    const errors = zodFieldErrors((parsed as { error: z.ZodError }).error, { name: '称呼', phone: '手机号' });
    expect(errors).toEqual({ name: '请填写称呼', phone: '请填写 11 位手机号码' });
  });

  it('replaces an English message from the API with what to check', () => {
    expect(apiFieldErrors([{ path: 'city', message: 'Invalid option: expected one of "nanchang"' }], { city: '城市' })).toEqual({
      city: '请检查城市',
    });
  });

  it('reads the fields of an API error the same way', () => {
    expect(apiFieldErrors([{ path: 'phone', message: '请填写 11 位手机号码' }])).toEqual({ phone: '请填写 11 位手机号码' });
  });
});
