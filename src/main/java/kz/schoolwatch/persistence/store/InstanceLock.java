// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.persistence.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * An OS file lock on {@code schoolwatch.lock} in the data folder, taken before the database opens. A second
 * copy of the program learns at once, without waiting on H2's own lock, that the data is in use and by whom.
 * The OS releases the lock when the process dies, so a crash never leaves a stale lock behind.
 */
public final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "schoolwatch.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or says who holds it. */
    public static InstanceLock acquire(Path folder) throws DatabaseOpenException {
        Path file = folder.resolve(FILE_NAME);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            OwnerOnly.file(file);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (IOException | OverlappingFileLockException e) {
                // Overlapping: this same process already holds it (a second window, or a test).
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(ch).orElse("");
                ch.close();
                throw new DatabaseOpenException(DatabaseOpenException.Reason.IN_USE, holder, null);
            }
            writeHolder(ch);
            return new InstanceLock(ch, lock);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, file.toString(), e);
        }
    }

    private static void writeHolder(FileChannel ch) throws IOException {
        String text = describeThisProcess();
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(false);
    }

    private static Optional<String> readHolder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            int n = ch.read(buf, 0);
            if (n <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String(buf.array(), 0, n, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String describeThisProcess() {
        String user = System.getProperty("user.name", "?");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        String since = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        return user + "@" + host + ", PID " + ProcessHandle.current().pid() + ", " + since;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the process anyway.
        }
    }
}
