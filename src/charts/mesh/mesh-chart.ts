import type { Construct } from 'constructs';
import { ApiObject } from 'cdk8s';
import { ISTIOD } from '../../config/cluster-services';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';

export interface MeshChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
}

const MESH = new Component('agent-platform', 'mesh');

/**
 * Optional Istio (>= 1.19) membership with STRICT mTLS for the whole namespace. Sidecars are
 * injected through the namespace label (namespace chart); Pod Security "restricted" requires
 * Istio's CNI plugin instead of the privileged istio-init container.
 */
export class MeshChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: MeshChartProps) {
    super(scope, id, props);
    const env = this.env;
    // security.istio.io/v1 is served from Istio 1.22; v1beta1 covers every release from 1.19.
    new ApiObject(this, 'StrictMtls', {
      apiVersion: 'security.istio.io/v1beta1',
      kind: 'PeerAuthentication',
      metadata: objectMeta(env, { name: 'default', namespace: env.namespace, component: MESH, wave: SyncWave.FOUNDATION }),
      spec: { mtls: { mode: 'STRICT' } },
    });
    props.flows.allow(Peer.allPods(), ISTIOD, [NetworkPort.tcp(15012)], 'Istio sidecars fetch configuration and certificates');
  }
}
