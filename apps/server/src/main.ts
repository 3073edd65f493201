#!/usr/bin/env node
// `pnpm start`: the server, configured from the environment (src/config.ts).
import { loadConfig, loadNotificationConfig, type ServerConfig } from './config.js';
import { formatDemoAccounts } from './demo/demo-accounts.js';
import { errorFields, jsonLogger } from './logging/logger.js';
import { startServer, type RunningServer } from './server.js';
import { startupFailureLines } from './startup/startup-errors.js';
import { VERSION } from './version.js';

const logger = jsonLogger();

function announce(server: RunningServer): void {
  console.log(`Đối thoại ${VERSION} đang chạy tại ${server.url}`);
  console.log(`Cơ sở dữ liệu: ${server.handle.dialect} (${server.handle.location})`);
  if (server.demo === 'seeded') console.log('Đã tạo dữ liệu minh họa trên cơ sở dữ liệu trống.');
  if (server.demo === 'seeded' || server.demo === 'present') {
    for (const line of formatDemoAccounts()) console.log(line);
  }
  if (server.demo === 'absent') {
    console.log('Cơ sở dữ liệu đã có dữ liệu: không thêm dữ liệu minh họa.');
  }
  if (server.setupUrl) {
    // Printed once, here only (never in the JSON request log): whoever opens it first creates
    // the first system administrator (issue 14, first run).
    console.log(
      'Chưa có quản trị hệ thống. Mở đường dẫn sau (dùng một lần, hiệu lực 1 giờ) để tạo:',
    );
    console.log(`  ${server.setupUrl}`);
    console.log('(Mở từ máy khác: thay địa chỉ máy. Hoặc dùng lệnh: doithoai create-admin)');
  }
}

const SIGNAL_NAMES: Partial<Record<NodeJS.Signals, string>> = {
  SIGINT: 'Ctrl-C (SIGINT)',
  SIGTERM: 'SIGTERM',
};

/**
 * A stop asked for while the server is still starting (migrating, building the demo): nothing
 * is served yet and the demo is built in one transaction, so ending now leaves the database as
 * it was. Exit 0: the person asked for it (the process killed by the signal made `npm start`
 * print "ELIFECYCLE Command failed").
 */
function stopWhileStarting(signal: NodeJS.Signals): void {
  console.log(
    `Đã nhận ${SIGNAL_NAMES[signal] ?? signal} khi đang khởi động: dừng, phần chưa xong không được lưu.`,
  );
  process.exit(0);
}
process.on('SIGINT', stopWhileStarting);
process.on('SIGTERM', stopWhileStarting);

/** SIGINT (Ctrl+C) or SIGTERM (systemd, docker stop): finish the requests in flight, then exit 0. */
function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Đã nhận ${SIGNAL_NAMES[signal] ?? signal}: đang dừng máy chủ…`);
    server.close().then(
      () => {
        console.log('Đã dừng máy chủ.');
        process.exit(0);
      },
      (error: unknown) => {
        logger.log('error', 'stopping failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Only now: a signal with no listener left at all would be dropped, not delivered to `stop`.
  process.off('SIGINT', stopWhileStarting);
  process.off('SIGTERM', stopWhileStarting);
}

// An error no handler caught is logged with its time before the process ends (systemd restarts it).
process.on('uncaughtException', (error) => {
  logger.log('error', 'uncaught exception', errorFields(error));
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  logger.log('error', 'unhandled rejection', errorFields(reason));
});

let config: ServerConfig | undefined;
try {
  config = loadConfig();
  const server = await startServer(config, {
    progress: (line) => console.log(line),
    logger,
    notifications: loadNotificationConfig(),
  });
  announce(server);
  stopOnSignals(server);
} catch (error) {
  for (const line of startupFailureLines(error, {
    databaseUrl: config?.databaseUrl ?? '',
    ...(config ? { port: config.port, host: config.host } : {}),
  })) {
    console.error(line);
  }
  process.exit(1);
}
