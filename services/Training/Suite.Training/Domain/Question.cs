using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// One question of a course's bank. Never edited once added: attempts that drew it must keep grading
/// against what the agent was shown.
/// </summary>
public sealed class Question : ITenantOwned
{
    private Question()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public QuestionKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public List<string> Options { get; private set; } = [];

    public List<int> CorrectOptions { get; private set; } = [];

    public bool? CorrectValue { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Adds a question that has passed <see cref="QuestionRules.Validate"/> to a course's bank.</summary>
    public static Question Create(Guid courseId, NewQuestion details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = courseId,
        Kind = details.Kind,
        Text = details.Text.Trim(),
        Options = details.Options.Select(option => option.Trim()).ToList(),
        CorrectOptions = details.CorrectOptions.Order().ToList(),
        CorrectValue = details.CorrectValue,
        CreatedAt = now,
    };
}
