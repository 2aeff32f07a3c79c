// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.Callable;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.ReferenceListService;

/**
 * One catalogue (visit purposes, event types, offence kinds) being edited: its entries, the one chosen, the name
 * typed; add, rename, retire or bring back, each in the background. Entries are never deleted.
 */
public final class ReferenceListViewModel {

    private final ReferenceListService service;
    private final ReferenceList list;
    private final TaskRunner tasks;

    // Properties
    private final ObservableList<ReferenceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ReferenceItem> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();

    public ReferenceListViewModel(ReferenceListService service, ReferenceList list, TaskRunner tasks) {
        this.service = service;
        this.list = list;
        this.tasks = tasks;
        // Choosing an entry puts its name in the field, to be changed.
        selected.addListener((o, was, now) -> name.set(now == null ? "" : now.name()));
    }

    // Commands

    /** Reads the entries, the retired ones too. */
    public void load() {
        reload(null);
    }

    /** Adds an entry named as typed. */
    public void add() {
        String typed = name.get();
        run(() -> service.add(list, typed));
    }

    /** Gives the chosen entry the name typed. */
    public void rename() {
        ReferenceItem item = selected.get();
        String typed = name.get();
        if (item != null) {
            run(() -> {
                service.rename(list, item.id(), typed);
                return null;
            });
        }
    }

    /** Retires the chosen entry, or brings a retired one back. */
    public void toggleActive() {
        ReferenceItem item = selected.get();
        if (item != null) {
            run(() -> {
                service.setActive(list, item.id(), !item.active());
                return null;
            });
        }
    }

    private void run(Callable<?> change) {
        errors.clear();
        tasks.submit(change, ok -> reload(name.get()), error -> errors.setAll(FailureMessages.of(error)));
    }

    /** Reads the entries and chooses the one named {@code select}, if any. */
    private void reload(String select) {
        tasks.submit(() -> service.all(list), all -> {
            items.setAll(all);
            selected.set(all.stream().filter(i -> i.name().equals(select == null ? null : select.trim())).findFirst().orElse(null));
        }, error -> errors.setAll(FieldError.of(FailureMessages.FORM, "common.loadFailed")));
    }

    public ReferenceList list() {
        return list;
    }

    public ObservableList<ReferenceItem> items() {
        return items;
    }

    public ObjectProperty<ReferenceItem> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** What the last change or read refused; errors of {@link FailureMessages#FORM} belong under the buttons. */
    public ObservableList<FieldError> errors() {
        return errors;
    }
}
