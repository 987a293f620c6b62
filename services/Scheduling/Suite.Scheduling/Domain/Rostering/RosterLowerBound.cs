namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// Under-coverage that no roster obeying the rules can avoid, as the largest of three bounds that each
/// hold for every feasible roster:
/// <list type="number">
/// <item>per queue and interval, the requirement above the number of agents who could serve that queue
/// then at all (qualified, available, not on time off, on some shift template that serves the whole
/// interval and that fits the agent's weekly hours on its own);</item>
/// <item>the total requirement above the most intervals all agents together could serve: per agent and
/// week, the best shift of each day summed, capped by the weekly hours at the best ratio of served
/// intervals to paid hours;</item>
/// <item>the Lagrangian dual of the covering relaxation (<see cref="RosterDualBound"/>), which weighs
/// every queue and interval against the others and is usually far stronger than the first two.</item>
/// </list>
/// All relax rules (rest and consecutive days ignored; the first two also count an agent for several
/// queues at once), so the true optimum may lie above the bound; a roster at the bound is provably optimal.
/// </summary>
public sealed record RosterLowerBound(int[][] Possible, long IntervalBound, long CapacityBound, long DualBound)
{
    public long Intervals => Math.Max(DualBound, Math.Max(IntervalBound, CapacityBound));

    /// <summary>
    /// <paramref name="target"/> is the under-coverage, in intervals, of a roster known to obey the
    /// rules (or null): it steers the dual search and ends it once the bound proves that roster optimal.
    /// <paramref name="knownDual"/> is a dual bound already found for this problem (at generation): the
    /// search takes seconds for a large centre, too long to repeat on every read of the roster.
    /// </summary>
    internal static RosterLowerBound Compute(RosterModel model, long? target, long? knownDual = null)
    {
        var count = model.Problem.Period.Count;
        var possible = model.Queues.Select(_ => new int[count]).ToArray();
        var lastCounted = model.Queues.Select(_ => Enumerable.Repeat(-1, count).ToArray()).ToArray();
        long capacity = 0;
        for (var a = 0; a < model.Agents.Length; a++)
        {
            var bestOfDay = new Dictionary<DateOnly, int>();
            var bestRatioOfWeek = new Dictionary<DateOnly, double>();
            for (var s = 0; s < model.Shifts.Length; s++)
            {
                var servesAny = false;
                foreach (var q in model.SkilledQueues[a])
                {
                    if (!model.CanServe(a, s, q))
                    {
                        continue;
                    }

                    servesAny = true;
                    foreach (var t in model.Worked[s])
                    {
                        if (lastCounted[q][t] != a)
                        {
                            lastCounted[q][t] = a;
                            possible[q][t]++;
                        }
                    }
                }

                if (!servesAny)
                {
                    continue;
                }

                var shift = model.Shifts[s];
                var worked = model.Worked[s].Length;
                bestOfDay[shift.Day] = Math.Max(bestOfDay.GetValueOrDefault(shift.Day), worked);
                var ratio = shift.PaidHours <= 0 ? double.PositiveInfinity : worked / shift.PaidHours;
                bestRatioOfWeek[shift.WeekStart] = Math.Max(bestRatioOfWeek.GetValueOrDefault(shift.WeekStart), ratio);
            }

            foreach (var week in bestOfDay.GroupBy(pair => pair.Key.AddDays(-(((int)pair.Key.DayOfWeek + 6) % 7))))
            {
                long byDays = week.Sum(pair => pair.Value);
                var byHours = model.Agents[a].MaxWeeklyHours * bestRatioOfWeek[week.Key];
                capacity += double.IsPositiveInfinity(byHours) ? byDays : Math.Min(byDays, (long)Math.Floor(byHours + 1e-9));
            }
        }

        long intervalBound = 0;
        long totalRequired = 0;
        for (var q = 0; q < model.QueueCount; q++)
        {
            for (var t = 0; t < count; t++)
            {
                intervalBound += Math.Max(0, model.Required[q][t] - possible[q][t]);
                totalRequired += model.Required[q][t];
            }
        }

        var dual = knownDual ?? RosterDualBound.Compute(model, possible, model.Problem.BoundIterations, target);
        return new RosterLowerBound(possible, intervalBound, Math.Max(0, totalRequired - capacity), dual);
    }
}
