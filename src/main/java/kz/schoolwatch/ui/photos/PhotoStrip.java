// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.domain.PhotoOwner;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.FieldError;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.Formats;

/**
 * The photos of one finding or order as a row of thumbnails, with «Добавить фото…» (several files at once) and
 * «Удалить» for a head (files may also be dropped on it); a double click, Enter or «Открыть» shows the photo in a
 * {@link PhotoViewer}. A screen
 * embeds it and tells it whose photos to show:
 *
 * <pre>
 * PhotoStrip strip = new PhotoStrip(new PhotoServices(context.photos(), tasks, messages));
 * strip.show(PhotoOwner.finding(findingId));   // or PhotoOwner.order(orderId); null: none
 * </pre>
 */
public final class PhotoStrip extends VBox {

    private static final double THUMB_HEIGHT = 90;
    private static final double THUMB_MAX_WIDTH = 150;

    private final PhotoServices services;
    private final PhotoStripViewModel model;
    private final Messages messages;
    private final HBox thumbnails = new HBox(8);
    private final ToggleGroup choice = new ToggleGroup();
    private final Label count = new Label();
    private final VBox problems = new VBox(2);
    private PhotoFiles files;

    public PhotoStrip(PhotoServices services) {
        this.services = services;
        this.model = new PhotoStripViewModel(services);
        this.messages = services.messages();
        this.files = PhotoFiles.system(messages);
        setSpacing(6);
        getStyleClass().add("photo-strip");

        count.setId("photoCount");
        Button add = new Button(messages.get("photo.strip.add"));
        add.setId("photoAdd");
        add.setOnAction(e -> chooseAndAdd());
        add.disableProperty().bind(model.ownerProperty().isNull().or(model.busyProperty())
                .or(Bindings.size(model.photos()).greaterThanOrEqualTo(model.limit())));
        Button open = new Button(messages.get("photo.strip.open"));
        open.setId("photoOpen");
        open.setOnAction(e -> openViewer(model.selectedProperty().get()));
        open.disableProperty().bind(model.selectedProperty().isNull());
        Button delete = new Button(messages.get("photo.strip.delete"));
        delete.setId("photoDelete");
        delete.setOnAction(e -> confirmDelete());
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        for (Button headOnly : List.of(add, delete)) {
            headOnly.visibleProperty().bind(model.canChangeProperty());
            headOnly.managedProperty().bind(model.canChangeProperty());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, count, gap, add, open, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        thumbnails.setId("photoThumbnails");
        thumbnails.setAlignment(Pos.CENTER_LEFT);
        thumbnails.setMinHeight(THUMB_HEIGHT + 12);
        ScrollPane row = new ScrollPane(thumbnails);
        row.setId("photoRow");
        row.setFitToHeight(true);
        row.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        row.setPrefViewportHeight(THUMB_HEIGHT + 14);
        row.setFocusTraversable(false);

        ProgressBar progress = new ProgressBar();
        progress.setId("photoProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        problems.setId("photoProblems");
        getChildren().addAll(bar, row, progress, problems);
        acceptDroppedFiles(add);

        model.photos().addListener((ListChangeListener<Photo>) c -> showThumbnails());
        model.problems().addListener((ListChangeListener<FieldError>) c -> showProblems());
        model.selectedProperty().addListener((o, was, now) -> selectThumbnail(now));
        choice.selectedToggleProperty().addListener((o, was, now) ->
                model.selectedProperty().set(now == null ? null : (Photo) now.getUserData()));
        showThumbnails();
    }

    /** Shows {@code owner}'s photos (a finding's or an order's); null shows none and disables adding. */
    public void show(PhotoOwner owner) {
        model.show(owner);
    }

    /** Reads the photos again, for a screen that heard another PC changed them. */
    public void reload() {
        model.reload();
    }

    /** Adds these files as if chosen in the dialog: in the background, refused files listed under the strip. */
    public void addFiles(List<Path> chosen) {
        model.add(chosen);
    }

    /** Where «Добавить фото…» gets its files (the system's dialog unless a test answers instead). */
    public void setFiles(PhotoFiles files) {
        this.files = files;
    }

    /** Opens the viewer on the {@code index}-th photo (from 0). */
    public void openViewer(int index) {
        if (index >= 0 && index < model.photos().size()) {
            new PhotoViewer(new PhotoViewerViewModel(services, model.photos(), index), messages, window()).show();
        }
    }

    private void openViewer(Photo photo) {
        if (photo != null) {
            openViewer(model.photos().indexOf(photo));
        }
    }

    private void chooseAndAdd() {
        List<Path> chosen = files.choose(window());
        if (!chosen.isEmpty()) {
            model.add(chosen);
        }
    }

    private void confirmDelete() {
        Photo photo = model.selectedProperty().get();
        if (photo != null && Dialogs.confirm(this, messages, messages.get("photo.strip.deleteConfirm", photo.fileName()))) {
            model.delete(photo);
        }
    }

    /** Files dragged from the file manager onto the strip are added as if chosen, whenever «Добавить фото…» could be. */
    private void acceptDroppedFiles(Button add) {
        setOnDragOver(e -> {
            if (add.isVisible() && !add.isDisabled() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles();
            if (taken) {
                model.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showThumbnails() {
        count.setText(messages.get("photo.strip.count", model.photos().size(), model.limit()));
        choice.getToggles().clear();
        thumbnails.getChildren().clear();
        if (model.photos().isEmpty()) {
            Label none = new Label(messages.get("photo.strip.none"));
            none.setId("photoNone");
            none.getStyleClass().add("hint-text");
            thumbnails.getChildren().add(none);
            return;
        }
        for (Photo photo : model.photos()) {
            thumbnails.getChildren().add(thumbnail(photo));
        }
        selectThumbnail(model.selectedProperty().get());
    }

    private ToggleButton thumbnail(Photo photo) {
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(photo.thumbnail())));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitHeight(THUMB_HEIGHT);
        view.setFitWidth(THUMB_MAX_WIDTH);
        ToggleButton button = new ToggleButton(null, view);
        button.getStyleClass().add("photo-thumb");
        button.setUserData(photo);
        button.setToggleGroup(choice);
        String name = messages.get("photo.strip.thumbnail", photo.fileName(), Formats.date(photo.addedOn()));
        button.setAccessibleText(name);
        button.setTooltip(new Tooltip(name));
        button.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openViewer(photo);
            }
        });
        button.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openViewer(photo);
            } else if (e.getCode() == KeyCode.DELETE && model.canChangeProperty().get()) {
                e.consume();
                button.setSelected(true);
                confirmDelete();
            }
        });
        return button;
    }

    private void selectThumbnail(Photo photo) {
        choice.getToggles().stream().filter(t -> photo != null && photo.equals(t.getUserData())).findFirst()
                .ifPresentOrElse(t -> t.setSelected(true), () -> choice.selectToggle(null));
    }

    private void showProblems() {
        problems.getChildren().clear();
        for (FieldError problem : model.problems()) {
            Label line = new Label(messages.get(problem.messageKey(), problem.args().toArray()));
            line.getStyleClass().addAll("photo-problem", "text-danger");
            line.setWrapText(true);
            problems.getChildren().add(line);
        }
    }
}
