namespace Suite.Training.Domain;

/// <summary>How a question is answered. Values start at 1 so a missing kind is refused.</summary>
public enum QuestionKind
{
    SingleChoice = 1,
    MultipleChoice = 2,
    TrueFalse = 3,

    /// <summary>Free text, graded by a person: the attempt waits for that grade before it passes or fails.</summary>
    ShortAnswer = 4,
}
