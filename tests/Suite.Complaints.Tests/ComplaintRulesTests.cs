using Suite.Contracts;
using System.Text.Json;
using Suite.Complaints.Domain;
using Suite.ServiceDefaults;

namespace Suite.Complaints.Tests;

public sealed class ComplaintRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private static NewComplaint Valid() => new(
        Guid.CreateVersion7(), ComplaintChannel.Chat, "tmall", "TM-01", "buyer_1", "TB123",
        ComplaintCategory.ServiceAttitude, null, "Rude reply about the refund.", ["https://evidence.example/1.png"]);

    [Fact]
    public void Valid_details_have_no_errors() => Assert.Empty(ComplaintRules.Validate(Valid()));

    [Fact]
    public void Optional_details_may_be_left_out() =>
        Assert.Empty(ComplaintRules.Validate(Valid() with { AgentId = null, OrderReference = null, Attachments = [] }));

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = ComplaintRules.Validate(new NewComplaint(
            Guid.Empty, default, " ", "", new string('c', 101), new string('o', 101),
            default, (ComplaintSeverity)9, "", [""]));

        Assert.Equal(
            ["agentId", "attachments", "category", "channel", "customerReference", "description", "orderReference", "platform", "severity", "storeCode"],
            errors.Keys.Order());
    }

    [Theory]
    [InlineData("platform", 40, true)]
    [InlineData("platform", 41, false)]
    [InlineData("storeCode", 40, true)]
    [InlineData("storeCode", 41, false)]
    [InlineData("customerReference", 100, true)]
    [InlineData("customerReference", 101, false)]
    [InlineData("orderReference", 100, true)]
    [InlineData("orderReference", 101, false)]
    [InlineData("description", 4000, true)]
    [InlineData("description", 4001, false)]
    public void Text_fields_have_length_limits(string field, int length, bool accepted)
    {
        var text = new string('x', length);
        var complaint = field switch
        {
            "platform" => Valid() with { Platform = text },
            "storeCode" => Valid() with { StoreCode = text },
            "customerReference" => Valid() with { CustomerReference = text },
            "orderReference" => Valid() with { OrderReference = text },
            _ => Valid() with { Description = text },
        };

        Assert.Equal(accepted, !ComplaintRules.Validate(complaint).ContainsKey(field));
    }

    [Fact]
    public void Attachments_are_limited_in_number_and_length()
    {
        var twentyLong = Enumerable.Range(0, 20).Select(i => $"{i}".PadRight(500, 'a')).ToList();

        Assert.Empty(ComplaintRules.Validate(Valid() with { Attachments = twentyLong }));
        Assert.Contains("attachments", ComplaintRules.Validate(Valid() with { Attachments = [.. twentyLong, "one more"] }).Keys);
        Assert.Contains("attachments", ComplaintRules.Validate(Valid() with { Attachments = [new string('a', 501)] }).Keys);
        Assert.Contains("attachments", ComplaintRules.Validate(Valid() with { Attachments = ["ok", "  "] }).Keys);
    }

    [Theory]
    [InlineData(ComplaintCategory.ServiceAttitude, ComplaintSeverity.P2)]
    [InlineData(ComplaintCategory.RefundOrCompensation, ComplaintSeverity.P2)]
    [InlineData(ComplaintCategory.BadReview, ComplaintSeverity.P3)]
    [InlineData(ComplaintCategory.ProductQuality, ComplaintSeverity.P3)]
    [InlineData(ComplaintCategory.Logistics, ComplaintSeverity.P3)]
    [InlineData(ComplaintCategory.PricingOrListingError, ComplaintSeverity.P3)]
    [InlineData(ComplaintCategory.Other, ComplaintSeverity.P3)]
    public void Severity_defaults_from_the_category(ComplaintCategory category, ComplaintSeverity expected) =>
        Assert.Equal(expected, SeverityRules.Resolve(category, requested: null));

    [Theory]
    [InlineData(ComplaintSeverity.P1)]
    [InlineData(ComplaintSeverity.P4)]
    public void An_explicit_severity_overrides_the_default(ComplaintSeverity requested) =>
        Assert.Equal(requested, SeverityRules.Resolve(ComplaintCategory.ServiceAttitude, requested));

    [Fact]
    public void Filing_normalises_the_details_and_starts_as_new()
    {
        var details = Valid() with
        {
            Platform = "  Tmall ",
            StoreCode = " TM-01 ",
            OrderReference = "   ",
            Attachments = [" a.png", "a.png", "b.png"],
        };

        var (complaint, filed) = Complaint.File(details, SeverityRules.Assess(details.Category, null, [], 0), "user-1", Now);

        Assert.Equal("tmall", complaint.Platform);
        Assert.Equal("TM-01", complaint.StoreCode);
        Assert.Null(complaint.OrderReference);
        Assert.Equal(["a.png", "b.png"], complaint.Attachments);
        Assert.Equal(ComplaintSeverity.P2, complaint.Severity);
        Assert.Equal(ComplaintStatus.New, complaint.Status);
        Assert.Equal(Now, complaint.FiledAt);
        Assert.Equal("user-1", complaint.FiledBy);
        Assert.Equal(7, complaint.Id.Version);
        Assert.NotEqual(Guid.Empty, complaint.Version);
        Assert.Equal((AuditAction.Filed, 1, "user-1", Now, "new"), (filed.Action, filed.Sequence, filed.By, filed.At, filed.To));
    }

    [Fact]
    public void Wire_names_are_the_kebab_case_of_the_json_api()
    {
        AssertSameAsJson<ComplaintChannel>();
        AssertSameAsJson<ComplaintCategory>();
        AssertSameAsJson<ComplaintSeverity>();
        AssertSameAsJson<ComplaintStatus>();
        AssertSameAsJson<MajorReason>();
        AssertSameAsJson<ResolutionOutcome>();
        AssertSameAsJson<RootCause>();
        Assert.Equal("pricing-or-listing-error", WireNames.Of(ComplaintCategory.PricingOrListingError));
        Assert.Equal("p1", WireNames.Of(ComplaintSeverity.P1));
    }

    [Theory]
    [InlineData("awaiting-customer", true)]
    [InlineData("AwaitingCustomer", false)]
    [InlineData("4", false)]
    [InlineData("", false)]
    public void Only_exact_wire_names_parse(string text, bool parses) =>
        Assert.Equal(parses, WireNames.TryParse<ComplaintStatus>(text, out _));

    private static void AssertSameAsJson<TEnum>() where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(JsonSerializer.Serialize(value, SuiteJson.Options), $"\"{WireNames.Of(value)}\"");
        }
    }
}
