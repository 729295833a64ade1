// Data, security and availability consequences of a change. Security works on "weaknesses":
// facts about an object that a reviewer must accept (a capability, root, a host namespace, an
// allowed flow). A change weakens security when the new object has a weakness the old one had
// not, so a new object is judged whole and an unchanged weakness is not reported again.
import { bytes } from './immutable';
import type { Finding } from './findings';
import { at, same, type Doc, type ObjectChange } from './objects';

const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
const syncOptions = (d: Doc | undefined): string => at(d, 'metadata', 'annotations', SYNC_OPTIONS) ?? '';

// ---------------------------------------------------------------- data

export function dataFindings(c: ObjectChange): Finding[] {
  const before = c.before?.doc;
  const after = c.after?.doc;
  const findings: Finding[] = [];
  const add = (field: string, message: string) => findings.push({ class: 'data', ref: c.ref, field, message });
  if (c.change === 'removed' && ['StatefulSet', 'PersistentVolumeClaim', 'Namespace'].includes(c.kind)) {
    const protectedByArgo = /Prune=false/.test(syncOptions(before));
    const retention = at(before, 'spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted') ?? 'Retain';
    add(
      'metadata.name',
      `${c.kind} removed from the render. ` +
        (protectedByArgo
          ? 'It carries Prune=false, so Argo CD leaves it running, unmanaged, and reports it as needing a prune; deleting it by hand '
          : 'Argo CD prunes it on the next automated sync, which ') +
        (c.kind === 'StatefulSet'
          ? `stops its pods; its claims are ${retention === 'Delete' ? 'DELETED with it (whenDeleted: Delete)' : 'kept (whenDeleted: Retain) until deleted by hand'}.`
          : c.kind === 'Namespace'
            ? 'deletes every object and claim in the namespace.'
            : 'deletes the volume if its reclaim policy is Delete.'),
    );
  }
  if (
    c.change === 'removed' &&
    c.kind === 'Application' &&
    (at(before, 'metadata', 'finalizers') ?? []).some((f: string) => f.startsWith('resources-finalizer.argocd.argoproj.io'))
  ) {
    add(
      'metadata.name',
      'Application removed: its resources finalizer makes Argo CD delete every object it manages that is not marked Delete=false.',
    );
  }
  if (c.change !== 'changed') return findings;
  if (c.kind === 'StatefulSet') {
    const oldPolicy = at(before, 'spec', 'persistentVolumeClaimRetentionPolicy');
    const newPolicy = at(after, 'spec', 'persistentVolumeClaimRetentionPolicy');
    if (!same(oldPolicy, newPolicy)) {
      const show = (p: Doc | undefined) => `whenDeleted ${p?.whenDeleted ?? 'Retain'}, whenScaled ${p?.whenScaled ?? 'Retain'}`;
      add(
        'spec.persistentVolumeClaimRetentionPolicy',
        `claim retention ${show(oldPolicy)} → ${show(newPolicy)}; with Delete, claims (and their data) go when the StatefulSet is deleted or scaled down.`,
      );
    }
  }
  for (const option of ['Prune=false', 'Delete=false']) {
    if (syncOptions(before).includes(option) && !syncOptions(after).includes(option)) {
      add(
        `metadata.annotations.${SYNC_OPTIONS}`,
        `sync option ${option} removed: Argo CD may now ${option.startsWith('Prune') ? 'prune' : 'delete (with the Application)'} this ${c.kind}.`,
      );
    }
  }
  if (c.kind === 'Application') {
    if (at(before, 'spec', 'syncPolicy', 'automated', 'prune') !== true && at(after, 'spec', 'syncPolicy', 'automated', 'prune') === true) {
      add(
        'spec.syncPolicy.automated.prune',
        'automated prune turned on: objects removed from the render are deleted from the cluster on sync.',
      );
    }
    const fin = (d: Doc | undefined) =>
      (at(d, 'metadata', 'finalizers') ?? []).some((f: string) => f.startsWith('resources-finalizer.argocd.argoproj.io'));
    if (!fin(before) && fin(after))
      add('metadata.finalizers', 'resources finalizer added: deleting this Application will delete what it manages.');
  }
  if (c.kind === 'PersistentVolumeClaim') {
    const grow =
      bytes(at(after, 'spec', 'resources', 'requests', 'storage')) > bytes(at(before, 'spec', 'resources', 'requests', 'storage'));
    if (grow)
      add('spec.resources.requests.storage', 'claim grows in place (needs allowVolumeExpansion on its StorageClass; cannot be undone).');
  }
  return findings;
}

// ---------------------------------------------------------------- pods

/** Pod specs inside an object (workloads, CronJobs, Pods). */
function podSpec(d: Doc | undefined): Doc | undefined {
  if (!d) return undefined;
  if (d.kind === 'Pod') return d.spec;
  if (d.kind === 'CronJob') return at(d, 'spec', 'jobTemplate', 'spec', 'template', 'spec');
  return at(d, 'spec', 'template', 'spec');
}

function containers(spec: Doc | undefined): Doc[] {
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
}

const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|DSN/i;

function podWeaknesses(d: Doc | undefined): Set<string> {
  const spec = podSpec(d);
  const out = new Set<string>();
  if (!spec) return out;
  const pod = spec.securityContext ?? {};
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[ns] === true) out.add(`pod uses the host namespace ${ns}`);
  for (const v of spec.volumes ?? []) if (v.hostPath) out.add(`pod mounts host path ${v.hostPath.path}`);
  if (spec.automountServiceAccountToken !== false) out.add('pod mounts its service account token');
  for (const c of containers(spec)) {
    const sc = c.securityContext ?? {};
    const who = `container ${c.name}`;
    for (const cap of sc.capabilities?.add ?? []) out.add(`${who} adds capability ${cap}`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) out.add(`${who} does not drop ALL capabilities`);
    if (sc.privileged === true) out.add(`${who} is privileged`);
    if (sc.allowPrivilegeEscalation !== false) out.add(`${who} allows privilege escalation`);
    const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
    const user = sc.runAsUser ?? pod.runAsUser;
    if (nonRoot !== true || user === 0) out.add(`${who} may run as root`);
    if (sc.readOnlyRootFilesystem !== true) out.add(`${who} has a writable root filesystem`);
    const seccomp = (sc.seccompProfile ?? pod.seccompProfile)?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') out.add(`${who} runs without a seccomp profile`);
    for (const e of c.env ?? [])
      if (e.value !== undefined && SECRET_NAME.test(e.name)) out.add(`${who} has ${e.name} as a plain value, not from a Secret`);
  }
  return out;
}

// ---------------------------------------------------------------- network policies

type Peer = { key: string; cidr?: string; except?: string[] };

function peers(list: Doc[] | undefined): Peer[] {
  if (!list || list.length === 0) return [{ key: 'any peer' }];
  return list.map((p) =>
    p.ipBlock
      ? {
          key: `${p.ipBlock.cidr}${p.ipBlock.except ? ` except ${p.ipBlock.except.join(',')}` : ''}`,
          cidr: p.ipBlock.cidr,
          except: p.ipBlock.except,
        }
      : {
          key: [
            p.namespaceSelector ? `namespaces ${selector(p.namespaceSelector)}` : '',
            p.podSelector ? `pods ${selector(p.podSelector)}` : '',
          ]
            .filter(Boolean)
            .join(' '),
        },
  );
}

/** A label selector as `k=v,k2 in (a,b)`; `{}` selects everything. */
function selector(s: Doc | undefined): string {
  const labels = Object.entries(s?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  const exprs = (s?.matchExpressions ?? []).map((e: Doc) => `${e.key} ${e.operator}${e.values ? ` (${e.values.join(',')})` : ''}`);
  const all = [...labels, ...exprs];
  return all.length === 0 ? '(all)' : all.join(',');
}

function ports(list: Doc[] | undefined): string[] {
  if (!list || list.length === 0) return ['any port'];
  return list.map((p) => `${p.protocol ?? 'TCP'}/${p.port ?? '*'}${p.endPort ? `-${p.endPort}` : ''}`);
}

function v4(cidr: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!m) return undefined;
  const ip = m.slice(1, 5).reduce((n, o) => n * 256 + Number(o), 0);
  return [ip, Number(m[5])];
}

/** True when CIDR `outer` contains CIDR `inner` (IPv4; otherwise only equality). */
function contains(outer: string, inner: string): boolean {
  const o = v4(outer);
  const i = v4(inner);
  if (!o || !i) return outer === inner;
  if (i[1] < o[1]) return false;
  const size = 2 ** (32 - o[1]);
  return Math.floor(o[0] / size) === Math.floor(i[0] / size);
}

interface Flow {
  readonly text: string;
  readonly dir: string;
  readonly target: string;
  readonly peer: Peer;
  readonly port: string;
}

function flows(d: Doc | undefined): Flow[] {
  if (!d) return [];
  const target = selector(at(d, 'spec', 'podSelector'));
  const out: Flow[] = [];
  const types: string[] = at(d, 'spec', 'policyTypes') ?? ['Ingress'];
  for (const [dir, key, peerKey] of [
    ['Ingress', 'ingress', 'from'],
    ['Egress', 'egress', 'to'],
  ] as const) {
    if (!types.includes(dir)) continue;
    for (const rule of at(d, 'spec', key) ?? []) {
      for (const peer of peers(rule[peerKey]))
        for (const port of ports(rule.ports))
          out.push({
            text: `${dir.toLowerCase()} ${dir === 'Ingress' ? 'from' : 'to'} ${peer.key} on ${port} for pods ${target}`,
            dir,
            target,
            peer,
            port,
          });
    }
  }
  return out;
}

function covered(f: Flow, by: Flow): boolean {
  if (f.dir !== by.dir || f.target !== by.target) return false;
  const port = by.port === 'any port' || by.port === f.port;
  const exceptSame = same(by.peer.except ?? [], f.peer.except ?? []) || (by.peer.except ?? []).length === 0;
  const peer =
    by.peer.key === 'any peer' ||
    by.peer.key === f.peer.key ||
    (!!by.peer.cidr && !!f.peer.cidr && contains(by.peer.cidr, f.peer.cidr) && exceptSame);
  return port && peer;
}

/** Directions a policy isolates without allowing anything: a default deny. */
function denies(d: Doc | undefined): string[] {
  if (!d) return [];
  const types: string[] = at(d, 'spec', 'policyTypes') ?? ['Ingress'];
  return types.filter((t) => (at(d, 'spec', t === 'Ingress' ? 'ingress' : 'egress') ?? []).length === 0);
}

function networkPolicyFindings(c: ObjectChange): Finding[] {
  const before = c.before?.doc;
  const after = c.after?.doc;
  const out: Finding[] = [];
  const old = flows(before);
  const neu = flows(after);
  const widened = neu.filter((f) => !old.some((o) => covered(f, o)));
  for (const f of widened)
    out.push({ class: 'security', ref: c.ref, field: 'spec', message: `NetworkPolicy allows a new flow: ${f.text}` });
  const narrowed = old.filter((o) => !neu.some((f) => covered(o, f)));
  for (const f of narrowed)
    out.push({
      class: 'availability',
      ref: c.ref,
      field: 'spec',
      message: `NetworkPolicy no longer allows ${f.text}: that traffic is dropped unless another policy allows it`,
    });
  const types: string[] = at(after, 'spec', 'policyTypes') ?? ['Ingress'];
  for (const t of denies(before).filter((t) => !after || !types.includes(t))) {
    out.push({
      class: 'security',
      ref: c.ref,
      field: 'spec.policyTypes',
      message: `default deny of ${t.toLowerCase()} traffic ${after ? 'dropped from' : 'removed with'} this policy`,
    });
  }
  return out;
}

// ---------------------------------------------------------------- security

function rbacRules(d: Doc | undefined): Set<string> {
  const out = new Set<string>();
  for (const r of at(d, 'rules') ?? [])
    for (const g of r.apiGroups ?? [''])
      for (const res of r.resources ?? r.nonResourceURLs ?? [])
        for (const v of r.verbs ?? [])
          out.add(`${v} ${g ? `${g}/` : ''}${res}${r.resourceNames ? ` ${JSON.stringify(r.resourceNames)}` : ''}`);
  return out;
}

function otherWeaknesses(d: Doc | undefined): Set<string> {
  const out = new Set<string>();
  if (!d) return out;
  if (d.kind === 'Secret' && (Object.keys(d.data ?? {}).length > 0 || Object.keys(d.stringData ?? {}).length > 0)) {
    for (const k of [...Object.keys(d.data ?? {}), ...Object.keys(d.stringData ?? {})])
      out.add(`Secret value ${k} is in the repository (use an ExternalSecret)`);
  }
  if (d.kind === 'ConfigMap')
    for (const k of Object.keys(d.data ?? {})) if (SECRET_NAME.test(k)) out.add(`ConfigMap key ${k} looks like a secret in plain values`);
  if (d.kind === 'Namespace') {
    const level = at(d, 'metadata', 'labels', 'pod-security.kubernetes.io/enforce');
    if (level !== 'restricted') out.add(`Pod Security enforce level is ${level ?? 'unset'}, not restricted`);
  }
  if (d.kind === 'Role' || d.kind === 'ClusterRole') for (const r of rbacRules(d)) out.add(`${d.kind} grants ${r}`);
  return out;
}

export function securityFindings(c: ObjectChange): Finding[] {
  if (c.kind === 'NetworkPolicy') return networkPolicyFindings(c).filter((f) => f.class === 'security');
  const before = new Set([...podWeaknesses(c.before?.doc), ...otherWeaknesses(c.before?.doc)]);
  const after = [...podWeaknesses(c.after?.doc), ...otherWeaknesses(c.after?.doc)];
  return after.filter((w) => !before.has(w)).map((w) => ({ class: 'security', ref: c.ref, field: 'spec', message: w }));
}

// ---------------------------------------------------------------- availability

function image(ref: string): { repo: string; tag: string; digest: string } {
  const [name, digest = ''] = ref.split('@');
  const slash = name!.lastIndexOf('/');
  const colon = name!.lastIndexOf(':');
  return colon > slash ? { repo: name!.slice(0, colon), tag: name!.slice(colon + 1), digest } : { repo: name!, tag: '', digest };
}

function showImage(i: { tag: string; digest: string }): string {
  return `${i.tag || '(no tag)'}${i.digest ? ` (${i.digest.slice(0, 19)}…)` : ' (no digest)'}`;
}

export function availabilityFindings(c: ObjectChange): Finding[] {
  const before = c.before?.doc;
  const after = c.after?.doc;
  const out: Finding[] = [];
  const add = (field: string, message: string) => out.push({ class: 'availability', ref: c.ref, field, message });
  if (c.kind === 'NetworkPolicy') return networkPolicyFindings(c).filter((f) => f.class === 'availability');
  if (
    c.change === 'removed' &&
    ['Deployment', 'Rollout', 'StatefulSet', 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'].includes(c.kind)
  ) {
    add('metadata.name', `${c.kind} removed`);
  }
  if (c.change !== 'changed') return out;
  const show = (v: unknown) => {
    const s = v === undefined ? 'unset' : JSON.stringify(v);
    return s.length > 100 ? `${s.slice(0, 97)}...` : s;
  };
  const compare = (field: string, label: string) => {
    const path = field.split('.');
    const o = at(before, ...path);
    const n = at(after, ...path);
    if (!same(o, n)) add(field, `${label} ${show(o)} → ${show(n)}`);
  };
  if (['Deployment', 'StatefulSet', 'ReplicaSet'].includes(c.kind)) compare('spec.replicas', 'replicas');
  // A Rollout's strategy holds its release gates (promotion, analyses, scale-down delays).
  if (c.kind === 'Deployment' || c.kind === 'Rollout') compare('spec.strategy', 'rollout strategy');
  if (c.kind === 'StatefulSet' || c.kind === 'DaemonSet') compare('spec.updateStrategy', 'update strategy');
  if (c.kind === 'HorizontalPodAutoscaler') {
    compare('spec.minReplicas', 'HPA minReplicas');
    compare('spec.maxReplicas', 'HPA maxReplicas');
    compare('spec.metrics', 'HPA metrics');
    compare('spec.behavior', 'HPA behavior');
  }
  if (c.kind === 'PodDisruptionBudget') {
    compare('spec.minAvailable', 'PDB minAvailable');
    compare('spec.maxUnavailable', 'PDB maxUnavailable');
    compare('spec.selector', 'PDB selector');
  }
  if (c.kind === 'Service') {
    compare('spec.selector', 'Service selector');
    compare('spec.ports', 'Service ports');
  }
  const oldPod = podSpec(before);
  const newPod = podSpec(after);
  if (oldPod || newPod) {
    const prefix = c.kind === 'CronJob' ? 'spec.jobTemplate.spec.template.spec' : 'spec.template.spec';
    const olds = new Map(containers(oldPod).map((x) => [x.name as string, x]));
    for (const n of containers(newPod)) {
      const o = olds.get(n.name);
      if (!o) {
        add(`${prefix}.containers`, `container ${n.name} added (${n.image})`);
        continue;
      }
      olds.delete(n.name);
      if (o.image !== n.image) {
        const [oi, ni] = [image(o.image), image(n.image)];
        add(
          `${prefix}.containers.${n.name}.image`,
          `image ${ni.repo}${oi.repo !== ni.repo ? ` (was ${oi.repo})` : ''}: ${showImage(oi)} → ${showImage(ni)}`,
        );
      }
      for (const p of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (!same(o[p], n[p]))
          add(`${prefix}.containers.${n.name}.${p}`, `container ${n.name} ${p} ${o[p] ? (n[p] ? 'changed' : 'removed') : 'added'}`);
      }
      if (!same(o.resources, n.resources))
        add(`${prefix}.containers.${n.name}.resources`, `container ${n.name} resources ${show(o.resources)} → ${show(n.resources)}`);
      if (!same(o.lifecycle, n.lifecycle)) add(`${prefix}.containers.${n.name}.lifecycle`, `container ${n.name} lifecycle hooks changed`);
    }
    for (const name of olds.keys()) add(`${prefix}.containers`, `container ${name} removed`);
    for (const k of [
      'terminationGracePeriodSeconds',
      'affinity',
      'topologySpreadConstraints',
      'priorityClassName',
      'nodeSelector',
      'tolerations',
    ]) {
      if (!same(oldPod?.[k], newPod?.[k])) add(`${prefix}.${k}`, `pod ${k} ${show(oldPod?.[k])} → ${show(newPod?.[k])}`);
    }
  }
  return out;
}
