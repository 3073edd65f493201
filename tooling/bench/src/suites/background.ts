import { spawn } from 'node:child_process';

/** Something that runs in the background during a measured round, as often as it can. */
export interface BackgroundLoop {
  /** Completed runs so far. */
  completed(): number;
  /** Stops starting new runs and waits for the one in flight. */
  stop(): Promise<void>;
}

/**
 * Runs a command again and again until stopped (at most `maxRuns`), one at a time.
 *
 * @example const loop = repeatCommand(() => [process.execPath, [cli, 'backup', next()]], env); … await loop.stop();
 */
export function repeatCommand(
  next: () => [string, string[]],
  env: NodeJS.ProcessEnv,
  options: { prefix?: readonly string[]; maxRuns?: number } = {},
): BackgroundLoop {
  const maxRuns = options.maxRuns ?? 1000;
  let stopping = false;
  let completed = 0;
  let failure: Error | null = null;
  const runOnce = () =>
    new Promise<void>((resolve) => {
      const [program, programArgs] = next();
      const [command = program, ...args] = [...(options.prefix ?? []), program, ...programArgs];
      const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => {
        if (code === 0) completed += 1;
        else failure ??= new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`);
        resolve();
      });
    });
  const done = (async () => {
    for (let run = 0; run < maxRuns && !stopping && !failure; run += 1) await runOnce();
  })();
  return {
    completed: () => completed,
    async stop() {
      stopping = true;
      await done;
      if (failure) throw failure;
    },
  };
}
