// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.service.security;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.ServerMoveSummary;
import kz.schoolwatch.domain.ServerTarget;
import kz.schoolwatch.persistence.audit.AuditLog;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.DatabaseOpenException;
import kz.schoolwatch.persistence.store.Engine;
import kz.schoolwatch.persistence.store.ServerTransfer;
import kz.schoolwatch.persistence.store.TargetNotEmptyException;
import kz.schoolwatch.persistence.store.TransferProgress;
import kz.schoolwatch.service.Access;
import org.jooq.exception.DataAccessException;

/**
 * «Перенести на сервер»: the administrator moves this PC's database onto the unit's new, empty SchoolWatch
 * database on the PostgreSQL server, signed in there as the database's owner. Every row and the whole audit trail
 * arrive, and the server checks the chain afterwards. The PC's file is left as it was (plus the entry that records
 * the move); the accounts arrive as rows, and each gets its server login when the administrator sets its password
 * on the server.
 */
public final class ServerMoveService {

    /** Opens the server's database as the given login; the wiring decides how (TLS, the unit's CA). */
    @FunctionalInterface
    public interface ServerConnector {
        Database connect(ServerTarget target, String login, char[] password) throws DatabaseOpenException;
    }

    /** PostgreSQL's SQLSTATE for a right the login lacks (here: switching triggers off is the owner's). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final Database pc;
    private final ServerConnector connector;
    private final Access access;

    public ServerMoveService(Database pc, ServerConnector connector, Access access) {
        this.pc = pc;
        this.connector = connector;
        this.access = access;
    }

    /** The move is offered on the PC's own file only: a program already on the server has nothing to move. */
    public boolean available() {
        return pc.engine() == Engine.H2 && access.can(Permission.BACKUPS);
    }

    /**
     * Moves everything to {@code target}. The password goes to the server's driver only; the caller wipes it.
     *
     * @param progress  from 0 to 1, rows copied of all rows
     * @param cancelled asked between batches; once true the server's transaction rolls back
     * @throws ServerMoveRefused     when the server cannot be reached, refuses the login, is newer than this program,
     *                               the login is not the database's owner, or the database already holds records
     * @throws CancellationException when {@code cancelled} said so; nothing is left on the server
     */
    public ServerMoveSummary move(ServerTarget target, String ownerLogin, char[] password, DoubleConsumer progress,
                                  BooleanSupplier cancelled) throws ServerMoveRefused {
        access.require(Permission.BACKUPS);
        if (pc.engine() != Engine.H2) {
            throw new ServerMoveRefused("move.error.notPc");
        }
        Database server;
        try {
            server = connector.connect(target, ownerLogin, password);
        } catch (DatabaseOpenException e) {
            throw e.reason() == DatabaseOpenException.Reason.TOO_NEW
                    ? new ServerMoveRefused("move.error.tooNew", target.toString())
                    : new ServerMoveRefused("move.error.connect", target.toString());
        }
        try {
            AuditLog.Entry mark = AuditLog.Entry.of(access.login(), "SERVER_MOVE", "database", null, null, null,
                    "to " + target + " as " + ownerLogin);
            return new ServerTransfer(pc, server).run(mark, progressOf(progress, cancelled));
        } catch (TargetNotEmptyException e) {
            throw new ServerMoveRefused("move.error.notEmpty", target.toString(), String.join(", ", e.tables()));
        } catch (DataAccessException e) {
            if (INSUFFICIENT_PRIVILEGE.equals(e.sqlState())) {
                throw new ServerMoveRefused("move.error.notOwner", ownerLogin, target.database());
            }
            throw e;
        } finally {
            server.close();
        }
    }

    private static TransferProgress progressOf(DoubleConsumer progress, BooleanSupplier cancelled) {
        return new TransferProgress() {
            @Override
            public void copied(long copied, long total) {
                progress.accept(total == 0 ? 1.0 : (double) copied / total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
