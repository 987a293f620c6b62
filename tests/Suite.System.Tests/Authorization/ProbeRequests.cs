namespace Suite.SystemTests.Authorization;

/// <summary>
/// Bodies and query strings the owning tenant itself would have had accepted, for the operations whose
/// generated valid-looking request is refused (400) before any lookup: with these the intruder's request
/// gets as far as looking the record up, which is what the sweep means to try. Only the id differs.
/// </summary>
internal static class ProbeRequests
{
    private const string Calendar = """{"timeZoneId":"Asia/Shanghai","weeklyHours":[{"day":"tuesday","open":"09:00","close":"18:00"}],"holidays":[]}""";

    private static readonly Dictionary<string, (string? Query, string? Body)> ByOperation = new()
    {
        ["PUT /api/scheduling/teams/{id}/leader"] = (null, """{"leaderId":null,"version":1}"""),
        ["PUT /api/scheduling/task-lists/templates/{role}"] =
            (null, """{"name":"Morning list","timeZone":"Asia/Shanghai","items":[{"dueTime":"09:00","title":"Read the handover","order":1}]}"""),
        ["DELETE /api/scheduling/rosters/{id}/assignments/{assignmentId}"] = ("?version=3", null),
        ["POST /api/quality/scorecards/{key}/versions"] = (null, """
            {"name":"Chat standard v2","sections":[{"key":"service","name":"Service",
             "criteria":[{"key":"greeting","name":"Greets the buyer","weight":10,"kind":"standard","allowNotApplicable":false}]}]}
            """),
        ["POST /api/quality/evaluations/{id}/review"] = (null, """{"answers":{"greeting":"not-met"},"comment":"Second look"}"""),
        ["GET /api/quality/agents/{agentId}/kpis"] = ("?from=2026-11-01&to=2026-11-30", null),
        ["POST /api/complaints/complaints/{id}/transitions"] = (null, $$"""{"to":"acknowledged","note":"Seen","expectedVersion":"{{Guid.CreateVersion7()}}"}"""),
        ["POST /api/complaints/complaints/{id}/escalations"] = (null, $$"""{"stage":"supervisor","reason":"Overdue","expectedVersion":"{{Guid.CreateVersion7()}}"}"""),
        ["POST /api/complaints/complaints/{id}/compensations"] = (null, """{"amount":10,"currency":"CNY","reason":"Goodwill"}"""),
        ["PUT /api/complaints/store-calendars/{storeCode}"] = (null, Calendar),
    };

    public static bool TryGet(string operation, out string? query, out string? body)
    {
        var found = ByOperation.TryGetValue(operation, out var request);
        (query, body) = request;
        return found;
    }
}
