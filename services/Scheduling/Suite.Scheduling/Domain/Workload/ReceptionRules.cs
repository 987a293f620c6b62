namespace Suite.Scheduling.Domain.Workload;

/// <summary>What makes a day's reception figures and the tenant's overhead acceptable.</summary>
public static class ReceptionRules
{
    public const int MaxFiguresPerPost = 5000;
    public const int MaxReceptions = 100_000;
    public const int MaxStoreLength = 100;
    public const int MaxPerStoreOverhead = 1000;

    public static Dictionary<string, string[]> Validate(DateOnly date, IReadOnlyList<ReceptionFigureInput?> figures, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (date == default)
        {
            errors["date"] = ["date is required."];
        }
        else if (date > today.AddDays(1))
        {
            errors["date"] = ["Receptions cannot be reported for a day that has not happened."];
        }

        if (figures.Count is 0 or > MaxFiguresPerPost)
        {
            errors["figures"] = [$"Between 1 and {MaxFiguresPerPost} figures."];
            return errors;
        }

        var seen = new Dictionary<(Guid, string), int>();
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure is null)
            {
                errors[$"figures[{i}]"] = ["A figure is required."];
                continue;
            }

            if (figure.AgentId is null || figure.AgentId == Guid.Empty)
            {
                errors[$"figures[{i}].agentId"] = ["agentId is required."];
            }

            if (string.IsNullOrWhiteSpace(figure.Store) || figure.Store.Trim().Length > MaxStoreLength)
            {
                errors[$"figures[{i}].store"] = [$"store is required and at most {MaxStoreLength} characters."];
            }
            else if (figure.AgentId is { } agentId && seen.TryGetValue((agentId, NormaliseStore(figure.Store)), out var first))
            {
                errors[$"figures[{i}]"] = [$"The same agent and store as figures[{first}]."];
            }
            else if (figure.AgentId is { } id)
            {
                seen[(id, NormaliseStore(figure.Store))] = i;
            }

            if (figure.Receptions is null or < 0 or > MaxReceptions)
            {
                errors[$"figures[{i}].receptions"] = [$"receptions must be between 0 and {MaxReceptions}."];
            }
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateOverhead(int? perStoreOverhead)
    {
        var errors = new Dictionary<string, string[]>();
        if (perStoreOverhead is null or < 0 or > MaxPerStoreOverhead)
        {
            errors["perStoreOverhead"] = [$"perStoreOverhead is required, between 0 and {MaxPerStoreOverhead} receptions."];
        }

        return errors;
    }

    /// <summary>Stores compare without regard to case or surrounding spaces, as platform exports vary.</summary>
    public static string NormaliseStore(string store) => store.Trim().ToLowerInvariant();
}

/// <summary>One line of a day's figures as entered; missing parts are reported, not defaulted.</summary>
public sealed record ReceptionFigureInput(Guid? AgentId, string? Store, int? Receptions);
