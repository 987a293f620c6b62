using System.Globalization;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Api;

/// <summary>Reads weekly "HH:mm" windows (availability, opening hours), naming each unreadable one the way validation names fields.</summary>
internal static class AvailabilityParser
{
    /// <summary>Null when any window is unreadable; the errors then say which.</summary>
    public static List<AvailabilityWindow>? Parse(IReadOnlyList<AvailabilityWindowDto>? windows, Dictionary<string, string[]> errors, string field = "availability")
    {
        if (windows is null)
        {
            return null;
        }

        var parsed = new List<AvailabilityWindow>();
        var unreadable = false;
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (window is null)
            {
                errors[$"{field}[{i}]"] = ["A window is required."];
                unreadable = true;
                continue;
            }

            var startOk = TryParseTime(window.Start, out var start);
            var endOk = TryParseTime(window.End, out var end);
            if (!startOk)
            {
                errors[$"{field}[{i}].start"] = ["start must be a time of day as HH:mm."];
            }

            if (!endOk)
            {
                errors[$"{field}[{i}].end"] = ["end must be a time of day as HH:mm."];
            }

            unreadable |= !startOk || !endOk;
            parsed.Add(new AvailabilityWindow(window.Day, start, end));
        }

        // Positions in the domain's messages must match the caller's list, so rules run only on a complete one.
        return unreadable ? null : parsed;
    }

    private static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
