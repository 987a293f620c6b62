using Suite.Contracts;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Tests;

public sealed class AgentRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static NewAgent Valid() =>
        new("CS-001", "Li Na", "Tmall after-sales", CareerLevel.CustomerService, ["after-sales", "tmall"], Today);

    [Fact]
    public void Valid_details_have_no_errors() => Assert.Empty(AgentRules.Validate(Valid(), Today));

    [Theory]
    [InlineData("", "employeeNumber")]
    [InlineData("has space", "employeeNumber")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "employeeNumber")]
    public void Bad_employee_numbers_are_named(string employeeNumber, string field) =>
        Assert.Contains(field, AgentRules.Validate(Valid() with { EmployeeNumber = employeeNumber }, Today).Keys);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = AgentRules.Validate(
            new NewAgent(" ", "", new string('t', 101), (CareerLevel)99, [""], default), Today);

        Assert.Equal(["displayName", "employeeNumber", "hiredOn", "level", "skills", "team"], errors.Keys.Order());
    }

    [Fact]
    public void A_hire_date_more_than_a_year_ahead_is_refused() =>
        Assert.Contains("hiredOn", AgentRules.Validate(Valid() with { HiredOn = Today.AddYears(1).AddDays(1) }, Today).Keys);

    [Fact]
    public void Skills_are_trimmed_lowercased_and_deduplicated() =>
        Assert.Equal(["after-sales", "jd"], AgentRules.NormaliseSkills([" After-Sales", "JD", "after-sales "]));

    [Fact]
    public void Levels_have_kebab_case_wire_names() =>
        Assert.Equal("gold-medal-customer-service", WireNames.Of(CareerLevel.GoldMedalCustomerService));
}
