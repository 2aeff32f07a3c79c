// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.ui.visits;

import kz.schoolwatch.domain.Visit;
import kz.schoolwatch.domain.VisitFilter;
import kz.schoolwatch.service.DataChanges;
import kz.schoolwatch.service.DataChanges.Topic;
import kz.schoolwatch.service.VisitService;
import kz.schoolwatch.ui.common.ChangeFeed;
import kz.schoolwatch.ui.common.PagedList;
import kz.schoolwatch.ui.common.TaskRunner;

/**
 * The visits of one school, newest first, a page at a time, for the school's card; while followed, saves made
 * elsewhere (a visit, an officer's or a purpose's new name) read the page again.
 */
public final class SchoolVisitsViewModel {

    static final int PAGE_SIZE = 50;

    private final VisitService visits;
    private final ChangeFeed changes;
    private final PagedList<Visit> list;
    private long schoolId;
    private Runnable unfollow;

    public SchoolVisitsViewModel(VisitService visits, TaskRunner tasks, DataChanges changes, long schoolId) {
        this.visits = visits;
        this.changes = new ChangeFeed(changes, tasks);
        this.schoolId = schoolId;
        this.list = new PagedList<>(tasks, PAGE_SIZE, loader());
    }

    private PagedList.Loader<Visit> loader() {
        long id = schoolId;
        return (offset, limit) -> visits.page(VisitFilter.ofSchool(id), offset, limit);
    }

    /** Reads the first page. */
    public void load() {
        list.show(0);
    }

    /** Shows another school's visits (a card reused for the next school). */
    public void setSchoolId(long id) {
        this.schoolId = id;
        list.reload(loader());
    }

    /** Starts following saves made elsewhere; once is enough. */
    public void follow() {
        if (unfollow == null) {
            unfollow = changes.on(list::refresh, Topic.VISITS, Topic.OFFICERS, Topic.REFERENCE);
        }
    }

    /** Stops following, so that a closed card is not kept alive by the changes it followed. */
    public void unfollow() {
        if (unfollow != null) {
            unfollow.run();
            unfollow = null;
        }
    }

    public PagedList<Visit> list() {
        return list;
    }
}
