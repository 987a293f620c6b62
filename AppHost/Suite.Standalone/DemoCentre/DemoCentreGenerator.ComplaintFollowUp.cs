using System.Text.Json;

namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private static readonly string[] EscalationReasons =
        ["顾客扬言要向平台投诉并曝光", "同一顾客第三次来电，情绪激动", "涉及金额较大，需要上级审批补偿", "处理超时，顾客要求主管回电"];

    private static readonly string[] CallbackNotes = ["顾客未接电话，稍后再拨", "已致歉并说明补发安排", "顾客表示会考虑修改评价", "号码为空号，改用平台消息联系"];

    // A question for another department: the product department for quality problems, operations for a
    // wrong listing, otherwise operations too. The complaint waits in awaiting-department until it is
    // answered; a quarter were answered already, which sends the complaint back to investigating.
    private async Task<JsonElement> HandOffAsync(Guid id, string category, string? version, Random random, CancellationToken cancellationToken)
    {
        var (topic, question) = category switch
        {
            "product-quality" => ("product-problem", "请产品部确认该批次是否存在色差/做工问题"),
            "pricing-or-listing-error" => ("pricing-or-listing-error", "请运营核对详情页活动文案与实际赠品"),
            _ => ("other", "请相关部门协助核实订单情况"),
        };
        var handOff = await api.PostAsync($"/api/complaints/complaints/{id}/hand-offs", new { topic, question, expectedVersion = version }, cancellationToken);
        if (random.NextDouble() < 0.25)
        {
            await api.PostAsync($"/api/complaints/hand-offs/{IdOf(handOff)}/answer", new { answer = "已核实：该批次存在问题，同意按质量问题处理" }, cancellationToken);
        }

        return await api.GetAsync($"/api/complaints/complaints/{id}", cancellationToken);
    }

    // What happens around a complaint besides its workflow: a supervisor escalating an open one by hand
    // (the SLA clock of the running host escalates breaches on its own), and a callback to the buyer
    // for a bad review, with the calls made so far and, for some, how it ended.
    private async Task FollowUpAsync(JsonElement complaint, string category, Random random, CancellationToken cancellationToken)
    {
        var id = IdOf(complaint);
        var status = complaint.GetProperty("status").GetString();
        var open = status is not ("resolved" or "closed");
        var hasAgent = complaint.GetProperty("agentId").ValueKind == JsonValueKind.String;
        if (open && random.NextDouble() < 0.1)
        {
            var stage = hasAgent && random.NextDouble() < 0.6 ? "team-leader" : random.NextDouble() < 0.7 ? "supervisor" : "manager";
            await api.PostAsync($"/api/complaints/complaints/{id}/escalations", new
            {
                stage,
                reason = EscalationReasons[random.Next(EscalationReasons.Length)],
                expectedVersion = complaint.GetProperty("version").GetString(),
            }, cancellationToken);
        }

        if (category != "bad-review" || status == "closed")
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var task = await api.PostAsync($"/api/complaints/complaints/{id}/callbacks", new
        {
            dueAt = now.AddHours(2 + random.Next(46)),
            agentId = hasAgent ? complaint.GetProperty("agentId").GetGuid() : (Guid?)null,
            note = "差评回访：致歉并了解顾客诉求",
        }, cancellationToken);
        var attempts = random.Next(4);
        var reached = false;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var gotThrough = random.NextDouble() < 0.5;
            reached |= gotThrough;
            await api.PostAsync($"/api/complaints/callbacks/{IdOf(task)}/attempts", new
            {
                at = now.AddMinutes(-30 * (attempts - attempt)),
                reached = gotThrough,
                notes = CallbackNotes[gotThrough ? 1 + random.Next(CallbackNotes.Length - 1) : 0],
            }, cancellationToken);
        }

        if (attempts > 0 && random.NextDouble() < 0.6)
        {
            await api.PostAsync($"/api/complaints/callbacks/{IdOf(task)}/outcome", new
            {
                outcome = reached && random.NextDouble() < 0.6 ? "review-revised" : "review-not-revised",
                note = reached ? "顾客已接受处理方案" : "多次联系未果",
            }, cancellationToken);
        }
    }
}
