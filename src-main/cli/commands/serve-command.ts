import path from 'node:path';
import { startLoopbackHost } from '../../host/loopback-host';
import { EXIT_OK, UsageError, type Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the app for a browser on 127.0.0.1; the first line printed is the address to open.',
  usage: 'clausebook serve <file> [--port N]',
  help: [
    '  <file>      the workspace to work in',
    '  --port N    the port to listen on (default: a free one)',
    '',
    '  The address carries a random key for this run; anyone without it is refused.',
    '  Stop with Ctrl+C; the workspace is closed cleanly.',
  ].join('\n'),
  options: { port: { type: 'string' } },
  positionals: ['<file>'],
  rollingBackups: true,
  async run({ positionals, values }, runtime, io) {
    const port = parsePort(values.port);
    // The bundled CLI lives in dist/cli; the built renderer beside it in dist/renderer.
    const host = await startLoopbackHost({
      api: runtime.api,
      rendererDir: path.join(__dirname, '../renderer'),
      port,
    });
    // The address is printed the moment the workspace is open and accepted, while the open call
    // still gathers its summary, so the browser starts meanwhile. The page's calls wait for the
    // open call.
    const stopWaiting = runtime.session.onChange(() => {
      if (!runtime.session.workspace) return;
      stopWaiting();
      io.out(host.url);
    });
    let summary;
    try {
      summary = await runtime.call('workspace.open', { path: positionals[0] ?? '' });
    } catch (error) {
      stopWaiting();
      await host.close();
      throw error;
    }
    // The first screen a browser shows: judged now, while the browser starts, and kept until anything changes.
    void runtime.api.dispatch('dashboard.summary', {}, { transport: 'cli', access: 'local' });
    io.out(`Serving ${summary.fileName} (${summary.engagement.clientOrganisation}). Press Ctrl+C to stop.`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host.close();
    return EXIT_OK;
  },
};

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new UsageError(`--port must be a number from 1 to 65535, not "${String(value)}".`);
  }
  return port;
}
