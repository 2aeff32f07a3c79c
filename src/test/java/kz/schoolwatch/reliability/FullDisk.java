// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code fulldisk:} prefix) over the real disk that runs out of space on demand: once
 * {@link #limitTo} is set, writes that grow files past the remaining budget are cut short and then fail with
 * "No space left on device", as a full disk does (a short write first, then ENOSPC). Writes inside a file's
 * current length still succeed, as they would on a real file system.
 */
public final class FullDisk extends FilePathWrapper {

    /** The URL prefix, without the colon. */
    public static final String SCHEME = "fulldisk";

    private static final AtomicLong FREE = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong REFUSED = new AtomicLong();

    /** Registers the file system with H2 once per JVM; safe to call again. */
    public static void register() {
        FilePath.register(new FullDisk());
    }

    /** From now on, only {@code bytes} more may be added to the files of this file system. */
    public static void limitTo(long bytes) {
        FREE.set(bytes);
        REFUSED.set(0);
    }

    /** Space is freed: writes succeed again. */
    public static void unlimited() {
        FREE.set(Long.MAX_VALUE);
    }

    /** How many writes were refused since {@link #limitTo}. */
    public static long refusedWrites() {
        return REFUSED.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    /** Forwards to the real file, charging growth against the shared budget. */
    private static final class Channel extends FileBase {

        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return write(src, file.position(), true);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return write(src, position, false);
        }

        private synchronized int write(ByteBuffer src, long position, boolean advance) throws IOException {
            long growth = Math.max(0, position + src.remaining() - file.size());
            long free = FREE.get();
            int allowed = src.remaining();
            if (growth > free) {
                allowed = (int) Math.max(0, src.remaining() - (growth - free));
                if (allowed == 0) {
                    REFUSED.incrementAndGet();
                    throw new IOException("No space left on device");
                }
            }
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + allowed);
            int written = file.write(part, position);
            src.position(src.position() + written);
            if (free != Long.MAX_VALUE) {
                FREE.addAndGet(-Math.min(free, growth));
            }
            if (advance) {
                file.position(position + written);
            }
            return written;
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }

        @Override
        public String toString() {
            return SCHEME + ":" + file;
        }
    }
}
