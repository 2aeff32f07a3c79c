-- The audit trail on the unit's server (issue 17), kept by the server itself: every change of every table is
-- recorded by a trigger in the same transaction, the chain of hashes is computed here under one lock so that
-- writers on many PCs never fork it, and nobody but the owner may change or remove an entry.
--
-- The entries are written exactly as the PC's Java trigger (persistence.audit.AuditTrigger) writes them on H2,
-- and hashed exactly as AuditChain hashes them, so that «Проверить целостность» checks either engine's trail
-- with the same Java code and a trail moved from a PC continues on the server unbroken.

-- Whether the session's login owns this database (or is a superuser): the one who runs the migrations, the
-- set-up and the move. Read from the catalogue, so it needs no rights on SchoolWatch's tables.
CREATE FUNCTION schoolwatch_is_owner() RETURNS BOOLEAN
    LANGUAGE sql STABLE
AS $$
    SELECT pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_database d WHERE d.datname = current_database()
$$;

-- A timestamp as Java's LocalDateTime.toString() writes it: seconds only when not zero, then as many fraction
-- digits as needed in groups of three (2026-12-05T10:00, 2026-12-05T10:00:30, 2026-12-05T10:00:30.120).
CREATE FUNCTION schoolwatch_java_time(t TIMESTAMP) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT
AS $$
    SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI')
        || CASE WHEN extract(SECOND FROM t) = 0 THEN ''
                ELSE ':' || to_char(t, 'SS')
                    || CASE WHEN extract(MICROSECONDS FROM t)::BIGINT % 1000000 = 0 THEN ''
                            WHEN extract(MICROSECONDS FROM t)::BIGINT % 1000 = 0 THEN '.' || to_char(t, 'MS')
                            ELSE '.' || to_char(t, 'US') END END
$$;

-- A string as a JSON string, escaped as AuditTrigger.quote escapes it (\" \\ \n \r \t, other control
-- characters as \u00xx).
CREATE FUNCTION schoolwatch_json_quote(s TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE STRICT
AS $$
DECLARE
    r TEXT := replace(replace(s, E'\\', E'\\\\'), '"', E'\\"');
    out TEXT := '';
    c TEXT;
BEGIN
    r := replace(replace(replace(r, E'\n', E'\\n'), E'\r', E'\\r'), E'\t', E'\\t');
    IF r ~ '[\x01-\x1f]' THEN
        FOREACH c IN ARRAY regexp_split_to_array(r, '') LOOP
            out := out || CASE WHEN ascii(c) < 32 THEN '\u' || lpad(to_hex(ascii(c)), 4, '0') ELSE c END;
        END LOOP;
        r := out;
    END IF;
    RETURN '"' || r || '"';
END
$$;

-- A column's value as the Java trigger sees it (toString of the JDBC object): timestamps as LocalDateTime,
-- everything else as its plain text.
CREATE FUNCTION schoolwatch_java_text(v JSONB, type_id OID) RETURNS TEXT
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN NULL
                WHEN type_id = 'timestamp'::regtype THEN schoolwatch_java_time((v #>> '{}')::TIMESTAMP)
                ELSE v #>> '{}' END
$$;

-- The row's columns as the Java trigger's JSON: in column order, numbers and booleans bare, the rest quoted,
-- the password hash hidden; with {@code other} (an update), only the columns whose value differs from it.
CREATE FUNCTION schoolwatch_audit_json(tbl OID, r JSONB, other JSONB) RETURNS TEXT
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    col RECORD;
    v JSONB;
    parts TEXT[] := '{}';
BEGIN
    FOR col IN SELECT a.attname, a.atttypid FROM pg_attribute a
               WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum LOOP
        v := r -> col.attname::TEXT;
        IF other IS NOT NULL AND (other -> col.attname::TEXT) IS NOT DISTINCT FROM v THEN
            CONTINUE;
        END IF;
        parts := parts || (schoolwatch_json_quote(col.attname::TEXT) || ':' || CASE
            WHEN col.attname = 'password_hash' THEN '"***"'
            WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN 'null'
            WHEN jsonb_typeof(v) IN ('number', 'boolean') THEN v::TEXT
            ELSE schoolwatch_json_quote(schoolwatch_java_text(v, col.atttypid)) END);
    END LOOP;
    RETURN '{' || array_to_string(parts, ',') || '}';
END
$$;

-- The row's key as the Java trigger writes it: the primary key's values joined by '/', the columns in the order
-- H2's metadata lists them (by their upper-case name).
CREATE FUNCTION schoolwatch_audit_key(tbl OID, r JSONB) RETURNS TEXT
    LANGUAGE sql STABLE
AS $$
    SELECT string_agg(coalesce(schoolwatch_java_text(r -> a.attname::TEXT, a.atttypid), 'null'), '/'
                      ORDER BY upper(a.attname::TEXT) COLLATE "C")
    FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
    WHERE i.indrelid = tbl AND i.indisprimary
$$;

-- Records one changed row, and tells the other PCs which table changed (channel schoolwatch_changes, the
-- table's name as payload; the server sends each distinct payload once per transaction, at its commit).
-- SECURITY DEFINER: an inspector's change is recorded although the inspector may not write the trail directly
-- as he likes. The owner's own bulk loads (the demo city, set with schoolwatch.bulk) record one entry instead.
CREATE FUNCTION schoolwatch_audit_row() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    before_json TEXT;
    after_json TEXT;
    row_json JSONB;
BEGIN
    PERFORM pg_notify('schoolwatch_changes', lower(TG_TABLE_NAME));
    IF coalesce(current_setting('schoolwatch.bulk', TRUE), '') = 'on' AND schoolwatch_is_owner() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        before_json := schoolwatch_audit_json(TG_RELID, to_jsonb(OLD), CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(NEW) END);
        row_json := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_json := schoolwatch_audit_json(TG_RELID, to_jsonb(NEW), CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END);
        row_json := to_jsonb(NEW);
    END IF;
    INSERT INTO audit_entry (recorded_at, actor, action, subject, subject_key, before_value, after_value, detail,
                             prev_hash, entry_hash)
    VALUES (NULL, NULL,
            CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
            lower(TG_TABLE_NAME), left(schoolwatch_audit_key(TG_RELID, row_json), 100), before_json, after_json, NULL,
            '', '');
    RETURN NULL;
END
$$;

-- The hash of an entry as AuditChain.hash computes it: SHA-256 over the previous hash and each field, the
-- fields separated by U+001F and a missing one written as U+0000, in UTF-8; lower-case hex.
CREATE FUNCTION schoolwatch_audit_hash(previous TEXT, e audit_entry) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    b BYTEA := convert_to(previous, 'UTF8');
    part TEXT;
BEGIN
    FOREACH part IN ARRAY ARRAY[schoolwatch_java_time(e.recorded_at), e.actor, e.action, e.subject, e.subject_key,
                                e.before_value, e.after_value, e.detail] LOOP
        b := b || '\x1f'::BYTEA || coalesce(convert_to(part, 'UTF8'), '\x00'::BYTEA);
    END LOOP;
    RETURN encode(sha256(b), 'hex');
END
$$;

-- Links each new entry to the last one, whoever writes it (a row trigger above or the program: a sign-in, an
-- export). One transaction at a time holds the chain's lock until its commit, so the next writer reads the
-- entry just committed as "previous"; the id is drawn under the lock too, so the ids follow the chain.
-- The entry's time is the server's unless the program gives one; the actor is the signed-in login, except for
-- the owner, who may write on someone's behalf (schoolwatch.actor) or keep the actor given.
CREATE FUNCTION schoolwatch_audit_chain() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    previous TEXT;
BEGIN
    -- A row's change is recorded by the row trigger only (one trigger deeper); nobody but the owner writes one
    -- by hand.
    IF pg_trigger_depth() = 1 AND NEW.action IN ('CREATE', 'UPDATE', 'DELETE') AND NOT schoolwatch_is_owner() THEN
        RAISE EXCEPTION 'Changes of rows are recorded by the server itself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(7317001700);
    NEW.id := nextval(pg_get_serial_sequence('audit_entry', 'id'));
    NEW.recorded_at := date_trunc('milliseconds', coalesce(NEW.recorded_at, clock_timestamp()::TIMESTAMP));
    IF NOT schoolwatch_is_owner() THEN
        NEW.actor := left(session_user, 40);
    ELSIF NEW.actor IS NULL THEN
        NEW.actor := left(coalesce(nullif(current_setting('schoolwatch.actor', TRUE), ''), session_user), 40);
    END IF;
    SELECT entry_hash INTO previous FROM audit_entry ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.entry_hash := schoolwatch_audit_hash(NEW.prev_hash, NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION schoolwatch_audit_chain();

-- Append-only: an entry is never changed nor removed, except by the owner (who could drop this trigger anyway;
-- the chain check finds what the owner changed).
CREATE FUNCTION schoolwatch_audit_append_only() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION schoolwatch_audit_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION schoolwatch_audit_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;

-- Puts the audit trigger on every table that has none (a later migration that adds a table calls it again).
CREATE FUNCTION schoolwatch_audit_all_tables() RETURNS VOID
    LANGUAGE plpgsql
AS $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
               AND c.relname NOT IN ('audit_entry', 'flyway_schema_history')
               AND NOT EXISTS (SELECT FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'audit_' || c.relname) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION schoolwatch_audit_row()', 'audit_' || t, t);
    END LOOP;
END
$$;

SELECT schoolwatch_audit_all_tables();
