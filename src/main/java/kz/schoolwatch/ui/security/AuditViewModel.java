// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.AuditEvent;
import kz.schoolwatch.domain.AuditFilter;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.security.AuditService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.PagedList;
import kz.schoolwatch.ui.common.TaskRunner;

/** The audit trail screen: a period, a user and an action to filter by, a page of entries, check and export. */
public final class AuditViewModel {

    static final int PAGE = 200;

    private final AuditService audit;
    private final TaskRunner tasks;
    private final Messages messages;
    private final PagedList<AuditEvent> list;

    // Properties
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty();
    private final StringProperty action = new SimpleStringProperty();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    public AuditViewModel(AuditService audit, TaskRunner tasks, Messages messages, LocalDate today) {
        this.audit = audit;
        this.tasks = tasks;
        this.messages = messages;
        this.from.set(today.minusDays(30));
        this.to.set(today);
        this.list = new PagedList<>(tasks, PAGE, (offset, limit) -> audit.page(filter(), offset, limit));
    }

    /** The filter as it stands on the screen. */
    public AuditFilter filter() {
        return new AuditFilter(from.get(), to.get(), blank(actor.get()), blank(action.get()), null);
    }

    // Commands

    public void load() {
        AuditFilter f = filter();
        list.reload((offset, limit) -> audit.page(f, offset, limit));
        tasks.submit(audit::actors, actors::setAll, e -> { });
    }

    /**
     * Follows committed changes, on this PC and, on the unit's server, on the others: every change of data is
     * recorded in the trail, and on the server another PC's sign-in, lock or export too; the page on screen is read
     * again, with the filter it was read with (one typed meanwhile but not yet applied stays as typed) and on the
     * same page.
     */
    public void follow(ChangeFeed changes) {
        changes.on(() -> {
            list.refresh();
            tasks.submit(audit::actors, actors::setAll, e -> { });
        }, Topic.values());
    }

    /** Walks the hash chain and says whether it holds, or where it breaks. */
    public void verify() {
        status.set(messages.get("audit.checking"));
        tasks.submit(audit::verify, check -> {
            status.set(check.intact() ? messages.get("audit.intact", check.checked())
                    : messages.get("audit.broken", check.firstBroken().getAsLong()));
            list.refresh();
        }, e -> status.set(messages.get("audit.checkFailed")));
    }

    public void export(Path target) {
        AuditFilter f = filter();
        status.set(messages.get("audit.exporting"));
        tasks.submit(() -> audit.exportCsv(f, target), n -> {
            status.set(messages.get("audit.exported", n, target.toAbsolutePath()));
            list.refresh();
        }, e -> status.set(messages.get("audit.exportFailed", target.toAbsolutePath())));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public PagedList<AuditEvent> list() {
        return list;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
