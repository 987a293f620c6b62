using System.Text.Json;

namespace Suite.Contracts;

/// <summary>
/// The names of enum values outside the REST body (events, gRPC, query strings). They come from the
/// same kebab-case policy as the suite's JSON, so "service-attitude" means one thing everywhere.
/// </summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString())
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");

    public static IEnumerable<string> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Of);

    /// <summary>Accepts only the exact wire name, unlike Enum.TryParse, which also takes numbers and C# names.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Of(candidate) == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
