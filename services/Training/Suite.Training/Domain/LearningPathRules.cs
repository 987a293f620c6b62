namespace Suite.Training.Domain;

/// <summary>What makes a learning path's details acceptable. Returns every problem at once, per field.</summary>
public static class LearningPathRules
{
    public const int MaxNameLength = 150;
    public const int MaxDescriptionLength = 2000;
    public const int MinDueAfterDays = 1;
    public const int MaxDueAfterDays = 365;
    public const int MaxCourses = 50;

    public static Dictionary<string, string[]> Validate(NewLearningPath path)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(path.Name) || path.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        if ((path.Description ?? "").Trim().Length > MaxDescriptionLength)
        {
            errors["description"] = [$"Description is at most {MaxDescriptionLength} characters."];
        }

        if (!Enum.IsDefined(path.Kind))
        {
            errors["kind"] = ["Kind must be one of onboarding, advanced, remedial or recertification."];
        }
        else if (path.IsDefaultOnboarding && path.Kind != LearningPathKind.Onboarding)
        {
            errors["isDefaultOnboarding"] = ["Only an onboarding path can be the default onboarding path."];
        }

        if (path.DueAfterDays is < MinDueAfterDays or > MaxDueAfterDays)
        {
            errors["dueAfterDays"] = [$"Due after days must be between {MinDueAfterDays} and {MaxDueAfterDays}."];
        }

        return errors;
    }

    /// <summary>
    /// A path's ordered courses: each at most once, and every one a course of the tenant
    /// (<paramref name="knownCourseIds"/>: those of the requested ids that exist).
    /// </summary>
    public static Dictionary<string, string[]> ValidateCourses(IReadOnlyList<Guid>? courseIds, IReadOnlySet<Guid> knownCourseIds)
    {
        var errors = new Dictionary<string, string[]>();
        if (courseIds is null || courseIds.Count > MaxCourses)
        {
            errors["courseIds"] = [$"Course ids are required: a list of at most {MaxCourses} (empty to clear the path)."];
            return errors;
        }

        var seen = new HashSet<Guid>();
        for (var i = 0; i < courseIds.Count; i++)
        {
            if (!seen.Add(courseIds[i]))
            {
                errors[$"courseIds[{i}]"] = ["A course appears on a path only once."];
            }
            else if (!knownCourseIds.Contains(courseIds[i]))
            {
                errors[$"courseIds[{i}]"] = [$"No course has id {courseIds[i]}."];
            }
        }

        return errors;
    }
}
