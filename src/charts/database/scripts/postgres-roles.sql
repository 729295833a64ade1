-- Roles and database of the platform. Idempotent: each statement creates what is missing
-- and restates what must hold, so a second run changes nothing (passwords are re-set, which
-- is how a rotated secret reaches the database). The superuser and the replication role
-- belong to Patroni, which creates them at bootstrap.
\set ON_ERROR_STOP on
\getenv app_database APP_DATABASE
\getenv app_user APP_USER
\getenv app_password APP_PASSWORD
\getenv readonly_user READONLY_USER
\getenv readonly_password READONLY_PASSWORD
\getenv monitoring_password MONITORING_PASSWORD
\getenv maintenance_user MAINTENANCE_USER
\getenv maintenance_password MAINTENANCE_PASSWORD

-- These statements carry passwords: keep them out of the server log.
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET log_min_error_statement = 'panic';

SELECT format('CREATE ROLE %I', r)
  FROM unnest(ARRAY[:'app_user', :'readonly_user', 'monitoring', :'maintenance_user']) AS r
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec

-- The application owns its schema (migrations run as it) but cannot create roles or databases.
ALTER ROLE :"app_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
-- Read-only: for the read replicas' Service; refuses writes even when it reaches the leader.
ALTER ROLE :"readonly_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'readonly_password';
ALTER ROLE :"readonly_user" SET default_transaction_read_only = on;
-- postgres_exporter: the built-in pg_monitor role reads statistics, never data.
ALTER ROLE monitoring WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 5 PASSWORD :'monitoring_password';
GRANT pg_monitor TO monitoring;
-- Scheduled maintenance (ANALYZE, REINDEX CONCURRENTLY, reports; docs/maintenance.md). PostgreSQL 15
-- lets only a table's owner (or its database's) analyze it and only the owner reindex it, with no
-- narrower role (pg_maintain comes with PostgreSQL 17): this role acts with the application's rights
-- through membership. Its own login keeps the application's password out of the jobs and its sessions
-- apart (connection limit, logs, pg_stat_activity); pg_monitor lets it read every role's statement
-- statistics and pgstattuple's index statistics.
ALTER ROLE :"maintenance_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT 3 PASSWORD :'maintenance_password';
GRANT :"app_user", pg_monitor TO :"maintenance_user";

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8''', :'app_database', :'app_user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'app_database') \gexec
ALTER DATABASE :"app_database" OWNER TO :"app_user";
REVOKE ALL ON DATABASE :"app_database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"app_database" TO :"app_user";
GRANT CONNECT ON DATABASE :"app_database" TO :"readonly_user", monitoring, :"maintenance_user";

\connect :"app_database"
SET log_statement = 'none';
ALTER SCHEMA public OWNER TO :"app_user";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"readonly_user";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"readonly_user";
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO :"readonly_user";
ALTER DEFAULT PRIVILEGES FOR ROLE :"app_user" IN SCHEMA public GRANT SELECT ON TABLES TO :"readonly_user";
ALTER DEFAULT PRIVILEGES FOR ROLE :"app_user" IN SCHEMA public GRANT SELECT ON SEQUENCES TO :"readonly_user";
-- Query statistics for postgres_exporter and slow-query diagnosis (preloaded by postgresql.conf).
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
-- The weekly top-queries report covers the week since the previous one.
GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint) TO :"maintenance_user";
-- Leaf density of B-tree indexes: how the maintenance picks the bloated indexes to rebuild.
CREATE EXTENSION IF NOT EXISTS pgstattuple;
