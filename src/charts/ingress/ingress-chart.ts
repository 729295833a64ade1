import { k8s } from '../../constructs/k8s';
import type { Construct } from 'constructs';
import {
  Certificate,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
} from '../../../imports/certificate-cert-manager.io';
import { ClusterIssuer } from '../../../imports/clusterissuer-cert-manager.io';
import { ACME_SOLVER_SELECTOR, INGRESS_CLASS, INGRESS_CONTROLLER } from '../../config/cluster-services';
import type { HardenedDeployment } from '../../constructs/hardened-deployment';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';

export interface IngressChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  /** The workload served at the environment's host, on its first port. */
  readonly backend: HardenedDeployment;
  /** Path prefix of the backend's user requests: the only paths published. */
  readonly publicPathPrefix: string;
}

const EDGE = new Component('agent-api', 'ingress');

/** Port of cert-manager's HTTP-01 solver pods. */
const ACME_SOLVER_PORT = 8089;

/**
 * Public entry: an ACME ClusterIssuer, the certificate for the host, and the NGINX Ingress
 * tuned for streamed LLM responses (no response buffering, long read timeouts) with HTTPS
 * redirect, a body size limit and per-client rate and connection limits. HSTS is set
 * controller-wide in the ingress-nginx add-on values.
 */
export class IngressChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: IngressChartProps) {
    super(scope, id, props);
    const env = this.env;
    const ing = env.ingress;
    const backend = props.backend;
    const port = backend.ports[0];
    if (!port) throw new Error(`ingress backend '${backend.name}' exposes no port`);
    const tlsSecret = `${backend.name}-tls`;

    new ClusterIssuer(this, 'Issuer', {
      metadata: objectMeta(env, { name: env.tls.issuerName, component: EDGE, wave: SyncWave.FOUNDATION }),
      spec: {
        acme: {
          server: env.tls.acmeServer,
          email: env.tls.acmeEmail,
          privateKeySecretRef: { name: `${env.tls.issuerName}-account-key` },
          solvers: [{ http01: { ingress: { ingressClassName: INGRESS_CLASS } } }],
        },
      },
    });

    new Certificate(this, 'Certificate', {
      metadata: objectMeta(env, { name: tlsSecret, namespace: env.namespace, component: EDGE, wave: SyncWave.INGRESS }),
      spec: {
        secretName: tlsSecret,
        dnsNames: [ing.host],
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: env.tls.issuerName },
        privateKey: {
          algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
          size: 256,
          rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
        },
      },
    });

    const nginx = (key: string) => `nginx.ingress.kubernetes.io/${key}`;
    const annotations: Record<string, string> = {
      [nginx('ssl-redirect')]: 'true',
      [nginx('force-ssl-redirect')]: 'true',
      [nginx('proxy-body-size')]: `${ing.bodySizeMib}m`,
      // Server-sent events: pass bytes through as they come and keep idle streams open.
      [nginx('proxy-buffering')]: 'off',
      [nginx('proxy-http-version')]: '1.1',
      [nginx('proxy-read-timeout')]: String(ing.streamTimeoutSeconds),
      [nginx('proxy-send-timeout')]: String(ing.streamTimeoutSeconds),
      [nginx('proxy-connect-timeout')]: '5',
      [nginx('limit-rps')]: String(ing.rateLimitRps),
      [nginx('limit-burst-multiplier')]: String(ing.rateLimitBurstMultiplier),
      [nginx('limit-connections')]: String(ing.connectionsPerClient),
      ...(env.features.istioMtls
        ? {
            // In the mesh, route to the Service (not pod IPs) so the sidecar applies mTLS policy.
            [nginx('service-upstream')]: 'true',
            [nginx('upstream-vhost')]: `${backend.name}.${env.namespace}.svc.cluster.local`,
          }
        : {}),
    };

    new k8s.KubeIngress(this, 'Ingress', {
      metadata: objectMeta(env, { name: backend.name, namespace: env.namespace, component: EDGE, wave: SyncWave.INGRESS, annotations }),
      spec: {
        ingressClassName: INGRESS_CLASS,
        tls: [{ hosts: [ing.host], secretName: tlsSecret }],
        rules: [
          {
            host: ing.host,
            http: {
              // The API's user paths only: probes, /dependencies and /metrics stay inside the cluster.
              paths: [
                {
                  path: props.publicPathPrefix,
                  pathType: 'Prefix',
                  backend: { service: { name: backend.name, port: { name: port.name } } },
                },
              ],
            },
          },
        ],
      },
    });

    props.flows.allow(
      INGRESS_CONTROLLER,
      Peer.pods('acme-http01-solver', ACME_SOLVER_SELECTOR),
      [NetworkPort.tcp(ACME_SOLVER_PORT)],
      'ACME HTTP-01 challenges for the certificate',
    );
  }
}
