// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import org.h2.mvstore.DataUtils;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** H2 wraps a failed file write three deep; the kind of failure is read from the whole chain. */
class WriteFailureTest {

    private static DataAccessException h2WriteFailure(String osMessage) {
        var store = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "file",
                new IOException(osMessage));
        return new DataAccessException("Cannot commit transaction",
                new SQLException("General error: \"" + store.getMessage() + "\"", "HY000", 50000, store));
    }

    @Test
    void noSpaceLeftOnDeviceUnderH2sGeneralErrorIsADiskFull() {
        assertThat(WriteFailure.of(h2WriteFailure("No space left on device"))).isEqualTo(WriteFailure.DISK_FULL);
        assertThat(WriteFailure.of(h2WriteFailure("Недостаточно места на диске"))).isEqualTo(WriteFailure.DISK_FULL);
        assertThat(WriteFailure.of(h2WriteFailure("There is not enough space on the disk"))).isEqualTo(WriteFailure.DISK_FULL);
    }

    @Test
    void theClosedDatabaseAfterAFailedWriteKeepsItsCause() {
        var closed = new SQLException("The database has been closed", "90098", 90098,
                h2WriteFailure("No space left on device").getCause().getCause());
        assertThat(WriteFailure.of(new DataAccessException("Error getting connection", closed))).isEqualTo(WriteFailure.DISK_FULL);
    }

    @Test
    void aFullDiskIsRecognisedWithoutAnSqlExceptionButNotFromTextTypedIntoARecord() {
        assertThat(WriteFailure.of(new IllegalStateException("store", new IOException("No space left on device"))))
                .isEqualTo(WriteFailure.DISK_FULL);
        assertThat(WriteFailure.of(new DataAccessException("x", new SQLException("Value too long: 'No space left on device'", "22001", 22001))))
                .isEqualTo(WriteFailure.OTHER);
    }

    @Test
    void otherFileErrorsAreStorageAndConstraintsStayConstraints() {
        assertThat(WriteFailure.of(h2WriteFailure("Permission denied"))).isEqualTo(WriteFailure.STORAGE);
        assertThat(WriteFailure.of(new DataAccessException("x", new SQLException("Unique index", "23505", 23505))))
                .isEqualTo(WriteFailure.DUPLICATE);
        assertThat(WriteFailure.of(new DataAccessException("x", new SQLException("Syntax", "42000", 42000))))
                .isEqualTo(WriteFailure.OTHER);
    }
}
