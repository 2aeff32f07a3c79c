// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import kz.schoolwatch.ui.photos.PhotoServices;
import javafx.stage.Window;
import kz.schoolwatch.domain.SchoolDetails;
import kz.schoolwatch.i18n.Language;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.common.UnsavedDialog;
import kz.schoolwatch.ui.common.UnsavedInput;
import kz.schoolwatch.ui.report.PassportExportViewModel;
import kz.schoolwatch.ui.visits.SchoolVisitsPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card of one school in its own window: its data, cameras, equipment, checks and officer. A new school
 * shows only its data until it is saved; then the other tabs open.
 */
public final class SchoolCardWindow extends Stage implements UnsavedInput {

    /** Opens the forms for recording work at a school; each runs {@code saved} once something was saved. */
    public interface WorkForms {
        void newVisit(Node owner, long schoolId, Runnable saved);

        void newEvent(Node owner, long schoolId, Runnable saved);
    }

    private final SchoolCardServices services;
    private final SchoolCardViewModel model;
    private final Messages messages;
    private final Label title = new Label();
    private final Label archived = new Label();
    private final Button remove = new Button();
    private final Button restore = new Button();
    private final Label message = new Label();
    private final Button newVisit = new Button();
    private final Button newEvent = new Button();
    private final Button close = new Button();
    /** «Паспорт безопасности»: the school's passport saved as PDF or printed; shown once offered and the school is saved. */
    private final MenuButton passport = new MenuButton();
    private final MenuItem passportPdf = new MenuItem();
    private final MenuItem passportPrint = new MenuItem();
    private PassportExportViewModel passports;
    private final TabPane tabs = new TabPane();
    private final Tab visitsTab = new Tab();
    /** Builds the card again in the language the program switched to, over the same view models. */
    private final Consumer<Language> relabel = language -> relabel();

    public SchoolCardWindow(SchoolCardServices services, Window owner, Long schoolId) {
        this.services = services;
        this.messages = services.messages();
        this.model = new SchoolCardViewModel(services, schoolId);
        initOwner(owner);
        tabs.setId("schoolCardTabs");
        visitsTab.setId("tabVisits");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        buildTabs();

        // The heading first, then the tabs: Tab goes through the card in the order it reads.
        BorderPane root = new BorderPane();
        root.setId("schoolCard");
        root.setTop(header());
        root.setCenter(tabs);
        Scene scene = new Scene(root, 980, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
        // Esc, the window's close button and «Закрыть» all close the card, asking first when the data tab holds
        // unsaved input. A handler, not a filter: an open list or a field that uses Esc itself keeps it.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                requestClose();
            } else if (SAVE.match(e) && !e.isConsumed() && saveSelectedTab()) {
                e.consume();
            }
        });
        setOnCloseRequest(e -> {
            // Goes without asking when the program itself takes it down: hidden already, or its main window gone
            // (some window systems report those as close requests too; the main window asks before it goes).
            if (isShowing() && (getOwner() == null || getOwner().isShowing())) {
                e.consume();
                requestClose();
            }
        });
        setMinWidth(820);
        setMinHeight(560);
        refreshHeader(null);
        model.schoolProperty().addListener((o, was, now) -> refreshHeader(now));
        model.messageProperty().addListener((o, was, key) -> {
            if (key != null) {
                message.setText(messages.get(key));
            }
        });
        model.deletedProperty().addListener((o, was, now) -> close());
        model.schoolIdProperty().addListener((o, was, id) -> showTabs(id));
        showTabs(schoolId);
        messages.onSwitch(relabel);
        // A closed card stops following saves made elsewhere (the visits tab stops on its own) and the language.
        setOnHidden(e -> {
            model.unfollow();
            messages.removeOnSwitch(relabel);
        });
        model.load();
    }

    /** The tabs' panes over the card's view models, which hold what was typed and chosen. */
    private void buildTabs() {
        visitsTab.setText(messages.get("school.tab.visits"));
        tabs.getTabs().setAll(
                tab("tabDetails", "school.tab.details", new SchoolDetailsPane(model.details(), messages)),
                tab("tabCameras", "school.tab.cameras", new CamerasPane(model.cameras(), messages)),
                tab("tabEquipment", "school.tab.equipment", new EquipmentPane(model.equipment(), messages)),
                tab("tabChecks", "school.tab.checks", new ChecksPane(model.checks(), messages, services.tasks(), photos())),
                tab("tabOfficer", "school.tab.officer", new OfficerPane(model.officer(), messages)),
                visitsTab);
        if (model.compliance() != null) {
            // Not in a scroll pane: its table scrolls itself and takes the tab's height.
            Tab compliance = new Tab(messages.get("school.tab.compliance"), new SchoolCompliancePane(model.compliance(), messages));
            compliance.setId("tabCompliance");
            tabs.getTabs().add(3, compliance);
        }
        if (model.checks().orders() != null) {
            tabs.getTabs().add(tabs.getTabs().indexOf(visitsTab), tab("tabOrders", "order.tab",
                    new SchoolOrdersPane(model.checks(), messages, services.tasks(), photos())));
        }
    }

    /** What the act's findings and the orders use for their photos; null when the card was given no photo service. */
    private PhotoServices photos() {
        return services.photos() == null ? null : new PhotoServices(services.photos(), services.tasks(), messages);
    }

    /**
     * The program now speaks another language: the tabs are built again over the same view models (so a half-filled
     * form stays as it was), the header's captions are set again, and the tab on show stays on show.
     */
    private void relabel() {
        int selected = tabs.getSelectionModel().getSelectedIndex();
        buildTabs();
        visitsTab.setContent(null);
        showTabs(model.schoolIdProperty().get());
        captions();
        refreshHeader(model.schoolProperty().get());
        message.setText("");
        tabs.getSelectionModel().select(Math.max(0, selected));
    }

    private void captions() {
        remove.setText(messages.get("school.remove"));
        restore.setText(messages.get("school.restore"));
        close.setText(messages.get("common.close"));
        close.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("common.close"), "Esc")));
        passport.setText(messages.get("passport.card.button"));
        passportPdf.setText(messages.get("passport.card.pdf"));
        passportPrint.setText(messages.get("passport.card.print"));
        newVisit.setText(messages.get("school.card.newVisit"));
        newEvent.setText(messages.get("school.card.newEvent"));
    }

    private Tab tab(String id, String titleKey, Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(messages.get(titleKey), scroll);
        tab.setId(id);
        return tab;
    }

    private VBox header() {
        title.setId("schoolCardTitle");
        title.getStyleClass().add("screen-title");
        archived.setId("schoolCardArchived");
        archived.getStyleClass().add("badge-muted");
        remove.setId("schoolRemove");
        remove.setGraphic(new FontIcon("mdi2a-archive-outline"));
        remove.setOnAction(e -> removeSchool());
        restore.setId("schoolRestore");
        restore.setOnAction(e -> model.restore());
        close.setId("schoolClose");
        close.setOnAction(e -> requestClose());
        message.setId("schoolCardMessage");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        newVisit.setId("schoolNewVisit");
        newVisit.setGraphic(new FontIcon("mdi2c-clipboard-plus-outline"));
        newVisit.setOnAction(e -> recordVisit());
        newEvent.setId("schoolNewEvent");
        newEvent.setGraphic(new FontIcon("mdi2c-calendar-plus"));
        newEvent.setOnAction(e -> recordEvent());
        passport.setId("schoolPassport");
        passport.setGraphic(new FontIcon("mdi2f-file-pdf-box"));
        passportPdf.setId("schoolPassportPdf");
        passportPrint.setId("schoolPassportPrint");
        passport.getItems().setAll(passportPdf, passportPrint);
        passport.setVisible(false);
        // The heading and the buttons keep their whole captions; hidden ones take no room.
        for (Control c : new Control[] {title, archived, passport, newVisit, newEvent, restore, remove, close}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
            c.managedProperty().bind(c.visibleProperty());
        }
        message.setMinWidth(0);
        captions();
        // Two rows, so the card keeps every button whole down to its narrowest (820 px): the school and «Закрыть»
        // above, the school's actions and what they came to below.
        HBox heading = new HBox(12, title, archived, spacer, close);
        heading.setAlignment(Pos.CENTER_LEFT);
        Region actionsSpacer = new Region();
        HBox.setHgrow(actionsSpacer, Priority.ALWAYS);
        HBox actions = new HBox(12, passport, newVisit, newEvent, actionsSpacer, message, restore, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, heading, actions);
        box.setPadding(new Insets(14, 16, 10, 16));
        return box;
    }

    /**
     * Offers the school's security passport (issue 21) on this card: «Паспорт безопасности (PDF)…» and «Печать
     * паспорта…»; what they came to shows in the card's message line.
     */
    public void offerPassport(PassportExportViewModel exports) {
        this.passports = exports;
        passportPdf.setOnAction(e -> {
            SchoolDetails s = model.schoolProperty().get();
            if (s != null && s.id() != null) {
                exports.saveSchool(passport, s.id(), s.number());
            }
        });
        passportPrint.setOnAction(e -> {
            Long id = model.schoolIdProperty().get();
            if (id != null) {
                exports.printSchool(passport, id);
            }
        });
        exports.statusProperty().addListener((o, was, now) -> message.setText(now));
        passport.disableProperty().bind(exports.exportingProperty());
        refreshHeader(model.schoolProperty().get());
    }

    /** The passport's saving and printing, when offered (UI tests put in their own save dialog). */
    public PassportExportViewModel passportExports() {
        return passports;
    }

    private static final KeyCombination SAVE =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** Ctrl+S: the «Сохранить» of the tab on show (its fx:id ends in «Save»), when it has one. */
    private boolean saveSelectedTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null || tab.getContent() == null) {
            return false;
        }
        return tab.getContent().lookupAll(".button").stream()
                .filter(n -> n.getId() != null && n.getId().endsWith("Save") && n instanceof Button)
                .map(Button.class::cast).filter(b -> !b.isDisabled() && b.isVisible()).findFirst()
                .map(b -> {
                    b.fire();
                    return true;
                }).orElse(false);
    }

    /** Closes the card, after «Сохранить / Не сохранять / Отмена» when its data tab holds unsaved input. */
    public void requestClose() {
        UnsavedDialog.thenClose(this, messages, messages.get("unsaved.header.card"), List.of(this), this::close,
                refused -> tabs.getSelectionModel().select(0));
    }

    @Override
    public boolean hasUnsavedInput() {
        return model.hasUnsavedInput();
    }

    @Override
    public void saveUnsavedInput(Consumer<Boolean> done) {
        model.saveDetails(saved -> {
            if (!saved) {
                tabs.getSelectionModel().select(0);
            }
            done.accept(saved);
        });
    }

    private void refreshHeader(SchoolDetails s) {
        if (s == null) {
            setTitle(messages.get("school.card.new"));
            title.setText(messages.get("school.card.new"));
        } else {
            setTitle(messages.get("school.card.title", s.number(), s.name()));
            title.setText(messages.get("school.card.heading", s.number()));
        }
        boolean isArchived = s != null && s.isArchived();
        archived.setText(isArchived ? messages.get("school.archivedBadge") : "");
        archived.setVisible(isArchived);
        remove.setVisible(s != null && !isArchived);
        restore.setVisible(isArchived);
        // Work is recorded at a saved school that is still open, by an account that records work.
        boolean canRecord = services.forms() != null && s != null && !isArchived;
        newVisit.setVisible(canRecord);
        newEvent.setVisible(canRecord);
        passport.setVisible(passports != null && s != null && s.id() != null);
    }

    /** «Новое посещение»: the visit form at this school; once saved, the visits tab shows it. */
    private void recordVisit() {
        Long schoolId = model.schoolIdProperty().get();
        if (schoolId == null || services.forms() == null) {
            return;
        }
        services.forms().newVisit(tabs, schoolId, () -> {
            tabs.getSelectionModel().select(visitsTab);
            message.setText(messages.get("school.card.visitSaved"));
        });
    }

    /** «Новое мероприятие»: the event form with this school as the place. */
    private void recordEvent() {
        Long schoolId = model.schoolIdProperty().get();
        if (schoolId == null || services.forms() == null) {
            return;
        }
        services.forms().newEvent(tabs, schoolId, () -> message.setText(messages.get("school.card.eventSaved")));
    }

    /** The other tabs open once the school is saved; its visits are read from then on. */
    private void showTabs(Long id) {
        setOtherTabsDisabled(id == null);
        if (id == null) {
            return;
        }
        if (visitsTab.getContent() == null) {
            SchoolVisitsPane visits = new SchoolVisitsPane(
                    model.visitsOf(id), messages);
            visits.setPadding(new Insets(16));
            visitsTab.setContent(visits);
        }
    }

    private void setOtherTabsDisabled(boolean disabled) {
        tabs.getTabs().stream().skip(1).forEach(t -> t.setDisable(disabled));
    }

    private void removeSchool() {
        if (!Dialogs.confirm(tabs, messages, messages.get("school.remove.header"), messages.get("school.remove.text"))) {
            return;
        }
        model.remove();
    }
}
