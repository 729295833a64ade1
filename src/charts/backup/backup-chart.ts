import type { Construct } from 'constructs';
import {
  Certificate,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
  CertificateSpecUsages,
} from '../../../imports/certificate-cert-manager.io';
import { Issuer } from '../../../imports/issuer-cert-manager.io';
import { HELPER_RESOURCES } from '../../config/capacity';
import { SyncedSecret } from '../../constructs/external-secret';
import { imageReference, type HardenedContainerProps } from '../../constructs/hardened-pod';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { ScheduledJob, SyncHookJob } from '../../constructs/jobs';
import { k8s } from '../../constructs/k8s';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import type { DatabaseConnection } from '../database/database-chart';
import { POSTGRES_LAYOUT as PG } from '../database/postgres-layout';
import {
  PGBACKREST,
  PGBACKREST_ENV,
  PGBACKREST_MOUNTS,
  PGBACKREST_PORT,
  PGBACKREST_SCRIPTS,
  PGBACKREST_VOLUMES,
  pgbackrestConf,
  pgbackrestSecretKeys,
  repoNumbers,
} from './pgbackrest';

export interface BackupChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  readonly database: DatabaseConnection;
}

const BACKUP = new Component('postgres-backup', 'backup');
const DRILL = new Component('postgres-restore-drill', 'restore-drill');

/** Object storage reached over HTTPS: public addresses only (S3 endpoints or a gateway endpoint route). */
const OBJECT_STORAGE = Peer.publicAddresses('object-storage', '0.0.0.0/0');

/**
 * Backups and their proof: pgbackrest.conf and scripts, repository credentials, the TLS
 * identities of pgBackRest's server and clients (a private CA from cert-manager), weekly full
 * and daily differential backups of the primary to every repository, and restore drills.
 * The PostgreSQL pods' part (archiving, TLS server, heartbeat) comes from `databaseBackup()`.
 */
export class BackupChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: BackupChartProps) {
    super(scope, id, props);
    const env = this.env;
    const b = env.backup;
    const ns = env.namespace;
    const version = env.images.postgres.tag;
    const meta = (name: string, wave = SyncWave.CONFIG) => objectMeta(env, { name, namespace: ns, component: BACKUP, wave });

    new k8s.KubeConfigMap(this, 'Config', { metadata: meta(PGBACKREST.configMap), data: { 'pgbackrest.conf': pgbackrestConf(env) } });
    new k8s.KubeConfigMap(this, 'Scripts', { metadata: meta(PGBACKREST.scriptsConfigMap), data: { ...PGBACKREST_SCRIPTS } });
    new SyncedSecret(this, 'Credentials', { env, name: PGBACKREST.credentials, component: BACKUP, keys: pgbackrestSecretKeys(env) });

    // A private CA per namespace: pgBackRest's TLS server admits only clients it signed.
    new Issuer(this, 'SelfSigned', { metadata: meta('pgbackrest-selfsigned'), spec: { selfSigned: {} } });
    const certificate = (id: string, name: string, issuer: string, spec: Record<string, unknown>) =>
      new Certificate(this, id, {
        metadata: meta(name),
        spec: {
          secretName: name === 'pgbackrest-ca' ? name : `${name}-tls`,
          issuerRef: { group: 'cert-manager.io', kind: 'Issuer', name: issuer },
          privateKey: {
            algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
            size: 256,
            rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
          },
          duration: '8760h',
          renewBefore: '720h',
          ...spec,
        },
      });
    certificate('Authority', 'pgbackrest-ca', 'pgbackrest-selfsigned', { isCa: true, commonName: 'pgbackrest-ca', duration: '43800h' });
    new Issuer(this, 'CaIssuer', { metadata: meta('pgbackrest-ca'), spec: { ca: { secretName: 'pgbackrest-ca' } } });
    certificate('Server', 'pgbackrest-server', 'pgbackrest-ca', {
      commonName: props.database.readWriteHost,
      dnsNames: [props.database.readWriteHost],
      usages: [CertificateSpecUsages.SERVER_AUTH],
    });
    certificate('Client', 'pgbackrest-client', 'pgbackrest-ca', {
      commonName: PGBACKREST.clientName,
      usages: [CertificateSpecUsages.CLIENT_AUTH],
    });

    const pgbackrestContainer = (
      name: string,
      props_: Partial<HardenedContainerProps> & Pick<HardenedContainerProps, 'resources'>,
    ): HardenedContainerProps => ({
      name,
      image: imageReference(env, 'postgres'),
      envFrom: [{ secretRef: { name: PGBACKREST.credentials } }],
      ...props_,
    });

    // Backups read the primary through its TLS server (the read-write Service) and write to each repository.
    const backupVolumes = [
      ...PGBACKREST_VOLUMES,
      { name: 'client-tls', secret: { secretName: PGBACKREST.clientTlsSecret, defaultMode: 0o440 } },
    ];
    const backupEnv: k8s.EnvVar[] = [
      ...PGBACKREST_ENV,
      { name: 'BACKUP_REPOS', value: repoNumbers(env) },
      { name: 'PGBACKREST_PG1_HOST', value: props.database.readWriteHost },
      { name: 'PGBACKREST_PG1_HOST_TYPE', value: 'tls' },
      { name: 'PGBACKREST_PG1_HOST_PORT', value: String(PGBACKREST_PORT) },
      { name: 'PGBACKREST_PG1_HOST_CA_FILE', value: `${PGBACKREST.clientTlsDir}/ca.crt` },
      { name: 'PGBACKREST_PG1_HOST_CERT_FILE', value: `${PGBACKREST.clientTlsDir}/tls.crt` },
      { name: 'PGBACKREST_PG1_HOST_KEY_FILE', value: `${PGBACKREST.clientTlsDir}/tls.key` },
    ];
    const backupMounts = [...PGBACKREST_MOUNTS, { name: 'client-tls', mountPath: PGBACKREST.clientTlsDir, readOnly: true }];
    // Archiving needs the stanza: created (and archiving proven) on every sync, the first install included.
    new SyncHookJob(this, 'Stanza', {
      env,
      name: 'postgres-stanza',
      component: BACKUP,
      version,
      wave: SyncWave.DATA_INIT,
      uid: PG.uid,
      backoffLimit: 4,
      deadlineSeconds: 900,
      volumes: backupVolumes,
      container: pgbackrestContainer('stanza', {
        resources: HELPER_RESOURCES.job,
        command: ['bash', `${PGBACKREST.scriptsDir}/pgbackrest-backup.sh`, 'stanza'],
        env: backupEnv,
        mounts: backupMounts,
      }),
    });
    const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== b.fullBackupWeekday).join(',');
    for (const type of ['full', 'diff'] as const) {
      new ScheduledJob(this, `Backup-${type}`, {
        env,
        name: `postgres-backup-${type}`,
        component: BACKUP,
        version,
        wave: SyncWave.DATA,
        uid: PG.uid,
        schedule: `0 ${b.backupHourUtc} * * ${type === 'full' ? b.fullBackupWeekday : weekdays}`,
        backoffLimit: 1,
        deadlineSeconds: 6 * 3600,
        volumes: backupVolumes,
        container: pgbackrestContainer('backup', {
          resources: HELPER_RESOURCES.backup,
          command: ['bash', `${PGBACKREST.scriptsDir}/pgbackrest-backup.sh`, type],
          env: backupEnv,
          mounts: backupMounts,
        }),
      });
    }

    const credentialEnv = (name: string, key: string): k8s.EnvVar => ({
      name,
      valueFrom: { secretKeyRef: { name: props.database.credentialsSecret, key } },
    });
    const drillScratch = '/drill';
    if (b.drill.enabled) {
      const drill = new ScheduledJob(this, 'Drill', {
        env,
        name: 'postgres-restore-drill',
        component: DRILL,
        version,
        wave: SyncWave.DATA,
        uid: PG.uid,
        schedule: drillSchedule(b.drill.intervalDays, b.drill.hourUtc, b.fullBackupWeekday),
        backoffLimit: 0,
        deadlineSeconds: 4 * 3600,
        volumes: [
          ...PGBACKREST_VOLUMES,
          { name: PG.volumes.config, configMap: { name: 'postgres-config' } },
          // Scratch storage as large as the database, created for the run and deleted with the pod.
          {
            name: 'scratch',
            ephemeral: {
              volumeClaimTemplate: {
                metadata: { labels: DRILL.selectorLabels(env) },
                spec: {
                  accessModes: ['ReadWriteOnce'],
                  storageClassName: env.storage.className,
                  resources: { requests: { storage: k8s.Quantity.fromString(env.storage.postgresSize) } },
                },
              },
            },
          },
        ],
        container: pgbackrestContainer('drill', {
          resources: HELPER_RESOURCES.drill,
          command: ['bash', `${PGBACKREST.scriptsDir}/restore-drill.sh`],
          env: [
            ...PGBACKREST_ENV,
            { name: 'DRILL_REPOS', value: repoNumbers(env) },
            { name: 'DRILL_SCRATCH_DIR', value: drillScratch },
            { name: 'DRILL_MAX_LAG_SECONDS', value: String(b.rpoSeconds) },
            { name: 'POSTGRES_CONFIG_DIR', value: PG.configDir },
            { name: 'APP_DATABASE', value: props.database.database },
            { name: 'DRILL_LIVE_HOST', value: props.database.readOnlyHost },
            { name: 'DRILL_LIVE_PORT', value: String(props.database.port) },
            { name: 'READONLY_USER', value: props.database.readonlyUser },
            credentialEnv('READONLY_PASSWORD', 'READONLY_PASSWORD'),
          ],
          mounts: [
            ...PGBACKREST_MOUNTS,
            { name: PG.volumes.config, mountPath: PG.configDir, readOnly: true },
            { name: 'scratch', mountPath: drillScratch },
          ],
        }),
      });
      props.flows.allow(drill.pods, OBJECT_STORAGE, [NetworkPort.tcp(443)], 'restore drills read the repositories');
      props.flows.allow(
        drill.pods,
        props.database.servers,
        [NetworkPort.tcp(props.database.port)],
        'restore drills compare the live migration head',
      );
    }

    // Full and differential backups share their labels, hence one peer and one pair of policies.
    const backupPods = Peer.pods('postgres-backup', BACKUP.selectorLabels(env));
    props.flows.allow(
      backupPods,
      props.database.servers,
      [NetworkPort.tcp(PGBACKREST_PORT)],
      "backups read the primary through pgBackRest's TLS server",
    );
    props.flows.allow(backupPods, OBJECT_STORAGE, [NetworkPort.tcp(443)], 'backups write to the repositories');
    props.flows.allow(props.database.servers, OBJECT_STORAGE, [NetworkPort.tcp(443)], 'WAL archiving to the repositories');
  }
}

/** Drill schedule: daily, weekly the day after the full backup, or on fixed days of the month. */
function drillSchedule(intervalDays: number, hour: number, fullBackupWeekday: number): string {
  switch (intervalDays) {
    case 1:
      return `0 ${hour} * * *`;
    case 7:
      return `0 ${hour} * * ${(fullBackupWeekday + 1) % 7}`;
    case 14:
      return `0 ${hour} 1,15 * *`;
    default:
      return `0 ${hour} 1 * *`;
  }
}
