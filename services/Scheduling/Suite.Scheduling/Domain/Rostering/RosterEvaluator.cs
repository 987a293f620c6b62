using Suite.Scheduling.Domain.Staffing;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// Judges any roster, generated or edited by hand, against its demand and rules: coverage per queue and
/// interval with the projected service level, runs of unmet demand with their cause, every rule an
/// assignment breaks, and the lower bound on under-coverage.
/// </summary>
public static class RosterEvaluator
{
    /// <param name="knownLowerBoundAgentHours">
    /// The lower bound found when the roster was generated, reused instead of searched for again. Edits
    /// change assignments, not the problem; time off approved since can only raise the true bound, so the
    /// one found then still holds.
    /// </param>
    public static RosterEvaluation Evaluate(
        RosterProblem problem, IReadOnlyList<RosterAssignmentPlan> assignments, double? knownLowerBoundAgentHours = null) =>
        Evaluate(new RosterModel(problem), assignments, knownLowerBoundAgentHours);

    internal static RosterEvaluation Evaluate(
        RosterModel model, IReadOnlyList<RosterAssignmentPlan> assignments, double? knownLowerBoundAgentHours = null)
    {
        var period = model.Problem.Period;
        var queueIndex = Enumerable.Range(0, model.QueueCount).ToDictionary(q => model.Queues[q].Id);
        var scheduled = model.Queues.Select(_ => new int[period.Count]).ToArray();
        long scheduledIntervals = 0;
        foreach (var assignment in assignments)
        {
            if (!queueIndex.TryGetValue(assignment.QueueId, out var q))
            {
                continue;
            }

            foreach (var t in period.WorkedIntervals(assignment.Shift))
            {
                scheduled[q][t]++;
                scheduledIntervals++;
            }
        }

        long shortIntervals = 0;
        for (var q = 0; q < model.QueueCount; q++)
        {
            for (var t = 0; t < period.Count; t++)
            {
                shortIntervals += Math.Max(0, model.Required[q][t] - scheduled[q][t]);
            }
        }

        // A roster that keeps every rule shows what is reachable, which steers the bound's search;
        // one that breaks a rule may reach below the true optimum, so it is no guide.
        var violations = Violations(model, assignments);
        long? knownDual = knownLowerBoundAgentHours is { } knownHours ? (long)Math.Round(knownHours / period.IntervalHours) : null;
        var bound = RosterLowerBound.Compute(model, violations.Count == 0 ? shortIntervals : null, knownDual);
        var coverage = new List<QueueCoverage>();
        var unmet = new List<UnmetRequirement>();
        long requiredIntervals = 0, underIntervals = 0, overIntervals = 0;
        for (var q = 0; q < model.QueueCount; q++)
        {
            var required = model.Required[q];
            var workload = model.Problem.Demand[q].Workload;
            var intervals = new IntervalCoverage[period.Count];
            for (var t = 0; t < period.Count; t++)
            {
                requiredIntervals += required[t];
                underIntervals += Math.Max(0, required[t] - scheduled[q][t]);
                overIntervals += Math.Max(0, scheduled[q][t] - required[t]);
                var question = t < workload.Length ? workload[t] : null;
                intervals[t] = new IntervalCoverage(period.IntervalStart(t), required[t], scheduled[q][t], ProjectedServiceLevel(question, scheduled[q][t]));
            }

            coverage.Add(new QueueCoverage(model.Queues[q].Id, model.Queues[q].Name, intervals));
            unmet.AddRange(UnmetRuns(model, q, scheduled[q], bound.Possible[q]));
        }

        var hours = period.IntervalHours;
        return new RosterEvaluation(
            coverage,
            unmet,
            violations,
            requiredIntervals * hours,
            scheduledIntervals * hours,
            underIntervals * hours,
            overIntervals * hours,
            bound.Intervals * hours);
    }

    /// <summary>
    /// The service level the scheduled agents give once shrinkage takes its share; null without workload.
    /// </summary>
    public static double? ProjectedServiceLevel(StaffingQuestion? workload, int scheduled)
    {
        if (workload is null)
        {
            return null;
        }

        var onThePhones = (int)Math.Floor(scheduled * (1.0 - workload.Shrinkage) + 1e-9);
        return StaffingCalculator.Calculate(workload with { Agents = onThePhones }).ServiceLevel;
    }

    private static IEnumerable<UnmetRequirement> UnmetRuns(RosterModel model, int q, int[] scheduled, int[] possible)
    {
        var period = model.Problem.Period;
        var required = model.Required[q];
        var t = 0;
        while (t < period.Count)
        {
            if (required[t] <= scheduled[t])
            {
                t++;
                continue;
            }

            var first = t;
            var day = DateOnly.FromDateTime(LocalClock.ToLocal(period.IntervalStart(t), period.Zone));
            var largest = 0;
            long missing = 0;
            var nobodyElse = true;
            while (t < period.Count && required[t] > scheduled[t]
                   && DateOnly.FromDateTime(LocalClock.ToLocal(period.IntervalStart(t), period.Zone)) == day)
            {
                largest = Math.Max(largest, required[t] - scheduled[t]);
                missing += required[t] - scheduled[t];
                nobodyElse &= scheduled[t] >= possible[t];
                t++;
            }

            var queue = model.Queues[q];
            var reason = nobodyElse
                ? $"No further agent could serve {queue.Name} then: nobody else has the skills and current certifications, the availability, no time off and a shift template covering these intervals."
                : $"Agents who could serve {queue.Name} then are held by weekly hours, rest, consecutive days, one shift a day or other queues.";
            yield return new UnmetRequirement(queue.Id, queue.Name, period.IntervalStart(first), period.IntervalStart(t), largest, missing * period.IntervalHours, reason);
        }
    }

    private static List<RuleViolation> Violations(RosterModel model, IReadOnlyList<RosterAssignmentPlan> assignments)
    {
        var agents = model.Agents.ToDictionary(agent => agent.Id);
        var queues = model.Queues.ToDictionary(queue => queue.Id);
        var violations = new List<RuleViolation>();
        foreach (var mine in assignments.GroupBy(assignment => assignment.AgentId).OrderBy(group => group.Key))
        {
            if (!agents.TryGetValue(mine.Key, out var agent))
            {
                continue;
            }

            var ordered = mine.OrderBy(assignment => assignment.Shift.Start).ToList();
            // Each shift is checked against the earlier ones only, so a pair that breaks a rule is reported once.
            for (var i = 0; i < ordered.Count; i++)
            {
                var others = ordered.Take(i).Select(other => other.Shift).ToList();
                var queue = queues.GetValueOrDefault(ordered[i].QueueId)
                    ?? new RosterQueue(ordered[i].QueueId, ordered[i].QueueId.ToString(), [], []);
                violations.AddRange(model.Checker.Check(agent, queue, ordered[i].Shift, others));
            }
        }

        return violations;
    }
}
