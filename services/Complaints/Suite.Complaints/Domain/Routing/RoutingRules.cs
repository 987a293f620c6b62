using Suite.Contracts;

namespace Suite.Complaints.Domain.Routing;

/// <summary>The routes every tenant starts with, and what makes a rule or a hand-off acceptable.</summary>
public static class RoutingRules
{
    public const int MaxDepartmentLength = 60;
    public const int MaxTextLength = 2000;

    /// <summary>A week of continuous time: a department that needs longer is not answering a hand-off.</summary>
    public const int MaxAnswerWithinMinutes = 10_080;

    /// <summary>The seeds' routing: product problems to product, pricing and listing errors to operations, visuals to design.</summary>
    public static readonly IReadOnlyList<DepartmentRoute> Defaults =
    [
        new(HandOffTopic.ProductProblem, "product", 480, IsDefault: true),
        new(HandOffTopic.PricingOrListingError, "operations", 120, IsDefault: true),
        new(HandOffTopic.VisualMaterial, "design", 960, IsDefault: true),
        new(HandOffTopic.Other, "operations", 480, IsDefault: true),
    ];

    /// <summary>The topic a complaint's category implies when the hand-off does not name one.</summary>
    public static HandOffTopic? TopicOf(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ProductQuality => HandOffTopic.ProductProblem,
        ComplaintCategory.PricingOrListingError => HandOffTopic.PricingOrListingError,
        _ => null,
    };

    public static IReadOnlyList<DepartmentRoute> Effective(IEnumerable<RoutingRule> rules)
    {
        var own = rules.ToDictionary(rule => rule.Topic);
        return Defaults
            .Select(route => own.TryGetValue(route.Topic, out var rule) ? new DepartmentRoute(rule.Topic, rule.Department, rule.AnswerWithinMinutes, IsDefault: false) : route)
            .ToList();
    }

    public static string NormaliseDepartment(string department) => department.Trim().ToLowerInvariant();

    public static Dictionary<string, string[]> ValidateRule(string? department, int answerWithinMinutes)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(department) || department.Trim().Length > MaxDepartmentLength)
        {
            errors["department"] = [$"Department is required and at most {MaxDepartmentLength} characters."];
        }

        if (answerWithinMinutes is < 1 or > MaxAnswerWithinMinutes)
        {
            errors["answerWithinMinutes"] = [$"Between 1 and {MaxAnswerWithinMinutes} minutes of open time."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateHandOff(HandOffTopic? topic, ComplaintCategory category, string? question, Guid expectedVersion)
    {
        var errors = new Dictionary<string, string[]>();
        if (expectedVersion == Guid.Empty)
        {
            errors["expectedVersion"] = ["The version of the complaint the hand-off was based on is required (its 'version' or ETag)."];
        }

        if (topic is { } given && !Enum.IsDefined(given))
        {
            errors["topic"] = [$"Topic, when given, is one of {string.Join(", ", WireNames.All<HandOffTopic>())}."];
        }
        else if (topic is null && TopicOf(category) is null)
        {
            errors["topic"] = [$"A {WireNames.Of(category)} complaint implies no department: name the topic, one of {string.Join(", ", WireNames.All<HandOffTopic>())}."];
        }

        RequireText(errors, "question", question);
        return errors;
    }

    public static Dictionary<string, string[]> ValidateAnswer(string? answer)
    {
        var errors = new Dictionary<string, string[]>();
        RequireText(errors, "answer", answer);
        return errors;
    }

    private static void RequireText(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxTextLength)
        {
            errors[field] = [$"{char.ToUpperInvariant(field[0])}{field[1..]} is required and at most {MaxTextLength} characters."];
        }
    }
}
