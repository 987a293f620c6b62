using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Staffing;

namespace Suite.Bench.Roster;

/// <summary>
/// A synthetic multi-store centre (seed 003): stores on several platforms, a pre-sales and an
/// after-sales queue each, chat demand with a late-morning and an evening peak (higher at weekends),
/// agents skilled on one to three stores, a share with restricted hours, part-timers, days off, and
/// red-line certifications that some queues require and a few agents lack. Built from a seed, so a run
/// is repeatable.
/// </summary>
internal static class BenchScenario
{
    public static RosterProblem Build(int agentCount, int queueCount, int days, double load, int seed)
    {
        var random = new Random(seed);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var first = new DateOnly(2026, 12, 7);
        var period = new RosterPeriod(first, first.AddDays(days - 1), zone, 30);
        var stores = Math.Max(1, queueCount / 2);

        var queues = Enumerable.Range(0, queueCount).Select(q => new RosterQueue(
            Guid.CreateVersion7(),
            $"store-{q / 2}-{(q % 2 == 0 ? "pre-sales" : "after-sales")}",
            [$"store-{q / 2}", q % 2 == 0 ? "pre-sales" : "after-sales"],
            q % 4 == 1 ? [$"red-line-{q / 2}"] : [])).ToList();

        var agents = Enumerable.Range(0, agentCount).Select(a => Agent(a, random, stores, first, days)).ToList();
        var supply = QueueSupply(queues, agents);
        var demand = queues.Select((queue, q) => Demand(queue, period, load * supply[q], random)).ToList();

        var patterns = new List<ShiftPattern>
        {
            Pattern("early", 8, 9 * 60, new ShiftBreak(4 * 60, 60, false)),
            Pattern("day", 10, 9 * 60, new ShiftBreak(4 * 60, 60, false)),
            Pattern("middle", 12, 9 * 60, new ShiftBreak(4 * 60, 60, false)),
            Pattern("late", 15, 9 * 60, new ShiftBreak(4 * 60, 60, false)),
            Pattern("morning-short", 8, 5 * 60, new ShiftBreak(150, 30, true)),
            Pattern("evening-short", 19, 5 * 60, new ShiftBreak(150, 30, true)),
        };
        var shifts = ShiftExpander.ExpandPeriod(patterns, period.FirstDay, period.LastDay, zone);
        return new RosterProblem(period, demand, shifts, agents, new RosterRules(), seed);
    }

    private static ShiftPattern Pattern(string name, int hour, int minutes, params ShiftBreak[] breaks) =>
        new(Guid.CreateVersion7(), name, new TimeOnly(hour, 0), minutes, Enum.GetValues<DayOfWeek>(), breaks);

    private static RosterAgent Agent(int index, Random random, int stores, DateOnly first, int days)
    {
        var home = random.Next(stores);
        var skills = new HashSet<string> { $"store-{home}" };
        var extraStores = random.Next(3);
        for (var i = 0; i < extraStores; i++)
        {
            skills.Add($"store-{random.Next(stores)}");
        }

        var kind = random.NextDouble();
        if (kind < 0.45 || kind >= 0.9)
        {
            skills.Add("pre-sales");
        }

        if (kind >= 0.45)
        {
            skills.Add("after-sales");
        }

        // Nine in ten hold the red-line certification of every store they serve.
        var certifications = new Dictionary<string, DateTimeOffset>();
        foreach (var store in skills.Where(skill => skill.StartsWith("store-", StringComparison.Ordinal)))
        {
            if (random.NextDouble() < 0.9)
            {
                certifications[$"red-line-{store["store-".Length..]}"] = new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.Zero);
            }
        }

        var availability = random.NextDouble() switch
        {
            < 0.15 => Enumerable.Range(1, 5).Select(day => new AvailabilityWindow((DayOfWeek)day, new TimeOnly(8, 0), new TimeOnly(18, 0))).ToList(),
            < 0.25 => Enumerable.Range(0, 7).Select(day => new AvailabilityWindow((DayOfWeek)day, new TimeOnly(14, 0), new TimeOnly(0, 0))).ToList(),
            _ => new List<AvailabilityWindow>(),
        };
        var dayOff = first.AddDays(random.Next(days));
        List<TimeOffSpan> timeOff = random.NextDouble() < 0.1 ? [TimeOffSpan.WholeDays(dayOff, dayOff)] : [];
        var maxHours = random.NextDouble() < 0.15 ? 24.0 : 40.0;
        return new RosterAgent(Guid.CreateVersion7(), $"agent-{index}", skills, certifications, availability, timeOff, maxHours, new HashSet<Guid>());
    }

    /// <summary>Agent-hours a week each queue could draw on if agents split their time evenly over the queues they serve.</summary>
    private static double[] QueueSupply(List<RosterQueue> queues, List<RosterAgent> agents)
    {
        var supply = new double[queues.Count];
        foreach (var agent in agents)
        {
            var served = queues.Select((queue, q) => (queue, q))
                .Where(pair => pair.queue.RequiredSkills.All(agent.Skills.Contains)).Select(pair => pair.q).ToList();
            foreach (var q in served)
            {
                supply[q] += agent.MaxWeeklyHours / served.Count;
            }
        }

        return supply;
    }

    /// <summary>
    /// Chat demand shaped over the day and scaled so the queue's required agent-hours come to about
    /// the target (a share of what its agents could give).
    /// </summary>
    private static QueueDemand Demand(RosterQueue queue, RosterPeriod period, double targetHoursPerWeek, Random random)
    {
        var shape = new double[period.Count];
        for (var t = 0; t < period.Count; t++)
        {
            var local = LocalClock.ToLocal(period.IntervalStart(t), period.Zone);
            var hour = local.Hour + local.Minute / 60.0;
            var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.25 : 1.0;
            shape[t] = hour < 8 ? 0 : weekend * (0.8 + 0.5 * Math.Exp(-Math.Pow((hour - 11) / 2.0, 2)) + 0.6 * Math.Exp(-Math.Pow((hour - 21) / 2.0, 2)));
        }

        var weeks = period.Count / 336.0;
        var targetAgentHours = targetHoursPerWeek * weeks;
        var scale = targetAgentHours / (shape.Sum() * period.IntervalHours);
        var required = new int[period.Count];
        var workload = new StaffingQuestion?[period.Count];
        const double aht = 240, concurrency = 2.5;
        for (var t = 0; t < period.Count; t++)
        {
            if (shape[t] == 0)
            {
                continue;
            }

            // Contacts that Erlang C turns into roughly the shaped head count, with a little noise.
            var agentsWanted = shape[t] * scale * (0.9 + 0.2 * random.NextDouble());
            var contacts = agentsWanted * 0.8 * 1800 * concurrency / aht;
            var question = new StaffingQuestion(contacts, 1800, aht, 0.8, 30, 0.85, 0.0, concurrency);
            workload[t] = question;
            required[t] = StaffingCalculator.Calculate(question).ScheduledAgents;
        }

        return new QueueDemand(queue, required, workload);
    }
}
