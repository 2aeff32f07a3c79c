// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import java.time.Clock;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.persistence.CityStatsRepository;
import kz.schoolwatch.persistence.Database;
import kz.schoolwatch.persistence.AssignmentRepository;
import kz.schoolwatch.persistence.CameraRepository;
import kz.schoolwatch.persistence.CameraStatsRepository;
import kz.schoolwatch.persistence.EquipmentRepository;
import kz.schoolwatch.persistence.ReferenceRepository;
import kz.schoolwatch.persistence.SchoolRepository;
import kz.schoolwatch.persistence.SecurityCheckRepository;
import kz.schoolwatch.persistence.SettingsRepository;
import kz.schoolwatch.service.DashboardService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DemoCityService;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The composition root: builds every repository and service through constructors from one open database.
 * Nothing here is static, so a test builds exactly the context it needs.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DashboardService dashboard;
    private final DemoCityService demoCity;
    private final DataChanges changes = new DataChanges();
    private final SettingsService settings;
    private final Clock clock;
    private final SchoolService schools;
    private final CameraService cameras;
    private final EquipmentService equipment;
    private final SecurityCheckService checks;

    public AppContext(Database database, Messages messages, TaskRunner tasks, Clock clock) {
        this.database = database;
        this.messages = messages;
        this.tasks = tasks;
        CityStatsRepository stats = new CityStatsRepository(database);
        this.dashboard = new DashboardService(stats);
        this.demoCity = new DemoCityService(database, stats, clock);
        this.settings = new SettingsService(new SettingsRepository(database), changes);
        this.clock = clock;
        SchoolRepository schoolRepository = new SchoolRepository(database);
        this.schools = new SchoolService(database, schoolRepository, new AssignmentRepository(database),
                new ReferenceRepository(database), changes, clock);
        this.cameras = new CameraService(database, new CameraRepository(database), new CameraStatsRepository(database),
                schoolRepository, changes, clock);
        this.equipment = new EquipmentService(database, new EquipmentRepository(database), changes);
        this.checks = new SecurityCheckService(database, new SecurityCheckRepository(database), changes, clock);
    }

    public SchoolService schools() {
        return schools;
    }

    public CameraService cameras() {
        return cameras;
    }

    public EquipmentService equipment() {
        return equipment;
    }

    public SecurityCheckService checks() {
        return checks;
    }

    /** Notifies open screens of committed changes. */
    public DataChanges changes() {
        return changes;
    }

    public SettingsService settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public DemoCityService demoCity() {
        return demoCity;
    }

    @Override
    public void close() {
        database.close();
    }
}
