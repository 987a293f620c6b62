namespace Suite.SystemTests.Authorization;

/// <summary>
/// What fills one path parameter of every route under <see cref="Route"/> (a route template ending in that
/// parameter, e.g. "/api/scheduling/rosters/{id}"): the id, key or day of a record of the owning tenant, and a
/// value no tenant has, which the intruder's answer is compared with. For a parameter that only narrows a
/// record (a day, a version number) both are the same.
/// </summary>
internal sealed record SweepKey(string Route, string Value, string Unknown)
{
    public string Parameter => Route[(Route.LastIndexOf('{') + 1)..^1];

    /// <summary>The key that fills the parameter ending at <paramref name="prefix"/> of a route template, if any.</summary>
    public static SweepKey? For(IEnumerable<SweepKey> keys, string prefix) =>
        keys.FirstOrDefault(key => key.Route == prefix);
}
