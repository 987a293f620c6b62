using Suite.Contracts;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class LearningPathRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static NewLearningPath Valid() =>
        new("Tmall after-sales refresher", "Returns, refunds and bad-review callbacks.", LearningPathKind.Advanced, 14, false);

    [Fact]
    public void Valid_details_have_no_errors() => Assert.Empty(LearningPathRules.Validate(Valid()));

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = LearningPathRules.Validate(new NewLearningPath(" ", new string('d', 2001), (LearningPathKind)99, 0, false));

        Assert.Equal(["description", "dueAfterDays", "kind", "name"], errors.Keys.Order());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    [InlineData(-30, false)]
    public void Due_after_days_is_between_1_and_365(int days, bool valid) =>
        Assert.Equal(valid, !LearningPathRules.Validate(Valid() with { DueAfterDays = days }).ContainsKey("dueAfterDays"));

    [Fact]
    public void A_name_longer_than_150_characters_is_refused() =>
        Assert.Contains("name", LearningPathRules.Validate(Valid() with { Name = new string('n', 151) }).Keys);

    [Theory]
    [InlineData(LearningPathKind.Advanced)]
    [InlineData(LearningPathKind.Remedial)]
    [InlineData(LearningPathKind.Recertification)]
    public void Only_an_onboarding_path_can_be_the_default_onboarding_path(LearningPathKind kind)
    {
        Assert.Contains("isDefaultOnboarding", LearningPathRules.Validate(Valid() with { Kind = kind, IsDefaultOnboarding = true }).Keys);
        Assert.Empty(LearningPathRules.Validate(Valid() with { Kind = LearningPathKind.Onboarding, IsDefaultOnboarding = true }));
    }

    [Fact]
    public void Creating_a_path_trims_its_text()
    {
        var path = LearningPath.Create(Valid() with { Name = "  Red lines  ", Description = " Never cross them. " }, Now);

        Assert.Equal("Red lines", path.Name);
        Assert.Equal("Never cross them.", path.Description);
        Assert.Equal(Now, path.CreatedAt);
    }

    [Fact]
    public void The_standard_onboarding_path_is_a_valid_30_day_default_drawn_from_the_supervisors_material()
    {
        var path = LearningPath.CreateStandardOnboarding(Now);

        Assert.Empty(LearningPathRules.Validate(StandardOnboarding.Details));
        Assert.Equal("New-hire onboarding", path.Name);
        Assert.Equal(LearningPathKind.Onboarding, path.Kind);
        Assert.Equal(30, path.DueAfterDays);
        Assert.True(path.IsDefaultOnboarding);
        Assert.All(new[] { "red lines", "pre-sales", "after-sales", "KPIs", "SOPs" }, topic => Assert.Contains(topic, path.Description));
    }

    [Fact]
    public void A_hire_is_due_to_finish_onboarding_the_paths_days_after_the_hire_date()
    {
        var agentId = Guid.CreateVersion7();
        var onboarding = LearningPath.CreateStandardOnboarding(Now);

        var enrolment = Enrolment.OnHire(agentId, onboarding, new DateOnly(2026, 11, 2), Now);

        Assert.Equal(new DateOnly(2026, 12, 2), enrolment.DueOn);
        Assert.Equal(agentId, enrolment.AgentId);
        Assert.Equal(onboarding.Id, enrolment.LearningPathId);
        Assert.Equal(EnrolmentStatus.NotStarted, enrolment.Status);
        Assert.Equal("onboarding on hire", enrolment.Reason);
        Assert.Equal(Now, enrolment.EnrolledAt);
    }

    [Fact]
    public void The_due_date_crosses_month_and_year_ends() =>
        Assert.Equal(new DateOnly(2027, 1, 14), LearningPath.Create(Valid() with { DueAfterDays = 30 }, Now).DueOnFor(new DateOnly(2026, 12, 15)));

    [Fact]
    public void Kinds_and_statuses_have_kebab_case_wire_names()
    {
        Assert.Equal(["onboarding", "advanced", "remedial", "recertification"], WireNames.All<LearningPathKind>());
        Assert.Equal(["not-started", "in-progress", "completed"], WireNames.All<EnrolmentStatus>());
    }

    [Fact]
    public void An_enrolment_moves_on_with_completed_courses_and_never_back()
    {
        var path = LearningPath.CreateStandardOnboarding(Now);
        var enrolment = Enrolment.OnHire(Guid.CreateVersion7(), path, new DateOnly(2026, 11, 2), Now);

        Assert.False(enrolment.RecordProgress(0, 3));
        Assert.Equal(EnrolmentStatus.NotStarted, enrolment.Status);
        Assert.False(enrolment.RecordProgress(1, 3));
        Assert.Equal(EnrolmentStatus.InProgress, enrolment.Status);
        Assert.True(enrolment.RecordProgress(3, 3));
        Assert.Equal(EnrolmentStatus.Completed, enrolment.Status);
        Assert.False(enrolment.RecordProgress(3, 4));
        Assert.Equal(EnrolmentStatus.Completed, enrolment.Status);
    }
}
