using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class AutoQaPolicyTests
{
    private static AutoQaPolicyDraft Valid() => new(["您好"], ["谢谢"], ["idiot"], ["加微信"], ["第一"], true, 180);

    [Fact]
    public void The_default_policy_covers_chinese_and_english_and_three_minutes()
    {
        var policy = AutoQaPolicy.Default;

        Assert.Contains("您好", policy.GreetingPhrases);
        Assert.Contains("hello", policy.GreetingPhrases);
        Assert.Contains("谢谢", policy.ClosingPhrases);
        Assert.Contains("thank you", policy.ClosingPhrases);
        Assert.Contains("第一", policy.AbsoluteAdvertisingPhrases);
        Assert.Contains("100%", policy.AbsoluteAdvertisingPhrases);
        Assert.Contains("best", policy.AbsoluteAdvertisingPhrases);
        Assert.Contains("加微信", policy.OffPlatformPhrases);
        Assert.True(policy.DetectContactDetails);
        Assert.Equal(TimeSpan.FromMinutes(3), policy.ResponseThreshold);
        Assert.Empty(AutoQaPolicy.Validate(AutoQaPolicyDocumentOf(policy)));
    }

    [Fact]
    public void A_valid_draft_becomes_a_policy_and_empty_lists_are_allowed()
    {
        var draft = Valid() with { ClosingPhrases = [] };

        Assert.Empty(AutoQaPolicy.Validate(draft));
        Assert.Empty(AutoQaPolicy.From(draft).ClosingPhrases);
    }

    [Fact]
    public void Every_problem_is_named_by_its_field()
    {
        var draft = new AutoQaPolicyDraft(null, ["ok", " "], [new string('x', AutoQaPolicy.MaxPhraseLength + 1)],
            Enumerable.Repeat("p", AutoQaPolicy.MaxPhrases + 1).ToList(), ["第一"], null, 0);

        var errors = AutoQaPolicy.Validate(draft);

        Assert.Equal(
            ["abusePhrases[0]", "closingPhrases[1]", "detectContactDetails", "greetingPhrases", "offPlatformPhrases", "responseThresholdSeconds"],
            errors.Keys.Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(AutoQaPolicy.MaxResponseThresholdSeconds + 1)]
    public void The_threshold_must_be_a_positive_number_of_seconds_up_to_a_day(int seconds) =>
        Assert.Contains("responseThresholdSeconds", AutoQaPolicy.Validate(Valid() with { ResponseThresholdSeconds = seconds }).Keys);

    private static AutoQaPolicyDraft AutoQaPolicyDocumentOf(AutoQaPolicy policy) => new(
        policy.GreetingPhrases, policy.ClosingPhrases, policy.AbusePhrases, policy.OffPlatformPhrases,
        policy.AbsoluteAdvertisingPhrases, policy.DetectContactDetails, policy.ResponseThresholdSeconds);
}
