using System.Text.Json;

namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private static readonly (string Category, string Description)[] ComplaintKinds =
    [
        ("product-quality", "收到的衣服有明显色差和线头"), ("logistics", "快递一周未更新物流信息"), ("service-attitude", "客服回复敷衍，态度很差"),
        ("pricing-or-listing-error", "详情页写的是买一送一，实际没有赠品"), ("bad-review", "顾客给了一星差评：发错颜色"),
        ("refund-or-compensation", "退货已签收十天仍未退款"), ("other", "发票抬头开错需要重开"),
    ];

    // The path each complaint walks through the workflow, ending in the status it is left in; the
    // shares put every column of the complaints board to use.
    private static readonly (double Share, string[] Path)[] Journeys =
    [
        (0.15, []), (0.15, ["acknowledged"]), (0.15, ["acknowledged", "investigating"]),
        (0.10, ["acknowledged", "awaiting-customer"]), (0.10, ["acknowledged", "investigating", "awaiting-department"]),
        (0.15, ["acknowledged", "investigating", "resolved"]), (0.15, ["acknowledged", "investigating", "resolved", "closed"]),
        (0.05, ["acknowledged", "resolved", "closed", "reopened"]),
    ];

    private async Task ComplaintsAsync(CancellationToken cancellationToken)
    {
        var agents = FrontLine.ToList();
        var complaints = Enumerable.Range(0, Complaints).ToList();
        await ForEachAsync("Filing complaints", complaints, async (index, random) =>
        {
            var agent = agents[random.Next(agents.Count)];
            var store = agent.Team.Stores[random.Next(agent.Team.Stores.Length)];
            var (category, description) = ComplaintKinds[random.Next(ComplaintKinds.Length)];
            var filed = await api.PostAsync("/api/complaints/complaints", new
            {
                agentId = random.NextDouble() < 0.8 ? _agentIds[agent.EmployeeNumber] : (Guid?)null,
                channel = category == "bad-review" ? "review" : "chat",
                platform = store.Platform,
                storeCode = store.Code,
                // A few buyers complain again and again, which the repeat-complainant rule notices.
                customerReference = random.NextDouble() < 0.1 ? $"buyer-{random.Next(10):D3}" : $"buyer-{index + 100:D4}",
                orderReference = $"{store.Platform[..2].ToUpperInvariant()}{random.NextInt64(100_000_000, 999_999_999)}",
                category,
                description,
                attachments = Array.Empty<string>(),
                majorReasons = random.NextDouble() < 0.03 ? new[] { "media" } : Array.Empty<string>(),
            }, cancellationToken);

            var walked = await WalkAsync(filed, JourneyFor(index), category, random, cancellationToken);
            await FollowUpAsync(walked, category, random, cancellationToken);
        });
    }

    private static string[] JourneyFor(int index)
    {
        var position = (index + 0.5) / Complaints;
        var cumulative = 0.0;
        foreach (var (share, path) in Journeys)
        {
            cumulative += share;
            if (position < cumulative)
            {
                return path;
            }
        }

        return Journeys[^1].Path;
    }

    private async Task<JsonElement> WalkAsync(JsonElement complaint, string[] path, string category, Random random, CancellationToken cancellationToken)
    {
        var id = IdOf(complaint);
        var version = complaint.GetProperty("version").GetString();
        foreach (var status in path)
        {
            complaint = status == "awaiting-department"
                ? await HandOffAsync(id, category, version, random, cancellationToken)
                : status == "resolved"
                ? await api.PostAsync($"/api/complaints/complaints/{id}/resolution", new
                {
                    outcome = random.NextDouble() < 0.5 ? "apology" : "refund",
                    rootCause = random.NextDouble() < 0.3 ? "agent-behaviour" : random.NextDouble() < 0.5 ? "logistics" : "product-defect",
                    upheldAgainstAgent = complaint.GetProperty("agentId").ValueKind == JsonValueKind.String && random.NextDouble() < 0.25,
                    note = "已与顾客确认处理结果",
                    expectedVersion = version,
                }, cancellationToken)
                : await api.PostAsync($"/api/complaints/complaints/{id}/transitions", new { to = status, note = (string?)null, expectedVersion = version }, cancellationToken);
            version = complaint.GetProperty("version").GetString();
        }

        return complaint;
    }
}
