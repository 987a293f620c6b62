using System.Text.RegularExpressions;

namespace Suite.Quality.Domain;

/// <summary>A scorecard draft as a caller sent it, before validation.</summary>
public sealed record ScorecardDraft(string? Key, string? Name, string? Channel, string? StoreCode, IReadOnlyList<SectionDraft?>? Sections);

public sealed record SectionDraft(string? Key, string? Name, IReadOnlyList<CriterionDraft?>? Criteria);

public sealed record CriterionDraft(
    string? Key, string? Name, decimal? Weight, CriterionKind? Kind, bool? AllowNotApplicable, CriticalScope? CriticalScope);

/// <summary>What a scorecard must satisfy, every problem named by its path ("sections[1].criteria[2].weight").</summary>
public static partial class ScorecardRules
{
    public const int MaxKeyLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxSections = 50;
    public const int MaxCriteriaPerSection = 100;
    public const decimal MaxWeight = 1000m;

    public static Dictionary<string, string[]> Validate(ScorecardDraft draft, bool keyFromRoute = false)
    {
        var errors = new Dictionary<string, string[]>();
        if (!keyFromRoute)
        {
            CheckKey(errors, "key", draft.Key);
        }

        CheckName(errors, "name", draft.Name);
        CheckOptional(errors, "channel", draft.Channel, TranscriptRules.MaxChannelLength);
        CheckOptional(errors, "storeCode", draft.StoreCode, TranscriptRules.MaxStoreCodeLength);
        if (draft.Sections is null || draft.Sections.Count == 0 || draft.Sections.Count > MaxSections)
        {
            errors["sections"] = [$"A scorecard has 1 to {MaxSections} sections."];
            return errors;
        }

        var sectionKeys = new HashSet<string>(StringComparer.Ordinal);
        var criterionKeys = new HashSet<string>(StringComparer.Ordinal);
        var scoredWeight = 0m;
        for (var s = 0; s < draft.Sections.Count; s++)
        {
            var path = $"sections[{s}]";
            if (draft.Sections[s] is not { } section)
            {
                errors[path] = ["A section is required, not null."];
                continue;
            }

            if (CheckKey(errors, $"{path}.key", section.Key) && !sectionKeys.Add(section.Key!.Trim()))
            {
                errors[$"{path}.key"] = [$"Section key '{section.Key.Trim()}' is used twice."];
            }

            CheckName(errors, $"{path}.name", section.Name);
            if (section.Criteria is null || section.Criteria.Count == 0 || section.Criteria.Count > MaxCriteriaPerSection)
            {
                errors[$"{path}.criteria"] = [$"A section has 1 to {MaxCriteriaPerSection} criteria."];
                continue;
            }

            for (var c = 0; c < section.Criteria.Count; c++)
            {
                scoredWeight += CheckCriterion(errors, $"{path}.criteria[{c}]", section.Criteria[c], criterionKeys);
            }
        }

        if (errors.Count == 0 && scoredWeight <= 0)
        {
            errors["sections"] = ["At least one standard or critical criterion must carry weight: a score needs a denominator."];
        }

        return errors;
    }

    /// <summary>Call only on a draft that passed <see cref="Validate"/>.</summary>
    public static NewScorecard ToNewScorecard(ScorecardDraft draft, string key) => new(
        key.Trim(),
        draft.Name!.Trim(),
        Optional(draft.Channel),
        Optional(draft.StoreCode),
        draft.Sections!.Select(section => new ScorecardSection(
            section!.Key!.Trim(),
            section.Name!.Trim(),
            section.Criteria!.Select(criterion => new ScorecardCriterion(
                criterion!.Key!.Trim(),
                criterion.Name!.Trim(),
                criterion.Weight!.Value,
                criterion.Kind ?? CriterionKind.Standard,
                criterion.AllowNotApplicable ?? false,
                criterion.Kind == CriterionKind.Critical ? criterion.CriticalScope ?? CriticalScope.Evaluation : null)).ToList())).ToList());

    public static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key.Trim()) && key.Trim().Length <= MaxKeyLength;

    /// <summary>Returns the weight the criterion puts in the denominator (0 when it is not valid or is a bonus).</summary>
    private static decimal CheckCriterion(Dictionary<string, string[]> errors, string path, CriterionDraft? criterion, HashSet<string> keys)
    {
        if (criterion is null)
        {
            errors[path] = ["A criterion is required, not null."];
            return 0;
        }

        // Criterion keys are unique across the scorecard: answers name a criterion by key alone.
        if (CheckKey(errors, $"{path}.key", criterion.Key) && !keys.Add(criterion.Key!.Trim()))
        {
            errors[$"{path}.key"] = [$"Criterion key '{criterion.Key.Trim()}' is used twice in this scorecard."];
        }

        CheckName(errors, $"{path}.name", criterion.Name);
        var kind = criterion.Kind ?? CriterionKind.Standard;
        var minimum = kind == CriterionKind.Critical ? 0m : 0.01m;
        if (criterion.Weight is not { } weight || weight < minimum || weight > MaxWeight || decimal.Round(weight, 2) != weight)
        {
            errors[$"{path}.weight"] = [kind == CriterionKind.Critical
                ? $"weight of a critical criterion is required, 0 to {MaxWeight} points with at most 2 decimals."
                : $"weight is required, more than 0 and at most {MaxWeight} points with at most 2 decimals."];
            return 0;
        }

        if (criterion.CriticalScope is not null && kind != CriterionKind.Critical)
        {
            errors[$"{path}.criticalScope"] = ["criticalScope applies to critical criteria only."];
        }

        if (kind == CriterionKind.Bonus && criterion.AllowNotApplicable == true)
        {
            errors[$"{path}.allowNotApplicable"] = ["A bonus criterion is simply not met when it does not apply."];
        }

        return kind == CriterionKind.Bonus ? 0 : weight;
    }

    private static bool CheckKey(Dictionary<string, string[]> errors, string field, string? key)
    {
        if (IsKey(key))
        {
            return true;
        }

        errors[field] = [$"key is required: lower-case letters, digits and dashes, at most {MaxKeyLength} characters."];
        return false;
    }

    private static void CheckName(Dictionary<string, string[]> errors, string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors[field] = [$"name is required, at most {MaxNameLength} characters."];
        }
    }

    private static void CheckOptional(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors[field] = [$"{field} must be at most {maxLength} characters."];
        }
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
