using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>
/// The body of POST /api/training/courses/{id}/attempts: whose attempt it is (the agent as Scheduling knows
/// them). Left out, it is the agent the caller's token names; given, it must be that agent.
/// </summary>
public sealed record StartAttemptRequest(Guid AgentId);

public sealed record AnswerRequest(Guid QuestionId, IReadOnlyList<int>? Choices = null, bool? Value = null, string? Text = null);

/// <summary>The body of POST /api/training/attempts/{id}/submission. A drawn question left out is graded wrong.</summary>
public sealed record SubmitAttemptRequest(IReadOnlyList<AnswerRequest?>? Answers)
{
    public List<SubmittedAnswer?>? ToAnswers() =>
        Answers?.Select(answer => answer is null ? null : new SubmittedAnswer(answer.QuestionId, answer.Choices, answer.Value, answer.Text)).ToList();
}

public sealed record GradeRequest(Guid QuestionId, bool? Correct);

/// <summary>The body of POST /api/training/attempts/{id}/grades: a person's grade for every short answer of the attempt.</summary>
public sealed record GradeAttemptRequest(IReadOnlyList<GradeRequest?>? Grades);

/// <summary>A drawn question as the taker sees it: never with its answer.</summary>
public sealed record AttemptQuestion(Guid Id, QuestionKind Kind, string Text, IReadOnlyList<string> Options);

/// <summary>What the taker submitted, echoed back without any grade per answer.</summary>
public sealed record GivenAnswer(Guid QuestionId, IReadOnlyList<int>? Choices, bool? Value, string? Text);

/// <summary>
/// An attempt as the taker and their supervisor see it. It carries the taker's own answers, the overall
/// score and the outcome, but never a correct answer nor a verdict per question, in any state: before the
/// deadline, after submission, and after grading alike. So the bank cannot be harvested attempt by attempt,
/// nor passed on to colleagues who draw the same questions later.
/// </summary>
public sealed record AttemptResponse(
    Guid Id,
    Guid CourseId,
    int CourseVersion,
    Guid AgentId,
    int Number,
    AttemptStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline,
    int PassMarkPercent,
    DateTimeOffset? SubmittedAt,
    decimal? ScorePercent,
    IReadOnlyList<AttemptQuestion> Questions,
    IReadOnlyList<GivenAnswer> Answers)
{
    public static AttemptResponse From(QuizAttempt attempt, IReadOnlyDictionary<Guid, Question> questions, DateTimeOffset now) => new(
        attempt.Id, attempt.CourseId, attempt.CourseVersion, attempt.AgentId, attempt.Number, attempt.StatusAt(now),
        attempt.StartedAt, attempt.Deadline, attempt.PassMarkPercent, attempt.SubmittedAt, attempt.ScorePercent,
        attempt.QuestionIds.Select(id => questions[id]).Select(q => new AttemptQuestion(q.Id, q.Kind, q.Text, q.Options)).ToList(),
        attempt.Answers.Where(answer => answer.Choices is not null || answer.Value is not null || answer.Text is not null)
            .Select(answer => new GivenAnswer(answer.QuestionId, answer.Choices, answer.Value, answer.Text)).ToList());
}

/// <summary>One line of an agent's attempt history.</summary>
public sealed record AttemptSummary(
    Guid Id,
    Guid CourseId,
    string CourseTitle,
    int CourseVersion,
    int Number,
    AttemptStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? SubmittedAt,
    decimal? ScorePercent);
