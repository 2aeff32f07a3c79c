-- SPDX-License-Identifier: Apache-2.0
-- Tells the other PCs that the audit trail grew (channel schoolwatch_changes, payload 'audit_entry'), so an open
-- audit screen shows entries no data change announces: a sign-in, a lock, a password reset, an export. Once per
-- statement; the server sends one such notification per transaction at its commit.
CREATE FUNCTION schoolwatch_audit_entry_notify() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('schoolwatch_changes', 'audit_entry');
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_entry_notify AFTER INSERT ON audit_entry FOR EACH STATEMENT
    EXECUTE FUNCTION schoolwatch_audit_entry_notify();
