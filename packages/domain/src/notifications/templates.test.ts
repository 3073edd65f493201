import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, notificationKey, recipientKey } from './notification.schema.js';
import { NOTIFICATION_TEMPLATES, renderNotification } from './templates.js';

describe('the message templates', () => {
  it('gives the citizen of seed 004 the new date and the reason of an extension', () => {
    const message = renderNotification('answer-extended', {
      communeName: 'UBND xã Sơn Tây Hạ',
      trackingCode: 'STH6-R2VE',
      newDueOn: '06/02/2026',
      reason: 'Cần đo đạc lại ranh giới thửa đất với xã Sơn Tây Thượng.',
    });
    expect(message.title).toBe('Gia hạn trả lời kiến nghị');
    expect(message.text).toBe(
      'UBND xã Sơn Tây Hạ gia hạn trả lời kiến nghị STH6-R2VE đến ngày 06/02/2026. Lý do: Cần đo đạc lại ranh giới thửa đất với xã Sơn Tây Thượng.',
    );
  });

  it('puts the tracking link into the written answer message', () => {
    const text = renderNotification('written-answer-ready', {
      communeName: 'UBND xã Sơn Tây Hạ',
      trackingCode: 'STH6-R2VE',
      trackingUrl: 'https://sontayha.gov.vn/cong-dan/tra-cuu?ma=STH6-R2VE',
    }).text;
    expect(text).toContain('https://sontayha.gov.vn/cong-dan/tra-cuu?ma=STH6-R2VE');
  });

  it('refuses to render a message with a missing parameter', () => {
    expect(() =>
      renderNotification('petition-forwarded', {
        communeName: 'UBND xã Sơn Tây Hạ',
        trackingCode: 'STH6-R2VE',
      } as never),
    ).toThrow(/referredTo/);
  });

  it('has a template for every kind, each slot of its text named in its parameters', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const template = NOTIFICATION_TEMPLATES[kind];
      const slots = [...`${template.title} ${template.text}`.matchAll(/\{(\w+)\}/gu)].map(
        (m) => m[1],
      );
      for (const slot of slots) expect(template.params, `${kind}: {${slot}}`).toContain(slot);
    }
  });

  it("never puts a citizen's name, address or petition content in a citizen's template", () => {
    for (const kind of NOTIFICATION_KINDS) {
      const template = NOTIFICATION_TEMPLATES[kind];
      if (template.audience !== 'citizen') continue;
      for (const forbidden of ['fullName', 'address', 'content', 'phone'])
        expect(template.params).not.toContain(forbidden);
    }
  });

  it('keys a message by event, recipient and channel', () => {
    const phone = recipientKey({ kind: 'phone', phone: '0905000301' });
    expect(notificationKey('extension:ext-1', phone, 'sms')).toBe(
      'extension:ext-1|phone:0905000301|sms',
    );
    expect(notificationKey('extension:ext-1', phone, 'zalo-zns')).not.toBe(
      notificationKey('extension:ext-1', phone, 'sms'),
    );
    expect(recipientKey({ kind: 'account', accountId: 'acc-land' })).toBe('account:acc-land');
  });
});
