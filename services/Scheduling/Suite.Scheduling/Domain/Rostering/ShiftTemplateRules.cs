namespace Suite.Scheduling.Domain.Rostering;

/// <summary>What makes a shift template acceptable; every problem at once, per field.</summary>
public static class ShiftTemplateRules
{
    public const int MaxNameLength = 60;

    /// <summary>Shifts and breaks fall on quarter hours so they line up with 15- and 30-minute demand intervals.</summary>
    public const int Granularity = 15;

    public const int MinLengthMinutes = 60;
    public const int MaxLengthMinutes = 16 * 60;
    public const int MaxBreaks = 6;

    public static Dictionary<string, string[]> Validate(NewShiftTemplate template)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(template.Name) || template.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        if (template.Start.Minute % Granularity != 0 || template.Start.Second != 0 || template.Start.Millisecond != 0)
        {
            errors["start"] = [$"start must be on a quarter hour (a multiple of {Granularity} minutes)."];
        }

        if (template.LengthMinutes is < MinLengthMinutes or > MaxLengthMinutes || template.LengthMinutes % Granularity != 0)
        {
            errors["lengthMinutes"] = [$"lengthMinutes must be {MinLengthMinutes} to {MaxLengthMinutes}, a multiple of {Granularity}."];
        }

        if (template.Days is null || template.Days.Count == 0 || template.Days.Any(day => !Enum.IsDefined(day)))
        {
            errors["days"] = ["days must name at least one day of the week."];
        }

        var breaks = template.Breaks ?? [];
        if (breaks.Count > MaxBreaks)
        {
            errors["breaks"] = [$"At most {MaxBreaks} breaks."];
            return errors;
        }

        var ordered = breaks.Select((pause, index) => (pause, index)).OrderBy(pair => pair.pause.OffsetMinutes).ToList();
        var previousEnd = 0;
        foreach (var (pause, index) in ordered)
        {
            if (pause.OffsetMinutes % Granularity != 0 || pause.LengthMinutes % Granularity != 0 || pause.LengthMinutes <= 0
                || pause.OffsetMinutes <= 0 || pause.OffsetMinutes + pause.LengthMinutes >= template.LengthMinutes)
            {
                errors[$"breaks[{index}]"] = [$"A break starts after the shift starts, ends before it ends, and both offset and length are positive multiples of {Granularity} minutes."];
            }
            else if (pause.OffsetMinutes < previousEnd)
            {
                errors[$"breaks[{index}]"] = ["Breaks must not overlap."];
            }

            previousEnd = Math.Max(previousEnd, pause.OffsetMinutes + pause.LengthMinutes);
        }

        return errors;
    }
}
