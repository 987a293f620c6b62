using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain;

/// <summary>A customer's complaint about a store of the tenant, and about one of its agents when known.</summary>
public sealed class Complaint : ITenantOwned
{
    private Complaint()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The agent complained about; null when the complaint is about the store, the product or delivery.</summary>
    public Guid? AgentId { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    /// <summary>The sales platform ("tmall", "jd", "douyin"): data, so a new platform needs no release.</summary>
    public string Platform { get; private set; } = "";

    public string StoreCode { get; private set; } = "";

    /// <summary>How the platform or CRM knows the customer (nickname, buyer id, ticket contact).</summary>
    public string CustomerReference { get; private set; } = "";

    public string? OrderReference { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>References to evidence kept elsewhere (chat screenshots, recordings, platform ticket files).</summary>
    public List<string> Attachments { get; private set; } = [];

    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>The subject of the token that filed it: a person or an integration.</summary>
    public string FiledBy { get; private set; } = "";

    /// <summary>Files a complaint whose details have passed <see cref="ComplaintRules.Validate"/>.</summary>
    public static Complaint File(NewComplaint details, string filedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = details.AgentId,
        Channel = details.Channel,
        Platform = ComplaintRules.NormalisePlatform(details.Platform),
        StoreCode = details.StoreCode.Trim(),
        CustomerReference = details.CustomerReference.Trim(),
        OrderReference = string.IsNullOrWhiteSpace(details.OrderReference) ? null : details.OrderReference.Trim(),
        Category = details.Category,
        Severity = SeverityRules.Resolve(details.Category, details.Severity),
        Description = details.Description.Trim(),
        Attachments = ComplaintRules.NormaliseAttachments(details.Attachments),
        Status = ComplaintStatus.New,
        FiledAt = now,
        FiledBy = filedBy,
    };
}

/// <summary>What the person or system filing a complaint tells us.</summary>
public sealed record NewComplaint(
    Guid? AgentId,
    ComplaintChannel Channel,
    string Platform,
    string StoreCode,
    string CustomerReference,
    string? OrderReference,
    ComplaintCategory Category,
    ComplaintSeverity? Severity,
    string Description,
    IReadOnlyList<string> Attachments);
