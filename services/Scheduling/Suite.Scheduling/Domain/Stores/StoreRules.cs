namespace Suite.Scheduling.Domain.Stores;

/// <summary>What makes a store or a queue acceptable; every problem at once, per field.</summary>
public static class StoreRules
{
    public const int MaxNameLength = 100;
    public const int MaxPlatformLength = 40;
    public const int MinCodeLength = 2;
    public const int MaxCodeLength = 64;

    public static Dictionary<string, string[]> Validate(NewStore store)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsCode(store.Code))
        {
            errors["code"] = [$"Code is required: {MinCodeLength} to {MaxCodeLength} lowercase letters, digits or hyphens (e.g. tmall-flagship)."];
        }

        if (string.IsNullOrWhiteSpace(store.Name) || store.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(store.Platform) || store.Platform.Trim().Length > MaxPlatformLength
            || !store.Platform.Trim().All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.'))
        {
            errors["platform"] = [$"Platform is required: 1 to {MaxPlatformLength} letters, digits, spaces, '.', '-' or '_' (e.g. tmall, jd, douyin)."];
        }

        if (!IsIanaTimeZone(store.TimeZone))
        {
            errors["timeZone"] = ["Time zone must be an IANA time zone id, e.g. Asia/Shanghai."];
        }

        if (!Enum.IsDefined(store.Channel))
        {
            errors["channel"] = ["Channel must be one of the known channels."];
        }

        foreach (var (field, messages) in AgentRules.ValidateWeeklyWindows(store.OpeningHours ?? [], "openingHours"))
        {
            errors[field] = messages;
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateQueue(string? name, IReadOnlyList<string>? requiredSkills)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        var skills = requiredSkills ?? [];
        if (skills.Count > AgentRules.MaxSkills || skills.Any(skill => string.IsNullOrWhiteSpace(skill) || skill.Trim().Length > 50))
        {
            errors["requiredSkills"] = [$"At most {AgentRules.MaxSkills} skills, each 1 to 50 characters."];
        }

        return errors;
    }

    /// <summary>
    /// Only IANA ids: the host also knows Windows ids ("China Standard Time"), which other systems of the
    /// suite and the platforms would not understand.
    /// </summary>
    public static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id == id.Trim()
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId;

    /// <summary>Whether <paramref name="code"/> (as given: surrounding spaces are forgiven) is a well-formed store code.</summary>
    public static bool IsCode(string? code)
    {
        var trimmed = code?.Trim() ?? "";
        return trimmed.Length is >= MinCodeLength and <= MaxCodeLength && trimmed.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    }

    /// <summary>
    /// Codes are stored lower-case only, so a lookup folds case: other services that write "TM-Flagship"
    /// still find "tm-flagship", and no two stores can differ by case alone.
    /// </summary>
    public static string NormaliseCode(string code) => code.Trim().ToLowerInvariant();

    /// <summary>Platforms compare without regard to case or spaces around them: "Tmall" and "tmall " are one platform.</summary>
    public static string NormalisePlatform(string platform) => platform.Trim().ToLowerInvariant();
}
