using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class ScorecardRulesTests
{
    private static ScorecardDraft Valid() => new("tmall-presales", " 天猫售前 ", "tmall", null,
    [
        new SectionDraft("service", "服务态度",
        [
            new CriterionDraft("greeting", "Greets", 10, null, true, null),
            new CriterionDraft("no-abuse", "No abuse", 0, CriterionKind.Critical, null, null),
            new CriterionDraft("upsell", "Upsell", 5, CriterionKind.Bonus, null, null),
        ]),
    ]);

    [Fact]
    public void A_valid_draft_becomes_a_scorecard_with_defaults_filled_in()
    {
        Assert.Empty(ScorecardRules.Validate(Valid()));

        var scorecard = ScorecardRules.ToNewScorecard(Valid(), "tmall-presales");

        Assert.Equal(("tmall-presales", "天猫售前", "tmall", null), (scorecard.Key, scorecard.Name, scorecard.Channel, scorecard.StoreCode));
        var criteria = scorecard.Sections[0].Criteria;
        Assert.Equal((CriterionKind.Standard, true, null), (criteria[0].Kind, criteria[0].AllowNotApplicable, criteria[0].CriticalScope));
        Assert.Equal((CriterionKind.Critical, false, CriticalScope.Evaluation), (criteria[1].Kind, criteria[1].AllowNotApplicable, criteria[1].CriticalScope));
        Assert.Equal((CriterionKind.Bonus, (CriticalScope?)null), (criteria[2].Kind, criteria[2].CriticalScope));
    }

    [Fact]
    public void Every_problem_is_named_by_its_path()
    {
        var draft = new ScorecardDraft("Bad Key", "", null, new string('s', 65),
        [
            new SectionDraft("a", "A",
            [
                new CriterionDraft("x", "X", 0, null, null, null),
                new CriterionDraft("x", "X again", 10.005m, null, null, CriticalScope.Section),
                null,
                new CriterionDraft("b", "Bonus", 5, CriterionKind.Bonus, true, null),
                new CriterionDraft("c", "Critical", -1, CriterionKind.Critical, null, null),
            ]),
            new SectionDraft("a", null, []),
            null,
        ]);

        var errors = ScorecardRules.Validate(draft);

        Assert.Equal(
            [
                "key", "name",
                "sections[0].criteria[0].weight", "sections[0].criteria[1].key", "sections[0].criteria[1].weight",
                "sections[0].criteria[2]", "sections[0].criteria[3].allowNotApplicable", "sections[0].criteria[4].weight",
                "sections[1].criteria", "sections[1].key", "sections[1].name", "sections[2]", "storeCode",
            ],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Critical_scope_belongs_to_critical_criteria_only()
    {
        var draft = Valid() with { Sections = [new SectionDraft("s", "S", [new CriterionDraft("x", "X", 10, CriterionKind.Standard, null, CriticalScope.Section)])] };

        Assert.Equal(["sections[0].criteria[0].criticalScope"], ScorecardRules.Validate(draft).Keys);
    }

    [Fact]
    public void A_scorecard_needs_weight_outside_its_bonuses()
    {
        var draft = Valid() with
        {
            Sections = [new SectionDraft("s", "S", [new CriterionDraft("c", "C", 0, CriterionKind.Critical, null, null), new CriterionDraft("b", "B", 5, CriterionKind.Bonus, null, null)])],
        };

        Assert.Equal(["sections"], ScorecardRules.Validate(draft).Keys);
        Assert.Equal(["sections"], ScorecardRules.Validate(Valid() with { Sections = [] }).Keys);
    }

    [Fact]
    public void The_key_may_come_from_the_route_when_adding_a_version()
    {
        Assert.Empty(ScorecardRules.Validate(Valid() with { Key = null }, keyFromRoute: true));
        Assert.True(ScorecardRules.IsKey("tmall-presales-2"));
        Assert.False(ScorecardRules.IsKey("-tmall"));
        Assert.False(ScorecardRules.IsKey(new string('k', ScorecardRules.MaxKeyLength + 1)));
    }
}
