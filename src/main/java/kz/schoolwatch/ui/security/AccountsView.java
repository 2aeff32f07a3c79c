// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.security;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.domain.AccountDraft;
import kz.schoolwatch.domain.Lookup;
import kz.schoolwatch.domain.Role;
import kz.schoolwatch.domain.UserAccount;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.security.PasswordPolicy;
import kz.schoolwatch.ui.common.Converters;
import kz.schoolwatch.ui.common.Dialogs;
import kz.schoolwatch.ui.common.EnumConverter;
import kz.schoolwatch.ui.common.FailureMessages;
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
        table.getColumns().add(column(messages.get("account.field.login"), 140, UserAccount::login));
        table.getColumns().add(column(messages.get("account.field.fullName"), 240, UserAccount::fullName));
        table.getColumns().add(column(messages.get("account.field.role"), 170, a -> messages.of("account.role", a.role())));
        table.getColumns().add(column(messages.get("account.column.state"), 170, a -> messages.get(!a.enabled() ? "account.state.disabled"
                : a.mustChangePassword() ? "account.state.mustChange" : "account.state.active")));
        table.getColumns().add(column(messages.get("account.column.lastLogin"), 150,
                a -> a.lastLoginAt() == null ? "" : Formats.dateTime(a.lastLoginAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(messages.get("accounts.new"));
        add.setId("accountNew");
        add.setOnAction(e -> edit(null));
        Button edit = new Button(messages.get("accounts.edit"));
        edit.setId("accountEdit");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> edit(model.selectedProperty().get()));
        Button reset = new Button(messages.get("accounts.reset"));
        reset.setId("accountReset");
        reset.disableProperty().bind(model.selectedProperty().isNull());
        reset.setOnAction(e -> resetPassword(model.selectedProperty().get()));
        Button disable = new Button(messages.get("accounts.disable"));
        disable.setId("accountDisable");
        disable.disableProperty().bind(model.selectedProperty().isNull());
        disable.setOnAction(e -> disable(model.selectedProperty().get()));
        Label failure = new Label();
        failure.setId("accountsMessage");
        failure.getStyleClass().add("error-text");
        model.failureProperty().addListener((obs, old, error) -> failure.setText(error == null ? ""
                : FailureMessages.of(error).stream().map(fe -> messages.get(fe.messageKey(), fe.args().toArray()))
                .findFirst().orElse("")));
        HBox buttons = new HBox(8, add, edit, reset, disable, failure);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, buttons, table);
        model.load();
    }

    private void edit(UserAccount account) {
        FormErrors errors = new FormErrors(messages);
        TextField login = new TextField();
        login.setId("accountLogin");
        TextField fullName = new TextField();
        fullName.setId("accountFullName");
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("accountRole");
        role.setConverter(new EnumConverter<>(messages, "account.role", Role.class));
        role.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Lookup> officer = new ComboBox<>(model.officers());
        officer.setId("accountOfficer");
        officer.setConverter(Converters.of(Lookup::name, ""));
        officer.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Lookup> district = new ComboBox<>(model.districts());
        district.setId("accountDistrict");
        district.setConverter(Converters.of(Lookup::name, messages.get("account.district.city")));
        district.setMaxWidth(Double.MAX_VALUE);
        PasswordField password = new PasswordField();
        password.setId("accountPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("accountRepeat");
        FormGrid.fill(login, fullName, role, officer, district, password, repeat);
        GridPane grid = FormGrid.of(480, 50, 50);
        Node form = grid;
        grid.add(errors.register("login", new FormField(messages.get("account.field.login"), login)), 0, 0);
        grid.add(errors.register("fullName", new FormField(messages.get("account.field.fullName"), fullName)), 1, 0);
        grid.add(errors.register("role", new FormField(messages.get("account.field.role"), role)), 0, 1);
        grid.add(errors.register("officer", new FormField(messages.get("account.field.officer"), officer)), 1, 1);
        grid.add(errors.register("district", new FormField(messages.get("account.field.district"), district)), 0, 2);
        if (account == null) {
            grid.add(errors.register("password", new FormField(messages.get("account.field.tempPassword"), password)), 0, 3);
            grid.add(errors.register("repeat", new FormField(messages.get("account.field.repeat"), repeat)), 1, 3);
            Label policy = new Label(messages.get("password.policy", PasswordPolicy.MIN_LENGTH));
            policy.setWrapText(true);
            policy.getStyleClass().add("hint-text");
            form = new VBox(4, grid, policy);
        } else {
            login.setText(account.login());
            login.setDisable(true);
            fullName.setText(account.fullName());
            role.setValue(account.role());
            officer.setValue(model.officers().stream().filter(o -> account.officerId() != null && o.id() == account.officerId())
                    .findFirst().orElse(null));
            district.setValue(model.districts().stream().filter(d -> account.districtId() != null && d.id() == account.districtId())
                    .findFirst().orElse(null));
        }
        Long id = account == null ? null : account.id();
        FormDialog dialog = new FormDialog(this, messages, messages.get(account == null ? "accounts.new" : "accounts.edit"), "account",
                form, errors, model.tasks(), () -> {
                    AccountDraft draft = new AccountDraft(login.getText(), fullName.getText(), role.getValue(),
                            officer.getValue() == null ? null : officer.getValue().id(),
                            district.getValue() == null ? null : (int) district.getValue().id());
                    char[] pw = password.getText().toCharArray();
                    char[] again = repeat.getText().toCharArray();
                    return () -> {
                        model.save(id, draft, pw, again);
                        return null;
                    };
                });
        if (dialog.showAndWait().orElse(false)) {
            model.load();
        }
    }

    private void resetPassword(UserAccount account) {
        FormErrors errors = new FormErrors(messages);
        PasswordField password = new PasswordField();
        password.setId("resetPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("resetRepeat");
        Label what = new Label(messages.get("accounts.reset.text", account.login()));
        what.setWrapText(true);
        Label policy = new Label(messages.get("password.policy", PasswordPolicy.MIN_LENGTH));
        policy.setWrapText(true);
        policy.getStyleClass().add("hint-text");
        VBox form = new VBox(4, what,
                errors.register("password", new FormField(messages.get("account.field.tempPassword"), password)),
                errors.register("repeat", new FormField(messages.get("account.field.repeat"), repeat)), policy);
        FormDialog dialog = new FormDialog(this, messages, messages.get("accounts.reset"), "reset", form, errors, model.tasks(), () -> {
            char[] pw = password.getText().toCharArray();
            char[] again = repeat.getText().toCharArray();
            return () -> {
                model.resetPassword(account.id(), pw, again);
                return null;
            };
        });
        if (dialog.showAndWait().orElse(false)) {
            model.load();
        }
    }

    private void disable(UserAccount account) {
        if (!Dialogs.confirm(this, messages, messages.get("accounts.disable.confirm", account.login()))) {
            return;
        }
        model.failureProperty().set(null);
        model.tasks().submit(() -> {
            model.disable(account.id());
            return null;
        }, ok -> model.load(), model.failureProperty()::set);
    }

    private static TableColumn<UserAccount, String> column(String title, double width, Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
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
