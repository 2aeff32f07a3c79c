// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.app;

import java.util.function.LongConsumer;

import javafx.application.Platform;
import javafx.scene.Node;
import kz.schoolwatch.domain.Permission;
import kz.schoolwatch.domain.ReferenceList;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.ReferenceListDialog;
import kz.schoolwatch.ui.common.ReferenceListViewModel;
import kz.schoolwatch.ui.common.TaskRunner;
import kz.schoolwatch.ui.events.EventDialog;
import kz.schoolwatch.ui.events.EventsView;
import kz.schoolwatch.ui.events.EventsViewModel;
import kz.schoolwatch.ui.leisure.LeisureView;
import kz.schoolwatch.ui.leisure.LeisureViewModel;
import kz.schoolwatch.ui.offences.OffencesView;
import kz.schoolwatch.ui.orders.OrdersView;
import kz.schoolwatch.ui.orders.OrdersViewModel;
import kz.schoolwatch.ui.plan.InspectionPlanView;
import kz.schoolwatch.ui.plan.InspectionPlanViewModel;
import kz.schoolwatch.ui.offences.OffencesViewModel;
import kz.schoolwatch.ui.officers.OfficersView;
import kz.schoolwatch.ui.officers.OfficersViewModel;
import kz.schoolwatch.ui.schools.SchoolCardWindow;
import kz.schoolwatch.ui.visits.VisitDialog;
import kz.schoolwatch.ui.visits.VisitFormViewModel;
import kz.schoolwatch.ui.visits.VisitListViewModel;
import kz.schoolwatch.ui.visits.VisitsView;

/**
 * The views of the officers' daily work (visits, events, officers, leisure centres, offences) and the school card's
 * work forms, wired from the composition root; {@link Screens} lists them. Each view model follows committed changes
 * through {@link kz.schoolwatch.service.DataChanges}.
 */
final class WorkScreens {

    private final AppContext context;
    private final TaskRunner tasks;
    /** The committed changes the view models of these screens follow. */
    private final ChangeFeed feed;
    /**
     * Each screen's view models, made at its first opening and kept for the session: a screen built again (after a
     * switch of language) shows the same lists, filters and half-filled forms.
     */
    private final ScreenModels models = new ScreenModels();

    WorkScreens(AppContext context, TaskRunner tasks) {
        this.context = context;
        this.tasks = tasks;
        this.feed = new ChangeFeed(context.changes(), tasks);
    }

    /**
     * The forms a school's card opens for recording work there (a new visit, a new event), or null when the
     * account does not record work.
     */
    SchoolCardWindow.WorkForms cardForms() {
        if (!context.access().can(Permission.RECORD_OWN_WORK)) {
            return null;
        }
        return new SchoolCardWindow.WorkForms() {
            @Override
            public void newVisit(Node owner, long schoolId, Runnable saved) {
                VisitFormViewModel form = new VisitFormViewModel(context.visits(), context.lookups(), context.referenceLists(),
                        context.settings(), tasks, context.clock());
                if (VisitDialog.show(owner, form, context.messages(), schoolId)) {
                    saved.run();
                }
            }

            @Override
            public void newEvent(Node owner, long schoolId, Runnable saved) {
                EventsViewModel model = new EventsViewModel(context.events(), context.lookups(), context.referenceLists(), tasks,
                        context.clock());
                // The form offers the model's lists: it opens once they have been read.
                model.loadChoices(() -> {
                    if (EventDialog.show(owner, model.form(null, schoolId), context.messages())) {
                        saved.run();
                    }
                });
            }
        };
    }

    VisitsView visits() {
        VisitListViewModel list = models.get(VisitListViewModel.class, () -> {
            VisitListViewModel made = new VisitListViewModel(context.visits(), context.lookups(), tasks, context.clock());
            made.follow(feed);
            return made;
        });
        VisitFormViewModel form = models.get(VisitFormViewModel.class, () -> {
            VisitFormViewModel made = new VisitFormViewModel(context.visits(), context.lookups(), context.referenceLists(),
                    context.settings(), tasks, context.clock());
            made.follow(feed);
            return made;
        });
        return new VisitsView(list, form, context.messages(), context.clock(),
                referenceEditor(ReferenceList.VISIT_PURPOSE));
    }

    OfficersView officers() {
        OfficersViewModel model = models.get(OfficersViewModel.class, () ->
                new OfficersViewModel(context.officers(), context.lookups(), tasks, context.changes(), context.clock()));
        return new OfficersView(model, context.messages());
    }

    EventsView events() {
        EventsViewModel model = models.get(EventsViewModel.class, () -> {
            EventsViewModel made = new EventsViewModel(context.events(), context.lookups(), context.referenceLists(), tasks,
                    context.clock());
            made.follow(feed);
            return made;
        });
        return new EventsView(model, context.messages(),
                referenceEditor(ReferenceList.EVENT_TYPE));
    }

    LeisureView leisure() {
        LeisureViewModel model = models.get(LeisureViewModel.class, () ->
                new LeisureViewModel(context.leisure(), context.lookups(), tasks, context.changes(), context.clock()));
        return new LeisureView(model, context.messages());
    }

    /** «План проверок»: an officer's own assignments first; a head assigns checks. */
    InspectionPlanView plan(LongConsumer openSchool) {
        InspectionPlanViewModel model = models.get(InspectionPlanViewModel.class, () ->
                new InspectionPlanViewModel(context.inspectionPlan(), context.lookups(), tasks, context.changes(),
                        context.access().user().officerId(), context.access().can(Permission.EDIT_SCHOOLS),
                        context.access().district() == null));
        return new InspectionPlanView(model, context.messages(), openSchool);
    }

    /** «Предписания»: the correction orders, heads and inspectors alike (inspectors read). */
    OrdersView orders(LongConsumer openSchool) {
        OrdersViewModel model = models.get(OrdersViewModel.class, () -> new OrdersViewModel(context.inspections(), context.lookups(), tasks));
        return new OrdersView(model, context.messages(), openSchool);
    }

    OffencesView offences() {
        OffencesViewModel model = models.get(OffencesViewModel.class, () -> {
            OffencesViewModel made = new OffencesViewModel(context.offences(), context.lookups(), context.referenceLists(),
                    tasks, context.clock());
            made.follow(feed);
            return made;
        });
        return new OffencesView(model, context.messages(),
                referenceEditor(ReferenceList.OFFENCE_KIND));
    }

    /** Opens the editor of a reference list, or null (no button) when the account may not change the lists. */
    private Runnable referenceEditor(ReferenceList list) {
        if (!context.access().can(Permission.MANAGE_REFERENCE_LISTS)) {
            return null;
        }
        return () -> new ReferenceListDialog(new ReferenceListViewModel(context.referenceLists(), list, tasks), context.messages()).showAndWait();
    }
}
