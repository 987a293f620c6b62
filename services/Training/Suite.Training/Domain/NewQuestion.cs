namespace Suite.Training.Domain;

/// <summary>
/// A question for a course's bank. Choice questions list their options and the indexes of the right ones;
/// a true/false question carries its right value; a short answer carries neither.
/// </summary>
public sealed record NewQuestion(
    QuestionKind Kind,
    string Text,
    IReadOnlyList<string> Options,
    IReadOnlyList<int> CorrectOptions,
    bool? CorrectValue);
