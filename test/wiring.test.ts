import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ADDONS } from '../src/argocd/addons';
import { parseQuantity } from '../src/config/quantity';
import { ENVIRONMENTS } from '../src/config/environments';
import { renderPlatform } from '../src/platform';
import {
  analysisJobs,
  envObjects,
  parse,
  podTemplate,
  rendered,
  selects,
  settingsWith,
  workloadsIn,
  type Rendered,
} from './support/rendered';

const { settings, objects, files } = rendered();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const objs = envObjects(name);
  const find = (kind: string, n: string) => objs.find((o) => o.kind === kind && o.metadata.name === n);
  // The analysis Jobs' pods too: the controller starts them in the namespace during a release.
  const workloads = workloadsIn(objs);
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

  test('the API Rollout leaves replicas to the HPA, which targets it with the settings bounds', () => {
    for (const hpa of objs.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
      const target = find(hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name);
      expect(target, hpa.path).toBeDefined();
      expect(target!.spec.replicas, target!.path).toBeUndefined();
    }
    const hpa = find('HorizontalPodAutoscaler', 'agent-api')!;
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([env.app.minReplicas, env.app.maxReplicas]);
  });

  test('every PodDisruptionBudget selects a workload (or the NGINX pods of the Gateway)', () => {
    const gatewayPods = { 'gateway.networking.k8s.io/gateway-name': objs.find((o) => o.kind === 'Gateway')!.metadata.name };
    for (const pdb of objs.filter((o) => o.kind === 'PodDisruptionBudget')) {
      expect(
        pods.some((p) => selects(pdb.spec.selector.matchLabels, p.template.metadata.labels)) ||
          selects(pdb.spec.selector.matchLabels, gatewayPods),
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

  test('every ExternalSecret of the cluster uses a store that admits its namespace and exists by its sync wave; Certificates an existing issuer', () => {
    // The cluster's Applications: this environment's tree and its add-ons (objects they install beside their charts).
    const apps = objects.filter((o) => o.kind === 'Application' && o.spec.destination.server === env.cluster.server);
    const wave = (app: Rendered) => Number(app.metadata.annotations!['argocd.argoproj.io/sync-wave']);
    const installed = apps.flatMap((app) => {
      const values = app.spec.source.helm?.valuesObject ?? {};
      const extra: Any[] = [...(values.extraManifests ?? []), ...(values.extraObjects ?? [])];
      const own = app.spec.source.path === `dist/${name}` ? objs : [];
      return [...extra, ...own].map((o) => ({ app, o }));
    });
    const externalSecrets = installed.filter(({ o }) => o.kind === 'ExternalSecret');
    expect(externalSecrets.length).toBeGreaterThan(3);
    for (const { app, o: es } of externalSecrets) {
      const ref = es.spec.secretStoreRef;
      const store = installed.find(({ o }) => o.kind === ref.kind && o.metadata.name === ref.name);
      expect(store, `${app.metadata.name}: ${es.metadata.name} uses ${ref.kind} ${ref.name}`).toBeDefined();
      const admitted = store!.o.spec.conditions.flatMap((c: Any) => c.namespaces ?? []);
      expect(admitted, `${es.metadata.namespace}/${es.metadata.name}`).toContain(es.metadata.namespace);
      expect(wave(store!.app), `${store!.app.metadata.name} syncs no later than ${app.metadata.name}`).toBeLessThanOrEqual(wave(app));
      for (const d of es.spec.data) expect(d.remoteRef.key.startsWith(`${env.secrets.keyPrefix}/`), d.remoteRef.key).toBe(true);
    }
    for (const cert of objs.filter((o) => o.kind === 'Certificate')) {
      expect(find(cert.spec.issuerRef.kind, cert.spec.issuerRef.name), cert.path).toBeDefined();
    }
  });

  const gateway = objs.find((o) => o.kind === 'Gateway')!;
  const routes = objs.filter((o) => o.kind === 'HTTPRoute');
  /** Routes that send traffic to a backend (not only redirects). */
  const servingRoutes = routes.filter((r) => r.spec.rules.some((rule: Any) => (rule.backendRefs ?? []).length > 0));
  const apiRoute = servingRoutes.find((r) => r.spec.rules.some((rule: Any) => rule.backendRefs.some((b: Any) => b.name === 'agent-api')))!;
  /** The NGINX Gateway Fabric policy of `kind` attached to `target` (directly, by targetRef or targetRefs). */
  const policyFor = (kind: string, target: Rendered) =>
    objs.find(
      (o) =>
        o.kind === kind &&
        [o.spec.targetRef, ...(o.spec.targetRefs ?? [])].some(
          (t: Any) => t && t.group === 'gateway.networking.k8s.io' && t.kind === target.kind && t.name === target.metadata.name,
        ),
    );
  const dataPlane = () => {
    const ref = gateway.spec.infrastructure.parametersRef;
    expect([ref.group, ref.kind]).toEqual(['gateway.nginx.org', 'NginxProxy']);
    return find('NginxProxy', ref.name)!;
  };

  test('HTTPRoutes attach to the environment Gateway for its host and send traffic to Services on ports they expose', () => {
    expect(gateway.spec.gatewayClassName).toBe('nginx');
    for (const l of gateway.spec.listeners) expect(l.hostname, l.name).toBe(env.ingress.host);
    for (const route of routes) {
      expect(route.spec.hostnames, route.path).toEqual([env.ingress.host]);
      for (const parent of route.spec.parentRefs) {
        expect(parent.name, route.path).toBe(gateway.metadata.name);
        expect(gateway.spec.listeners.map((l: Any) => l.name)).toContain(parent.sectionName);
      }
      for (const rule of route.spec.rules) {
        for (const b of rule.backendRefs ?? []) {
          const svc = find('Service', b.name);
          expect(svc, b.name).toBeDefined();
          expect(svc!.spec.ports.map((sp: Any) => sp.port)).toContain(b.port);
        }
      }
    }
  });

  test('the internet reaches the API paths users call and none of the probes, the dependency check or /metrics', () => {
    // Gateway API path matching: PathPrefix matches whole path elements ('/v1' matches '/v1/notes',
    // not '/v1x'); a rule without matches matches every path.
    const matches = (m: Any, path: string) => {
      const type = m.path?.type ?? 'PathPrefix';
      const value = m.path?.value ?? '/';
      if (type === 'Exact') return path === value;
      if (type !== 'PathPrefix') return true; // anything else is treated as matching: the test must prove absence
      const prefix = value.replace(/\/$/, '');
      return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
    };
    const routed = (path: string) =>
      servingRoutes.some((r) =>
        r.spec.rules.some((rule: Any) => (rule.backendRefs ?? []).length > 0 && (rule.matches ?? [{}]).some((m: Any) => matches(m, path))),
      );
    // The paths the reference service answers on (docs/app-contract.md).
    for (const path of ['/v1/notes', '/v1/notes/stream']) expect(routed(path), path).toBe(true);
    for (const path of ['/metrics', '/healthz', '/readyz', '/dependencies', '/']) expect(routed(path), path).toBe(false);
  });

  test('streamed responses pass through unbuffered, idle for as long as a stream may last and no longer', () => {
    const config = find('ConfigMap', 'agent-api-config')!.data;
    const longestStream = Number(config.STREAM_TIMEOUT_SECONDS);
    const proxy = policyFor('ProxySettingsPolicy', apiRoute) ?? policyFor('ProxySettingsPolicy', gateway);
    expect(proxy, 'a ProxySettingsPolicy for the API route').toBeDefined();
    expect(proxy!.spec.buffering.disable).toBe(true);
    const seconds = (d: string) => {
      const [, n, unit] = /^(\d+)(ms|s|m|h)?$/.exec(d)!;
      return Number(n) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[unit ?? 's']!;
    };
    for (const field of ['read', 'send']) {
      const t = seconds(proxy!.spec.timeout[field]);
      // NGINX's default of 60 s would cut a stream that is quiet for a minute.
      expect(t, field).toBeGreaterThan(60);
      expect(t, field).toBeLessThanOrEqual(longestStream);
    }
  });

  test('a stopping API pod drains for as long as the longest stream may last', () => {
    const api = find('Rollout', 'agent-api')!;
    const config = find('ConfigMap', 'agent-api-config')!.data;
    const longestStream = Number(config.STREAM_TIMEOUT_SECONDS);
    const pod = api.spec.template.spec;
    const preStop = pod.containers[0].lifecycle.preStop.exec.command.join(' ');
    const pause = Number(/sleep\((\d+)\)/.exec(preStop)?.[1] ?? NaN);
    expect(Number.isFinite(pause), preStop).toBe(true);
    // NGINX may keep a quiet stream open no longer than the service lets a stream last.
    const proxy = policyFor('ProxySettingsPolicy', apiRoute)!;
    expect(Number(/^(\d+)s$/.exec(proxy.spec.timeout.read)?.[1])).toBeLessThanOrEqual(longestStream);
    expect(Number(config.SHUTDOWN_TIMEOUT_SECONDS)).toBeGreaterThanOrEqual(longestStream);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + longestStream);
  });

  test("a stopping edge (NGINX) pod quits gracefully: open streams finish within its grace period, never cut by SIGTERM's fast shutdown", () => {
    const longestStream = Number(find('ConfigMap', 'agent-api-config')!.data.STREAM_TIMEOUT_SECONDS);
    const proxy = objs.find((o) => o.kind === 'NginxProxy')!;
    const deployment = proxy.spec.kubernetes.deployment;
    const preStop: string = deployment.container.lifecycle.preStop.exec.command.join(' ');
    // NGINX's graceful shutdown is SIGQUIT to the master (or `nginx -s quit`); the hook waits for it to finish.
    expect(preStop).toMatch(/kill -QUIT|nginx -s quit/);
    expect(preStop).toMatch(/while pgrep -x nginx/);
    const pause = Number(/sleep (\d+)/.exec(preStop)?.[1] ?? NaN);
    expect(Number.isFinite(pause), preStop).toBe(true);
    expect(deployment.pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + longestStream);
  });

  test('per-client request rate and connection limits answer 429, keyed on the client address', () => {
    const rate = policyFor('RateLimitPolicy', apiRoute) ?? policyFor('RateLimitPolicy', gateway);
    expect(rate, 'a RateLimitPolicy for the API route').toBeDefined();
    expect(rate!.spec.rateLimit.rejectCode).toBe(429);
    expect(rate!.spec.rateLimit.dryRun ?? false).toBe(false);
    const [rule, ...others] = rate!.spec.rateLimit.local.rules;
    expect(others).toEqual([]);
    expect(rule.key).toBe('$binary_remote_addr');
    expect(rule.rate).toBe(`${env.ingress.rateLimitRps}r/s`);
    expect(rule.burst).toBe(env.ingress.rateLimitRps * env.ingress.rateLimitBurstMultiplier);

    const snippets = policyFor('SnippetsPolicy', gateway);
    expect(snippets, 'a SnippetsPolicy for the Gateway').toBeDefined();
    const at = (context: string) => snippets!.spec.snippets.find((sn: Any) => sn.context === context)?.value ?? '';
    const zone = /limit_conn_zone \$binary_remote_addr zone=([a-z_]+):/.exec(at('http'))?.[1];
    expect(zone, at('http')).toBeDefined();
    expect(at('http.server')).toContain(`limit_conn ${zone} ${env.ingress.connectionsPerClient};`);
    expect(at('http.server')).toMatch(/limit_conn_status 429;/);
  });

  test('request bodies are limited to the configured size at the Gateway', () => {
    const client = policyFor('ClientSettingsPolicy', gateway);
    expect(client!.spec.body.maxSize).toBe(`${env.ingress.bodySizeMib}m`);
  });

  test('the client address survives the load balancer: PROXY protocol from the NLB, trusted from its subnets only', () => {
    expect(env.ingress.loadBalancer).toBe('aws-nlb-proxy-protocol');
    const proxy = dataPlane().spec;
    expect(proxy.rewriteClientIP).toEqual({
      mode: 'ProxyProtocol',
      trustedAddresses: env.ingress.loadBalancerCidrs.map((value) => ({ type: 'CIDR', value })),
    });
    const service = proxy.kubernetes.service;
    expect(service.type).toBe('LoadBalancer');
    expect(service.loadBalancerClass).toBe('service.k8s.aws/nlb');
    const annotations = Object.assign({}, ...service.patches.map((p: Any) => p.value.metadata?.annotations ?? {}));
    expect(annotations).toMatchObject({
      'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol': '*',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
    });
  });

  test('the edge data plane spreads its pods over zones; the production tier keeps two or more behind a PodDisruptionBudget', () => {
    const deployment = dataPlane().spec.kubernetes.deployment;
    const gatewayPods = { 'gateway.networking.k8s.io/gateway-name': gateway.metadata.name };
    const zones = deployment.pod.topologySpreadConstraints.find((c: Any) => c.topologyKey === 'topology.kubernetes.io/zone');
    expect(zones.labelSelector.matchLabels).toEqual(gatewayPods);
    const pdbs = objs.filter((o) => o.kind === 'PodDisruptionBudget' && selects(o.spec.selector.matchLabels, gatewayPods));
    if (env.tier === 'production') {
      expect(deployment.replicas).toBeGreaterThanOrEqual(2);
      expect(zones.whenUnsatisfiable).toBe('DoNotSchedule');
      expect(pdbs).toHaveLength(1);
      expect(pdbs[0]!.spec.maxUnavailable).toBe(1);
    }
  });

  test("the rate-limited alert counts the 429s NGINX logs: Loki records them from the Gateway's NGINX pods", () => {
    const format = dataPlane().spec.logging.accessLog.format as string;
    expect(JSON.parse(format.replace(/\$[a-z_0-9]+/g, '0')), format).toHaveProperty('status');
    // The edge's own rule file (the monitoring chart has another, test/log-rules.test.ts).
    const rulesMap = objs.find((o) => o.kind === 'ConfigMap' && o.metadata.labels?.loki_rule !== undefined && o.path.includes('/edge/'))!;
    const loki = objects.find((o) => o.kind === 'Application' && o.metadata.name === `loki-${name}`)!.spec.source.helm.valuesObject;
    expect(loki.sidecar.rules).toMatchObject({
      enabled: true,
      label: 'loki_rule',
      labelValue: rulesMap.metadata.labels!.loki_rule,
      searchNamespace: 'ALL',
    });
    const rules = Object.values(rulesMap.data as Record<string, string>).flatMap((text) =>
      (load(text) as Any).groups.flatMap((g: Any) => g.rules),
    );
    const recorded = rules.find((r: Any) => r.record)!;
    // NGINX Gateway Fabric names the data plane <gateway>-<gatewayclass>; Fluent Bit labels by namespace, pod and container.
    expect(recorded.expr).toContain(`namespace_name="${env.namespace}"`);
    expect(recorded.expr).toContain(`pod_name=~"${gateway.metadata.name}-${gateway.spec.gatewayClassName}-.+"`);
    expect(recorded.expr).toMatch(/sum by \(status\)/);
    const alerts = objs.filter((o) => o.kind === 'PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g: Any) => g.rules));
    const limited = alerts.find((a: Any) => a.alert === 'IngressRateLimitedSpike')!;
    expect(limited.expr).toContain(`${recorded.record}{`);
    expect(limited.expr).toContain('status=~"429"');
  });

  test('each NetworkPolicy selects pods that exist (or that cert-manager and NGINX Gateway Fabric start)', () => {
    // cert-manager creates the HTTP-01 solver pods itself during certificate issuance; NGINX
    // Gateway Fabric starts the Gateway's NGINX pods with the Gateway API's gateway-name label.
    const external: Record<string, string>[] = [
      { 'acme.cert-manager.io/http01-solver': 'true' },
      { 'gateway.networking.k8s.io/gateway-name': gateway.metadata.name },
    ];
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
    const edge = 'gateway.networking.k8s.io/gateway-name=agent-edge';
    const flows = [
      'default deny: Ingress,Egress',
      'all-pods -> ns:kube-system{k8s-app=kube-dns} on 53/UDP',
      'all-pods -> ns:kube-system{k8s-app=kube-dns} on 53/TCP',
      'api -> 0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,100.64.0.0/10 on 443/TCP',
      // The edge: only the load balancer reaches the listeners; NGINX reaches the API, the ACME
      // solver and its control plane.
      ...env.ingress.loadBalancerCidrs.flatMap((cidr) => [`${cidr} -> ${edge} on 80/TCP`, `${cidr} -> ${edge} on 443/TCP`]),
      ...inside(`${edge} -> api on 8000/TCP`),
      ...inside(`${edge} -> acme.cert-manager.io/http01-solver=true on 8089/TCP`),
      `${edge} -> ns:nginx-gateway{app.kubernetes.io/instance=nginx-gateway-fabric,app.kubernetes.io/name=nginx-gateway-fabric} on 8443/TCP`,
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
      // The release traffic: smoke requests to both versions of the API during the pre-promotion analysis.
      ...inside('release-traffic -> api on 8000/TCP'),
    ];
    const objectStorage = '0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,100.64.0.0/10 on 443/TCP';
    flows.push(`${database} -> ${objectStorage}`, `backup -> ${objectStorage}`, ...inside(`backup -> ${database} on 8432/TCP`));
    if (env.backup.drill.enabled) flows.push(`restore-drill -> ${objectStorage}`, ...inside(`restore-drill -> ${database} on 5432/TCP`));
    // The weekly maintenance (ANALYZE, REINDEX, reports) on the leader.
    flows.push(...inside(`maintenance -> ${database} on 5432/TCP`));
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

  test('the quota admits every workload at its peak: HPA maximum plus surge (both versions in full during a blue-green release), all stateful pods, one Job, the release traffic, the edge', () => {
    const quota = objs.find((o) => o.kind === 'ResourceQuota')!.spec.hard;
    const sum = (template: Any, pick: (c: Any) => string) =>
      template.spec.containers.reduce((total: number, c: Any) => total + parseQuantity(pick(c)), 0);
    const peaks: { pods: number; template: Any }[] = [];
    const scaled = objs.filter((o) => o.kind === 'Deployment' || o.kind === 'Rollout');
    expect(scaled.length).toBeGreaterThan(0);
    for (const d of scaled) {
      const hpa = objs.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.name === d.metadata.name);
      const max = hpa?.spec.maxReplicas ?? d.spec.replicas ?? 1;
      // Blue-green: the new version scales to the full count before promotion and the old one stays for the scale-down delay.
      const peak = d.spec.strategy.blueGreen ? 2 * max : max + d.spec.strategy.rollingUpdate.maxSurge;
      peaks.push({ pods: peak, template: d.spec.template });
    }
    for (const s of objs.filter((o) => o.kind === 'StatefulSet')) peaks.push({ pods: s.spec.replicas, template: s.spec.template });
    // Sync-hook Jobs run one after another; the largest one counts.
    const jobs = objs.filter((o) => o.kind === 'Job').map((j) => j.spec.template);
    const largest = jobs.sort((a, b) => sum(b, (c) => c.resources.requests.memory) - sum(a, (c) => c.resources.requests.memory))[0];
    if (largest) peaks.push({ pods: 1, template: largest });
    // The release analysis's Jobs run while both versions do.
    const analysis = analysisJobs(objs);
    expect(analysis.length).toBeGreaterThan(0);
    for (const j of analysis) peaks.push({ pods: 1, template: j.spec.template });
    // NGINX Gateway Fabric runs the Gateway's NGINX pods in the namespace: its replicas plus a rollout's surge.
    for (const proxy of objs.filter((o) => o.kind === 'NginxProxy')) {
      const d = proxy.spec.kubernetes.deployment;
      peaks.push({ pods: d.replicas + 1, template: { spec: { containers: [{ resources: d.container.resources }] } } });
    }

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
    // Every add-on in every cluster, except Chaos Mesh: only where game days run (docs/game-days.md).
    const gameDays = settings.environments.filter((e) => e.chaos.enabled).map((e) => `chaos-mesh-${e.name}`);
    expect(addons.filter((a) => a.spec.source.chart === 'chaos-mesh').map((a) => a.metadata.name)).toEqual(gameDays);
    expect(addons.length).toBe((ADDONS.length - 1) * settings.environments.length + gameDays.length);
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

describe('the edge under other settings', () => {
  const renderDev = (dev: object) =>
    parse(renderPlatform(settingsWith({ ...ENVIRONMENTS, dev: { ...ENVIRONMENTS.dev!, ...dev } }))).filter((o) =>
      o.path.startsWith('dist/dev/'),
    );

  test('behind a load balancer that keeps the source address, NGINX reads it directly and the internet reaches the listeners', () => {
    const objs = renderDev({ ingress: { ...ENVIRONMENTS.dev!.ingress, loadBalancer: 'local-traffic-policy', loadBalancerCidrs: [] } });
    const proxy = objs.find((o) => o.kind === 'NginxProxy')!.spec;
    expect(proxy.rewriteClientIP).toBeUndefined();
    expect(proxy.kubernetes.service).toEqual({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' });
    const edge = 'gateway.networking.k8s.io/gateway-name=agent-edge';
    const internet = '0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,100.64.0.0/10';
    expect(allowedFlows(objs)).toEqual(expect.arrayContaining([`${internet} -> ${edge} on 80/TCP`, `${internet} -> ${edge} on 443/TCP`]));
  });

  test("with DNS-01 in Route 53, the issuer writes TXT records with cert-manager's role and no solver pod is reachable", () => {
    const tls = {
      solver: 'dns01-route53' as const,
      route53HostedZoneId: 'Z0123456789ABCDEFGHIJ',
      route53RoleArn: 'arn:aws:iam::123456789012:role/cert-manager-dev',
    };
    const files = renderPlatform(settingsWith({ ...ENVIRONMENTS, dev: { ...ENVIRONMENTS.dev!, tls } }));
    const objs = parse(files);
    const issuer = objs.find((o) => o.kind === 'ClusterIssuer' && o.path.startsWith('dist/dev/'))!;
    expect(issuer.spec.acme.solvers).toEqual([{ dns01: { route53: { region: 'eu-west-1', hostedZoneID: 'Z0123456789ABCDEFGHIJ' } } }]);
    const certManager = objs.find((o) => o.kind === 'Application' && o.metadata.name === 'cert-manager-dev')!;
    expect(certManager.spec.source.helm.valuesObject.serviceAccount.annotations['eks.amazonaws.com/role-arn']).toBe(tls.route53RoleArn);
    expect(allowedFlows(objs.filter((o) => o.path.startsWith('dist/dev/'))).filter((l) => l.includes('http01-solver'))).toEqual([]);
  });

  test('in the mesh, the route names the API Service so the sidecar applies mTLS, and the load balancer bypasses the sidecar', () => {
    const objs = renderDev({ features: { istioMtls: true } });
    const route = objs.find((o) => o.kind === 'HTTPRoute' && o.metadata.name === 'agent-api')!;
    const rewrite = route.spec.rules[0].filters.find((f: Any) => f.type === 'URLRewrite');
    expect(rewrite.urlRewrite.hostname).toBe('agent-api.agent-platform.svc.cluster.local');
    const patch = objs.find((o) => o.kind === 'NginxProxy')!.spec.kubernetes.deployment.patches[0].value;
    expect(patch.spec.template.metadata.annotations).toMatchObject({
      'sidecar.istio.io/inject': 'true',
      'traffic.sidecar.istio.io/includeInboundPorts': '',
    });
  });
});
