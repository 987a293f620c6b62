using System.Globalization;
using System.Security;
using System.Text;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// Draws coverage as an SVG grid: one row per local day, one cell per interval of the local day, coloured
/// by scheduled against required (summed over the queues shown): red where short, green where met, blue
/// where over, grey where nothing is required or scheduled. Each cell carries a tooltip with the figures.
/// A DST day's extra interval shares its local slot; its missing one stays empty.
/// </summary>
public static class CoverageHeatmap
{
    private const int CellWidth = 14;
    private const int CellHeight = 22;
    private const int LeftMargin = 96;
    private const int TopMargin = 40;

    public static string Render(string title, RosterPeriod period, IReadOnlyList<QueueCoverage> coverage)
    {
        var slotsPerDay = 24 * 60 / period.IntervalMinutes;
        var days = period.LastDay.DayNumber - period.FirstDay.DayNumber + 1;
        var required = new int[days, slotsPerDay];
        var scheduled = new int[days, slotsPerDay];
        for (var t = 0; t < period.Count; t++)
        {
            var local = LocalClock.ToLocal(period.IntervalStart(t), period.Zone);
            var day = DateOnly.FromDateTime(local).DayNumber - period.FirstDay.DayNumber;
            var slot = (local.Hour * 60 + local.Minute) / period.IntervalMinutes;
            if (day < 0 || day >= days)
            {
                continue;
            }

            foreach (var queue in coverage)
            {
                required[day, slot] += queue.Intervals[t].Required;
                scheduled[day, slot] += queue.Intervals[t].Scheduled;
            }
        }

        var width = LeftMargin + slotsPerDay * CellWidth + 20;
        var height = TopMargin + days * CellHeight + 50;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LeftMargin}\" y=\"16\" font-size=\"13\">{SecurityElement.Escape(title)}</text>");
        for (var hour = 0; hour < 24; hour += 2)
        {
            var x = LeftMargin + hour * 60 / period.IntervalMinutes * CellWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{TopMargin - 6}\">{hour:00}:00</text>");
        }

        for (var day = 0; day < days; day++)
        {
            var date = period.FirstDay.AddDays(day);
            var y = TopMargin + day * CellHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 15}\">{date:ddd yyyy-MM-dd}</text>");
            for (var slot = 0; slot < slotsPerDay; slot++)
            {
                var x = LeftMargin + slot * CellWidth;
                var (need, have) = (required[day, slot], scheduled[day, slot]);
                var time = TimeOnly.MinValue.AddMinutes(slot * period.IntervalMinutes);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"cell\" x=\"{x}\" y=\"{y}\" width=\"{CellWidth - 1}\" height=\"{CellHeight - 1}\" fill=\"{Colour(need, have)}\">"
                    + $"<title>{date:yyyy-MM-dd} {time:HH:mm}: required {need}, scheduled {have}</title></rect>");
            }
        }

        var legendY = TopMargin + days * CellHeight + 20;
        var legend = new (string Label, string Colour)[] { ("short", Colour(10, 5)), ("met", Colour(10, 10)), ("over", Colour(10, 15)), ("none required", Colour(0, 0)) };
        for (var i = 0; i < legend.Length; i++)
        {
            var x = LeftMargin + i * 110;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{legendY}\" width=\"12\" height=\"12\" fill=\"{legend[i].Colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"{legendY + 10}\">{legend[i].Label}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Deeper red the larger the shortfall's share of the requirement; blue likewise for surplus.</summary>
    private static string Colour(int required, int scheduled)
    {
        if (required == 0 && scheduled == 0)
        {
            return "#eeeeee";
        }

        if (scheduled == required)
        {
            return "#4caf50";
        }

        var share = Math.Min(1.0, Math.Abs(scheduled - required) / (double)Math.Max(1, required));
        var fade = (int)Math.Round(200 * (1 - share));
        return scheduled < required
            ? string.Create(CultureInfo.InvariantCulture, $"#ff{fade:x2}{fade:x2}")
            : string.Create(CultureInfo.InvariantCulture, $"#{fade:x2}{fade:x2}ff");
    }
}
