package ara.adapter.web.admin;

import ara.application.port.in.admin.CleanupView;

import java.util.List;

/** The body of a clean-up's answer. Immutable. */
record CleanupResponse(String job, boolean dryRun, String ranAt, long count, long objects, List<String> ids,
                       boolean more) {

    static CleanupResponse from(CleanupView view) {
        return new CleanupResponse(view.job(), view.dryRun(), view.ranAt().toString(), view.count(), view.objects(), view.ids(),
                view.more());
    }
}
