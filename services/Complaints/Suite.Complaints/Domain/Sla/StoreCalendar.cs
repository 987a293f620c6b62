using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Sla;

/// <summary>When a store's complaints desk works: its IANA time zone, weekly hours and holidays.</summary>
public sealed class StoreCalendar : ITenantOwned
{
    private StoreCalendar()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string StoreCode { get; private set; } = "";

    /// <summary>An IANA id ("Asia/Shanghai", "Europe/London"), the same on every operating system.</summary>
    public string TimeZoneId { get; private set; } = "";

    public List<OpeningHours> WeeklyHours { get; private set; } = [];

    public List<DateOnly> Holidays { get; private set; } = [];

    public static StoreCalendar Create(string storeCode, StoreCalendarDetails details, DateTimeOffset now)
    {
        var calendar = new StoreCalendar { Id = Guid.CreateVersion7(now), StoreCode = storeCode.Trim() };
        calendar.Apply(details);
        return calendar;
    }

    public void Apply(StoreCalendarDetails details)
    {
        TimeZoneId = details.TimeZoneId.Trim();
        WeeklyHours = details.WeeklyHours.OrderBy(hours => hours.Day).ThenBy(hours => hours.Open).ToList();
        Holidays = details.Holidays.Distinct().Order().ToList();
    }

    /// <summary>Only called on calendars that passed <see cref="SlaRules.ValidateCalendar"/>, whose zone exists.</summary>
    public BusinessClock Clock() =>
        BusinessClock.For(TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId), WeeklyHours, Holidays);
}

public sealed record StoreCalendarDetails(string TimeZoneId, IReadOnlyList<OpeningHours> WeeklyHours, IReadOnlyList<DateOnly> Holidays);
