// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Helpers for benchmarks that time JavaFX screens headless (Monocle): start-up and "until painted". */
final class FxBench {

    private FxBench() {
    }

    /** Starts JavaFX headless in this JVM. */
    static void startHeadless() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1200-32");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    /**
     * Runs {@code action} on the FX thread and returns the milliseconds until the first pulse, after it, in
     * which {@code done} holds: the frame that shows the result.
     */
    static double timeUntilPainted(Scene scene, Runnable action, BooleanSupplier done) throws InterruptedException {
        CountDownLatch painted = new CountDownLatch(1);
        long[] end = new long[1];
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                if (done.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(this);
                    end[0] = System.nanoTime();
                    painted.countDown();
                }
            }
        };
        long[] start = new long[1];
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            start[0] = System.nanoTime();
            action.run();
            Platform.requestNextPulse();
        });
        // Keep pulses coming while background work finishes.
        while (!painted.await(5, TimeUnit.MILLISECONDS)) {
            Platform.runLater(Platform::requestNextPulse);
        }
        return (end[0] - start[0]) / 1e6;
    }

    /**
     * For {@code millis}, every 20 ms, the time a runnable posted to the FX thread waits before it runs: what a
     * click would wait. Sorted, in ms.
     */
    static double[] eventWaits(long millis) throws InterruptedException {
        List<Double> waits = new ArrayList<>();
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            long[] at = new long[1];
            Platform.runLater(() -> {
                at[0] = System.nanoTime();
                ran.countDown();
            });
            ran.await();
            waits.add((at[0] - posted) / 1e6);
            Thread.sleep(20);
        }
        return waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
