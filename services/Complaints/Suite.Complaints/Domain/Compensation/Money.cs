using System.Globalization;

namespace Suite.Complaints.Domain.Compensation;

/// <summary>
/// Amounts are decimals with an ISO 4217 currency, never floating point. They are stored as decimal
/// columns (TEXT in SQLite, which cannot sum them in SQL), so totals are added up in memory: a
/// complaint has a handful of claims, not thousands.
/// </summary>
public static class Money
{
    /// <summary>Currencies without minor units, and those with three; every other currency has two.</summary>
    private static readonly HashSet<string> NoMinorUnits = ["JPY", "KRW", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF"];

    private static readonly HashSet<string> ThreeMinorUnits = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    /// <summary>The currencies of the world's regions as the runtime knows them.</summary>
    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(culture => TryRegion(culture.Name)?.ISOCurrencySymbol)
        .OfType<string>()
        .Where(code => code.Length == 3)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsCurrency(string? code) => code is { Length: 3 } && Known.Contains(code);

    public static int MinorUnits(string currency) =>
        NoMinorUnits.Contains(currency) ? 0 : ThreeMinorUnits.Contains(currency) ? 3 : 2;

    /// <summary>True when the amount needs no more decimal places than the currency has.</summary>
    public static bool FitsMinorUnits(decimal amount, string currency) =>
        decimal.Round(amount, MinorUnits(currency)) == amount;

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            // Some specific cultures name no region the runtime can describe; they add no currency.
            return null;
        }
    }
}
