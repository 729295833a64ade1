/**
 * Every rendered pod is reachable where it must be and nowhere else.
 *
 * For each pod template, the connections it makes are derived from what it runs, never from the flow
 * declarations in src/: the host names and URLs in its environment (literal values, the ConfigMaps and
 * the ExternalSecret templates it loads), in the ConfigMaps it mounts, its pgBackRest configuration,
 * what Patroni does, the Sentinel protocol and DNS; and the connections made to it: Prometheus scraping
 * what the ServiceMonitors and PodMonitors name, the Gateway's NGINX data plane (clients, HTTPRoute backends, its control plane,
 * the ACME solver). Every host must
 * resolve to a Service and the pods behind it, down to a container port, or the test errors: an
 * unresolvable target is a finding. The rendered NetworkPolicies are then evaluated for each connection
 * (test/support/network-policy.ts): each must be admitted, and each allowance must be used by one.
 */
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { type Atom, describeAtom, type Endpoint, type PodEndpoint, PolicySet, selectorMatches } from './support/network-policy';
import { envObjects, podTemplate, rendered, workloadsIn, type Rendered } from './support/rendered';

// Rendered YAML is read structurally.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
type Env = ReturnType<typeof rendered>['settings']['environments'][number];

/** A connection a pod needs, with the evidence it was derived from. */
interface Need {
  readonly from: Party;
  readonly to: Party;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly why: Set<string>;
}

interface Party {
  readonly name: string;
  readonly endpoint: Endpoint;
  readonly workload?: Rendered;
}

/** A pod template a host or port resolved to, and the container port the connection arrives on. */
interface Target {
  readonly workload: Rendered;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
}

/** A container running Patroni: its configuration and the pod templates of its cluster's members. */
interface PatroniRun {
  readonly workload: Rendered;
  readonly container: Any;
  readonly config: Any;
  readonly members: Rendered[];
  readonly roleLabel: string;
}

/** A host named in a value: `scheme://host:port`, `host.svc.cluster.local:port` or `a.b.c.d:port`. */
interface HostRef {
  readonly host: string;
  readonly port?: number;
  readonly scheme?: string;
}

// The ports a URL scheme implies when it names none.
const SCHEME_PORTS: Record<string, number> = { http: 80, https: 443, postgresql: 5432, postgres: 5432, redis: 6379, rediss: 6379 };

/**
 * Commands known to read only some of the variables they are given. The migrations Job loads the API's
 * ConfigMap (Redis hosts included) but `alembic upgrade head` reads DATABASE_URL only
 * (docs/app-contract.md, examples/agent-service/migrations/env.py).
 */
const READS_ONLY: Record<string, readonly string[]> = { 'alembic upgrade head': ['DATABASE_URL'] };

/** Values Patroni 3.0 sets on its members' role label (`kubernetes.role_label`) at run time. */
const PATRONI_ROLES = ['master', 'primary', 'replica'];

const CLUSTER_DOMAIN = 'svc.cluster.local';
// Inside the pod: loopback, and the unspecified address of listen settings (`listen: 0.0.0.0:8008`).
const LOCAL = /^(localhost|127(\.\d+){3}|::1|\[::1\]|0\.0\.0\.0)$/;

/** Host names and addresses in a text; ExternalSecret template expressions (`{{ ... }}`) are blanked. */
function hostsIn(text: string): HostRef[] {
  let rest = text.replace(/\{\{.*?\}\}/g, 'x');
  const found: HostRef[] = [];
  const port = (p: string | undefined) => (p === undefined ? undefined : Number(p));
  const url = /\b([a-z][a-z0-9+.-]*):\/\/(?:[^\s@/'"]*@)?(\$\([A-Za-z_]\w*\)[A-Za-z0-9.-]*|[A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::(\d+))?/g;
  for (const m of rest.matchAll(url)) found.push({ scheme: m[1]!.toLowerCase(), host: m[2]!, port: port(m[3]) });
  rest = rest.replace(url, ' ');
  const fqdn = /(?<![\w.$)-])((?:\$\([A-Za-z_]\w*\)|[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)(?:\.[a-z0-9-]+)*\.svc\.cluster\.local)(?::(\d+))?/g;
  for (const m of rest.matchAll(fqdn)) found.push({ host: m[1]!, port: port(m[2]) });
  rest = rest.replace(fqdn, ' ');
  for (const m of rest.matchAll(/(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3}):(\d+)\b/g)) found.push({ host: m[1]!, port: port(m[2]) });
  return found;
}

/** Everything one environment's pods need, derived from the rendered objects. */
function derive(env: Env, objs: readonly Rendered[]) {
  const find = (kind: string, name: string) => objs.find((o) => o.kind === kind && o.metadata.name === name);
  // The analysis Jobs' pods too: the controller starts them in the namespace during a release.
  const workloads = workloadsIn(objs);
  const services = objs.filter((o) => o.kind === 'Service');
  const namespaceObject = find('Namespace', env.namespace);
  const namespaceLabels: Record<string, string> = {
    ...(namespaceObject?.metadata.labels ?? {}),
    'kubernetes.io/metadata.name': env.namespace,
  };
  const label = (w: Rendered) => `${w.kind}/${w.metadata.name}`;
  const containerPorts = (w: Rendered) =>
    podTemplate(w)
      .spec.containers.flatMap((c: Any) => c.ports ?? [])
      .map((p: Any) => ({ name: p.name, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' }));
  const podOf = (w: Rendered): Party => ({
    name: label(w),
    workload: w,
    endpoint: { kind: 'pod', namespace: env.namespace, namespaceLabels, labels: podTemplate(w).metadata.labels, ports: containerPorts(w) },
  });
  const outside = (name: string, namespace: string, labels: Record<string, string>, ports: PodEndpoint['ports'] = []): Party => ({
    name,
    endpoint: { kind: 'pod', namespace, namespaceLabels: { 'kubernetes.io/metadata.name': namespace }, labels, ports },
  });
  const publicAddresses: Party = { name: 'public addresses', endpoint: { kind: 'public' } };

  /** The file a container sees at `path`, when a ConfigMap volume provides it. */
  const mountedFile = (w: Rendered, c: Any, path: string): string | undefined => {
    for (const m of c.volumeMounts ?? []) {
      if (!path.startsWith(`${m.mountPath}/`) && !(m.subPath && path === m.mountPath)) continue;
      const volume = (podTemplate(w).spec.volumes ?? []).find((v: Any) => v.name === m.name);
      if (!volume?.configMap) continue;
      const relative = m.subPath ?? path.slice(m.mountPath.length + 1);
      const key = volume.configMap.items?.find((i: Any) => i.path === relative)?.key ?? relative;
      const data = find('ConfigMap', volume.configMap.name)?.data?.[key];
      if (data !== undefined) return data;
    }
    return undefined;
  };

  /** Every file of the ConfigMaps a container mounts, by path. */
  const mountedFiles = (w: Rendered, c: Any): [string, string][] => {
    const files: [string, string][] = [];
    for (const m of c.volumeMounts ?? []) {
      const volume = (podTemplate(w).spec.volumes ?? []).find((v: Any) => v.name === m.name);
      if (!volume?.configMap) continue;
      const cm = find('ConfigMap', volume.configMap.name);
      if (!cm) throw new Error(`${label(w)}: mounts ConfigMap ${volume.configMap.name}, which is not rendered`);
      const keys: [string, string][] = volume.configMap.items
        ? volume.configMap.items.map((i: Any) => [i.key, i.path])
        : Object.keys(cm.data ?? {}).map((k) => [k, k]);
      for (const [key, path] of keys) {
        if (m.subPath && m.subPath !== path) continue;
        files.push([m.subPath ? m.mountPath : `${m.mountPath}/${path}`, cm.data[key]]);
      }
    }
    return files;
  };

  /** A Secret's keys and, where an ExternalSecret template builds them, their values. */
  const secretKeys = (w: Rendered, name: string): Map<string, string | undefined> => {
    const es = objs.find((o) => o.kind === 'ExternalSecret' && o.spec.target.name === name);
    if (!es) throw new Error(`${label(w)}: loads Secret ${name}, which no ExternalSecret provides`);
    const keys = new Map<string, string | undefined>(es.spec.data.map((d: Any) => [d.secretKey, undefined]));
    for (const [k, v] of Object.entries(es.spec.target.template?.data ?? {})) keys.set(k, v as string);
    return keys;
  };

  /** A container's environment as the kubelet builds it: envFrom first, then env. */
  const environment = (w: Rendered, c: Any) => {
    const vars = new Map<string, { value?: string; fieldRef?: string; source: string }>();
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) {
        const cm = find('ConfigMap', from.configMapRef.name);
        if (!cm) throw new Error(`${label(w)}: loads ConfigMap ${from.configMapRef.name}, which is not rendered`);
        for (const [k, v] of Object.entries(cm.data ?? {})) vars.set(k, { value: String(v), source: `ConfigMap ${cm.metadata.name}` });
      }
      if (from.secretRef) {
        for (const [k, v] of secretKeys(w, from.secretRef.name)) vars.set(k, { value: v, source: `Secret ${from.secretRef.name}` });
      }
    }
    for (const e of c.env ?? []) {
      const ref = e.valueFrom;
      if (ref?.secretKeyRef) vars.set(e.name, { value: secretKeys(w, ref.secretKeyRef.name).get(ref.secretKeyRef.key), source: 'env' });
      else if (ref?.configMapKeyRef)
        vars.set(e.name, { value: find('ConfigMap', ref.configMapKeyRef.name)?.data?.[ref.configMapKeyRef.key], source: 'env' });
      else if (ref?.fieldRef) vars.set(e.name, { fieldRef: ref.fieldRef.fieldPath, source: 'env' });
      else vars.set(e.name, { value: e.value, source: 'env' });
    }
    return vars;
  };

  // Patroni: containers running `patroni <config>`, their configuration and the members of their cluster.
  const patroni: PatroniRun[] = workloads.flatMap((w) =>
    podTemplate(w)
      .spec.containers.filter((c: Any) => c.command?.[0] === 'patroni')
      .map((c: Any): PatroniRun => {
        const file = mountedFile(w, c, c.command[1]);
        if (file === undefined) throw new Error(`${label(w)}: runs Patroni with ${c.command[1]}, which no ConfigMap mounts`);
        const config: Any = load(file);
        const k8s = config.kubernetes;
        // Patroni finds its members by these labels plus the scope label (DCS on the Kubernetes API).
        const memberLabels = k8s ? { ...(k8s.labels ?? {}), [k8s.scope_label ?? 'cluster-name']: config.scope } : undefined;
        const members = memberLabels
          ? workloads.filter((m) => selectorMatches({ matchLabels: memberLabels }, podTemplate(m).metadata.labels))
          : [];
        return { workload: w, container: c, config, members, roleLabel: k8s?.role_label ?? 'role' };
      }),
  );
  const patroniMember = (w: Rendered) => patroni.find((p) => p.members.includes(w));

  /** Pod templates a Service's selector picks; Patroni's members may carry any role Patroni gives them. */
  const selected = (selector: Record<string, string>) =>
    workloads.filter((w) => {
      const labels = { ...podTemplate(w).metadata.labels };
      const member = patroniMember(w);
      if (member && PATRONI_ROLES.includes(selector[member.roleLabel] ?? '')) labels[member.roleLabel] = selector[member.roleLabel]!;
      return selectorMatches({ matchLabels: selector }, labels);
    });

  /** The container port of `w` that `port` (number or name) designates. */
  const containerPort = (w: Rendered, port: number | string, protocol: string, context: string): Target => {
    const match = containerPorts(w).find((p: Any) => (p.name === port || p.containerPort === port) && p.protocol === protocol);
    if (!match) throw new Error(`${context}: ${label(w)} exposes no ${protocol} container port ${port}`);
    return { workload: w, port: match.containerPort, protocol: match.protocol };
  };

  /** Service port → targetPort → container port of every pod template behind the Service. */
  const serviceTargets = (svc: Rendered, sp: Any, context: string): Target[] => {
    const protocol = sp.protocol ?? 'TCP';
    if (svc.spec.selector) {
      const behind = selected(svc.spec.selector);
      if (behind.length === 0) throw new Error(`${context}: Service ${svc.metadata.name} selects no rendered pod`);
      return behind.map((w) => containerPort(w, sp.targetPort ?? sp.port, protocol, `${context} (Service ${svc.metadata.name})`));
    }
    // Without a selector, whoever writes the Endpoints decides: Patroni (use_endpoints) writes those of
    // the Service named after its scope for the leader, with the ports of its `kubernetes.ports`.
    const writer = patroni.find((p) => p.config.scope === svc.metadata.name && p.config.kubernetes?.use_endpoints);
    if (!writer) throw new Error(`${context}: Service ${svc.metadata.name} has no selector and nothing writes its Endpoints`);
    const endpointPort = (writer.config.kubernetes.ports ?? []).find((p: Any) => p.name === sp.name);
    if (!endpointPort) throw new Error(`${context}: Patroni writes no Endpoints port named ${sp.name} for Service ${svc.metadata.name}`);
    if (writer.members.length === 0) throw new Error(`${context}: Patroni cluster ${writer.config.scope} has no rendered members`);
    return writer.members.map((w) => containerPort(w, endpointPort.port, protocol, `${context} (Service ${svc.metadata.name})`));
  };

  /** The Service port a connection to `port` uses; without a port, the Service's only one. */
  const servicePort = (svc: Rendered, port: number | undefined, context: string): Any => {
    const ports = svc.spec.ports ?? [];
    if (port === undefined) {
      if (ports.length !== 1) throw new Error(`${context}: no port given and Service ${svc.metadata.name} has ${ports.length} ports`);
      return ports[0];
    }
    const sp = ports.find((p: Any) => p.port === port);
    if (!sp) throw new Error(`${context}: Service ${svc.metadata.name} has no port ${port}`);
    return sp;
  };

  type Resolved = { kind: 'pods'; targets: Target[] } | { kind: 'public'; port: number } | { kind: 'local' } | { kind: 'self' };

  /** A host (and port, when known) as the pods or addresses a connection to it reaches. */
  const resolve = (w: Rendered, ref: HostRef, vars: ReturnType<typeof environment> | undefined, context: string): Resolved => {
    const { host } = ref;
    const port = ref.port;
    if (LOCAL.test(host)) return { kind: 'local' };
    const variable = /^\$\(([A-Za-z_]\w*)\)/.exec(host);
    if (variable) {
      // `$(POD_NAME).<service>...`: the pod's own stable name, which it announces to its peers.
      const own = vars?.get(variable[1]!)?.fieldRef === 'metadata.name';
      const rest = /^\.([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(host.slice(variable[0].length));
      if (!own || !rest) throw new Error(`${context}: cannot resolve ${host}`);
      if (w.kind !== 'StatefulSet' || w.spec.serviceName !== rest[1] || rest[2] !== env.namespace) {
        throw new Error(`${context}: ${host} is not a DNS name of ${label(w)}'s own pods`);
      }
      return { kind: 'self' };
    }
    if (/^\d+(\.\d+){3}$/.test(host)) throw new Error(`${context}: ${host} is an address; connections are expected by name`);
    const cluster = new RegExp(`^(?:([a-z0-9-]+)\\.)?([a-z0-9-]+)\\.([a-z0-9-]+)\\.${CLUSTER_DOMAIN.replace(/\./g, '\\.')}$`).exec(host);
    const short = /^([a-z0-9-]+)(?:\.([a-z0-9-]+)(?:\.svc)?)?$/.exec(host);
    if (!cluster && !short) {
      // A name outside the cluster: an address on the internet.
      const p = port ?? SCHEME_PORTS[ref.scheme ?? ''];
      if (p === undefined) throw new Error(`${context}: no port for ${host}`);
      return { kind: 'public', port: p };
    }
    const [podName, serviceName, namespace] = cluster
      ? [cluster[1], cluster[2]!, cluster[3]!]
      : [undefined, short![1]!, short![2] ?? env.namespace];
    if (namespace !== env.namespace) throw new Error(`${context}: ${host} is in namespace ${namespace}, outside this environment`);
    const svc = find('Service', serviceName);
    if (!svc) throw new Error(`${context}: ${host} names Service ${serviceName}, which is not rendered`);
    if (podName === undefined) return { kind: 'pods', targets: serviceTargets(svc, servicePort(svc, port, context), context) };
    // `<pod>.<service>`: a pod of the StatefulSet this headless Service governs, reached on its own port.
    if (svc.spec.clusterIP !== 'None') throw new Error(`${context}: ${host}: Service ${serviceName} is not headless, so has no pod names`);
    const sts = workloads.find(
      (s) =>
        s.kind === 'StatefulSet' &&
        s.spec.serviceName === serviceName &&
        new RegExp(`^${s.metadata.name}-(\\d+)$`).test(podName) &&
        Number(podName.slice(s.metadata.name.length + 1)) < (s.spec.replicas ?? 1),
    );
    if (!sts) throw new Error(`${context}: ${host}: no rendered StatefulSet of Service ${serviceName} has a pod ${podName}`);
    const sp = servicePort(svc, port, context);
    return { kind: 'pods', targets: [containerPort(sts, port ?? sp.targetPort ?? sp.port, sp.protocol ?? 'TCP', context)] };
  };

  const needs = new Map<string, Need>();
  const need = (from: Party, to: Party, port: number, protocol: 'TCP' | 'UDP', why: string) => {
    const key = `${from.name} -> ${to.name} on ${port}/${protocol}`;
    const existing = needs.get(key);
    if (existing) existing.why.add(why);
    else needs.set(key, { from, to, port, protocol, why: new Set([why]) });
  };
  const namesHosts = new Set<Rendered>();
  const connect = (w: Rendered, ref: HostRef, vars: ReturnType<typeof environment> | undefined, why: string) => {
    const r = resolve(w, ref, vars, `${label(w)}: ${why}`);
    if (r.kind === 'local' || r.kind === 'self') return;
    namesHosts.add(w);
    if (r.kind === 'public') need(podOf(w), publicAddresses, r.port, 'TCP', why);
    else for (const t of r.targets) need(podOf(w), podOf(t.workload), t.port, t.protocol, why);
  };

  for (const w of workloads) {
    for (const c of podTemplate(w).spec.containers) {
      const vars = environment(w, c);
      const reads = READS_ONLY[(c.command ?? []).join(' ')];
      // Host names and URLs in the environment. A host without a port takes it from the variable next
      // to it (X_HOST_PORT, X_PORT: PGPORT for PGHOST) or from the Service's only port.
      for (const [name, v] of vars) {
        if (v.value === undefined || (reads && !reads.includes(name))) continue;
        for (const ref of hostsIn(v.value)) {
          const companion = [`${name}_PORT`, name.replace(/HOST$/, 'PORT')].find((n) => n !== name && vars.get(n)?.value !== undefined);
          const port = ref.port ?? (companion ? Number(vars.get(companion)!.value) : undefined);
          connect(
            w,
            { ...ref, port },
            vars,
            `${c.name} ${name}=${v.value.replace(/\{\{.*?\}\}/g, '…')} (${v.source})${companion && !ref.port ? ` + ${companion}` : ''}`,
          );
        }
      }
      // Host names and URLs in every file of the ConfigMaps it mounts.
      for (const [path, file] of mountedFiles(w, c)) {
        // A shell script's `${VAR:?message}` is what it prints when VAR is missing, never a connection.
        const content = path.endsWith('.sh') ? file.replace(/\$\{\w+:\?[^}]*\}/g, ' ') : file;
        for (const ref of hostsIn(content))
          connect(w, ref, vars, `${c.name} mounts ${path} naming ${ref.host}${ref.port ? `:${ref.port}` : ''}`);
      }
      // pgBackRest: its configuration file overlaid with PGBACKREST_* variables (pgBackRest's own rule).
      const configPath = vars.get('PGBACKREST_CONFIG')?.value ?? '/etc/pgbackrest/pgbackrest.conf';
      const configFile = mountedFile(w, c, configPath);
      if (vars.has('PGBACKREST_CONFIG') && configFile === undefined) throw new Error(`${label(w)}: ${configPath} is not mounted`);
      if (configFile !== undefined) {
        const options = new Map<string, string>();
        for (const line of configFile.split('\n')) {
          const m = /^([a-z0-9-]+)=(.*)$/.exec(line.trim());
          if (m) options.set(m[1]!, m[2]!);
        }
        for (const [name, v] of vars) {
          if (name.startsWith('PGBACKREST_') && v.value !== undefined)
            options.set(name.slice(11).toLowerCase().replace(/_/g, '-'), v.value);
        }
        for (const [key, host] of options) {
          const pg = /^pg(\d+)-host$/.exec(key);
          if (pg) {
            // pgBackRest's default pg-host-port is the TLS server's 8432 (22 over SSH).
            const type = options.get(`pg${pg[1]}-host-type`) ?? 'ssh';
            const port = Number(options.get(`pg${pg[1]}-host-port`) ?? (type === 'tls' ? 8432 : 22));
            connect(w, { host, port }, vars, `${c.name} pgBackRest ${key}=${host} ${key}-port=${port}`);
          }
          const repo = /^repo(\d+)-type$/.exec(key);
          if (repo && host === 's3') {
            const endpoint = options.get(`repo${repo[1]}-s3-endpoint`);
            if (!endpoint) throw new Error(`${label(w)}: pgBackRest repo${repo[1]} is S3 without an endpoint`);
            const port = Number(options.get(`repo${repo[1]}-storage-port`) ?? 443);
            connect(w, { host: endpoint, port }, vars, `${c.name} pgBackRest repo${repo[1]}-s3-endpoint=${endpoint}`);
          } else if (repo && host !== 'posix') throw new Error(`${label(w)}: pgBackRest repo${repo[1]}-type=${host} is not derived here`);
        }
      }
      // The LLM provider the API's key is for: HTTPS to a public address the SDK knows, not a rendered
      // host (docs/architecture.md: LLM providers on 443, public addresses only).
      if (vars.has('LLM_API_KEY')) {
        namesHosts.add(w);
        need(podOf(w), publicAddresses, 443, 'TCP', `${c.name} LLM_API_KEY: HTTPS calls to the LLM provider`);
      }
      // Redis Cluster: each node talks to the others on the client port and the bus port (+10000).
      if (vars.get('REDIS_MODE')?.value === 'cluster' && vars.has('REDIS_ANNOUNCE_HOST')) {
        const port = Number(vars.get('REDIS_PORT')?.value ?? 6379);
        for (const p of [port, port + 10000]) {
          const t = containerPort(w, p, 'TCP', `${label(w)}: Redis Cluster bus`);
          need(podOf(w), podOf(t.workload), t.port, 'TCP', `${c.name} REDIS_MODE=cluster: nodes gossip and replicate`);
        }
      }
    }
  }

  // Patroni members: the Kubernetes API (their DCS), and each other on the addresses they advertise
  // (PostgreSQL for replication and pg_rewind, the REST API for member checks and switchovers).
  for (const p of patroni) {
    const why = `${p.container.name} runs Patroni`;
    if (p.config.kubernetes) {
      const api: Party = {
        name: `Kubernetes API ${env.cluster.apiServerCidr}`,
        endpoint: { kind: 'addresses', cidr: env.cluster.apiServerCidr },
      };
      need(podOf(p.workload), api, 443, 'TCP', `${why}: patroni.yml kubernetes: keeps the cluster state in the Kubernetes API`);
    }
    const vars = environment(p.workload, p.container);
    for (const [variable, setting] of [
      ['PATRONI_POSTGRESQL_CONNECT_ADDRESS', p.config.postgresql?.connect_address],
      ['PATRONI_RESTAPI_CONNECT_ADDRESS', p.config.restapi?.connect_address],
    ] as const) {
      const address: string | undefined = vars.get(variable)?.value ?? setting;
      const port = /:(\d+)$/.exec(address ?? '')?.[1];
      if (!port) throw new Error(`${label(p.workload)}: Patroni advertises no ${variable}`);
      for (const m of p.members) {
        const t = containerPort(m, Number(port), 'TCP', `${label(p.workload)}: ${variable}`);
        need(podOf(p.workload), podOf(t.workload), t.port, 'TCP', `${why}: members connect to ${variable}=${address}`);
      }
    }
  }

  // Sentinel clients: whoever asks a Sentinel for the master then connects to the servers it names,
  // which are the pods of the set the Sentinels monitor (REDIS_FIRST_MASTER_HOST's StatefulSet; any of
  // them may be master after a failover).
  for (const n of [...needs.values()]) {
    const w = n.to.workload;
    if (!w) continue;
    for (const c of podTemplate(w).spec.containers) {
      const vars = environment(w, c);
      const first = vars.get('REDIS_FIRST_MASTER_HOST')?.value;
      if (!first || !(c.ports ?? []).some((p: Any) => p.containerPort === n.port)) continue;
      const port = Number(vars.get('REDIS_FIRST_MASTER_PORT')?.value ?? 6379);
      const r = resolve(w, { host: first, port }, vars, `${label(w)}: REDIS_FIRST_MASTER_HOST`);
      if (r.kind !== 'pods') throw new Error(`${label(w)}: the monitored master ${first} is not a pod`);
      for (const t of r.targets) {
        need(n.from, podOf(t.workload), t.port, t.protocol, `asks Sentinel ${label(w)} for the master: servers of ${label(t.workload)}`);
      }
    }
  }

  // DNS: every pod that names a host asks the cluster DNS (CoreDNS keeps kube-dns's k8s-app label), over
  // UDP and over TCP for answers that do not fit.
  const dns = outside('kube-system/kube-dns', 'kube-system', { 'k8s-app': 'kube-dns' }, [
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
    { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
  ]);
  for (const w of namesHosts) for (const protocol of ['UDP', 'TCP'] as const) need(podOf(w), dns, 53, protocol, 'resolves host names');

  // Istio: with sidecar injection on the namespace, every pod's sidecar fetches its configuration and
  // certificates from istiod (the `app: istiod` pods of istio-system) on 15012.
  if (namespaceLabels['istio-injection'] === 'enabled' || namespaceLabels['istio.io/rev'] !== undefined) {
    const istiod = outside('istio-system/istiod', 'istio-system', { app: 'istiod' }, [{ name: 'grpc-xds', containerPort: 15012 }]);
    for (const w of workloads) need(podOf(w), istiod, 15012, 'TCP', 'its injected Istio sidecar');
  }

  // Inbound. The add-ons' namespaces are where the Argo CD Applications install their charts.
  const addonNamespace = (chart: string) => {
    const app = rendered().objects.find(
      (o) => o.kind === 'Application' && o.spec.source?.chart === chart && o.spec.destination.server === env.cluster.server,
    );
    if (!app) throw new Error(`no ${chart} add-on for cluster ${env.cluster.server}`);
    return app.spec.destination.namespace as string;
  };

  // Prometheus (prometheus-operator labels its pods app.kubernetes.io/name=prometheus) scrapes every port
  // the ServiceMonitors name, on each Service they select that has it.
  const prometheus = outside('prometheus', addonNamespace('kube-prometheus-stack'), { 'app.kubernetes.io/name': 'prometheus' });
  for (const sm of objs.filter((o) => o.kind === 'ServiceMonitor')) {
    const namespaces = sm.spec.namespaceSelector?.any
      ? [env.namespace]
      : (sm.spec.namespaceSelector?.matchNames ?? [sm.metadata.namespace]);
    if (!namespaces.includes(env.namespace)) continue;
    const scraped = services.filter((s) => selectorMatches(sm.spec.selector, s.metadata.labels ?? {}));
    for (const e of sm.spec.endpoints) {
      if (e.port === undefined) throw new Error(`ServiceMonitor ${sm.metadata.name}: an endpoint without a port name is not derived here`);
      const having = scraped.filter((s) => (s.spec.ports ?? []).some((p: Any) => p.name === e.port));
      if (having.length === 0) throw new Error(`ServiceMonitor ${sm.metadata.name}: no selected Service has port ${e.port}`);
      for (const s of having) {
        const context = `ServiceMonitor ${sm.metadata.name} port ${e.port}`;
        for (const t of serviceTargets(
          s,
          s.spec.ports.find((p: Any) => p.name === e.port),
          context,
        )) {
          need(prometheus, podOf(t.workload), t.port, t.protocol, `${context} (Service ${s.metadata.name})`);
        }
      }
    }
  }

  // PodMonitors: Prometheus scrapes the named container port of every pod they select, whichever
  // Service (if any) reaches it.
  for (const pm of objs.filter((o) => o.kind === 'PodMonitor')) {
    const namespaces = pm.spec.namespaceSelector?.any
      ? [env.namespace]
      : (pm.spec.namespaceSelector?.matchNames ?? [pm.metadata.namespace]);
    if (!namespaces.includes(env.namespace)) continue;
    const scraped = workloads.filter((w) => selectorMatches(pm.spec.selector, podTemplate(w).metadata.labels ?? {}));
    if (scraped.length === 0) throw new Error(`PodMonitor ${pm.metadata.name}: selects no rendered pod`);
    for (const e of pm.spec.podMetricsEndpoints) {
      if (e.port === undefined) throw new Error(`PodMonitor ${pm.metadata.name}: an endpoint without a port name is not derived here`);
      for (const w of scraped) {
        const context = `PodMonitor ${pm.metadata.name} port ${e.port}`;
        const t = containerPort(w, e.port, 'TCP', context);
        need(prometheus, podOf(t.workload), t.port, t.protocol, context);
      }
    }
  }

  // The edge: NGINX Gateway Fabric starts an NGINX data plane for each Gateway in the Gateway's
  // namespace (pods labelled gateway.networking.k8s.io/gateway-name), listening on the listeners'
  // ports. Clients reach it through the load balancer: with PROXY protocol from the addresses the
  // NginxProxy trusts, otherwise from anywhere. It proxies to the HTTPRoutes' backends, takes its
  // configuration from the control plane's nginx-agent gRPC (the chart's pods, port 8443), and serves
  // cert-manager's HTTP-01 solver when an issuer solves through the Gateway.
  const controlPlane = outside('nginx-gateway-fabric control plane', addonNamespace('nginx-gateway-fabric'), {
    'app.kubernetes.io/name': 'nginx-gateway-fabric',
    'app.kubernetes.io/instance': 'nginx-gateway-fabric',
  });
  const proxies = objs.filter((o) => o.kind === 'NginxProxy');
  for (const gw of objs.filter((o) => o.kind === 'Gateway')) {
    const listenerPorts = gw.spec.listeners.map((l: Any) => ({ name: l.name, containerPort: l.port, protocol: 'TCP' }));
    const edge: Party = {
      name: `edge ${gw.metadata.name}`,
      endpoint: {
        kind: 'pod',
        namespace: env.namespace,
        namespaceLabels,
        labels: { 'gateway.networking.k8s.io/gateway-name': gw.metadata.name },
        ports: listenerPorts,
      },
    };
    const proxy = proxies.find((p) => p.metadata.name === gw.spec.infrastructure?.parametersRef?.name);
    const trusted: string[] = (proxy?.spec.rewriteClientIP?.mode === 'ProxyProtocol' ? proxy.spec.rewriteClientIP.trustedAddresses : [])
      .filter((t: Any) => t.type === 'CIDR')
      .map((t: Any) => t.value);
    const clients: Party[] =
      trusted.length > 0
        ? trusted.map((cidr) => ({ name: `load balancer ${cidr}`, endpoint: { kind: 'addresses', cidr } }))
        : [publicAddresses];
    for (const client of clients)
      for (const l of listenerPorts) need(client, edge, l.containerPort, 'TCP', `Gateway ${gw.metadata.name} listener ${l.name}`);
    need(edge, controlPlane, 8443, 'TCP', 'nginx-agent configuration from the NGINX Gateway Fabric control plane');

    for (const route of objs.filter((o) => o.kind === 'HTTPRoute')) {
      if (!route.spec.parentRefs.some((r: Any) => r.name === gw.metadata.name)) continue;
      for (const b of route.spec.rules.flatMap((r: Any) => r.backendRefs ?? [])) {
        const context = `HTTPRoute ${route.metadata.name} backend ${b.name}`;
        const svc = find('Service', b.name);
        if (!svc) throw new Error(`${context}: Service not rendered`);
        const sp = (svc.spec.ports ?? []).find((p: Any) => p.port === b.port);
        if (!sp) throw new Error(`${context}: no port ${b.port}`);
        for (const t of serviceTargets(svc, sp, context)) need(edge, podOf(t.workload), t.port, t.protocol, context);
      }
    }
    const solvesThroughGateway = objs.some(
      (o) =>
        (o.kind === 'ClusterIssuer' || o.kind === 'Issuer') &&
        (o.spec.acme?.solvers ?? []).some((sv: Any) =>
          (sv.http01?.gatewayHTTPRoute?.parentRefs ?? []).some((r: Any) => r.name === gw.metadata.name),
        ),
    );
    if (solvesThroughGateway) {
      // cert-manager's solver pods serve the challenge on 8089 (its acmesolver default).
      const solver = outside('ACME HTTP-01 solver', env.namespace, { 'acme.cert-manager.io/http01-solver': 'true' }, [
        { name: 'http', containerPort: 8089, protocol: 'TCP' },
      ]);
      need(
        edge,
        { ...solver, endpoint: { ...(solver.endpoint as PodEndpoint), namespaceLabels } },
        8089,
        'TCP',
        `ACME HTTP-01 through Gateway ${gw.metadata.name}`,
      );
    }
  }

  return { needs: [...needs.values()], workloads, label };
}

const { settings } = rendered();

describe.each(settings.environments.map((e) => [e.name, e] as const))('environment %s', (name, env) => {
  const objs = envObjects(name);
  const policies = new PolicySet(
    env.namespace,
    objs.filter((o) => o.kind === 'NetworkPolicy'),
  );
  let derived: ReturnType<typeof derive> | undefined;
  // Derived on first use: an unresolvable target errors the test that asks.
  const derivation = () => (derived ??= derive(env, objs));
  const describeNeed = (n: Need) => `${n.from.name} -> ${n.to.name} on ${n.port}/${n.protocol}`;

  test('each pod template connects or is connected to, by targets that resolve to pods and ports', () => {
    const { needs, workloads, label } = derivation();
    for (const w of workloads) {
      expect(
        needs.some((n) => n.from.workload === w || n.to.workload === w),
        `${label(w)} has no derived connection`,
      ).toBe(true);
    }
    expect(needs.length).toBeGreaterThan(10);
  });

  test('the network policies admit every connection a pod needs', () => {
    const refused: string[] = [];
    for (const n of derivation().needs) {
      const verdict = policies.evaluate({ from: n.from.endpoint, to: n.to.endpoint, port: n.port, protocol: n.protocol });
      const sides = [
        ...(verdict.egress.admitted ? [] : [`no egress rule of ${verdict.egress.policies.join(', ')} admits it`]),
        ...(verdict.ingress.admitted ? [] : [`no ingress rule of ${verdict.ingress.policies.join(', ')} admits it`]),
      ];
      if (sides.length) refused.push(`${describeNeed(n)}: ${sides.join('; ')} [needed by: ${[...n.why].join(' | ')}]`);
    }
    expect(refused).toEqual([]);
  });

  test('nowhere else: every allowance of every policy is used by a derived connection', () => {
    const used = new Set<Atom>();
    for (const n of derivation().needs) {
      const verdict = policies.evaluate({ from: n.from.endpoint, to: n.to.endpoint, port: n.port, protocol: n.protocol });
      if (verdict.admitted) for (const a of [...verdict.egress.atoms, ...verdict.ingress.atoms]) used.add(a);
    }
    // Not derivable from the rendered pods, so left out:
    // - DNS: allowed to every pod, including those that name no host;
    // - the ACME HTTP-01 solver's own ingress policy: cert-manager starts those pods during issuance
    //   and the connection to them is derived from the issuer above; its policy is checked there.
    const dns = (a: Atom) =>
      a.port?.port === 53 && a.peer?.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system';
    const acmeSolver = (a: Atom) => a.policy.spec.podSelector.matchLabels?.['acme.cert-manager.io/http01-solver'] !== undefined;
    const unused = policies.atoms.filter((a) => !used.has(a) && !dns(a) && !acmeSolver(a)).map(describeAtom);
    expect(unused).toEqual([]);
  });
});
