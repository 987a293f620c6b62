using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Staffing;
using static Suite.Scheduling.Tests.Rostering.RosterFixtures;

namespace Suite.Scheduling.Tests.Rostering;

/// <summary>
/// The lower bound on under-coverage against the true optimum, found by trying every roster of small
/// problems, and against what the generator achieves on larger ones.
/// </summary>
public sealed class RosterDualBoundTests
{
    [Fact]
    public void The_dual_bound_sees_two_queues_competing_for_one_agent_where_the_simple_bounds_see_nothing()
    {
        var period = Period(1);
        var (pre, after) = (Queue("pre", ["pre"]), Queue("after", ["after"]));
        var early = Pattern("early", 8, 4);
        var late = Pattern("late", 12, 4);
        // Xu could serve either queue in the morning, but only one; Ma adds capacity only in the afternoon, when nothing is needed.
        var xu = Agent("Xu", ["pre", "after"]);
        var ma = Agent("Ma", ["pre"], availability: [new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(16, 0))]);
        var problem = Problem(1, [Flat(pre, period, 1, 8, 12), Flat(after, period, 1, 8, 12)], [early, late], [xu, ma]);

        var optimum = Exhaustive.BestUnderCoverage(problem);
        var bound = RosterEvaluator.Evaluate(problem, []).LowerBoundAgentHours;

        Assert.Equal(4.0, optimum);
        Assert.Equal(optimum, bound);
    }

    [Fact]
    public void The_dual_bound_counts_weekly_hours_against_the_demand_each_agent_could_reach()
    {
        var period = Period(3);
        var (north, south) = (Queue("north", ["north"]), Queue("south", ["south"]));
        var day = Pattern("day", 9, 4);
        var evening = Pattern("evening", 17, 4);
        // Zhao and Qian each serve one queue with 8 h a week: two 4 h shifts of the three days asked for,
        // so each queue misses one day (4 h) whatever the roster. Sun adds hours only in the evening, when
        // nothing is needed, which hides the shortfall from the total-capacity bound.
        var sun = Agent("Sun", ["north"], availability: Enum.GetValues<DayOfWeek>().Select(d => new AvailabilityWindow(d, new TimeOnly(17, 0), new TimeOnly(22, 0))).ToList());
        var agents = new[] { Agent("Zhao", ["north"], maxWeeklyHours: 8), Agent("Qian", ["south"], maxWeeklyHours: 8), sun };
        var problem = Problem(3, [Flat(north, period, 1, 9, 13), Flat(south, period, 1, 9, 13)], [day, evening], agents);

        var optimum = Exhaustive.BestUnderCoverage(problem);
        var result = RosterGenerator.Generate(problem);

        Assert.Equal(8.0, optimum);
        Assert.Equal(optimum, result.Evaluation.LowerBoundAgentHours);
        Assert.Equal(optimum, result.Evaluation.UnderCoverageAgentHours);
    }

    [Theory]
    [MemberData(nameof(Seeds), 40)]
    public void The_bound_never_exceeds_the_best_roster_found_by_trying_every_one(int seed)
    {
        var problem = RandomProblem(seed, agents: 2, days: 2, patterns: 3);

        var optimum = Exhaustive.BestUnderCoverage(problem);
        var empty = RosterEvaluator.Evaluate(problem, []);
        var generated = RosterGenerator.Generate(problem).Evaluation;

        Assert.True(empty.LowerBoundAgentHours <= optimum, $"bound {empty.LowerBoundAgentHours} above the optimum {optimum}");
        Assert.True(generated.LowerBoundAgentHours <= optimum, $"bound {generated.LowerBoundAgentHours} above the optimum {optimum}");
        Assert.True(generated.UnderCoverageAgentHours >= optimum);
    }

    [Theory]
    [MemberData(nameof(Seeds), 12)]
    public void The_bound_never_exceeds_what_the_generator_achieves(int seed)
    {
        var problem = RandomProblem(seed, agents: 25, days: 7, patterns: 5);

        var evaluation = RosterGenerator.Generate(problem).Evaluation;

        Assert.Empty(evaluation.Violations);
        Assert.True(evaluation.LowerBoundAgentHours <= evaluation.UnderCoverageAgentHours,
            $"bound {evaluation.LowerBoundAgentHours} above the generator's {evaluation.UnderCoverageAgentHours}");
    }

    [Fact]
    public void The_bound_is_repeatable_and_no_weaker_with_more_iterations()
    {
        var problem = RandomProblem(5, agents: 25, days: 7, patterns: 5);

        var few = RosterEvaluator.Evaluate(problem with { BoundIterations = 5 }, []).LowerBoundAgentHours;
        var many = RosterEvaluator.Evaluate(problem with { BoundIterations = 300 }, []).LowerBoundAgentHours;

        Assert.Equal(many, RosterEvaluator.Evaluate(problem with { BoundIterations = 300 }, []).LowerBoundAgentHours);
        Assert.True(many >= few, $"{many} after 300 steps below {few} after 5");
    }

    [Fact]
    public void A_bound_found_at_generation_is_reused_instead_of_searched_for_again()
    {
        var problem = RandomProblem(5, agents: 25, days: 7, patterns: 5);
        var searched = RosterEvaluator.Evaluate(problem, []).LowerBoundAgentHours;

        // Zero search steps would give a weaker bound; the one kept from generation is what the reader sees.
        var reused = RosterEvaluator.Evaluate(problem with { BoundIterations = 0 }, [], knownLowerBoundAgentHours: searched).LowerBoundAgentHours;

        var unsearched = RosterEvaluator.Evaluate(problem with { BoundIterations = 0 }, []).LowerBoundAgentHours;

        Assert.True(unsearched < searched, $"without search the bound ({unsearched}) must be weaker than with it ({searched}) for this test to mean anything");
        Assert.Equal(searched, reused);
    }

    public static TheoryData<int> Seeds(int count)
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= count; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    /// <summary>
    /// Two queues with random demand between 07:00 and 21:00; shift templates of 2 to 6 h at random
    /// starts, some with an unpaid break; agents with random skills, weekly hours, evening-only
    /// availability and days off; a random minimum rest.
    /// </summary>
    private static RosterProblem RandomProblem(int seed, int agents, int days, int patterns)
    {
        var random = new Random(seed);
        var period = Period(days);
        var queues = new[] { Queue("a", ["a"]), Queue("b", ["b"], random.Next(3) == 0 ? ["red-line"] : []) };
        var demand = queues.Select(queue =>
        {
            var required = new int[period.Count];
            for (var t = 0; t < period.Count; t++)
            {
                var hour = LocalClock.ToLocal(period.IntervalStart(t), period.Zone).Hour;
                required[t] = hour is >= 7 and < 21 ? random.Next(Math.Max(2, agents / 3)) : 0;
            }

            return new QueueDemand(queue, required, new StaffingQuestion?[period.Count]);
        }).ToList();
        var templates = Enumerable.Range(0, patterns).Select(p => Pattern(
                $"p{p}", 7 + random.Next(12), 2 + random.Next(5), random.Next(3) == 0 ? [new ShiftBreak(60, 30, false)] : []))
            .ToList();
        var people = Enumerable.Range(0, agents).Select(a =>
        {
            var skills = random.Next(3) switch { 0 => new[] { "a" }, 1 => ["b"], _ => ["a", "b"] };
            var certified = random.Next(2) == 0
                ? new Dictionary<string, DateTimeOffset> { ["red-line"] = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) }
                : [];
            var evenings = random.Next(4) == 0
                ? Enum.GetValues<DayOfWeek>().Select(day => new AvailabilityWindow(day, new TimeOnly(13, 0), new TimeOnly(23, 0))).ToList()
                : [];
            var off = Monday.AddDays(random.Next(days));
            return Agent($"agent-{a}", skills, maxWeeklyHours: new[] { 4, 6, 8, 12, 40 }[random.Next(5)], availability: evenings,
                timeOff: random.Next(4) == 0 ? [TimeOffSpan.WholeDays(off, off)] : [], certifications: certified);
        }).ToList();
        var rules = new RosterRules(MinRestHours: random.Next(2) == 0 ? 11 : 14, MaxConsecutiveDays: 1 + random.Next(6));
        return Problem(days, demand, templates, people, rules, seed);
    }

    /// <summary>The least under-coverage of any roster that keeps every rule, by trying them all.</summary>
    private static class Exhaustive
    {
        public static double BestUnderCoverage(RosterProblem problem)
        {
            var checker = new RosterRuleChecker(problem.Rules);
            var period = problem.Period;
            var days = problem.Shifts.Select(shift => shift.Day).Distinct().Order().ToList();
            var scheduled = problem.Demand.Select(_ => new int[period.Count]).ToArray();
            var worked = problem.Shifts.ToDictionary(shift => shift, period.WorkedIntervals);
            var mine = problem.Agents.Select(_ => new List<PlannedShift>()).ToArray();
            var best = long.MaxValue;
            Search(0);
            return best * period.IntervalHours;

            void Search(int slot)
            {
                if (slot == problem.Agents.Count * days.Count)
                {
                    long missing = 0;
                    for (var q = 0; q < problem.Demand.Count; q++)
                    {
                        for (var t = 0; t < period.Count; t++)
                        {
                            missing += Math.Max(0, Required(q, t) - scheduled[q][t]);
                        }
                    }

                    best = Math.Min(best, missing);
                    return;
                }

                var (a, day) = (slot / days.Count, days[slot % days.Count]);
                var agent = problem.Agents[a];
                Search(slot + 1);
                foreach (var shift in problem.Shifts.Where(shift => shift.Day == day))
                {
                    for (var q = 0; q < problem.Demand.Count; q++)
                    {
                        if (checker.Check(agent, problem.Demand[q].Queue, shift, mine[a]).Count > 0)
                        {
                            continue;
                        }

                        mine[a].Add(shift);
                        foreach (var t in worked[shift])
                        {
                            scheduled[q][t]++;
                        }

                        Search(slot + 1);
                        foreach (var t in worked[shift])
                        {
                            scheduled[q][t]--;
                        }

                        mine[a].RemoveAt(mine[a].Count - 1);
                    }
                }
            }

            int Required(int q, int t) => t < problem.Demand[q].Required.Length ? Math.Max(0, problem.Demand[q].Required[t]) : 0;
        }
    }
}
