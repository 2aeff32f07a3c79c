// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.requirements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.RequirementItem;
import kz.schoolwatch.domain.RequirementSet;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.RequirementService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.FailureMessages;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * «Требования»: the requirement sets, the chosen set's items, and the administrator's changes to them, each read
 * and written in the background (issue 21).
 */
public final class RequirementsViewModel {

    private final RequirementService service;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<RequirementSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<RequirementSet> selectedSet = new SimpleObjectProperty<>();
    private final ObservableList<RequirementItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<RequirementItem> selectedItem = new SimpleObjectProperty<>();
    private final BooleanProperty regionalCentre = new SimpleBooleanProperty(true);
    private final BooleanProperty setDeletable = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    /** While the stored setting is being shown, its change is no save. */
    private boolean showingStored;

    public RequirementsViewModel(RequirementService service, SettingsService settings, TaskRunner tasks, Messages messages,
                                 Clock clock) {
        this.service = service;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        selectedSet.addListener((o, was, now) -> {
            items.setAll(now == null ? List.of() : now.items());
            setDeletable.set(now != null && service.deletable(now, sets));
        });
        regionalCentre.addListener((o, was, now) -> {
            if (!showingStored) {
                run(() -> {
                    settings.setRegionalCentre(now);
                    return null;
                }, null);
            }
        });
    }

    /** Reads the sets (choosing the one in force today at first) and the regional-centre setting. */
    public void load() {
        Long keep = selectedSet.get() == null ? null : selectedSet.get().id();
        Long keepItem = selectedItem.get() == null ? null : selectedItem.get().id();
        reload(keep, keepItem);
    }

    private void reload(Long setId, Long itemId) {
        tasks.submit(() -> new Loaded(service.sets(), settings.regionalCentre()), loaded -> {
            sets.setAll(loaded.sets());
            RequirementSet choose = loaded.sets().stream().filter(s -> s.id().equals(setId)).findFirst()
                    .orElseGet(() -> inForceToday(loaded.sets()));
            selectedSet.set(null);
            selectedSet.set(choose);
            items.stream().filter(i -> i.id().equals(itemId)).findFirst().ifPresent(selectedItem::set);
            showingStored = true;
            regionalCentre.set(loaded.regionalCentre());
            showingStored = false;
        }, failure -> error.set(messages.get("common.loadFailed")));
    }

    private RequirementSet inForceToday(List<RequirementSet> all) {
        LocalDate today = LocalDate.now(clock);
        RequirementSet found = null;
        for (RequirementSet s : all) {
            if (!s.validFrom().isAfter(today) || found == null) {
                found = s;
            }
        }
        return found;
    }

    private record Loaded(List<RequirementSet> sets, boolean regionalCentre) {
    }

    /** The save of an item's form (new when {@code id} is null), for the dialog to run; the list reads again after. */
    public Callable<Long> saveItem(RequirementItem item) {
        return () -> service.saveItem(item);
    }

    /** After a dialog's save: reads again, choosing the item saved. */
    public void saved(Long itemId) {
        error.set("");
        reload(selectedSet.get() == null ? null : selectedSet.get().id(), itemId);
    }

    public void deleteItem() {
        RequirementItem item = selectedItem.get();
        if (item != null) {
            run(() -> {
                service.deleteItem(item);
                return null;
            }, null);
        }
    }

    /** Moves the chosen item one place up or down; it stays chosen. */
    public void move(boolean up) {
        RequirementItem item = selectedItem.get();
        if (item != null) {
            run(() -> {
                service.moveItem(item, up);
                return null;
            }, item.id());
        }
    }

    /** The save of «Новая редакция», for the dialog to run; the new set is chosen after. */
    public Callable<Long> newEdition(String name, String legalSource, LocalDate validFrom) {
        return () -> service.newEdition(name, legalSource, validFrom);
    }

    /** After a new edition: reads again, choosing it. */
    public void editionAdded(Long setId) {
        error.set("");
        reload(setId, null);
    }

    public void deleteSet() {
        RequirementSet set = selectedSet.get();
        if (set != null) {
            run(() -> {
                service.deleteSet(set);
                return null;
            }, null);
            selectedSet.set(null);
        }
    }

    private void run(Callable<?> change, Long chooseItem) {
        error.set("");
        Long setId = selectedSet.get() == null ? null : selectedSet.get().id();
        tasks.submit(change, ok -> reload(setId, chooseItem), failure -> {
            List<FieldError> errors = FailureMessages.of(failure);
            error.set(errors.isEmpty() ? "" : messages.get(errors.get(0).messageKey(), errors.get(0).args().toArray()));
            reload(setId, chooseItem);
        });
    }

    /** The latest set, whose day a new edition must follow; null when there is none. */
    public RequirementSet latest() {
        return sets.isEmpty() ? null : sets.get(sets.size() - 1);
    }

    public ObservableList<RequirementSet> sets() {
        return sets;
    }

    public ObjectProperty<RequirementSet> selectedSetProperty() {
        return selectedSet;
    }

    public ObservableList<RequirementItem> items() {
        return items;
    }

    public ObjectProperty<RequirementItem> selectedItemProperty() {
        return selectedItem;
    }

    public BooleanProperty regionalCentreProperty() {
        return regionalCentre;
    }

    /** Whether the chosen set may be deleted (the newest, not yet in force). */
    public BooleanProperty setDeletableProperty() {
        return setDeletable;
    }

    /** What the last change refused, in the user's language; empty while nothing was. */
    public StringProperty errorProperty() {
        return error;
    }
}
