using Suite.Scheduling.Domain.Staffing;

namespace Suite.Scheduling.Tests;

public sealed class StaffingCalculatorTests
{
    /// <summary>100 contacts in 30 minutes, AHT 180 s, 80% answered within 20 s.</summary>
    private static StaffingQuestion Reference() => new(100, 1800, 180, 0.8, 20);

    [Fact]
    public void The_reference_case_needs_14_agents_and_20_scheduled_at_30_percent_shrinkage()
    {
        var answer = StaffingCalculator.Calculate(Reference() with { Shrinkage = 0.3 });

        Assert.Equal(10.0, answer.TrafficErlangs, 9);
        Assert.Equal(14, answer.RequiredAgents);
        Assert.Equal(20, answer.ScheduledAgents);
        Assert.Equal(14, answer.EvaluatedAgents);
        Assert.Equal(0.888, Math.Round(answer.ServiceLevel, 3));
        Assert.Equal(7.8, Math.Round(answer.AverageSpeedOfAnswerSeconds!.Value, 1));
        Assert.Equal(0.714, Math.Round(answer.Occupancy, 3));
        Assert.Equal(0.174, Math.Round(answer.WaitProbability, 3));
    }

    [Fact]
    public void Thirteen_agents_would_miss_the_reference_target()
    {
        var answer = StaffingCalculator.Calculate(Reference() with { Agents = 13 });

        Assert.Equal(14, answer.RequiredAgents);
        Assert.Equal(13, answer.EvaluatedAgents);
        Assert.True(answer.ServiceLevel < 0.8, $"13 agents gave {answer.ServiceLevel}");
    }

    [Theory]
    [InlineData(1, 1.0, 0.5)]
    [InlineData(2, 1.0, 0.2)]
    [InlineData(5, 3.0, 0.110054)]
    [InlineData(14, 10.0, 0.056819)]
    public void Erlang_B_matches_published_tables(int agents, double traffic, double expected) =>
        Assert.Equal(expected, ErlangC.ErlangB(agents, traffic), 0.000001);

    [Fact]
    public void Thousands_of_Erlangs_give_a_finite_sane_answer()
    {
        // 5,000 Erlangs: 100,000 contacts of 180 s in an hour.
        var answer = StaffingCalculator.Calculate(new StaffingQuestion(100_000, 3600, 180, 0.8, 20));

        Assert.Equal(5000.0, answer.TrafficErlangs, 6);
        Assert.InRange(answer.RequiredAgents, 5001, 5100);
        Assert.True(double.IsFinite(answer.ServiceLevel) && answer.ServiceLevel >= 0.8);
        Assert.True(double.IsFinite(answer.AverageSpeedOfAnswerSeconds!.Value) && answer.AverageSpeedOfAnswerSeconds < 20);
        Assert.InRange(answer.Occupancy, 0.98, 1.0);
        Assert.InRange(answer.WaitProbability, 0.0, 1.0);
        var oneFewer = StaffingCalculator.Calculate(new StaffingQuestion(100_000, 3600, 180, 0.8, 20, Agents: answer.RequiredAgents - 1));
        Assert.True(oneFewer.ServiceLevel < 0.8);
    }

    [Fact]
    public void The_largest_accepted_workload_is_still_finite()
    {
        var question = new StaffingQuestion(StaffingRules.MaxTrafficErlangs, 3600, 3600, 0.95, 10);

        Assert.Empty(StaffingRules.Validate(question));
        var answer = StaffingCalculator.Calculate(question);
        Assert.InRange(answer.RequiredAgents, 200_001, 201_000);
        Assert.True(double.IsFinite(answer.ServiceLevel));
    }

    [Fact]
    public void Erlang_B_stays_in_range_where_factorials_would_overflow()
    {
        var blocking = ErlangC.ErlangB(3000, 2900);

        Assert.InRange(blocking, 0.0, 1.0);
        Assert.True(blocking > 0);
    }

    [Fact]
    public void Chat_concurrency_divides_the_workload()
    {
        var voice = StaffingCalculator.Calculate(new StaffingQuestion(200, 1800, 180, 0.8, 20));
        var chat = StaffingCalculator.Calculate(new StaffingQuestion(200, 1800, 180, 0.8, 20, Concurrency: 2));

        Assert.Equal(20.0, voice.TrafficErlangs, 9);
        Assert.Equal(10.0, chat.TrafficErlangs, 9);
        Assert.True(chat.RequiredAgents < voice.RequiredAgents);
    }

    [Fact]
    public void A_maximum_occupancy_adds_agents_when_the_service_level_alone_would_overload_them()
    {
        var unlimited = StaffingCalculator.Calculate(Reference());
        var capped = StaffingCalculator.Calculate(Reference() with { MaxOccupancy = 0.6 });

        Assert.Equal(14, unlimited.RequiredAgents);
        Assert.Equal(17, capped.RequiredAgents);
        Assert.True(capped.Occupancy <= 0.6);
    }

    [Fact]
    public void An_exact_occupancy_ceiling_is_not_rounded_up_by_floating_point()
    {
        // 10 Erlangs at 0.625 is exactly 16 agents, even though 10 / 0.625 is not exact in binary.
        var answer = StaffingCalculator.Calculate(Reference() with { MaxOccupancy = 0.625 });

        Assert.Equal(16, answer.RequiredAgents);
    }

    [Fact]
    public void No_contacts_need_no_agents()
    {
        var answer = StaffingCalculator.Calculate(Reference() with { Contacts = 0, Shrinkage = 0.3 });

        Assert.Equal((0, 0, 1.0, 0.0, 0.0), (answer.RequiredAgents, answer.ScheduledAgents, answer.ServiceLevel, answer.Occupancy, answer.WaitProbability));
    }

    [Fact]
    public void A_head_count_below_the_workload_cannot_keep_up()
    {
        var answer = StaffingCalculator.Calculate(Reference() with { Agents = 10 });

        Assert.Null(answer.AverageSpeedOfAnswerSeconds);
        Assert.Equal((0.0, 1.0, 1.0), (answer.ServiceLevel, answer.Occupancy, answer.WaitProbability));
    }

    [Fact]
    public void A_zero_second_threshold_asks_for_immediate_answers()
    {
        var answer = StaffingCalculator.Calculate(Reference() with { ServiceLevelSeconds = 0 });

        Assert.True(1 - answer.WaitProbability >= 0.8);
        Assert.Equal(1 - answer.WaitProbability, answer.ServiceLevel, 9);
    }

    [Fact]
    public void A_valid_question_has_no_errors() => Assert.Empty(StaffingRules.Validate(Reference()));

    [Fact]
    public void Every_bad_field_is_named_including_NaN_and_infinity()
    {
        var errors = StaffingRules.Validate(new StaffingQuestion(
            double.NaN, 0, double.PositiveInfinity, 1.0, -1, 0, 1.0, 0.5, -3));

        Assert.Equal(
            ["agents", "ahtSeconds", "concurrency", "contacts", "intervalSeconds", "maxOccupancy", "serviceLevelSeconds", "serviceLevelTarget", "shrinkage"],
            errors.Keys.Order());
    }

    [Theory]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void The_service_level_target_must_be_strictly_between_0_and_1(double target) =>
        Assert.Contains("serviceLevelTarget", StaffingRules.Validate(Reference() with { ServiceLevelTarget = target }).Keys);

    [Fact]
    public void A_workload_beyond_what_one_calculation_handles_is_refused_on_contacts() =>
        Assert.Equal(["contacts"], StaffingRules.Validate(new StaffingQuestion(10_000_000, 60, 86_400, 0.8, 20)).Keys);
}
