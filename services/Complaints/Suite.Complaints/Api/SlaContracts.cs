using System.Globalization;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Api;

/// <summary>The body of POST and PUT /api/complaints/sla-policies: empty conditions match anything.</summary>
public sealed record SlaPolicyRequest(
    int Rank,
    string? Name,
    string? StoreCode,
    ComplaintChannel? Channel,
    ComplaintSeverity? Severity,
    ComplaintCategory? Category,
    int FirstResponseMinutes,
    int NextUpdateMinutes,
    int ResolutionMinutes)
{
    public SlaPolicyDetails ToDetails() => new(
        Rank, Name ?? "", StoreCode, Channel, Severity, Category, FirstResponseMinutes, NextUpdateMinutes, ResolutionMinutes);
}

public sealed record SlaPolicyResponse(
    Guid Id,
    int Rank,
    string Name,
    string? StoreCode,
    ComplaintChannel? Channel,
    ComplaintSeverity? Severity,
    ComplaintCategory? Category,
    int FirstResponseMinutes,
    int NextUpdateMinutes,
    int ResolutionMinutes)
{
    public static SlaPolicyResponse From(SlaPolicy policy) => new(
        policy.Id, policy.Rank, policy.Name, policy.StoreCode, policy.Channel, policy.Severity, policy.Category,
        policy.FirstResponseMinutes, policy.NextUpdateMinutes, policy.ResolutionMinutes);
}

/// <summary>One weekly opening, in the store's local time: "09:00" to "18:00"; "24:00" closes at midnight.</summary>
public sealed record OpeningHoursRequest(DayOfWeek? Day, string? Open, string? Close);

/// <summary>The body of PUT /api/complaints/store-calendars/{storeCode}.</summary>
public sealed record StoreCalendarRequest(string? TimeZoneId, IReadOnlyList<OpeningHoursRequest>? WeeklyHours, IReadOnlyList<DateOnly>? Holidays)
{
    /// <summary>Openings whose day or times cannot be read are reported under weeklyHours, with the rest of the calendar's problems.</summary>
    public (StoreCalendarDetails Details, bool Readable) ToDetails()
    {
        var readable = true;
        var hours = new List<OpeningHours>();
        foreach (var opening in WeeklyHours ?? [])
        {
            if (opening?.Day is { } day && ParseTime(opening.Open) is { } open && ParseTime(opening.Close) is { } close)
            {
                hours.Add(new OpeningHours(day, open, close));
            }
            else
            {
                readable = false;
            }
        }

        return (new StoreCalendarDetails(TimeZoneId ?? "", hours, Holidays ?? []), readable);
    }

    private static TimeSpan? ParseTime(string? text) =>
        text == "24:00" ? TimeSpan.FromHours(24)
        : TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time.ToTimeSpan()
        : null;
}

public sealed record OpeningHoursResponse(DayOfWeek Day, string Open, string Close);

public sealed record StoreCalendarResponse(string StoreCode, string TimeZoneId, IReadOnlyList<OpeningHoursResponse> WeeklyHours, IReadOnlyList<DateOnly> Holidays)
{
    public static StoreCalendarResponse From(StoreCalendar calendar) => new(
        calendar.StoreCode, calendar.TimeZoneId,
        calendar.WeeklyHours.Select(hours => new OpeningHoursResponse(hours.Day, Format(hours.Open), Format(hours.Close))).ToList(),
        calendar.Holidays);

    private static string Format(TimeSpan sinceMidnight) => $"{(int)sinceMidnight.TotalHours:D2}:{sinceMidnight.Minutes:D2}";
}
