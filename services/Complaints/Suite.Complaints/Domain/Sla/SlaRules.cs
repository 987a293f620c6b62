namespace Suite.Complaints.Domain.Sla;

/// <summary>What makes an SLA policy or a store calendar acceptable, per field.</summary>
public static class SlaRules
{
    public const int MaxNameLength = 100;
    public const int MaxHolidays = 200;
    public const int MaxOpeningsPerWeek = 50;
    public const int MaxTimeZoneIdLength = 64;

    /// <summary>A year of continuous time: a longer target is a typing mistake, not a promise.</summary>
    public const int MaxTargetMinutes = 525_600;

    public static Dictionary<string, string[]> ValidatePolicy(SlaPolicyDetails policy)
    {
        var errors = new Dictionary<string, string[]>();
        if (policy.Rank < 1)
        {
            errors["rank"] = ["Rank is 1 or more; lower ranks are tried first."];
        }

        if (string.IsNullOrWhiteSpace(policy.Name) || policy.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        if (policy.StoreCode is not null && (policy.StoreCode.Trim().Length == 0 || policy.StoreCode.Trim().Length > ComplaintRules.MaxStoreCodeLength))
        {
            errors["storeCode"] = [$"Store code, when given, is 1 to {ComplaintRules.MaxStoreCodeLength} characters."];
        }

        RequireMinutes(errors, "firstResponseMinutes", policy.FirstResponseMinutes);
        RequireMinutes(errors, "nextUpdateMinutes", policy.NextUpdateMinutes);
        RequireMinutes(errors, "resolutionMinutes", policy.ResolutionMinutes);
        if (!errors.ContainsKey("firstResponseMinutes") && !errors.ContainsKey("resolutionMinutes")
            && policy.FirstResponseMinutes > policy.ResolutionMinutes)
        {
            errors["firstResponseMinutes"] = ["The first response cannot be due after the resolution."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateCalendar(string storeCode, StoreCalendarDetails calendar)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(storeCode) || storeCode.Trim().Length > ComplaintRules.MaxStoreCodeLength)
        {
            errors["storeCode"] = [$"Store code is 1 to {ComplaintRules.MaxStoreCodeLength} characters."];
        }

        if (!IsIanaZone(calendar.TimeZoneId))
        {
            errors["timeZoneId"] = ["Time zone must be an IANA time zone id such as Asia/Shanghai or Europe/London."];
        }

        var hours = calendar.WeeklyHours ?? [];
        if (hours.Count is 0 or > MaxOpeningsPerWeek)
        {
            errors["weeklyHours"] = [$"Between 1 and {MaxOpeningsPerWeek} weekly openings."];
        }
        else if (hours.Any(opening => !Enum.IsDefined(opening.Day) || opening.Open < TimeSpan.Zero || opening.Close > TimeSpan.FromHours(24) || opening.Close <= opening.Open))
        {
            errors["weeklyHours"] = ["Every opening is on a day of the week, opens before it closes, and closes by 24:00."];
        }
        else if (hours.GroupBy(opening => opening.Day).Any(day => Overlap(day.OrderBy(opening => opening.Open).ToList())))
        {
            errors["weeklyHours"] = ["The openings of one day must not overlap."];
        }

        if ((calendar.Holidays ?? []).Count > MaxHolidays)
        {
            errors["holidays"] = [$"At most {MaxHolidays} holidays; remove past ones."];
        }

        return errors;
    }

    /// <summary>IANA ids only: a Windows id ("China Standard Time") would work on one platform and not another.</summary>
    public static bool IsIanaZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Trim().Length <= MaxTimeZoneIdLength
        && (id.Trim() == "UTC" || TimeZoneInfo.TryConvertIanaIdToWindowsId(id.Trim(), out _))
        && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _);

    private static bool Overlap(List<OpeningHours> openings) =>
        openings.Zip(openings.Skip(1)).Any(pair => pair.Second.Open < pair.First.Close);

    private static void RequireMinutes(Dictionary<string, string[]> errors, string field, int minutes)
    {
        if (minutes is < 1 or > MaxTargetMinutes)
        {
            errors[field] = [$"Between 1 and {MaxTargetMinutes} minutes of open time."];
        }
    }
}
