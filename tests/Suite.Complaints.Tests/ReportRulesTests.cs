using System.Text;
using Suite.Complaints.Domain.Reports;

namespace Suite.Complaints.Tests;

public sealed class ReportRulesTests
{
    [Fact]
    public void Pareto_sorts_causes_by_count_with_running_percent_to_100()
    {
        var rows = Pareto.Of(["logistics", "agent-behaviour", "logistics", "product-defect", "logistics", "agent-behaviour"]);

        Assert.Equal(
            [("logistics", 3, 50.0, 50.0), ("agent-behaviour", 2, 33.33, 83.33), ("product-defect", 1, 16.67, 100.0)],
            rows.Select(row => (row.Cause, row.Complaints, row.Percent, row.CumulativePercent)));
    }

    [Fact]
    public void Pareto_of_nothing_is_empty()
    {
        Assert.Empty(Pareto.Of([]));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks_and_ends_records_with_CRLF()
    {
        var csv = new StringBuilder();
        Csv.AppendRecord(csv, ["plain", "a,b", "say \"hi\"", "two\nlines", null, ""]);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\r\n", csv.ToString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("@buyer", "'@buyer")]
    [InlineData("收到货破损", "收到货破损")]
    public void Csv_text_that_would_start_a_formula_is_prefixed_with_an_apostrophe(string value, string expected)
    {
        Assert.Equal(expected, Csv.Text(value));
    }
}
