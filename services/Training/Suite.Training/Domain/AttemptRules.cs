namespace Suite.Training.Domain;

/// <summary>Whether an agent may start another attempt at a course's quiz, and if not, why.</summary>
public static class AttemptRules
{
    /// <summary>Null when the attempt may start; otherwise what stands in the way, for a 409.</summary>
    public static string? WhyNotStart(Course course, int bankSize, IReadOnlyList<QuizAttempt> previous, DateTimeOffset now)
    {
        if (course.LatestVersion == 0)
        {
            return "The course has no published courseware yet.";
        }

        if (course.Assessment is not { } settings)
        {
            return "The course's quiz has not been set up.";
        }

        if (bankSize < settings.QuestionsPerAttempt)
        {
            return $"The question bank has {bankSize} questions; each attempt draws {settings.QuestionsPerAttempt}.";
        }

        if (previous.FirstOrDefault(attempt => attempt.IsOpenAt(now)) is { } open)
        {
            return $"Attempt {open.Id} is still open until {open.Deadline:O}; submit it first.";
        }

        var used = AttemptsSinceLastPass(previous);
        return used >= settings.MaxAttempts
            ? $"All {settings.MaxAttempts} attempts allowed at this quiz have been used."
            : null;
    }

    /// <summary>
    /// The attempts that count against the limit: those after the agent's latest pass. A pass starts a
    /// fresh allowance, so an agent whose certification runs out can take the quiz again to re-certify.
    /// </summary>
    public static int AttemptsSinceLastPass(IReadOnlyList<QuizAttempt> previous)
    {
        var lastPass = previous.Where(attempt => attempt.Status == AttemptStatus.Passed).Select(attempt => attempt.Number).DefaultIfEmpty(0).Max();
        return previous.Count(attempt => attempt.Number > lastPass);
    }

    /// <summary>A person's grades must cover every short answer still waiting on the attempt, each exactly once.</summary>
    public static Dictionary<string, string[]> ValidateGrades(IReadOnlyList<ShortAnswerGrade?>? grades, IReadOnlySet<Guid> ungraded)
    {
        var errors = new Dictionary<string, string[]>();
        if (grades is null)
        {
            errors["grades"] = ["Grades are required."];
            return errors;
        }

        var seen = new HashSet<Guid>();
        for (var i = 0; i < grades.Count; i++)
        {
            var grade = grades[i];
            if (grade is null)
            {
                errors[$"grades[{i}]"] = ["A grade is required."];
            }
            else if (!ungraded.Contains(grade.QuestionId) || !seen.Add(grade.QuestionId))
            {
                errors[$"grades[{i}].questionId"] = ["Not a short answer of this attempt waiting for a grade, or graded twice."];
            }
            else if (grade.Correct is null)
            {
                errors[$"grades[{i}].correct"] = ["Correct is required: true or false."];
            }
        }

        if (errors.Count == 0 && !seen.SetEquals(ungraded))
        {
            errors["grades"] = [$"Every waiting short answer needs a grade: {ungraded.Count} are waiting, {seen.Count} were given."];
        }

        return errors;
    }
}
