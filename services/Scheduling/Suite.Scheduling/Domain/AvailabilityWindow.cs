namespace Suite.Scheduling.Domain;

/// <summary>
/// A time an agent can work every week, in the centre's local time. An end before the start runs past
/// midnight into the next day (a late shift from 22:00 to 02:00).
/// </summary>
public sealed record AvailabilityWindow(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    private const int MinutesPerDay = 24 * 60;
    private const int MinutesPerWeek = 7 * MinutesPerDay;

    public int StartMinuteOfWeek => (int)Day * MinutesPerDay + Start.Hour * 60 + Start.Minute;

    public int LengthMinutes
    {
        get
        {
            var length = (int)(End - Start).TotalMinutes;
            return length <= 0 ? length + MinutesPerDay : length;
        }
    }

    /// <summary>Whether the two windows share a minute, including across the Saturday-Sunday week boundary.</summary>
    public bool Overlaps(AvailabilityWindow other)
    {
        var distance = ((other.StartMinuteOfWeek - StartMinuteOfWeek) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
        return distance < LengthMinutes || MinutesPerWeek - distance < other.LengthMinutes;
    }
}
