using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using static Suite.Scheduling.Tests.Rostering.RosterFixtures;

namespace Suite.Scheduling.Tests.Rostering;

public sealed class RosterGeneratorTests
{
    /// <summary>Far more demand than agents, so every limit is pushed.</summary>
    private static (RosterProblem Problem, RosterQueue PreSales, RosterQueue Vip) Overloaded(int seed = 1)
    {
        var period = Period(14);
        var preSales = Queue("pre-sales", ["pre-sales"]);
        var vip = Queue("vip", ["pre-sales"], ["vip-red-line"]);
        var weekdaysOnly = Enumerable.Range(1, 5).Select(day => new AvailabilityWindow((DayOfWeek)day, new TimeOnly(7, 0), new TimeOnly(19, 0))).ToList();
        var agents = new List<RosterAgent>
        {
            Agent("Li", ["pre-sales"], certifications: new() { ["vip-red-line"] = period.End.AddDays(1) }),
            Agent("Wang", ["pre-sales"], maxWeeklyHours: 20),
            Agent("Zhao", ["pre-sales"], availability: weekdaysOnly),
            Agent("Chen", ["pre-sales"], timeOff: [TimeOffSpan.WholeDays(Monday.AddDays(2), Monday.AddDays(4))]),
            Agent("Sun", ["pre-sales"], certifications: new() { ["vip-red-line"] = new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero) }),
            Agent("Zhou", ["after-sales"]),
        };
        var patterns = new[]
        {
            Pattern("early", 8, 9, new ShiftBreak(240, 60, false)),
            Pattern("late", 15, 9, new ShiftBreak(240, 60, false)),
            Pattern("night", 22, 8),
        };
        var problem = Problem(14, [Flat(preSales, period, 5, 0, 24), Flat(vip, period, 2, 8, 23)], patterns, agents, seed: seed);
        return (problem, preSales, vip);
    }

    [Fact]
    public void A_generated_roster_keeps_every_hard_rule()
    {
        var (problem, _, vip) = Overloaded();

        var result = RosterGenerator.Generate(problem);

        Assert.NotEmpty(result.Assignments);
        Assert.Empty(result.Evaluation.Violations);
        var checker = new RosterRuleChecker(problem.Rules);
        var agents = problem.Agents.ToDictionary(agent => agent.Id);
        var queues = problem.Demand.ToDictionary(demand => demand.Queue.Id, demand => demand.Queue);
        foreach (var mine in result.Assignments.GroupBy(assignment => assignment.AgentId))
        {
            var agent = agents[mine.Key];
            Assert.Equal(mine.Count(), mine.Select(assignment => assignment.Shift.Day).Distinct().Count());
            foreach (var assignment in mine)
            {
                var others = mine.Where(other => other != assignment).Select(other => other.Shift).ToList();
                Assert.Empty(checker.Check(agent, queues[assignment.QueueId], assignment.Shift, others));
            }

            foreach (var week in mine.GroupBy(assignment => assignment.Shift.WeekStart))
            {
                Assert.True(week.Sum(assignment => assignment.Shift.PaidHours) <= agent.MaxWeeklyHours + 1e-9);
            }

            var ordered = mine.OrderBy(assignment => assignment.Shift.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].Shift.Start - ordered[i - 1].Shift.End >= TimeSpan.FromHours(11));
            }
        }

        Assert.DoesNotContain(result.Assignments, assignment => agents[assignment.AgentId].Name == "Zhou");
        Assert.DoesNotContain(result.Assignments, assignment => agents[assignment.AgentId].Name == "Chen"
            && assignment.Shift.Day >= Monday.AddDays(2) && assignment.Shift.Day <= Monday.AddDays(4));
        Assert.All(result.Assignments.Where(assignment => agents[assignment.AgentId].Name == "Zhao"), assignment =>
        {
            Assert.Equal("early", assignment.Shift.TemplateName);
            Assert.False(assignment.Shift.IsWeekend);
        });
        var onVip = result.Assignments.Where(assignment => assignment.QueueId == vip.Id).ToList();
        Assert.All(onVip, assignment => Assert.Contains(agents[assignment.AgentId].Name, new[] { "Li", "Sun" }));
        Assert.All(onVip.Where(assignment => agents[assignment.AgentId].Name == "Sun"),
            assignment => Assert.True(assignment.Shift.End <= new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Only_agents_holding_a_current_certification_serve_a_queue_that_requires_it()
    {
        var period = Period(7);
        var vip = Queue("vip", ["pre-sales"], ["vip-red-line"]);
        var expiry = new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero);
        var certified = Agent("certified", ["pre-sales"], certifications: new() { ["vip-red-line"] = period.End });
        var expiring = Agent("expiring", ["pre-sales"], certifications: new() { ["vip-red-line"] = expiry });
        var uncertified = Agent("uncertified", ["pre-sales"]);

        var result = RosterGenerator.Generate(Problem(7, [Flat(vip, period, 3, 9, 17)], [Pattern("day", 9, 8)], [certified, expiring, uncertified]));

        Assert.DoesNotContain(result.Assignments, assignment => assignment.AgentId == uncertified.Id);
        Assert.Equal(5, result.Assignments.Count(assignment => assignment.AgentId == certified.Id));
        Assert.Equal(3, result.Assignments.Count(assignment => assignment.AgentId == expiring.Id));
        Assert.All(result.Assignments.Where(assignment => assignment.AgentId == expiring.Id), assignment => Assert.True(assignment.Shift.End <= expiry));
    }

    [Fact]
    public void No_agent_works_more_days_in_a_row_than_allowed()
    {
        var period = Period(14);
        var queue = Queue("q");
        var problem = Problem(14, [Flat(queue, period, 3, 9, 17)], [Pattern("day", 9, 8)], [Agent("A", maxWeeklyHours: 60), Agent("B", maxWeeklyHours: 60)],
            new RosterRules(MaxConsecutiveDays: 3));

        var result = RosterGenerator.Generate(problem);

        foreach (var mine in result.Assignments.GroupBy(assignment => assignment.AgentId))
        {
            var days = mine.Select(assignment => assignment.Shift.Day.DayNumber).Order().ToList();
            var run = 1;
            for (var i = 1; i < days.Count; i++)
            {
                run = days[i] == days[i - 1] + 1 ? run + 1 : 1;
                Assert.True(run <= 3, $"run of {run} days");
            }
        }

        Assert.Empty(result.Evaluation.Violations);
    }

    [Fact]
    public void The_same_input_and_seed_give_the_same_roster()
    {
        var problem = Overloaded(seed: 42).Problem;

        var first = RosterGenerator.Generate(problem);
        var again = RosterGenerator.Generate(problem);

        Assert.Equal(Describe(first), Describe(again));
    }

    [Fact]
    public void The_seed_breaks_ties_between_equal_agents()
    {
        var period = Period(1);
        var queue = Queue("q");
        var agents = Enumerable.Range(0, 10).Select(i => Agent($"agent-{i}")).ToList();
        var pattern = Pattern("day", 9, 8);

        var chosen = Enumerable.Range(0, 10)
            .Select(seed => RosterGenerator.Generate(Problem(1, [Flat(queue, period, 1, 9, 17)], [pattern], agents, seed: seed)).Assignments.Single().AgentId)
            .Distinct()
            .Count();

        Assert.True(chosen > 1);
    }

    [Fact]
    public void Demand_nobody_can_serve_is_reported_not_thrown()
    {
        var period = Period(2);
        var queue = Queue("japanese", ["japanese"]);

        var result = RosterGenerator.Generate(Problem(2, [Flat(queue, period, 2, 9, 12)], [Pattern("day", 9, 8)], [Agent("A", ["pre-sales"])]));

        Assert.Empty(result.Assignments);
        Assert.Equal(2 * 2 * 3.0, result.Evaluation.UnderCoverageAgentHours);
        Assert.Equal(result.Evaluation.UnderCoverageAgentHours, result.Evaluation.LowerBoundAgentHours);
        Assert.Equal(2, result.Evaluation.Unmet.Count);
        var first = result.Evaluation.Unmet[0];
        Assert.Equal((2, 6.0), (first.LargestShortfall, first.AgentHours));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero), first.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero), first.To);
        Assert.StartsWith("No further agent could serve japanese", first.Reason);
    }

    [Fact]
    public void An_empty_problem_gives_an_empty_roster()
    {
        var result = RosterGenerator.Generate(Problem(1, [], [], []));

        Assert.Empty(result.Assignments);
        Assert.Equal(0, result.Evaluation.RequiredAgentHours);
    }

    [Fact]
    public void Coverage_counts_worked_intervals_outside_breaks_and_the_bound_sees_the_break()
    {
        var period = Period(1);
        var queue = Queue("q");
        var problem = Problem(1, [Flat(queue, period, 1, 9, 13)], [Pattern("morning", 9, 4, new ShiftBreak(120, 30, true))], [Agent("A")]);

        var result = RosterGenerator.Generate(problem);

        var coverage = result.Evaluation.Coverage.Single().Intervals;
        var nine = period.IndexOf(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal([1, 1, 1, 1, 0, 1, 1, 1], coverage.Skip(nine).Take(8).Select(interval => interval.Scheduled));
        Assert.Equal(4.0, result.Evaluation.RequiredAgentHours);
        Assert.Equal(3.5, result.Evaluation.ScheduledAgentHours);
        Assert.Equal(0.5, result.Evaluation.UnderCoverageAgentHours);
        Assert.Equal(0.5, result.Evaluation.LowerBoundAgentHours);
        Assert.Equal(0.0, result.Evaluation.OverCoverageAgentHours);
    }

    [Fact]
    public void The_capacity_bound_counts_what_all_agents_together_could_give()
    {
        var period = Period(7);
        var queue = Queue("q");
        // Three agents at 16 h a week against two agents needed 8 h a day for 7 days (112 agent-hours).
        var agents = Enumerable.Range(0, 3).Select(i => Agent($"agent-{i}", maxWeeklyHours: 16)).ToList();

        var result = RosterGenerator.Generate(Problem(7, [Flat(queue, period, 2, 9, 17)], [Pattern("day", 9, 8)], agents));

        Assert.Equal(112 - 48.0, result.Evaluation.LowerBoundAgentHours);
        Assert.Equal(result.Evaluation.LowerBoundAgentHours, result.Evaluation.UnderCoverageAgentHours);
    }

    [Fact]
    public void Projected_service_level_follows_erlang_c()
    {
        var question = new Suite.Scheduling.Domain.Staffing.StaffingQuestion(100, 1800, 180, 0.8, 20, Shrinkage: 0.3);

        Assert.Equal(0.888, RosterEvaluator.ProjectedServiceLevel(question, 20)!.Value, 3);
        Assert.Null(RosterEvaluator.ProjectedServiceLevel(null, 20));
    }

    [Fact]
    public void Preferred_templates_win_between_otherwise_equal_agents()
    {
        var period = Period(1);
        var queue = Queue("q");
        var early = Pattern("early", 8, 8);
        var late = Pattern("late", 14, 8);
        var likesLate = Agent("likes-late", preferred: new HashSet<Guid> { late.Id });
        var likesEarly = Agent("likes-early", preferred: new HashSet<Guid> { early.Id });

        var result = RosterGenerator.Generate(Problem(1, [Flat(queue, period, 1, 8, 22)], [early, late], [likesLate, likesEarly]));

        Assert.Equal("late", result.Assignments.Single(assignment => assignment.AgentId == likesLate.Id).Shift.TemplateName);
        Assert.Equal("early", result.Assignments.Single(assignment => assignment.AgentId == likesEarly.Id).Shift.TemplateName);
    }

    [Fact]
    public void The_benchmark_sized_roster_stays_within_two_percent_of_the_best_possible_coverage()
    {
        var period = Period(7);
        var queues = Enumerable.Range(0, 4).Select(q => Queue($"q{q}", [$"s{q}"])).ToList();
        var random = new Random(3);
        var agents = Enumerable.Range(0, 60).Select(i => Agent($"a{i}", [$"s{i % 4}", $"s{random.Next(4)}"])).ToList();
        var demand = queues.Select(queue => Flat(queue, period, 5, 8, 22)).ToList();

        var result = RosterGenerator.Generate(Problem(7, demand, [Pattern("early", 8, 8), Pattern("late", 14, 8)], agents));

        var evaluation = result.Evaluation;
        Assert.True(evaluation.UnderCoverageAgentHours - evaluation.LowerBoundAgentHours <= 0.02 * evaluation.RequiredAgentHours,
            $"unmet {evaluation.UnderCoverageAgentHours} against bound {evaluation.LowerBoundAgentHours} of {evaluation.RequiredAgentHours}");
    }

    private static List<string> Describe(RosterResult result) =>
        result.Assignments.Select(assignment => $"{assignment.AgentId}|{assignment.QueueId}|{assignment.Shift.TemplateId}|{assignment.Shift.Day}").ToList();
}
