// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.schools;

import java.time.Clock;

import kz.schoolwatch.i18n.Messages;
import kz.schoolwatch.service.CameraFaultService;
import kz.schoolwatch.service.CameraService;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.EquipmentService;
import kz.schoolwatch.service.SchoolService;
import kz.schoolwatch.service.SecurityCheckService;
import kz.schoolwatch.service.SettingsService;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.service.compliance.ComplianceService;
import kz.schoolwatch.service.photos.PhotoService;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.schools.SchoolCardWindow.WorkForms;

/**
 * What a school card's view models work with, handed over by the application's wiring; {@code faults} may be null
 * (the cameras tab shows no faults), without {@code compliance} the card has no tab «Соответствие требованиям», and
 * without {@code photos} the act's findings and the orders carry no photos.
 */
public record SchoolCardServices(SchoolService schools, CameraService cameras, EquipmentService equipment, SecurityCheckService checks,
                       SettingsService settings, VisitService visits, DataChanges changes, TaskRunner tasks, Messages messages,
                       Clock clock, WorkForms forms, CameraFaultService faults, ComplianceService compliance,
                       PhotoService photos) {

    /** The services without photos of findings and orders (the act and the orders show none). */
    public SchoolCardServices(SchoolService schools, CameraService cameras, EquipmentService equipment, SecurityCheckService checks,
                    SettingsService settings, VisitService visits, DataChanges changes, TaskRunner tasks, Messages messages,
                    Clock clock, WorkForms forms, CameraFaultService faults, ComplianceService compliance) {
        this(schools, cameras, equipment, checks, settings, visits, changes, tasks, messages, clock, forms, faults, compliance, null);
    }

    /** The services without the judgement of compliance. */
    public SchoolCardServices(SchoolService schools, CameraService cameras, EquipmentService equipment, SecurityCheckService checks,
                    SettingsService settings, VisitService visits, DataChanges changes, TaskRunner tasks, Messages messages,
                    Clock clock, WorkForms forms, CameraFaultService faults) {
        this(schools, cameras, equipment, checks, settings, visits, changes, tasks, messages, clock, forms, faults, null);
    }

    /** The services without faults of cameras. */
    public SchoolCardServices(SchoolService schools, CameraService cameras, EquipmentService equipment, SecurityCheckService checks,
                    SettingsService settings, VisitService visits, DataChanges changes, TaskRunner tasks, Messages messages,
                    Clock clock, WorkForms forms, ComplianceService compliance) {
        this(schools, cameras, equipment, checks, settings, visits, changes, tasks, messages, clock, forms, null, compliance);
    }

    /** The services without faults of cameras nor compliance. */
    public SchoolCardServices(SchoolService schools, CameraService cameras, EquipmentService equipment, SecurityCheckService checks,
                    SettingsService settings, VisitService visits, DataChanges changes, TaskRunner tasks, Messages messages,
                    Clock clock, WorkForms forms) {
        this(schools, cameras, equipment, checks, settings, visits, changes, tasks, messages, clock, forms, null, null);
    }

    /** The services without the forms for recording work (no «Новое посещение» or «Новое мероприятие»). */
    public SchoolCardServices(SchoolService schools, CameraService cameras, EquipmentService equipment, SecurityCheckService checks,
                    SettingsService settings, VisitService visits, DataChanges changes, TaskRunner tasks, Messages messages,
                    Clock clock) {
        this(schools, cameras, equipment, checks, settings, visits, changes, tasks, messages, clock, null, null, null);
    }
}
