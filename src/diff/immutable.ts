// Updates the Kubernetes API server refuses. Argo CD applies each object as an update, so a
// change here fails the sync of its environment (the Application stays OutOfSync with
// "field is immutable" / "Forbidden") until someone carries out the procedure.
//
// Each rule cites the validation that refuses it in kubernetes/kubernetes, for the clusters'
// 1.28 line. ValidateStatefulSetUpdate was read at commit 2dd1588c490775be7cd90d0afc59c6dcef07032a,
// in the form 1.27-1.30 ship ('ordinals' mutable, 'revisionHistoryLimit' not yet); the others
// were read in their upstream form, unchanged in this respect since apps/v1 and dual-stack:
//   StatefulSet   pkg/apis/apps/validation/validation.go        ValidateStatefulSetUpdate
//   Deployment    pkg/registry/apps/deployment/strategy.go      deploymentStrategy.ValidateUpdate (selector, apps/v1)
//   ReplicaSet    pkg/registry/apps/replicaset/strategy.go      rsStrategy.ValidateUpdate (selector, apps/v1)
//   DaemonSet     pkg/registry/apps/daemonset/strategy.go       daemonSetStrategy.ValidateUpdate (selector, apps/v1)
//   Job           pkg/apis/batch/validation/validation.go       ValidateJobSpecUpdate
//   Service       pkg/apis/core/validation/validation.go        ValidateServiceUpdate,
//                                                               validateUpgradeDowngradeClusterIPs, validateUpgradeDowngradeIPFamilies
//   PVC           pkg/apis/core/validation/validation.go        ValidatePersistentVolumeClaimUpdate
//   ConfigMap     pkg/apis/core/validation/validation.go        ValidateConfigMapUpdate
//   Secret        pkg/apis/core/validation/validation.go        ValidateSecretUpdate
// Renames are no API rule: Kubernetes has no rename, so a new name is a delete and a create.
// The comparison is on the rendered YAML, not on defaulted objects: adding a field at its
// default value is reported although the server would accept it (a false alarm, never a miss).
import type { Finding } from './findings';
import { at, same, type Doc, type ObjectChange } from './objects';

/**
 * StatefulSet spec fields the update may change; every other field is compared
 * (ValidateStatefulSetUpdate: copies these from the old object, then
 * `apiequality.Semantic.DeepEqual(newStatefulSetClone.Spec, oldStatefulSet.Spec)` or
 * "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template',
 * 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden").
 */
const STATEFULSET_MUTABLE = new Set([
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
]);

/** Argo CD deletes and recreates this object on every sync: immutability does not bite. */
function recreatedEachSync(doc: Doc): boolean {
  const a = at(doc, 'metadata', 'annotations') ?? {};
  const hook = a['argocd.argoproj.io/hook'] !== undefined || a['helm.sh/hook'] !== undefined;
  const policy = String(a['argocd.argoproj.io/hook-delete-policy'] ?? a['helm.sh/hook-delete-policy'] ?? '');
  const replaceForce =
    /Replace=true/.test(a['argocd.argoproj.io/sync-options'] ?? '') && /Force=true/.test(a['argocd.argoproj.io/sync-options'] ?? '');
  return (hook && /BeforeHookCreation|before-hook-creation/.test(policy)) || replaceForce;
}

function orphanDelete(kind: string, doc: Doc): string {
  const ns = at(doc, 'metadata', 'namespace');
  return `kubectl${ns ? ` -n ${ns}` : ''} delete ${kind.toLowerCase()} ${at(doc, 'metadata', 'name')} --cascade=orphan`;
}

/** Quantity in bytes (binary and decimal suffixes), or NaN. */
export function bytes(q: unknown): number {
  const m = /^(\d+(?:\.\d+)?)([KMGTPE]i?)?$/.exec(String(q ?? ''));
  if (!m) return NaN;
  const units: Record<string, number> = {
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
  };
  return Number(m[1]) * (m[2] ? units[m[2]]! : 1);
}

const withoutStorage = (claim: Doc) => ({
  ...claim,
  spec: { ...claim.spec, resources: { ...claim.spec?.resources, requests: { ...claim.spec?.resources?.requests, storage: undefined } } },
});

function volumeClaimTemplatesProcedure(before: Doc, after: Doc): { message: string; procedure: string } {
  const old: Doc[] = at(before, 'spec', 'volumeClaimTemplates') ?? [];
  const neu: Doc[] = at(after, 'spec', 'volumeClaimTemplates') ?? [];
  const sts = at(after, 'metadata', 'name');
  const ns = at(after, 'metadata', 'namespace');
  const byName = (list: Doc[], name: string) => list.find((t) => at(t, 'metadata', 'name') === name);
  const grown = neu.filter((t) => {
    const o = byName(old, at(t, 'metadata', 'name'));
    return (
      o &&
      same(withoutStorage(o), withoutStorage(t)) &&
      bytes(at(t, 'spec', 'resources', 'requests', 'storage')) > bytes(at(o, 'spec', 'resources', 'requests', 'storage'))
    );
  });
  const recreate = `then \`${orphanDelete('StatefulSet', after)}\` (its pods and claims stay and keep serving) and let Argo CD recreate the StatefulSet, which adopts the running pods`;
  if (grown.length === neu.length && neu.length === old.length && grown.length > 0) {
    const sizes = grown.map(
      (t) =>
        `${at(t, 'metadata', 'name')}: ${at(byName(old, at(t, 'metadata', 'name'))!, 'spec', 'resources', 'requests', 'storage')} → ${at(t, 'spec', 'resources', 'requests', 'storage')}`,
    );
    const claims = grown.map((t) => `${at(t, 'metadata', 'name')}-${sts}-<ordinal>`).join(', ');
    return {
      message: `volume size ${sizes.join(', ')} in volumeClaimTemplates: the StatefulSet update is refused and existing claims are not resized by it`,
      procedure:
        `1. Grow each existing PersistentVolumeClaim (${claims}) in place: \`kubectl -n ${ns} patch pvc <claim> -p '{"spec":{"resources":{"requests":{"storage":"${at(grown[0]!, 'spec', 'resources', 'requests', 'storage')}"}}}}'\` ` +
        `(the StorageClass must have allowVolumeExpansion: true; shrinking is impossible); 2. ${recreate}; 3. check \`kubectl -n ${ns} get pvc\` shows the new capacity.`,
    };
  }
  return {
    message: `volumeClaimTemplates changed (storage class, access modes, a template added or removed, or a size decrease): refused, and existing claims never follow a template`,
    procedure:
      `Only claims created after the change use the new template. ${recreate[0]!.toUpperCase()}${recreate.slice(1)}; existing members keep their old volumes. ` +
      `To move the data onto the new template, replace members one at a time (delete a replica's pod and its claim, let it be recreated and re-sync from the leader), ` +
      `or restore from backup into the new volumes (docs/disaster-recovery.md). Volumes cannot shrink.`,
  };
}

function statefulSetRules(c: ObjectChange, before: Doc, after: Doc): Finding[] {
  const keys = new Set([...Object.keys(before.spec ?? {}), ...Object.keys(after.spec ?? {})]);
  const findings: Finding[] = [];
  for (const key of [...keys].sort()) {
    if (STATEFULSET_MUTABLE.has(key) || same(before.spec?.[key], after.spec?.[key])) continue;
    const field = `spec.${key}`;
    if (key === 'volumeClaimTemplates') {
      findings.push({ class: 'refused', ref: c.ref, field, ...volumeClaimTemplatesProcedure(before, after) });
      continue;
    }
    const extra =
      key === 'selector'
        ? ' The new selector must match the running pods, or the recreated StatefulSet cannot adopt them: delete the old pods one at a time (their claims, found by name, keep the data).'
        : key === 'serviceName'
          ? ' Pods keep their old DNS subdomain until each is recreated: roll them one at a time (replicas first) and keep the old governing Service until the last one moved.'
          : '';
    findings.push({
      class: 'refused',
      ref: c.ref,
      field,
      message: `${field} changed: StatefulSet spec fields other than replicas, template, updateStrategy, minReadySeconds, ordinals and persistentVolumeClaimRetentionPolicy are immutable`,
      procedure: `\`${orphanDelete('StatefulSet', after)}\` (pods and claims stay and keep serving), then let Argo CD recreate the StatefulSet with the new spec; it adopts the running pods.${extra}`,
    });
  }
  return findings;
}

function selectorRule(c: ObjectChange, before: Doc, after: Doc): Finding[] {
  if (same(at(before, 'spec', 'selector'), at(after, 'spec', 'selector'))) return [];
  return [
    {
      class: 'refused',
      ref: c.ref,
      field: 'spec.selector',
      message: `spec.selector changed: a ${c.kind}'s selector is immutable in apps/v1`,
      procedure:
        `\`${orphanDelete(c.kind, after)}\` (the old pods keep serving), let Argo CD create it with the new selector, ` +
        `and once its new pods are ready delete the old ReplicaSet/pods by the old labels. Check that Services, PodDisruptionBudgets and NetworkPolicies select the new labels.`,
    },
  ];
}

function jobRules(c: ObjectChange, before: Doc, after: Doc): Finding[] {
  // ValidateJobSpecUpdate: selector, template (scheduling directives aside, for suspended
  // jobs only), completions (except elastic indexed jobs), completionMode are immutable.
  return ['selector', 'template', 'completions', 'completionMode']
    .filter((k) => !same(before.spec?.[k], after.spec?.[k]))
    .map((k) => ({
      class: 'refused' as const,
      ref: c.ref,
      field: `spec.${k}`,
      message: `spec.${k} changed: a Job's ${k} is immutable once created`,
      procedure:
        `Delete the Job (\`kubectl -n ${at(after, 'metadata', 'namespace')} delete job ${c.name}\`) and let Argo CD recreate it — it runs again — ` +
        `or make it an Argo CD hook with hook-delete-policy BeforeHookCreation so every sync recreates it.`,
    }));
}

const headless = (s: Doc) => at(s, 'spec', 'clusterIP') === 'None' || at(s, 'spec', 'clusterIPs', 0) === 'None';

function serviceRules(c: ObjectChange, before: Doc, after: Doc): Finding[] {
  const oldType = at(before, 'spec', 'type') ?? 'ClusterIP';
  const newType = at(after, 'spec', 'type') ?? 'ClusterIP';
  // validateUpgradeDowngradeClusterIPs: "bail out early for ExternalName".
  if (oldType === 'ExternalName' || newType === 'ExternalName') return [];
  const findings: Finding[] = [];
  const procedure =
    `Delete the Service (\`kubectl -n ${at(after, 'metadata', 'namespace')} delete service ${c.name}\`) and let Argo CD recreate it: its DNS name stays, ` +
    `its virtual IP changes and clients reconnect (a short outage for this Service). To avoid the gap, create a Service under a new name, move clients to it, then remove the old one.`;
  const ipChanged =
    headless(before) !== headless(after) ||
    (at(after, 'spec', 'clusterIP') !== undefined &&
      at(before, 'spec', 'clusterIP') !== undefined &&
      at(before, 'spec', 'clusterIP') !== at(after, 'spec', 'clusterIP')) ||
    (at(before, 'spec', 'clusterIPs', 0) !== undefined &&
      at(after, 'spec', 'clusterIPs', 0) !== undefined &&
      at(before, 'spec', 'clusterIPs', 0) !== at(after, 'spec', 'clusterIPs', 0));
  if (ipChanged) {
    const what =
      headless(after) && !headless(before)
        ? 'to headless (clusterIP: None)'
        : headless(before) && !headless(after)
          ? 'from headless to a virtual IP'
          : 'clusterIP';
    findings.push({
      class: 'refused',
      ref: c.ref,
      field: 'spec.clusterIP',
      message: `Service ${what}: spec.clusterIPs "may not change once set" (a headless Service left without clusterIP: None silently stays headless)`,
      procedure,
    });
  } else if (headless(before) && newType !== oldType && (newType === 'NodePort' || newType === 'LoadBalancer')) {
    findings.push({
      class: 'refused',
      ref: c.ref,
      field: 'spec.type',
      message: `headless Service to ${newType}: needs a cluster IP, which a headless Service cannot gain`,
      procedure,
    });
  }
  // validateUpgradeDowngradeIPFamilies: the primary family cannot change; secondaries can be added or removed.
  const oldFamily = at(before, 'spec', 'ipFamilies', 0);
  const newFamily = at(after, 'spec', 'ipFamilies', 0);
  if (oldFamily !== undefined && newFamily !== undefined && oldFamily !== newFamily) {
    findings.push({
      class: 'refused',
      ref: c.ref,
      field: 'spec.ipFamilies',
      message: `primary IP family ${oldFamily} → ${newFamily}: may not change once set`,
      procedure,
    });
  }
  return findings;
}

function claimRules(c: ObjectChange, before: Doc, after: Doc): Finding[] {
  const oldSize = bytes(at(before, 'spec', 'resources', 'requests', 'storage'));
  const newSize = bytes(at(after, 'spec', 'resources', 'requests', 'storage'));
  const refusedOther = !same(withoutStorage(before).spec, withoutStorage(after).spec);
  if (!refusedOther && !(newSize < oldSize)) return [];
  return [
    {
      class: 'refused',
      ref: c.ref,
      field: 'spec',
      message: refusedOther
        ? 'PersistentVolumeClaim spec is immutable after creation except resources.requests for bound claims'
        : 'PersistentVolumeClaim storage request decreased: "field can not be less than previous value"',
      procedure:
        'A claim cannot be changed or shrunk in place: create a new claim with the new spec, copy the data (or restore from backup), ' +
        'move consumers to it, then delete the old claim. Only a storage increase is applied in place (StorageClass allowVolumeExpansion: true).',
    },
  ];
}

function immutableDataRules(c: ObjectChange, before: Doc, after: Doc): Finding[] {
  const findings: Finding[] = [];
  const procedure =
    `Render it under a new name (e.g. with a content hash suffix) and point its consumers at the new name; ` +
    `or delete it (\`kubectl -n ${at(after, 'metadata', 'namespace')} delete ${c.kind.toLowerCase()} ${c.name}\`) and let Argo CD recreate it, then restart the pods that mount it.`;
  if (c.kind === 'Secret' && (before.type ?? 'Opaque') !== (after.type ?? 'Opaque')) {
    findings.push({
      class: 'refused',
      ref: c.ref,
      field: 'type',
      message: `Secret type ${before.type ?? 'Opaque'} → ${after.type ?? 'Opaque'}: the type is immutable`,
      procedure,
    });
  }
  if (before.immutable !== true) return findings;
  if (after.immutable !== true) {
    findings.push({ class: 'refused', ref: c.ref, field: 'immutable', message: 'immutable: true cannot be unset', procedure });
  }
  for (const k of ['data', 'binaryData', 'stringData']) {
    if (!same(before[k], after[k]))
      findings.push({ class: 'refused', ref: c.ref, field: k, message: `${k} of an immutable ${c.kind} changed`, procedure });
  }
  return findings;
}

/** Refused updates of one changed object. */
export function immutableFindings(c: ObjectChange): Finding[] {
  if (c.change !== 'changed') return [];
  const before = c.before!.doc;
  const after = c.after!.doc;
  if (recreatedEachSync(after) && recreatedEachSync(before)) return [];
  switch (c.kind) {
    case 'StatefulSet':
      return statefulSetRules(c, before, after);
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
      return selectorRule(c, before, after);
    case 'Job':
      return jobRules(c, before, after);
    case 'Service':
      return serviceRules(c, before, after);
    case 'PersistentVolumeClaim':
      return claimRules(c, before, after);
    case 'ConfigMap':
    case 'Secret':
      return immutableDataRules(c, before, after);
    default:
      return [];
  }
}

/** Kinds whose identity holds data: a new name or kind is a new, empty object. */
export const STATEFUL_KINDS = new Set(['StatefulSet', 'PersistentVolumeClaim', 'Namespace']);

/**
 * Renames and kind changes of stateful objects: the removed object and the added one that
 * replaces it (same name under another kind, or same kind in the same chart folder).
 */
export function renameFindings(changes: readonly ObjectChange[]): Finding[] {
  const removed = changes.filter((c) => c.change === 'removed' && STATEFUL_KINDS.has(c.kind));
  const added = changes.filter((c) => c.change === 'added');
  const used = new Set<ObjectChange>();
  const findings: Finding[] = [];
  const folder = (p: string) => p.slice(0, p.lastIndexOf('/'));
  for (const r of removed) {
    const a =
      added.find((x) => !used.has(x) && x.env === r.env && x.name === r.name && x.kind !== r.kind) ??
      added.find((x) => !used.has(x) && x.env === r.env && x.kind === r.kind && folder(x.after!.path) === folder(r.before!.path));
    if (!a) continue;
    used.add(a);
    const kindChange = a.kind !== r.kind;
    findings.push({
      class: 'refused',
      ref: r.ref,
      field: kindChange ? 'kind' : 'metadata.name',
      message: `${r.ref} becomes ${a.ref}: there is no rename in Kubernetes — this deletes the old object and creates a new one${r.kind === 'StatefulSet' ? ' with new, empty claims (claims are named after the StatefulSet)' : ''}`,
      procedure:
        `Keep the old ${kindChange ? 'kind' : 'name'} (names are set explicitly, never derived from the construct tree). If the move is intended: ` +
        `the old object carries Prune=false, so Argo CD leaves it running; bring the data across (new members re-sync from the old leader, or restore from backup: docs/disaster-recovery.md), ` +
        `switch clients over, and only then delete the old object by hand, deciding about its volumes.`,
    });
  }
  return findings;
}
