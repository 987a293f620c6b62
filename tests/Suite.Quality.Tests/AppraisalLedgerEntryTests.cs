using System.Text.Json;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;

namespace Suite.Quality.Tests;

public sealed class AppraisalLedgerEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static FiledComplaint Complaint(string? category = "late delivery", string? severity = "major", string? storeCode = "TM-001") =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), category, severity, storeCode,
            new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void A_filed_complaint_becomes_an_entry_with_its_facts()
    {
        var complaint = Complaint();

        var entry = AppraisalLedgerEntry.ForFiledComplaint(complaint, Now);

        Assert.Equal(LedgerEntryKind.ComplaintFiled, entry.Kind);
        Assert.Equal(complaint.AgentId, entry.AgentId);
        Assert.Equal(complaint.ComplaintId, entry.SourceId);
        Assert.Equal(("late delivery", "major", "TM-001"), (entry.Category, entry.Severity, entry.StoreCode));
        Assert.Equal("Complaint filed: late delivery, severity major, store TM-001", entry.Summary);
        Assert.Equal(Now, entry.RecordedAt);
        Assert.Equal(7, entry.Id.Version);
    }

    [Fact]
    public void The_filing_time_is_kept_as_the_same_instant_in_utc()
    {
        var entry = AppraisalLedgerEntry.ForFiledComplaint(Complaint(), Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), entry.OccurredAt);
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
    }

    [Fact]
    public void Missing_labels_are_left_out_of_the_entry_and_its_summary()
    {
        var entry = AppraisalLedgerEntry.ForFiledComplaint(Complaint(category: " ", severity: null, storeCode: ""), Now);

        Assert.Equal((null, null, null), (entry.Category, entry.Severity, entry.StoreCode));
        Assert.Equal("Complaint filed: uncategorised", entry.Summary);
    }

    [Theory]
    [InlineData(null, "major", null, "Complaint filed: uncategorised, severity major")]
    [InlineData("rude reply", null, "JD-7", "Complaint filed: rude reply, store JD-7")]
    public void The_summary_names_what_is_known(string? category, string? severity, string? storeCode, string summary) =>
        Assert.Equal(summary, ComplaintLedgerRules.Summarise(category, severity, storeCode));

    [Fact]
    public void Labels_are_trimmed_and_overlong_ones_shortened_to_fit()
    {
        var entry = AppraisalLedgerEntry.ForFiledComplaint(
            Complaint(category: "  " + new string('c', 150), severity: new string('s', 60), storeCode: " " + new string('t', 80) + " "), Now);

        Assert.Equal(new string('c', ComplaintLedgerRules.MaxCategoryLength), entry.Category);
        Assert.Equal(new string('s', ComplaintLedgerRules.MaxSeverityLength), entry.Severity);
        Assert.Equal(new string('t', ComplaintLedgerRules.MaxStoreCodeLength), entry.StoreCode);
        Assert.True(entry.Summary.Length <= AppraisalLedgerEntry.MaxSummaryLength);
    }

    [Fact]
    public void Every_kind_has_the_same_wire_name_in_grpc_as_in_the_rest_api()
    {
        foreach (var kind in Enum.GetValues<LedgerEntryKind>())
        {
            Assert.Equal(JsonSerializer.Serialize(kind, SuiteJson.Options), $"\"{LedgerEntryKindNames.Of(kind)}\"");
        }

        Assert.Equal("complaint-filed", LedgerEntryKindNames.Of(LedgerEntryKind.ComplaintFiled));
    }
}
