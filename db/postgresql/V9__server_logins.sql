-- Each SchoolWatch account on the unit's server is a PostgreSQL login role of the same name, in the group role of
-- its SchoolWatch role (issue 17): the server checks the password at sign-in, SCRAM-SHA-256. The administrator
-- makes, resets and disables them from the accounts screen through these functions, which run as the owner
-- (who has CREATEROLE) and only for the administrators' group. The program sends a SCRAM verifier computed on
-- the PC, never the password itself. app_user keeps the account's row; its password_hash holds a marker.

-- Whether a role may be handled as a SchoolWatch account: no superuser, no role with rights of its own beyond
-- logging in, not the owner, not a group.
CREATE FUNCTION schoolwatch_is_account_role(p_login TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
           AND r.oid <> (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database())
           AND r.rolname NOT IN ('schoolwatch_inspector', 'schoolwatch_head', 'schoolwatch_admin')
           AND r.rolname NOT LIKE 'pg\_%'
    FROM pg_roles r WHERE r.rolname = p_login
$$;

-- Puts the account's login role in the group of its app_user row's role and no other SchoolWatch group, and lets
-- it log in only while the account is enabled. Nothing to do for an account that has no login role yet (one
-- moved from a PC before the administrator set its password on the server).
CREATE FUNCTION schoolwatch_sync_login(p_login TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    account RECORD;
    g TEXT;
BEGIN
    SELECT login, user_role, enabled INTO account FROM app_user WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No SchoolWatch account %', p_login USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RETURN;
    END IF;
    IF NOT schoolwatch_is_account_role(p_login) THEN
        RAISE EXCEPTION 'The role % is not a SchoolWatch account', p_login USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOREACH g IN ARRAY ARRAY['INSPECTOR', 'HEAD', 'ADMIN'] LOOP
        IF g = account.user_role THEN
            EXECUTE format('GRANT %I TO %I', 'schoolwatch_' || lower(g), p_login);
        ELSIF pg_has_role(p_login, 'schoolwatch_' || lower(g), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', 'schoolwatch_' || lower(g), p_login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN account.enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

-- Sets an account's password (a SCRAM-SHA-256 verifier), making its login role first if it has none.
CREATE FUNCTION schoolwatch_set_login_password(p_login TEXT, p_verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'A password is set as a SCRAM-SHA-256 verifier only' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT FROM app_user WHERE login = p_login) THEN
        RAISE EXCEPTION 'No SchoolWatch account %', p_login USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
    ELSIF NOT schoolwatch_is_account_role(p_login) THEN
        RAISE EXCEPTION 'The role % is not a SchoolWatch account', p_login USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    PERFORM schoolwatch_sync_login(p_login);
END
$$;

REVOKE ALL ON FUNCTION schoolwatch_is_account_role(TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION schoolwatch_sync_login(TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION schoolwatch_set_login_password(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION schoolwatch_sync_login(TEXT) TO schoolwatch_admin;
GRANT EXECUTE ON FUNCTION schoolwatch_set_login_password(TEXT, TEXT) TO schoolwatch_admin;
