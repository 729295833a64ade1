-- The weekly maintenance report, read in the Job's log (docs/maintenance.md): where the space
-- goes, which indexes are bloated or never used, and which statements took the most time since
-- the previous report. Statement statistics then start afresh for the next week. pgstattuple's
-- functions read what they measure, so only relations of :min_bytes bytes or more are measured
-- (materialized first, so that the size filter runs before them).
\pset footer off
\pset null '-'

\echo '== Tables: dead rows and free space'
WITH tables AS MATERIALIZED (
  SELECT relid, schemaname, relname, n_live_tup, n_dead_tup, last_autovacuum, last_analyze, last_autoanalyze,
         pg_relation_size(relid) AS bytes
    FROM pg_stat_user_tables
), measured AS (
  SELECT t.relid, a.dead_tuple_percent, a.approx_free_percent
    FROM tables t
   CROSS JOIN LATERAL pgstattuple_approx(t.relid) a
   WHERE t.bytes >= :min_bytes
)
SELECT t.schemaname AS schema, t.relname AS table, pg_size_pretty(t.bytes) AS size, t.n_live_tup AS live_rows,
       t.n_dead_tup AS dead_rows, round(m.dead_tuple_percent::numeric, 1) AS dead_pct,
       round(m.approx_free_percent::numeric, 1) AS free_pct, t.last_autovacuum, t.last_analyze, t.last_autoanalyze
  FROM tables t
  LEFT JOIN measured m USING (relid)
 ORDER BY t.bytes DESC
 LIMIT 30;

\echo '== B-tree indexes: leaf density (a freshly built index is about 90% full)'
WITH indexes AS MATERIALIZED (
  SELECT s.indexrelid, s.schemaname, s.relname, s.indexrelname, pg_relation_size(s.indexrelid) AS bytes
    FROM pg_stat_user_indexes s
    JOIN pg_class c ON c.oid = s.indexrelid
    JOIN pg_am a ON a.oid = c.relam
   WHERE a.amname = 'btree' AND c.relkind = 'i'
)
SELECT x.schemaname AS schema, x.relname AS table, x.indexrelname AS index, pg_size_pretty(x.bytes) AS size,
       round(st.avg_leaf_density::numeric, 1) AS leaf_density_pct
  FROM indexes x
 CROSS JOIN LATERAL pgstatindex(x.indexrelid::regclass) st
 WHERE x.bytes >= :min_bytes
 ORDER BY st.avg_leaf_density;

\echo '== Indexes never scanned since the statistics were reset (unique ones enforce constraints and stay)'
SELECT s.schemaname AS schema, s.relname AS table, s.indexrelname AS index, pg_size_pretty(pg_relation_size(s.indexrelid)) AS size,
       (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()) AS counted_since
  FROM pg_stat_user_indexes s
  JOIN pg_index i ON i.indexrelid = s.indexrelid
 WHERE s.idx_scan = 0 AND NOT i.indisunique
 ORDER BY pg_relation_size(s.indexrelid) DESC;

\echo '== Top statements by total execution time since the previous report'
SELECT stats_reset AS counted_since FROM pg_stat_statements_info;
SELECT p.calls, round(p.total_exec_time) AS total_ms, round(p.mean_exec_time::numeric, 2) AS mean_ms, p.rows,
       r.rolname AS role, left(regexp_replace(p.query, '\s+', ' ', 'g'), 300) AS statement
  FROM pg_stat_statements p
  LEFT JOIN pg_roles r ON r.oid = p.userid
 WHERE p.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
 ORDER BY p.total_exec_time DESC
 LIMIT :top;

SELECT 'statement statistics reset for the next report' AS done FROM pg_stat_statements_reset();
