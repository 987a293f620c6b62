using System.Text.Json;

namespace Suite.SystemTests.Authorization;

/// <summary>Scheduling's records of the owning tenant: people, stores, rosters, swaps and daily task lists.</summary>
internal sealed partial class TenantAEntities
{
    /// <summary>What must lie ahead (the roster, time off, a callback) is dated from today; records of the past use fixed days.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The Monday two to three weeks ahead: the shift template works Mondays to Wednesdays.</summary>
    private static DateOnly RosterMonday => Today.AddDays(14 + ((int)DayOfWeek.Monday - (int)Today.DayOfWeek + 7) % 7);

    private static string ChecklistDay => RosterMonday.AddDays(1).ToString("yyyy-MM-dd");

    private async Task CreateSchedulingAsync(HttpClient client, Func<Guid, HttpClient> agent)
    {
        var team = $"{Marker} team";
        Guid Hire(JsonElement created) => created.GetProperty("id").GetGuid();
        object Agent(string number, string level) => new
        {
            employeeNumber = $"{Marker}-{number}",
            displayName = $"{Marker} {number}",
            team,
            level,
            skills = new[] { "after-sales" },
            hiredOn = "2026-11-02",
        };
        _teamLeaderId = Hire(await Send.PostAsync(client, $"{Service}/agents", Agent("TL", "team-leader")));
        AgentId = Hire(await Send.PostAsync(client, $"{Service}/agents", Agent("CS1", "customer-service")));
        var partnerId = Hire(await Send.PostAsync(client, $"{Service}/agents", Agent("CS2", "customer-service")));
        Key($"{Service}/agents/{{id}}", AgentId.ToString(), UnknownAgentId.ToString());
        Key($"{Service}/agents/{{agentId}}", AgentId.ToString(), UnknownAgentId.ToString());
        Key($"{Service}/task-lists/agents/{{agentId}}", AgentId.ToString(), UnknownAgentId.ToString());
        _ids.Add(_teamLeaderId.ToString());
        _ids.Add(partnerId.ToString());
        _readbacks.Add($"{Service}/agents/{AgentId}");

        var teamId = await CreatedAsync(client, $"{Service}/teams", new { name = team, leaderId = _teamLeaderId });
        Key($"{Service}/teams/{{id}}", teamId);

        _storeCode = Marker.ToLowerInvariant();
        var storeId = await CreatedAsync(client, $"{Service}/stores", new
        {
            code = _storeCode,
            name = $"{Marker} flagship",
            platform = "Tmall",
            timeZone = "Asia/Shanghai",
            channel = "chat",
            openingHours = new[] { new { day = "monday", start = "08:00", end = "23:00" } },
        });
        Key($"{Service}/stores/{{id}}", storeId);
        Key($"{Service}/stores/by-code/{{code}}", _storeCode, "sweep-no-such-store");
        var queueId = await CreatedAsync(client, $"{Service}/stores/{storeId}/queues", new { name = $"{Marker} after-sales", requiredSkills = new[] { "after-sales" } }, readback: false);
        Key($"{Service}/stores/{{id}}/queues/{{queueId}}", queueId);
        Key($"{Service}/queues/{{queueId}}", queueId);
        _readbacks.Add($"{Service}/stores/{storeId}/queues/{queueId}");

        var templateId = await CreatedAsync(client, $"{Service}/shift-templates", new
        {
            name = $"{Marker} early",
            start = "08:00",
            lengthMinutes = 540,
            days = new[] { "monday", "tuesday", "wednesday" },
            breaks = new[] { new { offsetMinutes = 240, lengthMinutes = 60, paid = false } },
        });
        Key($"{Service}/shift-templates/{{id}}", templateId);

        var timeOffId = await CreatedAsync(client, $"{Service}/time-off", new { agentId = AgentId, firstDay = Today.AddDays(60), lastDay = Today.AddDays(61), note = $"{Marker} family visit" });
        Key($"{Service}/time-off/{{id}}", timeOffId);

        // A roster of a week ahead with one shift of the agent, published so a swap can be proposed.
        var roster = await Send.PostAsync(client, $"{Service}/rosters", new
        {
            name = $"{Marker} roster",
            firstDay = RosterMonday,
            lastDay = RosterMonday.AddDays(6),
            timeZone = "Asia/Shanghai",
            queueIds = new[] { queueId },
            shiftTemplateIds = new[] { templateId },
        });
        var rosterId = roster.GetProperty("id").GetString()!;
        _ids.Add(rosterId);
        var version = roster.GetProperty("version").GetInt32();
        var assignment = await Send.PostAsync(client, $"{Service}/rosters/{rosterId}/assignments",
            new { agentId = AgentId, queueId, shiftTemplateId = templateId, day = RosterMonday, version });
        var assignmentId = assignment.GetProperty("id").GetString()!;
        _ids.Add(assignmentId);
        version = (await Send.GetAsync(client, $"{Service}/rosters/{rosterId}")).GetProperty("version").GetInt32();
        await Send.PostAsync(client, $"{Service}/rosters/{rosterId}/publish", new { version });
        Key($"{Service}/rosters/{{id}}", rosterId);
        Key($"{Service}/rosters/{{id}}/assignments/{{assignmentId}}", assignmentId);
        _readbacks.Add($"{Service}/rosters/{rosterId}");

        var swapId = await CreatedAsync(agent(AgentId), $"{Service}/shift-swaps", new { assignmentId, partnerId, note = $"{Marker} dentist" });
        Key($"{Service}/shift-swaps/{{id}}", swapId);

        await Send.PutAsync(client, $"{Service}/task-lists/templates/after-sales", new
        {
            name = $"{Marker} after-sales day",
            timeZone = "Asia/Shanghai",
            items = new[] { new { dueTime = "10:00", title = $"{Marker} clear refunds", order = 1 } },
        });
        Key($"{Service}/task-lists/templates/{{role}}", "after-sales", "pre-sales");
        _readbacks.Add($"{Service}/task-lists/templates");
        var checklist = await Send.PostAsync(client, $"{Service}/task-lists/agents/{AgentId}/days/{ChecklistDay}", new { });
        _ids.Add(checklist.GetProperty("id").GetString()!);
        Key($"{Service}/task-lists/agents/{{agentId}}/days/{{day}}", ChecklistDay, ChecklistDay);
        Key($"{Service}/task-lists/agents/{{agentId}}/days/{{day}}/items/{{itemId}}", checklist.GetProperty("items")[0].GetProperty("id").GetString()!);
        _readbacks.Add($"{Service}/task-lists/agents/{AgentId}/days/{ChecklistDay}");
    }
}
