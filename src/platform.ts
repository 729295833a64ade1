import { App } from 'cdk8s';
import type { Construct } from 'constructs';
import {
  AddonsChart,
  BootstrapChart,
  EnvironmentsChart,
  NotificationsChart,
  PreviewsChart,
  ProjectsChart,
  type GroupKind,
  type RenderedKinds,
} from './argocd/gitops-charts';
import { AppChart } from './charts/app/app-chart';
import { APP_CONTRACT } from './charts/app/app-contract';
import { MonitoringChart } from './charts/monitoring/monitoring-chart';
import { BackupChart } from './charts/backup/backup-chart';
import { databaseBackup } from './charts/backup/pgbackrest';
import { CacheChart } from './charts/cache/cache-chart';
import { ChaosChart } from './charts/chaos/chaos-chart';
import { DatabaseChart } from './charts/database/database-chart';
import { EdgeChart } from './charts/edge/edge-chart';
import { MaintenanceChart } from './charts/maintenance/maintenance-chart';
import { MeshChart } from './charts/mesh/mesh-chart';
import { NamespaceChart } from './charts/namespace/namespace-chart';
import { NetworkChart } from './charts/network/network-chart';
import { previewEnvironment, previewHost } from './config/preview';
import type { EnvironmentSettings, PlatformSettings } from './config/settings';

/** Where the repository lives, for links back into it (runbooks). */
type RepositorySettings = Pick<PlatformSettings, 'repoUrl' | 'targetRevision'>;
import { NetworkFlows } from './constructs/network-flows';
import type { OutputChart, PlatformChart } from './constructs/platform-chart';
import { renderCharts, type ManifestObject } from './output/manifests';
import type { ToYaml } from './output/yaml';

/** Top-level trees synth owns; nothing else in the repository is written. */
export const OUTPUT_ROOTS = ['dist', 'argocd'] as const;

/** Builds one environment's charts; the network chart comes last so every flow is declared. */
export function buildEnvironment(app: Construct, env: EnvironmentSettings, repository: RepositorySettings): PlatformChart[] {
  const flows = new NetworkFlows();
  const id = (name: string) => `${env.name}-${name}`;
  const charts: PlatformChart[] = [new NamespaceChart(app, id('namespace'), { env, folder: 'namespace', flows })];
  const backup = env.backup.enabled ? databaseBackup(env) : undefined;
  const database = new DatabaseChart(app, id('database'), { env, folder: 'database', flows, backup });
  const cache = new CacheChart(app, id('cache'), { env, folder: 'cache', flows });
  charts.push(database);
  if (backup) charts.push(new BackupChart(app, id('backup'), { env, folder: 'backup', flows, database: database.connection }));
  charts.push(cache);
  charts.push(new MaintenanceChart(app, id('maintenance'), { env, folder: 'maintenance', flows, database: database.connection }));
  const appChart = new AppChart(app, id('app'), {
    env,
    folder: 'app',
    flows,
    database: database.connection,
    cache: cache.connection,
  });
  charts.push(
    appChart,
    new EdgeChart(app, id('edge'), {
      env,
      folder: 'edge',
      flows,
      backend: appChart.api,
      publicPathPrefix: APP_CONTRACT.publicPathPrefix,
    }),
  );
  charts.push(new MonitoringChart(app, id('monitoring'), { env, folder: 'monitoring', repository }));
  if (env.features.istioMtls) charts.push(new MeshChart(app, id('mesh'), { env, folder: 'mesh', flows }));
  if (env.chaos.enabled) {
    const chaos = { api: appChart.api.pods, database: database.connection.servers, cache: cache.connection.servers };
    charts.push(new ChaosChart(app, id('chaos'), { env, folder: 'chaos', ...chaos }));
  }
  charts.push(new NetworkChart(app, id('network'), { env, folder: 'network', flows }));
  return charts;
}

/** Builds the Argo CD objects that sync the environments. */
export function buildGitops(app: App, settings: PlatformSettings, renderedKinds: RenderedKinds): OutputChart[] {
  const host = previewHost(settings);
  return [
    new BootstrapChart(app, 'gitops-bootstrap', { settings, folder: 'bootstrap' }),
    new ProjectsChart(app, 'gitops-projects', { settings, folder: 'apps/projects', renderedKinds }),
    new AddonsChart(app, 'gitops-addons', { settings, folder: 'apps/addons' }),
    new EnvironmentsChart(app, 'gitops-environments', { settings, folder: 'apps/environments' }),
    new NotificationsChart(app, 'gitops-notifications', { settings, folder: 'apps/notifications' }),
    ...(host ? [new PreviewsChart(app, 'gitops-previews', { settings, folder: 'apps/previews', host })] : []),
  ];
}

/**
 * Renders every environment and the Argo CD objects into memory: file path (relative to the
 * repository root) -> YAML. Nothing touches the disk here.
 */
export function renderPlatform(settings: PlatformSettings, toYaml?: ToYaml): Map<string, string> {
  const app = new App();
  const files = new Map<string, string>();
  const objects: ManifestObject[] = [];
  for (const env of settings.environments) {
    const rendered = renderCharts(buildEnvironment(app, env, settings), `dist/${env.name}`, toYaml);
    rendered.files.forEach((content, path) => files.set(path, content));
    objects.push(...rendered.objects.map((o) => o.object));
  }
  const gitops = renderCharts(buildGitops(app, settings, kindsOf(objects)), 'argocd', toYaml);
  gitops.files.forEach((content, path) => files.set(path, content));
  return files;
}

/** Top-level tree a preview renders into (`npm run synth -- --preview <n>`); CI pushes it to the preview's branch. */
export const PREVIEW_ROOT = 'preview';

/** Renders preview `pr` (config/preview.ts) into memory: file path -> YAML, under PREVIEW_ROOT. */
export function renderPreview(settings: PlatformSettings, pr: string): Map<string, string> {
  const env = previewEnvironment(settings, pr);
  return renderCharts(buildEnvironment(new App(), env, settings), PREVIEW_ROOT).files;
}

/** The distinct kinds among `objects`, split by scope and sorted. */
function kindsOf(objects: readonly ManifestObject[]): RenderedKinds {
  const cluster = new Map<string, GroupKind>();
  const namespaced = new Map<string, GroupKind>();
  for (const o of objects) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '';
    (o.metadata.namespace === undefined ? cluster : namespaced).set(`${group}/${o.kind}`, { group, kind: o.kind });
  }
  const sorted = (m: Map<string, GroupKind>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return { clusterScoped: sorted(cluster), namespaced: sorted(namespaced) };
}
