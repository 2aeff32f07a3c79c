// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.schoolwatch.i18n.Messages;

/**
 * A list of entries to tick, with a search box above it that narrows the list as one types (ticks made before
 * stay when an entry is hidden) and a line saying how many are ticked. fx:ids: the list {@code id}, the search box
 * {@code id + "Search"}, the count {@code id + "Count"}.
 */
public final class SearchableCheckList<T> extends VBox {

    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(all);
    private final Map<T, BooleanProperty> ticks = new LinkedHashMap<>();
    private final ObservableList<T> checked = FXCollections.observableArrayList();
    private final ListView<T> list = new ListView<>(shown);
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Function<T, String> name;
    private final Messages messages;

    public SearchableCheckList(String id, Messages messages, Function<T, String> name, int visibleRows) {
        super(4);
        this.name = name;
        this.messages = messages;
        list.setId(id);
        search.setId(id + "Search");
        search.setPromptText(messages.get("form.checkList.search"));
        count.setId(id + "Count");
        count.getStyleClass().add("hint-text");
        search.textProperty().addListener((o, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : item -> name.apply(item).toLowerCase(Locale.ROOT).contains(needle));
        });
        list.setFixedCellSize(30);
        list.setPrefHeight(30 * visibleRows + 4);
        list.setMinHeight(30 * Math.min(visibleRows, 4) + 4);
        list.getStyleClass().add("dense-check-list");
        list.setCellFactory(lv -> new CheckBoxListCell<>(this::tick, Converters.of(name::apply, "")));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list, count);
        updateCount();
    }

    /** The list itself: what the field's caption names and its error belongs to. */
    public ListView<T> listView() {
        return list;
    }

    public void setItems(Collection<T> items) {
        ticks.keySet().retainAll(items);
        all.setAll(items);
        refreshChecked();
    }

    /** Every entry, also those the search hides. */
    public List<T> items() {
        return all;
    }

    /** Adds {@code item} when absent and ticks it. */
    public void check(T item) {
        if (!all.contains(item)) {
            all.add(item);
        }
        tick(item).set(true);
    }

    /** The ticked entries in the list's order, hidden ones included. */
    public ObservableList<T> checkedItems() {
        return checked;
    }

    private BooleanProperty tick(T item) {
        return ticks.computeIfAbsent(item, i -> {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener(o -> refreshChecked());
            return p;
        });
    }

    private void refreshChecked() {
        checked.setAll(all.stream().filter(i -> ticks.containsKey(i) && ticks.get(i).get()).toList());
        updateCount();
    }

    private void updateCount() {
        count.setText(messages.get("form.checkList.count", checked.size()));
    }

}
