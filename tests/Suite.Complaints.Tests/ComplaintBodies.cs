namespace Suite.Complaints.Tests;

/// <summary>Request bodies as an integrator or supervisor would send them.</summary>
internal static class ComplaintBodies
{
    public static Dictionary<string, object?> Valid(Guid? agentId = null, string category = "service-attitude", string? severity = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["channel"] = "chat",
            ["platform"] = "Tmall",
            ["storeCode"] = "TM-FLAGSHIP-01",
            ["customerReference"] = "buyer_xiaoming88",
            ["orderReference"] = "TB20261126000123",
            ["category"] = category,
            ["description"] = "The agent ended the chat while the customer was still asking about the refund.",
            ["attachments"] = new[] { "https://evidence.example/chat/123.png" },
        };
        if (agentId is not null)
        {
            body["agentId"] = agentId;
        }

        if (severity is not null)
        {
            body["severity"] = severity;
        }

        return body;
    }
}
