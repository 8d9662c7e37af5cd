package ara.adapter.web.account;

import ara.adapter.web.http.Responses;
import ara.adapter.web.problem.RequestRejected;
import ara.adapter.web.request.AnswerValues;
import ara.adapter.web.request.RequestAttributes;
import ara.adapter.web.request.Requests;
import ara.application.port.in.account.AuditComparisonView;
import ara.application.port.in.account.CompareAuditsUseCase;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.history.AnswerChange;
import ara.domain.history.AuditComparison;
import ara.domain.history.PillarChange;
import ara.domain.history.ScoreChange;
import ara.domain.result.Recommendation;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Handler of {@link CompareAuditsUseCase}: {@code GET /audits/{id}/comparison?with={otherId}} answers how the audit
 * changed since the other one (same owner, both scored): total and per-pillar score and level before and after,
 * the answers that changed, the recommendations resolved and new. {@code with} is required and a UUID (else 400
 * naming it). Thread-safe.
 */
public final class CompareAuditsHandler {
    static final String WITH = "with";

    private final CompareAuditsUseCase useCase;

    public CompareAuditsHandler(CompareAuditsUseCase useCase) {
        this.useCase = Objects.requireNonNull(useCase, "useCase");
    }

    public void compare(Context ctx) {
        AuditId id = Requests.auditId(ctx);
        AuditId with = withParameter(ctx);
        Responses.ok(ctx, ComparisonResponse.from(useCase.compare(id, with, RequestAttributes.caller(ctx))));
    }

    private static AuditId withParameter(Context ctx) {
        List<String> values = ctx.queryParams(WITH);
        if (values.size() != 1) {
            throw RequestRejected.badRequest(WITH, values.isEmpty() ? "required" : "single",
                    "name the audit to compare with once: ?with=<audit id>");
        }
        try {
            return AuditId.parse(values.getFirst());
        } catch (IllegalArgumentException e) {
            throw RequestRejected.badRequest(WITH, "invalid_format", WITH + " " + Requests.ID_RULE + values.getFirst());
        }
    }

    /** The reply. {@code since} is when the baseline was submitted. */
    public record ComparisonResponse(String auditId, String baselineId, Instant since, Score total,
                                     List<Pillar> pillars, List<Answer> answers, List<Advice> resolved,
                                     List<Advice> added) {
        static ComparisonResponse from(AuditComparisonView view) {
            AuditComparison comparison = view.comparison();
            Audit baseline = view.baseline();
            return new ComparisonResponse(view.audit().id().toString(), baseline.id().toString(),
                    baseline.submittedAt().orElse(baseline.createdAt()), Score.from(comparison.total()),
                    comparison.pillars().stream().map(Pillar::from).toList(),
                    comparison.answers().stream().map(Answer::from).toList(),
                    comparison.resolved().stream().map(Advice::from).toList(),
                    comparison.added().stream().map(Advice::from).toList());
        }
    }

    /** Percent scores and level codes before and after, the change in points and in levels. */
    public record Score(double before, double after, double delta, String levelBefore, String levelAfter,
                        int levelChange) {
        static Score from(ScoreChange change) {
            return new Score(change.before(), change.after(), change.delta(), code(change.levelBefore().name()),
                    code(change.levelAfter().name()), change.levelSteps());
        }
    }

    /** One pillar's change. */
    public record Pillar(String pillar, String title, Score score) {
        static Pillar from(PillarChange change) {
            return new Pillar(change.pillar().toString(), change.title(), Score.from(change.change()));
        }
    }

    /** One changed answer: {@code null} on the side that had none. */
    public record Answer(String questionId, String title, Object before, Object after) {
        static Answer from(AnswerChange change) {
            return new Answer(change.question().toString(), change.title(),
                    change.beforeValue().map(AnswerValues::toJson).orElse(null),
                    change.afterValue().map(AnswerValues::toJson).orElse(null));
        }
    }

    /** A recommendation, by its question and kind. */
    public record Advice(String questionId, String pillar, String title, String kind) {
        static Advice from(Recommendation recommendation) {
            return new Advice(recommendation.question().toString(), recommendation.pillar().toString(),
                    recommendation.title(), code(recommendation.kind().name()));
        }
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
