import { k8s } from '../../constructs/k8s';
import type { Construct } from 'constructs';
import { PROMETHEUS } from '../../config/cluster-services';
import { SyncedSecret } from '../../constructs/external-secret';
import { HardenedRollout } from '../../constructs/hardened-rollout';
import { imageReference } from '../../constructs/hardened-pod';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { SyncHookJob } from '../../constructs/jobs';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import type { CacheConnection } from '../cache/cache-chart';
import type { DatabaseConnection } from '../database/database-chart';
import { APP_CONTRACT } from './app-contract';
import { ReleaseAnalysis } from './release-analysis';

export interface AppChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  readonly database: DatabaseConnection;
  readonly cache: CacheConnection;
}

/** The API's identity; its selector labels never change between releases. */
const AGENT_API = new Component('agent-api', 'api');
/** The API's container: its logs are the `container_name` stream Loki's rules read (log-rules.ts). */
export const API_CONTAINER = 'api';
const AGENT_API_NAME = 'agent-api';
const MIGRATIONS = new Component('agent-api-migrate', 'migrations');

/**
 * The FastAPI agent service: configuration, secrets, the hardened autoscaled Rollout with its
 * active and preview Services and release analyses, the migrations Job, plus the flows they
 * need (to the database and cache; out to LLM providers; scrapes from Prometheus).
 */
export class AppChart extends PlatformChart {
  readonly api: HardenedRollout;

  constructor(scope: Construct, id: string, props: AppChartProps) {
    super(scope, id, props);
    const env = this.env;
    const app = env.app;
    const name = AGENT_API_NAME;

    const config: Record<string, string> = {
      APP_ENV: env.name,
      LOG_LEVEL: app.logLevel,
      LOG_FORMAT: 'json',
      PORT: String(APP_CONTRACT.port),
      // Open streams finish before the pod stops: the drain lasts as long as the longest stream.
      SHUTDOWN_TIMEOUT_SECONDS: String(env.ingress.streamTimeoutSeconds),
      STREAM_TIMEOUT_SECONDS: String(env.ingress.streamTimeoutSeconds),
      ...props.cache.settings,
    };
    new k8s.KubeConfigMap(this, 'Config', {
      metadata: objectMeta(env, { name: `${name}-config`, namespace: env.namespace, component: AGENT_API, wave: SyncWave.CONFIG }),
      data: config,
    });

    const secret = new SyncedSecret(this, 'Secrets', {
      env,
      name: `${name}-secrets`,
      component: AGENT_API,
      keys: {
        LLM_API_KEY: { secret: 'agent-api', property: 'llm-api-key' },
        SESSION_SIGNING_KEY: { secret: 'agent-api', property: 'session-signing-key' },
        REDIS_PASSWORD: props.cache.password,
      },
    });

    // Connection URLs are assembled by External Secrets Operator, so no password is rendered.
    const db = props.database;
    const url = (user: string, passwordKey: string, host: string) =>
      `postgresql://${user}:{{ .${passwordKey} | urlquery }}@${host}:${db.port}/${db.database}`;
    const database = new SyncedSecret(this, 'Database', {
      env,
      name: `${name}-database`,
      component: AGENT_API,
      keys: { DATABASE_PASSWORD: db.appPassword, DATABASE_READONLY_PASSWORD: db.readonlyPassword },
      templates: {
        DATABASE_URL: url(db.appUser, 'DATABASE_PASSWORD', db.readWriteHost),
        DATABASE_READONLY_URL: url(db.readonlyUser, 'DATABASE_READONLY_PASSWORD', db.readOnlyHost),
      },
    });

    const probe = (path: string, periodSeconds: number, failureThreshold: number): k8s.Probe => ({
      httpGet: { path, port: k8s.IntOrString.fromString(APP_CONTRACT.portName) },
      periodSeconds,
      timeoutSeconds: 2,
      failureThreshold,
    });

    const analysis = new ReleaseAnalysis(this, 'ReleaseAnalysis', {
      env,
      component: AGENT_API,
      name,
      job: AGENT_API.name,
      services: { ...HardenedRollout.serviceNames(name), port: APP_CONTRACT.port },
      smoke: APP_CONTRACT.smokeRequest,
      image: imageReference(env, 'app'),
      uid: APP_CONTRACT.uid,
    });

    this.api = new HardenedRollout(this, 'Api', {
      env,
      name,
      component: AGENT_API,
      version: env.images.app.tag,
      uid: APP_CONTRACT.uid,
      minReplicas: app.minReplicas,
      maxReplicas: app.maxReplicas,
      targetCpuUtilization: app.targetCpuUtilization,
      blueGreen: {
        autoPromotion: app.rollout.autoPromotion,
        previewReplicas: app.rollout.previewReplicas,
        scaleDownDelaySeconds: app.rollout.scaleDownDelaySeconds,
        abortScaleDownDelaySeconds: app.rollout.abortScaleDownDelaySeconds,
        prePromotionAnalysis: analysis.prePromotion,
        postPromotionAnalysis: analysis.postPromotion,
      },
      zoneSpread: app.zoneSpread,
      // preStop pause + the longest stream + margin before SIGKILL.
      terminationGracePeriodSeconds: APP_CONTRACT.preStopSleepSeconds + env.ingress.streamTimeoutSeconds + 5,
      restartOn: config,
      container: {
        name: API_CONTAINER,
        image: imageReference(env, 'app'),
        resources: app.resources,
        ports: [{ name: APP_CONTRACT.portName, port: APP_CONTRACT.port }],
        envFrom: [
          { configMapRef: { name: `${name}-config` } },
          { secretRef: { name: secret.secretName } },
          { secretRef: { name: database.secretName } },
        ],
        probes: {
          // Up to 2 minutes to start (model clients, migrations check) before liveness applies.
          startup: probe(APP_CONTRACT.livenessPath, 5, 24),
          liveness: probe(APP_CONTRACT.livenessPath, 10, 3),
          readiness: probe(APP_CONTRACT.readinessPath, 5, 2),
        },
        lifecycle: {
          // Keep serving while endpoints are removed; the image has no shell, so Python sleeps.
          preStop: { exec: { command: ['python', '-c', `import time; time.sleep(${APP_CONTRACT.preStopSleepSeconds})`] } },
        },
      },
    });

    // Schema migrations with the release's own image, after the database and before the new pods:
    // a Sync hook of an earlier wave, so Argo CD applies the Rollout (and the controller starts the
    // preview ReplicaSet) only once it has succeeded. The serving version must cope with the new schema.
    const migrate = new SyncHookJob(this, 'Migrate', {
      env,
      name: `${name}-migrate`,
      component: MIGRATIONS,
      version: env.images.app.tag,
      wave: SyncWave.MIGRATIONS,
      uid: APP_CONTRACT.uid,
      backoffLimit: 3,
      deadlineSeconds: 900,
      container: {
        name: 'migrate',
        image: imageReference(env, 'app'),
        resources: app.resources,
        command: [...APP_CONTRACT.migrateCommand],
        envFrom: [{ configMapRef: { name: `${name}-config` } }, { secretRef: { name: database.secretName } }],
      },
    });

    const postgresql = [NetworkPort.tcp(db.port)];
    props.flows.allow(this.api.pods, db.servers, postgresql, 'queries (read-write and read-only Services)');
    props.flows.allow(migrate.pods, db.servers, postgresql, 'schema migrations');
    for (const endpoint of props.cache.endpoints) {
      props.flows.allow(this.api.pods, endpoint.peer, endpoint.ports, 'cache and session store');
    }

    const http = NetworkPort.tcp(APP_CONTRACT.port);
    props.flows.allow(PROMETHEUS, this.api.pods, [http], 'metrics scrapes (/metrics on the API port)');
    props.flows.allow(analysis.traffic.pods, this.api.pods, [http], 'release traffic: smoke requests to the active and preview Services');
    app.egressCidrs.forEach((cidr, i) => {
      const llm = Peer.publicAddresses(app.egressCidrs.length === 1 ? 'llm-providers' : `llm-providers-${i + 1}`, cidr);
      props.flows.allow(this.api.pods, llm, [NetworkPort.tcp(443)], 'HTTPS calls to LLM providers and tool APIs');
    });
  }
}
