import { SLOT_MODES } from '../../shared/bookings';
import { TEMPLATES, renderTemplate, type TemplateName } from '../../functions/platform/notifications';

/** Words that tell anyone glancing at her lock screen what the app is for. */
const GIVEAWAYS = ['律师', '法律', '家暴', '离婚', '保护令'];
const names = Object.keys(TEMPLATES) as TemplateName[];
const everyRendering = names.flatMap((name) =>
  SLOT_MODES.map((m) => ({ name, out: renderTemplate(name, { id: 'q1', at: '2027-01-06T11:00:00.000Z', mode: m.id }) })),
);

describe('notification templates', () => {
  it('keep every WeChat subscribe-message payload free of words that give her away', () => {
    const payloads = everyRendering.filter((r) => r.out.subscribe);
    expect(payloads.length).toBeGreaterThan(0);
    for (const { name, out } of payloads) {
      const text = JSON.stringify(out.subscribe);
      for (const word of GIVEAWAYS) expect([name, word, text.includes(word)]).toEqual([name, word, false]);
    }
  });

  it('keep every in-app title and body free of those words too', () => {
    for (const { name, out } of everyRendering) {
      for (const word of GIVEAWAYS) expect([name, word, `${out.title}${out.body}`.includes(word)]).toEqual([name, word, false]);
    }
  });

  it('say the booking reminder neutrally, with the time and the mode only', () => {
    const out = renderTemplate('booking-reminder-24h', { id: 's1', at: '2027-01-06T11:00:00.000Z', mode: 'phone' });
    expect(out.subscribe?.data.thing2.value).toBe('预约（电话）');
    expect(out.body).toContain('1月6日 19:00（北京时间）');
  });

  it('drop an id that is not a system id instead of putting it into the link', () => {
    expect(renderTemplate('qa-reply', { id: '他打我' }).link).toBe('/packages/qa/pages/thread/index');
  });

  it('offer the kinds other features are about to send', () => {
    for (const name of ['fair-cancelled', 'intention-updated', 'event-cancelled', 'event-reminder', 'referral-proposed', 'referral-update', 'referral-overdue']) {
      expect(names).toContain(name);
    }
  });
});
