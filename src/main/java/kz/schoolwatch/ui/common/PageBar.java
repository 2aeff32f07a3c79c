// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;

/** Under a paged table: «1–100 из 8 312», previous and next page. Ids start with the given prefix. */
public final class PageBar extends HBox {

    public PageBar(PagedList<?> list, Messages messages, String idPrefix) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("page-bar");
        Label range = new Label();
        range.setId(idPrefix + "Range");
        range.textProperty().bind(Bindings.createStringBinding(() -> {
            int total = list.totalProperty().get();
            int from = list.pageProperty().get() * list.pageSize() + 1;
            if (total == PagedList.COUNTING) {
                return list.rows().isEmpty() ? "" : messages.get("common.page.rangeCounting", from, from + list.rows().size() - 1);
            }
            if (total == 0) {
                return messages.get("common.page.empty");
            }
            int to = Math.min(total, from + list.pageSize() - 1);
            return messages.get("common.page.range", from, to, total);
        }, list.totalProperty(), list.pageProperty(), list.rows()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(list.loadingProperty());
        Button previous = EditBar.iconOnly(idPrefix + "Previous", "mdi2c-chevron-left", messages.get("a11y.page.previous"));
        previous.disableProperty().bind(list.pageProperty().isEqualTo(0));
        previous.setOnAction(e -> list.previous());
        Button next = EditBar.iconOnly(idPrefix + "Next", "mdi2c-chevron-right", messages.get("a11y.page.next"));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !list.hasNext(),
                list.pageProperty(), list.totalProperty(), list.rows()));
        next.setOnAction(e -> list.next());
        Label failed = new Label();
        failed.getStyleClass().add("error-text");
        failed.textProperty().bind(Bindings.createStringBinding(
                () -> list.failureProperty().get() == null ? ""
                        : DatabaseErrors.describeLoad(list.failureProperty().get(), messages, "common.loadFailed"), list.failureProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(range, busy, failed, spacer, previous, next);
    }
}
