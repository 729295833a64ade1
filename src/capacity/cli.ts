// Entry point of `npm run capacity` (bundled by scripts/capacity.mjs, as diff is by scripts/diff.mjs).
// Reads the committed trees dist/<env>/, not the source: the plan is of what Argo CD applies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { planEnvironment } from './plan';
import { formatPlan, formatShortfall } from './report';
import { PlanError } from './plan-error';
import { formatRecommendations, recommendations, vpaObjects } from './vpa';
import type { Manifest } from './workloads';

const USAGE = `usage: npm run capacity [-- --env <name>]... [--growth <factor>] [--dist <dir>] [--vpa <file>]
  --env     an environment under <dir> (repeatable; default: every one)
  --growth  the load grown by a factor, e.g. 2x or 1.5: autoscaled maxima and volume sizes scale by it
  --dist    the rendered trees (default: dist)
  --vpa     VerticalPodAutoscalers from that environment's cluster (kubectl get vpa -o yaml), with one --env:
            their recommendations next to the configured requests
exit status: 0 every plan fits its quota, 1 a plan does not fit, 2 usage or an unplannable tree`;

class UsageError extends Error {}

interface Options {
  readonly envs: readonly string[];
  readonly growth?: number;
  readonly dist: string;
  readonly vpa?: string;
}

function parseGrowth(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)x?$/.exec(text);
  const factor = match ? Number(match[1]) : NaN;
  if (!(factor > 0)) throw new UsageError(`--growth takes a factor above zero such as 2x or 1.5, got '${text}'`);
  return factor;
}

function parseArgs(argv: readonly string[]): Options {
  const envs: string[] = [];
  let growth: number | undefined;
  let dist = 'dist';
  let vpa: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--env') envs.push(value());
    else if (flag === '--growth') growth = parseGrowth(value());
    else if (flag === '--dist') dist = value();
    else if (flag === '--vpa') vpa = value();
    else throw new UsageError(`unknown argument '${argv[i]}'`);
  }
  if (vpa !== undefined && envs.length !== 1)
    throw new UsageError('--vpa needs exactly one --env: the cluster the recommendations come from');
  return { envs, dist, ...(growth === undefined ? {} : { growth }), ...(vpa === undefined ? {} : { vpa }) };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? yamlFiles(path) : entry.endsWith('.yaml') ? [path] : [];
    });
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(argv);
  const available = readdirSync(options.dist)
    .filter((e) => statSync(join(options.dist, e)).isDirectory())
    .sort();
  const unknown = options.envs.filter((e) => !available.includes(e));
  if (unknown.length > 0)
    throw new UsageError(`no rendered tree for ${unknown.join(', ')} in ${options.dist} (there are: ${available.join(', ')})`);
  const envs = options.envs.length > 0 ? options.envs : available;
  if (envs.length === 0) throw new UsageError(`no rendered trees in ${options.dist}`);
  let code = 0;
  for (const env of envs) {
    const objects = yamlFiles(join(options.dist, env)).flatMap((f) => loadAll(readFileSync(f, 'utf8')) as Manifest[]);
    for (const plan of planEnvironment(env, objects, options.growth)) {
      process.stdout.write(`${formatPlan(plan)}\n`);
      for (const s of plan.shortfalls) console.error(formatShortfall(plan, s));
      if (plan.shortfalls.length > 0) code = 1;
      if (options.vpa !== undefined) {
        const vpas = vpaObjects(loadAll(readFileSync(options.vpa, 'utf8')) as Manifest[]).filter(
          (v) => (v.metadata.namespace ?? '') === plan.namespace,
        );
        process.stdout.write(`${formatRecommendations(env, recommendations(vpas, plan.workloads))}\n`);
      }
    }
  }
  return code;
}

// `npm run capacity | head` closes the pipe early: not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else console.error(error instanceof PlanError ? error.message : error);
  process.exitCode = 2;
}
