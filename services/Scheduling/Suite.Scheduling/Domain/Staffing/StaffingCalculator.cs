namespace Suite.Scheduling.Domain.Staffing;

/// <summary>
/// Required agents per interval with Erlang C: the smallest head count that meets the service-level
/// target without pushing occupancy above its ceiling, then grossed up for shrinkage.
/// </summary>
/// <remarks>
/// Chat concurrency is modelled as an agent serving <c>concurrency</c> contacts at once, i.e. each
/// contact taking AHT / concurrency of one agent's capacity; the service-level exponent uses the same
/// effective handle time, so concurrency 1 is exactly voice Erlang C.
/// </remarks>
public static class StaffingCalculator
{
    /// <summary>Absorbs rounding such as 14 / 0.7 = 20.000000000000004 before rounding up.</summary>
    private const double Tolerance = 1e-9;

    public static double EffectiveHandleSeconds(StaffingQuestion question) => question.HandleSeconds / question.Concurrency;

    public static double Traffic(StaffingQuestion question) =>
        question.Contacts * EffectiveHandleSeconds(question) / question.IntervalSeconds;

    /// <summary>Answers a question that has passed <see cref="StaffingRules.Validate"/>.</summary>
    public static StaffingAnswer Calculate(StaffingQuestion question)
    {
        var traffic = Traffic(question);
        var handle = EffectiveHandleSeconds(question);
        var required = RequiredAgents(question, traffic, handle);
        var scheduled = required == 0 ? 0 : CeilingWithTolerance(required / (1.0 - question.Shrinkage));
        var evaluated = question.Agents ?? required;
        return Evaluate(traffic, handle, question.ServiceLevelSeconds, required, scheduled, evaluated);
    }

    private static int RequiredAgents(StaffingQuestion question, double traffic, double handle)
    {
        if (traffic <= 0)
        {
            return 0;
        }

        // Erlang C needs more agents than Erlangs, and the occupancy ceiling may need more still.
        var minimum = Math.Max((int)Math.Floor(traffic) + 1, CeilingWithTolerance(traffic / question.MaxOccupancy));
        var agents = 0;
        var erlangB = 1.0;
        while (agents < minimum)
        {
            agents++;
            erlangB = ErlangC.NextErlangB(erlangB, agents, traffic);
        }

        while (true)
        {
            var wait = ErlangC.WaitProbabilityFromErlangB(erlangB, agents, traffic);
            if (ErlangC.ServiceLevel(wait, agents, traffic, handle, question.ServiceLevelSeconds) >= question.ServiceLevelTarget)
            {
                return agents;
            }

            agents++;
            erlangB = ErlangC.NextErlangB(erlangB, agents, traffic);
        }
    }

    private static StaffingAnswer Evaluate(double traffic, double handle, double thresholdSeconds, int required, int scheduled, int agents)
    {
        if (traffic <= 0)
        {
            return new StaffingAnswer(traffic, required, scheduled, agents, 1.0, 0.0, 0.0, 0.0);
        }

        if (agents <= traffic)
        {
            return new StaffingAnswer(traffic, required, scheduled, agents, 0.0, null, 1.0, 1.0);
        }

        var wait = ErlangC.WaitProbability(agents, traffic);
        return new StaffingAnswer(
            traffic,
            required,
            scheduled,
            agents,
            ErlangC.ServiceLevel(wait, agents, traffic, handle, thresholdSeconds),
            ErlangC.AverageSpeedOfAnswer(wait, agents, traffic, handle),
            traffic / agents,
            wait);
    }

    private static int CeilingWithTolerance(double value) => (int)Math.Ceiling(value - Tolerance);
}
