import { Construct } from 'constructs';
import type { EnvironmentSettings } from '../config/settings';
import { hardenedPodSpec, type HardenedContainerProps } from './hardened-pod';
import { objectMeta, type Component, type SyncWave } from './identity';
import { k8s } from './k8s';
import { Peer } from './network-flows';

export interface SyncHookJobProps {
  readonly env: EnvironmentSettings;
  /** Name of the Job and its ServiceAccount. */
  readonly name: string;
  readonly component: Component;
  readonly version: string;
  /** Runs after every object of the earlier waves is healthy. */
  readonly wave: SyncWave;
  readonly container: HardenedContainerProps;
  readonly uid: number;
  readonly volumes?: readonly k8s.Volume[];
  /** Attempts after the first failure. */
  readonly backoffLimit: number;
  /** Seconds the Job may run in all, retries included. */
  readonly deadlineSeconds: number;
}

/**
 * A run-to-completion step of every Argo CD sync. As a `Sync` hook (not `PreSync`, which runs
 * before anything exists, the database included) it runs inside the sync's wave order, on
 * the first install too; Argo CD deletes the previous run before creating the next, so a
 * changed image never meets an immutable Job template. The step itself must be idempotent.
 */
export class SyncHookJob extends Construct {
  readonly pods: Peer;

  constructor(scope: Construct, id: string, props: SyncHookJobProps) {
    super(scope, id);
    const { env, name, component } = props;
    const selector = component.selectorLabels(env);
    this.pods = Peer.pods(name, selector);

    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: objectMeta(env, { name, namespace: env.namespace, component, wave: props.wave }),
      automountServiceAccountToken: false,
    });

    new k8s.KubeJob(this, 'Resource', {
      metadata: objectMeta(env, {
        name,
        namespace: env.namespace,
        component,
        wave: props.wave,
        version: props.version,
        annotations: { 'argocd.argoproj.io/hook': 'Sync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' },
      }),
      spec: {
        backoffLimit: props.backoffLimit,
        activeDeadlineSeconds: props.deadlineSeconds,
        template: {
          metadata: { labels: component.labels(env, props.version) },
          spec: hardenedPodSpec({
            containers: [props.container],
            serviceAccountName: name,
            uid: props.uid,
            restartPolicy: 'Never',
            volumes: props.volumes,
          }),
        },
      },
    });
  }
}
