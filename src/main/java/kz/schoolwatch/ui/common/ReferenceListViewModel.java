// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.ReferenceItem;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.service.EditConflictException;
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
    private final ObjectProperty<ConflictViewModel<?>> conflict = new SimpleObjectProperty<>();

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

    /**
     * Gives the chosen entry the name typed. The name as shown, unchanged, is no rename: a shipped entry shows in
     * the user's language, and storing that would make it the unit's own, fixed in one language.
     */
    public void rename() {
        ReferenceItem item = selected.get();
        String typed = name.get();
        if (item != null && !(typed != null && typed.strip().equals(item.name()))) {
            rename(item, name.get());
        }
    }

    /** Renames {@code item} as it was read; a rename over someone else's change opens the comparison. */
    private void rename(ReferenceItem item, String typed) {
        ReferenceItem mine = item.withName(typed);
        conflict.set(null);
        run(() -> {
            service.rename(list, item.id(), typed, item.version());
            return null;
        }, error -> {
            if (error instanceof EditConflictException changed) {
                conflict.set(conflictWith(item, changed.current(ReferenceItem.class), mine));
            }
        });
    }

    /** Their entry beside the one chosen and the name typed; keeping theirs shows it, mine or the merge renames over it. */
    private ConflictViewModel<ReferenceItem> conflictWith(ReferenceItem opened, ReferenceItem theirs, ReferenceItem mine) {
        ConflictFields<ReferenceItem> fields = ConflictFields.of(ReferenceItem.class)
                .add("name", "reference.name", ReferenceItem::name);
        return new ConflictViewModel<>(fields, opened, theirs, mine, this::showTheirs, merged -> {
            showTheirs(theirs);
            name.set(merged.name());
            rename(theirs, merged.name());
        });
    }

    /** Chooses {@code theirs} in the list as stored now, its name in the field. */
    private void showTheirs(ReferenceItem theirs) {
        items.replaceAll(i -> i.id() == theirs.id() ? theirs : i);
        selected.set(theirs);
    }

    /**
     * Retires the chosen entry, or brings a retired one back. One someone changed meanwhile is left as it is: the
     * reason shows and the list reads again, so the officer sees the change before deciding again.
     */
    public void toggleActive() {
        ReferenceItem item = selected.get();
        if (item != null) {
            run(() -> {
                service.setActive(list, item.id(), !item.active(), item.version());
                return null;
            }, error -> reloadChoosing(i -> i.id() == item.id()));
        }
    }

    private void run(Callable<?> change) {
        run(change, error -> { });
    }

    private void run(Callable<?> change, Consumer<Throwable> alsoOnFailure) {
        errors.clear();
        tasks.submit(change, ok -> reload(name.get()), error -> {
            errors.setAll(FailureMessages.of(error));
            alsoOnFailure.accept(error);
        });
    }

    /** Reads the entries and chooses the one named {@code select}, if any. */
    private void reload(String select) {
        String name = select == null ? null : select.trim();
        reloadChoosing(i -> i.name().equals(name));
    }

    /** Reads the entries and chooses the first that {@code select} accepts, if any. */
    private void reloadChoosing(Predicate<ReferenceItem> select) {
        tasks.submit(() -> service.all(list), all -> {
            items.setAll(all);
            selected.set(all.stream().filter(select).findFirst().orElse(null));
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

    /** A rename that met someone else's change, for the dialog to show field by field; null while none. */
    public ReadOnlyObjectProperty<ConflictViewModel<?>> conflictProperty() {
        return conflict;
    }

    /** What the last change or read refused; errors of {@link FailureMessages#FORM} belong under the buttons. */
    public ObservableList<FieldError> errors() {
        return errors;
    }
}
