namespace Suite.Training.Domain;

/// <summary>What makes a bank question acceptable: its options and right answer must fit its kind.</summary>
public static class QuestionRules
{
    public const int MaxTextLength = 1000;
    public const int MinOptions = 2;
    public const int MaxOptions = 10;
    public const int MaxOptionLength = 300;

    public static Dictionary<string, string[]> Validate(NewQuestion question)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Trim().Length > MaxTextLength)
        {
            errors["text"] = [$"Text is required and at most {MaxTextLength} characters."];
        }

        var options = question.Options ?? [];
        var correct = question.CorrectOptions ?? [];
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                ValidateOptions(options, errors);
                if (question.Kind == QuestionKind.SingleChoice && correct.Count != 1)
                {
                    errors["correctOptions"] = ["A single-choice question has exactly one correct option."];
                }
                else if (correct.Count == 0 || correct.Distinct().Count() != correct.Count)
                {
                    errors["correctOptions"] = ["A multiple-choice question has one or more distinct correct options."];
                }
                else if (correct.Any(index => index < 0 || index >= options.Count))
                {
                    errors["correctOptions"] = ["Correct options are indexes into options, starting at 0."];
                }

                NoValue(question, errors);
                break;
            case QuestionKind.TrueFalse:
                NoOptions(options, correct, errors);
                if (question.CorrectValue is null)
                {
                    errors["correctValue"] = ["A true/false question needs its correct value."];
                }

                break;
            case QuestionKind.ShortAnswer:
                NoOptions(options, correct, errors);
                NoValue(question, errors);
                break;
            default:
                errors["kind"] = ["Kind must be one of single-choice, multiple-choice, true-false or short-answer."];
                break;
        }

        return errors;
    }

    private static void ValidateOptions(IReadOnlyList<string> options, Dictionary<string, string[]> errors)
    {
        if (options.Count is < MinOptions or > MaxOptions
            || options.Any(option => string.IsNullOrWhiteSpace(option) || option.Trim().Length > MaxOptionLength))
        {
            errors["options"] = [$"A choice question has {MinOptions} to {MaxOptions} options, each 1 to {MaxOptionLength} characters."];
        }
    }

    private static void NoOptions(IReadOnlyList<string> options, IReadOnlyList<int> correct, Dictionary<string, string[]> errors)
    {
        if (options.Count > 0)
        {
            errors["options"] = ["Only choice questions have options."];
        }

        if (correct.Count > 0)
        {
            errors["correctOptions"] = ["Only choice questions have correct options."];
        }
    }

    private static void NoValue(NewQuestion question, Dictionary<string, string[]> errors)
    {
        if (question.CorrectValue is not null)
        {
            errors["correctValue"] = ["Only a true/false question has a correct value."];
        }
    }
}
