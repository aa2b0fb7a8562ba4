import { runReadiness } from '../src-main/core/readiness/run-readiness';
import { openWorkspace } from '../src-main/core/workspace/open-workspace';
import type { BenchContext } from './context';
import { figure, type Figure } from './figure';
import { round } from './figure-import';
import { median } from './measure';

const RUNS = 3;
export const readinessFigureInfo = { id: 4, title: 'All readiness checks', target: 'under 500 ms' };

/**
 * Figure 4: runReadiness, the function behind the readiness.run API method, over the workspace as
 * opened by the app; median of a few runs after one warm-up. Baseline: one full scan of every
 * table the rules read.
 */
export async function readinessFigure(context: BenchContext): Promise<Figure> {
  const { workspace } = await openWorkspace(context.generated.file, { upgrade: false });
  try {
    const today = new Date().toISOString().slice(0, 10);
    const timed = (work: () => unknown) => {
      const started = performance.now();
      work();
      return performance.now() - started;
    };
    runReadiness(workspace.db, today);
    const runs = Array.from({ length: RUNS }, () => timed(() => runReadiness(workspace.db, today)));
    const scan = workspace.db.prepare(
      `SELECT (SELECT count(*) FROM service) + (SELECT count(*) FROM supplier) + (SELECT count(*) FROM agreement)
         + (SELECT count(*) FROM agreement_service) + (SELECT count(*) FROM service_component)
         + (SELECT count(*) FROM target) + (SELECT sum(value) FROM measurement)`,
    );
    const baselines = Array.from({ length: RUNS }, () => timed(() => scan.get()));
    const value = median(runs);
    const findings = runReadiness(workspace.db, today).findings.length;
    return figure({
      ...readinessFigureInfo,
      value: round(value),
      unit: 'ms',
      baseline: round(median(baselines)),
      baselineLabel: 'one full scan of the tables the rules read',
      pass: value < 500,
      details: { runs: runs.map((run) => round(run)).join(', '), findings },
    });
  } finally {
    workspace.db.close();
  }
}
