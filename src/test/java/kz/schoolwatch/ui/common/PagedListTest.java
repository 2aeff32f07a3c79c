// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javafx.scene.control.Label;
import kz.schoolwatch.Texts;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.WorkDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A long list read in two steps: the page's rows show at once, the total follows when it has been counted. */
class PagedListTest {

    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(2);

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void rowsShowBeforeTheTotalIsCountedAndTheTotalIsKeptWhilePaging() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Integer> all = IntStream.range(0, 250).boxed().toList();
        CountDownLatch countMayFinish = new CountDownLatch(1);
        int[] counts = new int[1];
        PagedList<Integer> list = new PagedList<>(tasks, 100, (o, l) -> null);
        PageBar[] bar = new PageBar[1];
        FxToolkit.setupFixture(() -> {
            bar[0] = new PageBar(list, Messages.russian(), "test");
            list.reload((offset, limit) -> all.subList(offset, Math.min(all.size(), offset + limit)), () -> {
                counts[0]++;
                countMayFinish.await(10, TimeUnit.SECONDS);
                return all.size();
            });
        });
        // The rows are on show while the count is still running.
        WorkDriver.waitUntil(10, () -> list.rows().size() == 100);
        assertThat(list.totalProperty().get()).isEqualTo(PagedList.COUNTING);
        assertThat(list.hasNext()).as("a full page may have a next").isTrue();
        assertThat(((Label) bar[0].lookup("#testRange")).getText()).isEqualTo(Texts.of("common.page.rangeCounting", 1, 100));

        countMayFinish.countDown();
        WorkDriver.waitUntil(10, () -> list.totalProperty().get() == 250);
        assertThat(((Label) bar[0].lookup("#testRange")).getText()).isEqualTo(Texts.of("common.page.range", 1, 100, 250));

        // Paging reads rows only: the total stays, counted once.
        FxToolkit.setupFixture(list::next);
        FxToolkit.setupFixture(list::next);
        WorkDriver.waitUntil(10, () -> list.pageProperty().get() == 2 && list.rows().size() == 50);
        assertThat(list.rows().get(0)).isEqualTo(200);
        assertThat(list.hasNext()).isFalse();
        assertThat(counts[0]).isEqualTo(1);
        assertThat(list.totalProperty().get()).isEqualTo(250);
    }
}
