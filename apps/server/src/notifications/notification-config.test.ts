import { describe, expect, it } from 'vitest';
import { ConfigError, loadNotificationConfig } from '../config.js';

describe('the notification settings from the environment', () => {
  it('configures no provider from an empty environment, the dispatcher on every 5 s', () => {
    expect(loadNotificationConfig({})).toEqual({
      publicBaseUrl: null,
      environment: {},
      dispatcher: true,
      intervalMs: 5000,
    });
  });

  it('reads a ZNS account, an SMS gateway and an SMTP server', () => {
    const config = loadNotificationConfig({
      PUBLIC_BASE_URL: 'https://sontayha.quangngai.gov.vn',
      ZNS_ACCESS_TOKEN: 'oa-token',
      ZNS_TEMPLATES: '{"answer-extended":"412345","written-answer-ready":"412346"}',
      SMS_URL: 'https://brandsms.example.vn/api/send',
      SMS_AUTHORIZATION: 'Basic dXNlcjpwYXNz',
      SMS_BRANDNAME: 'UBND-STH',
      SMS_UNACCENTED: 'no',
      SMTP_HOST: 'mail.quangngai.gov.vn',
      SMTP_PORT: '465',
      SMTP_SECURE: '1',
      EMAIL_FROM: 'UBND xã Sơn Tây Hạ <vanphong@sontayha.gov.vn>',
    });
    expect(config.publicBaseUrl).toBe('https://sontayha.quangngai.gov.vn');
    expect(config.environment.zns).toMatchObject({
      url: 'https://business.openapi.zalo.me/message/template',
      accessToken: 'oa-token',
      templates: { 'answer-extended': '412345' },
    });
    expect(config.environment.sms).toMatchObject({
      url: 'https://brandsms.example.vn/api/send',
      authorization: 'Basic dXNlcjpwYXNz',
      brandname: 'UBND-STH',
      unaccented: false,
      phoneFormat: 'international',
      maxSegments: 3,
    });
    expect(config.environment.email).toMatchObject({
      host: 'mail.quangngai.gov.vn',
      port: 465,
      secure: true,
    });
  });

  it('refuses templates that are not JSON and an interval it cannot use', () => {
    expect(() => loadNotificationConfig({ ZNS_TEMPLATES: '{412345}' })).toThrow(ConfigError);
    expect(() => loadNotificationConfig({ NOTIFY_INTERVAL_MS: '5' })).toThrow(/NOTIFY_INTERVAL_MS/);
  });
});
