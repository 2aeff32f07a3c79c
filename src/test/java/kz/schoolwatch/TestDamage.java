// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Damages database files the way a failing disk or a careless copy does, repeatably: the same seed writes the
 * same garbage.
 */
public final class TestDamage {

    /** H2's file block: the encryption works block by block, so damage in one block stays in it. */
    public static final int BLOCK = 4096;

    private TestDamage() {
    }

    /** Overwrites {@code length} bytes from {@code offset} with seeded garbage. */
    public static void garble(Path file, long offset, int length, long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(seed);
        for (long i = offset; i < Math.min(bytes.length, offset + length); i++) {
            bytes[(int) i] = (byte) random.nextInt(256);
        }
        Files.write(file, bytes);
    }

    /**
     * Overwrites the second half of the file but its last block: the newest chunks, which every open reads, are
     * gone, the file keeps its length.
     */
    public static void garbleSecondHalf(Path file) throws IOException {
        long size = Files.size(file);
        long from = size / 2 / BLOCK * BLOCK;
        garble(file, from, (int) (size - BLOCK - from), 7);
    }

    /** The number of whole blocks in the file. */
    public static int blocks(Path file) throws IOException {
        return (int) (Files.size(file) / BLOCK);
    }
}
