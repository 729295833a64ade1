import { describe, expect, test } from 'vitest';
import { parseQuantity } from '../src/config/quantity';
import { analysisJobs, podTemplate, rendered, workloadsIn, type Rendered } from './support/rendered';

const { objects, settings } = rendered();
const workloads = workloadsIn(objects);
const distObjects = objects.filter((o) => o.path.startsWith('dist/'));
const tierOf = (o: Rendered) => settings.environments.find((e) => o.path.startsWith(`dist/${e.name}/`))!.tier;
const LONG_RUNNING = ['Deployment', 'Rollout', 'StatefulSet', 'DaemonSet'];

/**
 * The reference grammar the kubelet parses images with (distribution/reference, reference.go):
 * name [":" tag] ["@" digest], digest := algorithm ":" hex of 32 or more.
 */
function isImageReference(ref: string): boolean {
  const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
  const host = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?';
  const tag = '(?::[\\w][\\w.-]{0,127})?';
  const digest = '(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?';
  return new RegExp(`^${host}${component}(?:/${component})*${tag}${digest}$`).test(ref);
}

test('the reference grammar accepts pinned references and refuses one without a digest after @', () => {
  expect(isImageReference(`ghcr.io/acme/agent-service:1.4.2@sha256:${'a'.repeat(64)}`)).toBe(true);
  expect(isImageReference('docker.io/library/redis:7.2.16-bookworm')).toBe(true);
  expect(isImageReference('ghcr.io/acme/agent-service:1.4.2@unpublished')).toBe(false);
});

test("there are workloads to check, the release analyses' Jobs among them", () => {
  expect(workloads.length).toBeGreaterThanOrEqual(settings.environments.length);
  // Each environment's pre-promotion analysis starts the release traffic's Job.
  const envs = analysisJobs(objects).map((j) => j.path.split('/')[1]);
  expect(new Set(envs)).toEqual(new Set(settings.environments.map((e) => e.name)));
});

describe.each(workloads.map((w) => [w.path, w] as const))('workload %s', (_path, workload) => {
  const pod = podTemplate(workload).spec;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const containers: any[] = [...(pod.initContainers ?? []), ...pod.containers];

  test('pod runs as non-root with seccomp RuntimeDefault, and no API token unless it is a Patroni member', () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(pod.securityContext.seccompProfile.type).toBe('RuntimeDefault');
    // Patroni keeps the cluster state in the Kubernetes API (Endpoints and pod labels); nothing else calls it.
    const patroniMember = workload.kind === 'StatefulSet' && pod.containers[0].command?.[0] === 'patroni';
    expect(pod.automountServiceAccountToken).toBe(patroniMember);
    expect(pod.hostNetwork ?? false).toBe(false);
  });

  test('containers drop all capabilities, cannot escalate and have a read-only root', () => {
    for (const c of containers) {
      expect(c.securityContext.allowPrivilegeEscalation, c.name).toBe(false);
      expect(c.securityContext.readOnlyRootFilesystem, c.name).toBe(true);
      expect(c.securityContext.capabilities.drop, c.name).toContain('ALL');
      expect(c.securityContext.capabilities.add ?? [], c.name).toEqual([]);
      expect(c.securityContext.privileged ?? false, c.name).toBe(false);
    }
  });

  test('every writable mount is an explicit emptyDir or volume claim', () => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const volumes = new Map<string, any>([
      ...(pod.volumes ?? []).map((v: any) => [v.name, v]),
      // A StatefulSet's claim templates become per-pod volume claims.
      ...(workload.spec.volumeClaimTemplates ?? []).map((t: any) => [
        t.metadata.name,
        { persistentVolumeClaim: { claimName: t.metadata.name } },
      ]),
    ]);
    /* eslint-enable @typescript-eslint/no-explicit-any */
    for (const c of containers) {
      for (const m of c.volumeMounts ?? []) {
        const v = volumes.get(m.name);
        expect(v, `${c.name} mounts unknown volume ${m.name}`).toBeDefined();
        if (!m.readOnly) expect(v.emptyDir ?? v.persistentVolumeClaim ?? v.ephemeral, `${c.name}:${m.mountPath}`).toBeDefined();
      }
    }
  });

  test('containers request CPU and memory and limit memory', () => {
    for (const c of containers) {
      expect(parseQuantity(c.resources.requests.cpu), c.name).toBeGreaterThan(0);
      expect(parseQuantity(c.resources.requests.memory), c.name).toBeGreaterThan(0);
      expect(parseQuantity(c.resources.limits.memory), c.name).toBeGreaterThanOrEqual(parseQuantity(c.resources.requests.memory));
    }
  });

  // Jobs run to completion: no probes to check (reported as skipped, not as passed).
  test.runIf(LONG_RUNNING.includes(workload.kind))(
    'long-running containers have liveness probes; only the main container gates readiness',
    () => {
      const [main, ...sidecars] = pod.containers;
      expect(main.readinessProbe, main.name).toBeDefined();
      for (const c of pod.containers) expect(c.livenessProbe, c.name).toBeDefined();
      // A crashed exporter or helper must not take the server out of its Services: liveness restarts it.
      for (const c of sidecars) expect(c.readinessProbe, c.name).toBeUndefined();
    },
  );

  test('images are pinned: a tag that is not latest, and in production tiers a digest or no pullable reference at all', () => {
    for (const c of containers) {
      const [named] = c.image.split('@');
      expect(named, c.name).toMatch(/^[^@]+:[A-Za-z0-9_][A-Za-z0-9_.-]*$/);
      expect(c.image).not.toMatch(/:latest(@|$)/);
      if (tierOf(workload) !== 'production') continue;
      // An image of ours not yet published (docs/delivery.md) is refused by the kubelet, never pulled by tag.
      if (/^ghcr\.io\/acme\/agent-(service|postgres):/.test(c.image) && !/@sha256:/.test(c.image)) {
        expect(isImageReference(c.image), c.image).toBe(false);
      } else expect(c.image, c.name).toMatch(/@sha256:[a-f0-9]{64}$/);
    }
  });

  test('no credential is set as a literal environment value', () => {
    for (const c of containers) {
      for (const e of c.env ?? []) {
        if (/PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY|CREDENTIAL/i.test(e.name)) {
          expect(e.value, `${c.name} ${e.name} must come from a Secret`).toBeUndefined();
        }
      }
    }
  });
});

test('no Secret with data is rendered: secrets arrive through ExternalSecrets', () => {
  for (const o of objects) {
    if (o.kind === 'Secret')
      expect({ path: o.path, data: o.data, stringData: o.stringData }).toEqual({ path: o.path, data: undefined, stringData: undefined });
  }
  expect(objects.some((o) => o.kind === 'ExternalSecret')).toBe(true);
});

test('no rendered text looks like a credential', () => {
  const patterns = [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    /\b(password|passwd|secret|token)[ \t]*[:=][ \t]*\S{6,}/i,
    /\bAKIA[0-9A-Z]{16}\b/,
    /\bsk-[A-Za-z0-9]{20,}/,
  ];
  // Scripts name variables that hold passwords (`${REDIS_PASSWORD:?...}`, psql `:'app_password'`,
  // ESO `{{ .DATABASE_PASSWORD }}`); those references are not values.
  const reference = /^(\?|\$|\{\{|'[a-z_]+';?$)/;
  for (const [path, content] of rendered().files) {
    for (const p of patterns) {
      const hits = [...content.matchAll(new RegExp(p.source, `${p.flags}g`))].filter(
        (m) => !reference.test(m[0].replace(/^[^:=]*[:=]\s*/, '')),
      );
      expect(
        hits.map((m) => m[0]),
        `${path} matches ${p}`,
      ).toEqual([]);
    }
  }
});

describe('the edge serves HTTPS only, from a cert-manager certificate', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Any = any;
  const gateways = objects.filter((o) => o.kind === 'Gateway');
  const envOf = (o: Rendered) => o.path.split('/')[1];
  const routesOf = (gw: Rendered) =>
    objects.filter(
      (o) =>
        o.kind === 'HTTPRoute' &&
        envOf(o) === envOf(gw) &&
        o.spec.parentRefs.some((p: Any) => p.kind === 'Gateway' && p.name === gw.metadata.name),
    );
  const listenerOf = (gw: Rendered, parentRef: Any) =>
    gw.spec.listeners.filter((l: Any) => !parentRef.sectionName || l.name === parentRef.sectionName);

  test('every environment has a Gateway', () => {
    expect(gateways.map(envOf).sort()).toEqual(settings.environments.map((e) => e.name).sort());
  });

  test.each(gateways.map((g) => [g.path, g] as const))('%s: HTTPS listeners terminate TLS with the certificate of their host', (_p, gw) => {
    const https = gw.spec.listeners.filter((l: Any) => l.protocol === 'HTTPS');
    expect(https.length).toBeGreaterThan(0);
    for (const l of https) {
      expect(l.tls.mode).toBe('Terminate');
      for (const ref of l.tls.certificateRefs) {
        expect([ref.group ?? '', ref.kind ?? 'Secret']).toEqual(['', 'Secret']);
        const cert = objects.find(
          (o) =>
            o.kind === 'Certificate' &&
            o.metadata.namespace === gw.metadata.namespace &&
            o.spec.secretName === ref.name &&
            envOf(o) === envOf(gw),
        );
        expect(cert, ref.name).toBeDefined();
        expect(cert!.spec.dnsNames).toContain(l.hostname);
      }
    }
    // Only HTTP and HTTPS: no TLS passthrough or plain TCP entry.
    for (const l of gw.spec.listeners) expect(['HTTP', 'HTTPS']).toContain(l.protocol);
  });

  test.each(gateways.map((g) => [g.path, g] as const))('%s: plain HTTP only redirects to HTTPS', (_p, gw) => {
    const onHttp = routesOf(gw).filter((r) =>
      r.spec.parentRefs.some((p: Any) => listenerOf(gw, p).some((l: Any) => l.protocol === 'HTTP')),
    );
    expect(onHttp.length).toBeGreaterThan(0);
    for (const route of onHttp) {
      for (const rule of route.spec.rules) {
        expect(rule.backendRefs ?? [], route.path).toEqual([]);
        expect(
          rule.filters.map((f: Any) => f.type),
          route.path,
        ).toEqual(['RequestRedirect']);
        expect(rule.filters[0].requestRedirect.scheme).toBe('https');
        expect([301, 308]).toContain(rule.filters[0].requestRedirect.statusCode);
      }
    }
  });

  test.each(gateways.map((g) => [g.path, g] as const))(
    '%s: every response of a route with backends carries HSTS for a year or more',
    (_p, gw) => {
      const served = routesOf(gw).filter((r) => r.spec.rules.some((rule: Any) => (rule.backendRefs ?? []).length > 0));
      expect(served.length).toBeGreaterThan(0);
      for (const route of served) {
        for (const p of route.spec.parentRefs) for (const l of listenerOf(gw, p)) expect(l.protocol, route.path).toBe('HTTPS');
        for (const rule of route.spec.rules) {
          const hsts = rule.filters
            ?.filter((f: Any) => f.type === 'ResponseHeaderModifier')
            .flatMap((f: Any) => f.responseHeaderModifier.set ?? [])
            .find((h: Any) => h.name.toLowerCase() === 'strict-transport-security');
          expect(hsts, route.path).toBeDefined();
          const maxAge = Number(/max-age=(\d+)/.exec(hsts.value)?.[1]);
          expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 3600);
          expect(hsts.value).toContain('includeSubDomains');
        }
      }
    },
  );

  test('nothing of the retired ingress-nginx controller is rendered', () => {
    expect(objects.filter((o) => o.kind === 'Ingress').map((o) => o.path)).toEqual([]);
    expect(objects.filter((o) => o.kind === 'Application' && o.spec.source?.chart === 'ingress-nginx').map((o) => o.path)).toEqual([]);
    for (const o of objects) expect(JSON.stringify(o), o.path).not.toMatch(/nginx\.ingress\.kubernetes\.io|ingress-nginx/);
  });
});

describe('identity', () => {
  const required = ['name', 'instance', 'component', 'part-of', 'managed-by'].map((k) => `app.kubernetes.io/${k}`);

  test('every object carries the recommended labels and an explicit, hash-free name', () => {
    for (const o of objects) {
      for (const key of required) expect(o.metadata.labels?.[key], `${o.path} ${key}`).toBeTruthy();
      expect(o.metadata.name, o.path).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      expect(o.metadata.name, o.path).not.toMatch(/-c8[0-9a-f]{6}$/);
      expect(JSON.stringify(o), o.path).not.toContain('cdk8s.io/metadata.addr');
    }
  });

  test('selectors never use the version label', () => {
    for (const o of objects) {
      const text = JSON.stringify([o.spec?.selector, o.spec?.podSelector, o.spec?.topologySpreadConstraints]);
      expect(text, o.path).not.toContain('app.kubernetes.io/version');
    }
  });

  test('every environment object has an Argo CD sync wave in the documented order', () => {
    const wave = (o: Rendered) => Number(o.metadata.annotations?.['argocd.argoproj.io/sync-wave']);
    for (const o of distObjects) expect(Number.isInteger(wave(o)), o.path).toBe(true);
    for (const env of settings.environments) {
      const waveOf = (kind: string) => wave(distObjects.find((o) => o.kind === kind && o.path.startsWith(`dist/${env.name}/`))!);
      const order = ['Namespace', 'ExternalSecret', 'Service', 'HTTPRoute', 'Rollout'].map(waveOf);
      expect(order, env.name).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size, env.name).toBe(order.length);
    }
  });

  test('the namespace enforces Pod Security "restricted"', () => {
    for (const ns of objects.filter((o) => o.kind === 'Namespace')) {
      expect(ns.metadata.labels?.['pod-security.kubernetes.io/enforce'], ns.path).toBe('restricted');
    }
  });
});
