namespace Suite.Training.Domain;

/// <summary>
/// An agent's answer to one drawn question. Which part is filled depends on the question's kind:
/// choice indexes, a true/false value, or text.
/// </summary>
public sealed record SubmittedAnswer(Guid QuestionId, IReadOnlyList<int>? Choices, bool? Value, string? Text);
