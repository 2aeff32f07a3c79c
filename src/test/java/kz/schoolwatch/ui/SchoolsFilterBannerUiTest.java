// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import kz.schoolwatch.TestSessions;
import kz.schoolwatch.Texts;
import kz.schoolwatch.domain.SchoolRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A dashboard bar opens the Schools screen filtered to its district; the filter says so above the list and one
 * click shows every school again, so a later search does not come up empty for a reason nobody sees.
 */
class SchoolsFilterBannerUiTest {

    @RegisterExtension
    final RunningApp app = RunningApp.signedInAs(TestSessions.HEAD).withDemoCity();

    @BeforeEach
    void start() throws Exception {
        app.awaitDashboard();
    }

    @SuppressWarnings("unchecked")
    private TableView<SchoolRow> schools() {
        return (TableView<SchoolRow>) app.lookup("#schoolsTable").queryAs(TableView.class);
    }

    private boolean bannerShown() {
        return app.lookup("#schoolsFilterBanner").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBarsDistrictFilterIsShownAndResetShowsEverySchool() throws Exception {
        app.await(() -> !app.lookup("#chartCamerasByDistrict .chart-bar").queryAll().isEmpty());
        // Bars lie across: the count on the x axis, the district's name on the y axis.
        XYChart<Number, String> chart = app.lookup("#chartCamerasByDistrict").queryAs(XYChart.class);
        XYChart.Data<Number, String> bar = chart.getData().get(0).getData().stream()
                .filter(d -> d.getYValue().equals("Алатауский")).findFirst().orElseThrow();
        app.interact(() -> ((ScrollPane) app.lookup(".screen-scroll").query()).setVvalue(0.3));
        app.clickOn(bar.getNode());

        app.await(() -> app.exists("#schoolsTable") && schools().getItems().size() > 0 && schools().getItems().size() < 201);
        assertThat(schools().getItems()).allMatch(r -> r.district().equals("Алатауский"));
        app.await(this::bannerShown);
        assertThat(app.text("#schoolsFilterText")).isEqualTo(Texts.of("schools.filter.banner", Texts.of("schools.filter.banner.district", "Алатауский")));

        // A search on top of it is named too.
        app.fill("#schoolsSearch", "гимназия");
        app.await(() -> app.text("#schoolsFilterText").equals(Texts.of("schools.filter.banner",
                Texts.of("schools.filter.banner.search", "гимназия") + " · " + Texts.of("schools.filter.banner.district", "Алатауский"))));

        app.clickOn("#schoolsFilterReset");
        app.await(() -> schools().getItems().size() == 201);
        assertThat(bannerShown()).isFalse();
        assertThat(app.text("#schoolsSearch")).isEmpty();
        assertThat(app.lookup("#schoolsDistrictFilter").queryComboBox().getValue()).isNull();
    }

    @Test
    void noBannerWhileEverySchoolIsShown() throws Exception {
        app.clickOn("#navSchools");
        app.await(() -> schools().getItems().size() == 201);
        assertThat(bannerShown()).isFalse();
        app.clickOn("#schoolsOverdueFilter");
        app.await(this::bannerShown);
        assertThat(app.text("#schoolsFilterText")).isEqualTo(Texts.of("schools.filter.banner", Texts.of("schools.filter.banner.overdue")));
    }
}
