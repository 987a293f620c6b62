using Suite.ServiceDefaults.Auth;

namespace Suite.Complaints.Domain.Compensation;

/// <summary>What makes a compensation claim, a decision, a payment or an approval limit acceptable, per field.</summary>
public static class CompensationRules
{
    public const int MaxReasonLength = 500;
    public const int MaxPaymentReferenceLength = 100;

    /// <summary>Far above any settlement a complaints desk makes; beyond it is a typing mistake.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>The roles that may be given an approval limit: the people who decide, not agents or systems.</summary>
    public static readonly IReadOnlyList<string> ApproverRoles = [SuiteRoles.TeamLeader, SuiteRoles.Supervisor, SuiteRoles.Manager, SuiteRoles.Admin];

    public static Dictionary<string, string[]> ValidateProposal(decimal amount, string? currency, string? reason)
    {
        var errors = ValidateAmount("amount", amount, currency);
        RequireText(errors, "reason", reason, MaxReasonLength, "A reason");
        return errors;
    }

    /// <summary>A rejection must say why; an approval may.</summary>
    public static Dictionary<string, string[]> ValidateDecision(bool approve, string? reason)
    {
        var errors = new Dictionary<string, string[]>();
        if (reason is not null && reason.Trim().Length > MaxReasonLength)
        {
            errors["reason"] = [$"A reason is at most {MaxReasonLength} characters."];
        }
        else if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["A rejection needs a reason."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidatePayment(string? paymentReference)
    {
        var errors = new Dictionary<string, string[]>();
        RequireText(errors, "paymentReference", paymentReference, MaxPaymentReferenceLength, "The payment reference");
        return errors;
    }

    public static Dictionary<string, string[]> ValidateLimit(string role, string currency, decimal maxAmount)
    {
        var errors = ValidateAmount("maxAmount", maxAmount, currency);
        if (!ApproverRoles.Contains(role))
        {
            errors["role"] = [$"Role is one of {string.Join(", ", ApproverRoles)}."];
        }

        return errors;
    }

    private static Dictionary<string, string[]> ValidateAmount(string field, decimal amount, string? currency)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Money.IsCurrency(currency))
        {
            errors["currency"] = ["Currency is an ISO 4217 code in capitals, such as CNY, USD or EUR."];
        }

        if (amount <= 0 || amount > MaxAmount)
        {
            errors[field] = [$"The amount is more than 0 and at most {MaxAmount}."];
        }
        else if (Money.IsCurrency(currency) && !Money.FitsMinorUnits(amount, currency!))
        {
            errors[field] = [$"{currency} has {Money.MinorUnits(currency!)} decimal places."];
        }

        return errors;
    }

    private static void RequireText(Dictionary<string, string[]> errors, string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            errors[field] = [$"{label} is required and at most {maxLength} characters."];
        }
    }
}
