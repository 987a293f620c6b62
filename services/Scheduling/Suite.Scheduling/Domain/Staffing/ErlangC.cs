namespace Suite.Scheduling.Domain.Staffing;

/// <summary>
/// The Erlang C queueing model (M/M/N): how likely a contact waits, and how long, when
/// <c>traffic</c> Erlangs of work meet <c>agents</c> servers.
/// </summary>
/// <remarks>
/// The textbook formula divides A^N by N!, which overflows a double beyond about 170 agents. The
/// Erlang B recursion B(n) = A·B(n-1) / (n + A·B(n-1)) keeps every intermediate value in [0, 1],
/// so thousands of Erlangs stay exact to rounding, and Erlang C follows from B.
/// </remarks>
public static class ErlangC
{
    /// <summary>Blocking probability of Erlang B for <paramref name="agents"/> servers.</summary>
    public static double ErlangB(int agents, double traffic)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(traffic);
        var blocking = 1.0;
        for (var n = 1; n <= agents; n++)
        {
            blocking = NextErlangB(blocking, n, traffic);
        }

        return blocking;
    }

    /// <summary>One step of the recursion: B(n) from B(n-1).</summary>
    public static double NextErlangB(double previous, int agents, double traffic) =>
        traffic * previous / (agents + traffic * previous);

    /// <summary>Erlang C from Erlang B; 1 when the queue is unstable (agents not above the traffic).</summary>
    public static double WaitProbabilityFromErlangB(double erlangB, int agents, double traffic)
    {
        if (agents <= traffic)
        {
            return 1.0;
        }

        return erlangB / (1.0 - traffic / agents * (1.0 - erlangB));
    }

    /// <summary>The probability that a contact has to wait at all.</summary>
    public static double WaitProbability(int agents, double traffic) =>
        WaitProbabilityFromErlangB(ErlangB(agents, traffic), agents, traffic);

    /// <summary>The share of contacts answered within <paramref name="thresholdSeconds"/>.</summary>
    public static double ServiceLevel(double waitProbability, int agents, double traffic, double handleSeconds, double thresholdSeconds)
    {
        if (agents <= traffic)
        {
            return 0.0;
        }

        return Math.Clamp(1.0 - waitProbability * Math.Exp(-(agents - traffic) * thresholdSeconds / handleSeconds), 0.0, 1.0);
    }

    /// <summary>Mean wait over all contacts, those answered at once included; infinite for an unstable queue.</summary>
    public static double AverageSpeedOfAnswer(double waitProbability, int agents, double traffic, double handleSeconds) =>
        agents <= traffic ? double.PositiveInfinity : waitProbability * handleSeconds / (agents - traffic);
}
