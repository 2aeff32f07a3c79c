// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

/** Waits and database counts the UI tests share; the running app itself is {@link RunningApp}. */
public final class WorkDriver {

    private WorkDriver() {
    }

    /**
     * Waits until {@code condition} holds. It is evaluated on the FX thread, which is where tables' lists
     * change: read from the test thread they can change mid-read.
     */
    public static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code condition} evaluated on the FX thread. */
    public static boolean onFx(BooleanSupplier condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    }

    /** The single number a {@code SELECT COUNT(*) …} returns. */
    public static int count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
