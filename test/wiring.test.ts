import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ADDONS } from '../src/argocd/addons';
import { parseQuantity } from '../src/config/quantity';
import { envObjects, podTemplate, rendered, selects, WORKLOAD_KINDS, type Rendered } from './support/rendered';

const { settings, objects, files } = rendered();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const objs = envObjects(name);
  const find = (kind: string, n: string) => objs.find((o) => o.kind === kind && o.metadata.name === n);
  const workloads = objs.filter((o) => WORKLOAD_KINDS.includes(o.kind));
  const pods = workloads.map((w) => ({ workload: w, template: podTemplate(w) }));

  test('every namespaced object is in the environment namespace', () => {
    for (const o of objs) if (o.metadata.namespace !== undefined) expect(o.metadata.namespace, o.path).toBe(env.namespace);
  });

  test('every Service selects pods and targets a port they expose; only Patroni keeps Endpoints itself', () => {
    // Selector-less: the read-write Service (the leader's Endpoints) and the cluster state, both named by Patroni's scope.
    const patroni: Any = load(objs.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'postgres-config')!.data['patroni.yml']);
    const unselected = objs.filter((o) => o.kind === 'Service' && !o.spec.selector).map((o) => o.metadata.name);
    expect(unselected.sort()).toEqual([patroni.scope, `${patroni.scope}-config`, `${patroni.scope}-failover`, `${patroni.scope}-sync`]);
    // Patroni 3.0 adds role=replica (role=master on the leader) to its members' labels at run time.
    const running = (labels: Record<string, string>) => (labels['cluster-name'] ? { ...labels, role: 'replica' } : labels);
    for (const svc of objs.filter((o) => o.kind === 'Service' && o.spec.selector)) {
      const selected = pods.filter((p) => selects(svc.spec.selector, running(p.template.metadata.labels)));
      expect(selected.length, svc.path).toBeGreaterThan(0);
      for (const port of svc.spec.ports) {
        for (const p of selected) {
          const ports = p.template.spec.containers.flatMap((c: Any) => c.ports ?? []);
          expect(
            ports.some((cp: Any) => cp.name === port.targetPort || cp.containerPort === port.targetPort),
            `${svc.path} ${port.targetPort}`,
          ).toBe(true);
        }
      }
    }
  });

  test('probes use ports the container exposes', () => {
    for (const { workload, template } of pods) {
      for (const c of template.spec.containers) {
        const names = (c.ports ?? []).map((p: Any) => p.name);
        const numbers = (c.ports ?? []).map((p: Any) => p.containerPort);
        for (const probe of [c.startupProbe, c.livenessProbe, c.readinessProbe].filter(Boolean)) {
          const port = probe.httpGet?.port ?? probe.tcpSocket?.port;
          if (port !== undefined) expect(names.includes(port) || numbers.includes(port), `${workload.path} ${c.name} ${port}`).toBe(true);
        }
      }
    }
  });

  test('the Deployment leaves replicas to the HPA, which targets it with the settings bounds', () => {
    for (const hpa of objs.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
      const target = find(hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name);
      expect(target, hpa.path).toBeDefined();
      expect(target!.spec.replicas, target!.path).toBeUndefined();
    }
    const hpa = find('HorizontalPodAutoscaler', 'agent-api')!;
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([env.app.minReplicas, env.app.maxReplicas]);
  });

  test('every PodDisruptionBudget selects a workload', () => {
    for (const pdb of objs.filter((o) => o.kind === 'PodDisruptionBudget')) {
      expect(
        pods.some((p) => selects(pdb.spec.selector.matchLabels, p.template.metadata.labels)),
        pdb.path,
      ).toBe(true);
    }
  });

  test('pods reference existing ServiceAccounts, ConfigMaps and synced Secrets', () => {
    const syncedSecrets = objs.filter((o) => o.kind === 'ExternalSecret').map((o) => o.spec.target.name);
    for (const { workload, template } of pods) {
      expect(find('ServiceAccount', template.spec.serviceAccountName), workload.path).toBeDefined();
      for (const c of template.spec.containers) {
        for (const from of c.envFrom ?? []) {
          if (from.configMapRef) expect(find('ConfigMap', from.configMapRef.name), from.configMapRef.name).toBeDefined();
          if (from.secretRef) expect(syncedSecrets, from.secretRef.name).toContain(from.secretRef.name);
        }
      }
    }
  });

  test('ExternalSecrets use a store that admits this namespace; Certificates an existing issuer', () => {
    for (const es of objs.filter((o) => o.kind === 'ExternalSecret')) {
      const store = find(es.spec.secretStoreRef.kind, es.spec.secretStoreRef.name);
      expect(store, es.path).toBeDefined();
      expect(store!.spec.conditions[0].namespaces).toContain(env.namespace);
      for (const d of es.spec.data) expect(d.remoteRef.key.startsWith(`${env.secrets.keyPrefix}/`), d.remoteRef.key).toBe(true);
    }
    for (const cert of objs.filter((o) => o.kind === 'Certificate')) {
      expect(find(cert.spec.issuerRef.kind, cert.spec.issuerRef.name), cert.path).toBeDefined();
    }
  });

  test('Ingress backends are Services with the named port', () => {
    for (const ing of objs.filter((o) => o.kind === 'Ingress')) {
      for (const rule of ing.spec.rules) {
        for (const p of rule.http.paths) {
          const svc = find('Service', p.backend.service.name);
          expect(svc, p.backend.service.name).toBeDefined();
          expect(svc!.spec.ports.map((sp: Any) => sp.name)).toContain(p.backend.service.port.name);
        }
      }
      expect(ing.spec.rules.map((r: Any) => r.host)).toEqual([env.ingress.host]);
    }
  });

  test('the internet reaches the API paths users call and none of the probes, the dependency check or /metrics', () => {
    // Kubernetes Prefix matching: whole path elements, so '/v1' matches '/v1/notes' but not '/v1x'.
    const routed = (path: string) =>
      objs
        .filter((o) => o.kind === 'Ingress')
        .flatMap((ing) => ing.spec.rules.flatMap((r: Any) => r.http.paths))
        .some((p: Any) =>
          p.pathType === 'Exact' ? p.path === path : p.path === '/' || path === p.path || path.startsWith(`${p.path.replace(/\/$/, '')}/`),
        );
    // The paths the reference service answers on (docs/app-contract.md).
    for (const path of ['/v1/notes', '/v1/notes/stream']) expect(routed(path), path).toBe(true);
    for (const path of ['/metrics', '/healthz', '/readyz', '/dependencies']) expect(routed(path), path).toBe(false);
  });

  test('a stopping API pod drains for as long as the longest stream may last', () => {
    const deployment = find('Deployment', 'agent-api')!;
    const config = find('ConfigMap', 'agent-api-config')!.data;
    const ingress = objs.find((o) => o.kind === 'Ingress')!;
    const longestStream = Number(config.STREAM_TIMEOUT_SECONDS);
    const pod = deployment.spec.template.spec;
    const preStop = pod.containers[0].lifecycle.preStop.exec.command.join(' ');
    const pause = Number(/sleep\((\d+)\)/.exec(preStop)?.[1] ?? NaN);
    expect(Number.isFinite(pause), preStop).toBe(true);
    // NGINX may keep a quiet stream open no longer than the service lets a stream last.
    expect(Number(ingress.metadata.annotations!['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeLessThanOrEqual(longestStream);
    expect(Number(config.SHUTDOWN_TIMEOUT_SECONDS)).toBeGreaterThanOrEqual(longestStream);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + longestStream);
  });

  test('each NetworkPolicy selects pods that exist (or that cert-manager starts)', () => {
    // cert-manager creates the HTTP-01 solver pods itself during certificate issuance.
    const external = [{ 'acme.cert-manager.io/http01-solver': 'true' }];
    for (const np of objs.filter((o) => o.kind === 'NetworkPolicy')) {
      const sel = np.spec.podSelector.matchLabels;
      if (!sel || Object.keys(sel).length === 0) continue; // all pods of the namespace
      const known = pods.some((p) => selects(sel, p.template.metadata.labels)) || external.some((e) => selects(sel, e));
      expect(known, np.path).toBe(true);
    }
  });

  test('the network policies allow exactly the flows the platform needs', () => {
    // A flow between two of the namespace's pod sets needs both an egress and an ingress rule.
    const inside = (line: string) => [line, line];
    const database = 'database';
    const flows = [
      'default deny: Ingress,Egress',
      'all-pods -> ns:kube-system{k8s-app=kube-dns} on 53/UDP',
      'all-pods -> ns:kube-system{k8s-app=kube-dns} on 53/TCP',
      'api -> 0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,100.64.0.0/10 on 443/TCP',
      'ns:ingress-nginx{app.kubernetes.io/component=controller,app.kubernetes.io/name=ingress-nginx} -> api on 8000/TCP',
      'ns:ingress-nginx{app.kubernetes.io/component=controller,app.kubernetes.io/name=ingress-nginx} -> acme.cert-manager.io/http01-solver=true on 8089/TCP',
      ...inside(`api -> ${database} on 5432/TCP`),
      ...inside(`migrations -> ${database} on 5432/TCP`),
      ...inside(`database-init -> ${database} on 5432/TCP`),
      ...inside(`database-init -> ${database} on 8008/TCP`),
      ...inside(`${database} -> ${database} on 5432/TCP`),
      ...inside(`${database} -> ${database} on 8008/TCP`),
      // Patroni keeps the cluster state in the Kubernetes API.
      `${database} -> ${env.cluster.apiServerCidr} on 443/TCP`,
      `ns:monitoring{app.kubernetes.io/name=prometheus} -> ${database} on 9187/TCP`,
      `ns:monitoring{app.kubernetes.io/name=prometheus} -> ${database} on 8008/TCP`,
      ...inside('api -> cache on 6379/TCP'),
      'ns:monitoring{app.kubernetes.io/name=prometheus} -> cache on 9121/TCP',
      'ns:monitoring{app.kubernetes.io/name=prometheus} -> api on 8000/TCP',
    ];
    const objectStorage = '0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,100.64.0.0/10 on 443/TCP';
    flows.push(`${database} -> ${objectStorage}`, `backup -> ${objectStorage}`, ...inside(`backup -> ${database} on 8432/TCP`));
    if (env.backup.drill.enabled) flows.push(`restore-drill -> ${objectStorage}`, ...inside(`restore-drill -> ${database} on 5432/TCP`));
    if (env.redis.mode === 'sentinel') {
      flows.push(
        ...inside('api -> cache-sentinel on 26379/TCP'),
        ...inside('cache -> cache on 6379/TCP'),
        ...inside('cache -> cache-sentinel on 26379/TCP'),
        ...inside('cache-sentinel -> cache on 6379/TCP'),
        ...inside('cache-sentinel -> cache-sentinel on 26379/TCP'),
        'ns:monitoring{app.kubernetes.io/name=prometheus} -> cache-sentinel on 9121/TCP',
      );
    }
    if (env.redis.mode === 'cluster') {
      flows.push(
        ...inside('cache -> cache on 6379/TCP'),
        ...inside('cache -> cache on 16379/TCP'),
        ...inside('cache-init -> cache on 6379/TCP'),
      );
    }
    expect(allowedFlows(objs)).toEqual(flows.sort());
  });

  test('the quota admits every workload at its peak: HPA maximum plus surge, all stateful pods, one Job', () => {
    const quota = objs.find((o) => o.kind === 'ResourceQuota')!.spec.hard;
    const sum = (template: Any, pick: (c: Any) => string) =>
      template.spec.containers.reduce((total: number, c: Any) => total + parseQuantity(pick(c)), 0);
    const peaks: { pods: number; template: Any }[] = [];
    for (const d of objs.filter((o) => o.kind === 'Deployment')) {
      const hpa = objs.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.name === d.metadata.name);
      peaks.push({
        pods: (hpa?.spec.maxReplicas ?? d.spec.replicas ?? 1) + d.spec.strategy.rollingUpdate.maxSurge,
        template: d.spec.template,
      });
    }
    for (const s of objs.filter((o) => o.kind === 'StatefulSet')) peaks.push({ pods: s.spec.replicas, template: s.spec.template });
    // Sync-hook Jobs run one after another; the largest one counts.
    const jobs = objs.filter((o) => o.kind === 'Job').map((j) => j.spec.template);
    const largest = jobs.sort((a, b) => sum(b, (c) => c.resources.requests.memory) - sum(a, (c) => c.resources.requests.memory))[0];
    if (largest) peaks.push({ pods: 1, template: largest });

    const total = (pick: (c: Any) => string) => peaks.reduce((t, p) => t + p.pods * sum(p.template, pick), 0);
    expect(Number(quota.pods)).toBeGreaterThanOrEqual(peaks.reduce((t, p) => t + p.pods, 0));
    expect(parseQuantity(String(quota['requests.cpu']))).toBeGreaterThanOrEqual(total((c) => c.resources.requests.cpu));
    expect(parseQuantity(String(quota['requests.memory']))).toBeGreaterThanOrEqual(total((c) => c.resources.requests.memory));
    expect(parseQuantity(String(quota['limits.memory']))).toBeGreaterThanOrEqual(total((c) => c.resources.limits.memory));
  });
});

/** Reads the NetworkPolicies back into "from -> to on port" lines. */
function allowedFlows(objs: readonly Rendered[]): string[] {
  const describePods = (sel: Record<string, string> | undefined) => {
    if (!sel || Object.keys(sel).length === 0) return 'all-pods';
    const component = sel['app.kubernetes.io/component'];
    return component && sel['app.kubernetes.io/name']
      ? component
      : Object.entries(sel)
          .map(([k, v]) => `${k}=${v}`)
          .join(',');
  };
  const describePeer = (peer: Any) => {
    if (peer.ipBlock) return `${peer.ipBlock.cidr}${peer.ipBlock.except ? ` except ${peer.ipBlock.except.join(',')}` : ''}`;
    if (peer.namespaceSelector) {
      const labels = Object.entries(peer.podSelector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join(',');
      return `ns:${peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name']}{${labels}}`;
    }
    return describePods(peer.podSelector?.matchLabels);
  };
  const lines: string[] = [];
  for (const np of objs.filter((o) => o.kind === 'NetworkPolicy')) {
    const self = describePods(np.spec.podSelector.matchLabels);
    if (!np.spec.ingress && !np.spec.egress) lines.push(`default deny: ${np.spec.policyTypes.join(',')}`);
    for (const rule of np.spec.ingress ?? []) {
      for (const peer of rule.from) for (const p of rule.ports) lines.push(`${describePeer(peer)} -> ${self} on ${p.port}/${p.protocol}`);
    }
    for (const rule of np.spec.egress ?? []) {
      for (const peer of rule.to) for (const p of rule.ports) lines.push(`${self} -> ${describePeer(peer)} on ${p.port}/${p.protocol}`);
    }
  }
  return lines.sort();
}

describe('Argo CD', () => {
  const apps = objects.filter((o) => o.path.startsWith('argocd/') && o.kind === 'Application');
  const projects = new Map(objects.filter((o) => o.kind === 'AppProject').map((p) => [p.metadata.name, p]));

  test('one Application per environment syncs dist/<env> into its cluster and namespace', () => {
    for (const env of settings.environments) {
      const app = apps.find((a) => a.spec.source.path === `dist/${env.name}`);
      expect(app, env.name).toBeDefined();
      expect(app!.spec.destination).toEqual({ server: env.cluster.server, namespace: env.namespace });
      expect(app!.spec.source.directory.recurse).toBe(true);
      expect(app!.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect([...files.keys()].some((p) => p.startsWith(`dist/${env.name}/`))).toBe(true);
    }
  });

  test('every Application is allowed by its project: source repository and destination', () => {
    for (const app of apps) {
      const project = projects.get(app.spec.project);
      expect(project, app.path).toBeDefined();
      const repos: string[] = project!.spec.sourceRepos;
      expect(repos.includes(app.spec.source.repoURL), `${app.path} ${app.spec.source.repoURL}`).toBe(true);
      expect(project!.spec.destinations, app.path).toContainEqual(app.spec.destination);
    }
  });

  test('the platform project reads only this repository and allows exactly the rendered kinds', () => {
    const platform = projects.get('agent-platform')!;
    expect(platform.spec.sourceRepos).toEqual([settings.repoUrl]);
    const key = (apiVersion: string, kind: string) => `${apiVersion.includes('/') ? apiVersion.split('/')[0] : ''}/${kind}`;
    // Templates are rendered for operators to apply by hand; Argo CD never syncs them.
    const dist = objects.filter((o) => o.path.startsWith('dist/') && !o.path.includes('/templates/'));
    const cluster = new Set(dist.filter((o) => !o.metadata.namespace).map((o) => key(o.apiVersion, o.kind)));
    const namespaced = new Set(dist.filter((o) => o.metadata.namespace).map((o) => key(o.apiVersion, o.kind)));
    const listed = (list: Any[]) => new Set(list.map((k) => `${k.group}/${k.kind}`));
    expect(listed(platform.spec.clusterResourceWhitelist)).toEqual(cluster);
    expect(listed(platform.spec.namespaceResourceWhitelist)).toEqual(namespaced);
  });

  test('add-ons are pinned chart versions for every cluster and sync before the environments', () => {
    const addons = apps.filter((a) => a.spec.source.chart);
    expect(addons.length).toBe(ADDONS.length * settings.environments.length);
    const wave = (a: Rendered) => Number(a.metadata.annotations!['argocd.argoproj.io/sync-wave']);
    const envWave = Math.min(...apps.filter((a) => a.spec.source.path?.startsWith('dist/')).map(wave));
    for (const a of addons) {
      expect(a.spec.source.targetRevision, a.path).toMatch(/^v?\d+\.\d+\.\d+$/);
      expect(wave(a), a.path).toBeLessThan(envWave);
    }
  });

  test('the root application syncs argocd/apps, where all other Argo CD objects live', () => {
    const root = apps.find((a) => a.path.startsWith('argocd/bootstrap/'))!;
    expect(root.spec.source).toMatchObject({ repoURL: settings.repoUrl, path: 'argocd/apps' });
    const others = objects.filter((o) => o.path.startsWith('argocd/') && !o.path.startsWith('argocd/bootstrap/'));
    for (const o of others) expect(o.path.startsWith('argocd/apps/'), o.path).toBe(true);
  });
});
