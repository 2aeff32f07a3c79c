-- SPDX-License-Identifier: Apache-2.0
-- The audit chain linked at the commit (issue 18). Until now (V7) the first audited row of a transaction took the
-- chain's lock and held it to the transaction's end, so twenty officers' saves went through the server one whole
-- transaction at a time (docs/benchmarks.md, «Twenty officers at once»). Now an entry is written during the
-- transaction unlinked: a provisional, negative id and no hashes. At the commit a deferred constraint trigger
-- takes the chain's lock, reads the newest linked entry and gives the transaction's entries, in the order they
-- were written, the ids after it and their chained hashes. The lock is held from there to the commit's end only.
--
-- What stays: the same entries and the same hashes (AuditChain), the chain's order equal to the ids' order, the
-- ids drawn under the lock and so in commit order, and now without gaps: a transaction rolled back (or refused at
-- its commit) never took an id. Nobody but the server links: the provisional rows are the inserting
-- transaction's own, invisible to everybody else, and an entry reaches other sessions linked or not at all.
--
-- The isolation level. At READ COMMITTED (the driver's and SchoolWatch's) every statement of the link sees what
-- was committed before it, so once the lock is held the newest entry read is the chain's end. At REPEATABLE READ
-- or SERIALIZABLE the transaction sees the trail as it was at its first statement: if another commit linked
-- entries since, linking to the newest entry it sees would fork the chain. Whether that happened is known from
-- a sequence, which no snapshot hides: every link sets it to the last id it gave. If it is ahead of the newest
-- entry the transaction sees, the commit is refused (serialization_failure: run it again); otherwise the
-- transaction links as any other. (A commit refused after its link, by a later check, leaves the sequence ahead
-- until the next link: a repeatable-read commit in between is refused for nothing, never linked wrongly.)

-- Provisional ids: negative, unique among all open transactions, never a final one.
CREATE SEQUENCE audit_entry_unlinked_id AS BIGINT INCREMENT BY -1 MAXVALUE -1 START WITH -1;

-- Writes an entry unlinked, whoever writes it (a row trigger or the program: a sign-in, an export). The time is
-- the moment of the change, the server's unless the program gives one; the actor is the signed-in login, except
-- for the owner, who may write on someone's behalf (schoolwatch.actor) or keep the actor given.
CREATE OR REPLACE FUNCTION schoolwatch_audit_chain() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    -- A row's change is recorded by the row trigger only (one trigger deeper); nobody but the owner writes one
    -- by hand.
    IF pg_trigger_depth() = 1 AND NEW.action IN ('CREATE', 'UPDATE', 'DELETE') AND NOT schoolwatch_is_owner() THEN
        RAISE EXCEPTION 'Changes of rows are recorded by the server itself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.id := nextval('audit_entry_unlinked_id');
    NEW.recorded_at := date_trunc('milliseconds', coalesce(NEW.recorded_at, clock_timestamp()::TIMESTAMP));
    IF NOT schoolwatch_is_owner() THEN
        NEW.actor := left(session_user, 40);
    ELSIF NEW.actor IS NULL THEN
        NEW.actor := left(coalesce(nullif(current_setting('schoolwatch.actor', TRUE), ''), session_user), 40);
    END IF;
    NEW.prev_hash := '';
    NEW.entry_hash := '';
    RETURN NEW;
END
$$;

-- The id the chain's last link gave, whatever the transaction's snapshot shows: a sequence is no row version, every
-- session reads its one current value. (The table's own id sequence cannot tell it: each insert draws from it
-- for the column's default before the trigger above replaces the id.)
CREATE SEQUENCE audit_entry_last_linked AS BIGINT MINVALUE 0 START WITH 0;

-- Links the transaction's unlinked entries at its commit: fired once per entry, the first call links them all
-- and the others find theirs linked already.
CREATE FUNCTION schoolwatch_audit_link() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    previous TEXT;
    last_id BIGINT;
    e audit_entry;
    unlinked BIGINT;
BEGIN
    IF NOT EXISTS (SELECT FROM audit_entry WHERE id = NEW.id) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(7317001700);
    SELECT id, entry_hash INTO last_id, previous FROM audit_entry WHERE id > 0 ORDER BY id DESC LIMIT 1;
    last_id := coalesce(last_id, 0);
    IF current_setting('transaction_isolation') IN ('repeatable read', 'serializable')
       AND (SELECT last_value FROM audit_entry_last_linked) > last_id THEN
        RAISE EXCEPTION 'The audit trail grew after this transaction began, so its changes cannot be linked to the trail at %',
                upper(current_setting('transaction_isolation'))
            USING ERRCODE = 'serialization_failure',
                  HINT = 'Run the transaction again, best at READ COMMITTED: the audit trail is linked at the commit and must see the newest entry.';
    END IF;
    previous := coalesce(previous, repeat('0', 64));
    FOR e IN SELECT * FROM audit_entry WHERE id < 0 ORDER BY id DESC LOOP
        unlinked := e.id;
        last_id := last_id + 1;
        e.id := last_id;
        e.prev_hash := previous;
        e.entry_hash := schoolwatch_audit_hash(previous, e);
        UPDATE audit_entry SET id = e.id, prev_hash = e.prev_hash, entry_hash = e.entry_hash WHERE id = unlinked;
        previous := e.entry_hash;
    END LOOP;
    PERFORM setval('audit_entry_last_linked', last_id);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_entry_link AFTER INSERT ON audit_entry DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION schoolwatch_audit_link();

-- The entries linked before this migration.
SELECT setval('audit_entry_last_linked', (SELECT coalesce(max(id), 0) FROM audit_entry));
