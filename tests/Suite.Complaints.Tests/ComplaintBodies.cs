namespace Suite.Complaints.Tests;

/// <summary>Request bodies as an integrator or supervisor would send them.</summary>
internal static class ComplaintBodies
{
    /// <summary>
    /// Each body is from a different customer unless one is named: three complaints from one customer
    /// make a repeat complainant, whose complaint is major.
    /// </summary>
    public static Dictionary<string, object?> Valid(
        Guid? agentId = null, string category = "service-attitude", string? severity = null, string? customer = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["channel"] = "chat",
            ["platform"] = "Tmall",
            ["storeCode"] = "TM-FLAGSHIP-01",
            ["customerReference"] = customer ?? $"buyer_{Guid.NewGuid():N}",
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
