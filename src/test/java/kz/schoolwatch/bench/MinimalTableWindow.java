// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.bench;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up baseline of bench/startup.sh: a bare JavaFX window with one table, timed the same way as
 * {@code schoolwatch --startup-timing} (JVM start to the first painted frame), then closed.
 */
public final class MinimalTableWindow {

    private MinimalTableWindow() {
    }

    public static void main(String[] args) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        Platform.startup(() -> {
            TableView<String> table = new TableView<>(FXCollections.observableArrayList("1", "2", "3"));
            TableColumn<String, String> column = new TableColumn<>("Школа");
            column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
            table.getColumns().add(column);
            Scene scene = new Scene(table, 1280, 800);
            Stage stage = new Stage();
            stage.setScene(scene);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> {
                        System.out.println("startup.firstFrameMillis=" + Duration.between(jvmStart, Instant.now()).toMillis());
                        Platform.exit();
                    });
                }
            });
            stage.show();
        });
    }
}
