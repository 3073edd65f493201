#!/usr/bin/env node
// `pnpm start`: the server, configured from the environment (src/config.ts).
import { ConfigError, loadConfig } from './config.js';
import { formatDemoAccounts } from './demo/demo-accounts.js';
import { startServer, type RunningServer } from './server.js';

function announce(server: RunningServer): void {
  console.log(`Đối thoại đang chạy tại ${server.url}`);
  console.log(`Cơ sở dữ liệu: ${server.handle.dialect} (${server.handle.location})`);
  if (server.demo === 'seeded') console.log('Đã tạo dữ liệu minh họa trên cơ sở dữ liệu trống.');
  if (server.demo === 'seeded' || server.demo === 'present') {
    for (const line of formatDemoAccounts()) console.log(line);
  }
  if (server.demo === 'absent') {
    console.log('Cơ sở dữ liệu đã có dữ liệu: không thêm dữ liệu minh họa.');
  }
}

/** SIGINT (Ctrl+C) or SIGTERM (systemd, docker stop): finish the requests in flight, then exit. */
function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Nhận ${signal}: đang dừng máy chủ…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  const server = await startServer(loadConfig(), { progress: (line) => console.log(line) });
  announce(server);
  stopOnSignals(server);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
