// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.domain.MySchool;
import kz.schoolwatch.domain.MySchools;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.MySchoolsService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.TaskRunner;

/** An inspector's own schools, the visits due and the overdue checks, read off the FX thread. */
public final class MySchoolsViewModel {

    private final MySchoolsService service;
    private final TaskRunner tasks;

    // Properties
    private final ObjectProperty<MySchools> mine = new SimpleObjectProperty<>();
    private final ObservableList<MySchool> schools = FXCollections.observableArrayList();
    private final ObservableList<MySchool> visitsDue = FXCollections.observableArrayList();
    private final ObservableList<MySchool> checksOverdue = FXCollections.observableArrayList();
    private final BooleanProperty failed = new SimpleBooleanProperty();

    /** Any committed change ({@code changes}) may move a school on or off the lists: they are read again. */
    public MySchoolsViewModel(MySchoolsService service, TaskRunner tasks, DataChanges changes) {
        this.service = service;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::refresh);
    }

    // Commands

    /** Reads the schools again (after any change: a visit or a check moves them off the lists). */
    public void refresh() {
        tasks.submit(service::mySchools, m -> {
            failed.set(false);
            schools.setAll(m.schools());
            visitsDue.setAll(m.visitsDue());
            checksOverdue.setAll(m.checksOverdue());
            mine.set(m);
        }, e -> failed.set(true));
    }

    /** The last figures read, or null before the first. */
    public ReadOnlyObjectProperty<MySchools> mySchoolsProperty() {
        return mine;
    }

    public ObservableList<MySchool> schools() {
        return schools;
    }

    public ObservableList<MySchool> visitsDue() {
        return visitsDue;
    }

    public ObservableList<MySchool> checksOverdue() {
        return checksOverdue;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
