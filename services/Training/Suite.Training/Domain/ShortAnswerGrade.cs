namespace Suite.Training.Domain;

/// <summary>A person's verdict on one short answer.</summary>
public sealed record ShortAnswerGrade(Guid QuestionId, bool? Correct);
