using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// One agent's attempt at a course's quiz: the questions drawn for it, its deadline, the answers and
/// the grade. It records the course version the agent was studying, which a newer version never changes.
/// </summary>
public sealed class QuizAttempt : ITenantOwned
{
    private QuizAttempt()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public int CourseVersion { get; private set; }

    public Guid AgentId { get; private set; }

    /// <summary>1 for the agent's first attempt at the course; unique, so two attempts started at once cannot both slip under the limit.</summary>
    public int Number { get; private set; }

    /// <summary>The seed of the draw, so the same questions can be drawn again to check an appeal.</summary>
    public int Seed { get; private set; }

    public List<Guid> QuestionIds { get; private set; } = [];

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>The pass mark when the attempt started; changing the course's settings later does not move it.</summary>
    public int PassMarkPercent { get; private set; }

    public AttemptStatus Status { get; private set; }

    public List<AttemptAnswer> Answers { get; private set; } = [];

    public decimal? ScorePercent { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? GradedAt { get; private set; }

    public static QuizAttempt Start(
        Course course, AssessmentSettings settings, Guid agentId, int number, IReadOnlyList<Guid> questionIds, int seed, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = course.Id,
        CourseVersion = course.LatestVersion,
        AgentId = agentId,
        Number = number,
        Seed = seed,
        QuestionIds = [.. questionIds],
        StartedAt = now,
        Deadline = now.AddMinutes(settings.TimeLimitMinutes),
        PassMarkPercent = settings.PassMarkPercent,
        Status = AttemptStatus.InProgress,
    };

    /// <summary>An attempt left open past its deadline reads as expired; it can no longer be submitted.</summary>
    public AttemptStatus StatusAt(DateTimeOffset now) =>
        Status == AttemptStatus.InProgress && now > Deadline ? AttemptStatus.Expired : Status;

    public bool IsOpenAt(DateTimeOffset now) => StatusAt(now) == AttemptStatus.InProgress;

    /// <summary>Records graded answers of an open attempt; it is decided at once unless a short answer waits for a person.</summary>
    public void Submit(IReadOnlyList<AttemptAnswer> graded, DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            throw new InvalidOperationException($"Attempt {Id} is {StatusAt(now)}, not open.");
        }

        Answers = [.. graded];
        SubmittedAt = now;
        Status = AttemptStatus.AwaitingGrading;
        Decide(now);
    }

    /// <summary>The short answers still waiting for a person's grade.</summary>
    public IEnumerable<Guid> UngradedQuestionIds() =>
        Answers.Where(answer => answer.Correct is null).Select(answer => answer.QuestionId);

    /// <summary>A person's grades for every ungraded short answer, which decides the attempt.</summary>
    public void GradeShortAnswers(IReadOnlyDictionary<Guid, bool> grades, DateTimeOffset now)
    {
        if (Status != AttemptStatus.AwaitingGrading || !UngradedQuestionIds().ToHashSet().SetEquals(grades.Keys))
        {
            throw new InvalidOperationException($"Attempt {Id} cannot take these grades.");
        }

        Answers = Answers.Select(answer => answer.Correct is null ? answer with { Correct = grades[answer.QuestionId] } : answer).ToList();
        Decide(now);
    }

    private void Decide(DateTimeOffset now)
    {
        ScorePercent = QuizGrading.ScorePercent(Answers);
        if (ScorePercent is { } score)
        {
            Status = score >= PassMarkPercent ? AttemptStatus.Passed : AttemptStatus.Failed;
            GradedAt = now;
        }
    }
}
