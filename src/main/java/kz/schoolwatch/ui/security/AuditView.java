// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.schoolwatch.domain.AuditEvent;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.PageBar;
import kz.schoolwatch.ui.common.Tables;
import kz.schoolwatch.ui.common.ScreenActions;

/** The administrator's view of the audit trail: filter, read, check the chain, export to CSV. */
public final class AuditView extends VBox implements ScreenActions {

    /** Asks where to save the export; a seam for tests, which cannot show the system dialog. */
    @FunctionalInterface
    public interface ExportTarget {
        Optional<Path> ask(String suggestedName, Window owner);

        static ExportTarget system(Messages messages) {
            return (name, owner) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("audit.export"));
                chooser.setInitialFileName(name);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            };
        }
    }

    static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAILED", "LOGIN_LOCKED", "LOCKOUT",
            "LOGOUT", "LOCK", "UNLOCK", "UNLOCK_FAILED", "PASSWORD_CHANGE", "PASSWORD_RESET", "EXPORT", "PRINT", "BACKUP", "RESTORE",
            "BULK", "IMPORT", "SETUP", "AUDIT_CHECK");

    public AuditView(AuditViewModel model, Messages messages, ExportTarget target) {
        super(12);
        setId("auditView");
        setPadding(new Insets(20));
        Label title = new Label(messages.get("audit.title"));
        title.getStyleClass().add("screen-title");
        DatePicker from = Formats.datePicker("auditFrom", messages);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Formats.datePicker("auditTo", messages);
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> actor = new ComboBox<>(model.actors());
        actor.setId("auditActor");
        actor.setPromptText(messages.get("audit.anyUser"));
        actor.setEditable(true);
        actor.valueProperty().bindBidirectional(model.actorProperty());
        ComboBox<String> action = new ComboBox<>(FXCollections.observableArrayList(ACTIONS));
        action.setId("auditAction");
        action.setConverter(Converters.of(a -> messages.named("audit.action", a), ""));
        action.setPrefWidth(190);
        actor.setPrefWidth(190);
        // The date pickers show «04.11.2026» whole beside their calendar button.
        List.of(from, to).forEach(p -> {
            p.setMinWidth(150);
            p.setPrefWidth(150);
        });
        action.setPromptText(messages.get("audit.anyAction"));
        action.valueProperty().bindBidirectional(model.actionProperty());
        Button show = new Button(messages.get("audit.show"));
        show.setId("auditShow");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.load());
        Button clear = new Button(messages.get("audit.clearFilter"));
        clear.setOnAction(e -> {
            actor.setValue(null);
            action.setValue(null);
            model.load();
        });
        Button verify = new Button(messages.get("audit.verify"));
        verify.setId("auditVerify");
        verify.setOnAction(e -> model.verify());
        Button export = new Button(messages.get("audit.export"));
        export.setId("auditExport");
        export.setOnAction(e -> target.ask("audit-trail.csv", getScene().getWindow()).ifPresent(model::export));
        Label fromLabel = new Label(messages.get("audit.from"));
        Label toLabel = new Label(messages.get("audit.to"));
        for (Control c : List.of(fromLabel, toLabel, show, clear)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox filters = new HBox(8, fromLabel, from, toLabel, to, actor, action, show, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("auditStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(8, verify, export, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        TableView<AuditEvent> table = new TableView<>(model.list().rows());
        table.setId("auditTable");
        Tables.fit(table);
        table.getColumns().add(Tables.width(Columns.of(messages.get("audit.column.time"), 140, e -> Formats.dateTime(e.at())), 140, 140));
        table.getColumns().add(Tables.width(Columns.of(messages.get("audit.column.user"), 136, e -> e.actor() == null ? "—" : e.actor()), 136, 136));
        table.getColumns().add(Columns.of(messages.get("audit.column.action"), 150, e -> messages.named("audit.action", e.action())));
        table.getColumns().add(Columns.of(messages.get("audit.column.subject"), 170, e -> AuditTexts.subject(messages, e.subject())
                + (e.subjectKey() == null ? "" : " #" + e.subjectKey())));
        AuditChanges changes = new AuditChanges(messages);
        table.getColumns().add(readable(messages.get("audit.column.before"), 240, AuditEvent::before, changes));
        table.getColumns().add(readable(messages.get("audit.column.after"), 240, AuditEvent::after, changes));
        table.getColumns().add(Columns.of(messages.get("audit.column.detail"), 200, e -> AuditTexts.detail(messages, e.detail())));
        // At 1366×768 the columns share the width (cut text has its tooltip) instead of running under the edge.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, filters, actions, table, new PageBar(model.list(), messages, "audit"));
        model.load();
    }

    /** The Russian name of an action or a table, or the code itself when the bundle has none. */
    /**
     * «Было» or «Стало»: the stored values as «Название: Школа № 12; Учеников: 1 200», each field on its own line in
     * the tooltip, which shows the whole text however narrow the column.
     */
    private static TableColumn<AuditEvent, String> readable(String title, double width, Function<AuditEvent, String> stored,
                                                            AuditChanges changes) {
        TableColumn<AuditEvent, String> c = Columns.of(title, width, e -> changes.line(stored.apply(e)));
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(600);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AuditEvent event = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (event == null || item == null || item.isEmpty()) {
                    setTooltip(null);
                } else {
                    tip.setText(changes.lines(stored.apply(event)));
                    setTooltip(tip);
                }
            }
        });
        return c;
    }


    @Override
    public Node searchField() {
        return lookup("#auditActor");
    }

    @Override
    public ButtonBase refreshButton() {
        return ScreenActions.button(this, "auditShow");
    }
}
