using Suite.Scheduling.Domain.Demand;

namespace Suite.Scheduling.Tests;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Quoted_values_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvRecords.Read("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x,\"\"\nlast,  spaced  ,\" kept \"");

        Assert.Equal([1, 2, 4], records.Select(record => record.Line));
        Assert.All(records, record => Assert.Null(record.Problem));
        Assert.Equal(["a", "b, with comma", "say \"hi\""], records[0].Cells);
        Assert.Equal(["two\nlines", "x", ""], records[1].Cells);
        Assert.Equal(["last", "spaced", " kept "], records[2].Cells);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_an_empty_value_is_kept()
    {
        var records = CsvRecords.Read("\n\na,,b\n   \n,\n");

        Assert.Equal([(3, 3), (5, 2)], records.Select(record => (record.Line, record.Cells.Count)));
    }

    [Theory]
    [InlineData("a,b\"c", "quote inside")]
    [InlineData("a,\"b\"c", "after its closing quote")]
    [InlineData("a,\"never closed\nb,c", "never closed")]
    public void A_record_that_breaks_the_quoting_rules_says_why(string text, string problem)
    {
        var record = CsvRecords.Read(text)[0];

        Assert.Equal(1, record.Line);
        Assert.Contains(problem, record.Problem);
        Assert.Contains("Value 2", record.Problem);
    }

    [Fact]
    public void Spaces_around_a_quoted_value_are_not_text_after_it() =>
        Assert.Equal(["a", "b"], CsvRecords.Read("  \"a\"  ,\"b\" ")[0].Cells);
}
