using Suite.Scheduling.Domain.Demand;

namespace Suite.Scheduling.Tests;

public sealed class DemandRulesTests
{
    private static readonly Guid QueueId = Guid.CreateVersion7();
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Kathmandu = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kathmandu");
    private static readonly Dictionary<Guid, TimeZoneInfo> Zones = new() { [QueueId] = Shanghai };

    private static DemandRowInput Row(string line, string start, int minutes = 30, double contacts = 100, double aht = 180) =>
        new(line, QueueId, DateTimeOffset.Parse(start), minutes, contacts, aht);

    [Fact]
    public void Good_rows_pass() =>
        Assert.Empty(DemandRules.Validate([Row("a", "2026-12-01T09:00:00+08:00"), Row("b", "2026-12-01T09:30:00+08:00", 15)], Zones));

    [Fact]
    public void Every_problem_of_every_line_is_reported()
    {
        var errors = DemandRules.Validate([
            new DemandRowInput("line 2", null, null, 20, double.NaN, 0),
            new DemandRowInput("line 3", Guid.NewGuid(), DateTimeOffset.Parse("2026-12-01T09:00:00+08:00"), 30, 1, 1),
            Row("line 4", "2026-12-01T09:10:00+08:00"),
        ], Zones);

        Assert.Equal(["line 2", "line 3", "line 4"], errors.Keys.Order());
        Assert.Equal(5, errors["line 2"].Count);
        Assert.Contains("no queue", errors["line 3"][0]);
        Assert.Contains("boundary", errors["line 4"][0]);
    }

    [Fact]
    public void A_line_with_more_work_than_one_staffing_calculation_handles_is_refused() =>
        Assert.Contains("Erlangs", DemandRules.Validate([Row("line 2", "2026-12-01T09:00:00+08:00", 15, 1_000_000, 86_400)], Zones)["line 2"][0]);

    [Fact]
    public void Alignment_is_judged_on_the_stores_local_clock()
    {
        // 03:00 UTC is 11:00 in Shanghai but 08:45 in Kathmandu (UTC+05:45).
        var start = DateTimeOffset.Parse("2026-12-01T03:00:00+00:00");

        Assert.True(DemandRules.IsAligned(start, 30, Shanghai));
        Assert.False(DemandRules.IsAligned(start, 30, Kathmandu));
        Assert.True(DemandRules.IsAligned(start, 15, Kathmandu));
        Assert.True(DemandRules.IsAligned(DateTimeOffset.Parse("2026-12-01T09:00:00+05:45"), 30, Kathmandu));
    }

    [Fact]
    public void Overlapping_lines_of_one_queue_are_refused_and_duplicates_too()
    {
        var errors = DemandRules.Validate([
            Row("line 2", "2026-12-01T09:00:00+08:00"),
            Row("line 3", "2026-12-01T09:15:00+08:00", 15),
            Row("line 4", "2026-12-01T09:30:00+08:00"),
            Row("line 5", "2026-12-01T09:30:00+08:00"),
        ], Zones);

        Assert.Equal(["line 3", "line 5"], errors.Keys.Order());
        Assert.Contains("line 2", errors["line 3"][0]);
    }

    [Fact]
    public void The_csv_reader_maps_columns_by_name_and_numbers_lines_from_the_header()
    {
        var csv = DemandCsv.Read(
            $"\uFEFFstart,queueId,intervalMinutes,contacts,ahtSeconds\r\n2026-12-01T09:00:00+08:00,{QueueId},30,100,180\r\n\r\n2026-12-01T09:30:00Z,\"{QueueId}\",15,12.5,200\r\n");

        Assert.Empty(csv.Errors);
        Assert.Equal(["line 2", "line 4"], csv.Rows.Select(row => row.Line));
        Assert.Equal((15, 12.5, 200.0), (csv.Rows[1].IntervalMinutes, csv.Rows[1].Contacts, csv.Rows[1].AhtSeconds));
    }

    [Fact]
    public void The_csv_reader_names_each_unreadable_line()
    {
        var csv = DemandCsv.Read(
            $"queueId,start,intervalMinutes,contacts,ahtSeconds\n{QueueId},2026-12-01T09:00:00,30,100,180\nnot-a-guid,2026-12-01T09:00:00+08:00,half,NaN,x\n{QueueId},too,few\n");

        Assert.Equal(["line 2", "line 3", "line 4"], csv.Errors.Keys.Order());
        Assert.Single(csv.Errors["line 2"]);
        Assert.Equal(4, csv.Errors["line 3"].Count);
        Assert.Contains("3 values", csv.Errors["line 4"][0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("queueId,start,contacts\n")]
    public void A_csv_without_the_columns_is_refused(string text) => Assert.NotEmpty(DemandCsv.Read(text).Errors);

    [Fact]
    public void The_csv_reader_follows_RFC_4180_quoting_and_ignores_other_columns()
    {
        var csv = DemandCsv.Read(
            $"\"queueId\",\"note\",start,intervalMinutes,contacts,ahtSeconds\n"
            + $"\"{QueueId}\",\"Double 11, \"\"pre-sale\"\" rush\",2026-12-01T09:00:00+08:00,30,\"100\",180\n"
            + $"{QueueId},\"two\nlines, one value\",2026-12-01T09:30:00+08:00,30,12,200\n"
            + $"{QueueId},,2026-12-01T10:00:00+08:00,30,\"1,000\",180\n");

        Assert.Equal(["line 2", "line 3", "line 5"], csv.Rows.Select(row => row.Line));
        Assert.Equal((100.0, 12.0), (csv.Rows[0].Contacts!.Value, csv.Rows[1].Contacts!.Value));
        Assert.Equal(["line 5"], csv.Errors.Keys);
        Assert.Contains("contacts '1,000' is not a number", csv.Errors["line 5"][0]);
    }

    [Fact]
    public void A_csv_line_with_broken_quoting_is_named_and_later_lines_keep_their_numbers()
    {
        var csv = DemandCsv.Read(
            $"queueId,start,intervalMinutes,contacts,ahtSeconds\n{QueueId},2026-12-01T09:00:00+08:00,30,1\"0,180\n"
            + $"{QueueId},2026-12-01T09:30:00+08:00,30,bad,180\n");

        Assert.Equal(["line 2", "line 3"], csv.Errors.Keys.Order());
        Assert.Contains("quote", csv.Errors["line 2"][0]);
    }
}
