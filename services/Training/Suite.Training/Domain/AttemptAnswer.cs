namespace Suite.Training.Domain;

/// <summary>
/// An answer as kept on the attempt, with its grade: null while a short answer waits for a person.
/// A question left unanswered is kept too, graded wrong.
/// </summary>
public sealed record AttemptAnswer(Guid QuestionId, IReadOnlyList<int>? Choices, bool? Value, string? Text, bool? Correct);
