-- FerretDB 1.24 (PostgreSQL backend) pushes an equality filter such as {_id: "x"} or
-- {profileId: "p"} down as `(_jsonb -> 'field') @> '"x"'`, and the btree indexes it creates on
-- `(_jsonb -> 'field')` cannot serve `@>`: every such lookup was a sequential scan (docs/adr/0034).
-- For each btree index FerretDB creates, this adds a GIN (jsonb_path_ops) twin on its first key,
-- which serves `@>`. Idempotent: applied by scripts/infra.sh each time PostgreSQL starts.

CREATE OR REPLACE FUNCTION onstream_equality_index(index_oid oid) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  target record;
  field text;
BEGIN
  SELECT n.nspname AS schema_name, t.relname AS table_name, c.relname AS index_name, am.amname AS method
    INTO target
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = c.relam
   WHERE i.indexrelid = index_oid;
  IF NOT FOUND OR target.method <> 'btree' THEN
    RETURN;
  END IF;
  -- Only top-level fields: FerretDB pushes nothing else down.
  field := substring(pg_get_indexdef(index_oid, 1, true) FROM '^\(_jsonb -> ''([^'']+)''::text\)$');
  IF field IS NULL THEN
    RETURN;
  END IF;
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin ((_jsonb -> %L) jsonb_path_ops)',
                 left(target.index_name, 57) || '_eq', target.schema_name, target.table_name, field);
END
$fn$;

CREATE OR REPLACE FUNCTION onstream_on_create_index() RETURNS event_trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  command record;
BEGIN
  FOR command IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE object_type = 'index' LOOP
    PERFORM onstream_equality_index(command.objid);
  END LOOP;
END
$fn$;

DROP EVENT TRIGGER IF EXISTS onstream_equality_indexes;
CREATE EVENT TRIGGER onstream_equality_indexes ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX', 'CREATE TABLE')
  EXECUTE FUNCTION onstream_on_create_index();

-- Indexes created before the trigger existed (a store kept from an earlier run).
SELECT count(onstream_equality_index(i.indexrelid)) AS checked_indexes
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'public');
