// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.LocalDate;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Camera;
import kz.schoolwatch.domain.CameraConnection;
import kz.schoolwatch.domain.CameraPlacement;
import kz.schoolwatch.domain.CameraStatus;
import kz.schoolwatch.domain.CameraViewArea;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.EditBar;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.SaveFeedback;
import org.kordamp.ikonli.javafx.FontIcon;

/** A school's cameras: the list, one camera at a time, and «N outdoor and M indoor» in one step, bound to {@link SchoolCamerasViewModel}. */
final class CamerasPane extends VBox {

    private final SchoolCamerasViewModel model;
    private final Messages messages;
    private final TableView<Camera> table = new TableView<>();
    private final Label summary = new Label();

    private final TextField bulkOutdoor = new TextField();
    private final TextField bulkIndoor = new TextField();
    private final ComboBox<CameraStatus> bulkStatus = new ComboBox<>();
    private final DatePicker bulkInstalledOn;
    private final CheckBox bulkConnected = new CheckBox();
    private final Label bulkMessage = new Label();
    private final Label listMessage = new Label();
    /** The camera last selected, kept selected when the list reads again (issue 21). */
    private Long chosenCamera;

    CamerasPane(SchoolCamerasViewModel model, Messages messages) {
        this.bulkInstalledOn = Formats.datePicker("bulkInstalledOn", messages);
        this.model = model;
        this.messages = messages;
        setSpacing(10);
        setPadding(new Insets(16));
        summary.setId("cameraSummary");
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            SchoolCamerasViewModel.Counts c = model.countsProperty().get();
            return messages.get("camera.summary", c.outdoor(), c.indoor(), c.working());
        }, model.countsProperty()));

        table.setId("cameraTable");
        table.setItems(model.cameras());
        table.setPlaceholder(new Label(messages.get("camera.none")));
        EnumConverter<CameraPlacement> placement = new EnumConverter<>(messages, "camera.placement", CameraPlacement.class);
        EnumConverter<CameraViewArea> area = new EnumConverter<>(messages, "camera.area", CameraViewArea.class);
        EnumConverter<CameraStatus> status = new EnumConverter<>(messages, "camera.status", CameraStatus.class);
        TableColumn<Camera, CameraPlacement> c1 = Columns.styled(messages.get("camera.col.placement"), 110, Camera::placement, placement::toString, c -> null);
        TableColumn<Camera, CameraViewArea> c2 = Columns.styled(messages.get("camera.col.area"), 130, Camera::viewArea, area::toString, c -> null);
        TableColumn<Camera, CameraStatus> c3 = Columns.styled(messages.get("camera.col.status"), 120, Camera::status, status::toString,
                c -> c.status() == CameraStatus.WORKING ? "success" : c.status() == CameraStatus.FAULTY ? "danger" : "muted");
        TableColumn<Camera, LocalDate> c4 = Columns.styled(messages.get("camera.col.installed"), 110, Camera::installedOn, Formats::date, c -> null);
        TableColumn<Camera, String> zone = Columns.of(messages.get("camera.col.zone"), 110, c -> CameraTexts.zone(messages, c.details()));
        zone.setId("cameraColZone");
        TableColumn<Camera, String> archive = Columns.of(messages.get("camera.col.archiveDays"), 80,
                c -> CameraTexts.archive(messages, c.details().archiveDays()));
        archive.setId("cameraColArchive");
        EnumConverter<CameraConnection> connection = new EnumConverter<>(messages, "camera.connection", CameraConnection.class);
        TableColumn<Camera, CameraConnection> c5 = Columns.styled(messages.get("camera.col.connection"), 130, c -> c.details().connection(),
                connection::toString, c -> null);
        c5.setId("cameraColConnection");
        TableColumn<Camera, String> c6 = Columns.of(messages.get("camera.col.note"), 160, Camera::note);
        table.getColumns().setAll(List.of(c1, zone, c2, c3, c4, archive, c5, c6));
        // Several cameras at once for «Изменить выбранные…»; a double click or «Изменить» still opens one.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.setRowFactory(t -> {
            TableRow<Camera> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        Tables.openOnEnter(table, this::edit);
        VBox.setVgrow(table, Priority.ALWAYS);

        EditBar<Camera> bar = new EditBar<>(messages, table.getSelectionModel().selectedItemProperty());
        Button add = bar.add("cameraAdd", "camera.add", "mdi2p-plus", () -> edit(null));
        Button editButton = bar.edit("cameraEdit", this::edit);
        Button delete = bar.delete("cameraDelete", this::delete);
        listMessage.setId("cameraListMessage");
        listMessage.getStyleClass().add("error-text");
        listMessage.textProperty().bind(Bindings.createStringBinding(() -> model.listErrorProperty().get() == null ? ""
                : messages.get(model.listErrorProperty().get()), model.listErrorProperty()));
        Button editSelected = new Button(messages.get("camera.details.bulk.button"), new FontIcon("mdi2p-pencil-box-multiple"));
        editSelected.setId("cameraEditSelected");
        editSelected.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        editSelected.setOnAction(e -> editSelected());
        HBox actions = new HBox(8, add, editButton, editSelected, delete, listMessage);
        actions.setAlignment(Pos.CENTER_LEFT);

        FormErrors errors = new FormErrors(messages);
        bulkOutdoor.setId("bulkOutdoor");
        bulkIndoor.setId("bulkIndoor");
        bulkOutdoor.setPrefColumnCount(5);
        bulkIndoor.setPrefColumnCount(5);
        bulkStatus.setId("bulkStatus");
        bulkStatus.getItems().setAll(CameraStatus.WORKING, CameraStatus.FAULTY);
        bulkStatus.setConverter(status);
        bulkConnected.setId("bulkConnected");
        bulkConnected.setText(messages.get("camera.field.cou"));
        bulkOutdoor.textProperty().bindBidirectional(model.outdoorProperty());
        bulkIndoor.textProperty().bindBidirectional(model.indoorProperty());
        bulkStatus.valueProperty().bindBidirectional(model.statusProperty());
        DateFields.bind(bulkInstalledOn, model.installedOnProperty(), model.installedOnUnreadableProperty());
        bulkConnected.selectedProperty().bindBidirectional(model.connectedProperty());
        Button bulkAdd = new Button(messages.get("camera.bulk.add"), new FontIcon("mdi2p-playlist-plus"));
        bulkAdd.setId("bulkAdd");
        bulkAdd.setOnAction(e -> {
            Formats.commit(bulkInstalledOn);
            model.addMany();
        });
        bulkMessage.setId("bulkMessage");
        SaveFeedback bulkFeedback = new SaveFeedback(messages, errors, bulkMessage);
        model.outcomeProperty().addListener((o, was, now) -> now.showIn(bulkFeedback, messages));
        bulkAdd.setMinWidth(Region.USE_PREF_SIZE);
        bulkConnected.setMinWidth(Region.USE_PREF_SIZE);
        // One row, fields and button together, so the card's cameras tab keeps the list, the faults and this form
        // in sight on a 768-pixel-high laptop screen.
        HBox bulkFields = new HBox(12,
                errors.register("outdoor", new FormField(messages.get("camera.bulk.outdoor"), bulkOutdoor)),
                errors.register("indoor", new FormField(messages.get("camera.bulk.indoor"), bulkIndoor)),
                errors.register("status", new FormField(messages.get("camera.field.status"), bulkStatus)),
                errors.register("installedOn", new FormField(messages.get("camera.field.installed"), bulkInstalledOn)),
                bulkConnected, bulkAdd);
        bulkFields.setAlignment(Pos.BOTTOM_LEFT);
        // A refusal (the school archived or deleted meanwhile) is a sentence or two: it wraps under the row, and the
        // line takes no room while there is nothing to say.
        bulkMessage.setWrapText(true);
        bulkMessage.managedProperty().bind(bulkMessage.textProperty().isNotEmpty());
        TitledPane bulk = new TitledPane(messages.get("camera.bulk.title"), new VBox(6, bulkFields, bulkMessage));
        bulk.setId("cameraBulkPane");
        bulk.setCollapsible(false);

        getChildren().addAll(summary, actions, table);
        if (model.faults() != null) {
            // Issue 21: the selected camera's faults and repairs, between the list and the bulk form.
            table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
                if (now != null) {
                    chosenCamera = now.id();
                }
                model.faults().select(now);
            });
            // A fault changes its camera's status: the list reads again, and the camera stays selected with its history.
            model.cameras().addListener((ListChangeListener<Camera>) c -> Platform.runLater(this::keepChosenCamera));
            table.setPrefHeight(160);
            getChildren().add(new CameraFaultsPane(model.faults(), messages));
        }
        getChildren().add(bulk);
    }

    private void keepChosenCamera() {
        Camera selected = table.getSelectionModel().getSelectedItem();
        if (chosenCamera == null || selected != null && chosenCamera.equals(selected.id())) {
            return;
        }
        model.cameras().stream().filter(c -> chosenCamera.equals(c.id())).findFirst().ifPresent(c -> table.getSelectionModel().select(c));
    }

    private void edit(Camera camera) {
        CameraDialog dialog = new CameraDialog(messages, model.form(camera));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(saved -> model.reload());
    }

    private void editSelected() {
        List<Camera> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        CameraDetailsEditDialog dialog = new CameraDetailsEditDialog(messages, model.detailsEdit(selected));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait();
        // Saved or refused because one was changed meanwhile: either way the list shows what is stored now.
        model.reload();
    }

    private void delete(Camera camera) {
        if (camera == null || !Dialogs.confirm(this, messages, messages.get("camera.delete.header"), messages.get("camera.delete.text"))) {
            return;
        }
        model.delete(camera);
    }
}
