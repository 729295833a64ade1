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
  /** Unix socket and the replication passfile (in-memory volume `run`). */
  socketDir: '/var/run/postgresql',
  configDir: '/etc/postgresql/agent',
  scriptsDir: '/opt/agent/postgres',
  port: 5432,
  volumes: { data: 'data', socket: 'run', config: 'config', scripts: 'scripts' },
} as const;
