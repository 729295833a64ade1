import { ADDON_NAMESPACES, GATEWAY_CLASS, LOKI_RULE_LABEL, NGINX_GATEWAY_RELEASE, PROMETHEUS_URL } from '../config/cluster-services';

/** Where Loki's ruler writes recorded series. */
const PROMETHEUS_REMOTE_WRITE = `${PROMETHEUS_URL}/api/v1/write`;
import type { EnvironmentSettings } from '../config/settings';
import { securityStreams } from '../charts/monitoring/log-rules';
import { alertmanagerRootConfig, CLUSTER_RECEIVERS_SECRET, clusterReceiversSecret } from './cluster-alerting';
import { rolloutNotifications, rolloutNotificationSecret, type RolloutNotificationValues } from './rollout-notifications';
import { secretStore } from './secret-store';

/**
 * Cluster add-ons installed by Argo CD into every environment's cluster, as pinned Helm charts
 * with typed values. Only the values the platform depends on are set; the rest are the
 * charts' defaults at these versions.
 */
export interface Addon<Values extends object> {
  /** Application name prefix and Helm release name. */
  readonly name: string;
  readonly namespace: string;
  readonly repoUrl: string;
  readonly chart: string;
  /** Exact chart version. */
  readonly version: string;
  readonly values: (env: EnvironmentSettings) => Values;
  /**
   * Installs CRDs other add-ons render objects of (ServiceMonitor, ExternalSecret): syncs one wave
   * earlier. Such providers may also render each other's kinds, so their Applications skip the
   * dry run of a kind whose CRD is not there yet and retry until it is. @default false
   */
  readonly providesCrds?: boolean;
  /** Whether the environment's cluster gets this add-on. @default - every environment's */
  readonly enabledIn?: (env: EnvironmentSettings) => boolean;
}

/** The add-ons of one environment's cluster, in the order they are listed. */
export function addonsOf(env: EnvironmentSettings): readonly Addon<object>[] {
  return ADDONS.filter((a) => a.enabledIn?.(env) ?? true);
}

/** NGINX Gateway Fabric chart values used here. */
export interface NginxGatewayFabricValues {
  readonly nginxGateway: {
    /** The GatewayClass the chart creates; the environments' Gateways name it. */
    readonly gatewayClassName: string;
    readonly replicas: number;
    /** SnippetsPolicy: the per-client connection limit (limit_conn), which no policy field offers. */
    readonly snippets: { readonly enable: boolean };
    readonly productTelemetry: { readonly enable: boolean };
    readonly resources: { readonly requests: { readonly cpu: string; readonly memory: string }; readonly limits: { readonly memory: string } };
  };
}

/**
 * NGINX Gateway Fabric: the control plane in its own namespace. It starts each Gateway's NGINX
 * data plane in the Gateway's namespace, configured by the Gateway's NginxProxy
 * (src/charts/edge). The chart installs the gateway.nginx.org CRDs (its crds/ folder); the
 * Gateway API CRDs come from GATEWAY_API_CRDS, one wave earlier.
 */
export const NGINX_GATEWAY_FABRIC: Addon<NginxGatewayFabricValues> = {
  name: NGINX_GATEWAY_RELEASE,
  namespace: ADDON_NAMESPACES.nginxGateway,
  // OCI registry (Argo CD: no oci:// prefix with `chart`), as the chart's README installs it:
  // helm install ngf oci://ghcr.io/nginx/charts/nginx-gateway-fabric
  repoUrl: 'ghcr.io/nginx/charts',
  chart: 'nginx-gateway-fabric',
  version: '2.6.7', // NGINX Gateway Fabric 2.6.7, the gateway.nginx.org CRDs in imports/crds
  values: (env) => ({
    nginxGateway: {
      gatewayClassName: GATEWAY_CLASS,
      replicas: env.tier === 'production' ? 2 : 1,
      snippets: { enable: true },
      productTelemetry: { enable: false },
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
    },
  }),
};

/**
 * Gateway API's standard-channel CRDs (Gateway, HTTPRoute, ...), which NGINX Gateway Fabric
 * needs installed before it starts: a directory of the Gateway API repository at its release tag.
 */
export const GATEWAY_API_CRDS = {
  name: 'gateway-api-crds',
  /** Cluster-scoped objects only; the Application's destination is NGINX Gateway Fabric's namespace. */
  namespace: ADDON_NAMESPACES.nginxGateway,
  repoUrl: 'https://github.com/kubernetes-sigs/gateway-api.git',
  targetRevision: 'v1.6.1', // commit 8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3, the CRDs in imports/crds
  path: 'config/crd/standard',
} as const;

/** cert-manager chart values used here. */
export interface CertManagerValues {
  /** Leader election in cert-manager's own namespace: the chart's default is kube-system, which the add-on project does not admit. */
  readonly global: { readonly leaderElection: { readonly namespace: string } };
  readonly crds: { readonly enabled: boolean; readonly keep: boolean };
  readonly prometheus: { readonly servicemonitor: { readonly enabled: boolean } };
  /** Controller configuration: HTTP-01 challenges through a Gateway (gatewayHTTPRoute solver). */
  readonly config: {
    readonly apiVersion: 'controller.config.cert-manager.io/v1alpha1';
    readonly kind: 'ControllerConfiguration';
    readonly enableGatewayAPI: boolean;
  };
  /** With DNS-01 in Route 53: the IAM role cert-manager assumes (IRSA). */
  readonly serviceAccount?: { readonly annotations: Readonly<Record<string, string>> };
}

export const CERT_MANAGER: Addon<CertManagerValues> = {
  name: 'cert-manager',
  namespace: ADDON_NAMESPACES.certManager,
  repoUrl: 'https://charts.jetstack.io',
  chart: 'cert-manager',
  version: 'v1.21.1',
  values: (env) => ({
    global: { leaderElection: { namespace: ADDON_NAMESPACES.certManager } },
    crds: { enabled: true, keep: true },
    prometheus: { servicemonitor: { enabled: true } },
    config: { apiVersion: 'controller.config.cert-manager.io/v1alpha1', kind: 'ControllerConfiguration', enableGatewayAPI: true },
    ...(env.tls.solver === 'dns01-route53' ? { serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': env.tls.route53RoleArn } } } : {}),
  }),
};

/** kube-prometheus-stack chart values used here. */
export interface KubePrometheusStackValues {
  readonly prometheus: {
    readonly prometheusSpec: {
      readonly retention: string;
      /** Pick up ServiceMonitors, PodMonitors and rules from every namespace, whatever their labels. */
      readonly serviceMonitorSelectorNilUsesHelmValues: boolean;
      readonly podMonitorSelectorNilUsesHelmValues: boolean;
      readonly ruleSelectorNilUsesHelmValues: boolean;
      /** Accepts Loki's ruler writing recorded series (/api/v1/write). */
      readonly enableRemoteWriteReceiver: boolean;
      readonly storageSpec: {
        readonly volumeClaimTemplate: {
          readonly spec: {
            readonly storageClassName: string;
            readonly accessModes: readonly string[];
            readonly resources: { readonly requests: { readonly storage: string } };
          };
        };
      };
    };
  };
  readonly alertmanager: {
    /** The root configuration: cluster alerts, Watchdog, and the routes AlertmanagerConfigs are put in front of. */
    readonly config: Readonly<Record<string, unknown>>;
    readonly alertmanagerSpec: {
      /** Secrets mounted at /etc/alertmanager/secrets/<name>: the root receivers' credentials. */
      readonly secrets: readonly string[];
      readonly alertmanagerConfigMatcherStrategy: { readonly type: 'OnNamespace' | 'None' };
      /** AlertmanagerConfigs in any namespace, selected by the release label. */
      readonly alertmanagerConfigSelector: { readonly matchLabels: Record<string, string> };
      readonly alertmanagerConfigNamespaceSelector: Record<string, never>;
    };
  };
  /**
   * Control-plane scrapes a managed cluster does not expose: each would render a Service into
   * kube-system, which the add-on project does not admit, and alert on targets that never answer.
   */
  readonly kubeControllerManager: { readonly enabled: false };
  readonly kubeScheduler: { readonly enabled: false };
  readonly kubeEtcd: { readonly enabled: false };
  readonly kubeProxy: { readonly enabled: false };
  readonly coreDns: { readonly enabled: false };
  /** The pods' `app.kubernetes.io/component` label in `kube_pod_labels`: pod alerts name the component. */
  readonly 'kube-state-metrics': { readonly metricLabelsAllowlist: readonly string[] };
  /** Objects installed with the chart: the ExternalSecret of the root receivers' credentials. */
  readonly extraManifests: readonly Readonly<Record<string, unknown>>[];
  readonly grafana: {
    readonly sidecar: { readonly dashboards: { readonly enabled: boolean; readonly label: string; readonly labelValue: string; readonly searchNamespace: string } };
    readonly additionalDataSources: readonly { readonly name: string; readonly type: string; readonly url: string; readonly access: 'proxy' }[];
  };
}

export const KUBE_PROMETHEUS_STACK: Addon<KubePrometheusStackValues> = {
  name: 'kube-prometheus-stack',
  namespace: ADDON_NAMESPACES.monitoring,
  repoUrl: 'https://prometheus-community.github.io/helm-charts',
  chart: 'kube-prometheus-stack',
  version: '88.0.0', // prometheus-operator v0.93.0, the CRDs in imports/crds
  providesCrds: true,
  values: (env) => ({
    prometheus: {
      prometheusSpec: {
        retention: env.addons.prometheusRetention,
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        ruleSelectorNilUsesHelmValues: false,
        enableRemoteWriteReceiver: true,
        storageSpec: {
          volumeClaimTemplate: {
            spec: {
              storageClassName: env.storage.className,
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: env.addons.prometheusStorage } },
            },
          },
        },
      },
    },
    alertmanager: {
      config: alertmanagerRootConfig(env),
      alertmanagerSpec: {
        secrets: [CLUSTER_RECEIVERS_SECRET],
        alertmanagerConfigMatcherStrategy: { type: 'OnNamespace' },
        alertmanagerConfigSelector: { matchLabels: { release: env.monitoring.releaseLabel } },
        alertmanagerConfigNamespaceSelector: {},
      },
    },
    kubeControllerManager: { enabled: false },
    kubeScheduler: { enabled: false },
    kubeEtcd: { enabled: false },
    kubeProxy: { enabled: false },
    coreDns: { enabled: false },
    'kube-state-metrics': { metricLabelsAllowlist: ['pods=[app.kubernetes.io/component]'] },
    extraManifests: [clusterReceiversSecret(env)],
    grafana: {
      sidecar: { dashboards: { enabled: true, label: 'grafana_dashboard', labelValue: '1', searchNamespace: 'ALL' } },
      additionalDataSources: [{ name: 'Loki', type: 'loki', url: `http://loki-gateway.${ADDON_NAMESPACES.logging}.svc.cluster.local`, access: 'proxy' }],
    },
  }),
};

/** external-secrets chart values used here. */
export interface ExternalSecretsValues {
  readonly installCRDs: boolean;
  /** The operator's identity in AWS (IRSA): the ClusterSecretStore uses it. */
  readonly serviceAccount: { readonly annotations: Readonly<Record<string, string>> };
  readonly serviceMonitor: { readonly enabled: boolean };
  /** Objects installed with the operator: the ClusterSecretStore, ready before any ExternalSecret. */
  readonly extraObjects: readonly Readonly<Record<string, unknown>>[];
}

export const EXTERNAL_SECRETS: Addon<ExternalSecretsValues> = {
  name: 'external-secrets',
  namespace: ADDON_NAMESPACES.externalSecrets,
  repoUrl: 'https://charts.external-secrets.io',
  chart: 'external-secrets',
  version: '2.9.0',
  providesCrds: true,
  values: (env) => ({
    installCRDs: true,
    serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': env.secrets.roleArn } },
    serviceMonitor: { enabled: true },
    extraObjects: [secretStore(env)],
  }),
};

/** argo-rollouts chart values used here (chart 2.41.0 values.yaml). */
export interface ArgoRolloutsValues {
  readonly installCRDs: boolean;
  readonly controller: {
    readonly replicas: number;
    readonly metrics: {
      readonly enabled: boolean;
      readonly serviceMonitor: { readonly enabled: boolean; readonly metricRelabelings: readonly Readonly<Record<string, unknown>>[] };
    };
  };
  readonly dashboard: { readonly enabled: boolean };
  readonly notifications: RolloutNotificationValues;
  /** Objects installed with the chart: the ExternalSecret of the notification credentials. */
  readonly extraObjects: readonly Readonly<Record<string, unknown>>[];
}

export const ARGO_ROLLOUTS: Addon<ArgoRolloutsValues> = {
  name: 'argo-rollouts',
  namespace: ADDON_NAMESPACES.argoRollouts,
  repoUrl: 'https://argoproj.github.io/argo-helm',
  chart: 'argo-rollouts',
  version: '2.41.0', // Argo Rollouts v1.9.0, the CRDs in imports/crds
  values: (env) => ({
    installCRDs: true,
    controller: {
      replicas: env.tier === 'production' ? 2 : 1,
      metrics: {
        enabled: true,
        serviceMonitor: {
          enabled: true,
          // The controller labels each Rollout's series with the Rollout's `namespace`, which the
          // scrape renames `exported_namespace` (its target's namespace wins without honor_labels;
          // Prometheus docs, scrape_config). Restored before ingestion, the delivery alerts carry the
          // platform's namespace, and its AlertmanagerConfig routes them.
          metricRelabelings: [
            { sourceLabels: ['exported_namespace'], regex: '(.+)', targetLabel: 'namespace', replacement: '$1', action: 'replace' },
            { regex: 'exported_namespace', action: 'labeldrop' },
          ],
        },
      },
    },
    dashboard: { enabled: false },
    notifications: rolloutNotifications(env),
    extraObjects: [rolloutNotificationSecret(env)],
  }),
};

/** Grafana Loki chart values used here: one binary with a volume, retention from settings. */
export interface LokiValues {
  readonly deploymentMode: 'SingleBinary';
  readonly loki: {
    readonly auth_enabled: boolean;
    readonly commonConfig: { readonly replication_factor: number };
    readonly storage: { readonly type: 'filesystem' };
    readonly schemaConfig: { readonly configs: readonly object[] };
    readonly limits_config: {
      readonly retention_period: string;
      /** Streams kept longer than retention_period (the compactor applies both). */
      readonly retention_stream: readonly { readonly selector: string; readonly priority: number; readonly period: string }[];
    };
    readonly compactor: { readonly retention_enabled: boolean; readonly delete_request_store: 'filesystem' };
    readonly rulerConfig: Readonly<Record<string, unknown>>;
  };
  readonly singleBinary: { readonly replicas: number; readonly persistence: { readonly size: string; readonly storageClass: string } };
  readonly read: { readonly replicas: 0 };
  readonly write: { readonly replicas: 0 };
  readonly backend: { readonly replicas: 0 };
  readonly chunksCache: { readonly enabled: boolean };
  readonly resultsCache: { readonly enabled: boolean };
  /** Rule ConfigMaps from every namespace (the edge's and the logs' rules live in the platform's). */
  readonly sidecar: { readonly rules: { readonly enabled: boolean; readonly label: string; readonly labelValue: string; readonly folder: string; readonly searchNamespace: 'ALL' } };
}

export const LOKI: Addon<LokiValues> = {
  name: 'loki',
  namespace: ADDON_NAMESPACES.logging,
  repoUrl: 'https://grafana.github.io/helm-charts',
  chart: 'loki',
  version: '6.16.0', // Loki 3.1
  values: (env) => ({
    deploymentMode: 'SingleBinary',
    loki: {
      auth_enabled: false,
      commonConfig: { replication_factor: 1 },
      storage: { type: 'filesystem' },
      schemaConfig: {
        configs: [{ from: '2024-01-01', store: 'tsdb', object_store: 'filesystem', schema: 'v13', index: { prefix: 'index_', period: '24h' } }],
      },
      // Loki 3.1 retention (grafana.com/docs/loki/v3.1.x/operations/storage/retention/): the
      // global period, and the security-relevant streams (docs/logging.md) for longer.
      limits_config: {
        retention_period: `${env.monitoring.logRetentionHours}h`,
        retention_stream: securityStreams(env).map((selector) => ({
          selector,
          priority: 1,
          period: `${env.monitoring.securityLogRetentionHours}h`,
        })),
      },
      compactor: { retention_enabled: true, delete_request_store: 'filesystem' },
      // Recording rules over logs (the edge's per-status rates), written to Prometheus.
      rulerConfig: {
        storage: { type: 'local', local: { directory: '/rules' } },
        rule_path: '/var/loki/rules-temp',
        wal: { dir: '/var/loki/ruler-wal' },
        remote_write: { enabled: true, clients: { prometheus: { url: PROMETHEUS_REMOTE_WRITE } } },
      },
    },
    singleBinary: { replicas: 1, persistence: { size: env.tier === 'production' ? '100Gi' : '20Gi', storageClass: env.storage.className } },
    read: { replicas: 0 },
    write: { replicas: 0 },
    backend: { replicas: 0 },
    chunksCache: { enabled: false },
    resultsCache: { enabled: false },
    // Authentication is off, so every rule belongs to the tenant `fake`: <storage directory>/fake.
    sidecar: { rules: { enabled: true, label: LOKI_RULE_LABEL, labelValue: '1', folder: '/rules/fake', searchNamespace: 'ALL' } },
  }),
};

/** Fluent Bit chart values used here: container logs, JSON lines parsed, shipped to Loki. */
export interface FluentBitValues {
  readonly config: { readonly inputs: string; readonly filters: string; readonly outputs: string };
  readonly serviceMonitor: { readonly enabled: boolean };
}

export const FLUENT_BIT: Addon<FluentBitValues> = {
  name: 'fluent-bit',
  namespace: ADDON_NAMESPACES.logging,
  repoUrl: 'https://fluent.github.io/helm-charts',
  chart: 'fluent-bit',
  version: '0.47.10', // Fluent Bit 3.1
  values: (env) => ({
    config: {
      inputs: [
        '[INPUT]',
        '    Name tail',
        '    Path /var/log/containers/*.log',
        '    multiline.parser cri',
        '    Tag kube.*',
        '    Mem_Buf_Limit 20MB',
        '    Skip_Long_Lines On',
      ].join('\n'),
      // The API logs one JSON object per line (docs/app-contract.md): its fields join the record, which is the line Loki keeps (docs/logging.md).
      filters: [
        '[FILTER]',
        '    Name kubernetes',
        '    Match kube.*',
        '    Merge_Log On',
        '    Keep_Log Off',
        '    Labels On',
        '    Annotations Off',
      ].join('\n'),
      outputs: [
        '[OUTPUT]',
        '    Name loki',
        '    Match kube.*',
        `    Host loki-gateway.${ADDON_NAMESPACES.logging}.svc.cluster.local`,
        '    Port 80',
        `    Labels job=fluent-bit, cluster=${env.cluster.name}`,
        '    Label_keys $kubernetes[\'namespace_name\'],$kubernetes[\'pod_name\'],$kubernetes[\'container_name\']',
        '    Line_format json',
      ].join('\n'),
    },
    serviceMonitor: { enabled: true },
  }),
};

/** Chaos Mesh chart values used here. */
export interface ChaosMeshValues {
  /** The nodes' container runtime, which chaos-daemon enters to reach the target containers. */
  readonly chaosDaemon: { readonly runtime: 'containerd'; readonly socketPath: string };
  /** Faults only in namespaces annotated `chaos-mesh.org/inject: enabled` (the platform's, where `chaos.enabled`). */
  readonly controllerManager: { readonly enableFilterNamespace: boolean };
  /** The dashboard acts with the token its user presents, never with its own service account. */
  readonly dashboard: { readonly securityMode: boolean };
  /** DNSChaos's DNS server: no experiment here uses it. */
  readonly dnsServer: { readonly create: boolean };
}

/**
 * Chaos Mesh, for game days (docs/game-days.md), only where `chaos.enabled`. Cluster-scoped
 * (the chart's default) with the namespace filter on: the namespace-scoped mode
 * (`clusterScoped: false` + `controllerManager.targetNamespace`) would bind its role inside the
 * platform's namespace, which the add-ons project may not deploy to. The chart installs the
 * chaos-mesh.org CRDs; the platform renders only `Schedule` objects (src/charts/chaos).
 */
export const CHAOS_MESH: Addon<ChaosMeshValues> = {
  name: 'chaos-mesh',
  namespace: ADDON_NAMESPACES.chaosMesh,
  repoUrl: 'https://charts.chaos-mesh.org',
  chart: 'chaos-mesh',
  // Tag chart-2.8.3 (commit 27d7949f446d29035c9be9b49eb03e00c08f4023) of chaos-mesh/chaos-mesh:
  // its release_helm_chart workflow publishes chart and app version 2.8.3 to charts.chaos-mesh.org;
  // images v2.8.3, the CRDs in imports/crds. Values keys: helm/chaos-mesh/values.yaml at v2.8.3.
  version: '2.8.3',
  enabledIn: (env) => env.chaos.enabled,
  values: () => ({
    chaosDaemon: { runtime: 'containerd', socketPath: '/run/containerd/containerd.sock' },
    controllerManager: { enableFilterNamespace: true },
    dashboard: { securityMode: true },
    dnsServer: { create: false },
  }),
};

/** Every add-on, in the order they are listed. */
export const ADDONS: readonly Addon<object>[] = [
  NGINX_GATEWAY_FABRIC,
  CERT_MANAGER,
  KUBE_PROMETHEUS_STACK,
  EXTERNAL_SECRETS,
  ARGO_ROLLOUTS,
  LOKI,
  FLUENT_BIT,
  CHAOS_MESH,
];
