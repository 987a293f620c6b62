using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>
/// Several evaluators score the same conversation blind against the same scorecard version; once all
/// have scored, the session is closed and its report compares them. Calibration scorings are kept
/// here only, never as evaluations, so they never count toward an agent's results.
/// </summary>
public sealed class CalibrationSession : ITenantOwned
{
    public const int MaxEvaluators = 50;
    public const int MaxEvaluatorIdLength = 200;

    private CalibrationSession()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ConversationId { get; private set; }

    public Guid ScorecardId { get; private set; }

    public string ReferenceEvaluatorId { get; private set; } = "";

    public List<string> EvaluatorIds { get; private set; } = [];

    public bool IsClosed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public List<CalibrationSubmission> Submissions { get; private set; } = [];

    public Guid ConcurrencyStamp { get; private set; }

    public static CalibrationSession Open(Guid conversationId, Guid scorecardId, IReadOnlyList<string> evaluatorIds, string referenceEvaluatorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ConversationId = conversationId,
        ScorecardId = scorecardId,
        ReferenceEvaluatorId = referenceEvaluatorId,
        EvaluatorIds = [.. evaluatorIds],
        CreatedAt = now,
        ConcurrencyStamp = Guid.CreateVersion7(now),
    };

    public bool IsInvited(string evaluatorId) => EvaluatorIds.Contains(evaluatorId);

    /// <summary>Records an invited evaluator's scoring (checked for fit with the scorecard by the caller); null when accepted.</summary>
    public string? Submit(string evaluatorId, IReadOnlyDictionary<string, CriterionOutcome> answers, DateTimeOffset now)
    {
        if (!IsInvited(evaluatorId))
        {
            throw new InvalidOperationException("Only an invited evaluator can score a calibration session.");
        }

        if (IsClosed)
        {
            return "The calibration session is closed.";
        }

        if (Submissions.Any(submission => submission.EvaluatorId == evaluatorId))
        {
            return "You have already scored this calibration session; a blind scoring is not revised.";
        }

        Submissions.Add(new CalibrationSubmission(evaluatorId, answers.ToDictionary(), now));
        ConcurrencyStamp = Guid.CreateVersion7(now);
        return null;
    }

    /// <summary>Closes the session once every invited evaluator has scored; null when closed.</summary>
    public string? Close(DateTimeOffset now)
    {
        if (IsClosed)
        {
            return "The calibration session is already closed.";
        }

        var missing = EvaluatorIds.Where(evaluator => Submissions.All(submission => submission.EvaluatorId != evaluator)).ToList();
        if (missing.Count > 0)
        {
            return $"Still waiting for: {string.Join(", ", missing)}.";
        }

        IsClosed = true;
        ClosedAt = now;
        ConcurrencyStamp = Guid.CreateVersion7(now);
        return null;
    }

    public CalibrationReport Report(Scorecard scorecard) => CalibrationReport.Build(
        scorecard.Sections,
        ReferenceEvaluatorId,
        EvaluatorIds.Select(evaluator => Submissions.Single(submission => submission.EvaluatorId == evaluator))
            .Select(submission => new CalibrationScoring(submission.EvaluatorId, submission.Answers))
            .ToList());

    public static Dictionary<string, string[]> Validate(Guid? conversationId, Guid? scorecardId, IReadOnlyList<string?>? evaluatorIds, string? referenceEvaluatorId)
    {
        var errors = new Dictionary<string, string[]>();
        if (conversationId is null || conversationId == Guid.Empty)
        {
            errors["conversationId"] = ["conversationId is required."];
        }

        if (scorecardId is null || scorecardId == Guid.Empty)
        {
            errors["scorecardId"] = ["scorecardId is required: every evaluator scores against the same version."];
        }

        var distinct = evaluatorIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct().ToList() ?? [];
        if (evaluatorIds is null || distinct.Count != evaluatorIds.Count || distinct.Count is < 2 or > MaxEvaluators
            || distinct.Any(id => id.Length > MaxEvaluatorIdLength))
        {
            errors["evaluatorIds"] = [$"evaluatorIds must name 2 to {MaxEvaluators} different evaluators (their user ids)."];
        }
        else if (referenceEvaluatorId is null || !distinct.Contains(referenceEvaluatorId.Trim()))
        {
            errors["referenceEvaluatorId"] = ["referenceEvaluatorId must be one of the evaluators."];
        }

        return errors;
    }
}

/// <summary>One evaluator's blind scoring in a calibration session.</summary>
public sealed class CalibrationSubmission
{
    private CalibrationSubmission()
    {
    }

    internal CalibrationSubmission(string evaluatorId, Dictionary<string, CriterionOutcome> answers, DateTimeOffset submittedAt)
    {
        EvaluatorId = evaluatorId;
        Answers = answers;
        SubmittedAt = submittedAt;
    }

    public string EvaluatorId { get; private set; } = "";

    public Dictionary<string, CriterionOutcome> Answers { get; private set; } = [];

    public DateTimeOffset SubmittedAt { get; private set; }
}
