import { describe, expect, it } from 'vitest';
import { isAbsolute } from 'node:path';
import {
  cliDatabaseUrl,
  ConfigError,
  DEFAULT_DATABASE_URL,
  loadConfig,
  passwordFromEnvironment,
} from './config.js';

describe('the server configuration from the environment', () => {
  it('has defaults for a first start: port 3000, this machine only, SQLite in ./data, demo on', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: DEFAULT_DATABASE_URL,
      secureCookies: false,
      demoData: true,
      trustProxy: false,
    });
  });

  it('reads every setting', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgres://doithoai@db/doithoai',
        SECURE_COOKIES: 'true',
        DEMO_DATA: '0',
        TRUST_PROXY: 'yes',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://doithoai@db/doithoai',
      secureCookies: true,
      demoData: false,
      trustProxy: true,
    });
  });

  it('keeps a server with the demo data on by default off the network, saying why and what to do', () => {
    for (const host of ['0.0.0.0', '192.168.1.10', '::', 'doithoai.sontayha.gov.vn']) {
      const refusal = (() => {
        try {
          loadConfig({ HOST: host });
          return null;
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(ConfigError);
      const message = (refusal as ConfigError).message;
      expect(message).toMatch(new RegExp(`^HOST=${host.replace(/\./gu, '\\.')} bị từ chối`, 'u'));
      expect(message).toMatch(
        /khoảng 60 tài khoản minh họa dùng chung một mật khẩu đã công bố \(DoiThoai@2025\)/u,
      );
      expect(message).toMatch(/DEMO_DATA=0/u);
      expect(message).toMatch(/DEMO_DATA=1/u);
    }
    // This machine only is fine, whatever loopback address names it.
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1']) {
      expect(loadConfig({ HOST: host }).host).toBe(host);
    }
    // DEMO_DATA=1 set explicitly: the operator accepted it; DEMO_DATA=0: no demo accounts.
    expect(loadConfig({ HOST: '0.0.0.0', DEMO_DATA: '1' })).toMatchObject({
      host: '0.0.0.0',
      demoData: true,
    });
    expect(loadConfig({ DEMO_DATA: 'yes' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '192.168.1.10', DEMO_DATA: '0' })).toMatchObject({
      host: '192.168.1.10',
      demoData: false,
    });
    expect(loadConfig({ DEMO_DATA: '0' }).host).toBe('0.0.0.0');
    // An empty DEMO_DATA is not a choice: the same as unset.
    expect(() => loadConfig({ HOST: '0.0.0.0', DEMO_DATA: ' ' })).toThrow(ConfigError);
  });

  it('refuses a value it cannot use, naming the setting', () => {
    expect(() => loadConfig({ PORT: '80a' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
    expect(() => loadConfig({ DEMO_DATA: 'có' })).toThrow(/DEMO_DATA="có" không hợp lệ/);
  });

  it('gives the command line the same database and the password variable', () => {
    expect(cliDatabaseUrl({ DATABASE_URL: 'file:/srv/doithoai.db' })).toBe('file:/srv/doithoai.db');
    expect(cliDatabaseUrl({ DATABASE_URL: ' ' })).toBe(DEFAULT_DATABASE_URL);
    expect(passwordFromEnvironment({ DOITHOAI_PASSWORD: 'Mười ký tự trở lên' })).toBe(
      'Mười ký tự trở lên',
    );
    expect(passwordFromEnvironment({})).toBeUndefined();
  });

  it('puts the default SQLite file in data/ at the root of the installation, whatever the current folder', () => {
    expect(isAbsolute(DEFAULT_DATABASE_URL)).toBe(true);
    const root = new URL('../../../', import.meta.url).pathname;
    expect(DEFAULT_DATABASE_URL).toBe(`${root}data/doithoai.db`);
  });

  it('refuses a DATABASE_URL with an unknown scheme instead of creating a SQLite file named after it', () => {
    for (const typo of [
      'postgre://db/doithoai',
      'postgress://db/x',
      'mysql://db/x',
      'postgres:/db',
    ]) {
      expect(() => loadConfig({ DATABASE_URL: typo })).toThrow(/DATABASE_URL=.*không hợp lệ/u);
      expect(() => cliDatabaseUrl({ DATABASE_URL: typo })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ DATABASE_URL: 'postgre://u:bí-mật@db/x' })).toThrow(/u:\*\*\*@db/u);
    for (const fine of [
      'postgresql://db/x',
      'file:/srv/d.db',
      '/srv/d.db',
      'data/d.db',
      ':memory:',
    ]) {
      expect(loadConfig({ DATABASE_URL: fine }).databaseUrl).toBe(fine);
    }
  });
});
