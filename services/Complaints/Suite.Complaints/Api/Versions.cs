namespace Suite.Complaints.Api;

/// <summary>The complaint version a change is based on: the body's expectedVersion, or else the If-Match header.</summary>
internal static class Versions
{
    /// <summary>Guid.Empty when the caller gave neither, which validation reports as a missing expectedVersion.</summary>
    public static Guid Expected(Guid? fromBody, HttpRequest request)
    {
        if (fromBody is { } version)
        {
            return version;
        }

        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.StartsWith("W/", StringComparison.Ordinal))
        {
            ifMatch = ifMatch[2..];
        }

        return Guid.TryParse(ifMatch.Trim('"'), out var parsed) ? parsed : Guid.Empty;
    }

    public static string ETag(Guid version) => $"\"{version}\"";
}
