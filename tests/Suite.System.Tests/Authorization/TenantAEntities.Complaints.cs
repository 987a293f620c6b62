namespace Suite.SystemTests.Authorization;

/// <summary>Complaints' records of the owning tenant: a complaint with everything that hangs off it, and the tenant's settings.</summary>
internal sealed partial class TenantAEntities
{
    private async Task CreateComplaintsAsync(HttpClient client)
    {
        const string complaints = "/api/complaints";
        _complaintId = Guid.Parse(await CreatedAsync(client, $"{complaints}/complaints", new
        {
            agentId = AgentId,
            channel = "chat",
            platform = "tmall",
            storeCode = _storeCode,
            customerReference = $"{Marker}-buyer",
            category = "bad-review",
            description = $"{Marker}: the agent closed the chat while the buyer was still asking about the refund.",
        }));
        Key($"{complaints}/complaints/{{id}}", _complaintId.ToString());
        _readbacks.Add($"{complaints}/complaints/{_complaintId}/audit");

        await Send.PostAsync(client, $"{complaints}/complaints/{_complaintId}/escalations",
            new { stage = "team-leader", reason = $"{Marker} no answer yet", expectedVersion = await ComplaintVersionAsync(client) });
        _readbacks.Add($"{complaints}/complaints/{_complaintId}/escalations");

        var claim = await Send.PostAsync(client, $"{complaints}/complaints/{_complaintId}/compensations", new { amount = 20, currency = "CNY", reason = $"{Marker} goodwill" });
        Key($"{complaints}/complaints/{{id}}/compensations/{{claimId}}", claim.GetProperty("id").GetString()!);
        _readbacks.Add($"{complaints}/complaints/{_complaintId}/compensations");

        await Send.PutAsync(client, $"{complaints}/routing-rules/product-problem", new { department = $"{Marker} product team", answerWithinMinutes = 120 });
        Key($"{complaints}/routing-rules/{{topic}}", "product-problem", "visual-material");
        _readbacks.Add($"{complaints}/routing-rules");
        // Only a complaint under investigation can wait on a department.
        await Send.PostAsync(client, $"{complaints}/complaints/{_complaintId}/transitions",
            new { to = "investigating", note = $"{Marker} looking into it", expectedVersion = await ComplaintVersionAsync(client) });
        var handOff = await Send.PostAsync(client, $"{complaints}/complaints/{_complaintId}/hand-offs",
            new { topic = "product-problem", question = $"{Marker} is the zip faulty?", expectedVersion = await ComplaintVersionAsync(client) });
        Key($"{complaints}/hand-offs/{{handOffId}}", handOff.GetProperty("id").GetString()!);
        _readbacks.Add($"{complaints}/complaints/{_complaintId}/hand-offs");

        var callback = await Send.PostAsync(client, $"{complaints}/complaints/{_complaintId}/callbacks",
            new { dueAt = DateTimeOffset.UtcNow.AddDays(3), agentId = AgentId, note = $"{Marker} call after lunch" });
        var taskId = callback.GetProperty("id").GetString()!;
        Key($"{complaints}/callbacks/{{taskId}}", taskId);
        _readbacks.Add($"{complaints}/callbacks/{taskId}");

        var policyId = await CreatedAsync(client, $"{complaints}/sla-policies", new
        {
            rank = 1,
            name = $"{Marker} chat policy",
            storeCode = _storeCode,
            firstResponseMinutes = 30,
            nextUpdateMinutes = 120,
            resolutionMinutes = 1440,
        }, readback: false);
        Key($"{complaints}/sla-policies/{{id}}", policyId);
        _readbacks.Add($"{complaints}/sla-policies");

        await Send.PutAsync(client, $"{complaints}/store-calendars/{_storeCode}", new
        {
            timeZoneId = "Asia/Shanghai",
            weeklyHours = new[] { new { day = "monday", open = "09:00", close = "18:00" } },
            holidays = new[] { "2027-01-01" },
        });
        Key($"{complaints}/store-calendars/{{storeCode}}", _storeCode, "sweep-no-such-store");
        _readbacks.Add($"{complaints}/store-calendars/{_storeCode}");

        await Send.PutAsync(client, $"{complaints}/approval-limits/team-leader/CNY", new { maxAmount = 150 });
        Key($"{complaints}/approval-limits/{{role}}", "team-leader", "manager");
        Key($"{complaints}/approval-limits/{{role}}/{{currency}}", "CNY", "CNY");
        _readbacks.Add($"{complaints}/approval-limits");
    }

    /// <summary>Changes to a complaint name the version they were based on.</summary>
    private async Task<string> ComplaintVersionAsync(HttpClient client) =>
        (await Send.GetAsync(client, $"/api/complaints/complaints/{_complaintId}")).GetProperty("version").GetString()!;
}
