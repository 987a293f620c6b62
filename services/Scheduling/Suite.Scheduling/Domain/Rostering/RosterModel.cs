namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// The problem turned into arrays indexed by queue, shift, agent and interval, with the facts that do
/// not change while a roster is built (who is qualified and available for which shift) worked out once.
/// </summary>
internal sealed class RosterModel
{
    public RosterModel(RosterProblem problem)
    {
        Problem = problem;
        Checker = new RosterRuleChecker(problem.Rules);
        Queues = problem.Demand.Select(demand => demand.Queue).ToArray();
        Required = problem.Demand.Select(demand => Fit(demand.Required, problem.Period.Count)).ToArray();
        Shifts = problem.Shifts.ToArray();
        Agents = problem.Agents.ToArray();
        Worked = Shifts.Select(problem.Period.WorkedIntervals).ToArray();
        QueueCount = Queues.Length;

        Available = new bool[Agents.Length][];
        Qualified = new bool[Agents.Length][];
        SkilledQueues = new int[Agents.Length][];
        for (var a = 0; a < Agents.Length; a++)
        {
            var agent = Agents[a];
            SkilledQueues[a] = Enumerable.Range(0, QueueCount)
                .Where(q => Queues[q].RequiredSkills.All(agent.Skills.Contains))
                .ToArray();
            Available[a] = new bool[Shifts.Length];
            Qualified[a] = new bool[Shifts.Length * QueueCount];
            for (var s = 0; s < Shifts.Length; s++)
            {
                // A shift the agent could not work even alone in its week never becomes possible.
                Available[a][s] = Checker.FirstAvailabilityViolation(agent, Shifts[s]) is null
                    && Checker.FirstSequenceViolation(agent, Shifts[s], []) is null;
                foreach (var q in SkilledQueues[a])
                {
                    Qualified[a][s * QueueCount + q] = agent.IsCertifiedFor(Queues[q].RequiredCertifications, Shifts[s].End);
                }
            }
        }
    }

    public RosterProblem Problem { get; }

    public RosterRuleChecker Checker { get; }

    public RosterQueue[] Queues { get; }

    public int QueueCount { get; }

    public int[][] Required { get; }

    public PlannedShift[] Shifts { get; }

    public RosterAgent[] Agents { get; }

    /// <summary>Per shift, the intervals it serves in full.</summary>
    public int[][] Worked { get; }

    /// <summary>Per agent and shift: available, not on time off, and not over any limit by that shift alone.</summary>
    public bool[][] Available { get; }

    /// <summary>Per agent, at [shift * QueueCount + queue]: skills and certifications current at the shift's end.</summary>
    public bool[][] Qualified { get; }

    /// <summary>Per agent, the queues whose skills it has (certifications aside).</summary>
    public int[][] SkilledQueues { get; }

    public bool CanServe(int agent, int shift, int queue) => Available[agent][shift] && Qualified[agent][shift * QueueCount + queue];

    /// <summary>Demand given for fewer or more intervals than the period has is cut or padded with zeros.</summary>
    private static int[] Fit(int[] required, int count)
    {
        var fitted = new int[count];
        Array.Copy(required, fitted, Math.Min(count, required.Length));
        for (var t = 0; t < count; t++)
        {
            fitted[t] = Math.Max(0, fitted[t]);
        }

        return fitted;
    }
}
