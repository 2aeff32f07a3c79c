// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;


import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.ui.common.Columns;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FormDialog;
import kz.schoolwatch.ui.common.FormErrors;
import kz.schoolwatch.ui.common.FormField;
import kz.schoolwatch.ui.common.FormGrid;
import kz.schoolwatch.ui.common.Formats;
import kz.schoolwatch.ui.common.ScreenActions;

/** The administrator's accounts screen: who may sign in, with which role; new, edit, disable, reset password. */
public final class AccountsView extends VBox implements ScreenActions {

    private final AccountsViewModel model;
    private final Messages messages;

    public AccountsView(AccountsViewModel model, Messages messages) {
        super(12);
        this.model = model;
        this.messages = messages;
        setId("accountsView");
        setPadding(new Insets(20));
        Label title = new Label(messages.get("accounts.title"));
        title.getStyleClass().add("screen-title");
        TableView<UserAccount> table = new TableView<>(model.rows());
        table.setId("accountsTable");
        table.getColumns().add(Columns.of(messages.get("account.field.login"), 140, UserAccount::login));
        table.getColumns().add(Columns.of(messages.get("account.field.fullName"), 240, UserAccount::fullName));
        table.getColumns().add(Columns.of(messages.get("account.field.role"), 170, a -> messages.of("account.role", a.role())));
        table.getColumns().add(Columns.of(messages.get("account.column.state"), 170, a -> messages.get(!a.enabled() ? "account.state.disabled"
                : a.mustChangePassword() ? "account.state.mustChange" : "account.state.active")));
        table.getColumns().add(Columns.of(messages.get("account.column.lastLogin"), 150,
                a -> a.lastLoginAt() == null ? "" : Formats.dateTime(a.lastLoginAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(messages.get("accounts.new"));
        add.setId("accountNew");
        add.setOnAction(e -> edit(model.newAccount()));
        Button edit = new Button(messages.get("accounts.edit"));
        edit.setId("accountEdit");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> edit(model.edit(model.selectedProperty().get())));
        Button reset = new Button(messages.get("accounts.reset"));
        reset.setId("accountReset");
        reset.disableProperty().bind(model.selectedProperty().isNull());
        reset.setOnAction(e -> resetPassword(model.resetPassword(model.selectedProperty().get())));
        Button disable = new Button(messages.get("accounts.disable"));
        disable.setId("accountDisable");
        disable.disableProperty().bind(model.selectedProperty().isNull());
        disable.setOnAction(e -> disable(model.selectedProperty().get()));
        Label failure = new Label();
        failure.setId("accountsMessage");
        failure.getStyleClass().add("error-text");
        failure.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, add, edit, reset, disable, failure);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, buttons, table);
        model.load();
    }

    private void edit(AccountFormViewModel form) {
        FormErrors errors = new FormErrors(messages);
        TextField login = new TextField();
        login.setId("accountLogin");
        login.textProperty().bindBidirectional(form.loginProperty());
        login.setDisable(!form.isNew());
        TextField fullName = new TextField();
        fullName.setId("accountFullName");
        fullName.textProperty().bindBidirectional(form.fullNameProperty());
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("accountRole");
        role.setConverter(new EnumConverter<>(messages, "account.role", Role.class));
        role.setMaxWidth(Double.MAX_VALUE);
        role.valueProperty().bindBidirectional(form.roleProperty());
        ComboBox<Lookup> officer = new ComboBox<>(form.officers());
        officer.setId("accountOfficer");
        officer.setConverter(Converters.of(Lookup::name, ""));
        officer.setMaxWidth(Double.MAX_VALUE);
        officer.valueProperty().bindBidirectional(form.officerProperty());
        ComboBox<Lookup> district = new ComboBox<>(form.districts());
        district.setId("accountDistrict");
        district.setConverter(Converters.of(Lookup::name, messages.get("account.district.city")));
        district.setMaxWidth(Double.MAX_VALUE);
        district.valueProperty().bindBidirectional(form.districtProperty());
        PasswordField password = new PasswordField();
        password.setId("accountPassword");
        password.textProperty().bindBidirectional(form.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("accountRepeat");
        repeat.textProperty().bindBidirectional(form.repeatProperty());
        FormGrid.fill(login, fullName, role, officer, district, password, repeat);
        GridPane grid = FormGrid.of(480, 50, 50);
        Node layout = grid;
        grid.add(errors.register("login", new FormField(messages.get("account.field.login"), login)), 0, 0);
        grid.add(errors.register("fullName", new FormField(messages.get("account.field.fullName"), fullName)), 1, 0);
        grid.add(errors.register("role", new FormField(messages.get("account.field.role"), role)), 0, 1);
        grid.add(errors.register("officer", new FormField(messages.get("account.field.officer"), officer)), 1, 1);
        grid.add(errors.register("district", new FormField(messages.get("account.field.district"), district)), 0, 2);
        if (form.isNew()) {
            grid.add(errors.register("password", new FormField(messages.get("account.field.tempPassword"), password)), 0, 3);
            grid.add(errors.register("repeat", new FormField(messages.get("account.field.repeat"), repeat)), 1, 3);
            layout = new VBox(4, grid, policyHint(form.passwordMinLength()));
        }
        new FormDialog(this, messages, messages.get(form.isNew() ? "accounts.new" : "accounts.edit"), "account", layout, errors, form)
                .showAndWait();
    }

    private void resetPassword(ResetPasswordViewModel form) {
        FormErrors errors = new FormErrors(messages);
        PasswordField password = new PasswordField();
        password.setId("resetPassword");
        password.textProperty().bindBidirectional(form.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("resetRepeat");
        repeat.textProperty().bindBidirectional(form.repeatProperty());
        Label what = new Label(messages.get("accounts.reset.text", form.login()));
        what.setWrapText(true);
        VBox layout = new VBox(4, what,
                errors.register("password", new FormField(messages.get("account.field.tempPassword"), password)),
                errors.register("repeat", new FormField(messages.get("account.field.repeat"), repeat)), policyHint(form.passwordMinLength()));
        new FormDialog(this, messages, messages.get("accounts.reset"), "reset", layout, errors, form).showAndWait();
    }

    private Label policyHint(int minLength) {
        Label policy = new Label(messages.get("password.policy", minLength));
        policy.setWrapText(true);
        policy.getStyleClass().add("hint-text");
        return policy;
    }

    private void disable(UserAccount account) {
        if (Dialogs.confirm(this, messages, messages.get("accounts.disable.confirm", account.login()))) {
            model.disable(account);
        }
    }


    @Override
    public ButtonBase newButton() {
        return ScreenActions.button(this, "accountNew");
    }

    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
