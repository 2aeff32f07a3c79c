// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.PagedList;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The visits of one school, newest first, a page at a time, for the school's card. Loads off the FX thread
 * and follows saves made elsewhere while it is on screen. Table fx:id {@code schoolVisitsTable}.
 */
public final class SchoolVisitsPane extends VBox {

    static final int PAGE_SIZE = 50;

    private final VisitService service;
    private final PagedList<Visit> visits;
    private final TableView<Visit> table = new TableView<>();
    private long schoolId;
    private Runnable unsubscribe;

    public SchoolVisitsPane(VisitService service, TaskRunner tasks, DataChanges changes, Messages messages, long schoolId) {
        super(6);
        this.schoolId = schoolId;
        this.service = service;
        setId("schoolVisitsPane");
        this.visits = new PagedList<>(tasks, PAGE_SIZE, loader(service));
        table.setId("schoolVisitsTable");
        table.setItems(visits.rows());
        VisitColumns.install(table, messages, false);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new PageBar(visits, messages, "schoolVisitsPage"));
        // Follow saves while shown; stop listening when the card closes, so a closed card is not kept alive.
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && unsubscribe == null) {
                unsubscribe = changes.subscribe(topic -> {
                    if (topic == DataChanges.Topic.VISITS || topic == DataChanges.Topic.OFFICERS || topic == DataChanges.Topic.REFERENCE) {
                        Platform.runLater(visits::refresh);
                    }
                });
            } else if (now == null && unsubscribe != null) {
                unsubscribe.run();
                unsubscribe = null;
            }
        });
        visits.show(0);
    }

    private PagedList.Loader<Visit> loader(VisitService s) {
        return (offset, limit) -> s.page(VisitFilter.ofSchool(schoolId), offset, limit);
    }

    /** Shows another school's visits (a card reused for the next school). */
    public void setSchoolId(long id) {
        this.schoolId = id;
        visits.reload(loader(service));
    }

    /** The visits on screen: for tests and for the card's count. */
    public PagedList<Visit> visits() {
        return visits;
    }
}
