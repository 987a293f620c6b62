using Suite.Contracts;

namespace Suite.Training.Domain;

/// <summary>Whether a submission has the shape its attempt's questions ask for. Every problem at once, per answer.</summary>
public static class AnswerRules
{
    public const int MaxTextLength = 2000;

    public static Dictionary<string, string[]> Validate(IReadOnlyList<SubmittedAnswer?>? answers, IReadOnlyDictionary<Guid, Question> drawn)
    {
        var errors = new Dictionary<string, string[]>();
        if (answers is null)
        {
            errors["answers"] = ["Answers are required (an empty list submits nothing answered)."];
            return errors;
        }

        var seen = new HashSet<Guid>();
        for (var i = 0; i < answers.Count; i++)
        {
            var at = $"answers[{i}]";
            var answer = answers[i];
            if (answer is null)
            {
                errors[at] = ["An answer is required."];
            }
            else if (!drawn.TryGetValue(answer.QuestionId, out var question))
            {
                errors[$"{at}.questionId"] = [$"Question {answer.QuestionId} is not part of the attempt."];
            }
            else if (!seen.Add(answer.QuestionId))
            {
                errors[$"{at}.questionId"] = [$"Question {answer.QuestionId} is answered more than once."];
            }
            else
            {
                ValidateShape(answer, question, at, errors);
            }
        }

        return errors;
    }

    private static void ValidateShape(SubmittedAnswer answer, Question question, string at, Dictionary<string, string[]> errors)
    {
        var choices = answer.Choices;
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice when choices is not { Count: 1 } || choices[0] < 0 || choices[0] >= question.Options.Count:
                errors[$"{at}.choices"] = [$"Question {question.Id} is single choice: it takes exactly one choice, an index from 0 to {question.Options.Count - 1}."];
                break;
            case QuestionKind.MultipleChoice when choices is not { Count: > 0 } || choices.Distinct().Count() != choices.Count
                                                  || choices.Any(index => index < 0 || index >= question.Options.Count):
                errors[$"{at}.choices"] = [$"Question {question.Id} is multiple choice: it takes one or more distinct choices, indexes from 0 to {question.Options.Count - 1}."];
                break;
            case QuestionKind.TrueFalse when answer.Value is null:
                errors[$"{at}.value"] = [$"Question {question.Id} is true/false: it takes a value, true or false."];
                break;
            case QuestionKind.ShortAnswer when string.IsNullOrWhiteSpace(answer.Text) || answer.Text.Length > MaxTextLength:
                errors[$"{at}.text"] = [$"Question {question.Id} is short answer: it takes text of 1 to {MaxTextLength} characters."];
                break;
        }

        if (question.Kind is not (QuestionKind.SingleChoice or QuestionKind.MultipleChoice) && choices is not null)
        {
            errors[$"{at}.choices"] = [$"Question {question.Id} is {WireNames.Of(question.Kind)}: only choice questions take choices."];
        }

        if (question.Kind != QuestionKind.TrueFalse && answer.Value is not null)
        {
            errors[$"{at}.value"] = [$"Question {question.Id} is {WireNames.Of(question.Kind)}: only a true/false question takes a value."];
        }

        if (question.Kind != QuestionKind.ShortAnswer && answer.Text is not null)
        {
            errors[$"{at}.text"] = [$"Question {question.Id} is {WireNames.Of(question.Kind)}: only a short-answer question takes text."];
        }
    }
}
