-- B-tree indexes worth rebuilding: at least :min_bytes large, on tables the maintenance role may
-- reindex, with leaf pages on average less than :max_density percent full. pgstatindex (pgstattuple)
-- reads the index, so the choice rests on what the pages hold rather than an estimate; only indexes
-- past the size floor are read. One line per index: name|bytes|leaf density in percent.
WITH sized AS MATERIALIZED (
  SELECT c.oid, format('%I.%I', n.nspname, c.relname) AS name, pg_relation_size(c.oid) AS bytes
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_am a ON a.oid = c.relam
   WHERE a.amname = 'btree'
     AND c.relkind = 'i'
     AND c.relpersistence = 'p'
     AND i.indisvalid
     AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname !~ '^pg_toast'
     AND pg_has_role(t.relowner, 'USAGE')
     AND pg_relation_size(c.oid) >= :min_bytes
)
SELECT s.name, s.bytes, round(st.avg_leaf_density::numeric, 1)
  FROM sized s
 CROSS JOIN LATERAL pgstatindex(s.oid::regclass) st
 WHERE st.avg_leaf_density < :max_density
 ORDER BY s.bytes DESC;
