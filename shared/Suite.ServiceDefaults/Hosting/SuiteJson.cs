using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.ServiceDefaults;

/// <summary>
/// The suite's JSON: camelCase names, kebab-case enum values ("gold-medal-customer-service"), and no
/// numbers smuggled in as strings. Clients of the API (tests, the console, integrators' SDKs) use the same.
/// </summary>
public static class SuiteJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }
}
