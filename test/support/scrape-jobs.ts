// The labels a scraped series carries in Prometheus, as the scrape configuration of the rendered
// objects and of the pinned add-ons gives them: alert tests write their input series with these,
// so a selector on a job or label name that no real scrape produces cannot pass.
import { podTemplate, selects, type Rendered } from './rendered';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
export type Labels = Readonly<Record<string, string>>;

/** True when a label selector (`matchLabels` and `In` / `NotIn` / `Exists` expressions) selects `labels`. */
function selectorMatches(selector: Any, labels: Record<string, string> = {}): boolean {
  if (selector.matchLabels && !selects(selector.matchLabels, labels)) return false;
  return (selector.matchExpressions ?? []).every((e: Any) => {
    const value = labels[e.key];
    switch (e.operator) {
      case 'In':
        return value !== undefined && e.values.includes(value);
      case 'NotIn':
        return value === undefined || !e.values.includes(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        throw new Error(`unknown selector operator '${e.operator}'`);
    }
  });
}

/** The workload whose pods are named `<workload>-…` and carry `labels` in their template. */
function workloadOfPod(objs: readonly Rendered[], pod: string): Rendered {
  const owners = objs.filter(
    (o) => (o.kind === 'StatefulSet' || o.kind === 'Deployment' || o.kind === 'Rollout') && pod.startsWith(`${o.metadata.name}-`),
  );
  // The longest name wins: `redis-sentinel-0` belongs to redis-sentinel, not to redis.
  const owner = owners.sort((a, b) => b.metadata.name.length - a.metadata.name.length)[0];
  if (!owner) throw new Error(`no rendered workload runs pod '${pod}'`);
  return owner;
}

/** The container of a pod template that declares `port` (by name or number), and the port's number. */
function containerServing(template: Any, port: string | number, pod: string): { container: string; containerPort: number } {
  const serves = (p: Any) => p.name === port || p.containerPort === port;
  const containers = template.spec.containers.filter((c: Any) => (c.ports ?? []).some(serves));
  if (containers.length !== 1) throw new Error(`pod '${pod}' has ${containers.length} containers serving '${port}'`);
  return { container: containers[0].name, containerPort: containers[0].ports.find(serves).containerPort };
}

/**
 * Target labels of a series scraped from `pod` through endpoint `port` of the rendered
 * ServiceMonitor `monitor`, as prometheus-operator v0.93.0 writes the scrape configuration: `job`
 * is the Service's `jobLabel` label or else the Service's name (the ServiceMonitor CRD's
 * `spec.jobLabel` documentation, imports/crds/monitoring.coreos.com_servicemonitors.yaml), and
 * every target carries `namespace`, `service`, `pod`, `container` and `endpoint` (the port's name)
 * besides `instance` (the pod's address and port).
 */
export function serviceMonitorTarget(objs: readonly Rendered[], monitor: string, port: string, pod: string, ip = '10.30.1.17'): Labels {
  const sm = objs.find((o) => o.kind === 'ServiceMonitor' && o.metadata.name === monitor);
  if (!sm) throw new Error(`no rendered ServiceMonitor '${monitor}'`);
  if (!sm.spec.endpoints.some((e: Any) => e.port === port)) throw new Error(`ServiceMonitor '${monitor}' scrapes no port '${port}'`);
  const namespaces: string[] = sm.spec.namespaceSelector?.matchNames ?? [sm.metadata.namespace];
  const workload = workloadOfPod(objs, pod);
  const podLabels = podTemplate(workload).metadata.labels;
  const services = objs.filter(
    (o) =>
      o.kind === 'Service' &&
      namespaces.includes(o.metadata.namespace ?? '') &&
      selectorMatches(sm.spec.selector, o.metadata.labels) &&
      selects(o.spec.selector, podLabels) &&
      o.spec.ports.some((p: Any) => p.name === port),
  );
  if (services.length !== 1) throw new Error(`ServiceMonitor '${monitor}' reaches pod '${pod}' through ${services.length} Services`);
  const service = services[0]!;
  const { container, containerPort } = containerServing(
    podTemplate(workload),
    service.spec.ports.find((p: Any) => p.name === port).targetPort,
    pod,
  );
  const jobLabel: string | undefined = sm.spec.jobLabel;
  return {
    job: (jobLabel && service.metadata.labels?.[jobLabel]) || service.metadata.name,
    namespace: service.metadata.namespace!,
    service: service.metadata.name,
    endpoint: port,
    pod,
    container,
    instance: `${ip}:${containerPort}`,
  };
}

/**
 * Target labels of a series scraped from `pod` through endpoint `port` of the rendered PodMonitor
 * `monitor`: `job` is the pod's `jobLabel` label or else `<namespace>/<name>` of the PodMonitor
 * (the PodMonitor CRD's `spec.jobLabel` documentation,
 * imports/crds/monitoring.coreos.com_podmonitors.yaml); no `service`.
 */
export function podMonitorTarget(objs: readonly Rendered[], monitor: string, port: string, pod: string, ip = '10.30.1.17'): Labels {
  const pm = objs.find((o) => o.kind === 'PodMonitor' && o.metadata.name === monitor);
  if (!pm) throw new Error(`no rendered PodMonitor '${monitor}'`);
  if (!pm.spec.podMetricsEndpoints.some((e: Any) => e.port === port)) throw new Error(`PodMonitor '${monitor}' scrapes no port '${port}'`);
  const workload = workloadOfPod(objs, pod);
  const template = podTemplate(workload);
  const namespaces: string[] = pm.spec.namespaceSelector?.matchNames ?? [pm.metadata.namespace];
  if (!namespaces.includes(workload.metadata.namespace ?? '') || !selectorMatches(pm.spec.selector, template.metadata.labels)) {
    throw new Error(`PodMonitor '${monitor}' does not select pod '${pod}'`);
  }
  const { container, containerPort } = containerServing(template, port, pod);
  const jobLabel: string | undefined = pm.spec.jobLabel;
  return {
    job: (jobLabel && template.metadata.labels?.[jobLabel]) || `${pm.metadata.namespace}/${pm.metadata.name}`,
    namespace: workload.metadata.namespace!,
    endpoint: port,
    pod,
    container,
    instance: `${ip}:${containerPort}`,
  };
}

/** Target labels of `pod` scraped through port `port` of the rendered ServiceMonitor or PodMonitor named `monitor`. */
export function scrapeTarget(objs: readonly Rendered[], monitor: string, port: string, pod: string): Labels {
  const kinds = objs
    .filter((o) => (o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor') && o.metadata.name === monitor)
    .map((o) => o.kind);
  if (kinds.length !== 1) throw new Error(`${kinds.length} rendered monitors are named '${monitor}'`);
  return kinds[0] === 'PodMonitor' ? podMonitorTarget(objs, monitor, port, pod) : serviceMonitorTarget(objs, monitor, port, pod);
}

/**
 * Target labels of kube-state-metrics as kube-prometheus-stack 88.0.0 scrapes it: the
 * kube-state-metrics chart's ServiceMonitor (charts/kube-state-metrics/templates/servicemonitor.yaml)
 * sets `jobLabel: app.kubernetes.io/name` (the Service's label is the chart's name,
 * `kube-state-metrics`) and scrapes port `http` (8080) with `honorLabels: true`, which
 * kube-prometheus-stack's values turn on: a series' own `namespace`, `pod` and `container` win over
 * the target's. The target's `pod` and `container` remain on series without their own (a
 * HorizontalPodAutoscaler's, a CronJob's, a ResourceQuota's).
 */
export function kubeStateMetrics(release: string): Labels {
  return {
    job: 'kube-state-metrics',
    service: `${release}-kube-state-metrics`,
    endpoint: 'http',
    instance: '10.30.2.41:8080',
    namespace: 'monitoring',
    pod: `${release}-kube-state-metrics-5d8f7b9c6-q4wzt`,
    container: 'kube-state-metrics',
  };
}

/**
 * Target labels of the kubelet's `/metrics` as kube-prometheus-stack 88.0.0 scrapes it
 * (templates/exporters/kubelet/servicemonitor.yaml): `jobLabel: k8s-app` on the kubelet Service
 * the operator maintains (`k8s-app: kubelet`), port `https-metrics` (10250), `honorLabels: true`,
 * and the chart's default relabeling of `__metrics_path__` into `metrics_path`.
 */
export function kubelet(release: string): Labels {
  return {
    job: 'kubelet',
    service: `${release}-kubelet`,
    endpoint: 'https-metrics',
    instance: '10.30.0.12:10250',
    namespace: 'kube-system',
    metrics_path: '/metrics',
  };
}

/**
 * Labels of a series the Argo Rollouts controller exports about a Rollout in `namespace`, as the
 * argo-rollouts chart 2.41.0 scrapes it: its ServiceMonitor
 * (templates/controller/servicemonitor.yaml) scrapes port `metrics` of the Service
 * `<fullname>-metrics` (templates/controller/metrics-service.yaml; 8090, container
 * `argo-rollouts`, values.yaml and templates/controller/deployment.yaml) without a `jobLabel`, so
 * `job` is the Service's name. Without honor_labels the controller's `namespace` becomes
 * `exported_namespace`; the add-on's metricRelabelings (src/argocd/addons.ts) move it back over
 * the target's and drop `exported_namespace`.
 */
export function argoRolloutsController(namespace: string, pod = 'argo-rollouts-6d5f8b7c9-abcde'): Labels {
  return {
    job: 'argo-rollouts-metrics',
    service: 'argo-rollouts-metrics',
    endpoint: 'metrics',
    instance: '10.30.2.57:8090',
    pod,
    container: 'argo-rollouts',
    namespace,
  };
}

/** A series' own labels over its target's: the `honorLabels: true` of the add-ons' monitors. */
export const honoring = (target: Labels, own: Labels): Labels => ({ ...target, ...own });

/** `metric{a="x",…}` for promtool's `input_series`. */
export function seriesName(metric: string, labels: Labels): string {
  return `${metric}{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',')}}`;
}
