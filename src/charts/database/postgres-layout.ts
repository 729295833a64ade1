/**
 * Where things are inside a PostgreSQL pod (official image, uid 999). The database chart
 * builds the pod; sidecars and jobs that share its volumes use the same paths.
 */
export const POSTGRES_LAYOUT = {
  uid: 999,
  /** The data volume (claim template `data`). */
  dataMount: '/var/lib/postgresql/data',
  /** PGDATA: a directory on the volume, not its root (which may hold lost+found). */
  pgdata: '/var/lib/postgresql/data/pgdata',
  /** PostgreSQL's programs in the image (Debian's layout). */
  binDir: '/usr/lib/postgresql/15/bin',
  /** Unix socket and Patroni's passfile (in-memory volume `run`). */
  socketDir: '/var/run/postgresql',
  /** patroni.yml, postgresql.conf and pg_hba.conf (ConfigMap `postgres-config`). */
  configDir: '/etc/postgresql/agent',
  scriptsDir: '/opt/agent/postgres',
  port: 5432,
  volumes: { data: 'data', socket: 'run', config: 'config', scripts: 'scripts' },
} as const;
