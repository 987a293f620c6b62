using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Compensation;
using Suite.ServiceDefaults.Auth;

namespace Suite.Complaints.Tests;

public sealed class CompensationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("CNY", true)]
    [InlineData("USD", true)]
    [InlineData("JPY", true)]
    [InlineData("cny", false)]
    [InlineData("RMB", false)]
    [InlineData("XXX", false)]
    [InlineData("", false)]
    public void Currencies_are_ISO_4217_codes(string code, bool valid) => Assert.Equal(valid, Money.IsCurrency(code));

    [Theory]
    [InlineData(200.5, "CNY", true)]
    [InlineData(200.55, "CNY", true)]
    [InlineData(200.555, "CNY", false)]
    [InlineData(200, "JPY", true)]
    [InlineData(200.5, "JPY", false)]
    [InlineData(1.125, "KWD", true)]
    public void Amounts_have_no_more_decimal_places_than_the_currency(decimal amount, string currency, bool fits) =>
        Assert.Equal(fits, Money.FitsMinorUnits(amount, currency));

    [Fact]
    public void A_proposal_is_validated_field_by_field()
    {
        Assert.Empty(CompensationRules.ValidateProposal(88.88m, "CNY", "Late delivery voucher."));
        Assert.Equal(["amount", "currency", "reason"], CompensationRules.ValidateProposal(0m, "rmb", " ").Keys.Order());
        Assert.Equal(["amount"], CompensationRules.ValidateProposal(1_000_000.01m, "CNY", "r").Keys);
        Assert.Equal(["amount"], CompensationRules.ValidateProposal(10.5m, "JPY", "r").Keys);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_an_approval_may_have_one()
    {
        Assert.Empty(CompensationRules.ValidateDecision(true, null));
        Assert.Empty(CompensationRules.ValidateDecision(true, "Within policy."));
        Assert.Equal(["reason"], CompensationRules.ValidateDecision(false, " ").Keys);
        Assert.Equal(["reason"], CompensationRules.ValidateDecision(true, new string('r', 501)).Keys);
    }

    [Fact]
    public void Limits_are_for_approver_roles_only()
    {
        Assert.Empty(CompensationRules.ValidateLimit(SuiteRoles.TeamLeader, "CNY", 200m));
        Assert.Equal(["role"], CompensationRules.ValidateLimit(SuiteRoles.Agent, "CNY", 200m).Keys);
        Assert.Equal(["currency", "maxAmount", "role"], CompensationRules.ValidateLimit(SuiteRoles.Integrator, "cny", -1m).Keys.Order());
    }

    [Fact]
    public void The_highest_limit_among_the_approvers_roles_in_the_currency_applies()
    {
        var limits = new[]
        {
            ApprovalLimit.Create(SuiteRoles.TeamLeader, "CNY", 200m, Now),
            ApprovalLimit.Create(SuiteRoles.Supervisor, "CNY", 1000m, Now),
            ApprovalLimit.Create(SuiteRoles.Manager, "USD", 500m, Now),
        };

        Assert.Equal(200m, ApprovalLimit.For(limits, [SuiteRoles.TeamLeader], "CNY"));
        Assert.Equal(1000m, ApprovalLimit.For(limits, [SuiteRoles.TeamLeader, SuiteRoles.Supervisor], "CNY"));
        Assert.Null(ApprovalLimit.For(limits, [SuiteRoles.Manager], "CNY"));
        Assert.Null(ApprovalLimit.For(limits, [SuiteRoles.Agent], "CNY"));
    }

    [Fact]
    public void A_claim_is_decided_once_and_paid_only_when_approved()
    {
        var approved = CompensationClaim.Propose(Guid.CreateVersion7(), 50m, "CNY", "Voucher", "lead", Now);
        var rejected = CompensationClaim.Propose(Guid.CreateVersion7(), 50m, "CNY", "Voucher", "lead", Now);
        var version = approved.Version;

        approved.Decide(true, null, "sup", Now.AddHours(1));
        rejected.Decide(false, " Not our fault ", "sup", Now.AddHours(1));
        approved.MarkPaid(" ALIPAY-123 ", Now.AddHours(2));

        Assert.Equal((CompensationStatus.Paid, "ALIPAY-123", Now.AddHours(2)), (approved.Status, approved.PaymentReference, approved.PaidAt));
        Assert.NotEqual(version, approved.Version);
        Assert.Equal((CompensationStatus.Rejected, "Not our fault", "sup"), (rejected.Status, rejected.DecisionReason, rejected.DecidedBy));
        Assert.Throws<InvalidOperationException>(() => rejected.MarkPaid("x", Now));
        Assert.Throws<InvalidOperationException>(() => rejected.Decide(true, null, "sup", Now));
    }

    [Fact]
    public void A_claim_over_the_major_threshold_makes_the_complaint_major_once_unless_overridden()
    {
        var options = new CompensationOptions();
        var complaint = WorkflowTests.File();
        var overridden = WorkflowTests.File();
        overridden.OverrideSeverity(ComplaintSeverity.P3, false, "Known customer, low risk.", "sup", Now);

        var first = complaint.RecordCompensation(AuditAction.CompensationProposed, "lead", Now, null, "proposed", "r", options.IsOverMajorThreshold(1500m, "CNY"));
        var second = complaint.RecordCompensation(AuditAction.CompensationProposed, "lead", Now, null, "proposed", "r", options.IsOverMajorThreshold(2000m, "CNY"));
        overridden.RecordCompensation(AuditAction.CompensationProposed, "lead", Now, null, "proposed", "r", true);

        Assert.Equal([AuditAction.CompensationProposed, AuditAction.SeverityChanged], first.Select(entry => entry.Action));
        Assert.Single(second);
        Assert.Equal((ComplaintSeverity.P1, true, 1), (complaint.Severity, complaint.Major, complaint.MajorReasons.Count(reason => reason == MajorReason.CompensationOverThreshold)));
        Assert.Equal((ComplaintSeverity.P3, false), (overridden.Severity, overridden.Major));
        Assert.False(options.IsOverMajorThreshold(1000m, "CNY"));
        Assert.False(options.IsOverMajorThreshold(1_000_000m, "THB"));
    }
}
