namespace Suite.Scheduling.Domain.Demand;

/// <summary>
/// What makes a demand import acceptable. Every bad line is reported with every problem it has, so a
/// planner fixes a spreadsheet in one pass; an import with any bad line imports nothing.
/// </summary>
public static class DemandRules
{
    public static readonly IReadOnlyList<int> IntervalLengths = [15, 30];
    public const int MaxRows = 20_000;
    public const double MaxContacts = 1_000_000;
    public const double MaxAhtSeconds = 86_400;

    /// <summary>
    /// Checks each line on its own, against the queues it names (their store's time zone, for alignment),
    /// and against the other lines of the import. Returns problems per line label.
    /// </summary>
    public static Dictionary<string, List<string>> Validate(IReadOnlyList<DemandRowInput> rows, IReadOnlyDictionary<Guid, TimeZoneInfo> queueTimeZones)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string line, string problem)
        {
            if (!errors.TryGetValue(line, out var problems))
            {
                errors[line] = problems = [];
            }

            problems.Add(problem);
        }

        if (rows.Count > MaxRows)
        {
            Add("rows", $"At most {MaxRows} lines per import.");
            return errors;
        }

        var complete = new List<(DemandRowInput Input, DemandRow Row)>();
        foreach (var row in rows)
        {
            TimeZoneInfo? zone = null;
            if (row.QueueId is null || row.QueueId == Guid.Empty)
            {
                Add(row.Line, "queueId is required.");
            }
            else if (!queueTimeZones.TryGetValue(row.QueueId.Value, out zone))
            {
                Add(row.Line, $"queueId: no queue has id {row.QueueId}.");
            }

            if (row.IntervalMinutes is not { } minutes || !IntervalLengths.Contains(minutes))
            {
                Add(row.Line, "intervalMinutes must be 15 or 30.");
            }

            if (row.Start is not { } start)
            {
                Add(row.Line, "start is required: an ISO 8601 date and time with its offset, e.g. 2026-12-01T09:00:00+08:00.");
            }
            else if (zone is not null && row.IntervalMinutes is { } length && IntervalLengths.Contains(length) && !IsAligned(start, length, zone))
            {
                Add(row.Line, $"start must fall on a {length}-minute boundary in the store's time zone ({zone.Id}).");
            }

            if (row.Contacts is not { } contacts || !double.IsFinite(contacts) || contacts < 0 || contacts > MaxContacts)
            {
                Add(row.Line, $"contacts must be a number from 0 up to {MaxContacts}.");
            }

            if (row.AhtSeconds is not { } aht || !double.IsFinite(aht) || aht <= 0 || aht > MaxAhtSeconds)
            {
                Add(row.Line, $"ahtSeconds must be a number above 0 up to {MaxAhtSeconds}.");
            }

            if (!errors.ContainsKey(row.Line) && row.Contacts!.Value * row.AhtSeconds!.Value / (row.IntervalMinutes!.Value * 60.0) > Staffing.StaffingRules.MaxTrafficErlangs)
            {
                Add(row.Line, $"contacts x ahtSeconds is more than {Staffing.StaffingRules.MaxTrafficErlangs:0} Erlangs in one interval; split the queue.");
            }

            if (!errors.ContainsKey(row.Line))
            {
                complete.Add((row, new DemandRow(row.QueueId!.Value, row.Start!.Value, row.IntervalMinutes!.Value, row.Contacts!.Value, row.AhtSeconds!.Value)));
            }
        }

        foreach (var queue in complete.GroupBy(pair => pair.Row.QueueId))
        {
            var ordered = queue.OrderBy(pair => pair.Row.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var previous = ordered.Take(i).MaxBy(pair => pair.Row.End);
                if (previous.Row.End > ordered[i].Row.Start)
                {
                    Add(ordered[i].Input.Line, $"It overlaps {previous.Input.Line} for the same queue.");
                }
            }
        }

        return errors;
    }

    /// <summary>Whether <paramref name="start"/> begins a whole interval of the store's local clock.</summary>
    public static bool IsAligned(DateTimeOffset start, int intervalMinutes, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        return local.Second == 0 && local.Millisecond == 0 && local.Microsecond == 0 && local.Minute % intervalMinutes == 0;
    }

    /// <summary>Whether an existing interval of a queue would be superseded by (overlaps) the imported span.</summary>
    public static bool Overlaps(DemandInterval existing, DateTimeOffset spanStart, DateTimeOffset spanEnd) =>
        existing.Start < spanEnd && existing.End > spanStart;
}
