namespace Suite.Training.Domain;

/// <summary>Automatic grading: choice and true/false answers against the bank, short answers left to a person.</summary>
public static class QuizGrading
{
    /// <summary>One graded answer per drawn question, in the attempt's order, for answers that passed <see cref="AnswerRules"/>.</summary>
    public static List<AttemptAnswer> Grade(IReadOnlyList<Question> drawn, IReadOnlyList<SubmittedAnswer> answers)
    {
        var byQuestion = answers.ToDictionary(answer => answer.QuestionId);
        return drawn.Select(question => byQuestion.TryGetValue(question.Id, out var answer)
                ? new AttemptAnswer(question.Id, answer.Choices?.Order().ToList(), answer.Value, answer.Text?.Trim(), IsCorrect(question, answer))
                : new AttemptAnswer(question.Id, null, null, null, false))
            .ToList();
    }

    /// <summary>The share of right answers as a percentage, two decimals; null while any answer awaits a person.</summary>
    public static decimal? ScorePercent(IReadOnlyList<AttemptAnswer> answers)
    {
        if (answers.Count == 0 || answers.Any(answer => answer.Correct is null))
        {
            return answers.Count == 0 ? 0m : null;
        }

        return Math.Round(100m * answers.Count(answer => answer.Correct == true) / answers.Count, 2, MidpointRounding.AwayFromZero);
    }

    private static bool? IsCorrect(Question question, SubmittedAnswer answer) => question.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice =>
            answer.Choices is not null && answer.Choices.Order().SequenceEqual(question.CorrectOptions.Order()),
        QuestionKind.TrueFalse => answer.Value == question.CorrectValue,
        _ => null,
    };
}
