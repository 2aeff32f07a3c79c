// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.PagedList;

/**
 * The visits of one school, newest first, a page at a time, for the school's card: lays out its
 * {@link SchoolVisitsViewModel}, which follows saves made elsewhere while the pane is on screen. Table fx:id
 * {@code schoolVisitsTable}.
 */
public final class SchoolVisitsPane extends VBox {

    private final SchoolVisitsViewModel model;
    private final TableView<Visit> table = new TableView<>();

    public SchoolVisitsPane(SchoolVisitsViewModel model, Messages messages) {
        super(6);
        this.model = model;
        setId("schoolVisitsPane");
        table.setId("schoolVisitsTable");
        table.setItems(model.list().rows());
        VisitColumns.install(table, messages, false);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new PageBar(model.list(), messages, "schoolVisitsPage"));
        // Follow saves while shown; stop when the card closes, so a closed card is not kept alive.
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.follow();
            } else {
                model.unfollow();
            }
        });
        model.load();
    }

    /** Shows another school's visits (a card reused for the next school). */
    public void setSchoolId(long id) {
        model.setSchoolId(id);
    }

    /** The visits on screen: for tests and for the card's count. */
    public PagedList<Visit> visits() {
        return model.list();
    }
}
