import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApi } from '../src-main/api/handlers';
import { Session } from '../src-main/core/session';
import { APP_VERSION } from '../src-main/shared/app-version';

/**
 * Run as its own process by figure 5 (bundled beside pack-worker.cjs, as the app's bundles are):
 * exports a signed pack with all evidence through the API, the path the app's main process, the
 * loopback host and `clausebook pack` all take, while a 10 ms timer measures how late the event
 * loop comes back. A late timer is a task that held the main thread. Prints one line of JSON.
 *
 * Usage: node export-probe.cjs <workspace> <identity.p12> <out.pdf> <limit seconds>
 * (passphrase in CLAUSEBOOK_PASSPHRASE).
 */
async function main(): Promise<void> {
  const [workspace, identity, out, limit] = process.argv.slice(2);
  if (!workspace || !identity || !out || !limit)
    throw new Error('usage: export-probe <workspace> <p12> <out> <limit>');
  const session = new Session();
  const api = createApi(session, { appVersion: APP_VERSION, rollingBackups: false });
  const call = async (method: string, input: unknown) => {
    const result = await api.dispatch(method as never, input as never, { transport: 'cli', access: 'local' });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  try {
    await call('workspace.open', { path: workspace, upgrade: false });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    let tasksOver100ms = 0;
    let longestMs = 0;
    let expected = performance.now() + 10;
    const sampler = setInterval(() => {
      const late = performance.now() - expected;
      if (late > 100) tasksOver100ms += 1;
      longestMs = Math.max(longestMs, late);
      expected = performance.now() + 10;
    }, 10);
    const started = performance.now();
    delay.enable();
    try {
      const job = await call('packs.startFile', {
        outputPath: out,
        identity: { p12Path: identity },
        passphrase: process.env.CLAUSEBOOK_PASSPHRASE ?? '',
        options: {
          clauses: ['4', '5', '6', '7', '8', '9', '10'],
          includeInternalNotes: false,
          embedEvidence: true,
        },
      });
      for (;;) {
        if (performance.now() - started > Number(limit) * 1000)
          throw new Error(`the export did not finish in ${limit} s`);
        const state = await call('packs.job', { jobId: job.jobId });
        if (state.state === 'done') break;
        if (state.state === 'failed') throw new Error(`the export failed: ${JSON.stringify(state.error)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      clearInterval(sampler);
      delay.disable();
    }
    const exportSeconds = (performance.now() - started) / 1000;
    process.stdout.write(
      JSON.stringify({ exportSeconds, tasksOver100ms, longestMs, p99Ms: delay.percentile(99) / 1e6 }) + '\n',
    );
  } finally {
    session.closeSync();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`export-probe: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
