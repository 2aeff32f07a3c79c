// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.DatabaseErrors;
import kz.schoolwatch.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import kz.schoolwatch.ui.common.ScreenActions;

/** The city at a glance: schools with and without video surveillance, cameras outside and inside. */
public final class DashboardView extends VBox implements ScreenActions {

    private final DashboardViewModel model;
    private final Messages messages;

    public DashboardView(DashboardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("dashboardView");
        getStyleClass().add("screen");
        setSpacing(18);
        setPadding(new Insets(24, 28, 24, 28));
        getChildren().addAll(header(), schoolTiles(), cameraTiles(), errorLabel());
    }

    /**
     * Puts an inspector's own schools above the city's figures: an inspector lands on the dashboard and sees their
     * schools, visits due and overdue checks first.
     */
    public void addOwnSchools(Node mySchools) {
        getChildren().add(0, mySchools);
    }

    /** Puts {@code charts} below the figures; start-up adds them once the figures are on screen. */
    public void addCharts(Node charts) {
        getChildren().add(getChildren().size() - 1, charts);
    }

    private HBox header() {
        Label title = new Label(messages.get("dashboard.title"));
        title.getStyleClass().add("screen-title");
        String today = LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
        Label subtitle = new Label(messages.get("dashboard.subtitle", today));
        subtitle.getStyleClass().add("screen-subtitle");
        VBox titles = new VBox(2, title, subtitle);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        Button refresh = new Button(messages.get("common.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("dashboardRefresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(e -> model.refresh());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, titles, spacer, busy, refresh);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox schoolTiles() {
        FlowPane tiles = new FlowPane(16, 16,
                tile("dashboardSchools", "mdi2s-school", "dashboard.schools", "dashboard.schools.hint", model.schoolsProperty(), "accent"),
                tile("dashboardSchoolsWithCameras", "mdi2c-cctv", "dashboard.schoolsWithCameras",
                        "dashboard.schoolsWithCameras.hint", model.schoolsWithCamerasProperty(), "success"),
                tile("dashboardSchoolsWithoutCameras", "mdi2a-alert-outline", "dashboard.schoolsWithoutCameras",
                        "dashboard.schoolsWithoutCameras.hint", model.schoolsWithoutCamerasProperty(), "danger"));
        return section("dashboard.section.schools", tiles, coverageLabel());
    }

    private VBox cameraTiles() {
        FlowPane tiles = new FlowPane(16, 16,
                tile("dashboardCamerasTotal", "mdi2c-cctv", "dashboard.camerasTotal", "dashboard.camerasTotal.hint",
                        model.camerasTotalProperty(), "accent"),
                tile("dashboardCamerasOutdoor", "mdi2h-home-outline", "dashboard.camerasOutdoor", "dashboard.camerasOutdoor.hint",
                        model.camerasOutdoorProperty(), "neutral"),
                tile("dashboardCamerasIndoor", "mdi2d-door", "dashboard.camerasIndoor", "dashboard.camerasIndoor.hint",
                        model.camerasIndoorProperty(), "neutral"));
        return section("dashboard.section.cameras", tiles, null);
    }

    private VBox section(String titleKey, FlowPane tiles, Label footnote) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(10, title, tiles);
        if (footnote != null) {
            box.getChildren().add(footnote);
        }
        return box;
    }

    private Label coverageLabel() {
        Label label = new Label();
        label.setId("dashboardCoverage");
        label.getStyleClass().add("footnote");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            int all = model.schoolsProperty().get();
            if (all == 0) {
                return "";
            }
            double share = 100.0 * model.schoolsWithCamerasProperty().get() / all;
            return messages.get("dashboard.coverage", share, model.schoolsWithCamerasProperty().get(), all);
        }, model.schoolsProperty(), model.schoolsWithCamerasProperty()));
        return label;
    }

    private VBox tile(String valueId, String icon, String titleKey, String hintKey, ObservableIntegerValue value, String tone) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("tile-icon");
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("tile-title");
        HBox head = new HBox(8, glyph, title);
        head.setAlignment(Pos.CENTER_LEFT);

        Label number = new Label();
        number.setId(valueId);
        number.getStyleClass().add("tile-value");
        number.textProperty().bind(Bindings.createStringBinding(
                () -> model.loadedProperty().get() ? messages.get("common.count", value.get()) : "—",
                value, model.loadedProperty()));

        Label hint = new Label(messages.get(hintKey));
        hint.getStyleClass().add("tile-hint");
        hint.setWrapText(true);

        VBox tile = new VBox(6, head, number, hint);
        tile.getStyleClass().addAll("tile", "tile-" + tone);
        tile.setPrefWidth(250);
        tile.setMinWidth(220);
        return tile;
    }

    private Label errorLabel() {
        Label label = new Label();
        label.setId("dashboardError");
        label.getStyleClass().add("error-text");
        label.textProperty().bind(Bindings.createStringBinding(
                () -> model.failureProperty().get() == null ? ""
                        : DatabaseErrors.describeLoad(model.failureProperty().get(), messages, "dashboard.loadFailed"),
                model.failureProperty()));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    @Override
    public ButtonBase refreshButton() {
        return ScreenActions.button(this, "dashboardRefresh");
    }
}
