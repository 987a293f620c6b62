using Suite.Contracts;
namespace Suite.Complaints.Domain;

/// <summary>What makes a complaint's details acceptable. Returns every problem at once, per field.</summary>
public static class ComplaintRules
{
    public const int MaxPlatformLength = 40;
    public const int MaxStoreCodeLength = 40;
    public const int MaxCustomerReferenceLength = 100;
    public const int MaxOrderReferenceLength = 100;
    public const int MaxDescriptionLength = 4000;
    public const int MaxAttachments = 20;
    public const int MaxAttachmentLength = 500;

    /// <summary>Token subjects longer than this cannot be recorded as the filer.</summary>
    public const int MaxFiledByLength = 200;

    public static Dictionary<string, string[]> Validate(NewComplaint complaint)
    {
        var errors = new Dictionary<string, string[]>();
        if (complaint.AgentId == Guid.Empty)
        {
            errors["agentId"] = ["Agent id, when given, must be an agent's id; leave it out if the agent is not known."];
        }

        if (complaint.ServedAt is not null && complaint.AgentId is not null)
        {
            errors["servedAt"] = ["Give either the agent or the time the customer was served (to find who was on duty), not both."];
        }

        if (!Enum.IsDefined(complaint.Channel))
        {
            errors["channel"] = [$"Channel is required: one of {string.Join(", ", WireNames.All<ComplaintChannel>())}."];
        }

        RequireText(errors, "platform", "Platform", complaint.Platform, MaxPlatformLength);
        RequireText(errors, "storeCode", "Store code", complaint.StoreCode, MaxStoreCodeLength);
        RequireText(errors, "customerReference", "Customer reference", complaint.CustomerReference, MaxCustomerReferenceLength);
        if (complaint.OrderReference is not null && complaint.OrderReference.Trim().Length > MaxOrderReferenceLength)
        {
            errors["orderReference"] = [$"Order reference is at most {MaxOrderReferenceLength} characters."];
        }

        if (!Enum.IsDefined(complaint.Category))
        {
            errors["category"] = [$"Category is required: one of {string.Join(", ", WireNames.All<ComplaintCategory>())}."];
        }

        if (complaint.Severity is { } severity && !Enum.IsDefined(severity))
        {
            errors["severity"] = [$"Severity, when given, is one of {string.Join(", ", WireNames.All<ComplaintSeverity>())}."];
        }

        RequireText(errors, "description", "Description", complaint.Description, MaxDescriptionLength);

        if (complaint.MajorReasons is { } reasons && reasons.Any(reason => !SeverityRules.Declarable.Contains(reason)))
        {
            errors["majorReasons"] = [$"Major reasons declared at intake are any of {string.Join(", ", SeverityRules.Declarable.Select(WireNames.Of))}; the others are found by the rules."];
        }

        var attachments = complaint.Attachments ?? [];
        if (attachments.Count > MaxAttachments)
        {
            errors["attachments"] = [$"At most {MaxAttachments} attachments."];
        }
        else if (attachments.Any(attachment => string.IsNullOrWhiteSpace(attachment) || attachment.Trim().Length > MaxAttachmentLength))
        {
            errors["attachments"] = [$"Every attachment must be a reference of 1 to {MaxAttachmentLength} characters."];
        }

        return errors;
    }

    /// <summary>How far ahead of our clock a caller's clock may run before its "served at" is refused as future.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The customer cannot have been served in the future.</summary>
    public static void ValidateServedAt(NewComplaint complaint, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (complaint.ServedAt > now + ClockSkew)
        {
            errors.TryAdd("servedAt", ["The time the customer was served cannot be in the future."]);
        }
    }

    /// <summary>Platforms are compared as names, so "Tmall" and "tmall " count as the same platform.</summary>
    public static string NormalisePlatform(string platform) => platform.Trim().ToLowerInvariant();

    /// <summary>The same evidence attached twice is kept once, in the order it was given.</summary>
    public static List<string> NormaliseAttachments(IEnumerable<string>? attachments) =>
        (attachments ?? []).Select(attachment => attachment.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static void RequireText(Dictionary<string, string[]> errors, string field, string label, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            errors[field] = [$"{label} is required and at most {maxLength} characters."];
        }
    }
}
