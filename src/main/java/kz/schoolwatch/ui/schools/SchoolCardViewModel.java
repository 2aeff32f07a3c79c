// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.SaveFailedException;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.visits.SchoolVisitsViewModel;

/**
 * The card of one school: the school shown in its heading, archiving and restoring it, and the forms of its
 * tabs (data, cameras, equipment, checks, officer). A new school has only its data until it is saved.
 */
final class SchoolCardViewModel {

    private final SchoolService schools;
    private final TaskRunner tasks;
    private final SchoolDetailsViewModel details;
    private final SchoolCamerasViewModel cameras;
    private final EquipmentViewModel equipment;
    private final ChecksViewModel checks;
    private final OfficerAssignmentViewModel officer;
    /** Null when the card was opened without the judgement of compliance. */
    private final SchoolComplianceViewModel compliance;

    // Properties
    private final ObjectProperty<Long> schoolId = new SimpleObjectProperty<>();
    /** The school as last read, for the heading; null for a new one. */
    private final ObjectProperty<SchoolDetails> school = new SimpleObjectProperty<>();
    /** The message key of what the last command did, or null. */
    private final StringProperty message = new SimpleStringProperty();
    /** True once the school was deleted (it had nothing recorded): the card goes. */
    private final BooleanProperty deleted = new SimpleBooleanProperty();

    private final SchoolCardServices services;
    /** Stops following saves made elsewhere; null while not following. */
    private Runnable unfollow;

    SchoolCardViewModel(SchoolCardServices services, Long schoolId) {
        this.services = services;
        this.schools = services.schools();
        this.tasks = services.tasks();
        this.details = new SchoolDetailsViewModel(services.schools(), tasks);
        this.cameras = new SchoolCamerasViewModel(services.cameras(), tasks, services.faults(), services.settings(), services.clock());
        this.equipment = new EquipmentViewModel(services.equipment(), tasks, services.clock());
        this.checks = new ChecksViewModel(services.checks(), services.schools(), services.settings(), tasks, services.clock(),
                services.messages());
        this.officer = new OfficerAssignmentViewModel(services.schools(), tasks, services.clock());
        this.compliance = services.compliance() == null ? null : new SchoolComplianceViewModel(services.compliance(), tasks);
        this.schoolId.set(schoolId);
        details.onSaved(this::saved);
    }

    // Commands

    /**
     * Reads the data tab and, for a saved school, the heading and every other tab; then follows saves made
     * elsewhere (another window, or another PC through the server).
     */
    void load() {
        Long id = schoolId.get();
        details.load(id);
        if (id != null) {
            loadTabs(id);
        }
        follow();
    }

    /**
     * After each save made elsewhere, the heading and every tab it touches read again; a form holding unsaved
     * input keeps it (its save then meets the conflict dialog). The visits tab follows on its own.
     */
    private void follow() {
        if (unfollow != null) {
            return;
        }
        ChangeFeed feed = new ChangeFeed(services.changes(), tasks);
        List<Runnable> stops = List.of(
                feed.on(this::schoolChanged, Topic.SCHOOLS),
                feed.on(() -> whenSaved(id -> cameras.reload()), Topic.CAMERAS),
                feed.on(() -> whenSaved(id -> equipment.reload()), Topic.EQUIPMENT),
                // Compliance is judged from the school, its cameras (their faults too) and its equipment.
                feed.on(() -> whenSaved(id -> {
                    if (compliance != null) {
                        compliance.reload();
                    }
                }), Topic.SCHOOLS, Topic.CAMERAS, Topic.EQUIPMENT),
                feed.on(() -> whenSaved(checks::load), Topic.CHECKS),
                feed.on(() -> whenSaved(id -> {
                    checks.load(id);
                    officer.load(id);
                }), Topic.OFFICERS));
        unfollow = () -> stops.forEach(Runnable::run);
    }

    /** Stops following, so that a closed card is not kept alive by the changes it followed. */
    void unfollow() {
        if (unfollow != null) {
            unfollow.run();
            unfollow = null;
        }
    }

    /** A school changed somewhere (its data, archive or officer): the heading, the data tab and the officer tab. */
    private void schoolChanged() {
        whenSaved(id -> {
            reloadHeader();
            details.reload();
            officer.load(id);
        });
    }

    /** Runs {@code action} with the school's id once it is saved; a new school has nothing to read yet. */
    private void whenSaved(LongConsumer action) {
        Long id = schoolId.get();
        if (id != null) {
            action.accept(id);
        }
    }

    private void saved(long id) {
        boolean wasNew = schoolId.get() == null;
        schoolId.set(id);
        if (wasNew) {
            loadTabs(id);
        } else {
            reloadHeader();
        }
    }

    private void loadTabs(long id) {
        reloadHeader();
        cameras.load(id);
        equipment.load(id);
        checks.load(id);
        officer.load(id);
        if (compliance != null) {
            compliance.load(id);
        }
    }

    private void reloadHeader() {
        long id = schoolId.get();
        tasks.submit(() -> schools.find(id), school::set, e -> {
            if (e instanceof NoSuchElementException) {
                say("school.card.goneMeanwhile");
            }
        });
    }

    /** Archives the school, or deletes it when nothing was recorded at it. */
    void remove() {
        long id = schoolId.get();
        tasks.submit(() -> schools.remove(id), outcome -> {
            if (outcome == SchoolService.RemoveOutcome.DELETED) {
                deleted.set(true);
            } else {
                say("school.archived");
                reloadHeader();
            }
        }, this::refused);
    }

    void restore() {
        long id = schoolId.get();
        tasks.submit(() -> {
            schools.restore(id);
            return Boolean.TRUE;
        }, done -> {
            say("school.restored");
            reloadHeader();
        }, this::refused);
    }

    /** An archive or restore the database refused (the school deleted meanwhile): the card says why. */
    private void refused(Throwable error) {
        say(error instanceof SaveFailedException f ? f.messageKey() : "save.error.unexpected");
    }

    private void say(String key) {
        // The same message again still tells the card.
        message.set(null);
        message.set(key);
    }

    boolean hasUnsavedInput() {
        return details.hasUnsavedInput();
    }

    /** Saves the data tab; {@code done} gets whether it saved. */
    void saveDetails(Consumer<Boolean> done) {
        details.save(done);
    }

    ReadOnlyObjectProperty<Long> schoolIdProperty() {
        return schoolId;
    }

    ReadOnlyObjectProperty<SchoolDetails> schoolProperty() {
        return school;
    }

    StringProperty messageProperty() {
        return message;
    }

    ReadOnlyBooleanProperty deletedProperty() {
        return deleted;
    }

    SchoolDetailsViewModel details() {
        return details;
    }

    SchoolCamerasViewModel cameras() {
        return cameras;
    }

    EquipmentViewModel equipment() {
        return equipment;
    }

    ChecksViewModel checks() {
        return checks;
    }

    OfficerAssignmentViewModel officer() {
        return officer;
    }

    /** The compliance tab's model; null when the card has no such tab. */
    SchoolComplianceViewModel compliance() {
        return compliance;
    }

    /** The visits tab's model for the saved school {@code id}. */
    SchoolVisitsViewModel visitsOf(long id) {
        return new SchoolVisitsViewModel(services.visits(), services.tasks(), services.changes(), id);
    }
}
