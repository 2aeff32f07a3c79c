// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.schoolwatch.TestDatabases;
import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.LookupRepository;
import kz.schoolwatch.persistence.OfficerRepository;
import kz.schoolwatch.persistence.TestRows;
import kz.schoolwatch.persistence.store.Database;
import kz.schoolwatch.persistence.store.PostgresServer;
import kz.schoolwatch.persistence.store.ServerAddress;
import kz.schoolwatch.persistence.store.TcpProxy;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.LookupService;
import kz.schoolwatch.service.OfficerService;
import kz.schoolwatch.ui.common.InStepTaskRunner;
import org.junit.jupiter.api.Test;

/**
 * A form saved while the unit's server is out of reach: the officer reads why, everything typed stays in the
 * form, and the same «Сохранить» once the server is back saves it, without a restart.
 */
class UnreachableServerFormTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 5).atTime(10, 0).atZone(ALMATY).toInstant(), ALMATY);

    @Test
    void aSaveWhileTheServerIsGoneKeepsTheFormAndSucceedsOnceItIsBack() throws Exception {
        ServerAddress address = PostgresServer.newDatabase();
        try (Database setUp = PostgresServer.connect(address)) {
            new TestRows(setUp).officer("Исин", "100001", 2);
        }
        InStepTaskRunner tasks = new InStepTaskRunner();
        try (TcpProxy proxy = TcpProxy.toTestServer(); Database db = PostgresServer.connect(proxy.through(address))) {
            DataChanges changes = new DataChanges();
            OfficersViewModel model = new OfficersViewModel(new OfficerService(db, new OfficerRepository(db), changes,
                    TestDatabases.head()), new LookupService(db, new LookupRepository(db), changes, TestDatabases.head()),
                    tasks, changes, CLOCK);
            model.load();
            OfficerFormViewModel form = model.form(null);
            form.rankProperty().set(model.ranks().get(0));
            form.lastNameProperty().set("Сейткали");
            form.firstNameProperty().set("Айгерим");
            form.badgeProperty().set("777001");
            form.districtProperty().set(model.districts().get(1));

            proxy.cut();
            form.save();

            assertThat(form.savedProperty().get()).isZero();
            assertThat(form.errors()).extracting(e -> Messages.russian().get(e.messageKey(), e.args().toArray()))
                    .containsExactly("Сервер подразделения недоступен. Введённое сохранено в форме; повторите, когда связь восстановится.");
            assertThat(form.lastNameProperty().get()).isEqualTo("Сейткали");
            assertThat(form.firstNameProperty().get()).isEqualTo("Айгерим");
            assertThat(form.badgeProperty().get()).isEqualTo("777001");
            assertThat(form.rankProperty().get()).isEqualTo(model.ranks().get(0));

            proxy.restore();
            // «Сохранить» again, a moment later: the pool has dropped its dead connections.
            Thread.sleep(1_000);
            form.save();
            assertThat(form.errors()).isEmpty();
            assertThat(form.savedProperty().get()).isEqualTo(1);
            assertThat(model.rows()).extracting(r -> r.officer().lastName()).containsExactlyInAnyOrder("Исин", "Сейткали");
        }
    }
}
