using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>
/// The body of POST /api/training/courses/{id}/questions. Choice questions give options and the
/// zero-based indexes of the correct ones; true/false gives correctValue; short answer gives neither.
/// </summary>
public sealed record CreateQuestionRequest(
    QuestionKind Kind,
    string Text,
    IReadOnlyList<string>? Options = null,
    IReadOnlyList<int>? CorrectOptions = null,
    bool? CorrectValue = null)
{
    public NewQuestion ToNewQuestion() => new(Kind, Text ?? "", Options ?? [], CorrectOptions ?? [], CorrectValue);
}

/// <summary>A bank question with its answer: only management ever receives this shape.</summary>
public sealed record BankQuestionResponse(
    Guid Id,
    Guid CourseId,
    QuestionKind Kind,
    string Text,
    IReadOnlyList<string> Options,
    IReadOnlyList<int> CorrectOptions,
    bool? CorrectValue,
    DateTimeOffset CreatedAt)
{
    public static BankQuestionResponse From(Question question) => new(
        question.Id, question.CourseId, question.Kind, question.Text, question.Options, question.CorrectOptions,
        question.CorrectValue, question.CreatedAt);
}
