using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Complaints.Api;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Compensation;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

public sealed class CompensationApiTests
{
    private const string Limits = "/api/complaints/approval-limits";

    private static string Claims(Guid complaintId) => $"{ComplaintsRoute}/{complaintId}/compensations";

    private static async Task<CompensationResponse> ProposeAsync(HttpClient client, Guid complaintId, decimal amount, string currency = "CNY")
    {
        var response = await client.PostAsJsonAsync(Claims(complaintId), new { amount, currency, reason = "Voucher for the late parcel." });
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CompensationResponse>(SuiteJson.Options))!;
    }

    [Fact]
    public async Task A_claim_is_proposed_approved_within_the_limit_paid_and_audited_with_totals_in_memory()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var manager = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Manager);
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader);
        Assert.Equal(HttpStatusCode.Created, (await manager.PutAsJsonAsync($"{Limits}/team-leader/CNY", new { maxAmount = 200m })).StatusCode);
        var complaint = await lead.FileAsync();

        var claim = await ProposeAsync(lead, complaint.Id, 88.80m);
        var rejectedClaim = await ProposeAsync(lead, complaint.Id, 19.99m);
        var approve = await lead.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/decision", new { approve = true });
        var reject = await lead.PostAsJsonAsync($"{Claims(complaint.Id)}/{rejectedClaim.Id}/decision", new { approve = false, reason = "Duplicate of the first claim." });
        var pay = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/payment", new { paymentReference = "ALIPAY-2026-001" });
        var list = await lead.GetFromJsonAsync<CompensationListResponse>(Claims(complaint.Id), SuiteJson.Options);
        var audit = await lead.AuditAsync(complaint.Id);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { approve.StatusCode, reject.StatusCode, pay.StatusCode });
        Assert.Equal([(88.80m, CompensationStatus.Paid, (string?)"ALIPAY-2026-001"), (19.99m, CompensationStatus.Rejected, null)],
            list!.Claims.Select(item => (item.Amount, item.Status, item.PaymentReference)));
        Assert.Equal([new CompensationTotal("CNY", CompensationStatus.Rejected, 19.99m), new CompensationTotal("CNY", CompensationStatus.Paid, 88.80m)], list.Totals);
        Assert.Equal(
            [AuditAction.Filed, AuditAction.CompensationProposed, AuditAction.CompensationProposed, AuditAction.CompensationApproved, AuditAction.CompensationRejected, AuditAction.CompensationPaid],
            audit.Select(entry => entry.Action));
        Assert.StartsWith("approved 88.80 CNY", audit[3].To);
        Assert.Equal("Duplicate of the first claim.", audit[4].Note);
    }

    [Fact]
    public async Task Approving_above_the_limit_or_without_one_is_forbidden_and_a_higher_role_may()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var manager = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Manager);
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader);
        await manager.PutAsJsonAsync($"{Limits}/team-leader/CNY", new { maxAmount = 200m });
        await manager.PutAsJsonAsync($"{Limits}/manager/CNY", new { maxAmount = 5000m });
        var complaint = await lead.FileAsync();
        var claim = await ProposeAsync(lead, complaint.Id, 500m);
        var dollars = await ProposeAsync(lead, complaint.Id, 10m, "USD");

        var tooMuch = await lead.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/decision", new { approve = true });
        var noLimit = await lead.PostAsJsonAsync($"{Claims(complaint.Id)}/{dollars.Id}/decision", new { approve = true });
        var byManager = await manager.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/decision", new { approve = true });
        var again = await manager.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/decision", new { approve = false, reason = "Changed my mind." });

        Assert.Equal(HttpStatusCode.Forbidden, tooMuch.StatusCode);
        Assert.Contains("up to 200", (await tooMuch.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options))!.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, noLimit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_claim_over_the_major_threshold_makes_the_complaint_major()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader);
        var complaint = await lead.FileAsync();

        await ProposeAsync(lead, complaint.Id, 1200m);
        var after = await lead.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{complaint.Id}", SuiteJson.Options);

        Assert.Equal((ComplaintSeverity.P1, true), (after!.Severity, after.Major));
        Assert.Equal([MajorReason.CompensationOverThreshold], after.MajorReasons);
        Assert.NotEqual(complaint.Version, after.Version);
    }

    [Fact]
    public async Task Bad_claims_decisions_payments_and_limits_are_validation_problems_naming_fields()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var manager = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Manager);
        var complaint = await manager.FileAsync();
        var claim = await ProposeAsync(manager, complaint.Id, 10m);

        var badClaim = await manager.PostAsJsonAsync(Claims(complaint.Id), new { amount = 10.001m, currency = "RMB" });
        var badRejection = await manager.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/decision", new { approve = false });
        var badPayment = await manager.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/payment", new { paymentReference = "" });
        var badLimit = await manager.PutAsJsonAsync($"{Limits}/agent/cny", new { maxAmount = 0m });
        var unpaid = await manager.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/payment", new { paymentReference = "P-1" });

        async Task<IEnumerable<string>> Fields(HttpResponseMessage response) =>
            (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys.Order();
        Assert.Equal(["currency", "reason"], await Fields(badClaim));
        Assert.Equal(["reason"], await Fields(badRejection));
        Assert.Equal(["paymentReference"], await Fields(badPayment));
        Assert.Equal(["currency", "maxAmount", "role"], await Fields(badLimit));
        Assert.Equal(HttpStatusCode.Conflict, unpaid.StatusCode);
    }

    [Fact]
    public async Task Another_tenants_claims_are_not_found_and_limits_are_set_by_managers_only()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader);
        var complaint = await lead.FileAsync();
        var claim = await ProposeAsync(lead, complaint.Id, 10m);
        var tenantB = complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Manager);

        var list = await tenantB.GetAsync(Claims(complaint.Id));
        var decide = await tenantB.PostAsJsonAsync($"{Claims(complaint.Id)}/{claim.Id}/decision", new { approve = true });
        var otherComplaint = await lead.FileAsync();
        var wrongComplaint = await lead.PostAsJsonAsync($"{Claims(otherComplaint.Id)}/{claim.Id}/decision", new { approve = true });
        var leadSetsLimit = await lead.PutAsJsonAsync($"{Limits}/team-leader/CNY", new { maxAmount = 1_000_000m });
        var agentProposes = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).PostAsJsonAsync(Claims(complaint.Id), new { amount = 1m, currency = "CNY", reason = "r" });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { list.StatusCode, decide.StatusCode, wrongComplaint.StatusCode });
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { leadSetsLimit.StatusCode, agentProposes.StatusCode });
        Assert.Empty((await tenantB.GetFromJsonAsync<List<ApprovalLimitResponse>>(Limits, SuiteJson.Options))!);
    }
}
