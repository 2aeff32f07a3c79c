// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.schoolwatch.report.MonthlySummary;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.service.MonthlySummaryService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.ValidationException;
import kz.schoolwatch.service.Validator;

/**
 * «Моя подпись под сводкой»: the rank and name the signed-in officer signs their monthly summaries with, edited on
 * the Settings screen (every role) and on the summary screen. Starts with what the summary prints now (the
 * account's own signature, else its name); wrong values are shown next to their field and nothing is saved.
 */
public final class SignatureViewModel {

    private final MonthlySummaryService summaries;
    private final SettingsService settings;
    private final TaskRunner tasks;

    // Properties
    private final StringProperty rank = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    /** The values last read or saved, to tell whether the fields hold unsaved typing. */
    private String shownRank = "";
    private String shownName = "";

    /** A signature saved elsewhere ({@code changes} to the settings) shows here too, see {@link #refresh()}. */
    public SignatureViewModel(MonthlySummaryService summaries, SettingsService settings, TaskRunner tasks, DataChanges changes) {
        this.summaries = summaries;
        this.settings = settings;
        this.tasks = tasks;
        new ChangeFeed(changes, tasks).on(this::refresh, DataChanges.Topic.SETTINGS);
    }

    // Commands

    /** Reads the signature the summary prints now. */
    public void load() {
        tasks.submit(summaries::signature, (MonthlySummary.Signature s) -> {
            shownRank = s.rank();
            shownName = s.name();
            rank.set(s.rank());
            name.set(s.name());
        }, e -> errors.setAll(FieldError.of(FailureMessages.FORM, "common.loadFailed")));
    }

    /**
     * The signature may have been saved elsewhere (the Settings screen, the summary screen): reads it again unless
     * a save is under way or the fields hold typing not saved yet, which is never thrown away.
     */
    public void refresh() {
        if (!busy.get() && shownRank.equals(rank.get()) && shownName.equals(name.get())) {
            load();
        }
    }

    /** Checks both fields, then saves them in the background for this account alone. */
    public void save() {
        saved.set(false);
        String r = rank.get();
        String n = name.get();
        Validator check = new Validator()
                .required("signatureRank", r).maxLength("signatureRank", r, SettingsService.SIGNATURE_MAX)
                .required("signatureName", n).maxLength("signatureName", n, SettingsService.SIGNATURE_MAX);
        if (check.hasErrors()) {
            errors.setAll(check.errors());
            return;
        }
        errors.clear();
        busy.set(true);
        tasks.submit(() -> {
            settings.setSignature(r, n);
            return null;
        }, ok -> {
            busy.set(false);
            shownRank = r.trim();
            shownName = n.trim();
            rank.set(shownRank);
            name.set(shownName);
            saved.set(true);
        }, e -> {
            busy.set(false);
            errors.setAll(e instanceof ValidationException v ? v.errors() : FailureMessages.of(e));
        });
    }

    public StringProperty rankProperty() {
        return rank;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<FieldError> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True after a save went through, until the next attempt. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved;
    }
}
