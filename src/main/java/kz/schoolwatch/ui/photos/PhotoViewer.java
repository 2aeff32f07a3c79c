// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.photos;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.schoolwatch.domain.Photo;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.photos.ExifOrientation;
import kz.schoolwatch.ui.common.Formats;

/**
 * A window showing one photo fitted to it, with its file name and date; ← and → (or the buttons) go to the
 * previous and next photo, Esc closes. Sized to fit a 1366×768 laptop screen.
 */
public final class PhotoViewer extends Stage {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 700;

    private final PhotoViewerViewModel model;
    private final Messages messages;
    private final ImageView image = new ImageView();
    private final Label caption = new Label();
    private final Label position = new Label();
    private final Label problem = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final Button previous = new Button();
    private final Button next = new Button();

    public PhotoViewer(PhotoViewerViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
        }
        image.setId("photoViewerImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane picture = new StackPane(image, loading, problem);
        picture.setId("photoViewerPicture");
        // Its own size must not hold the window open: the picture follows the window, not the other way.
        picture.setMinSize(0, 0);
        picture.setStyle("-fx-background-color: #202020;");
        picture.widthProperty().addListener((o, was, now) -> fit(picture));
        picture.heightProperty().addListener((o, was, now) -> fit(picture));
        model.orientationProperty().addListener((o, was, now) -> fit(picture));
        loading.setMaxSize(48, 48);
        problem.setId("photoViewerProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: white;");

        caption.setId("photoViewerCaption");
        caption.getStyleClass().add("section-title");
        position.setId("photoViewerPosition");
        previous.setText(messages.get("photo.viewer.previous"));
        previous.setId("photoViewerPrevious");
        previous.setOnAction(e -> model.previous());
        next.setText(messages.get("photo.viewer.next"));
        next.setId("photoViewerNext");
        next.setOnAction(e -> model.next());
        Button close = new Button(messages.get("common.close"));
        close.setId("photoViewerClose");
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, previous, position, next, gap, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        caption.setPadding(new Insets(10, 12, 6, 12));
        caption.setMaxWidth(Double.MAX_VALUE);

        BorderPane root = new BorderPane(picture, caption, null, bar, null);
        root.setId("photoViewer");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth() - 40), Math.min(HEIGHT, screen.getHeight() - 40));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // A filter: the buttons would otherwise take the arrows to move the focus.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT) {
                model.previous();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                model.next();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setScene(scene);
        setMinWidth(480);
        setMinHeight(360);

        model.photoProperty().addListener((o, was, now) -> showPhoto(now));
        model.imageProperty().addListener((o, was, now) -> showImage());
        model.problemProperty().addListener((o, was, now) -> showImage());
        showPhoto(model.photoProperty().get());
        showImage();
    }

    /**
     * Fits the picture into the window, turned upright: a picture turned by a quarter fits its width into the
     * window's height (the view turns after fitting).
     */
    private void fit(StackPane picture) {
        int orientation = model.orientationProperty().get();
        boolean swap = ExifOrientation.swapsSides(orientation);
        double w = Math.max(0, picture.getWidth() - 16);
        double h = Math.max(0, picture.getHeight() - 16);
        image.setFitWidth(swap ? h : w);
        image.setFitHeight(swap ? w : h);
        image.setRotate(switch (orientation) {
            case 3, 4 -> 180;
            case 6, 7 -> 90;
            case 5, 8 -> 270;
            default -> 0;
        });
        // Mirrored orientations (2, 4, 5, 7): flipped before the turn, as JavaFX scales a node before rotating it.
        image.setScaleX(orientation == 2 || orientation == 4 || orientation == 5 || orientation == 7 ? -1 : 1);
    }

    private void showPhoto(Photo photo) {
        if (photo == null) {
            setTitle(messages.get("app.name"));
            caption.setText("");
            position.setText("");
        } else {
            setTitle(messages.get("photo.viewer.title", photo.fileName()));
            caption.setText(messages.get("photo.viewer.caption", photo.fileName(), Formats.date(photo.addedOn()),
                    photo.width(), photo.height()));
            position.setText(messages.get("photo.viewer.position", model.indexProperty().get() + 1, model.count()));
        }
        previous.setDisable(!model.hasPrevious());
        next.setDisable(!model.hasNext());
    }

    private void showImage() {
        String key = model.problemProperty().get();
        image.setImage(model.imageProperty().get());
        problem.setText(key == null ? "" : messages.get(key));
        problem.setVisible(key != null);
        loading.setVisible(key == null && model.imageProperty().get() == null && model.photoProperty().get() != null);
    }
}
